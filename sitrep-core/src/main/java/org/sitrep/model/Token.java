package org.sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * One token of a sentence: its text, character offsets into the article body ({@code begin} inclusive,
 * {@code end} exclusive), part of speech, lemma and named-entity tag ({@code "O"} when none).
 * {@code normalized} is the NER normalisation (a resolved date for DATE tokens), or null.
 */
public record Token(String word, int begin, int end, String pos, String lemma, String ner, @Nullable String normalized) {
  public Token {
    if (begin < 0 || end < begin) throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
  }
}
