package org.sitrep.store.query;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.store.search.SearchHit;

/**
 * A full-text search hit shaped like the other query results, so that {@code sitrep search} prints it in the same
 * formats.
 *
 * @param articleId the article
 * @param sentence the sentence's index in the article
 * @param score the relevance score, comparable only within one search
 * @param outlet the article's outlet
 * @param title the article's title
 * @param published the article's publication date (ISO, possibly partial)
 * @param snippet the sentence with matched words in [brackets]
 * @param text the sentence as stored
 */
public record SearchRow(String articleId, int sentence, float score, @Nullable String outlet, @Nullable String title,
    @Nullable String published, String snippet, String text) {

  public SearchRow {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(text, "text");
  }

  /** The row for one hit. */
  public static SearchRow of(SearchHit hit) {
    return new SearchRow(hit.articleId(), hit.sentence(), hit.score(), hit.outlet(), hit.title(), hit.published(),
        hit.snippet(), hit.text());
  }

  private static final List<Column<SearchRow>> COLUMNS = List.of(
      Column.of("score", SearchRow::score),
      Column.of("published", SearchRow::published, 10),
      Column.of("outlet", SearchRow::outlet, 16),
      Column.of("title", SearchRow::title, 30),
      Column.detail("article_id", SearchRow::articleId),
      Column.detail("sentence", SearchRow::sentence),
      Column.of("snippet", SearchRow::snippet, 80),
      Column.detail("text", SearchRow::text));

  /** The columns in which search hits are printed. */
  public static List<Column<SearchRow>> columns() {
    return COLUMNS;
  }
}
