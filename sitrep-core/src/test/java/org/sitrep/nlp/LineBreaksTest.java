package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineBreaksTest {

  @Test
  void joinsHardWrappedLinesOfOneParagraph() {
    String body = """
        Three rockets hit the compound of the mission in the
        capital on Sunday, a security source said, in the first
        direct hit after months of near misses around the
        district.
        Officials said nobody was hurt in the attack on the
        building.""";
    String text = LineBreaks.sentenceText(body);
    assertEquals(body.length(), text.length(), "offsets must stay those of the body");
    assertEquals("""
        Three rockets hit the compound of the mission in the \
        capital on Sunday, a security source said, in the first \
        direct hit after months of near misses around the \
        district.
        Officials said nobody was hurt in the attack on the \
        building.""", text);
  }

  @Test
  void keepsEveryBreakOfOneParagraphALineText() {
    String body = """
        Talks resume in the capital
        The delegations met on Monday to discuss a ceasefire.
        Both sides said progress was made.
        A third round is planned for next month.""";
    assertEquals(body, LineBreaks.sentenceText(body));
  }

  @Test
  void leavesBlankLineParagraphsAlone() {
    String body = "First paragraph here.\n\nSecond paragraph here.\n\nThird one.";
    assertEquals(body, LineBreaks.sentenceText(body));
  }
}
