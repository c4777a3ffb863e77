package org.sitrep.ingest;

/**
 * Limits on what ingest accepts. {@code maxArticleChars} rejects enormous articles (a mis-scraped page, a whole
 * book) that would hold the NLP stage for many minutes: at ~3,000 tokens/s, a million characters take about a
 * minute of a core.
 */
public record ReaderLimits(int maxArticleChars) {
  public ReaderLimits {
    if (maxArticleChars < 1) throw new IllegalArgumentException("maxArticleChars < 1: " + maxArticleChars);
  }

  public static ReaderLimits defaults() {
    return new ReaderLimits(1_000_000);
  }
}
