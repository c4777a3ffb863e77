package org.sitrep.extract;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ActorKind;

/**
 * One place where an article names an actor, before resolution: the words used, what kind of actor they name,
 * the country the text ties it to (ISO alpha-3, or null), titles found beside it ("Foreign Minister"), and where
 * it is (sentence index and body character offsets).
 */
public record ActorMention(
    String text,
    ActorKind kind,
    @Nullable String country,
    List<String> titles,
    int sentence,
    int begin,
    int end) {

  public ActorMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    titles = List.copyOf(titles);
    if (sentence < 0 || begin < 0 || end < begin) throw new IllegalArgumentException("bad position for '" + text + "'");
  }
}
