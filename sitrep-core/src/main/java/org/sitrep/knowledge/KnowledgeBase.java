package org.sitrep.knowledge;


import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Known actors, looked up by id or by any spelling news uses for them. Lookup ignores case, accents, curly versus
 * straight apostrophes, dots, hyphens versus spaces, a leading "the", a trailing possessive "'s" and the Arabic
 * article "al-" between two other words. An all-caps alias of at most five letters ("KH", "PMF", "IS") matches only
 * text in capitals, and an alias marked {@code !} ("!Amnesty") only text that starts with a capital letter. The format of the text files is described in {@code docs/knowledge-base.md}. Instances are
 * immutable and safe to share between threads.
 */
public final class KnowledgeBase {

  /** Name of the bundled knowledge base, relative to this class's package. */
  public static final String RESOURCE = "knowledge-base.txt";

  private static final KnowledgeBase EMPTY = new KnowledgeBase(List.of());

  /** One way of naming an actor, and how text must be written to match it. */
  private record Form(KbActor actor, SurfaceForms.Casing casing, String spelling) {}

  private final List<KbActor> all;
  private final Map<String, KbActor> byId;
  private final Map<String, List<Form>> index;

  private KnowledgeBase(List<KbActor> actors) {
    Map<String, KbActor> byId = new LinkedHashMap<>();
    Map<String, List<Form>> index = new HashMap<>();
    for (KbActor actor : actors) {
      if (byId.putIfAbsent(actor.id(), actor) != null) {
        throw new IllegalArgumentException("duplicate actor id '" + actor.id() + "'");
      }
      List<String> forms = new ArrayList<>(actor.aliases());
      forms.add(0, actor.name());
      for (String form : forms) {
        String key = SurfaceForms.key(SurfaceForms.spelling(form));
        if (!key.isEmpty()) {
          index.computeIfAbsent(key, k -> new ArrayList<>()).add(new Form(actor, SurfaceForms.casing(form), SurfaceForms.spelling(form)));
        }
      }
    }
    this.all = List.copyOf(byId.values());
    this.byId = Map.copyOf(byId);
    index.replaceAll((key, forms) -> List.copyOf(forms));
    this.index = Map.copyOf(index);
  }

  /**
   * Builds a knowledge base from actors, in the order given.
   *
   * @throws IllegalArgumentException if two actors share an id
   */
  public static KnowledgeBase of(Collection<KbActor> actors) {
    return actors.isEmpty() ? EMPTY : new KnowledgeBase(List.copyOf(actors));
  }

  /** A knowledge base without actors. */
  public static KnowledgeBase empty() {
    return EMPTY;
  }

  /**
   * Parses the knowledge base bundled with sitrep. Parses afresh on each call, so callers should keep the instance.
   *
   * @throws IllegalStateException if the resource is missing or malformed; the message names the line
   */
  public static KnowledgeBase loadDefault() {
    return BundledResource.parse(RESOURCE, KnowledgeBase::parse);
  }


  /**
   * Parses text in the knowledge-base format. Does not close {@code in}.
   *
   * @param source names the text in error messages, which read {@code source:line: problem}
   * @throws IllegalArgumentException at the first unknown key, bad value, malformed role or date, or duplicate id
   * @throws UncheckedIOException if reading fails
   */
  public static KnowledgeBase parse(Reader in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return of(KnowledgeBaseReader.read(in, source));
  }

  /**
   * This knowledge base with {@code other}'s actors added. An actor of {@code other} replaces this one's actor with
   * the same id, in its place; the others follow in {@code other}'s order. Neither input changes.
   */
  public KnowledgeBase merge(KnowledgeBase other) {
    if (other.all.isEmpty()) {
      return this;
    }
    Map<String, KbActor> merged = new LinkedHashMap<>();
    all.forEach(actor -> merged.put(actor.id(), actor));
    other.all.forEach(actor -> merged.put(actor.id(), actor));
    return new KnowledgeBase(List.copyOf(merged.values()));
  }

  /** The actor with this id, if any. */
  public Optional<KbActor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Every actor one of whose names matches the surface form, in knowledge-base order; empty if none. The text as
   * written is tried first and, only if nothing matches, the text without a trailing possessive "'s". More than
   * one actor means the form is ambiguous; the caller decides.
   */
  public List<KbActor> lookup(String surface) {
    for (String variant : SurfaceForms.variants(surface)) {
      List<Form> forms = index.getOrDefault(SurfaceForms.key(variant), List.of());
      if (forms.isEmpty()) {
        continue;
      }
      Set<KbActor> hits = new LinkedHashSet<>();
      for (Form form : forms) {
        if (SurfaceForms.accepts(form.casing(), variant, form.spelling())) {
          hits.add(form.actor());
        }
      }
      if (!hits.isEmpty()) {
        return List.copyOf(hits);
      }
    }
    return List.of();
  }

  /** Every actor, in the order read; unmodifiable. */
  public List<KbActor> all() {
    return all;
  }

  /** The number of actors. */
  public int size() {
    return all.size();
  }

  @Override
  public String toString() {
    return "KnowledgeBase[" + all.size() + " actors]";
  }
}
