package org.sitrep.extract;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ActorKind;

/**
 * One place where an article names an actor, before resolution: the words used, how they name it ({@code form}),
 * what kind of actor it is, the country (ISO alpha-3 or IGO) and sector the text or the knowledge base ties it to,
 * titles found beside it ("Foreign Minister"), the knowledge-base id when the name is known there, the text of a
 * name it is declared equal to ("Popular Mobilization Forces (PMF)" gives PMF {@code sameAs} the full name), and where
 * it is (sentence index, body character offsets).
 */
public record ActorMention(
    String text,
    MentionForm form,
    ActorKind kind,
    @Nullable String country,
    @Nullable String sector,
    List<String> titles,
    @Nullable String kbId,
    @Nullable String sameAs,
    int sentence,
    int begin,
    int end) {

  public ActorMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(kind, "kind");
    titles = List.copyOf(titles);
    if (sentence < 0 || begin < 0 || end < begin) throw new IllegalArgumentException("bad position for '" + text + "'");
  }
}
