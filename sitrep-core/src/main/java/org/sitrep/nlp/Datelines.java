package org.sitrep.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a paragraph's dateline apart as a sentence of its own. "Tehran, IRNA- The United States has extended ..."
 * and "WASHINGTON, July 17 (KUNA) -- US President ..." open with where and through whom the story was filed; parsed
 * together with the first sentence, the place becomes its subject ("Tehran has extended ..."). {@link #apart}
 * returns a copy of the text of the same length in which the space after a dateline's dash is a newline, which
 * CoreNLP takes as a sentence break, so character offsets stay those of the body.
 */
final class Datelines {

  /**
   * A paragraph opening with a place of one to four capitalised words, optionally a comma and a date or agency,
   * optionally an agency in brackets, then a dash and a space, and a sentence that starts with a capital or a quote.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^[ \\t]*\\p{Lu}[\\p{L}'’.]*(?:[ -]\\p{Lu}[\\p{L}'’.]*){0,3}"
          + "(?:,[ \\t]*[^()\\n,.;:!?]{1,30}?)?[ \\t]*(?:\\([^()\\n]{1,60}\\))?[ \\t]*(?:—|--|–|-)([ \\t])"
          + "(?=[\\p{Lu}\"“‘'])");

  private Datelines() {}

  static String apart(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.find()) return text;
    char[] out = text.toCharArray();
    do {
      out[m.start(1)] = '\n';
    } while (m.find());
    return new String(out);
  }
}
