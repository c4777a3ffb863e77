package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {

  @Test
  void splitsAtEveryKindOfLineBreakAndKeepsTerminators() {
    List<Line> lines = Line.split("one\r\ntwo\nthree\rfour");
    assertEquals(List.of("one", "two", "three", "four"), lines.stream().map(Line::text).toList());
    assertEquals(List.of("\r\n", "\n", "\r", ""), lines.stream().map(Line::terminator).toList());
    assertEquals(List.of(0, 1, 2, 3), lines.stream().map(Line::index).toList());
  }

  @Test
  void keepsBlankLinesAndTrimsNoBreakSpaces() {
    List<Line> lines = Line.split("\u00A0 title \u00A0\n\n");
    assertEquals(2, lines.size());
    assertEquals("title", lines.get(0).trimmed());
    assertEquals(true, lines.get(1).isBlank());
  }

  @Test
  void splitsEmptyTextIntoNoLines() {
    assertEquals(List.of(), Line.split(""));
  }
}
