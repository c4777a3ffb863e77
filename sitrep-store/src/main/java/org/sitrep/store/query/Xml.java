package org.sitrep.store.query;

/**
 * Escaping for the hand-written GraphML and GEXF. Besides the five markup characters it replaces characters XML 1.0
 * forbids (most control characters, lone surrogates, U+FFFE and U+FFFF) with U+FFFD, because news text scraped from
 * the web does contain them and a single one makes the whole file unreadable to Gephi. In attributes it also writes
 * tabs and line breaks as character references, which a parser would otherwise turn into spaces.
 */
final class Xml {

  private Xml() {}

  /** {@code s} as element content. */
  static String text(String s) {
    return escape(s, false);
  }

  /** {@code s} as the value of a double-quoted attribute. */
  static String attr(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\'' -> sb.append(attribute ? "&apos;" : "'");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
