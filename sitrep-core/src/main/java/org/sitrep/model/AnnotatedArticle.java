package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/** A cleaned article with the linguistic annotation of its body, sentence by sentence. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }

  /** The index of the sentence holding body offset {@code offset}, or of the last sentence before it; 0 if none. */
  public int sentenceAt(int offset) {
    int found = 0;
    for (Sentence s : sentences) {
      if (s.begin() > offset) break;
      found = s.index();
    }
    return found;
  }
}
