package org.sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * A quotation in the body: the words inside the marks ({@code text}, marks removed), its character offsets in
 * the body (of the words, without the marks), the sentence it starts in, and the actor id of its speaker with
 * the words naming the speaker, both null when the text does not say.
 */
public record Quote(String text, @Nullable String speaker, @Nullable String speakerText, int sentence, int begin, int end) {
  public Quote {
    if (sentence < 0) throw new IllegalArgumentException("sentence < 0: " + sentence);
    if (begin < 0 || end < begin) throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
  }
}
