package org.sitrep.model;

import org.jspecify.annotations.Nullable;

/**
 * A quotation in the body: the words inside the marks ({@code text}, marks removed), its character offsets in
 * the body (of the words, without the marks), the sentence it starts in, the actor id of its speaker with the
 * words naming the speaker (both null when the text does not say), and the speech act: the verb that reports it
 * ("said", "told") and the actor it was addressed to ("X told Y": Y), each null when the text gives none.
 */
public record Quote(String text, @Nullable String speaker, @Nullable String speakerText, int sentence, int begin, int end,
    @Nullable String verb, @Nullable String addressee) {
  public Quote {
    if (sentence < 0) throw new IllegalArgumentException("sentence < 0: " + sentence);
    if (begin < 0 || end < begin) throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
  }

  /** A quotation whose speaker is not attributed yet. */
  public static Quote unattributed(String text, int sentence, int begin, int end) {
    return new Quote(text, null, null, sentence, begin, end, null, null);
  }

  public Quote attributed(@Nullable String speaker, @Nullable String speakerText, @Nullable String verb,
      @Nullable String addressee) {
    return new Quote(text, speaker, speakerText, sentence, begin, end, verb, addressee);
  }
}
