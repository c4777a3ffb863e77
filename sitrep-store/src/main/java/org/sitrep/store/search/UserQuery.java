package org.sitrep.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * A user's search text turned into a Lucene query, plus the analysed terms to bracket in snippets.
 *
 * <p>The syntax is deliberately small: plain words (each optional, so BM25 ranks sentences matching more of them
 * higher), {@code "quoted phrases"} (exact word order, stop-word gaps kept) and a leading {@code -} to exclude a word
 * or phrase. Everything else is text: the query is assembled from the analyser's tokens, never by a query parser, so
 * Lucene's operators ({@code : ( ) * ? / AND ~ ^}) have no meaning and cannot make a search fail. A word the analyser
 * splits in several tokens ({@code covid-19}, {@code U.S.-led}) becomes a phrase of those tokens; an unbalanced quote
 * runs to the end of the text.
 *
 * @param query the query to run; has at least one positive clause
 * @param terms the analysed forms of the positive words and phrases, for highlighting
 */
record UserQuery(Query query, Set<String> terms) {

  /**
   * Caps the number of terms taken from one search text, so that a pasted page cannot exceed Lucene's clause limit
   * ({@link org.apache.lucene.search.IndexSearcher#getMaxClauseCount()}, 1024 by default); later words are ignored.
   */
  static final int MAX_TERMS = 256;

  /** A phrase or word as written: its analysed tokens and whether it was excluded. */
  private record Part(String text, boolean excluded) {}

  /**
   * Builds the query for {@code text} on {@code field}, or returns null when nothing searchable is left (blank text,
   * only stop words or punctuation, or only excluded words).
   */
  static @Nullable UserQuery parse(String text, Analyzer analyzer, String field) {
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    Set<String> terms = new LinkedHashSet<>();
    int budget = MAX_TERMS;
    boolean positive = false;
    for (Part part : split(text)) {
      List<Token> tokens = analyse(analyzer, field, part.text());
      if (tokens.isEmpty()) continue;
      if (tokens.size() > budget) tokens = tokens.subList(0, budget);
      budget -= tokens.size();
      bool.add(toQuery(field, tokens), part.excluded() ? Occur.MUST_NOT : Occur.SHOULD);
      if (!part.excluded()) {
        positive = true;
        for (Token t : tokens) terms.add(t.term());
      }
      if (budget == 0) break;
    }
    return positive ? new UserQuery(bool.build(), Set.copyOf(terms)) : null;
  }

  /** Splits the search text into words and quoted phrases, each with its exclusion mark. */
  private static List<Part> split(String text) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean excluded = false;
      if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1))) {
        excluded = true;
        c = text.charAt(++i);
      }
      int end;
      if (c == '"') {
        int close = text.indexOf('"', i + 1);
        end = close < 0 ? n : close;
        parts.add(new Part(text.substring(i + 1, end), excluded));
        i = end + 1;
      } else {
        end = i;
        while (end < n && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') end++;
        parts.add(new Part(text.substring(i, end), excluded));
        i = end;
      }
    }
    return parts;
  }

  /** An analysed token and its position relative to the first token of its part. */
  private record Token(String term, int position) {}

  private static List<Token> analyse(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      int first = -1;
      while (ts.incrementToken()) {
        position += inc.getPositionIncrement();
        if (first < 0) first = position;
        tokens.add(new Token(term.toString(), position - first));
      }
      ts.end();
    } catch (IOException e) {
      // Analysing a String reads no I/O; this cannot happen.
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static Query toQuery(String field, List<Token> tokens) {
    if (tokens.size() == 1) return new TermQuery(new Term(field, tokens.get(0).term()));
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (Token t : tokens) phrase.add(new Term(field, t.term()), t.position());
    return phrase.build();
  }
}
