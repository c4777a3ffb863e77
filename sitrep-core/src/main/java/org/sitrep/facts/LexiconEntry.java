package org.sitrep.facts;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;

/**
 * One trigger of the PLOVER lexicon: a verb or noun lemma with optional conditions, and the event type (and PLOVER
 * mode, or null) it signals. Conditions are sets of lower-case lemmas; an empty set means "no condition".
 *
 * @param particle the phrasal-verb particle that must be present ("pull out"), or null
 * @param objects lemmas one of which must head the direct object (or passive subject) of a verb
 * @param preps prepositions one of which must introduce an oblique ("fire at") or noun modifier ("attack on")
 * @param modifiers lemmas one of which must be a compound or adjective on a noun ("hunger strike")
 */
public record LexiconEntry(
    EventType type,
    @Nullable String mode,
    boolean noun,
    String lemma,
    @Nullable String particle,
    Set<String> objects,
    Set<String> preps,
    Set<String> modifiers) {

  public LexiconEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(lemma, "lemma");
    objects = Set.copyOf(objects);
    preps = Set.copyOf(preps);
    modifiers = Set.copyOf(modifiers);
  }

  /** How many conditions this entry states; a more specific entry wins over a less specific one. */
  public int specificity() {
    return (particle == null ? 0 : 1) + (objects.isEmpty() ? 0 : 1) + (preps.isEmpty() ? 0 : 1)
        + (modifiers.isEmpty() ? 0 : 1);
  }
}
