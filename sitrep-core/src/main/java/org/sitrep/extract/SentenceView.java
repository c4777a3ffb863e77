package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Read access to one sentence for the mention finders: tokens by index, the body text they span, and which tokens
 * are the grammatical subject of a verb. Also records which tokens a finder has already claimed, so that later
 * finders do not name the same words twice; one view per sentence and finder run, never shared between threads.
 */
final class SentenceView {

  final Sentence sentence;
  final String body;
  private final boolean[] claimed;
  private final List<List<Dependency>> governors;

  SentenceView(Sentence sentence, String body) {
    this.sentence = sentence;
    this.body = body;
    this.claimed = new boolean[sentence.tokens().size()];
    this.governors = new ArrayList<>();
    for (int i = 0; i < claimed.length; i++) governors.add(new ArrayList<>());
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < claimed.length) governors.get(d.dependent()).add(d);
    }
  }

  int size() {
    return claimed.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String word(int i) {
    return token(i).word();
  }

  String lower(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return token(i).pos();
  }

  String ner(int i) {
    return token(i).ner();
  }

  /** The body text from token {@code from} to token {@code to} (exclusive), as written. */
  String text(int from, int to) {
    // Hard-wrapped text breaks names over lines; a name is written with single spaces.
    return body.substring(token(from).begin(), token(to - 1).end()).replaceAll("\\s+", " ");
  }

  /** Tokens {@code from..to} (exclusive) as an entity span of {@code type}, with its text as written. */
  EntityMention span(String type, int from, int to) {
    return new EntityMention(text(from, to), type, sentence.index(), from, to, token(from).begin(), token(to - 1).end());
  }

  boolean claimed(int from, int to) {
    for (int i = from; i < to; i++) if (claimed[i]) return true;
    return false;
  }

  void claim(int from, int to) {
    for (int i = from; i < to; i++) claimed[i] = true;
  }

  /** The verb token whose subject token {@code i} is, or -1: "Washington warned", "Kadhimi said". */
  int verbOfSubject(int i) {
    for (Dependency d : governors.get(i)) {
      if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && d.governor() >= 0
          && pos(d.governor()).startsWith("VB")) {
        return d.governor();
      }
    }
    // The parser sometimes misses the subject of a verb that follows the name directly.
    return i + 1 < size() && pos(i + 1).matches("VB[DZP]") ? i + 1 : -1;
  }

  boolean isCapitalized(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }
}
