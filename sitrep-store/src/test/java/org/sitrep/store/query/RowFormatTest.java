package org.sitrep.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three row formats on hand-made rows. */
class RowFormatTest {

  private record Row(String name, Integer count, List<String> tags, LocalDate day, String note, String hidden) {}

  private static final List<Column<Row>> COLUMNS = List.of(
      Column.of("name", Row::name, 10),
      Column.of("count", Row::count),
      Column.of("tags", Row::tags),
      Column.of("day", Row::day),
      Column.of("note", Row::note),
      Column.detail("hidden", Row::hidden));

  private static final List<Row> ROWS = List.of(
      new Row("Iran", 12, List.of("GOV", "IRN"), LocalDate.of(2020, 3, 1), "plain", "h1"),
      new Row("A very long actor name", 3, List.of(), null, "has, comma \"and quotes\"\nand a line break", "h2"),
      new Row(null, null, Arrays.asList("x", null), null, null, null));

  private static String render(RowFormat format) {
    StringWriter s = new StringWriter();
    format.write(ROWS, COLUMNS, new PrintWriter(s));
    return s.toString();
  }

  @Test
  void tableAlignsColumnsCutsLongTextAndHidesDetail() {
    List<String> lines = render(RowFormat.TABLE).lines().toList();
    assertEquals(4, lines.size(), lines.toString());
    assertEquals("NAME        COUNT  TAGS      DAY         NOTE", lines.get(0));
    assertEquals("Iran           12  GOV, IRN  2020-03-01  plain", lines.get(1));
    assertEquals("A very lo…      3  -         -           has, comma \"and quotes\" and a l…", lines.get(2));
    assertEquals("-               -  x, -      -           -", lines.get(3));
    assertTrue(lines.stream().noneMatch(l -> l.contains("h1")));
  }

  @Test
  void cutKeepsExactlyTheWidthAndCountsCodePoints() {
    assertEquals("abc", TableRenderer.cut("abc", 3));
    assertEquals("ab…", TableRenderer.cut("abcd", 3));
    assertEquals("😀😀…", TableRenderer.cut("😀😀😀😀", 3));
    assertEquals("1.500", TableRenderer.text(1.5f));
  }

  @Test
  void csvFollowsRfc4180() {
    String csv = render(RowFormat.CSV);
    assertEquals("name,count,tags,day,note,hidden\r\n"
        + "Iran,12,GOV; IRN,2020-03-01,plain,h1\r\n"
        + "A very long actor name,3,,,\"has, comma \"\"and quotes\"\"\nand a line break\",h2\r\n"
        + ",,x; ,,,\r\n", csv);
  }

  @Test
  void jsonKeepsTypes() throws Exception {
    List<String> lines = render(RowFormat.JSON).lines().toList();
    assertEquals(3, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals(List.of("name", "count", "tags", "day", "note", "hidden"), iterable(first));
    assertEquals(12, first.get("count").intValue());
    assertTrue(first.get("tags").isArray());
    assertEquals("2020-03-01", first.get("day").textValue());
    JsonNode third = new ObjectMapper().readTree(lines.get(2));
    assertTrue(third.get("name").isNull());
    assertTrue(third.get("tags").get(1).isNull());
  }

  @Test
  void emptyResultStillHasAHeaderInTableAndCsv() {
    StringWriter t = new StringWriter();
    RowFormat.TABLE.write(List.of(), COLUMNS, new PrintWriter(t));
    assertEquals("NAME  COUNT  TAGS  DAY  NOTE", t.toString().strip());
    StringWriter c = new StringWriter();
    RowFormat.CSV.write(List.of(), COLUMNS, new PrintWriter(c));
    assertEquals("name,count,tags,day,note,hidden\r\n", c.toString());
    StringWriter j = new StringWriter();
    RowFormat.JSON.write(List.of(), COLUMNS, new PrintWriter(j));
    assertEquals("", j.toString());
  }

  private static List<String> iterable(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
