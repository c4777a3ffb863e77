package org.sitrep.store;

import java.util.Objects;
import org.sitrep.model.AnalysedArticle;

/** An analysed article with the hash of the raw content it was read from ({@link ContentHash}). */
public record HashedArticle(AnalysedArticle analysed, String contentHash) {
  public HashedArticle {
    Objects.requireNonNull(analysed, "analysed");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
