package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.ActorKind;

class KnowledgeBaseTest {

  private static final String SAMPLE = """
      # two militias and a minister
      actor: kataib-hezbollah
      name: Kataib Hezbollah
      kind: ORGANIZATION
      country: IRQ
      sector: REB
      aliases: Kata'ib Hezbollah | Kataeb Hezbollah | Kataib Hizballah | KH
      backed-by: irn
      member-of: pmf
      led-by: abu-mahdi-al-muhandis

      actor: pmf
      name: Popular Mobilization Forces
      kind: organization
      country: irq
      sector: mil
      aliases: PMF | Hashd al-Shaabi
      aliases: Popular Mobilisation Forces

      actor: hassan-rouhani
      name: Hassan Rouhani
      kind: PERSON
      country: IRN
      sector: GOV
      aliases: Rouhani | Rohani | Hassan Rohani
      # a comment inside a block
      role: President | IRN | GOV | 2013-08-03 | 2021-08-03
      role: Cleric | | REL | |

      actor: mustafa-al-kadhimi
      name: Mustafa al-Kadhimi
      kind: PERSON
      country: IRQ
      aliases: Kadhimi | al-Kadhimi | al-Kadhemi | Kazemi
      role: Prime Minister | IRQ | GOV | 2020-05 | 2022

      actor: islamic-state
      name: Islamic State
      kind: ORGANIZATION
      sector: REB
      aliases: IS | ISIS | Daesh | !Caliphate
      """;

  private static KnowledgeBase sample() {
    return KnowledgeBase.parse(new StringReader(SAMPLE), "sample.txt");
  }

  private static String parseError(String text) {
    return assertThrows(IllegalArgumentException.class,
        () -> KnowledgeBase.parse(new StringReader(text), "bad.txt")).getMessage();
  }

  private static List<String> ids(List<KbActor> actors) {
    return actors.stream().map(KbActor::id).toList();
  }

  @Test
  void parsesEveryKeyOfABlock() {
    KbActor kh = sample().byId("kataib-hezbollah").orElseThrow();
    assertEquals("Kataib Hezbollah", kh.name());
    assertEquals(ActorKind.ORGANIZATION, kh.kind());
    assertEquals("IRQ", kh.country());
    assertEquals("REB", kh.sector());
    assertEquals(List.of("Kata'ib Hezbollah", "Kataeb Hezbollah", "Kataib Hizballah", "KH"), kh.aliases());
    assertEquals(List.of("irn"), kh.backedBy());
    assertEquals(List.of("pmf"), kh.memberOf());
    assertEquals(List.of("abu-mahdi-al-muhandis"), kh.ledBy());
    assertEquals(List.of(), kh.roles());
  }

  @Test
  void normalisesKindAndCodesAndAppendsRepeatedAliases() {
    KbActor pmf = sample().byId("pmf").orElseThrow();
    assertEquals(ActorKind.ORGANIZATION, pmf.kind());
    assertEquals("IRQ", pmf.country());
    assertEquals("MIL", pmf.sector());
    assertEquals(List.of("PMF", "Hashd al-Shaabi", "Popular Mobilisation Forces"), pmf.aliases());
  }

  @Test
  void keepsFileOrderAndSize() {
    KnowledgeBase kb = sample();
    assertEquals(5, kb.size());
    assertEquals(List.of("kataib-hezbollah", "pmf", "hassan-rouhani", "mustafa-al-kadhimi", "islamic-state"),
        ids(kb.all()));
  }

  @Test
  void readsDatedRolesWithOpenEnds() {
    KbActor rouhani = sample().byId("hassan-rouhani").orElseThrow();
    assertEquals(List.of(
            new KbRole("President", "IRN", "GOV", LocalDate.of(2013, 8, 3), LocalDate.of(2021, 8, 3)),
            new KbRole("Cleric", null, "REL", null, null)),
        rouhani.roles());
  }

  @Test
  void readsMonthAndYearAsTheWholePeriod() {
    KbRole role = sample().byId("mustafa-al-kadhimi").orElseThrow().roles().get(0);
    assertEquals(LocalDate.of(2020, 5, 1), role.from());
    assertEquals(LocalDate.of(2022, 12, 31), role.to());
  }

  @Test
  void rolesOnReturnsTheRolesHeldThatDayAndUndatedOnes() {
    KbActor rouhani = sample().byId("hassan-rouhani").orElseThrow();
    assertEquals(List.of("President", "Cleric"), titles(rouhani.rolesOn(LocalDate.of(2013, 8, 3))));
    assertEquals(List.of("President", "Cleric"), titles(rouhani.rolesOn(LocalDate.of(2021, 8, 3))));
    assertEquals(List.of("Cleric"), titles(rouhani.rolesOn(LocalDate.of(2021, 8, 4))));
    assertEquals(List.of("Cleric"), titles(rouhani.rolesOn(LocalDate.of(2013, 8, 2))));
    assertEquals(List.of("President", "Cleric"), titles(rouhani.rolesOn(null)));
  }

  private static List<String> titles(List<KbRole> roles) {
    return roles.stream().map(KbRole::title).toList();
  }

  @Test
  void activeOnTreatsMissingDatesAsOpen() {
    LocalDate day = LocalDate.of(2020, 1, 1);
    assertTrue(new KbRole("x", null, null, null, null).activeOn(day));
    assertTrue(new KbRole("x", null, null, day, null).activeOn(day.plusYears(30)));
    assertTrue(new KbRole("x", null, null, null, day).activeOn(day.minusYears(30)));
  }

  @ParameterizedTest(name = "\"{0}\" finds {1}")
  @CsvSource(delimiter = ';', value = {
      "Kataib Hezbollah; kataib-hezbollah",
      "kataib hezbollah; kataib-hezbollah",
      "KATAIB HEZBOLLAH; kataib-hezbollah",
      "Kata'ib Hezbollah; kataib-hezbollah",
      "Kata’ib Hezbollah; kataib-hezbollah",
      "Kataib-Hezbollah; kataib-hezbollah",
      "the Kataib Hezbollah; kataib-hezbollah",
      "Kataib Hezbollah's; kataib-hezbollah",
      "Kataib Hezbollah’s; kataib-hezbollah",
      "KH; kataib-hezbollah",
      "K.H.; kataib-hezbollah",
      "the PMF; pmf",
      "PMF's; pmf",
      "Hashd al-Sha'abi; pmf",
      "Hashd al-Shaabi; pmf",
      "Hashd Shaabi; pmf",
      "HASHD AL SHAABI; pmf",
      "Rouhani; hassan-rouhani",
      "ROHANI; hassan-rouhani",
      "Hassan Rohani; hassan-rouhani",
      "Hassan Rouhani; hassan-rouhani",
      "Mustafa Kadhimi; mustafa-al-kadhimi",
      "Mustafa al Kadhimi; mustafa-al-kadhimi",
      "Mustafa Al-Kadhimi; mustafa-al-kadhimi",
      "al-Kadhemi; mustafa-al-kadhimi",
      "Kazemi; mustafa-al-kadhimi",
      "Kâzemi; mustafa-al-kadhimi",
      "IS; islamic-state",
      "ISIS; islamic-state",
      "Daesh; islamic-state",
      "Caliphate; islamic-state",
      "The Caliphate; islamic-state"})
  void matchesSpellingVariants(String surface, String id) {
    assertEquals(List.of(id), ids(sample().lookup(surface)));
  }

  @ParameterizedTest(name = "\"{0}\" finds nothing")
  @CsvSource({"is", "Is", "the is", "isis", "Isis", "kh", "Kh", "pmf", "caliphate", "the caliphate", "Hezbollah",
      "Kataib", "''", "' '"})
  void shortAcronymsMatchOnlyCapitalsAndMarkedAliasesOnlyCapitalisedText(String surface) {
    assertEquals(List.of(), sample().lookup(surface));
  }

  @Test
  void lookupReturnsEveryActorThatSharesAForm() {
    KnowledgeBase kb = KnowledgeBase.parse(new StringReader("""
        actor: hadi
        name: Abdrabbuh Mansur Hadi
        kind: PERSON
        aliases: Hadi

        actor: hadi-al-amiri
        name: Hadi al-Amiri
        kind: PERSON
        aliases: Hadi
        """), "two.txt");
    assertEquals(List.of("hadi", "hadi-al-amiri"), ids(kb.lookup("Hadi")));
  }

  @Test
  void mergeAddsNewActorsAndLetsTheOtherWinOnTheSameId() {
    KnowledgeBase other = KnowledgeBase.parse(new StringReader("""
        actor: pmf
        name: Hashd
        kind: GROUP

        actor: badr
        name: Badr Organization
        kind: ORGANIZATION
        aliases: Badr
        """), "other.txt");
    KnowledgeBase merged = sample().merge(other);
    assertEquals(List.of("kataib-hezbollah", "pmf", "hassan-rouhani", "mustafa-al-kadhimi", "islamic-state", "badr"),
        ids(merged.all()));
    assertEquals(ActorKind.GROUP, merged.byId("pmf").orElseThrow().kind());
    assertEquals(List.of(), merged.lookup("PMF"));
    assertEquals(List.of("pmf"), ids(merged.lookup("Hashd")));
    assertEquals(List.of("badr"), ids(merged.lookup("Badr")));
    assertEquals(5, sample().size(), "inputs are unchanged");
  }

  @Test
  void mergingWithEmptyGivesTheSameActors() {
    KnowledgeBase kb = sample();
    assertSame(kb, kb.merge(KnowledgeBase.empty()));
    assertEquals(kb.all(), KnowledgeBase.empty().merge(kb).all());
    assertEquals(0, KnowledgeBase.empty().size());
    assertEquals(List.of(), KnowledgeBase.empty().lookup("anything"));
  }

  @Test
  void ofRejectsDuplicateIds() {
    KbActor a = new KbActor("a", "A", ActorKind.GROUP, null, null, List.of(), List.of(), List.of(), List.of(),
        List.of());
    assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.of(List.of(a, a)));
  }

  @Test
  void namesStripTheCapitalisedMarker() {
    assertEquals(List.of("Islamic State", "IS", "ISIS", "Daesh", "Caliphate"),
        sample().byId("islamic-state").orElseThrow().names());
  }

  /** Each case is a file with "~" for a line break, then the expected message. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      "actor: a~name: A~kind: GROUP~colour: red; bad.txt:4: unknown key 'colour'",
      "actor: a~name: A~kind: TRIBE; bad.txt:3: unknown kind 'TRIBE': expected one of "
          + "[PERSON, ORGANIZATION, COUNTRY, GROUP, LOCATION]",
      "actor: a~name: A~kind: GROUP~role: President | IRN | GOV | 2013-02-30 |; "
          + "bad.txt:4: malformed date '2013-02-30': expected YYYY-MM-DD, YYYY-MM or YYYY",
      "actor: a~name: A~kind: GROUP~role: President | IRN | GOV | 03/08/2013 |; "
          + "bad.txt:4: malformed date '03/08/2013': expected YYYY-MM-DD, YYYY-MM or YYYY",
      "actor: a~name: A~kind: GROUP~role: President | IRN | GOV; "
          + "bad.txt:4: a role has 5 '|'-separated fields (title | country | sector | from | to), found 3",
      "actor: a~name: A~kind: GROUP~role: President | IRN | GOV | | | ; "
          + "bad.txt:4: a role has 5 '|'-separated fields (title | country | sector | from | to), found 6",
      "actor: a~name: A~kind: GROUP~role:  | IRN | GOV | |; bad.txt:4: a role needs a title",
      "actor: a~name: A~kind: GROUP~role: President | IRN | GOV | 2021 | 2013; "
          + "bad.txt:4: role 'President' ends (2013) before it starts (2021)",
      "actor: a~name: A~kind: GROUP~~actor: b~name: B~kind: GROUP~~actor: a~name: A2~kind: GROUP; "
          + "bad.txt:9: duplicate actor id 'a' (first defined on line 1)",
      "actor: Kataib Hezbollah~name: A~kind: GROUP; "
          + "bad.txt:1: invalid actor id 'Kataib Hezbollah': use lower-case letters, digits and single hyphens",
      "actor: a~name: A~kind: GROUP~backed-by: Iran; "
          + "bad.txt:4: invalid actor id 'Iran': use lower-case letters, digits and single hyphens",
      "actor: a~name: A~kind: GROUP~country: Iraq; "
          + "bad.txt:4: country must be three letters (an ISO alpha-3 code or IGO), found 'Iraq'",
      "actor: a~name: A~kind: GROUP~sector: rebels; bad.txt:4: sector must be three letters, found 'rebels'",
      "actor: a~name: A~name: B~kind: GROUP; bad.txt:3: 'name' given twice for actor 'a'",
      "actor: a~name: A~kind: GROUP~aliases: X | | Y; bad.txt:4: empty alias in 'X | | Y'",
      "actor: a~name: A~kind: GROUP~aliases:; bad.txt:4: empty value for 'aliases'",
      "name: A; bad.txt:1: 'name' outside a block: a block starts with 'actor:'",
      "actor: a~name: A~kind: GROUP~~sector: GOV; bad.txt:5: 'sector' outside a block: a block starts with 'actor:'",
      "actor: a~name A; bad.txt:2: expected 'key: value', found 'name A'",
      "actor: a~kind: GROUP; bad.txt:1: actor 'a' has no 'name:'",
      "actor: a~name: A~~actor: b~name: B~kind: GROUP; bad.txt:1: actor 'a' has no 'kind:'"})
  void reportsEveryErrorWithItsLine(String text, String message) {
    assertEquals(message, parseError(text.replace('~', '\n')));
  }

  @Test
  void shortFormWithInnerCapitalMatchesOnlyAsWritten() {
    KnowledgeBase kb = KnowledgeBase.parse(new java.io.StringReader("""
        actor: lashkar-e-taiba
        name: Lashkar-e-Taiba
        kind: ORGANIZATION
        aliases: LeT
        """), "test");
    assertEquals(List.of("lashkar-e-taiba"), ids(kb.lookup("LeT")));
    assertEquals(List.of(), ids(kb.lookup("Let")));
    assertEquals(List.of(), ids(kb.lookup("let")));
  }
}
