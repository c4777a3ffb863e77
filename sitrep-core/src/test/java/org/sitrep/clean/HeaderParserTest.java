package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderParserTest {

  private final HeaderParser parser = new HeaderParser(new JunkCues(new DateLineParser()));

  private Header parse(String text) {
    return parser.parse(Line.split(text), null);
  }

  @Test
  void takesFirstHeadlineAfterSiteNameAsTitle() {
    Header h = parse("Desert Daily News\n\nFloods cut roads across the north\n\nHeavy rain closed roads on Monday.\n");
    assertEquals(2, h.titleIndex());
    assertEquals("Floods cut roads across the north", h.title());
    assertEquals("Desert Daily News", h.outlet());
    assertEquals(Map.of(0, Junk.SITE_NAME), h.junk());
  }

  @Test
  void readsOutletFromTheLastSegmentOfATrail() {
    Header h = parse("World News - Regional News - Dunepost\nFloods cut roads across the north\nHeavy rain fell.");
    assertEquals("Dunepost", h.outlet());
    assertEquals(1, h.titleIndex());
  }

  @Test
  void readsOutletLineDirectlyAfterTitle() {
    Header h = parse("Floods cut roads across the north\nHarbour Times\nHeavy rain closed roads on Monday, officials said.");
    assertEquals(0, h.titleIndex());
    assertEquals("Harbour Times", h.outlet());
    assertEquals(Map.of(1, Junk.SITE_NAME), h.junk());
  }

  @Test
  void readsDomainFromADateStampLineAsOutlet() {
    Header h = parse(" date 2016-03-03 Dunepost.com\nFloods cut roads across the north\nHeavy rain fell on Monday.");
    assertEquals("Dunepost.com", h.outlet());
    assertEquals(1, h.titleIndex());
  }

  @Test
  void skipsJunkAndLabelsBeforeTheTitle() {
    Header h = parse("A+ A-\nAnalysis\n4 MIN READ\nWhy the harbour deal matters\nThe deal was signed on Monday.");
    assertEquals(3, h.titleIndex());
    assertEquals(Map.of(1, Junk.LABEL), h.junk());
    assertNull(h.outlet());
  }

  @Test
  void takesNoTitleWhenArticleStartsWithBodyParagraph() {
    Header h = parse("The council voted on Monday to dissolve itself, ending a year of deadlock.\nA new vote is due.");
    assertEquals(-1, h.titleIndex());
    assertNull(h.title());
  }

  @Test
  void takesNoTitleFromALongTruncatedFirstParagraph() {
    String para = "The council voted on Monday to dissolve itself after a year of deadlock in which members failed to "
        + "agree on a budget, a new mayor or the timetable for the elections that the court had ordered in";
    assertEquals(-1, parse(para + "\nA new vote is due.").titleIndex());
  }

  @Test
  void usesKnownTitleToFindTheTitleLine() {
    Header h = parser.parse(Line.split("Harbour Times\nFloods cut roads: north hit hardest\nRain fell."),
        "Floods cut roads - north hit hardest");
    assertEquals(1, h.titleIndex());
    assertEquals("Floods cut roads - north hit hardest", h.title());
  }

  @Test
  void findsTitleLineWhenFeedTitleCarriesTheSiteName() {
    Header h = parser.parse(Line.split("Floods cut roads in the north\nRain fell on Monday."),
        "Floods cut roads in the north | Harbour Times");
    assertEquals(0, h.titleIndex());
    assertEquals("Floods cut roads in the north | Harbour Times", h.title());
  }

  @Test
  void keepsKnownTitleWhenNoLineMatches() {
    Header h = parser.parse(Line.split("Heavy rain fell on Monday, officials said."), "Floods in the north");
    assertEquals(-1, h.titleIndex());
    assertEquals("Floods in the north", h.title());
  }

  @Test
  void acceptsQuestionHeadline() {
    assertEquals(0, parse("Will the harbour deal survive the election?\nThe deal was signed on Monday.").titleIndex());
  }

  @ParameterizedTest(name = "headline: {0}")
  @ValueSource(strings = {
      "Floods cut roads across the north",
      "Minister says talks with U.S.",
      "Will the truce hold?",
      "\u2018Enough is enough\u2019: crowds fill the square"})
  void recognisesHeadlines(String line) {
    assertTrue(parser.isHeadline(line));
  }

  @ParameterizedTest(name = "not a headline: {0}")
  @ValueSource(strings = {
      "The council voted on Monday.",
      "OSLO (Wire) \u2014 The minister met his counterpart",
      "TRIPOLI: Fighting resumed",
      "lower-case start of a fragment",
      "Word"})
  void rejectsNonHeadlines(String line) {
    assertFalse(parser.isHeadline(line));
  }

  @ParameterizedTest(name = "site name: {0}")
  @ValueSource(strings = {"Desert Daily News", "Dunepost.com", "Home News - Local - The Harbour Herald", "Harbour Times"})
  void recognisesSiteNames(String line) {
    assertTrue(HeaderParser.isSiteName(line));
  }

  @ParameterizedTest(name = "not a site name: {0}")
  @ValueSource(strings = {"Breaking News", "Floods cut roads across the north", "Iraq - US talks resume", "Middle East"})
  void rejectsNonSiteNames(String line) {
    assertFalse(HeaderParser.isSiteName(line));
  }
}
