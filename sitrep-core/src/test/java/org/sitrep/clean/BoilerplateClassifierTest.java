package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoilerplateClassifierTest {

  private final JunkCues cues = new JunkCues(new DateLineParser());
  private final HeaderParser headers = new HeaderParser(cues);
  private final BoilerplateClassifier classifier = new BoilerplateClassifier(cues);

  /** The junk reasons of {@code text}, keyed by line index. */
  private Map<Integer, Junk> classify(String text) {
    List<Line> lines = Line.split(text);
    return classifier.classify(lines, headers.parse(lines, null), Set.of());
  }

  @Test
  void removesRepeatedHeadline() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Port strike enters its 'second week'",
        "Port strike enters its second week",
        "Port strike enters its 'second week'",
        "Dock workers stayed away from the harbour for a seventh day on Monday."));
    assertEquals(Map.of(1, Junk.TITLE_REPEAT, 2, Junk.TITLE_REPEAT), junk);
  }

  @Test
  void keepsDuplicatedBodyParagraph() {
    String lead = "Dock workers stayed away from the harbour for a seventh day on Monday, the union said.";
    assertEquals(Map.of(), classify("Port strike enters second week\n\n" + lead + "\n\n" + lead + "\n\nTalks resume."));
  }

  @Test
  void marksCaptionUnderPhotoCreditSetOffByBlankLines() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Port strike enters second week", "", "Dock workers stayed away for a seventh day, the union said.", "",
        "|", "Lina Haddad/AFP",
        "Dock workers gather outside the gates of the harbour as the strike continues into its second week", "",
        "The union said talks would resume on Thursday."));
    assertEquals(Map.of(4, Junk.SEPARATOR, 5, Junk.PHOTO_CREDIT, 6, Junk.CAPTION), junk);
  }

  @Test
  void keepsBodyLineDirectlyUnderCreditInRunningText() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Port strike enters second week", "Photograph: Lina Haddad/AFP",
        "Dock workers stayed away for a seventh day, the union said.",
        "Talks are due to resume on Thursday."));
    assertEquals(Map.of(1, Junk.PHOTO_CREDIT), junk);
  }

  @Test
  void cutsEverythingAfterCommentMarker() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Port strike enters second week", "Dock workers stayed away for a seventh day, the union said.",
        "Talks are due to resume on Thursday.", "Ministers have urged both sides to compromise.",
        "3 Comments", "This is a long comment that a reader left about the strike and its causes.", "Reply"));
    assertEquals(Map.of(4, Junk.COMMENT_FORM, 5, Junk.AFTER_END_MARKER, 6, Junk.AFTER_END_MARKER), junk);
  }

  @Test
  void relatedBoxStopsAtNextProseParagraph() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Port strike enters second week", "Dock workers stayed away for a seventh day, the union said.",
        "Talks are due to resume on Thursday.", "Related", "Farmers block motorway in protest over fuel prices",
        "Ministers have urged both sides to compromise before the holiday.", "More Stories",
        "Rail workers vote on pay offer"));
    assertEquals(Map.of(3, Junk.READ_MORE, 4, Junk.AFTER_END_MARKER, 6, Junk.READ_MORE, 7, Junk.AFTER_END_MARKER),
        junk);
  }

  @Test
  void teaserOfAnotherStoryWithItsOwnDateStaysCut() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Port strike enters second week", "Dock workers stayed away for a seventh day, the union said.",
        "Talks are due to resume on Thursday.", "Related Links", "Farmers block motorway over fuel prices",
        "Lyon (Wire) May 3, 2016", "Farmers blocked a motorway on Tuesday to protest against fuel prices."));
    assertEquals(Map.of(3, Junk.READ_MORE, 4, Junk.AFTER_END_MARKER, 5, Junk.DATE, 6, Junk.AFTER_END_MARKER), junk);
  }

  @Test
  void marksLinesInsideDonationBox() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Port strike enters second week", "Dock workers stayed away for a seventh day, the union said.",
        "Talks are due to resume on Thursday.", "Ministers have urged both sides to compromise.",
        "Independent reporting costs money, and we rely on readers like you.",
        "Our newsroom works every day of the year.", "Please consider a one-off donation to support us."));
    assertEquals(Map.of(4, Junk.APPEAL, 5, Junk.APPEAL, 6, Junk.APPEAL), junk);
  }

  @Test
  void marksSourceStubAndAuthorBioAtTheEnd() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Port strike enters second week", "Dock workers stayed away for a seventh day, the union said.",
        "Talks are due to resume on Thursday.", "Source: Harbour Times",
        "I am Tom Hale, a freelance reporter covering labour and transport."));
    assertEquals(Map.of(3, Junk.SOURCE_STUB, 4, Junk.AUTHOR_BIO), junk);
  }

  @Test
  void keepsLongSourceLineAtTheTop() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Dock workers stayed away for a seventh day, the union said.",
        "Source: statements by the union and the port authority after the talks on Sunday",
        "Talks are due to resume on Thursday."));
    assertEquals(Map.of(), junk);
  }

  @Test
  void marksMenuLinesRepeatedThreeTimes() {
    Map<Integer, Junk> junk = classify(String.join("\n",
        "Dock workers stayed away for a seventh day, the union said.", "Harbour", "Talks resume on Thursday.",
        "Harbour", "Ministers urged both sides to compromise.", "Harbour"));
    assertEquals(Map.of(1, Junk.REPEATED, 3, Junk.REPEATED, 5, Junk.REPEATED), junk);
  }

  @Test
  void usesMarkupHints() {
    List<Line> lines = Line.split("Dock workers stayed away.\n\nA caption from the page markup\n\nTalks resume.");
    assertEquals(Map.of(2, Junk.MARKUP), classifier.classify(lines, headers.parse(lines, null), Set.of(2)));
  }
}
