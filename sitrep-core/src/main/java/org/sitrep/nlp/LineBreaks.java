package org.sitrep.nlp;

/**
 * Decides which line breaks of a body end a paragraph. Scraped text comes in two shapes: one paragraph a line
 * (a single newline ends a paragraph, and headline-like lines without a full stop stand alone), or hard-wrapped
 * text where a paragraph runs over several lines of similar width. {@link #sentenceText} returns a copy of the
 * body of the same length in which the newlines that only wrap a line are spaces, so that CoreNLP can treat
 * every remaining newline as a sentence break while all character offsets stay those of the body.
 */
final class LineBreaks {

  private LineBreaks() {}

  static String sentenceText(String body) {
    String[] lines = body.split("\n", -1);
    int wrapWidth = wrapWidth(lines);
    if (wrapWidth == 0) return body;
    char[] out = body.toCharArray();
    int pos = 0;
    for (int i = 0; i < lines.length - 1; i++) {
      pos += lines[i].length();
      if (isWrapped(lines[i], lines[i + 1], wrapWidth)) out[pos] = ' ';
      pos++;
    }
    return new String(out);
  }

  /**
   * The width at which the text looks hard-wrapped, or 0 if it does not. A text is wrapped when most lines that
   * are followed by another non-blank line end without sentence-final punctuation, mid-sentence, which is
   * rare in one-paragraph-a-line text; the width is the longest such line.
   */
  private static int wrapWidth(String[] lines) {
    int continued = 0;
    int midSentence = 0;
    int width = 0;
    for (int i = 0; i < lines.length - 1; i++) {
      String line = lines[i].strip();
      String next = lines[i + 1].strip();
      if (line.isEmpty() || next.isEmpty()) continue;
      continued++;
      if (!endsSentence(line)) {
        midSentence++;
        width = Math.max(width, lines[i].length());
      }
    }
    return continued >= 3 && midSentence * 2 > continued ? width : 0;
  }

  private static boolean isWrapped(String line, String next, int wrapWidth) {
    String l = line.strip();
    String n = next.strip();
    if (l.isEmpty() || n.isEmpty()) return false;
    if (Character.isLowerCase(n.codePointAt(0))) return true;
    // A short last line of a paragraph ends it; a line near the wrap width was cut by the wrapper.
    return !endsSentence(l) && line.length() >= wrapWidth * 0.6;
  }

  private static boolean endsSentence(String line) {
    char c = line.charAt(line.length() - 1);
    if (c == '"' || c == '\u201d' || c == '\'' || c == '\u2019' || c == ')') {
      if (line.length() < 2) return false;
      c = line.charAt(line.length() - 2);
    }
    return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u2026';
  }
}
