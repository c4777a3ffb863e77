package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.PartialDate;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

class CleanerTest {

  private final Cleaner cleaner = new Cleaner();

  private Article clean(String text) {
    return cleaner.apply(raw(text, SourceFormat.TEXT, null, null, null));
  }

  private static RawArticle raw(String content, SourceFormat format, @Nullable String outlet, @Nullable String title,
      @Nullable PartialDate published) {
    return new RawArticle("a1", "feed.jsonl", 3, outlet, title, "https://example.org/a1", published, content, format);
  }

  @Test
  void cleansAScrapedArticle() {
    Article a = clean(String.join("\n",
        "Harbour Daily News",
        "",
        "Port strike enters its 'second week'",
        "",
        "Port strike enters its second week",
        "",
        "2016-05-03 00:00:00 - Source: Some Wire",
        "",
        "Dock workers stayed away from the harbour for a seventh day on Monday, the union said.",
        "",
        "Join our Telegram channel for breaking updates!",
        "",
        "\"We will not go back without a deal,\" a union leader told reporters.",
        "",
        "Related Links",
        "",
        "Rail workers vote on pay offer",
        ""));
    assertEquals("a1", a.id());
    assertEquals("feed.jsonl:3", a.origin());
    assertEquals("https://example.org/a1", a.url());
    assertEquals("Harbour Daily News", a.outlet());
    assertEquals("Port strike enters its 'second week'", a.title());
    assertEquals(PartialDate.parse("2016-05-03"), a.published());
    assertEquals("Dock workers stayed away from the harbour for a seventh day on Monday, the union said.\n\n"
        + "\"We will not go back without a deal,\" a union leader told reporters.", a.body());
    assertEquals(List.of("Harbour Daily News", "Port strike enters its second week",
        "2016-05-03 00:00:00 - Source: Some Wire", "Join our Telegram channel for breaking updates!", "Related Links",
        "Rail workers vote on pay offer"), a.boilerplate());
  }

  @Test
  void feedFieldsWinOverThePage() {
    Article a = cleaner.apply(raw("Harbour Daily News\nPort strike ends\nMarch 3, 2016\nWorkers returned on Monday.",
        SourceFormat.TEXT, "Feed Outlet", "Port strike ends", PartialDate.parse("2016-03-04")));
    assertEquals("Feed Outlet", a.outlet());
    assertEquals("Port strike ends", a.title());
    assertEquals(PartialDate.parse("2016-03-04"), a.published());
    assertEquals("Workers returned on Monday.", a.body());
    assertEquals(List.of("Harbour Daily News", "March 3, 2016"), a.boilerplate());
  }

  @Test
  void removesPageHeadlineCopiesWhenFeedTitleCarriesSiteName() {
    Article a = cleaner.apply(raw("Port strike ends\n\nPort strike ends\n\nWorkers returned on Monday.",
        SourceFormat.TEXT, null, "Port strike ends - Harbour Times", null));
    assertEquals("Port strike ends - Harbour Times", a.title());
    assertEquals("Workers returned on Monday.", a.body());
    assertEquals(List.of("Port strike ends"), a.boilerplate());
  }

  @Test
  void keepsDatelineInBody() {
    Article a = clean("Floods cut roads in the north\n\nOSLO (Wire) \u2014 Heavy rain closed roads on Monday.\n");
    assertEquals("Floods cut roads in the north", a.title());
    assertEquals("OSLO (Wire) \u2014 Heavy rain closed roads on Monday.", a.body());
    assertNull(a.published());
  }

  @Test
  void readsDatelineDateButKeepsLineInBody() {
    Article a = clean("Floods cut roads\n\nAMMAN (Some News / Agency - 4th May, 2017) Heavy rain closed roads.");
    assertEquals(PartialDate.parse("2017-05-04"), a.published());
    assertEquals("AMMAN (Some News / Agency - 4th May, 2017) Heavy rain closed roads.", a.body());
  }

  @Test
  void datelineWithoutYearGivesNoPublishedDate() {
    assertNull(clean("Floods cut roads\nLONDON, July 17 (Wire) -- Heavy rain closed roads.").published());
  }

  @Test
  void readsArchivePrefixAndKeepsThatLineInBody() {
    Article a = clean(" date 2024-02-29 The defence minister said on Thursday that the talks had ended.\n\nMore follows.");
    assertEquals(PartialDate.parse("2024-02-29"), a.published());
    assertNull(a.title());
    assertEquals("date 2024-02-29 The defence minister said on Thursday that the talks had ended.\n\nMore follows.",
        a.body());
    assertEquals(List.of(), a.boilerplate());
  }

  @Test
  void readsArabicCommaDateAtTheEnd() {
    Article a = clean("Floods cut roads\n\nHeavy rain fell on Monday.\n\nLast Modified: Sunday\u060C 03 February 2019 02:30 PM");
    assertEquals(PartialDate.parse("2019-02-03"), a.published());
    assertEquals(List.of("Last Modified: Sunday\u060C 03 February 2019 02:30 PM"), a.boilerplate());
  }

  @Test
  void ignoresDatesInCaptionsAndParagraphs() {
    Article a = clean(String.join("\n", "Floods cut roads", "",
        "Rescuers search a flooded street in Lyon, France, March 11, 2019. (AP Photo/Lina Haddad)", "",
        "Heavy rain fell on March 11, 2019, officials said."));
    assertNull(a.published());
    assertEquals("Heavy rain fell on March 11, 2019, officials said.", a.body());
  }

  @Test
  void takesNoTitleFromBodyParagraph() {
    Article a = clean("Heavy rain closed roads across the north on Monday, officials said.\nSchools were shut.");
    assertNull(a.title());
    assertEquals("Heavy rain closed roads across the north on Monday, officials said.\nSchools were shut.", a.body());
  }

  @Test
  void keepsSubheadingsAndDuplicatedParagraphs() {
    String text = String.join("\n", "Floods cut roads", "Heavy rain closed roads on Monday, officials said.",
        "Heavy rain closed roads on Monday, officials said.", "Schools shut in three towns",
        "Teachers were told to stay at home.");
    assertEquals(String.join("\n", "Heavy rain closed roads on Monday, officials said.",
        "Heavy rain closed roads on Monday, officials said.", "Schools shut in three towns",
        "Teachers were told to stay at home."), clean(text).body());
  }

  @Test
  void removesOtherStoryHeadlinesInCapitals() {
    Article a = clean(String.join("\n", "Floods cut roads", "Heavy rain closed roads on Monday, officials said.",
        "MINISTER RESIGNS OVER FLOOD RESPONSE", "Schools were shut in three towns."));
    assertEquals(List.of("MINISTER RESIGNS OVER FLOOD RESPONSE"), a.boilerplate());
  }

  @Test
  void keepsParagraphGapsWhenRemovingALine() {
    Article a = clean("Floods cut roads\n\nHeavy rain fell.\n\nAdvertisement\n\nSchools were shut.\n");
    assertEquals("Heavy rain fell.\n\nSchools were shut.", a.body());
  }

  @Test
  void keepsCarriageReturnLineBreaks() {
    assertEquals("Heavy rain fell.\r\nSchools were shut.", clean("Floods cut roads\r\nHeavy rain fell.\r\nSchools were shut.\r\n").body());
  }

  @Test
  void cleansAnHtmlPage() {
    String page = """
        <html><head><meta property="og:site_name" content="Harbour Times">
        <meta property="article:published_time" content="2016-05-03T09:30:00Z"><script>var a = 1;</script></head>
        <body><nav>Home World</nav><h1>Harbour strike ends</h1>
        <p>Dock workers returned on Tuesday, the union said.</p>
        <figure><figcaption>Workers at the gates on Tuesday.</figcaption></figure>
        <p>Ships queued outside.</p><aside><a href="/b">Rail workers vote on pay</a></aside></body></html>""";
    Article a = cleaner.apply(raw(page, SourceFormat.HTML, null, null, null));
    assertEquals("Harbour strike ends", a.title());
    assertEquals("Harbour Times", a.outlet());
    assertEquals(PartialDate.parse("2016-05-03"), a.published());
    assertEquals("Dock workers returned on Tuesday, the union said.\n\nShips queued outside.", a.body());
    assertEquals(List.of("Workers at the gates on Tuesday.", "Rail workers vote on pay"), a.boilerplate());
  }
}
