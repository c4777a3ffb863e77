package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.extract.ActorMention;
import org.sitrep.extract.ExtractedArticle;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ArticleAnalysis;

/**
 * The corpus step: gives every actor mention of one call an id that is the same in every article. Countries get
 * their lower-case ISO alpha-3 code ({@code irq}); other actors a slug of their fullest name. Inside an article, a
 * person named by a surname or a shorter form ("Hussein", "al-Kadhimi") joins the one person whose fuller name
 * ends with it; across articles, such a short form joins the one person in the corpus whose name ends with it.
 * A first cut: spelling variants and roles are not used yet. Stateless and thread-safe.
 */
public final class ActorResolver {

  private final CountryTable countries;

  public ActorResolver(CountryTable countries) {
    this.countries = Objects.requireNonNull(countries, "countries");
  }

  /** Resolves the whole corpus; the result is in the order of {@code articles}. */
  public List<ArticleAnalysis> resolve(List<ExtractedArticle> articles) {
    List<List<LocalActor>> local = articles.stream().map(a -> group(a.mentions())).toList();
    Map<String, Set<String>> fullNamesByEnding = endingIndex(local);
    List<ArticleAnalysis> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      ExtractedArticle a = articles.get(i);
      List<Actor> actors = new ArrayList<>();
      Map<String, Actor> byId = new LinkedHashMap<>();
      for (LocalActor la : local.get(i)) {
        Actor actor = la.toActor(corpusId(la, fullNamesByEnding));
        byId.merge(actor.id(), actor, ActorResolver::mergeActors);
      }
      actors.addAll(byId.values());
      out.add(new ArticleAnalysis(a.annotated().article(), a.annotated().sentences().size(),
          a.annotated().tokenCount(), actors, a.quotes(), List.of(), List.of()));
    }
    return out;
  }

  /** One article's mentions grouped into actors. */
  private List<LocalActor> group(List<ActorMention> mentions) {
    Map<String, LocalActor> byKey = new LinkedHashMap<>();
    for (ActorMention m : mentions) {
      String key = m.kind() == ActorKind.COUNTRY && m.country() != null ? "#" + m.country() : ActorNames.key(m.text());
      if (key.isEmpty()) continue;
      byKey.computeIfAbsent(key, k -> new LocalActor()).add(m);
    }
    // A shorter person name joins the single fuller name that ends with it.
    List<LocalActor> persons = byKey.values().stream().filter(a -> a.kind() == ActorKind.PERSON).toList();
    for (LocalActor shorter : persons) {
      String[] w = ActorNames.words(shorter.name());
      List<LocalActor> fuller = persons.stream()
          .filter(o -> o != shorter && !o.mergedInto() && endsWith(ActorNames.words(o.name()), w))
          .toList();
      if (fuller.size() == 1) shorter.mergeInto(fuller.get(0));
    }
    return byKey.values().stream().filter(a -> !a.mergedInto()).toList();
  }

  /** Every shorter ending of every multi-word person name in the corpus ("kadhimi", "al kadhimi"), to its ids. */
  private static Map<String, Set<String>> endingIndex(List<List<LocalActor>> local) {
    Map<String, Set<String>> index = new HashMap<>();
    for (List<LocalActor> article : local) {
      for (LocalActor a : article) {
        String[] w = ActorNames.words(a.name());
        if (a.kind() != ActorKind.PERSON) continue;
        for (int k = 1; k < w.length; k++) {
          String ending = String.join(" ", Arrays.copyOfRange(w, k, w.length));
          index.computeIfAbsent(ending, x -> new LinkedHashSet<>()).add(ActorNames.slug(a.name()));
        }
      }
    }
    return index;
  }

  private String corpusId(LocalActor a, Map<String, Set<String>> fullNamesByEnding) {
    if (a.kind() == ActorKind.COUNTRY && a.country() != null) return a.country().toLowerCase(java.util.Locale.ROOT);
    if (a.kind() == ActorKind.PERSON) {
      Set<String> fuller = fullNamesByEnding.getOrDefault(String.join(" ", ActorNames.words(a.name())), Set.of());
      if (fuller.size() == 1) return fuller.iterator().next();
    }
    return ActorNames.slug(a.name());
  }

  private static boolean endsWith(String[] longer, String[] shorter) {
    if (shorter.length == 0 || shorter.length >= longer.length) return false;
    return Arrays.equals(Arrays.copyOfRange(longer, longer.length - shorter.length, longer.length), shorter);
  }

  private static Actor mergeActors(Actor a, Actor b) {
    Set<String> titles = new LinkedHashSet<>(a.titles());
    titles.addAll(b.titles());
    Set<String> mentions = new LinkedHashSet<>(a.mentions());
    mentions.addAll(b.mentions());
    String name = b.name().length() > a.name().length() ? b.name() : a.name();
    return new Actor(a.id(), name, a.kind(), a.country() != null ? a.country() : b.country(),
        a.sector() != null ? a.sector() : b.sector(), List.copyOf(titles), List.copyOf(mentions));
  }

  /** Mentions of one actor inside one article, gathered while grouping. */
  private final class LocalActor {
    private final List<ActorMention> mentions = new ArrayList<>();
    private @Nullable LocalActor target;

    void add(ActorMention m) {
      mentions.add(m);
    }

    void mergeInto(LocalActor other) {
      other.mentions.addAll(mentions);
      target = other;
    }

    boolean mergedInto() {
      return target != null;
    }

    ActorKind kind() {
      return mentions.get(0).kind();
    }

    @Nullable String country() {
      return mentions.stream().map(ActorMention::country).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The fullest form used: the longest mention, or the table's name for a country. */
    String name() {
      if (kind() == ActorKind.COUNTRY && country() != null) {
        return countries.byCode(Objects.requireNonNull(country())).map(c -> c.name()).orElse(mentions.get(0).text());
      }
      String best = mentions.get(0).text();
      for (ActorMention m : mentions) if (ActorNames.key(m.text()).length() > ActorNames.key(best).length()) best = m.text();
      return best;
    }

    Actor toActor(String id) {
      Set<String> titles = new LinkedHashSet<>();
      Set<String> surface = new LinkedHashSet<>();
      for (ActorMention m : mentions) {
        titles.addAll(m.titles());
        surface.add(m.text());
      }
      return new Actor(id, name(), kind(), country(), null, List.copyOf(titles), List.copyOf(surface));
    }
  }
}
