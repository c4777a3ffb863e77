package org.sitrep.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.Quote;
import org.sitrep.testkit.ShortTexts;

/** Who said each quotation, on short project-written texts, one news structure a test. */
@Tag("corenlp")
class SpeakerAttributorIT {

  private static final FactLinker FACTS = new FactLinker();

  private static ArticleAnalysis analyse(String body) {
    return FACTS.apply(ShortTexts.resolve("2023-03-01", body).get(0));
  }

  /** The quotation whose text starts with {@code start}. */
  private static Quote quote(ArticleAnalysis a, String start) {
    return a.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quotation '" + start + "' in " + a.quotes()));
  }

  /** The name of the actor who said it, or null. */
  private static @Nullable String speakerName(ArticleAnalysis a, Quote q) {
    if (q.speaker() == null) return null;
    return a.actors().stream().filter(x -> x.id().equals(q.speaker())).findFirst().orElseThrow().name();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "X said | “The border will reopen next week,” Ayman Safadi said. | Ayman Safadi",
      "said X | “The border will reopen next week,” said Ayman Safadi. | Ayman Safadi",
      "X said that | Ayman Safadi said that “the border will reopen next week.” | Ayman Safadi",
      "colon after speech verb | Ayman Safadi told reporters: “The border will reopen next week.” | Ayman Safadi",
      "according to X | According to Ayman Safadi, “the border will reopen next week.” | Ayman Safadi",
      "X, who ..., said | “The border will reopen next week,” Ayman Safadi, who led the talks, said on Monday. | Ayman Safadi",
      "quoted as saying | Ayman Safadi was quoted as saying “the border will reopen next week.” | Ayman Safadi",
      "speaker in the sentence after | “The border will reopen next week.” Ayman Safadi said this on Monday. | Ayman Safadi"})
  void attributesQuotationToTheNamedSpeaker(String structure, String text, String speaker) {
    ArticleAnalysis a = analyse(text);
    assertEquals(speaker, speakerName(a, quote(a, "")), structure);
  }

  @Test
  void attributesToTheObjectWhenTheReportQuotesSomeone() {
    ArticleAnalysis a = analyse("The Jordan Times quoted Ayman Safadi as saying “the border will reopen next week.”");
    assertEquals("Ayman Safadi", speakerName(a, quote(a, "the border")));
  }

  @Test
  void keepsTheAddresseeAndTheVerbOfXToldY() {
    ArticleAnalysis a = analyse("Iranian President Hassan Rouhani told Iraqi Foreign Minister Fuad Hussein that "
        + "“the unity of the region comes first.”");
    Quote q = quote(a, "the unity");
    assertEquals("Hassan Rouhani", speakerName(a, q));
    assertEquals("told", q.verb());
    assertEquals("Fuad Hussein", a.actors().stream().filter(x -> x.id().equals(q.addressee())).findFirst()
        .orElseThrow().name());
  }

  @Test
  void attributesAnInstitutionsStatementThroughItsDescription() {
    ArticleAnalysis a = analyse("The Iraqi Foreign Ministry summoned the ambassador on Sunday.\n\n"
        + "In a statement, the ministry said the remarks were “unacceptable interference.”");
    assertEquals("Iraqi Foreign Ministry", speakerName(a, quote(a, "unacceptable")));
  }

  @Test
  void attributesToAnUnnamedCollective() {
    ArticleAnalysis a = analyse("“The rockets came from the east,” two Iraqi officials said.");
    Quote q = quote(a, "The rockets");
    assertEquals("two Iraqi officials", q.speakerText());
  }

  @Test
  void continuesARunOfQuotationsWithHeAdded() {
    ArticleAnalysis a = analyse("Ayman Safadi met Fuad Hussein in Amman on Monday.\n\n"
        + "“The border will reopen next week,” Safadi said.\n\n"
        + "He added: “Trade will follow.”\n\n"
        + "“Both peoples want it.”");
    assertEquals("Ayman Safadi", speakerName(a, quote(a, "Trade")));
    assertEquals("Ayman Safadi", speakerName(a, quote(a, "Both peoples")));
  }

  @Test
  void resolvesAPronounToTheTopicOfThePreviousSentence() {
    ArticleAnalysis a = analyse("Hassan Rouhani arrived in Baghdad on Monday and visited a shrine.\n\n"
        + "He later met President Barham Salih, telling reporters that a “stable Iraq helps the whole region.”");
    assertEquals("Hassan Rouhani", speakerName(a, quote(a, "stable Iraq")));
  }

  @Test
  void findsTheSpeakerInTheSentenceBefore() {
    ArticleAnalysis a = analyse("Ayman Safadi made a short statement to reporters after the meeting:\n\n"
        + "“The border will reopen next week.”");
    assertEquals("Ayman Safadi", speakerName(a, quote(a, "The border")));
  }

  @Test
  void givesTheReportsWordsToTheOutletThatPublishedIt() {
    ArticleAnalysis a = analyse("A report by Reuters on Monday described the talks as difficult.\n\n"
        + "The report said the militias were “rattled by the strikes.”");
    assertEquals("Reuters", speakerName(a, quote(a, "rattled")));
  }

  @Test
  void leavesTheSpeakerUnknownWhenTheTextDoesNotSay() {
    ArticleAnalysis a = analyse("Iraq was caught in the middle of the “maximum pressure” campaign.");
    assertNull(quote(a, "maximum pressure").speaker());
  }

  @Test
  void givesANestedQuotationTheOuterSpeakerAndNoSpeakerToANameInQuotes() {
    ArticleAnalysis a = analyse("“Our navy hit the ship ‘Sea Star’ at dawn,” Yahya Saree said.\n\n"
        + "The drone strike killed Karim al-Dulaimi, known as “Abu Zaid,” on Thursday.");
    assertEquals("Yahya Saree", speakerName(a, quote(a, "Sea Star")));
    assertNull(quote(a, "Abu Zaid").speaker());
  }
}
