package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the quotations in a scraped news body: text between double marks ({@code "…"}, {@code “…”},
 * {@code „…“}, {@code «…»}) or single marks ({@code '…'}, {@code ‘…’}), telling single marks from apostrophes
 * and straight marks from inch signs, listing a nested quotation both inside its outer one and on its own, and joining a quotation
 * that the news convention continues into the next paragraph. Stateless and safe to share between threads; one
 * linear pass over the body.
 */
public final class QuotationFinder {

  // Kinds of opening mark that can be waiting on the stack for their closer.
  private static final int CURLY = 0; // “ (English opener)
  private static final int LOW = 1; // „ (German/Polish opener, closed by “ or ”)
  private static final int STRAIGHT = 2; // "
  private static final int GUILLEMET = 3; // «
  private static final int SINGLE = 4; // ‘ or '
  private static final int KINDS = 5;

  /**
   * Returns the quotations of {@code body} in body order (empty if none). Never throws for any non-null body,
   * however malformed; the result is unmodifiable.
   */
  public List<QuotationSpan> find(String body) {
    List<QuotationSpan> found = new ArrayList<>();
    Pending pending = null;
    int n = body.length();
    for (int start = 0; start < n; ) {
      int end = start;
      while (end < n && !isLineBreak(body.charAt(end))) end++;
      int first = skipSpaces(body, start, end);
      // Blank lines separate paragraphs but do not end a quotation waiting for its continuation.
      if (first < end) pending = paragraph(body, start, end, first, pending, found);
      start = end + 1;
    }
    // A quotation still open when the body ends was cut off with the article (scraped excerpts often are): its words
    // are not the whole quotation, so it is not listed; quotations nested in it still are.
    if (pending != null) pending.nested.forEach(s -> found.add(s.toSpan(body)));
    found.sort(java.util.Comparator.comparingInt(QuotationSpan::begin));
    return List.copyOf(found);
  }

  /**
   * Emits the quotations of one paragraph, first deciding whether it continues the previous paragraph's
   * unclosed quotation; returns the quotation left open at the paragraph's end, if any.
   */
  private static @Nullable Pending paragraph(
      String body, int start, int end, int first, @Nullable Pending pending, List<QuotationSpan> found) {
    ParagraphScan scan = new ParagraphScan(body, start, end);
    scan.run();
    // A quotation inside another ("... hit the ship 'Sea Star' at dawn") is a quotation too, listed on its own.
    for (Span inner : scan.inner) found.add(inner.toSpan(body));
    List<Span> closed = scan.closed;
    Span open = scan.open();
    int next = 0;
    if (pending != null) {
      boolean sameFamily = isSingleMark(body.charAt(first)) == pending.single;
      if (sameFamily && !closed.isEmpty() && closed.get(0).opener == first) {
        pending.pieces.add(closed.get(0));
        pending.emit(body, found);
        next = 1;
      } else if (sameFamily && open != null && open.opener == first) {
        // Open again at the end: everything in this paragraph lies inside the continued quotation.
        pending.pieces.add(open);
        return pending;
      } else {
        pending.flush(body, found);
      }
    }
    int openFrom = open == null ? end : open.opener;
    int i = next;
    for (; i < closed.size() && closed.get(i).opener < openFrom; i++) found.add(closed.get(i).toSpan(body));
    return open == null
        ? null
        : new Pending(open, isSingleMark(body.charAt(open.opener)), closed.subList(i, closed.size()));
  }

  /** A quotation inside one paragraph: offset of its opening mark and the trimmed offsets of its words. */
  private record Span(int opener, int begin, int end) {
    QuotationSpan toSpan(String body) {
      return new QuotationSpan(body.substring(begin, end), begin, end);
    }
  }

  /** A quotation still open at the end of its paragraph, which the next paragraph may continue. */
  private static final class Pending {
    final List<Span> pieces = new ArrayList<>();
    final boolean single;
    /** Quotations nested in a lone unclosed single mark; they stand on their own if that mark was an apostrophe. */
    final List<Span> nested;

    Pending(Span first, boolean single, List<Span> nested) {
      pieces.add(first);
      this.single = single;
      this.nested = nested;
    }

    /** Emits the quotation now that no further paragraph continues it. */
    void flush(String body, List<QuotationSpan> found) {
      // An unclosed single mark that nothing continues is far more often an elision ('em, '07) than a quote.
      if (single && pieces.size() == 1) {
        for (Span s : nested) found.add(s.toSpan(body));
      } else {
        emit(body, found);
      }
    }

    void emit(String body, List<QuotationSpan> found) {
      if (pieces.size() == 1) {
        found.add(pieces.get(0).toSpan(body));
        return;
      }
      StringBuilder text = new StringBuilder();
      for (Span s : pieces) {
        if (text.length() > 0) text.append(' ');
        text.append(body, s.begin, s.end);
      }
      found.add(new QuotationSpan(text.toString(), pieces.get(0).begin, pieces.get(pieces.size() - 1).end));
    }
  }

  /**
   * One left-to-right pass over a paragraph with a stack of open marks. Quotations not nested in another closed
   * quotation are kept in {@link #closed}, nested ones in {@link #inner}; a closer pops any marks opened after its own opener, so each
   * mark is pushed and popped at most once and the pass stays linear.
   */
  private static final class ParagraphScan {
    private final String body;
    private final int start;
    private final int end;
    private final boolean oddStraight;
    private int[] stack = new int[16]; // body offsets of the opening marks not yet closed
    private int depth;
    private final int[] openCount = new int[KINDS];
    /** Offset of the last letter or digit seen, so a quotation's emptiness is checked in constant time. */
    private int lastWord = -1;

    final List<Span> closed = new ArrayList<>();
    /** Quotations closed inside another quotation of this paragraph. */
    final List<Span> inner = new ArrayList<>();

    ParagraphScan(String body, int start, int end) {
      this.body = body;
      this.start = start;
      this.end = end;
      this.oddStraight = countStraightDoubles(body, start, end) % 2 == 1;
    }

    void run() {
      for (int i = start; i < end; i++) {
        char c = body.charAt(i);
        switch (c) {
          case '“' -> {
            if (openCount[LOW] > 0) close(i, LOW);
            else push(i);
          }
          case '„', '«' -> push(i);
          case '”' -> {
            if (openCount[CURLY] + openCount[LOW] + openCount[STRAIGHT] > 0) close(i, CURLY, LOW, STRAIGHT);
          }
          case '»' -> {
            if (openCount[GUILLEMET] > 0) close(i, GUILLEMET);
          }
          case '"' -> straightDouble(i);
          case '\'', '‘', '’' -> singleMark(i, c);
          default -> {
            if (Character.isLetterOrDigit(body.codePointAt(i))) lastWord = i;
          }
        }
      }
    }

    /** Straight double marks are symmetric: pair them in order, using position only when the count is odd. */
    private void straightDouble(int i) {
      boolean quoteOpen = openCount[STRAIGHT] > 0;
      if (isUnitMark(body, start, i, quoteOpen)) {
        // 12" or 5'11": an inch sign, not a quote.
      } else if (quoteOpen) {
        close(i, STRAIGHT);
      } else if (!(oddStraight && isAtWordEnd(i))) {
        push(i); // with an odd count, a lone mark at a word's end is a stray closer
      }
    }

    private void singleMark(int i, char c) {
      boolean singleOnTop = depth > 0 && kind(stack[depth - 1]) == SINGLE;
      // A single closer never pops a double mark: inside “…” a trailing ' is the plural possessive.
      if (c != '‘' && singleOnTop && isAtWordEnd(i)) {
        close(i, SINGLE);
      } else if (c != '’' && isAtWordStart(i) && !isDecade(i)) {
        push(i);
      }
    }

    /** Closes the nearest open mark of one of {@code kinds}, dropping unclosed marks opened after it. */
    private void close(int closer, int... kinds) {
      int opener;
      do {
        opener = stack[--depth];
        openCount[kind(opener)]--;
      } while (!contains(kinds, kind(opener)));
      // Quotations kept since this opener are nested in this one; they are a suffix of the list.
      // Quotations one level inside a top-level one are kept apart as well; deeper ones are dropped, which keeps
      // the total text emitted linear in the paragraph however deep the marks nest.
      while (!closed.isEmpty() && closed.get(closed.size() - 1).opener > opener) {
        Span nested = closed.remove(closed.size() - 1);
        if (depth == 0) inner.add(nested);
      }
      if (lastWord > opener) closed.add(trimmed(opener, closer));
    }

    private void push(int i) {
      if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
      stack[depth++] = i;
      openCount[kind(i)]++;
    }

    /**
     * The quotation left open at the paragraph's end: the outermost open double mark, else the outermost open
     * single mark; it runs to the end of the paragraph.
     */
    @Nullable Span open() {
      int opener = -1;
      for (int k = 0; k < depth && opener < 0; k++) {
        if (kind(stack[k]) != SINGLE) opener = stack[k];
      }
      if (opener < 0 && depth > 0) opener = stack[0];
      return opener >= 0 && lastWord > opener ? trimmed(opener, end) : null;
    }

    private Span trimmed(int opener, int closer) {
      int b = skipSpaces(body, opener + 1, closer);
      int e = closer;
      while (e > b && isSpace(body.charAt(e - 1))) e--;
      return new Span(opener, b, e);
    }

    private int kind(int offset) {
      return switch (body.charAt(offset)) {
        case '“' -> CURLY;
        case '„' -> LOW;
        case '"' -> STRAIGHT;
        case '«' -> GUILLEMET;
        default -> SINGLE;
      };
    }

    /** Preceded by the paragraph start, a space or opening punctuation, and followed by a non-space. */
    private boolean isAtWordStart(int i) {
      boolean before = i == start || isSpace(body.charAt(i - 1)) || isOpeningPunctuation(body.charAt(i - 1));
      return before && i + 1 < end && !isSpace(body.charAt(i + 1));
    }

    /** Preceded by a non-space that opens nothing, and followed by the paragraph end or a non-letter. */
    private boolean isAtWordEnd(int i) {
      if (i == start) return false;
      char before = body.charAt(i - 1);
      if (isSpace(before) || isOpeningPunctuation(before)) return false;
      return i + 1 == end || !Character.isLetterOrDigit(body.codePointAt(i + 1));
    }

    /** '90s: an elided century, not an opening mark. */
    private boolean isDecade(int i) {
      return i + 3 < end
          && isAsciiDigit(body.charAt(i + 1))
          && isAsciiDigit(body.charAt(i + 2))
          && body.charAt(i + 3) == 's';
    }
  }

  /** Counts the straight double marks of a paragraph that can be quotes, pairing them as the scan will. */
  private static int countStraightDoubles(String body, int start, int end) {
    int count = 0;
    boolean open = false;
    for (int i = start; i < end; i++) {
      if (body.charAt(i) == '"' && !isUnitMark(body, start, i, open)) {
        count++;
        open = !open;
      }
    }
    return count;
  }

  /**
   * Whether the straight double mark at {@code i} is an inch or second sign: right after a digit, unless it
   * may close an open quotation ("Vision 2030"); always after a feet mark (5'11").
   */
  private static boolean isUnitMark(String body, int start, int i, boolean quoteOpen) {
    if (i == start || !isAsciiDigit(body.charAt(i - 1))) return false;
    if (!quoteOpen) return true;
    int j = i - 1;
    while (j > start && isAsciiDigit(body.charAt(j - 1))) j--;
    return j - 1 > start && (body.charAt(j - 1) == '\'' || body.charAt(j - 1) == '’')
        && isAsciiDigit(body.charAt(j - 2));
  }

  private static boolean contains(int[] kinds, int kind) {
    for (int k : kinds) {
      if (k == kind) return true;
    }
    return false;
  }

  private static boolean isSingleMark(char c) {
    return c == '\'' || c == '‘' || c == '’';
  }

  private static boolean isOpeningPunctuation(char c) {
    return "([{<—–-/“„«\"‘'‹¿¡".indexOf(c) >= 0;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Java's isWhitespace misses the no-break spaces common in scraped text, so both tests are used. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int skipSpaces(String body, int from, int to) {
    int i = from;
    while (i < to && isSpace(body.charAt(i))) i++;
    return i;
  }
}
