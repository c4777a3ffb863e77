package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotationFinderTest {

  private static final QuotationFinder FINDER = new QuotationFinder();

  /** Asserts the exact quotation texts and that each one-paragraph span's offsets select its text. */
  private static List<QuotationSpan> assertQuotes(String body, String... expected) {
    List<QuotationSpan> found = FINDER.find(body);
    assertEquals(List.of(expected), found.stream().map(QuotationSpan::text).toList(), body);
    for (QuotationSpan q : found) assertEquals(q.text(), body.substring(q.begin(), q.end()));
    return found;
  }

  private static void assertSpan(QuotationSpan q, int begin, int end) {
    assertEquals(begin, q.begin(), "begin of " + q);
    assertEquals(end, q.end(), "end of " + q);
  }

  /** Offsets are in range and in order, and a span that does not cross a line break selects exactly its text. */
  private static void assertWellFormed(String body, List<QuotationSpan> found) {
    int previous = -1;
    for (QuotationSpan q : found) {
      assertTrue(q.begin() > previous && q.end() <= body.length(), "out of order or range: " + q.begin());
      previous = q.begin();
      String covered = body.substring(q.begin(), q.end());
      if (covered.indexOf('\n') < 0 && covered.indexOf('\r') < 0) assertEquals(covered, q.text());
      assertTrue(q.text().codePoints().anyMatch(Character::isLetterOrDigit), "no word in " + q);
    }
  }

  // --- double marks ---------------------------------------------------------------------------------------

  @Test
  void findsCurlyDoubleQuote() {
    String body = "The minister called it “a clear breach of the truce” on Sunday.";
    List<QuotationSpan> found = assertQuotes(body, "a clear breach of the truce");
    assertSpan(found.get(0), body.indexOf("a clear"), body.indexOf("” on"));
  }

  @Test
  void findsStraightDoubleQuote() {
    String body = "\"We are ready,\" the commander told reporters.";
    List<QuotationSpan> found = assertQuotes(body, "We are ready,");
    assertSpan(found.get(0), 1, 14);
  }

  @Test
  void findsLowNineAndGuillemetQuotes() {
    assertQuotes("Er sagte „wir bleiben hier“ und ging.", "wir bleiben hier");
    assertQuotes("Powiedział „zostajemy tutaj” i wyszedł.", "zostajemy tutaj");
    assertQuotes("Il a dit «\u00A0nous restons ici\u00A0» hier.", "nous restons ici");
  }

  @Test
  void treatsMultiSentenceQuotationAsOne() {
    assertQuotes("“We will not leave. The bases stay! Is that clear?” he asked.",
        "We will not leave. The bases stay! Is that clear?");
  }

  @Test
  void findsScareQuotesOfOneOrTwoWords() {
    assertQuotes("Tehran called the note an “interference” in its affairs and a \"so-called plan\".",
        "interference", "so-called plan");
  }

  @Test
  void keepsInternalPunctuationEllipsesAndBrackets() {
    String body = "The envoy said he “wished to note that…the remark [about the armed groups] exceeds"
        + " diplomatic norms” before leaving.";
    assertQuotes(body,
        "wished to note that…the remark [about the armed groups] exceeds diplomatic norms");
  }

  @Test
  void stripsWhitespaceInsideMarks() {
    String body = "He said “  we stay  ” and \" go \" twice.";
    List<QuotationSpan> found = assertQuotes(body, "we stay", "go");
    assertSpan(found.get(0), body.indexOf("we stay"), body.indexOf("we stay") + 7);
    assertSpan(found.get(1), body.indexOf("go "), body.indexOf("go ") + 2);
  }

  @Test
  void ignoresEmptyAndPunctuationOnlyQuotes() {
    assertQuotes("An empty \"\" pair, a “ ” pair, a “...” and « – » and a lone '?' mark.");
  }

  @Test
  void returnsQuotationsInBodyOrder() {
    assertQuotes("“First,” she said, then ‘second’ and «third»; finally \"fourth\".",
        "First,", "second", "third", "fourth");
  }

  // --- straight double marks: pairing ------------------------------------------------------------------

  @Test
  void pairsStraightDoubleQuotesLeftToRight() {
    assertQuotes("\"One,\" he said, \"two,\" she said, \"three.\"", "One,", "two,", "three.");
  }

  @Test
  void skipsStrayClosingStraightQuoteWhenCountIsOdd() {
    assertQuotes("He said they stay,\" the aide added. \"We are not moving,\" he said.", "We are not moving,");
  }

  @Test
  void runsUnpairedOpeningStraightQuoteToParagraphEndWhenCountIsOdd() {
    assertQuotes("\"We stay,\" he said, \"and we will\nThe talks went on.", "We stay,", "and we will");
  }

  @Test
  void ignoresInchAndFeetMarksAfterDigits() {
    assertQuotes("He is 5'11\" tall and carried a 12\" blade.");
    assertQuotes("A 12\" screen, he said, was \"too small\".", "too small");
    assertQuotes("They call it \"Vision 2030\" now.", "Vision 2030");
    assertQuotes("\"He is 5'11\" and fast,\" she said.", "He is 5'11\" and fast,");
  }

  // --- single marks and apostrophes ----------------------------------------------------------------------

  @Test
  void findsCurlySingleQuoteEndingInComma() {
    String body = "The group kept threatening to ‘name openly who funds these units,’ as talks stalled.";
    List<QuotationSpan> found = assertQuotes(body, "name openly who funds these units,");
    assertSpan(found.get(0), body.indexOf("name"), body.indexOf("’ as"));
  }

  @Test
  void findsStraightSingleQuoteHoldingContraction() {
    String body = "US says 'can't accept' raids on bases";
    List<QuotationSpan> found = assertQuotes(body, "can't accept");
    assertSpan(found.get(0), 9, 21);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Iraq’s prime minister met the envoys.",
      "Iraq's prime minister met the envoys.",
      "They don't expect talks soon.",
      "Leaders of Shi’ite parties met.",
      "Leaders of Shi‘a parties met.",
      "Fighters of Asa’ib and Kata’ib units withdrew.",
      "Prices last seen in the '90s returned.",
      "Prices last seen in the ‘90s returned.",
      "Prices last seen in the ’90s returned.",
      "The militias' leaders refused.",
      "The militias’ leaders refused.",
      "The boss' car and the ministers' cars were searched.",
      "O'Neill's office said nothing.",
      "They'll keep 'em at the border.",
      "Rock ’n’ roll is banned there.",
      "The '07 and '08 budgets were cut.",
      "We didn't, they wouldn't, and you shouldn't."
  })
  void ignoresApostrophe(String body) {
    assertQuotes(body);
  }

  @Test
  void keepsPossessiveApostropheInsideDoubleQuote() {
    assertQuotes("He warned of “the militias’ growing reach” on Friday.", "the militias’ growing reach");
  }

  @Test
  void keepsQuoteNestedAfterStrayApostrophe() {
    // '07 opens nothing that closes, so the quotation after it stands on its own.
    assertQuotes("The '07 vote was \"rigged\", he said.", "rigged");
  }

  // --- nesting ---------------------------------------------------------------------------------------------

  @Test
  void listsNestedQuoteInsideItsOuterQuoteAndOnItsOwn() {
    assertQuotes("“He said ‘no’ twice,” she said.", "He said ‘no’ twice,", "no");
    assertQuotes("\"He told us 'wait here' and left,\" she said.", "He told us 'wait here' and left,", "wait here");
    assertQuotes("«Он сказал „нет“ дважды», — заявила она.", "Он сказал „нет“ дважды", "нет");
  }

  @Test
  void keepsUnclosedNestedQuoteInsideOuterQuote() {
    assertQuotes("“We won't let 'em through,” he said.", "We won't let 'em through,");
  }

  // --- paragraphs --------------------------------------------------------------------------------------------

  @Test
  void joinsQuotationContinuedInNextParagraph() {
    String body = """
        “The talks failed,” he said. “Nobody came to the table.

        “We will try again next month.”
        Officials declined to comment.""";
    List<QuotationSpan> found = FINDER.find(body);
    assertEquals(2, found.size());
    assertEquals("The talks failed,", found.get(0).text());
    QuotationSpan joined = found.get(1);
    assertEquals("Nobody came to the table. We will try again next month.", joined.text());
    assertSpan(joined, body.indexOf("Nobody"), body.indexOf("month.") + "month.".length());
  }

  @Test
  void joinsStraightQuoteContinuedOverThreeParagraphsWithCrLf() {
    String body = "\"First part of it.\r\n\"Second part.\r\n\r\n\"Third part,\" she said.";
    List<QuotationSpan> found = FINDER.find(body);
    assertEquals(List.of(new QuotationSpan("First part of it. Second part. Third part,",
        1, body.indexOf("part,\"") + 5)), found);
  }

  @Test
  void joinsSingleQuoteContinuedInNextParagraph() {
    String body = "‘We are leaving.\n‘And we are not coming back,’ he said.";
    List<QuotationSpan> found = FINDER.find(body);
    assertEquals(List.of(new QuotationSpan("We are leaving. And we are not coming back,",
        1, body.indexOf("’ he"))), found);
  }

  @Test
  void runsUnclosedQuotationToEndOfParagraph() {
    String body = "Captives who, he said, “will only be freed through talks ...  \nThe ministry did not respond.";
    List<QuotationSpan> found = assertQuotes(body, "will only be freed through talks ...");
    assertSpan(found.get(0), body.indexOf("will"), body.indexOf("...") + 3);
    assertQuotes("The text ends here: “and then the\nNext paragraph.", "and then the");
  }

  @Test
  void dropsQuotationCutOffWhereTheBodyEnds() {
    // Scraped excerpts end mid-quotation; the words are not the whole quotation.
    assertQuotes("Hamas said the hostages “will only be released through");
    assertQuotes("“We agreed,” he said. Hamas said the hostages “will only be released through", "We agreed,");
  }

  @Test
  void doesNotJoinWhenNextParagraphDoesNotOpenWithSameKindOfMark() {
    assertQuotes("He said “we will stay\nThe ministry said “nothing more”.", "we will stay", "nothing more");
    assertQuotes("He said “we will stay\n‘Nothing more,’ they said.", "we will stay", "Nothing more,");
  }

  @Test
  void dropsUnclosedSingleQuoteThatIsNotContinued() {
    assertQuotes("Back in the '07 race\nThe vote was close.");
    assertQuotes("Back in the '07 race, he said \"it was 'fair' then\".", "it was 'fair' then");
  }

  @Test
  void neverPairsMarksAcrossParagraphs() {
    assertQuotes("He said “no\nand ” then left.", "no");
  }

  // --- robustness ------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "\n\n\r\n", "\t \u00A0 \r", "“", "”", "\"", "'", "’", "‘", "«««", "»»»", "„“”", "a”", "\"\"\"",
      "‘’‘’", "'a", "a'", "''''", "“\n”", "\"\n\"", "» a «", "12\"", "'9", "\uD83D\uDE00 “\uD83D\uDE00”",
      "“ ‘ \" « „", "” ’ \" » “"
  })
  void survivesMalformedInput(String body) {
    assertWellFormed(body, FINDER.find(body));
  }

  @Test
  void treatsUnbalancedMarksPredictably() {
    assertQuotes("“a\nb", "a");
    assertQuotes("“a");
    assertQuotes("a” b");
    assertQuotes("« a » b » c", "a");
    assertQuotes("“one ‘two” three’", "one ‘two");
  }

  @Test
  void findsGuillemetQuotesInArabicAndCyrillicText() {
    String arabic = "قال الوزير «لن نسمح بذلك أبدا» أمس في بغداد.";
    List<QuotationSpan> found = assertQuotes(arabic, "لن نسمح بذلك أبدا");
    assertSpan(found.get(0), arabic.indexOf('«') + 1, arabic.indexOf('»'));
    assertQuotes("Министр заявил: «Мы не отступим», — и ушёл. Это «провокация».", "Мы не отступим", "провокация");
  }

  @Test
  void handlesFiveMegabytesInLinearTime() {
    String paragraph = "He said “we stay,” and 'can't go'. Iraq’s \"militias' men\" are 5'11\" tall, «да», “open ...\n";
    String mixed = paragraph.repeat(5_000_000 / paragraph.length() + 1);
    List<Supplier<String>> inputs = List.of(
        () -> mixed,
        () -> mixed.replace("\n", " "), // one huge paragraph
        () -> "“".repeat(5_000_000), // deep stack, nothing closes
        () -> "“a ‘b ".repeat(400_000) + "c’” ".repeat(400_000), // deep nesting that all closes
        () -> "'a ".repeat(1_700_000),
        () -> "\"x ".repeat(1_700_000),
        () -> "1\"".repeat(2_500_000));
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (Supplier<String> input : inputs) {
        String body = input.get();
        long started = System.nanoTime();
        List<QuotationSpan> found = FINDER.find(body);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 3_000, "took " + millis + " ms");
        assertWellFormed(body, found);
      }
    });
    int paragraphs = mixed.length() / paragraph.length();
    // we stay / can't go / militias' men / да / open, less the last "open", cut off where the body ends
    assertEquals(5 * paragraphs - 1, FINDER.find(mixed).size());
  }

  @Test
  void givesIdenticalResultsTwiceAndFromFourThreads() throws Exception {
    String body = ("“One,” she said. ‘Two’ and \"three\" and «four».\n“Five continues\n“here.”\n").repeat(20_000);
    List<QuotationSpan> expected = FINDER.find(body);
    assertEquals(expected, FINDER.find(body));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<QuotationSpan>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) results.add(pool.submit(() -> FINDER.find(body)));
      for (Future<List<QuotationSpan>> result : results) assertEquals(expected, result.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
