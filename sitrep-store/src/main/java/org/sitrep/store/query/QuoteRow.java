package org.sitrep.store.query;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stored quotation with its speaker, addressee and provenance.
 *
 * @param speakerId the speaker's actor id, if attributed
 * @param speakerName the speaker's name
 * @param speakerText the words that name the speaker in the article ("one protester")
 * @param verb the speech verb ("said", "told")
 * @param addresseeId the actor id of the one spoken to ("X told Y"), if any
 * @param addresseeName that actor's name
 * @param text the quoted words
 * @param outlet the article's outlet
 * @param articleId the article
 * @param sentence the index of the sentence where the quotation starts
 * @param published the article's publication date as stored (ISO, possibly partial)
 */
public record QuoteRow(@Nullable String speakerId, @Nullable String speakerName, @Nullable String speakerText,
    @Nullable String verb, @Nullable String addresseeId, @Nullable String addresseeName, String text,
    @Nullable String outlet, String articleId, int sentence, @Nullable String published) {

  public QuoteRow {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(articleId, "articleId");
  }

  private static final List<Column<QuoteRow>> COLUMNS = List.of(
      Column.of("published", QuoteRow::published, 10),
      Column.of("outlet", QuoteRow::outlet, 16),
      Column.detail("speaker_id", QuoteRow::speakerId),
      Column.of("speaker", QuoteRow::speakerName, 24),
      Column.of("speaker_text", QuoteRow::speakerText, 24),
      Column.of("verb", QuoteRow::verb, 10),
      Column.detail("addressee_id", QuoteRow::addresseeId),
      Column.of("addressee", QuoteRow::addresseeName, 20),
      Column.of("text", QuoteRow::text, 70),
      Column.detail("article_id", QuoteRow::articleId),
      Column.detail("sentence", QuoteRow::sentence));

  /** The columns in which quotations are printed. */
  public static List<Column<QuoteRow>> columns() {
    return COLUMNS;
  }
}
