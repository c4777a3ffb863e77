package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Article;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

/** No content makes the cleaner throw, and its output keeps its invariants on anything. */
class CleanerRobustnessTest {

  private final Cleaner cleaner = new Cleaner();

  static Stream<String> awkwardContents() {
    Random random = new Random(42);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 50_000; i++) noise.append((char) random.nextInt(0xFFFF));
    return Stream.of("", " ", "\n\n\n", " \t\u00A0\r\n ", "\uFEFF", "\u0000\u0001\u0002", noise.toString(),
        "<html><body><p>unclosed <div><span>text", "<<<>>>", "((((((((((", "x\n".repeat(1000),
        "A+ A-\n|\nAdvertisement\n2020-01-01", "31.02.2020\n99/99/9999\n0000-00-00\nFeb 30, 2020");
  }

  @ParameterizedTest
  @MethodSource("awkwardContents")
  void neverThrowsAndKeepsInvariantsOnText(String content) {
    checkInvariants(content, cleaner.clean(raw(content, SourceFormat.TEXT)));
  }

  @ParameterizedTest
  @MethodSource("awkwardContents")
  void neverThrowsOnHtml(String content) {
    Article a = cleaner.clean(raw(content, SourceFormat.HTML));
    assertTrue(a.body().length() <= content.length() + 1000);
  }

  @Test
  void handlesEmptyContent() {
    Article a = cleaner.apply(raw("", SourceFormat.TEXT));
    assertEquals("", a.body());
    assertEquals(List.of(), a.boilerplate());
  }

  @Test
  void cleansFiveMegabyteArticleInRoughlyLinearTime() {
    StringBuilder text = new StringBuilder("Talks resume in the capital\n\n");
    int n = 0;
    while (text.length() < 5_000_000) {
      text.append(n % 50 == 7 ? "Advertisement" : "Officials said on Monday that talks on the truce would resume "
          + "next week, amid growing pressure from the mediators (" + n + ").").append("\n\n");
      n++;
    }
    String content = text.toString();
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cleaner.clean(raw(content, SourceFormat.TEXT)));
    assertEquals("Talks resume in the capital", a.title());
    assertTrue(a.boilerplate().stream().allMatch("Advertisement"::equals));
    assertTrue(a.boilerplate().size() > 500);
    checkInvariants(content, a);
  }

  @Test
  void cleansOneHugeLine() {
    String content = "word (AP/x) ... read more 2020-11-15 March 11, 2019 ".repeat(100_000);
    Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> cleaner.clean(raw(content, SourceFormat.TEXT)));
    assertEquals(content.strip(), a.body());
  }

  /** Boilerplate lines are trimmed input lines, and none of them remains in the body. */
  private static void checkInvariants(String content, Article a) {
    Set<String> inputLines = new HashSet<>();
    for (Line l : Line.split(content)) inputLines.add(l.trimmed());
    Set<String> bodyLines = new HashSet<>();
    for (Line l : Line.split(a.body())) bodyLines.add(l.trimmed());
    for (String b : a.boilerplate()) {
      assertTrue(inputLines.contains(b), "boilerplate is not an input line: " + b);
      assertTrue(!bodyLines.contains(b) || b.isEmpty(), "boilerplate line left in body: " + b);
    }
  }

  private static RawArticle raw(String content, SourceFormat format) {
    return new RawArticle("r1", "robust", 0, null, null, null, null, content, format);
  }
}
