package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.extract.ActorMention;
import org.sitrep.extract.MentionForm;
import org.sitrep.model.ActorKind;

/** The mentions of one actor inside one article, with what they say about it taken together. Immutable. */
record LocalActor(int article, List<ActorMention> mentions) {

  LocalActor {
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) throw new IllegalArgumentException("an actor needs a mention");
  }

  /** The knowledge-base id most of its mentions carry, or null. */
  @Nullable String kbId() {
    return mostCommon(mentions.stream().map(ActorMention::kbId).filter(Objects::nonNull).toList());
  }

  ActorKind kind() {
    ActorKind fromKb = mentions.stream().filter(m -> m.kbId() != null).map(ActorMention::kind).findFirst().orElse(null);
    if (fromKb != null) return fromKb;
    if (mentions.stream().anyMatch(m -> m.kind() == ActorKind.COUNTRY)) return ActorKind.COUNTRY;
    ActorKind named = mostCommon(mentions.stream().filter(m -> m.form() == MentionForm.NAME).map(ActorMention::kind).toList());
    return named != null ? named : Objects.requireNonNull(mostCommon(mentions.stream().map(ActorMention::kind).toList()));
  }

  @Nullable String country() {
    return mostCommon(mentions.stream().map(ActorMention::country).filter(Objects::nonNull).toList());
  }

  @Nullable String sector() {
    String fromKb = mentions.stream().filter(m -> m.kbId() != null).map(ActorMention::sector).filter(Objects::nonNull)
        .findFirst().orElse(null);
    return fromKb != null ? fromKb : mostCommon(mentions.stream().map(ActorMention::sector).filter(Objects::nonNull).toList());
  }

  List<String> titles() {
    Set<String> t = new LinkedHashSet<>();
    mentions.forEach(m -> t.addAll(m.titles()));
    return List.copyOf(t);
  }

  /** Every surface form, in order of first use. */
  List<String> surfaces() {
    Set<String> s = new LinkedHashSet<>();
    mentions.forEach(m -> s.add(m.text()));
    return List.copyOf(s);
  }

  /** The names proper: surface forms that are names, not descriptions, collectives' determiners or acronyms. */
  List<String> names() {
    List<String> n = new ArrayList<>();
    for (ActorMention m : mentions) {
      if ((m.form() == MentionForm.NAME || m.form() == MentionForm.COLLECTIVE) && !n.contains(m.text())) n.add(m.text());
    }
    return n.isEmpty() ? surfaces() : n;
  }

  /** The fullest name: most words, then most letters. */
  String fullestName() {
    String best = names().get(0);
    for (String n : names()) {
      int words = NameKeys.words(n).size();
      int bestWords = NameKeys.words(best).size();
      if (words > bestWords || words == bestWords && n.length() > best.length()) best = n;
    }
    return best;
  }

  private static <T> @Nullable T mostCommon(List<T> xs) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    for (T x : xs) counts.merge(x, 1, Integer::sum);
    return counts.isEmpty() ? null : Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
  }
}
