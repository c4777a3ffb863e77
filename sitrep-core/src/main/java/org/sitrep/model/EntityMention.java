package org.sitrep.model;

/**
 * A named-entity span found by NER: its text, its coarse type ({@code PERSON}, {@code ORGANIZATION},
 * {@code COUNTRY}, {@code CITY}, {@code NATIONALITY}, {@code DATE}...), the sentence it is in, its token range
 * in that sentence ({@code tokenBegin} inclusive, {@code tokenEnd} exclusive) and its character offsets in the body.
 */
public record EntityMention(String text, String type, int sentence, int tokenBegin, int tokenEnd, int begin, int end) {
  public EntityMention {
    if (sentence < 0 || tokenBegin < 0 || tokenEnd <= tokenBegin || begin < 0 || end < begin) {
      throw new IllegalArgumentException("bad mention span for '" + text + "'");
    }
  }
}
