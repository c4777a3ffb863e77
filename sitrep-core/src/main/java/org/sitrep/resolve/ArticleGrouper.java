package org.sitrep.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.ActorMention;
import org.sitrep.extract.MentionForm;
import org.sitrep.knowledge.CountryMatchKind;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.model.ActorKind;

/**
 * Groups one article's mentions into actors: the same name or knowledge-base entry, a bracketed alias and its name,
 * an acronym and the one name whose initials it is ("PMF", "Popular Mobilization Forces"), a shorter or respelled
 * person name and the one fuller name it ends ("Kadhimi", "Mustafa al-Kadhimi"), and a definite description and the
 * nearest earlier actor it describes ("the ministry", "the Foreign Ministry"). Acronyms and descriptions that find
 * nothing are dropped: they name nobody the reader can identify. Stateless.
 */
final class ArticleGrouper {

  private final CountryTable countries;

  ArticleGrouper(CountryTable countries) {
    this.countries = countries;
  }

  /** Title words that a description may use for a fuller title: "the premier" is the prime minister. */
  private static final Set<String> SELF_NAMING_SECTORS = Set.of("COP", "MIL", "OPP", "JUD");
  private static final Map<String, Set<String>> SYNONYMS = Map.of(
      "premier", Set.of("prime", "pm"),
      "pm", Set.of("prime", "premier"),
      "department", Set.of("ministry"),
      "ministry", Set.of("department"),
      "spokesman", Set.of("spokesperson", "spokeswoman"),
      "spokesperson", Set.of("spokesman", "spokeswoman"),
      "spokeswoman", Set.of("spokesperson", "spokesman"));

  List<LocalActor> group(int article, List<ActorMention> mentions) {
    int n = mentions.size();
    UnionFind sets = new UnionFind(n);
    Map<String, Integer> firstByKey = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ActorMention m = mentions.get(i);
      if (m.form() == MentionForm.ACRONYM || m.form() == MentionForm.DESCRIPTION) continue;
      Integer first = firstByKey.putIfAbsent(key(m), i);
      if (first != null) sets.union(first, i);
    }
    // One surface form names one actor within an article, whichever finder saw it.
    Map<String, Integer> firstByText = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ActorMention m = mentions.get(i);
      if (m.form() == MentionForm.DESCRIPTION) continue;
      String text = (m.kind() == ActorKind.PERSON ? "p:" : "o:") + String.join(" ", NameKeys.words(m.text()));
      Integer first = firstByText.putIfAbsent(text, i);
      if (first != null) sets.union(first, i);
    }
    for (int i = 0; i < n; i++) {
      ActorMention m = mentions.get(i);
      if (m.sameAs() == null) continue;
      for (int j = 0; j < n; j++) if (j != i && mentions.get(j).text().equals(m.sameAs())) sets.union(i, j);
    }
    boolean[] dropped = new boolean[n];
    for (int i = 0; i < n; i++) {
      ActorMention m = mentions.get(i);
      boolean acronym = m.form() == MentionForm.ACRONYM
          || m.kind() == ActorKind.ORGANIZATION && m.kbId() == null && MentionForm.looksLikeAcronym(m.text());
      if (!acronym) continue;
      int target = expansionOf(m, mentions, sets);
      if (target >= 0) sets.union(target, i);
      else if (m.form() == MentionForm.ACRONYM) dropped[i] = true; // NER's own acronyms ("AFP") stand alone
    }
    joinShortPersonNames(mentions, sets);
    joinCountryPrefixedOrganisations(mentions, sets);
    for (int i = 0; i < n; i++) {
      ActorMention m = mentions.get(i);
      if (m.form() != MentionForm.DESCRIPTION) continue;
      int target = antecedent(i, mentions, dropped);
      if (target >= 0) sets.union(target, i);
      // "the police", "the opposition", "the army": a body a country has one of is an actor without antecedent.
      else if (!selfNaming(m)) dropped[i] = true;
    }
    Map<Integer, List<ActorMention>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (!dropped[i]) groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(mentions.get(i));
    }
    List<LocalActor> out = new ArrayList<>();
    for (List<ActorMention> g : groups.values()) {
      if (g.stream().allMatch(m -> m.form() == MentionForm.ACRONYM
          || m.form() == MentionForm.DESCRIPTION && !selfNaming(m))) {
        continue;
      }
      out.add(new LocalActor(article, g));
    }
    return out;
  }

  /**
   * Mentions with equal keys name one actor. People compare by name skeleton (one article does not spell one
   * person two ways by chance), collectives by country and words without their determiners.
   */
  String key(ActorMention m) {
    if (m.kbId() != null) return "kb:" + m.kbId();
    if (m.kind() == ActorKind.COUNTRY && m.country() != null) return "country:" + m.country();
    if (m.kind() == ActorKind.PERSON) return "person:" + String.join(" ", NameKeys.skeletons(NameKeys.personWords(m.text())));
    if (m.form() == MentionForm.COLLECTIVE || m.kind() == ActorKind.GROUP) {
      // "US officials" and "Iraqi officials" are different collectives: the country is part of who they are.
      return "group:" + m.country() + ":" + String.join(" ", collectiveWords(NameKeys.organisationWords(m.text())));
    }
    return m.kind().name().toLowerCase(Locale.ROOT) + ":" + String.join(" ", NameKeys.organisationWords(m.text()));
  }

  /** An organisation's words without a leading country or demonym, unless that is all there is. */
  static List<String> organisationKeyWords(String name, CountryTable countries) {
    String[] tokens = name.strip().replaceFirst("(?i)^the\\s+", "").split("\\s+");
    int from = 0;
    // Match the words as written: the table tells "US" from the pronoun "us" by case.
    while (from < tokens.length - 1 && countries.match(tokens[from]).filter(c -> c.kind() != CountryMatchKind.CAPITAL)
        .isPresent()) {
      from++;
    }
    return NameKeys.organisationWords(String.join(" ", java.util.Arrays.asList(tokens).subList(from, tokens.length)));
  }

  /** "two Iraqi officials" and "Iraqi officials" are one collective: determiners and numbers do not count. */
  static List<String> collectiveWords(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (out.isEmpty() && w.matches("the|a|an|one|two|three|four|five|several|some|many|other|few|\\d+")) continue;
      out.add(w);
    }
    return out;
  }

  private static int expansionOf(ActorMention acronym, List<ActorMention> mentions, UnionFind sets) {
    String letters = acronym.text().replace(".", "");
    int found = -1;
    for (int j = 0; j < mentions.size(); j++) {
      ActorMention m = mentions.get(j);
      if (m.form() != MentionForm.NAME || m.kind() == ActorKind.PERSON || m.kind() == ActorKind.LOCATION) continue;
      if (m == acronym || !letters.equals(NameKeys.initials(m.text()))) continue;
      if (found >= 0 && sets.find(found) != sets.find(j)) return -1; // two candidates: ambiguous
      found = j;
    }
    return found;
  }

  /**
   * A person named by fewer words ("Hussein", "al-Kadhimi", "Mr. Rouhani") or respelled ("Kadhemi") joins the single
   * person whose fuller name ends in the same words, compared by skeleton.
   */
  private static void joinShortPersonNames(List<ActorMention> mentions, UnionFind sets) {
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention shorter = mentions.get(i);
      if (shorter.kind() != ActorKind.PERSON || shorter.form() != MentionForm.NAME) continue;
      List<String> sw = NameKeys.skeletons(NameKeys.personWords(shorter.text()));
      if (sw.isEmpty()) continue;
      int found = -1;
      boolean ambiguous = false;
      for (int j = 0; j < mentions.size(); j++) {
        ActorMention longer = mentions.get(j);
        if (j == i || longer.kind() != ActorKind.PERSON || sets.find(i) == sets.find(j)) continue;
        List<String> lw = NameKeys.skeletons(NameKeys.personWords(longer.text()));
        if (lw.size() <= sw.size() || !lw.subList(lw.size() - sw.size(), lw.size()).equals(sw)) continue;
        if (found >= 0 && sets.find(found) != sets.find(j)) ambiguous = true;
        found = j;
      }
      if (found >= 0 && !ambiguous) sets.union(found, i);
    }
  }

  /**
   * "US State Department" and "State Department" are one organisation, but "Iraqi Foreign Ministry" and "Iranian
   * Foreign Ministry" are two: names equal once a leading country is dropped join when their countries agree or one
   * is unknown, and only when one country is in play.
   */
  private void joinCountryPrefixedOrganisations(List<ActorMention> mentions, UnionFind sets) {
    Map<String, List<Integer>> byStripped = new LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      ActorMention m = mentions.get(i);
      if (m.kind() != ActorKind.ORGANIZATION || m.form() != MentionForm.NAME || m.kbId() != null) continue;
      List<String> w = organisationKeyWords(m.text(), countries);
      if (!w.isEmpty()) byStripped.computeIfAbsent(String.join(" ", w), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> same : byStripped.values()) {
      Set<String> countriesInPlay = new java.util.HashSet<>();
      for (int i : same) if (mentions.get(i).country() != null) countriesInPlay.add(mentions.get(i).country());
      if (countriesInPlay.size() > 1) continue;
      for (int i : same) sets.union(same.get(0), i);
    }
  }

  private static boolean selfNaming(ActorMention m) {
    return m.kind() != ActorKind.PERSON && m.sector() != null && SELF_NAMING_SECTORS.contains(m.sector());
  }

  /** The nearest earlier mention that a description's head noun fits ("the ministry": "Foreign Ministry"). */
  private static int antecedent(int i, List<ActorMention> mentions, boolean[] dropped) {
    ActorMention d = mentions.get(i);
    List<String> w = NameKeys.words(d.text());
    if (w.isEmpty()) return -1;
    String head = w.get(w.size() - 1);
    if (d.kind() == ActorKind.COUNTRY && (head.equals("country") || head.equals("nation"))) {
      return nearestCountry(i, mentions, dropped);
    }
    // The same word first ("the ministry": a Ministry), then a near synonym ("the premier": a Prime Minister); in a
    // name before in a title, so "the army" is the Sudanese army and not the RSF, "rebel force at war with the army".
    Set<String> synonyms = SYNONYMS.getOrDefault(head, Set.of());
    for (var words : List.<java.util.function.Function<ActorMention, List<String>>>of(
        m -> NameKeys.words(m.text()), ArticleGrouper::titleWords)) {
      int exact = nearest(i, mentions, dropped, Set.of(head), words);
      if (exact >= 0) return exact;
    }
    for (var words : List.<java.util.function.Function<ActorMention, List<String>>>of(
        m -> NameKeys.words(m.text()), ArticleGrouper::titleWords)) {
      int near = nearest(i, mentions, dropped, synonyms, words);
      if (near >= 0) return near;
    }
    return head.equals("group") && "REB".equals(d.sector()) ? nearestArmedGroup(i, mentions, dropped) : -1;
  }

  /**
   * "The country": the country of the nearest country or place named before it ("in Baghdad ... the nation": Iraq),
   * as the mention that names that country; -1 when there is none or the article never names the country itself.
   */
  private static int nearestCountry(int i, List<ActorMention> mentions, boolean[] dropped) {
    ActorMention d = mentions.get(i);
    String code = null;
    for (int j = i - 1; j >= 0 && code == null; j--) {
      ActorMention c = mentions.get(j);
      if (dropped[j] || c.begin() >= d.begin() || c.country() == null || c.country().equals("IGO")) continue;
      if (c.kind() == ActorKind.COUNTRY && c.form() != MentionForm.DESCRIPTION || c.kind() == ActorKind.LOCATION) {
        code = c.country();
      }
    }
    if (code == null) return -1;
    for (int j = 0; j < mentions.size(); j++) {
      ActorMention c = mentions.get(j);
      if (!dropped[j] && j != i && c.kind() == ActorKind.COUNTRY && c.form() != MentionForm.DESCRIPTION
          && code.equals(c.country())) {
        return j;
      }
    }
    return -1;
  }

  /** How many sentences back "the group" may refer: further back, a reader would want the name again. */
  private static final int ARMED_GROUP_REACH = 3;

  /** "The group": the nearest armed group named before, within a few sentences. */
  private static int nearestArmedGroup(int i, List<ActorMention> mentions, boolean[] dropped) {
    ActorMention d = mentions.get(i);
    for (int j = i - 1; j >= 0; j--) {
      ActorMention c = mentions.get(j);
      if (d.sentence() - c.sentence() > ARMED_GROUP_REACH) break;
      if (dropped[j] || c.form() != MentionForm.NAME && c.form() != MentionForm.ACRONYM || c.begin() >= d.begin()) {
        continue;
      }
      if ("REB".equals(c.sector()) && c.kind() != ActorKind.PERSON && c.kind() != ActorKind.COUNTRY) return j;
    }
    return -1;
  }

  private static List<String> titleWords(ActorMention m) {
    List<String> out = new ArrayList<>();
    for (String t : m.titles()) out.addAll(NameKeys.words(t));
    return out;
  }

  private static int nearest(int i, List<ActorMention> mentions, boolean[] dropped, Set<String> accepted,
      java.util.function.Function<ActorMention, List<String>> describingWords) {
    ActorMention d = mentions.get(i);
    for (int j = i - 1; j >= 0; j--) {
      ActorMention c = mentions.get(j);
      if (dropped[j] || c.form() == MentionForm.DESCRIPTION || c.begin() >= d.begin()) continue;
      // "the spokesman" may refer back to a person or to an unnamed one ("a State Department spokesperson").
      boolean fits = d.kind() == ActorKind.PERSON
          ? c.kind() == ActorKind.PERSON || c.kind() == ActorKind.GROUP && c.form() == MentionForm.COLLECTIVE
          : c.kind() != ActorKind.PERSON;
      // "the president of Armenia" does not refer back to Russia's president
      if (!fits || d.country() != null && c.country() != null && !d.country().equals(c.country())) continue;
      for (String word : describingWords.apply(c)) if (accepted.contains(word)) return j;
    }
    return -1;
  }
}
