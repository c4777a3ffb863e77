package org.sitrep.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Dependency;
import org.sitrep.model.Quote;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Gives each quotation its speaker from the structures news uses: "X said", "said X", "X told Y", "according to
 * X", "X was quoted as saying", "the report quoted X as saying", a speech verb with a colon before the quotation,
 * a speaker in the sentence before or after, a run of quotations continued by "he added", pronouns resolved to the
 * nearest fitting actor, and descriptions ("the ministry") through the actor they were resolved to. A quotation
 * whose text names no speaker keeps a null speaker: a wrong speaker is worse than none. Stateless, thread-safe.
 */
final class SpeakerAttributor {

  /** Lemmas of verbs that report speech or a stance expressed in words. */
  static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "state", "warn", "note", "insist", "stress",
      "claim", "declare", "write", "tweet", "announce", "explain", "continue", "reiterate", "urge", "condemn",
      "describe", "accuse", "deny", "confirm", "quote", "cite", "ask", "reply", "respond", "argue", "comment",
      "affirm", "assert", "emphasize", "emphasise", "vow", "pledge", "demand", "threaten", "report", "conclude",
      "remark", "call", "promise", "caution", "acknowledge", "admit", "recall", "suggest", "predict",
      "hail", "welcome", "praise", "criticize", "criticise", "slam", "blast", "dismiss", "reject", "label", "brand",
      "term", "complain", "allege");
  private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "them", "it", "we");

  List<Quote> attribute(ResolvedArticle a) {
    Map<String, Actor> actors = new HashMap<>();
    for (Actor x : a.actors()) actors.put(x.id(), x);
    List<Quote> out = new ArrayList<>();
    Quote previous = null;
    for (Quote q : a.quotes()) {
      if (previous != null && q.begin() >= previous.begin() && q.end() <= previous.end()) {
        // A quotation inside another is said by whoever says the outer one.
        out.add(q.attributed(previous.speaker(), previous.speakerText(), previous.verb(), previous.addressee()));
        continue;
      }
      Quote attributed = attribute(a, q, actors, previous);
      out.add(attributed);
      previous = attributed;
    }
    return out;
  }

  private Quote attribute(ResolvedArticle a, Quote q, Map<String, Actor> actors, @Nullable Quote previous) {
    if (isAName(a, q)) return q; // “Abu Taqwa,”: a name in quotation marks, not words someone said
    List<Sentence> sentences = a.annotated().sentences();
    int host = a.annotated().sentenceAt(Math.max(q.begin(), q.end() - 1));
    Speech s = inSentence(a, sentences.get(host), q, actors, previous);
    if (s == null && host + 1 < sentences.size()) {
      // "... he added." may be split into a sentence of its own after the closing mark.
      Sentence next = sentences.get(host + 1);
      if (opensWithAttribution(next)) s = inSentence(a, next, q, actors, previous);
    }
    int first = a.annotated().sentenceAt(q.begin());
    if (s == null && first != host) s = inSentence(a, sentences.get(first), q, actors, previous);
    if (s == null && first > 0) {
      // "X said:" or a speech verb in the sentence that introduces the quotation.
      Sentence before = sentences.get(first - 1);
      if (before.text().strip().endsWith(":") || !containsQuote(a, before)) s = inSentence(a, before, q, actors, previous);
      if (s == null && before.text().strip().endsWith(":")) s = introducer(a, before, q, actors);
    }
    if (s == null && previous != null && previous.speaker() != null && continuesPrevious(a, previous, q)) {
      // An unattributed quotation right after an attributed one continues that speaker's words: the next
      // paragraph of a statement, or the next sentence quoting the same statement.
      return q.attributed(previous.speaker(), previous.speakerText(), previous.verb(), previous.addressee());
    }
    return s == null ? q : q.attributed(s.speaker, s.speakerText, s.verb, s.addressee);
  }

  private record Speech(@Nullable String speaker, @Nullable String speakerText, @Nullable String verb,
      @Nullable String addressee) {}

  /** The speech act of one sentence, read from its dependency parse, for a quotation inside or next to it. */
  private @Nullable Speech inSentence(ResolvedArticle a, Sentence s, Quote q, Map<String, Actor> actors,
      @Nullable Quote previous) {
    List<Token> tokens = s.tokens();
    // "according to X"
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).word().equalsIgnoreCase("according") && tokens.get(i + 1).word().equalsIgnoreCase("to")
          && outside(tokens.get(i), q)) {
        ActorRef ref = refAtOrAfter(a, s, i + 2);
        if (ref == null && i + 3 < tokens.size() && isDocumentNoun(tokens.get(i + 3))) {
          ref = sourceReport(a, tokens.get(i).begin(), actors);
        }
        if (ref != null) return new Speech(ref.actorId(), ref.text(), "according to", null);
      }
    }
    int verb = speechVerb(s, q);
    if (verb < 0) return null;
    String lemma = tokens.get(verb).lemma().toLowerCase(Locale.ROOT);
    int subject = -1;
    int addressee = -1;
    for (Dependency d : s.dependencies()) {
      if (d.governor() != verb) continue;
      if (SUBJECT_RELATIONS.contains(d.relation()) && subject < 0) subject = d.dependent();
      if ((d.relation().equals("obj") || d.relation().equals("iobj")) && lemma.equals("tell")) addressee = d.dependent();
      // "the report quoted X as saying": X, the object of quote, is the speaker.
      if (d.relation().equals("obj") && lemma.equals("quote")) subject = d.dependent();
    }
    if (lemma.equals("say") && subject < 0) subject = quotedAsSayingSubject(s, verb);
    if (subject < 0) subject = subjectOfGoverningVerb(s, verb);
    ActorRef to = addressee < 0 ? null : refAt(a, s, addressee);
    String verbWord = tokens.get(verb).word();
    String toId = to == null ? null : to.actorId();
    // “...,” X, who ..., said: the actor right after the closing mark speaks, whatever the parse made of the clause.
    ActorRef afterQuote = refRightAfter(a, s, q, actors);
    if (afterQuote != null && tokens.get(verb).begin() > afterQuote.begin()
        && (subject < 0 || refAt(a, s, subject) == null || !isPronoun(tokens.get(subject)))) {
      return new Speech(afterQuote.actorId(), afterQuote.text(), verbWord, toId);
    }
    if (subject < 0) return null;
    if (isPronoun(tokens.get(subject)) && previous != null && previous.speaker() != null
        && continuesPrevious(a, previous, q)) {
      // "he added", "it said": news continues with the speaker of the last quotation.
      return new Speech(previous.speaker(), previous.speakerText(), verbWord, toId);
    }
    ActorRef speaker = refFor(a, s, subject, q, actors);
    if (speaker == null && isDocumentNoun(tokens.get(subject))) {
      if (previous != null && previous.speaker() != null && continuesPrevious(a, previous, q)) {
        // "the statement said": the statement quoted just before, and so its author.
        return new Speech(previous.speaker(), previous.speakerText(), verbWord, toId);
      }
      // "the report said": the outlet whose report the article relays.
      speaker = sourceReport(a, tokens.get(subject).begin(), actors);
    }
    if (speaker == null) return new Speech(null, null, verbWord, toId);
    return new Speech(speaker.actorId(), speaker.text(), verbWord, toId);
  }

  /** "X made a statement to reporters:" — the subject of a sentence that ends in a colon introduces the quotation. */
  private @Nullable Speech introducer(ResolvedArticle a, Sentence s, Quote q, Map<String, Actor> actors) {
    for (Dependency root : s.dependencies()) {
      if (!root.relation().equals("root")) continue;
      for (Dependency d : s.dependencies()) {
        if (d.governor() == root.dependent() && SUBJECT_RELATIONS.contains(d.relation())) {
          ActorRef r = refFor(a, s, d.dependent(), q, actors);
          if (r != null) return new Speech(r.actorId(), r.text(), null, null);
        }
      }
    }
    return null;
  }

  private static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "report", "communique", "communiqué",
      "document", "letter", "post", "tweet", "release", "announcement", "message", "note", "readout", "memo");

  private static boolean isDocumentNoun(Token t) {
    return DOCUMENT_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** The nearest earlier mention of a news organisation: the source of "the report". */
  private static @Nullable ActorRef sourceReport(ResolvedArticle a, int before, Map<String, Actor> actors) {
    ActorRef found = null;
    for (ActorRef r : a.refs()) {
      if (r.begin() >= before) break;
      Actor actor = actors.get(r.actorId());
      if (actor != null && "MED".equals(actor.sector()) && actor.kind() != ActorKind.GROUP) found = r;
    }
    return found;
  }

  private static boolean isPronoun(Token t) {
    return t.pos().startsWith("PRP");
  }

  /**
   * "telling them that ...", "a letter threatening to ...": a participle without a subject speaks for the clause
   * it hangs from; climbs at most three heads up to one that has a subject.
   */
  private static int subjectOfGoverningVerb(Sentence s, int verb) {
    int current = verb;
    for (int hop = 0; hop < 3; hop++) {
      int governor = -1;
      for (Dependency d : s.dependencies()) {
        if (d.dependent() == current && d.governor() >= 0 && !d.relation().startsWith("nsubj")
            && (d.relation().startsWith("advcl") || d.relation().equals("xcomp") || d.relation().startsWith("conj")
            || d.relation().equals("dep") || d.relation().startsWith("acl") || d.relation().equals("obj"))) {
          governor = d.governor();
        }
      }
      if (governor < 0) return -1;
      for (Dependency d : s.dependencies()) {
        if (d.governor() == governor && SUBJECT_RELATIONS.contains(d.relation())) return d.dependent();
      }
      current = governor;
    }
    return -1;
  }

  /** The first actor mentioned within a few tokens after the quotation's closing mark. */
  private static @Nullable ActorRef refRightAfter(ResolvedArticle a, Sentence s, Quote q, Map<String, Actor> actors) {
    List<Token> tokens = s.tokens();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).begin() < q.end()) i++;
    int skipped = 0;
    for (; i < tokens.size() && skipped < 4; i++) {
      Token t = tokens.get(i);
      if (t.pos().matches("[,.:'`\"]+|``|''|-RRB-|-LRB-")) continue;
      ActorRef r = refAt(a, s, i);
      Actor actor = r == null ? null : actors.get(r.actorId());
      if (actor != null && actor.kind() != ActorKind.LOCATION) return r;
      skipped++;
    }
    return null;
  }

  /**
   * The speech verb outside the quotation nearest to it, or -1. A quotation in a sentence without one ("Iraq was
   * caught in 'maximum pressure'") has no speaker that the sentence states.
   */
  private static int speechVerb(Sentence s, Quote q) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      if (!t.pos().startsWith("VB") || !outside(t, q)) continue;
      if (!SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) continue;
      int distance = t.end() <= q.begin() ? q.begin() - t.end() : t.begin() - q.end();
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** "X was quoted as saying": the passive subject of "quoted" governing "saying". */
  private static int quotedAsSayingSubject(Sentence s, int saying) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() != saying) continue;
      int quoted = d.governor();
      if (quoted < 0 || !s.tokens().get(quoted).lemma().equalsIgnoreCase("quote")) continue;
      // Active "the report quoted X as saying": X is the object; passive "X was quoted as saying": the subject.
      for (Dependency e : s.dependencies()) {
        if (e.governor() == quoted && e.relation().equals("obj")) return e.dependent();
      }
      for (Dependency e : s.dependencies()) {
        if (e.governor() == quoted && e.relation().startsWith("nsubj")) return e.dependent();
      }
    }
    return -1;
  }

  /** The actor a subject token names; a pronoun is resolved to the nearest earlier actor of a fitting kind. */
  private @Nullable ActorRef refFor(ResolvedArticle a, Sentence s, int token, Quote q, Map<String, Actor> actors) {
    ActorRef direct = refAt(a, s, token);
    if (direct != null) return direct;
    String word = s.tokens().get(token).word().toLowerCase(Locale.ROOT);
    boolean person = PERSON_PRONOUNS.contains(word);
    boolean group = GROUP_PRONOUNS.contains(word);
    if (!person && !group) return headRef(a, s, token);
    // A pronoun opening a sentence continues its topic: the first fitting actor of the nearest earlier sentence
    // that has one, not the last actor named ("Rouhani paused ... He then met Salih, telling them ...").
    int before = Math.min(s.tokens().get(token).begin(), q.begin());
    int sentence = -1;
    ActorRef found = null;
    for (ActorRef r : a.refs()) {
      if (r.begin() >= before) break;
      Actor actor = actors.get(r.actorId());
      if (actor == null || actor.kind() == ActorKind.LOCATION || person != (actor.kind() == ActorKind.PERSON)) continue;
      if (r.sentence() != sentence) {
        sentence = r.sentence();
        found = r;
      }
    }
    return found;
  }

  /**
   * A subject whose head is not itself a mention ("the spokesman of the ministry", "a joint US-Saudi statement"):
   * the mention inside its phrase.
   */
  private static @Nullable ActorRef headRef(ResolvedArticle a, Sentence s, int token) {
    for (int i = token - 1; i >= 0 && s.tokens().get(i).pos().matches("NN.*|JJ.*|HYPH|CD|POS"); i--) {
      ActorRef r = refAt(a, s, i);
      if (r != null) return r;
    }
    for (Dependency d : s.dependencies()) {
      if (d.governor() == token && (d.relation().startsWith("compound") || d.relation().startsWith("nmod")
          || d.relation().equals("amod"))) {
        ActorRef r = refAt(a, s, d.dependent());
        if (r != null) return r;
      }
    }
    return null;
  }

  private static @Nullable ActorRef refAt(ResolvedArticle a, Sentence s, int token) {
    Token t = s.tokens().get(token);
    ActorRef best = null;
    for (ActorRef r : a.refs()) {
      if (r.sentence() != s.index() || r.begin() > t.begin() || r.end() < t.end()) continue;
      if (best == null || r.end() - r.begin() > best.end() - best.begin()) best = r;
    }
    return best;
  }

  private static @Nullable ActorRef refAtOrAfter(ResolvedArticle a, Sentence s, int token) {
    for (int i = token; i < Math.min(s.tokens().size(), token + 8); i++) {
      ActorRef r = refAt(a, s, i);
      if (r != null) return r;
    }
    return null;
  }

  private static boolean outside(Token t, Quote q) {
    return t.end() <= q.begin() - 1 || t.begin() >= q.end() + 1 || t.end() <= q.begin() || t.begin() >= q.end();
  }

  /** "He added.", "Hussein said on Monday.": a short sentence that opens with its speaker and speech verb. */
  private static boolean opensWithAttribution(Sentence s) {
    List<Token> t = s.tokens();
    for (int i = 0; i < Math.min(6, t.size()); i++) {
      if (t.get(i).pos().startsWith("VB") && SPEECH_VERBS.contains(t.get(i).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The quoted words are themselves the name of an actor of the article. */
  private static boolean isAName(ResolvedArticle a, Quote q) {
    String text = q.text().replaceAll("[\\p{P}\\s]+$", "").strip();
    for (ActorRef r : a.refs()) if (r.begin() >= q.begin() && r.end() <= q.end() && r.text().equals(text)) return true;
    return false;
  }

  private static boolean containsQuote(ResolvedArticle a, Sentence s) {
    for (Quote q : a.quotes()) if (q.begin() < s.end() && q.end() > s.begin()) return true;
    return false;
  }

  /** The quotation follows the previous one closely: within the next two sentences. */
  private static boolean continuesPrevious(ResolvedArticle a, Quote previous, Quote q) {
    int prev = a.annotated().sentenceAt(previous.end());
    int now = a.annotated().sentenceAt(q.begin());
    return now - prev <= 2;
  }
}
