package org.sitrep.knowledge;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cities and regions that news names, looked up by the spellings news uses, each with the country it lies in: "Khan
 * Younis" and "Khan Yunis" give {@code PSE}, "Kharkov" gives {@code UKR}, "Helmand province" gives {@code AFG}.
 * Countries and capitals are not places here; {@link CountryTable} resolves them, and {@link #match} refuses every
 * form that the country table uses, so "Juba", "Georgia" and "Gaza" find nothing.
 *
 * <p>Lookups compare names as the knowledge base does ({@code docs/knowledge-base.md}): case, accents, apostrophes,
 * dots and hyphens are ignored, as are a leading "the", a trailing possessive and an Arabic article inside a name of
 * three or more words; "Saint" equals "St". When nothing matches, a leading Arabic article ("al-Raqqa") and a
 * trailing "city", "province", "state", "region", "governorate", "oblast", "krai" or "district" are dropped. A form
 * marked {@code !} in the table ("!Tyre") matches only text that starts with a capital letter; an all-caps form of up
 * to five letters ("NYC") matches only text in capitals.
 *
 * <p>The table holds no ambiguity: the loader rejects a form listed on two rows. Instances are immutable and safe to
 * share between threads.
 */
public final class PlaceTable {

  /** Name of the bundled table, relative to this class's package. */
  public static final String RESOURCE = "places.tsv";

  private static final Pattern SAINT = Pattern.compile("\\bsaint\\b");
  // The Arabic article as transliterated before a name, including its assimilated forms (ar-Raqqa, as-Suwayda).
  private static final Set<String> ARTICLES =
      Set.of("al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "ez");
  private static final Set<String> GENERIC_WORDS =
      Set.of("city", "province", "state", "region", "governorate", "oblast", "krai", "kray", "district");

  private record Entry(Place place, SurfaceForms.Casing casing, String spelling) {}

  private final Map<String, List<Entry>> index;
  private final Set<String> countryForms;
  private final List<Place> all;

  private PlaceTable(Map<String, List<Entry>> index, Set<String> countryForms, List<Place> all) {
    this.index = Map.copyOf(index);
    this.countryForms = Set.copyOf(countryForms);
    this.all = List.copyOf(all);
  }

  /**
   * Parses the table bundled with sitrep, checked against the bundled country table. Parses afresh on each call, so
   * callers should keep the instance.
   *
   * @throws IllegalStateException if the resource is missing or a row is malformed; the message names the line
   */
  public static PlaceTable loadDefault() {
    return loadDefault(CountryTable.loadDefault());
  }

  /** As {@link #loadDefault()}, checked against {@code countries}, a country table the caller has loaded already. */
  public static PlaceTable loadDefault(CountryTable countries) {
    return BundledResource.parse(RESOURCE, (in, name) -> parse(in, name, countries));
  }

  /**
   * Parses a table in the format of {@code places.tsv}, checked against the bundled country table. Does not close
   * {@code in}.
   *
   * @param sourceName used in error messages, as {@code sourceName:line: problem}
   * @throws IllegalArgumentException if a row is malformed, names an unknown country, repeats a form of an earlier
   *     row or uses a form of the country table
   * @throws UncheckedIOException if reading fails
   */
  public static PlaceTable parse(Reader in, String sourceName) {
    return parse(in, sourceName, CountryTable.loadDefault());
  }

  /**
   * As {@link #parse(Reader, String)}, checked against the given country table: every alpha-3 code must be one of its
   * codes, and no name or alias may be one of its names, aliases, demonyms or capitals.
   */
  public static PlaceTable parse(Reader in, String sourceName, CountryTable countries) {
    Map<String, String> countryForms = countryForms(countries);
    Map<String, List<Entry>> index = new HashMap<>();
    Map<String, Integer> lineOfKey = new HashMap<>();
    List<Place> all = new ArrayList<>();
    TableLines.read(in, sourceName,
        (line, lineNumber) -> all.add(parseRow(line, lineNumber, countries, countryForms, index, lineOfKey)));
    return new PlaceTable(index, countryForms.keySet(), all);
  }

  private static Place parseRow(
      String line,
      int lineNumber,
      CountryTable countries,
      Map<String, String> countryForms,
      Map<String, List<Entry>> index,
      Map<String, Integer> lineOfKey) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 4) {
      throw new IllegalArgumentException(
          "expected 4 tab-separated columns (name, aliases, alpha3, kind), found " + columns.length);
    }
    List<String> names = forms(columns[0], "name");
    if (names.size() != 1) {
      throw new IllegalArgumentException("expected exactly one name, found " + names.size());
    }
    List<String> forms = new ArrayList<>(names);
    forms.addAll(forms(columns[1], "aliases"));
    String code = columns[2].strip();
    Country country =
        countries
            .byCode(code)
            .orElseThrow(
                () -> new IllegalArgumentException("unknown country code '" + code + "': not in countries.tsv"));
    Place place = new Place(SurfaceForms.spelling(names.get(0)), country.alpha3(), kind(columns[3]));
    Map<String, List<Entry>> own = new HashMap<>();
    for (String form : forms) {
      String spelling = SurfaceForms.spelling(form);
      String key = key(spelling);
      String countryForm = countryForms.get(key);
      if (countryForm != null) {
        throw new IllegalArgumentException("'" + spelling + "' is " + countryForm + " in countries.tsv");
      }
      Integer earlier = lineOfKey.get(key);
      if (earlier != null) {
        String other = index.get(key).get(0).place().name();
        throw new IllegalArgumentException(
            "'" + spelling + "' is already listed on line " + earlier + " (" + other + ")");
      }
      // A row may spell one key twice ("NEOM|Neom"); each spelling keeps its own casing rule.
      own.computeIfAbsent(key, k -> new ArrayList<>()).add(new Entry(place, SurfaceForms.casing(form), spelling));
    }
    own.forEach(
        (key, entries) -> {
          index.put(key, List.copyOf(entries));
          lineOfKey.put(key, lineNumber);
        });
    return place;
  }

  private static List<String> forms(String column, String what) {
    if (column.isBlank()) {
      return List.of();
    }
    List<String> forms = new ArrayList<>();
    for (String raw : column.split("\\|", -1)) {
      String form = raw.strip();
      if (key(SurfaceForms.spelling(form)).isEmpty()) {
        throw new IllegalArgumentException("empty entry in " + what + ": '" + column + "'");
      }
      forms.add(form);
    }
    return forms;
  }

  private static Place.Kind kind(String column) {
    String value = column.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(Place.Kind.values())
        .filter(k -> k.name().equals(value))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(
                "unknown kind '" + column.strip() + "': expected one of " + Arrays.toString(Place.Kind.values())));
  }

  /** Every form of the country table by lookup key, with what it is ("a capital of SSD"); the first listing wins. */
  private static Map<String, String> countryForms(CountryTable countries) {
    Map<String, String> forms = new HashMap<>();
    for (Country c : countries.all()) {
      putAll(forms, List.of(c.name()), "the name of " + c.alpha3());
      putAll(forms, c.aliases(), "a name of " + c.alpha3());
      putAll(forms, c.demonyms(), "a demonym of " + c.alpha3());
      putAll(forms, c.capitals(), "a capital of " + c.alpha3());
    }
    return forms;
  }

  private static void putAll(Map<String, String> forms, List<String> spellings, String what) {
    for (String spelling : spellings) {
      String key = key(spelling);
      if (!key.isEmpty()) {
        forms.putIfAbsent(key, what);
      }
    }
  }

  /** The knowledge base's lookup key ({@link SurfaceForms#key}), with "saint" written "st". */
  private static String key(String text) {
    return SAINT.matcher(SurfaceForms.key(text)).replaceAll("st");
  }

  /**
   * Resolves a surface form such as "Khan Yunis", "the Donbas", "Aleppo's", "al-Raqqa" or "Helmand province" to a
   * place. Empty if the form is unknown, is a form of the country table ("Gaza", "Juba", "Kuwait City"), or is a
   * {@code !}-marked or all-caps form written in the wrong case.
   */
  public Optional<Place> match(String surface) {
    List<String> variants = SurfaceForms.variants(surface);
    List<String> keys = variants.stream().map(PlaceTable::key).toList();
    if (keys.stream().anyMatch(k -> k.isEmpty() || countryForms.contains(k))) {
      return Optional.empty();
    }
    for (int i = 0; i < variants.size(); i++) {
      Optional<Place> place = lookup(keys.get(i), variants.get(i));
      if (place.isPresent()) {
        return place;
      }
    }
    for (int i = 0; i < variants.size(); i++) {
      for (String key : shortenedKeys(keys.get(i))) {
        if (!countryForms.contains(key)) {
          Optional<Place> place = lookup(key, variants.get(i));
          if (place.isPresent()) {
            return place;
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Place> lookup(String key, String surface) {
    return index.getOrDefault(key, List.of()).stream()
        .filter(entry -> SurfaceForms.accepts(entry.casing(), surface, entry.spelling()))
        .map(Entry::place)
        .findFirst();
  }

  /** The key without a trailing generic word, without a leading article, and without both, for names of 2+ words. */
  private static List<String> shortenedKeys(String key) {
    List<String> words = List.of(key.split(" "));
    if (words.size() < 2) {
      return List.of();
    }
    boolean generic = GENERIC_WORDS.contains(words.get(words.size() - 1));
    boolean article = ARTICLES.contains(words.get(0));
    List<String> keys = new ArrayList<>();
    if (generic) {
      keys.add(String.join(" ", words.subList(0, words.size() - 1)));
    }
    if (article) {
      keys.add(String.join(" ", words.subList(1, words.size())));
    }
    if (generic && article && words.size() > 2) {
      keys.add(String.join(" ", words.subList(1, words.size() - 1)));
    }
    return keys;
  }

  /** True if {@link #match} resolves the surface form to a place. */
  public boolean isPlace(String surface) {
    return match(surface).isPresent();
  }

  /** Every place in the table, in file order; the list is unmodifiable. */
  public List<Place> all() {
    return all;
  }

  /** The number of places (rows) in the table. */
  public int size() {
    return all.size();
  }
}
