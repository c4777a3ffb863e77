package org.sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * A time expression in a sentence: the words used, their character offsets in the body, and the date they
 * resolve to against the article's published date, or null when they do not name a date ("for two years").
 */
public record Timex(String text, int begin, int end, @Nullable PartialDate date) {}
