package org.sitrep.extract;

import java.util.Objects;

/**
 * One quotation in an article body: the quoted words without their marks and the character offsets of those
 * words in the body. For a one-paragraph quotation {@code body.substring(begin, end)} equals {@code text}; for
 * one continued over several paragraphs, {@code text} joins the quoted parts with a single space and
 * {@code begin}..{@code end} covers its first word to its last.
 */
public record QuotationSpan(String text, int begin, int end) {
  public QuotationSpan {
    Objects.requireNonNull(text, "text");
    if (begin < 0 || end < begin) throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
  }
}
