package org.sitrep.model;

import java.util.List;

/**
 * One sentence of an article body: its 0-based {@code index}, character offsets into the body, its text
 * (exactly {@code body.substring(begin, end)}), tokens, named-entity mentions, time expressions and
 * dependency parse.
 */
public record Sentence(
    int index,
    int begin,
    int end,
    String text,
    List<Token> tokens,
    List<EntityMention> entities,
    List<Timex> timexes,
    List<Dependency> dependencies) {

  public Sentence {
    if (index < 0) throw new IllegalArgumentException("index < 0: " + index);
    if (begin < 0 || end < begin) throw new IllegalArgumentException("bad offsets " + begin + ".." + end);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    dependencies = List.copyOf(dependencies);
  }
}
