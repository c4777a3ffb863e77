package org.sitrep.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory LSH index that links each article to a story: syndicated copies of one wire story share the story id
 * of the first copy seen. An article's candidates are the earlier articles that share a band key with it
 * ({@link MinHash#bandKeys}); each candidate is verified by signature similarity, and the article joins the story
 * of the most similar one (the earliest on ties) whose estimated Jaccard similarity reaches the threshold, or else
 * starts a story of its own under its own id. Results therefore depend on the order articles are added in; add them
 * in publication order so the story id is the earliest copy's.
 *
 * <p>Mutable and not thread-safe: callers that share an index must synchronise.
 */
public final class StoryIndex {

  /**
   * The estimated Jaccard similarity of 5-word shingle sets from which two articles are one story. On the project's
   * test stories, syndicated copies measured 0.78 (headline word changed, last paragraph dropped, byline and site
   * boilerplate added, curly quotes) and 0.60 (new headline, last four paragraphs cut, a local paragraph added); an
   * independently written report of the same incident with the same names, numbers and quotes 0.04 (MinHash
   * estimates 0.01-0.07 over six seeds); an unrelated article 0.00. 0.5 sits more than two standard errors of the
   * estimate below the shortened copy and far above the independent report, and still links a copy that keeps only
   * a little more than half of the story.
   */
  public static final double SAME_STORY = 0.5;

  private final MinHash minHash;
  private final double threshold;
  private final Map<String, Integer> byId = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private final Map<Long, Postings> buckets = new HashMap<>();

  private record Entry(String articleId, Signature signature, String storyId) {}

  /** The article ordinals that share one band key, in the order they were added. */
  private static final class Postings {
    private int[] ordinals = new int[2];
    private int size;

    void add(int ordinal) {
      if (size == ordinals.length) ordinals = Arrays.copyOf(ordinals, size * 2);
      ordinals[size++] = ordinal;
    }
  }

  /** An index over {@link MinHash#standard()} signatures with the {@link #SAME_STORY} threshold. */
  public StoryIndex() {
    this(MinHash.standard(), SAME_STORY);
  }

  /**
   * @param minHash the layout the signatures were made with
   * @param threshold the smallest estimated Jaccard similarity that makes two articles one story, in (0, 1]
   */
  public StoryIndex(MinHash minHash, double threshold) {
    if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold not in (0, 1]: " + threshold);
    this.minHash = minHash;
    this.threshold = threshold;
  }

  /**
   * Indexes an article and returns its story id. Adding an article id again returns the story id it got the first
   * time and changes nothing, whatever the signature.
   *
   * @throws IllegalArgumentException when the signature was not made with this index's {@link MinHash} layout
   */
  public String add(String articleId, Signature signature) {
    Integer known = byId.get(articleId);
    if (known != null) return entries.get(known).storyId();
    long[] keys = minHash.bandKeys(signature);
    int best = -1;
    double bestSimilarity = -1;
    Set<Integer> seen = new HashSet<>();
    for (long key : keys) {
      Postings postings = buckets.get(key);
      if (postings == null) continue;
      for (int i = 0; i < postings.size; i++) {
        int ordinal = postings.ordinals[i];
        if (!seen.add(ordinal)) continue;
        double similarity = signature.similarity(entries.get(ordinal).signature());
        if (similarity >= threshold
            && (similarity > bestSimilarity || (similarity == bestSimilarity && ordinal < best))) {
          best = ordinal;
          bestSimilarity = similarity;
        }
      }
    }
    String storyId = best < 0 ? articleId : entries.get(best).storyId();
    put(articleId, storyId, signature, keys);
    return storyId;
  }

  /**
   * Indexes an article under the story it was given before (by a store, when an earlier run added it), so that the
   * decisions a corpus has stored are kept even if they would come out differently now. An id already present is
   * left as it is.
   */
  public void restore(String articleId, String storyId, Signature signature) {
    if (!byId.containsKey(articleId)) put(articleId, storyId, signature, minHash.bandKeys(signature));
  }

  private void put(String articleId, String storyId, Signature signature, long[] keys) {
    int ordinal = entries.size();
    entries.add(new Entry(articleId, signature, storyId));
    byId.put(articleId, ordinal);
    for (long key : keys) buckets.computeIfAbsent(key, k -> new Postings()).add(ordinal);
  }

  /** The story id {@link #add} gave the article, or empty when it was never added. */
  public Optional<String> storyOf(String articleId) {
    Integer ordinal = byId.get(articleId);
    return ordinal == null ? Optional.empty() : Optional.of(entries.get(ordinal).storyId());
  }

  /** The number of articles added. */
  public int size() {
    return entries.size();
  }
}
