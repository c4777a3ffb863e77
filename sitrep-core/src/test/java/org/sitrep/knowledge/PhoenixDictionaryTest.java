package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.ActorKind;

class PhoenixDictionaryTest {

  /** A small actors file in the PETRARCH format, written for this test (the names are invented). */
  private static final String ACTORS = """
      # comment line
      +ORPHAN_ALIAS_
      RUTANIA_  [RUT]
      +RUTANIAN_
      +RUTANIA'S_

      # people: dated roles, tab-indented, 6- and 8-digit dates
      JOHAN_DE_VRIES_  # a made-up minister
      +DE_VRIES_
      +J._DE_VRIES_
      \t[IRNGOVLEG 19900101-000630]
      \t[IRNGOV >20000701]
      \t[IRNELI]

      FREEDOM_FRONT_ [IMGMUSREB]
      +FF_

      UN_ENVOY_SMITH_ [IGOUNO <151231]

      # two name lines share the code block below them
      OLGA_PETROVA_
      PRESIDENT_PETROVA_
      \t[ROMGOV 050101-091231]

      NO_CODE_HERE_

      BLOCKED_NAME_ [---]

      BROKEN_DATE_ [IRQGOV 20201340-20210101]
      +BROKEN_ALIAS_

      UNCLOSED_ [IRQGOV
      NGO_WATCH_ [NGOUSAHRI] [MNC]
      OLGA_PETROVA_ [ROMGOVDEV 100101-101231]
      """;

  private static PhoenixImport<KnowledgeBase> actors() {
    return PhoenixDictionary.importActors(new StringReader(ACTORS), "test.actors.txt");
  }

  private static KbActor actor(String id) {
    return actors().content().byId(id).orElseThrow(() -> new AssertionError("no " + id));
  }

  @Test
  void readsNamesAliasesAndKinds() {
    KbActor rutania = actor("rutania");
    assertEquals("Rutania", rutania.name());
    assertEquals(ActorKind.LOCATION, rutania.kind(), "RUT is no ISO code, so a place rather than a country");
    assertEquals(List.of("Rutanian", "Rutania's"), rutania.aliases());
    KbActor devries = actor("johan-de-vries");
    assertEquals("Johan de Vries", devries.name());
    assertEquals(ActorKind.PERSON, devries.kind());
    assertEquals(List.of("De Vries", "J. de Vries"), devries.aliases());
    assertEquals(ActorKind.ORGANIZATION, actor("freedom-front").kind());
  }

  @Test
  void readsDatedRolesFromCodes() {
    assertEquals(List.of(
            new KbRole("IRNGOVLEG", "IRN", "GOV", LocalDate.of(1990, 1, 1), LocalDate.of(2000, 6, 30)),
            new KbRole("IRNGOV", "IRN", "GOV", LocalDate.of(2000, 7, 1), null),
            new KbRole("IRNELI", "IRN", "ELI", null, null)),
        actor("johan-de-vries").roles());
    assertEquals(List.of(new KbRole("IGOUNO", "IGO", "IGO", null, LocalDate.of(2015, 12, 31))),
        actor("un-envoy-smith").roles());
  }

  @Test
  void takesCountryAndSectorFromTheCurrentRole() {
    KbActor devries = actor("johan-de-vries");
    assertEquals("IRN", devries.country());
    assertEquals("GOV", devries.sector());
    KbActor front = actor("freedom-front");
    assertEquals(null, front.country(), "an international militant group (IMG) has no country; MUS is a religion");
    assertEquals("REB", front.sector());
    KbActor watch = actor("ngo-watch");
    assertEquals("USA", watch.country());
    assertEquals("NGO", watch.sector());
  }

  @Test
  void mapsCameoCountryCodesToIso() {
    KbActor petrova = actor("olga-petrova");
    assertEquals("ROU", petrova.country(), "CAMEO ROM is ISO ROU");
    assertEquals(List.of("President Petrova"), petrova.aliases());
    assertEquals(2, petrova.roles().size(), "two entries with one name merge");
  }

  @Test
  void matchesLowerCaseNamesButKeepsAcronymsCapitalsOnly() {
    KnowledgeBase kb = actors().content();
    assertEquals(List.of("johan-de-vries"), kb.lookup("de Vries").stream().map(KbActor::id).toList());
    assertEquals(List.of("freedom-front"), kb.lookup("FF").stream().map(KbActor::id).toList());
    assertEquals(List.of(), kb.lookup("ff"));
  }

  @Test
  void countsWhatItSkipsAndNeverThrowsForABadLine() {
    PhoenixImport<KnowledgeBase> result = actors();
    String problems = String.join("\n", result.problems());
    assertEquals(6, result.entries(), problems);
    assertEquals(3, result.skippedLines(), problems);
    assertEquals(4, result.droppedEntries(), problems);
    assertEquals(List.of(
            "test.actors.txt:" + lineOf("+ORPHAN_ALIAS_") + ": alias before any entry: +ORPHAN_ALIAS_",
            "test.actors.txt:" + lineOf("BROKEN_DATE_") + ": malformed code [IRQGOV 20201340-20210101]",
            "test.actors.txt:" + lineOf("UNCLOSED_") + ": unreadable code: [IRQGOV",
            "test.actors.txt:" + lineOf("NO_CODE_HERE_") + ": no usable code for NO_CODE_HERE_",
            "test.actors.txt:" + lineOf("BLOCKED_NAME_") + ": no usable code for BLOCKED_NAME_",
            "test.actors.txt:" + lineOf("BROKEN_DATE_") + ": no usable code for BROKEN_DATE_",
            "test.actors.txt:" + lineOf("UNCLOSED_") + ": no usable code for UNCLOSED_"),
        result.problems());
  }

  private static int lineOf(String start) {
    List<String> lines = ACTORS.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i + 1;
      }
    }
    throw new AssertionError(start);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"HASAN_ROHANI_, Hasan Rohani", "AL-QAEDA, Al-Qaeda", "ABU_BAKR_AL-BAGHDADI, Abu Bakr Al-Baghdadi",
      "PKK, PKK", "U.N._, U.N.", "ISIS, Isis", "UN, UN", "BAN_KI-MOON, Ban Ki-Moon",
      "SECRETARY_OF_STATE, Secretary of State", "AMAL, Amal", "KIM_JONG_UN, Kim Jong Un"})
  void turnsDictionaryNamesIntoDisplayNames(String raw, String shown) {
    assertEquals(shown, PhoenixActorReader.displayName(raw));
  }

  @Test
  void readsAgentsWithPluralsAndMarkers() {
    PhoenixImport<AgentLexicon> result = PhoenixDictionary.importAgents(new StringReader("""
        # agents written for this test
        !PERSON! = MAN, MEN, WOMAN, WOMEN
        !OFFICE! = MINISTER, MINISTRY

        SPOKES!PERSON! [~GOV]
        DEFENCE_!OFFICE! [~GOVMIL]
        TROOP [~MIL] # a comment
        POLICE {} [~COP]
        CHILD {CHILDREN} [~CVL]
        AID_BODY  [NGO~]
        PRIEST [~CHRCTH]
        PEOPLE [~PPL]
        NO_CODE_AT_ALL
        BAD!UNDEFINED! [~GOV]
        WEIRD [~XYZ]
        """), "test.agents.txt");
    AgentLexicon lexicon = result.content();
    assertEquals(Optional.of("GOV"), lexicon.sectorOf("spokeswomen"));
    assertEquals(Optional.of("GOV"), lexicon.sectorOf("defence ministry"));
    assertEquals(Optional.of("MIL"), lexicon.sectorOf("troops"));
    assertEquals(Optional.of("COP"), lexicon.sectorOf("Police"));
    assertEquals(Optional.of("CVL"), lexicon.sectorOf("children"));
    assertEquals(Optional.of("NGO"), lexicon.sectorOf("aid bodies"));
    assertEquals(Optional.of("REL"), lexicon.sectorOf("priests"));
    assertEquals(Optional.of("CVL"), lexicon.sectorOf("people"));
    assertEquals(3, result.skippedLines(), String.join("\n", result.problems()));
    assertEquals(lexicon.size(), result.entries());
  }

  @Test
  void anUnreadableFileIsAnUncheckedIoException() {
    Path missing = Path.of("does-not-exist", "Phoenix.agents.txt");
    assertThrows(UncheckedIOException.class, () -> PhoenixDictionary.readAgents(missing));
    assertThrows(UncheckedIOException.class, () -> PhoenixDictionary.readActors(missing));
  }

  // --- the real dictionaries, when the shared folder is present (they are third-party data, never copied here) ---

  private static @Nullable Path dictionaries() {
    for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("dictionaries");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static Path dictionary(String name) {
    Path dir = dictionaries();
    assumeTrue(dir != null, "no shared/dictionaries above " + System.getProperty("user.dir"));
    Path file = dir.resolve(name);
    assumeTrue(Files.isRegularFile(file), "no " + file);
    return file;
  }

  @Test
  void importsTheCountriesActorsFile() {
    PhoenixImport<KnowledgeBase> result = PhoenixDictionary.importActors(dictionary("Phoenix.Countries.actors.txt"));
    KnowledgeBase kb = result.content();
    assertTrue(kb.size() > 15_000, "actors " + kb.size());
    assertTrue(result.skippedLines() < 50, "skipped " + result.skippedLines() + "\n" + result.problems());
    KbActor rouhani = kb.lookup("Hassan Rouhani").get(0);
    assertEquals(ActorKind.PERSON, rouhani.kind());
    assertEquals("IRN", rouhani.country());
    assertTrue(rouhani.names().contains("Rouhani"), rouhani.names().toString());
    assertTrue(rouhani.roles().contains(
        new KbRole("IRNGOVLEG", "IRN", "GOV", LocalDate.of(1980, 5, 28), LocalDate.of(2000, 5, 26))),
        rouhani.roles().toString());
    KbActor afghanistan = kb.byId("afghanistan").orElseThrow();
    assertEquals(ActorKind.COUNTRY, afghanistan.kind());
    assertEquals("AFG", afghanistan.country());
    assertEquals(List.of("afghanistan"), kb.lookup("Kabul").stream().map(KbActor::id).toList());
  }

  @Test
  void importsTheInternationalAndNonStateActorsFiles() {
    PhoenixImport<KnowledgeBase> international =
        PhoenixDictionary.importActors(dictionary("Phoenix.International.actors.txt"));
    assertTrue(international.content().size() > 5_000, "actors " + international.content().size());
    assertTrue(international.content().all().stream().anyMatch(a -> "IGO".equals(a.country())));
    PhoenixImport<KnowledgeBase> nonState = PhoenixDictionary.importActors(dictionary("Phoenix.MilNonState.actors.txt"));
    assertTrue(nonState.content().size() > 900, "actors " + nonState.content().size());
    assertEquals(0, nonState.skippedLines(), nonState.problems().toString());
    KbActor hamas = nonState.content().lookup("Hamas").get(0);
    assertEquals("PSE", hamas.country());
    assertEquals("REB", hamas.sector());
    KnowledgeBase merged = KnowledgeBase.loadDefault().merge(international.content()).merge(nonState.content());
    assertTrue(merged.size() > international.content().size() + nonState.content().size());
  }

  @Test
  void importsTheAgentsFile() {
    PhoenixImport<AgentLexicon> result = PhoenixDictionary.importAgents(dictionary("Phoenix.agents.txt"));
    AgentLexicon agents = result.content();
    assertTrue(agents.size() > 2_000, "nouns " + agents.size());
    assertTrue(result.skippedLines() < 10, result.problems().toString());
    assertEquals(Optional.of("GOV"), agents.sectorOf("ministers"));
    assertEquals(Optional.of("GOV"), agents.sectorOf("foreign minister"));
    assertEquals(Optional.of("MIL"), agents.sectorOf("troops"));
    assertEquals(Optional.of("COP"), agents.sectorOf("policemen"));
    assertEquals(Optional.of("REB"), agents.sectorOf("rebels"));
    assertEquals(Optional.of("MED"), agents.sectorOf("journalists"));
    assertEquals(Optional.of("LEG"), agents.sectorOf("lawmakers"));
    assertEquals(Optional.of("JUD"), agents.sectorOf("judge"));
  }
}
