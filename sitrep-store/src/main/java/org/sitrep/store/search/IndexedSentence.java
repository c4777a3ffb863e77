package org.sitrep.store.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One sentence as the search index holds it. The article's outlet, title and publication date travel with every
 * sentence so that a hit can be shown without a round trip to the database.
 *
 * @param articleId the article's id in the store
 * @param sentence the sentence's index within the article (0-based, as stored)
 * @param text the sentence text, searched and returned verbatim
 * @param outlet the article's outlet, if known
 * @param title the article's title, if known
 * @param published the publication date as an ISO string ({@code 2020-11-15}, {@code 2020-11} or {@code 2020}),
 *     if known
 */
public record IndexedSentence(String articleId, int sentence, String text, @Nullable String outlet,
    @Nullable String title, @Nullable String published) {

  public IndexedSentence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    if (sentence < 0) throw new IllegalArgumentException("negative sentence index: " + sentence);
  }
}
