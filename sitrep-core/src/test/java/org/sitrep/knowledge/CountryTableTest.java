package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryTableTest {

  private static final CountryTable TABLE = CountryTable.loadDefault();

  private static String code(String surface) {
    return TABLE.match(surface).map(m -> m.country().alpha3()).orElse("-");
  }

  private static String codeAndKind(String surface) {
    return TABLE.match(surface).map(m -> m.country().alpha3() + " " + m.kind()).orElse("-");
  }

  @Test
  void containsEveryCountryCodeTheJdkKnowsAndKosovo() {
    Set<String> missing = new TreeSet<>();
    for (String alpha2 : Locale.getISOCountries()) {
      String alpha3 = new Locale("", alpha2).getISO3Country();
      if (TABLE.byCode(alpha3).isEmpty()) {
        missing.add(alpha3);
      }
    }
    assertEquals(Set.of(), missing);
    assertEquals("Kosovo", TABLE.byCode("XKX").orElseThrow().name());
  }

  @Test
  void listsCountriesInCodeOrderWithANameEach() {
    List<String> codes = TABLE.all().stream().map(Country::alpha3).toList();
    assertEquals(codes.stream().sorted().toList(), codes);
    assertTrue(codes.size() >= 250, "rows: " + codes.size());
    TABLE.all().forEach(c -> assertFalse(c.name().isBlank(), c.alpha3()));
  }

  @Test
  void leavesCapitalsAndDemonymsOutOnlyWhereNoneExists() {
    String noCapital =
        TABLE.all().stream().filter(c -> c.capitals().isEmpty()).map(Country::alpha3).collect(Collectors.joining(" "));
    String noDemonym =
        TABLE.all().stream().filter(c -> c.demonyms().isEmpty()).map(Country::alpha3).collect(Collectors.joining(" "));
    assertEquals("ATA BVT HKG HMD IOT MAC TKL UMI", noCapital);
    assertEquals("ATA ATF BES BVT HMD MAF SGS SJM UMI VAT", noDemonym);
  }

  @Test
  void mapsEveryListedFormBackToItsOwnRowUnlessAmbiguous() {
    List<String> wrong = new ArrayList<>();
    for (Country country : TABLE.all()) {
      List<String> forms = new ArrayList<>(country.aliases());
      forms.add(country.name());
      forms.addAll(country.demonyms());
      forms.addAll(country.capitals());
      for (String form : forms) {
        Optional<CountryMatch> match = TABLE.match(form);
        boolean ambiguous = TABLE.ambiguousForms().contains(form.toLowerCase(Locale.ROOT));
        if (ambiguous ? match.isPresent() : !match.map(m -> m.country().equals(country)).orElse(false)) {
          wrong.add(country.alpha3() + ": " + form + " -> " + codeAndKind(form));
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void findsTheFormsThatTwoCountriesShareAtLoadTime() {
    assertTrue(
        TABLE.ambiguousForms().containsAll(Set.of("congo", "congolese", "dominican", "guinean", "korean", "korea")),
        TABLE.ambiguousForms().toString());
    assertFalse(TABLE.ambiguousForms().contains("georgia"));
  }

  @Test
  void mapsDemonymToCountry() {
    assertEquals("IRQ DEMONYM", codeAndKind("Iraqi"));
    assertEquals("IRQ DEMONYM", codeAndKind("Iraqis"));
  }

  @Test
  void mapsCapitalToCountry() {
    assertEquals("IRN CAPITAL", codeAndKind("Tehran"));
    assertEquals("IRN CAPITAL", codeAndKind("Teheran"));
  }

  @Test
  void prefersNameWhenACapitalIsNamedAfterItsCountry() {
    assertEquals("SGP NAME", codeAndKind("Singapore"));
    assertEquals("KWT CAPITAL", codeAndKind("Kuwait City"));
  }

  @Test
  void matchesAbbreviationsOnlyInCapitalsOrWithDots() {
    assertEquals("USA NAME", codeAndKind("U.S."));
    assertEquals("USA NAME", codeAndKind("US"));
    assertEquals("USA", code("USA"));
    assertEquals("USA", code("the U.S."));
    assertEquals("GBR", code("UK"));
    assertEquals("ARE", code("UAE"));
    assertEquals("PRK", code("DPRK"));
    assertEquals("-", code("us"));
    assertEquals("-", code("Us"));
    assertEquals("-", code("us."));
    assertEquals("-", code("car"));
  }

  @Test
  void matchesOrdinaryEnglishWordsOnlyWhenCapitalized() {
    assertEquals("TUR", code("Turkey"));
    assertEquals("TCD", code("CHAD"));
    assertEquals("POL", code("Polish"));
    assertEquals("-", code("turkey"));
    assertEquals("-", code("chad"));
    assertEquals("-", code("polish"));
    assertEquals("-", code("china"));
  }

  @Test
  void ignoresCaseOfOrdinaryNames() {
    assertEquals("IRQ", code("IRAQ"));
    assertEquals("IRQ", code("iraq"));
  }

  @Test
  void stripsLeadingTheButKeepsItWhereItBelongsToTheName() {
    assertEquals("USA NAME", codeAndKind("the United States"));
    assertEquals("GMB", code("The Gambia"));
    assertEquals("NLD CAPITAL", codeAndKind("The Hague"));
    assertEquals("ARE", code("the Emirates"));
    assertEquals("-", code("Emirates"));
  }

  @Test
  void stripsPossessive() {
    assertEquals("IRQ NAME", codeAndKind("Iraq’s"));
    assertEquals("IRQ NAME", codeAndKind("Iraq's"));
    assertEquals("USA", code("the U.S.’s"));
    assertEquals("PHL", code("Philippines'"));
    assertEquals("ATG CAPITAL", codeAndKind("St. John's"));
  }

  @Test
  void toleratesWhitespaceHyphensAccentsAndSaintSpellings() {
    assertEquals("IRQ", code("  Iraq \t"));
    assertEquals("GNB", code("Guinea-Bissau"));
    assertEquals("GNB", code("Guinea Bissau"));
    assertEquals("CIV", code("Côte d’Ivoire"));
    assertEquals("CIV", code("Cote d'Ivoire"));
    assertEquals("TUR", code("Türkiye"));
    assertEquals("KNA", code("St. Kitts & Nevis"));
    assertEquals("USA CAPITAL", codeAndKind("Washington, D.C."));
    assertEquals("YEM", code("Sana’a"));
  }

  @Test
  void matchesBothSpellingsOfKyiv() {
    assertEquals("UKR CAPITAL", codeAndKind("Kyiv"));
    assertEquals("UKR CAPITAL", codeAndKind("Kiev"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Congo", "Congolese", "the Congo", "Congo's", "Dominican", "Guinean", "Korean", "Koreans"})
  void refusesAmbiguousForms(String surface) {
    assertEquals(Optional.empty(), TABLE.match(surface));
    assertFalse(TABLE.isCountryWord(surface));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Houthi", "Hezbollah", "Kurdish", "Arab", "Europe", "", "  ", "the", "Saint"})
  void findsNoCountryInOtherWords(String surface) {
    assertEquals(Optional.empty(), TABLE.match(surface));
  }

  @ParameterizedTest
  @CsvSource({
    "Emirati, ARE, DEMONYM",
    "Emiratis, ARE, DEMONYM",
    "Saudi, SAU, DEMONYM",
    "Saudis, SAU, DEMONYM",
    "Riyadh, SAU, CAPITAL",
    "Israeli, ISR, DEMONYM",
    "Jerusalem, ISR, CAPITAL",
    "Palestinian, PSE, DEMONYM",
    "Palestinians, PSE, DEMONYM",
    "Gaza, PSE, NAME",
    "West Bank, PSE, NAME",
    "Ramallah, PSE, CAPITAL",
    "Syrian, SYR, DEMONYM",
    "Damascus, SYR, CAPITAL",
    "Yemeni, YEM, DEMONYM",
    "Sanaa, YEM, CAPITAL",
    "Lebanese, LBN, DEMONYM",
    "Beirut, LBN, CAPITAL",
    "Qatari, QAT, DEMONYM",
    "Sudanese, SDN, DEMONYM",
    "South Sudanese, SSD, DEMONYM",
    "Ukrainian, UKR, DEMONYM",
    "Russian, RUS, DEMONYM",
    "Moscow, RUS, CAPITAL",
    "Georgia, GEO, NAME",
    "Georgian, GEO, DEMONYM",
    "North Korean, PRK, DEMONYM",
    "South Korean, KOR, DEMONYM",
    "Pyongyang, PRK, CAPITAL",
    "Britain, GBR, NAME",
    "British, GBR, DEMONYM",
    "Britons, GBR, DEMONYM",
    "America, USA, NAME",
    "Americans, USA, DEMONYM",
    "Washington, USA, CAPITAL",
    "Iran, IRN, NAME",
    "Persia, IRN, NAME",
    "Iranian, IRN, DEMONYM",
    "Burma, MMR, NAME",
    "Ivory Coast, CIV, NAME",
    "Ivorian, CIV, DEMONYM",
    "Czechia, CZE, NAME",
    "Beijing, CHN, CAPITAL",
    "Peking, CHN, CAPITAL",
    "Chinese, CHN, DEMONYM",
    "Taiwanese, TWN, DEMONYM",
    "DRC, COD, NAME",
    "Kinshasa, COD, CAPITAL",
    "Brazzaville, COG, CAPITAL",
    "Dominican Republic, DOM, NAME",
    "Kosovar, XKX, DEMONYM",
    "Kuwaiti, KWT, DEMONYM",
    "Egyptian, EGY, DEMONYM",
    "Turkish, TUR, DEMONYM",
    "Ankara, TUR, CAPITAL",
    "Afghan, AFG, DEMONYM",
    "Kabul, AFG, CAPITAL",
  })
  void resolvesFormsThatNewsUses(String surface, String alpha3, CountryMatchKind kind) {
    CountryMatch match = TABLE.match(surface).orElseThrow(() -> new AssertionError("no match: " + surface));
    assertEquals(alpha3, match.country().alpha3(), surface);
    assertEquals(kind, match.kind(), surface);
  }

  @Test
  void looksUpCodesIgnoringCase() {
    assertEquals("Iraq", TABLE.byCode("irq").orElseThrow().name());
    assertEquals("United States", TABLE.byCode("USA").orElseThrow().name());
    assertEquals(Optional.empty(), TABLE.byCode("XXX"));
  }

  @Test
  void keepsTheSpellingsOfTheTableWithoutMarkers() {
    Country turkey = TABLE.byCode("TUR").orElseThrow();
    assertEquals("Turkey", turkey.name());
    assertEquals(List.of("Turkish", "Turk", "Turks"), turkey.demonyms());
  }

  @Test
  void reportsTheLineOfAMalformedRow() {
    String tsv = "# comment\nIRQ\tIraq\t\tIraqi\tBaghdad\nIRN\tIran\tPersia\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CountryTable.parse(new StringReader(tsv), "test.tsv"));
    assertTrue(e.getMessage().startsWith("test.tsv:3: "), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "irq\tIraq\t\t\t",
        "IRQ\t\t\t\t",
        "IRQ\tIraq|Irak\t\t\t",
        "IRQ\tIraq\tMesopotamia||\t\t",
        "IRQ\tIraq\t\t\t\textra",
      })
  void rejectsMalformedRowsNamingTheLine(String row) {
    String tsv = "IRN\tIran\t\tIranian\tTehran\n" + row + "\n";
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CountryTable.parse(new StringReader(tsv), "t.tsv"));
    assertTrue(e.getMessage().startsWith("t.tsv:2: "), e.getMessage());
  }

  @Test
  void rejectsARepeatedCode() {
    String tsv = "IRQ\tIraq\t\t\t\nIRQ\tIrak\t\t\t\n";
    assertThrows(IllegalArgumentException.class, () -> CountryTable.parse(new StringReader(tsv), "t.tsv"));
  }

  @Test
  void detectsAmbiguityInAnyTable() {
    String tsv = "AAA\tAland\t\tLander\t\nBBB\tBland\t\tLander\tAland\n";
    CountryTable table = CountryTable.parse(new StringReader(tsv), "t.tsv");
    assertEquals(Set.of("aland", "lander"), table.ambiguousForms());
    assertEquals(Optional.empty(), table.match("Aland"));
    assertEquals("BBB", table.match("Bland").orElseThrow().country().alpha3());
  }

  @Test
  void countryRejectsBadCodesAndCopiesItsLists() {
    assertThrows(IllegalArgumentException.class, () -> new Country("Irq", "Iraq", List.of(), List.of(), List.of()));
    assertThrows(IllegalArgumentException.class, () -> new Country("IRQ", " ", List.of(), List.of(), List.of()));
    List<String> aliases = new ArrayList<>(List.of("Mesopotamia"));
    Country iraq = new Country("IRQ", "Iraq", aliases, List.of(), List.of());
    aliases.clear();
    assertEquals(List.of("Mesopotamia"), iraq.aliases());
  }
}
