package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.EntityMention;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Timex;
import org.sitrep.model.Token;
import org.sitrep.testkit.SharedNlp;

@Tag("corenlp")
class CoreNlpAnnotatorIT {

  private static AnnotatedArticle annotate(String body, String published) {
    Article a = new Article("t", "t", null, null, null, published == null ? null : PartialDate.parse(published), body,
        List.of());
    return SharedNlp.annotator().apply(a);
  }

  @Test
  void resolvesWeekdayAgainstThePublishedDate() {
    AnnotatedArticle a = annotate("A rocket hit the base on Monday, officials said.", "2020-11-12");
    List<Timex> timexes = a.sentences().get(0).timexes();
    assertEquals(1, timexes.size());
    assertEquals("Monday", timexes.get(0).text());
    assertEquals(PartialDate.parse("2020-11-09"), timexes.get(0).date());
  }

  @Test
  void breaksSentencesAtHeadlineLinesAndBlankLines() {
    String body = "Hostage families call for full mandate\nThe forum called on the government to act.\n\nTalks resume today.";
    AnnotatedArticle a = annotate(body, "2024-01-01");
    assertEquals(List.of("Hostage families call for full mandate", "The forum called on the government to act.",
        "Talks resume today."), a.sentences().stream().map(Sentence::text).toList());
  }

  @Test
  void keepsHardWrappedSentenceWhole() {
    String body = "Three rockets slammed into the embassy in the\ncapital on Sunday, a source told reporters,\n"
        + "in the first direct hit after months of close\ncalls around the compound.\nNobody was hurt in the attack,\n"
        + "officials said later on the same evening.";
    AnnotatedArticle a = annotate(body, "2020-01-27");
    assertEquals(2, a.sentences().size(), a.sentences().stream().map(Sentence::text).toList().toString());
    assertTrue(a.sentences().get(0).text().endsWith("compound."));
  }

  @Test
  void givesOffsetsThatPointIntoTheBody() {
    String body = "Iraqi Foreign Minister Fuad Hussein met Iran’s president in Tehran.\n\n“We want calm,” he said.";
    AnnotatedArticle a = annotate(body, "2020-11-12");
    for (Sentence s : a.sentences()) {
      assertEquals(body.substring(s.begin(), s.end()), s.text());
      for (Token t : s.tokens()) assertEquals(body.substring(t.begin(), t.end()), t.word());
      for (EntityMention e : s.entities()) assertEquals(body.substring(e.begin(), e.end()), e.text());
    }
    List<String> people = a.sentences().get(0).entities().stream().filter(e -> e.type().equals("PERSON"))
        .map(EntityMention::text).toList();
    assertEquals(List.of("Fuad Hussein"), people);
    assertTrue(a.sentences().get(0).dependencies().stream().anyMatch(d -> d.relation().equals("nsubj")));
  }

  @Test
  void givesTheSameAnnotationFromFourThreads() throws Exception {
    String body = "Jordan and Iraq agreed on Monday to reopen the border.\n\nSafadi met Hussein in Amman.";
    AnnotatedArticle once = annotate(body, "2023-04-18");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<AnnotatedArticle>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) runs.add(pool.submit(() -> annotate(body, "2023-04-18")));
      for (Future<AnnotatedArticle> f : runs) assertEquals(once, f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void copesWithNonLatinAndWhitespaceOnlyText() {
    assertEquals(0, annotate("   \n\n  ", null).sentences().size());
    AnnotatedArticle arabic = annotate("قال المتحدث إن المحادثات ستستأنف يوم الاثنين.", "2020-01-01");
    for (Sentence s : arabic.sentences()) assertTrue(s.end() <= arabic.article().body().length());
  }
}
