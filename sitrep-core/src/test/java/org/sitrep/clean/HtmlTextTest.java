package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.PartialDate;

class HtmlTextTest {

  private final HtmlText html = new HtmlText(new DateLineParser());

  private static final String PAGE = """
      <!DOCTYPE html>
      <html><head>
        <title>Harbour strike ends | Harbour Times</title>
        <meta property="og:site_name" content="Harbour Times">
        <meta property="og:title" content="Harbour strike ends after deal">
        <meta property="article:published_time" content="2016-05-03T09:30:00+02:00">
        <style>p { color: red }</style>
        <script>document.write("<p>injected</p>")</script>
      </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article>
          <h1>Harbour strike ends after deal</h1>
          <p>Dock workers returned to work on Tuesday after the union accepted a pay offer.</p>
          <figure><img src="a.jpg"><figcaption>Workers leave the harbour gates on Tuesday. (Photo/Lina Haddad)</figcaption></figure>
          <p>The strike had closed the port for   two weeks.<br>Ships queued outside.</p>
          <aside class="box"><h3>Related</h3><ul><li><a href="/b">Rail workers vote on pay</a></li></ul></aside>
          <p>Talks on pensions continue next month.</p>
          <form><input name="q"> Search this site</form>
          <noscript>Enable JavaScript</noscript>
          <iframe src="x"></iframe>
        </article>
        <footer>Contact us</footer>
      </body></html>
      """;

  @Test
  void readsMetadataOfAPage() {
    HtmlText.Page page = html.read(PAGE);
    assertEquals("Harbour strike ends after deal", page.title());
    assertEquals("Harbour Times", page.siteName());
    assertEquals(PartialDate.parse("2016-05-03"), page.published());
  }

  @Test
  void keepsParagraphStructureAndDropsScriptsNavigationAndForms() {
    HtmlText.Page page = html.read(PAGE);
    assertEquals(String.join("\n",
        "Harbour strike ends after deal", "",
        "Dock workers returned to work on Tuesday after the union accepted a pay offer.", "",
        "Workers leave the harbour gates on Tuesday. (Photo/Lina Haddad)", "",
        "The strike had closed the port for two weeks.", "Ships queued outside.", "",
        "Related", "",
        "Rail workers vote on pay", "",
        "Talks on pensions continue next month.", "",
        "Contact us"), page.text());
  }

  @Test
  void marksCaptionAsideAndFooterLines() {
    assertEquals(Set.of(4, 9, 11, 15), html.read(PAGE).junkLines());
  }

  @Test
  void readsBrokenHtml() {
    HtmlText.Page page = html.read("<h1>Floods in the north<p>Heavy rain fell <b>on Monday.<p>Roads were closed");
    assertEquals("Floods in the north\n\nHeavy rain fell on Monday.\n\nRoads were closed", page.text());
    assertEquals("Floods in the north", page.title());
    assertNull(page.published());
  }

  @Test
  void readsJsonLdAndTimeElementDates() {
    assertEquals(PartialDate.parse("2019-07-01"), html.read("""
        <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-07-01T08:00:00Z"}</script>
        <p>Text.</p>""").published());
    assertEquals(PartialDate.parse("2018-12-24"),
        html.read("<p><time datetime=\"2018-12-24\">Monday</time> Text.</p>").published());
  }

  @Test
  void fallsBackToTitleElementWithoutSiteSuffix() {
    HtmlText.Page page = html.read("<title>Floods cut roads | Harbour Times</title><p>Text.</p>");
    assertEquals("Floods cut roads", page.title());
  }

  @Test
  void marksContainersNamedAsSharingOrRelated() {
    HtmlText.Page page = html.read("<p>Body text here.</p><div class=\"share-bar\">Share on Facebook</div>"
        + "<div id=\"related-stories\"><p>Other story</p></div><div class=\"shareable\">Body again.</div>");
    assertTrue(page.junkLines().containsAll(Set.of(2, 4)));
    assertEquals(Set.of(2, 4), page.junkLines());
  }
}
