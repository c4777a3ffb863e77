package org.sitrep.knowledge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceTableTest {

  private static final PlaceTable TABLE = PlaceTable.loadDefault();
  private static final CountryTable COUNTRIES = CountryTable.loadDefault();

  private static String code(String surface) {
    return TABLE.match(surface).map(Place::alpha3).orElse("-");
  }

  private static PlaceTable parse(String tsv) {
    return PlaceTable.parse(new StringReader(tsv), "t.tsv");
  }

  private static IllegalArgumentException parseError(String tsv) {
    return assertThrows(IllegalArgumentException.class, () -> parse(tsv));
  }

  /** The rows of the bundled file, and the lines of its trailing "Left out" comment blocks. */
  private static List<String> bundledLines() throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = PlaceTable.class.getResourceAsStream(PlaceTable.RESOURCE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void loadsTheBundledTable() {
    assertTrue(TABLE.size() >= 1500, "rows: " + TABLE.size());
    assertEquals(TABLE.size(), TABLE.all().size());
    Set<String> codes = new HashSet<>();
    TABLE.all().forEach(p -> codes.add(p.alpha3()));
    assertTrue(codes.size() >= 150, "countries with places: " + codes.size());
  }

  @Test
  void mapsEveryNameAndAliasOfTheBundledFileBackToItsRow() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String line : bundledLines()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      List<String> forms = new ArrayList<>(List.of(columns[0]));
      if (!columns[1].isEmpty()) {
        forms.addAll(List.of(columns[1].split("\\|")));
      }
      String name = columns[0].replace("!", "");
      for (String form : forms) {
        String spelling = form.replace("!", "");
        Optional<Place> place = TABLE.match(spelling);
        if (!place.map(p -> p.name().equals(name) && p.alpha3().equals(columns[2])).orElse(false)) {
          wrong.add(spelling + " -> " + place);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @ParameterizedTest
  @CsvSource({
    "Khan Younis, PSE, CITY",
    "Khan Yunis, PSE, CITY",
    "Gaza City, PSE, CITY",
    "Rafah, PSE, CITY",
    "Jenin, PSE, CITY",
    "Hebron, PSE, CITY",
    "Jericho, PSE, CITY",
    "East Jerusalem, PSE, REGION",
    "Sderot, ISR, CITY",
    "Golan Heights, SYR, REGION",
    "Grozny, RUS, CITY",
    "Chechnya, RUS, REGION",
    "Dagestan, RUS, REGION",
    "Basra, IRQ, CITY",
    "Mosul, IRQ, CITY",
    "Kirkuk, IRQ, CITY",
    "Fallujah, IRQ, CITY",
    "Samarra, IRQ, CITY",
    "Anbar, IRQ, REGION",
    "Nineveh, IRQ, REGION",
    "Kurdistan Region, IRQ, REGION",
    "Erbil, IRQ, CITY",
    "Aleppo, SYR, CITY",
    "Homs, SYR, CITY",
    "Idlib, SYR, REGION",
    "Lagos, NGA, CITY",
    "Borno, NGA, REGION",
    "Darfur, SDN, REGION",
    "Kordofan, SDN, REGION",
    "El Fasher, SDN, CITY",
    "Abyei, SDN, REGION",
    "Tigray, ETH, REGION",
    "Benghazi, LBY, CITY",
    "Misrata, LBY, CITY",
    "'Tripoli, Lebanon', LBN, CITY",
    "Kharkiv, UKR, CITY",
    "Kharkov, UKR, CITY",
    "Odessa, UKR, CITY",
    "Donbas, UKR, REGION",
    "Donetsk, UKR, CITY",
    "Luhansk, UKR, CITY",
    "Crimea, UKR, REGION",
    "Sevastopol, UKR, CITY",
    "Srebrenica, BIH, CITY",
    "Mostar, BIH, CITY",
    "Gorazde, BIH, CITY",
    "Mitrovica, XKX, CITY",
    "Jaffna, LKA, CITY",
    "Kandahar, AFG, CITY",
    "Helmand, AFG, REGION",
    "Balochistan, PAK, REGION",
    "Baluchistan, PAK, REGION",
    "Sindh, PAK, REGION",
    "Azad Kashmir, PAK, REGION",
    "Jammu and Kashmir, IND, REGION",
    "Bombay, IND, CITY",
    "Xinjiang, CHN, REGION",
    "Tibet, CHN, REGION",
    "Aceh, IDN, REGION",
    "Mindanao, PHL, REGION",
    "Sinai, EGY, REGION",
    "Hadramawt, YEM, REGION",
    "Marib, YEM, CITY",
    "Cabo Delgado, MOZ, REGION",
    "North Kivu, COD, REGION",
    "South Kivu, COD, REGION",
    "Ituri, COD, REGION",
    "Goma, COD, CITY",
    "Saigon, VNM, CITY",
    "Nagorno-Karabakh, AZE, REGION",
    "Abkhazia, GEO, REGION",
    "Transnistria, MDA, REGION",
    "New York, USA, CITY",
    "Texas, USA, REGION",
  })
  void resolvesPlacesThatNewsNames(String surface, String alpha3, Place.Kind kind) {
    Place place = TABLE.match(surface).orElseThrow(() -> new AssertionError("no match: " + surface));
    assertEquals(alpha3, place.alpha3(), surface);
    assertEquals(kind, place.kind(), surface);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Juba", "Kabul", "Sarajevo", "Pristina", "Kathmandu", "Mogadishu", "Kyiv", "Kiev", "Tripoli"})
  void leavesCapitalsToTheCountryTable(String capital) {
    assertEquals(Optional.empty(), TABLE.match(capital));
    assertEquals(CountryMatchKind.CAPITAL, COUNTRIES.match(capital).orElseThrow().kind(), capital);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Georgia", "Iraq", "Iraqi", "Gaza", "Gaza Strip", "West Bank", "Burma", "Macedonia", "El Salvador",
        "Kuwait City", "Gaza governorate", "the Gambia"})
  void findsNothingForFormsOfTheCountryTable(String surface) {
    assertEquals(Optional.empty(), TABLE.match(surface));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Tripoli", "Hyderabad", "Punjab", "Kashmir", "Santiago", "Cordoba", "Córdoba", "Valencia", "Victoria",
        "San Jose", "Alexandria", "Kurdistan", "Azerbaijan", "Nice", "Reading", "Mobile", "Bath", "Split", "Of",
        "Punjab province"})
  void leavesOutAmbiguousNamesAndOrdinaryWords(String surface) {
    assertEquals(Optional.empty(), TABLE.match(surface));
  }

  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)");

  @Test
  void leavesOutEveryNameTheFileSaysItLeavesOut() throws IOException {
    List<String> names = new ArrayList<>();
    boolean inBlock = false;
    for (String line : bundledLines()) {
      if (line.startsWith("# Left out")) {
        inBlock = true;
      } else if (inBlock && line.startsWith("#   ")) {
        assertEquals(line.chars().filter(c -> c == '(').count(), line.chars().filter(c -> c == ')').count(), line);
        for (String name : BRACKETS.matcher(line.substring(1)).replaceAll("").split(",")) {
          if (!name.isBlank()) {
            names.add(name.strip());
          }
        }
      }
    }
    assertTrue(names.size() > 200, "names left out: " + names.size());
    assertTrue(names.containsAll(List.of("Tripoli", "Hyderabad", "Punjab", "Nice", "Senkaku Islands")), "" + names);
    List<String> found = names.stream().filter(TABLE::isPlace).map(n -> n + " -> " + TABLE.match(n)).toList();
    assertEquals(List.of(), found);
  }

  @Test
  void ignoresCaseAccentsDotsApostrophesAndHyphens() {
    assertEquals("PSE", code("KHAN YOUNIS"));
    assertEquals("PSE", code("khan younis"));
    assertEquals("PSE", code("Khan-Younis"));
    assertEquals("PSE", code("Khān Yūnis"));
    assertEquals("TUR", code("Şanlıurfa"));
    assertEquals("TUR", code("Sanliurfa"));
    assertEquals("TUR", code("Diyarbakır"));
    assertEquals("POL", code("Kraków"));
    assertEquals("POL", code("Krakow"));
    assertEquals("CHE", code("Zürich"));
    assertEquals("RUS", code("St. Petersburg"));
    assertEquals("RUS", code("Saint Petersburg"));
    assertEquals("RUS", code("St Petersburg"));
    assertEquals("YEM", code("Ma'rib"));
    assertEquals("YEM", code("Ma’rib"));
    assertEquals("YEM", code("Maʼrib"));
    assertEquals("SYR", code("Deir ez Zor"));
    assertEquals("PSE", code("Deir el-Balah"));
    assertEquals("PSE", code("Deir al Balah"));
  }

  @Test
  void acceptsLeadingTheAndPossessive() {
    assertEquals("UKR", code("the Donbas"));
    assertEquals("UKR", code("The Crimea"));
    assertEquals("EGY", code("the Sinai"));
    assertEquals("SYR", code("Aleppo's"));
    assertEquals("IRQ", code("Mosul’s"));
  }

  @Test
  void dropsAGenericWordOrALeadingArticleWhenNothingElseMatches() {
    assertEquals("AFG", code("Helmand province"));
    assertEquals("NGA", code("Borno State"));
    assertEquals("IRQ", code("Nineveh governorate"));
    assertEquals("UKR", code("Kherson oblast"));
    assertEquals("ETH", code("Tigray region"));
    assertEquals("AFG", code("Kandahar City"));
    assertEquals("UKR", code("Kyiv region"));
    assertEquals("UKR", code("Kiev Oblast"));
    assertEquals("SYR", code("al-Raqqa"));
    assertEquals("SYR", code("ar-Raqqa"));
    assertEquals("YEM", code("al-Mukalla"));
    assertEquals("SYR", code("al-Raqqa province"));
    assertEquals("-", code("province"));
    assertEquals("-", code("Islamic State"));
  }

  @Test
  void matchesMarkedWordsOnlyWhenCapitalizedAndAcronymsOnlyInCapitals() {
    assertEquals("LBN", code("Tyre"));
    assertEquals("-", code("tyre"));
    assertEquals("IRL", code("Cork"));
    assertEquals("-", code("cork"));
    assertEquals("USA", code("NYC"));
    assertEquals("-", code("nyc"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "the", "Saint", "Europe", "Hezbollah"})
  void findsNoPlaceInOtherWords(String surface) {
    assertEquals(Optional.empty(), TABLE.match(surface));
    assertFalse(TABLE.isPlace(surface));
  }

  @Test
  void parsesAWellFormedTable() {
    PlaceTable table =
        parse("# comment\n\nKhan Younis\tKhan Yunis|!Khanyounis\tpse\tcity\nDarfur\t\tSDN\tREGION\n");
    assertEquals(2, table.size());
    assertEquals(
        List.of(new Place("Khan Younis", "PSE", Place.Kind.CITY), new Place("Darfur", "SDN", Place.Kind.REGION)),
        table.all());
    assertEquals("PSE", table.match("Khan Yunis").orElseThrow().alpha3());
    assertEquals(Optional.empty(), table.match("khanyounis"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Juba\t\tSSD",
        "Juba\t\tSSD\tCITY\textra",
        "Juba",
        "Malakal\t\tXYZ\tCITY",
        "Malakal\t\tSudan\tCITY",
        "Malakal\t\tSSD\tTOWN",
        "Malakal\tWau||Bor\tSSD\tCITY",
        "Malakal|Wau\t\tSSD\tCITY",
        "\t\tSSD\tCITY",
      })
  void rejectsMalformedRowsNamingTheLine(String row) {
    IllegalArgumentException e = parseError("Darfur\t\tSDN\tREGION\n" + row + "\n");
    assertTrue(e.getMessage().startsWith("t.tsv:2: "), e.getMessage());
  }

  @Test
  void namesTheColumnCountAndTheUnknownCode() {
    assertTrue(parseError("Juba\t\tSSD\n").getMessage().contains("found 3"));
    assertTrue(parseError("Malakal\t\tXYZ\tCITY\n").getMessage().contains("'XYZ'"));
    assertTrue(parseError("Malakal\t\tSSD\tTOWN\n").getMessage().contains("'TOWN'"));
  }

  @Test
  void rejectsAFormListedOnTwoRowsNamingBothLines() {
    String tsv = "# places\nKyiv Oblast\t\tUKR\tREGION\nKharkiv\tKharkov\tUKR\tCITY\n"
        + "Kharkiv Oblast\tKhar'kov\tUKR\tREGION\n";
    IllegalArgumentException e = parseError(tsv);
    assertTrue(e.getMessage().startsWith("t.tsv:4: "), e.getMessage());
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("Khar'kov"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Georgia; the name of GEO",
        "Burma; a name of MMR",
        "Iraqi; a demonym of IRQ",
        "Juba; a capital of SSD",
        "St. Kitts; a name of KNA",
      })
  void rejectsFormsOfTheCountryTable(String form, String what) {
    IllegalArgumentException e = parseError("Darfur\t\tSDN\tREGION\nSomewhere\t" + form + "\tUSA\tREGION\n");
    assertEquals("t.tsv:2: '" + form + "' is " + what + " in countries.tsv", e.getMessage());
  }

  @Test
  void acceptsASpellingRepeatedWithinOneRow() {
    PlaceTable table = parse("Sanaa Province\tSana'a Province|Sanaa province\tYEM\tREGION\n");
    assertEquals(1, table.size());
  }

  @Test
  void placeRejectsBadValues() {
    assertThrows(IllegalArgumentException.class, () -> new Place("Basra", "irq", Place.Kind.CITY));
    assertThrows(IllegalArgumentException.class, () -> new Place(" ", "IRQ", Place.Kind.CITY));
    assertThrows(NullPointerException.class, () -> new Place("Basra", "IRQ", null));
  }
}
