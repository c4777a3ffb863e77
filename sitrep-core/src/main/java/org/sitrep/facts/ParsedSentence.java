package org.sitrep.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * A sentence with its dependency graph indexed both ways and each token tied to the resolved actor whose mention
 * covers it. Built per sentence and discarded; immutable after construction.
 */
final class ParsedSentence {

  /** Modifiers that stay inside the noun phrase naming an actor ("the US embassy", "Kadhimi's office"). */
  private static final Set<String> NP_INNER = Set.of("compound", "amod", "nmod:poss", "flat", "appos", "nmod:of",
      "det:poss", "nmod:from", "nmod:for", "nmod:by", "nmod:in", "nummod", "acl", "nmod:with", "nmod:to",
      "nmod:against", "nmod:on", "obl:as");

  final Sentence sentence;
  private final List<List<Dependency>> out;
  private final List<List<Dependency>> in;
  private final @Nullable String[] actorAt;
  private final Map<String, Actor> actors;

  ParsedSentence(Sentence sentence, List<ActorRef> refs, Map<String, Actor> actors) {
    this.sentence = sentence;
    this.actors = actors;
    int n = sentence.tokens().size();
    out = new ArrayList<>(n);
    in = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() >= n || d.governor() >= n) continue;
      in.get(d.dependent()).add(d);
      if (d.governor() >= 0) out.get(d.governor()).add(d);
    }
    // A token belongs to the longest mention covering it: "embassy" in "the US embassy" names the embassy, not the US.
    actorAt = new String[n];
    int[] best = new int[n];
    for (ActorRef r : refs) {
      if (r.sentence() != sentence.index()) continue;
      for (int i = 0; i < n; i++) {
        Token t = sentence.tokens().get(i);
        if (t.begin() >= r.begin() && t.end() <= r.end() && r.end() - r.begin() > best[i]) {
          best[i] = r.end() - r.begin();
          actorAt[i] = r.actorId();
        }
      }
    }
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String lemma(int i) {
    return token(i).lemma().toLowerCase(Locale.ROOT);
  }

  String word(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  String pos(int i) {
    return token(i).pos();
  }

  boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  boolean isNoun(int i) {
    return pos(i).startsWith("NN");
  }

  List<Dependency> children(int i) {
    return out.get(i);
  }

  List<Dependency> governors(int i) {
    return in.get(i);
  }

  /** Children of {@code i} by relation name, or by prefix when {@code relation} ends with ':'. */
  List<Integer> children(int i, String relation) {
    List<Integer> r = new ArrayList<>();
    for (Dependency d : out.get(i)) {
      if (relation.endsWith(":") ? d.relation().startsWith(relation) : d.relation().equals(relation)) {
        r.add(d.dependent());
      }
    }
    return r;
  }

  boolean hasChild(int i, String relation) {
    return !children(i, relation).isEmpty();
  }

  /** Whether clause {@code i} is introduced by one of {@code words} ("on" in "called on X to ..."). */
  boolean markedBy(int i, Set<String> words) {
    return children(i, "mark").stream().anyMatch(m -> words.contains(word(m)));
  }

  /**
   * The dependencies below {@code roots}, level by level, at most {@code depth} levels: the first level holds the
   * roots' own dependencies, the next those of their dependents, and so on.
   */
  List<List<Dependency>> levelsBelow(Collection<Integer> roots, int depth) {
    List<List<Dependency>> levels = new ArrayList<>();
    List<Integer> frontier = new ArrayList<>(roots);
    for (int k = 0; k < depth && !frontier.isEmpty(); k++) {
      List<Dependency> level = new ArrayList<>();
      for (int t : frontier) level.addAll(out.get(t));
      levels.add(level);
      frontier = level.stream().map(Dependency::dependent).toList();
    }
    return levels;
  }

  /** The main governing dependency of {@code i}: the first that is not a conjunction, else the first; or null. */
  @Nullable Dependency head(int i) {
    Dependency first = null;
    for (Dependency d : in.get(i)) {
      if (d.governor() < 0) return d;
      if (first == null) first = d;
      if (!d.relation().startsWith("conj") && !d.relation().equals("ref")) return d;
    }
    return first;
  }

  /** The actor whose mention covers token {@code i}, or null. */
  @Nullable String actorAt(int i) {
    return i >= 0 && i < actorAt.length ? actorAt[i] : null;
  }

  @Nullable Actor actor(String id) {
    return actors.get(id);
  }

  /** Every actor of the article this sentence is in. */
  java.util.Collection<Actor> articleActors() {
    return actors.values();
  }

  /**
   * The actor a noun phrase headed by {@code i} names: the mention covering the head, else the first actor found among
   * its inner modifiers, breadth first ("Iraqi officials' demand" names the officials). Null when none.
   */
  @Nullable String actorOfPhrase(int i) {
    String direct = actorAt(i);
    if (direct != null) return direct;
    List<Integer> frontier = List.of(i);
    for (int depth = 0; depth < 3; depth++) {
      List<Integer> next = new ArrayList<>();
      for (int t : frontier) {
        for (Dependency d : out.get(t)) {
          // "the opposition newspaper La Prensa": the parser may hang the name on its noun as a bare "dep"
          boolean namedDep = d.relation().equals("dep") && pos(d.dependent()).startsWith("NNP");
          if (!NP_INNER.contains(d.relation()) && !namedDep) continue;
          String a = actorAt(d.dependent());
          if (a != null && !isPlace(a)) return a;
          next.add(d.dependent());
        }
      }
      frontier = next;
    }
    return null;
  }

  /** Actors named by the phrases headed by {@code heads}, in order, without repeats. */
  List<String> actorsOf(Collection<Integer> heads) {
    Set<String> r = new LinkedHashSet<>();
    for (int h : heads) {
      String a = actorOfPhrase(h);
      if (a != null) r.add(a);
    }
    return new ArrayList<>(r);
  }

  boolean isPerson(String actorId) {
    Actor a = actors.get(actorId);
    return a != null && a.kind() == ActorKind.PERSON;
  }

  boolean isPlace(String actorId) {
    Actor a = actors.get(actorId);
    return a != null && a.kind() == ActorKind.LOCATION;
  }

  /** Whether {@code i} carries a negation: "not", "never", "n't", or "no" on it. */
  boolean negated(int i) {
    for (Dependency d : out.get(i)) {
      String w = word(d.dependent());
      if ((d.relation().equals("advmod") || d.relation().equals("neg") || d.relation().equals("det"))
          && (w.equals("not") || w.equals("n't") || w.equals("never") || w.equals("no"))) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case auxiliaries and markers of {@code i} ("will", "would", "must", "if", "to"). */
  Set<String> auxAndMarks(int i) {
    Set<String> r = new LinkedHashSet<>();
    for (Dependency d : out.get(i)) {
      if (d.relation().equals("aux") || d.relation().equals("mark") || d.relation().equals("aux:pass")) {
        r.add(word(d.dependent()));
      }
    }
    return r;
  }

  boolean passive(int i) {
    return hasChild(i, "nsubj:pass") || hasChild(i, "aux:pass") || hasChild(i, "obl:agent");
  }
}
