package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.extract.ExtractedArticle;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.knowledge.KbActor;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.CorpusActor;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.extract.ActorMention;
import org.sitrep.extract.MentionForm;

/**
 * The corpus step: gives every actor of one call an id that is the same in every article. Inside an article,
 * mentions are grouped by {@link ArticleGrouper}. Across articles, actors are one when they share a knowledge-base
 * entry or a country, or when their names agree letter skeleton for letter skeleton (Kataib/Kataeb Hezbollah,
 * Mustafa al-Kadhimi/Al-Kadhemi) and nothing tells them apart: people need the same surname and the same first name
 * or the same last two names, a different country keeps them apart, and a bare surname joins a full name only when
 * one person in the corpus fits. Ids are knowledge-base ids, lower-case ISO codes for countries ({@code irq}), or a
 * slug of the fullest name. Stateless and thread-safe.
 */
public final class ActorResolver {

  private final CountryTable countries;
  private final KnowledgeBase knowledge;
  private final ArticleGrouper grouper;

  public ActorResolver(CountryTable countries, KnowledgeBase knowledge) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.grouper = new ArticleGrouper(countries);
  }

  /** Resolves the whole corpus; the result is in the order of {@code articles}. */
  public List<ResolvedArticle> resolve(List<ExtractedArticle> articles) {
    return resolve(articles, List.of());
  }

  /**
   * Resolves new articles against actors a corpus already has (a store's, from earlier ingests): an actor that the
   * rules above join to a known one takes its id and name, and a new actor never takes a known id. Known actors
   * take part as if an earlier article had named them by their name; the result holds only {@code articles}.
   */
  public List<ResolvedArticle> resolve(List<ExtractedArticle> articles, List<CorpusActor> known) {
    List<LocalActor> all = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) all.addAll(grouper.group(i, articles.get(i).mentions()));
    int firstKnown = all.size();
    for (CorpusActor k : known) all.add(asLocal(k));
    String[] ids = corpusIds(all, firstKnown, known);
    List<Map<String, Actor>> perArticle = new ArrayList<>();
    List<List<ActorRef>> refs = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      perArticle.add(new LinkedHashMap<>());
      refs.add(new ArrayList<>());
    }
    Map<String, String> names = canonicalNames(all, ids, firstKnown, known);
    Map<String, String> countries = clusterCountries(all, ids);
    for (int k = 0; k < firstKnown; k++) {
      LocalActor la = all.get(k);
      Actor actor = toActor(ids[k], names.get(ids[k]), la);
      if (actor.country() == null && countries.get(ids[k]) != null) actor = actor.withCountry(countries.get(ids[k]));
      perArticle.get(la.article()).merge(actor.id(), actor, ActorResolver::merge);
      for (ActorMention m : la.mentions()) refs.get(la.article()).add(new ActorRef(ids[k], m.text(), m.sentence(), m.begin(), m.end()));
    }
    List<ResolvedArticle> out = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      ExtractedArticle a = articles.get(i);
      List<ActorRef> inOrder = refs.get(i).stream().sorted(java.util.Comparator.comparingInt(ActorRef::begin)).toList();
      out.add(new ResolvedArticle(a.annotated(), List.copyOf(perArticle.get(i).values()), inOrder, a.quotes()));
    }
    return out;
  }

  /**
   * The one country each corpus actor's mentions give, or the knowledge base's: "Abdel Abdul Mehdi", misspelt in one
   * article and so not found in the knowledge base there, is Iraq's prime minister once he is joined to the
   * "Adel Abdul Mahdi" of another. An actor whose mentions give two countries gets none from here.
   */
  private Map<String, String> clusterCountries(List<LocalActor> all, String[] ids) {
    Map<String, String> out = new HashMap<>();
    Set<String> conflicting = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      String c = all.get(i).country();
      if (c == null) c = knowledge.byId(ids[i]).map(KbActor::country).orElse(null);
      if (c == null) continue;
      String before = out.putIfAbsent(ids[i], c);
      if (before != null && !before.equals(c)) conflicting.add(ids[i]);
    }
    out.keySet().removeAll(conflicting);
    return out;
  }

  /** A known actor as a one-mention local actor (article index -1), so the corpus rules can join to it. */
  private LocalActor asLocal(CorpusActor k) {
    String kbId = knowledge.byId(k.id()).isPresent() ? k.id() : null;
    ActorMention byName = new ActorMention(k.name(), MentionForm.NAME, k.kind(), k.country(), k.sector(), k.titles(),
        kbId, null, 0, 0, 0);
    return new LocalActor(-1, List.of(byName));
  }

  private String[] corpusIds(List<LocalActor> all, int firstKnown, List<CorpusActor> known) {
    int n = all.size();
    UnionFind sets = new UnionFind(n);
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Integer first = firstByKey.putIfAbsent(exactKey(all.get(i)), i);
      if (first != null && compatibleCountries(all.get(first), all.get(i))) sets.union(first, i);
    }
    List<Integer> fullPeople = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (all.get(i).kind() == ActorKind.PERSON && NameKeys.personWords(all.get(i).fullestName()).size() >= 2) {
        fullPeople.add(i);
      }
    }
    // Only people with the same surname skeleton can be one; bucketing keeps a store of thousands from going quadratic.
    Map<String, List<Integer>> bySurname = new HashMap<>();
    for (int f : fullPeople) bySurname.computeIfAbsent(surnameSkeleton(all.get(f)), x -> new ArrayList<>()).add(f);
    for (List<Integer> bucket : bySurname.values()) {
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          if (samePerson(all.get(bucket.get(a)), all.get(bucket.get(b)))) sets.union(bucket.get(a), bucket.get(b));
        }
      }
    }
    Map<String, Integer> organisations = new HashMap<>();
    for (int i = 0; i < n; i++) {
      LocalActor la = all.get(i);
      if (la.kbId() != null || la.kind() == ActorKind.PERSON || la.kind() == ActorKind.COUNTRY) continue;
      String skeleton = organisationSkeleton(la);
      if (skeleton == null) continue;
      Integer first = organisations.putIfAbsent(la.kind() + ":" + skeleton, i);
      if (first != null && compatibleCountries(all.get(first), la)) sets.union(first, i);
    }
    // A bare surname joins the one full name that fits. Not a stored one: its identity is settled, and a new
    // full name must not take over an actor that other articles already cite under that id.
    for (int i = 0; i < firstKnown; i++) {
      LocalActor la = all.get(i);
      if (la.kind() != ActorKind.PERSON || la.kbId() != null) continue;
      List<String> w = NameKeys.skeletons(NameKeys.personWords(la.fullestName()));
      if (w.size() != 1) continue;
      Set<Integer> fits = new HashSet<>();
      for (int f : bySurname.getOrDefault(w.get(0), List.of())) {
        if (compatibleCountries(all.get(f), la)) fits.add(sets.find(f));
      }
      if (fits.size() == 1) sets.union(fits.iterator().next(), i);
    }
    return assignIds(all, sets, firstKnown, known);
  }

  private static String surnameSkeleton(LocalActor la) {
    List<String> w = NameKeys.skeletons(NameKeys.personWords(la.fullestName()));
    return w.get(w.size() - 1);
  }

  /** Same surname skeleton, and the same first name or the same last two names; no conflicting country. */
  private static boolean samePerson(LocalActor a, LocalActor b) {
    List<String> x = NameKeys.skeletons(NameKeys.personWords(a.fullestName()));
    List<String> y = NameKeys.skeletons(NameKeys.personWords(b.fullestName()));
    if (!x.get(x.size() - 1).equals(y.get(y.size() - 1)) || !compatibleCountries(a, b)) return false;
    if (a.kbId() != null && b.kbId() != null && !a.kbId().equals(b.kbId())) return false;
    boolean firstNames = x.get(0).equals(y.get(0));
    boolean lastTwo = x.get(x.size() - 2).equals(y.get(y.size() - 2));
    return firstNames || lastTwo;
  }

  private static boolean compatibleCountries(LocalActor a, LocalActor b) {
    return a.country() == null || b.country() == null || a.country().equals(b.country());
  }

  /** The skeleton of an organisation's name, or null when too short to be told apart from others. */
  private @Nullable String organisationSkeleton(LocalActor la) {
    List<String> w = la.kind() == ActorKind.GROUP
        ? ArticleGrouper.collectiveWords(NameKeys.organisationWords(la.fullestName()))
        : ArticleGrouper.organisationKeyWords(la.fullestName(), countries);
    if (w.isEmpty() || w.size() == 1 && w.get(0).length() < 5) return null;
    String prefix = la.kind() == ActorKind.GROUP ? la.country() + ":" : "";
    return prefix + String.join(" ", NameKeys.skeletons(w));
  }

  private String exactKey(LocalActor la) {
    if (la.kbId() != null) return "kb:" + la.kbId();
    if (la.kind() == ActorKind.COUNTRY && la.country() != null) return "country:" + la.country();
    return grouper.key(la.mentions().stream()
        .filter(m -> m.text().equals(la.fullestName())).findFirst().orElse(la.mentions().get(0)));
  }

  private static String[] assignIds(List<LocalActor> all, UnionFind sets, int firstKnown, List<CorpusActor> known) {
    Map<Integer, String> byRoot = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    // A known actor keeps its id, and the first known actor of a set names the whole set.
    for (int i = firstKnown; i < all.size(); i++) {
      String id = known.get(i - firstKnown).id();
      taken.add(id);
      byRoot.putIfAbsent(sets.find(i), id);
    }
    Map<Integer, List<LocalActor>> members = new LinkedHashMap<>();
    for (int i = 0; i < firstKnown; i++) members.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(all.get(i));
    for (var e : members.entrySet()) {
      if (byRoot.containsKey(e.getKey())) continue;
      String id = preferredId(e.getValue());
      String unique = id;
      for (int k = 2; !taken.add(unique); k++) unique = id + "-" + k;
      byRoot.put(e.getKey(), unique);
    }
    String[] ids = new String[all.size()];
    for (int i = 0; i < all.size(); i++) ids[i] = byRoot.get(sets.find(i));
    return ids;
  }

  private static String preferredId(List<LocalActor> cluster) {
    for (LocalActor la : cluster) if (la.kbId() != null) return la.kbId();
    for (LocalActor la : cluster) {
      if (la.kind() == ActorKind.COUNTRY && la.country() != null) return la.country().toLowerCase(Locale.ROOT);
    }
    String name = fullest(cluster);
    ActorKind kind = cluster.get(0).kind();
    List<String> words = kind == ActorKind.PERSON ? NameKeys.personWords(name)
        : kind == ActorKind.GROUP ? ArticleGrouper.collectiveWords(NameKeys.words(name))
        : NameKeys.words(name.replaceFirst("(?i)^(the|a|an)\\s+", ""));
    return words.isEmpty() ? "actor" : String.join("-", words);
  }

  private static String fullest(List<LocalActor> cluster) {
    String best = cluster.get(0).fullestName();
    for (LocalActor la : cluster) {
      String n = la.fullestName();
      if (NameKeys.words(n).size() > NameKeys.words(best).size()) best = n;
    }
    return best;
  }

  /** The name shown for each id: the knowledge base's, the country table's, or the fullest name used. */
  private Map<String, String> canonicalNames(List<LocalActor> all, String[] ids, int firstKnown, List<CorpusActor> known) {
    Map<String, List<LocalActor>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < firstKnown; i++) clusters.computeIfAbsent(ids[i], k -> new ArrayList<>()).add(all.get(i));
    Map<String, String> names = new HashMap<>();
    // The corpus has already named its known actors; an article does not rename them.
    for (CorpusActor k : known) names.putIfAbsent(k.id(), k.name());
    for (var e : clusters.entrySet()) {
      if (names.containsKey(e.getKey())) continue;
      LocalActor first = e.getValue().get(0);
      String name = null;
      String kb = first.kbId();
      if (kb != null) name = knowledge.byId(kb).map(KbActor::name).orElse(null);
      if (name == null && first.kind() == ActorKind.COUNTRY && first.country() != null) {
        name = countries.byCode(first.country()).map(c -> c.name()).orElse(null);
      }
      names.put(e.getKey(), name != null ? name : fullest(e.getValue()));
    }
    return names;
  }

  private static Actor toActor(String id, String name, LocalActor la) {
    return new Actor(id, name, la.kind(), la.country(), la.sector(), la.titles(), la.surfaces());
  }

  private static Actor merge(Actor a, Actor b) {
    Set<String> titles = new LinkedHashSet<>(a.titles());
    titles.addAll(b.titles());
    Set<String> mentions = new LinkedHashSet<>(a.mentions());
    mentions.addAll(b.mentions());
    return new Actor(a.id(), a.name(), a.kind(), a.country() != null ? a.country() : b.country(),
        a.sector() != null ? a.sector() : b.sector(), List.copyOf(titles), List.copyOf(mentions));
  }
}
