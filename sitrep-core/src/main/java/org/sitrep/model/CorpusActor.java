package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One actor of a whole corpus: every spelling the articles use for it, its titles, and how many articles name it.
 */
public record CorpusActor(
    String id,
    String name,
    ActorKind kind,
    @Nullable String country,
    @Nullable String sector,
    List<String> titles,
    List<String> spellings,
    int articles) {

  public CorpusActor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    titles = List.copyOf(titles);
    spellings = List.copyOf(spellings);
  }

  /** Gathers the actors of analysed articles by id, most-cited first, then by name. */
  public static List<CorpusActor> of(List<ArticleAnalysis> analyses) {
    java.util.Map<String, CorpusActor> byId = new java.util.LinkedHashMap<>();
    for (ArticleAnalysis a : analyses) {
      for (Actor x : a.actors()) {
        CorpusActor one = new CorpusActor(x.id(), x.name(), x.kind(), x.country(), x.sector(), x.titles(), x.mentions(), 1);
        byId.merge(x.id(), one, CorpusActor::plus);
      }
    }
    return byId.values().stream()
        .sorted(java.util.Comparator.comparingInt(CorpusActor::articles).reversed().thenComparing(CorpusActor::name))
        .toList();
  }

  private CorpusActor plus(CorpusActor o) {
    java.util.Set<String> t = new java.util.LinkedHashSet<>(titles);
    t.addAll(o.titles);
    java.util.Set<String> s = new java.util.LinkedHashSet<>(spellings);
    s.addAll(o.spellings);
    return new CorpusActor(id, name, kind, country != null ? country : o.country, sector != null ? sector : o.sector,
        List.copyOf(t), List.copyOf(s), articles + o.articles);
  }
}
