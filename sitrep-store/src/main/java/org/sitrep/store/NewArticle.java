package org.sitrep.store;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.AnalysedArticle;

/**
 * An analysed article ready to be stored: the id it is stored under (its own, or its own with a suffix when another
 * content already has that id), the hash of its raw content, the story it belongs to, its MinHash signature, and
 * for each of its events (in order) whether it counts or repeats an event of an earlier copy of the same story.
 */
public record NewArticle(String articleId, String contentHash, String storyId, byte[] minhash, AnalysedArticle analysed,
    List<Boolean> eventCounted) {
  public NewArticle {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(storyId, "storyId");
    minhash = minhash.clone();
    Objects.requireNonNull(analysed, "analysed");
    eventCounted = List.copyOf(eventCounted);
    if (eventCounted.size() != analysed.analysis().events().size()) {
      throw new IllegalArgumentException("one counted flag per event expected for " + articleId);
    }
  }

  @Override
  public byte[] minhash() {
    return minhash.clone();
  }
}
