package org.sitrep.store.search;

import org.jspecify.annotations.Nullable;

/**
 * One sentence found by {@link SentenceIndex#search(String, int)}, with what a result list needs to show it.
 *
 * @param articleId the article's id in the store
 * @param sentence the sentence's index within the article
 * @param score the BM25 relevance score; only comparable between hits of the same search
 * @param text the sentence text
 * @param outlet the article's outlet, if known
 * @param title the article's title, if known
 * @param published the publication date as an ISO string, if known
 * @param snippet the sentence text with each word that matched a query term wrapped in {@code [} and {@code ]}
 */
public record SearchHit(String articleId, int sentence, float score, String text, @Nullable String outlet,
    @Nullable String title, @Nullable String published, String snippet) {}
