package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Problem;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.Batch;

class ArticleReaderTest {

  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader(ReaderLimits.defaults());

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> ids(Batch<RawArticle> b) {
    return b.results().stream().map(RawArticle::id).toList();
  }

  @Test
  void readsTextHtmlAndJsonLinesInInputOrder() throws IOException {
    Path txt = write("b-story.txt", "Headline\n\nBody text.");
    Path html = write("a-page.html", "<html><body><p>Body</p></body></html>");
    Path jsonl = write("feed.jsonl", """
        {"id": "x1", "text": "First.", "published": "2020-11-12", "outlet": "Wire", "title": "T", "url": "http://e/x1"}
        {"id": "x2", "html": "<p>Second.</p>"}
        """);
    Batch<RawArticle> b = reader.read(List.of(txt, jsonl, html));
    assertEquals(List.of("b-story", "x1", "x2", "a-page"), ids(b));
    assertEquals(List.of(), b.problems());
    RawArticle x1 = b.results().get(1);
    assertEquals(PartialDate.parse("2020-11-12"), x1.published());
    assertEquals("Wire", x1.outlet());
    assertEquals(2, b.results().get(2).line());
    assertEquals(SourceFormat.HTML, b.results().get(2).format());
    assertEquals(SourceFormat.HTML, b.results().get(3).format());
  }

  @Test
  void expandsDirectoriesSortedAndIgnoresOtherFiles() throws IOException {
    write("corpus/z.txt", "Zed.");
    write("corpus/sub/a.txt", "Ay.");
    write("corpus/notes.md", "not an article");
    write("corpus/m.htm", "<p>Em.</p>");
    Batch<RawArticle> b = reader.read(List.of(dir.resolve("corpus")));
    assertEquals(List.of("m", "a", "z"), ids(b));
    assertEquals(List.of(), b.problems());
  }

  @Test
  void reportsMissingPathAndGoesOn() throws IOException {
    Path good = write("good.txt", "Body.");
    Path missing = dir.resolve("nope.txt");
    Batch<RawArticle> b = reader.read(List.of(missing, good));
    assertEquals(List.of("good"), ids(b));
    assertEquals(List.of(Problem.of(missing.toString(), "no such file or directory")), b.problems());
  }

  @Test
  void reportsBinaryFileAsNotText() throws IOException {
    Path bin = dir.resolve("image.txt");
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Files.write(bin, junk);
    Batch<RawArticle> b = reader.read(List.of(bin, write("ok.txt", "Fine.")));
    assertEquals(List.of("ok"), ids(b));
    assertEquals(1, b.problems().size());
    assertTrue(b.problems().get(0).toString().startsWith(bin + ": binary file"), b.problems().get(0).toString());
  }

  @Test
  void reportsTextThatIsNotUtf8() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, "Caf\u00e9 au lait, na\u00efve r\u00e9sum\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
    Batch<RawArticle> b = reader.read(List.of(latin1));
    assertEquals(List.of(Problem.of(latin1.toString(), "cannot decode: not UTF-8 text")), b.problems());
  }

  @Test
  void reportsEmptyFilesAndEmptyJsonArticles() throws IOException {
    Path empty = write("empty.txt", "");
    Path blank = write("blank.txt", " \n\t\n");
    Path jsonl = write("feed.jsonl", "{\"id\": \"e\", \"text\": \"   \"}\n");
    Batch<RawArticle> b = reader.read(List.of(empty, blank, jsonl));
    assertEquals(List.of(), b.results());
    assertEquals(List.of(Problem.of(empty.toString(), "empty article"), Problem.of(blank.toString(), "empty article"),
        new Problem(jsonl.toString(), 1, "article \"e\": empty article")), b.problems());
  }

  @Test
  void reportsMalformedJsonLineWithItsNumberAndKeepsTheOtherLines() throws IOException {
    Path jsonl = write("feed.jsonl", """
        {"id": "a1", "text": "One."}
        {"id": "a2", "text": "Two.
        ["not", "an", "object"]
        {"text": "no id"}
        {"id": "a5", "published": "last Tuesday", "text": "Five."}

        {"id": "a7", "text": "Seven."}
        """);
    Batch<RawArticle> b = reader.read(List.of(jsonl));
    assertEquals(List.of("a1", "a7"), ids(b));
    List<String> lines = b.problems().stream().map(Problem::toString).toList();
    assertEquals(4, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith(jsonl + ":2: malformed JSON line"), lines.get(0));
    assertEquals(jsonl + ":3: malformed JSON line: not an object", lines.get(1));
    assertEquals(jsonl + ":4: no \"id\"", lines.get(2));
    assertEquals(jsonl + ":5: article \"a5\": \"published\" is not YYYY-MM-DD: last Tuesday", lines.get(3));
    b.problems().forEach(p -> assertTrue(!p.toString().contains("\n"), "one line per problem"));
  }

  @Test
  void rejectsEnormousArticleWithClearMessage() throws IOException {
    String fiveMegabytes = "The convoy moved north at dawn. ".repeat(5 * 1024 * 1024 / 32);
    Path big = write("big.txt", fiveMegabytes);
    Batch<RawArticle> b = reader.read(List.of(big, write("small.txt", "Small.")));
    assertEquals(List.of("small"), ids(b));
    assertEquals(List.of(Problem.of(big.toString(), "article too large: 5,242,880 characters, limit 1,000,000")),
        b.problems());
  }

  @Test
  void acceptsLargeArticleWithinARaisedLimit() throws IOException {
    Path big = write("big.txt", "x ".repeat(600_000));
    Batch<RawArticle> b = new ArticleReader(new ReaderLimits(2_000_000)).read(List.of(big));
    assertEquals(List.of("big"), ids(b));
  }

  @Test
  void skipsRepeatedIdNamingTheFirst() throws IOException {
    Path one = write("one/story.txt", "First copy.");
    Path two = write("two/story.txt", "Second copy.");
    Batch<RawArticle> b = reader.read(List.of(one, two));
    assertEquals(List.of("story"), ids(b));
    assertEquals(List.of(Problem.of(two.toString(), "article id \"story\" repeats " + one + "; skipped")), b.problems());
  }

  @Test
  void dropsByteOrderMark() throws IOException {
    Path bom = write("bom.txt", "\uFEFFHeadline\n\nBody.");
    assertEquals("Headline\n\nBody.", reader.read(List.of(bom)).results().get(0).content());
  }

  @Test
  void refusesFileOfUnknownTypeGivenByName() throws IOException {
    Path pdf = write("report.pdf", "%PDF-1.4");
    assertEquals(List.of(Problem.of(pdf.toString(), "not a .txt, .html or .jsonl file")), reader.read(List.of(pdf)).problems());
  }
}
