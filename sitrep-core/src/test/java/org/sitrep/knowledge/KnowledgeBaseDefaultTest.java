package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.ActorKind;

/** Checks the bundled knowledge base as a whole: size, references, codes and unintended ambiguities. */
class KnowledgeBaseDefaultTest {

  /**
   * Lookup keys that more than one actor lists on purpose, because news uses them for both. The resolver sees
   * both and decides from context.
   */
  private static final Set<String> DELIBERATELY_SHARED = Set.of(
      "sna"); // Syrian National Army and Somali National Army

  private static KnowledgeBase kb;
  private static CountryTable countries;

  @BeforeAll
  static void load() {
    kb = KnowledgeBase.loadDefault();
    countries = CountryTable.loadDefault();
  }

  @Test
  void loadsAtLeastThreeHundredActorsOfEveryMainKind() {
    Map<ActorKind, Long> byKind = new EnumMap<>(ActorKind.class);
    kb.all().forEach(actor -> byKind.merge(actor.kind(), 1L, Long::sum));
    assertTrue(kb.size() >= 300, "size " + kb.size());
    assertTrue(byKind.getOrDefault(ActorKind.PERSON, 0L) >= 250, byKind.toString());
    assertTrue(byKind.getOrDefault(ActorKind.ORGANIZATION, 0L) >= 200, byKind.toString());
    assertTrue(byKind.getOrDefault(ActorKind.GROUP, 0L) >= 3, byKind.toString());
  }

  @Test
  void everyCountryIsAnIsoCodeOrIgo() {
    List<String> bad = new ArrayList<>();
    for (KbActor actor : kb.all()) {
      checkCountry(actor.country(), actor.id(), bad);
      actor.roles().forEach(role -> checkCountry(role.country(), actor.id() + " role " + role.title(), bad));
    }
    assertEquals(List.of(), bad);
  }

  private static void checkCountry(String country, String where, List<String> bad) {
    if (country != null && !country.equals("IGO") && countries.byCode(country).isEmpty()) {
      bad.add(where + ": " + country);
    }
  }

  @Test
  void everyReferenceIsAnActorOrACountryCode() {
    List<String> bad = new ArrayList<>();
    for (KbActor actor : kb.all()) {
      List<String> refs = new ArrayList<>(actor.backedBy());
      refs.addAll(actor.memberOf());
      refs.addAll(actor.ledBy());
      for (String ref : refs) {
        boolean country = ref.length() == 3 && countries.byCode(ref).isPresent();
        if (kb.byId(ref).isEmpty() && !country) {
          bad.add(actor.id() + " -> " + ref);
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void leadersArePeopleAndNoActorLeadsOrJoinsItself() {
    List<String> bad = new ArrayList<>();
    for (KbActor actor : kb.all()) {
      actor.ledBy().stream()
          .filter(id -> kb.byId(id).map(leader -> leader.kind() != ActorKind.PERSON).orElse(false))
          .forEach(id -> bad.add(actor.id() + " led by non-person " + id));
      if (actor.ledBy().contains(actor.id()) || actor.memberOf().contains(actor.id())) {
        bad.add(actor.id() + " refers to itself");
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void noIdIsALowerCaseCountryCode() {
    // Country actors get their ISO code as id ("irn"), so a knowledge-base id must never look like one.
    List<String> clashes = kb.all().stream().map(KbActor::id)
        .filter(id -> id.length() == 3 && countries.byCode(id).isPresent()).toList();
    assertEquals(List.of(), clashes);
  }

  @Test
  void noSpellingNamesTwoActorsUnlessDeliberate() {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (KbActor actor : kb.all()) {
      for (String name : actor.names()) {
        owners.computeIfAbsent(SurfaceForms.key(name), k -> new TreeSet<>()).add(actor.id());
      }
    }
    Map<String, Set<String>> shared = owners.entrySet().stream()
        .filter(e -> e.getValue().size() > 1 && !DELIBERATELY_SHARED.contains(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    assertEquals(Map.of(), shared);
  }

  @Test
  void deliberatelySharedSpellingsAreStillShared() {
    for (String key : DELIBERATELY_SHARED) {
      assertTrue(kb.lookup(key.toUpperCase()).size() > 1, key);
    }
  }

  @Test
  void noNameOrAliasIsACountryName() {
    // The resolver matches country names through the country table; an alias such as "Iran" here would hide them.
    List<String> clashes = new ArrayList<>();
    for (KbActor actor : kb.all()) {
      actor.names().stream()
          .filter(name -> countries.match(name).filter(m -> m.kind() == CountryMatchKind.NAME).isPresent())
          .forEach(name -> clashes.add(actor.id() + ": " + name));
    }
    assertEquals(List.of(), clashes);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = ';', value = {
      "Kataib Hezbollah; kataib-hezbollah", "Kata'ib Hizballah; kataib-hezbollah", "KH; kataib-hezbollah",
      "Popular Mobilization Forces; popular-mobilization-forces", "Hashd al-Shaabi; popular-mobilization-forces",
      "PMF; popular-mobilization-forces", "PMU; popular-mobilization-forces",
      "Asaib Ahl al-Haq; asaib-ahl-al-haq", "Asa'ib Ahl al-Haq; asaib-ahl-al-haq",
      "Qaani; esmail-qaani", "Ghaani; esmail-qaani", "Qhaani; esmail-qaani", "Esmail Ghaani; esmail-qaani",
      "Qassem Soleimani; qassem-soleimani", "Qasem Soleimani; qassem-soleimani", "Suleimani; qassem-soleimani",
      "Kadhimi; mustafa-al-kadhimi", "Mustafa al-Kadhimi; mustafa-al-kadhimi", "Kazemi; mustafa-al-kadhimi",
      "Fuad Hussein; fuad-hussein", "Fuad Hassan; fuad-hussein",
      "Rouhani; hassan-rouhani", "Rohani; hassan-rouhani",
      "Hemedti; mohamed-hamdan-dagalo", "Daglo; mohamed-hamdan-dagalo",
      "Abu Mahdi al-Muhandis; abu-mahdi-al-muhandis", "Falih al-Fayyadh; falih-al-fayyadh",
      "Yahya Saree; yahya-saree", "Houthis; houthis", "Ansar Allah; houthis",
      "IS; islamic-state", "ISIL; islamic-state", "Daesh; islamic-state",
      "Sky News; sky-news", "Sky News Arabia; sky-news-arabia", "AFP; afp", "Reuters; reuters",
      "UN Security Council; un-security-council", "NATO; nato", "Nato; nato", "WHO; who",
      "Pentagon; pentagon", "State Department; us-state-department", "Kremlin; kremlin", "IDF; idf",
      "Zelenskyy; volodymyr-zelensky", "Erdoğan; recep-tayyip-erdogan", "Erdogan; recep-tayyip-erdogan"})
  void resolvesWellKnownSpellings(String surface, String id) {
    assertEquals(List.of(id), kb.lookup(surface).stream().map(KbActor::id).toList());
  }

  @ParameterizedTest(name = "\"{0}\" is nobody")
  @CsvSource({"is", "who", "the pentagon", "amnesty", "us", "the", "said"})
  void ordinaryWordsResolveToNobody(String surface) {
    assertEquals(List.of(), kb.lookup(surface));
  }

  @Test
  void datedRolesSayWhoHeldOfficeWhen() {
    KbActor rouhani = kb.byId("hassan-rouhani").orElseThrow();
    assertTrue(rouhani.rolesOn(LocalDate.of(2015, 1, 1)).stream().anyMatch(r -> r.title().equals("President")));
    assertTrue(rouhani.rolesOn(LocalDate.of(2022, 1, 1)).stream().noneMatch(r -> r.title().equals("President")));
    KbActor qaani = kb.byId("esmail-qaani").orElseThrow();
    assertEquals(List.of("Commander of the Quds Force"),
        qaani.rolesOn(LocalDate.of(2020, 11, 15)).stream().map(KbRole::title).toList());
  }
}
