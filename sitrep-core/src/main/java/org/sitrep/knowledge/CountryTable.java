package org.sitrep.knowledge;


import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The world's countries and territories, looked up by ISO code or by the names, demonyms and capitals that news
 * uses. Lookups ignore case, accents, dots, apostrophes, hyphens, a leading "the" and a trailing possessive, with two
 * exceptions: all-caps abbreviations ("US", "UAE") match only text in capitals or with dots, so the pronoun "us" is
 * no match, and forms marked {@code !} in the table ("Turkey", "Polish") match only text starting with a capital
 * letter. A form that two rows share ("Congo", "Korean", "Dominican") is ambiguous and matches nothing; see
 * {@link #ambiguousForms()}. Instances are immutable and safe to share between threads.
 */
public final class CountryTable {

  /** Name of the bundled table, relative to this class's package. */
  public static final String RESOURCE = "countries.tsv";

  private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼ`´]");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("['.]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\p{Pd},()/]");
  private static final Pattern SAINT = Pattern.compile("\\bsaint\\b");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
  private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
  private static final Pattern DOTTED = Pattern.compile("\\p{L}\\.\\p{L}");

  /** How the text must be capitalised for a form to match. */
  private enum Casing {
    ANY,
    CAPITALIZED,
    UPPER
  }

  private record Entry(Country country, CountryMatchKind kind, Casing casing) {}

  private record Form(String text, Casing casing) {}

  private final Map<String, Country> byCode;
  private final List<Country> all;
  private final Map<String, List<Entry>> index;
  private final SortedSet<String> ambiguous;

  private CountryTable(Map<String, Country> byCode, Map<String, List<Entry>> entries) {
    Map<String, List<Entry>> index = new HashMap<>();
    SortedSet<String> ambiguous = new TreeSet<>();
    entries.forEach(
        (key, list) -> {
          if (list.stream().map(Entry::country).distinct().count() > 1) {
            ambiguous.add(key);
          } else {
            list.sort(Comparator.comparing(Entry::kind));
            index.put(key, List.copyOf(list));
          }
        });
    this.byCode = Map.copyOf(byCode);
    this.all = List.copyOf(byCode.values());
    this.index = Map.copyOf(index);
    this.ambiguous = Collections.unmodifiableSortedSet(ambiguous);
  }

  /**
   * Parses the table bundled with sitrep. Parses afresh on each call, so callers should keep the instance.
   *
   * @throws IllegalStateException if the resource is missing or a row is malformed; the message names the line
   */
  public static CountryTable loadDefault() {
    return BundledResource.parse(RESOURCE, CountryTable::parse);
  }


  /**
   * Parses a table in the format of {@code countries.tsv}: five tab-separated columns, {@code |}-separated lists,
   * {@code #} comment lines. Does not close {@code in}.
   *
   * @param sourceName used in error messages, as {@code sourceName:line: problem}
   * @throws IllegalArgumentException if a row is malformed or repeats a code
   * @throws UncheckedIOException if reading fails
   */
  public static CountryTable parse(Reader in, String sourceName) {
    Map<String, Country> byCode = new TreeMap<>();
    Map<String, List<Entry>> entries = new HashMap<>();
    TableLines.read(in, sourceName, (line, lineNumber) -> parseRow(line, byCode, entries));
    return new CountryTable(byCode, entries);
  }

  private static void parseRow(String line, Map<String, Country> byCode, Map<String, List<Entry>> entries) {
    String[] columns = line.split("\t", -1);
    if (columns.length != 5) {
      throw new IllegalArgumentException("expected 5 tab-separated columns, found " + columns.length);
    }
    String code = columns[0].strip();
    List<Form> name = forms(columns[1], "name");
    if (name.size() != 1) {
      throw new IllegalArgumentException("expected exactly one name, found " + name.size());
    }
    List<Form> aliases = forms(columns[2], "aliases");
    List<Form> demonyms = forms(columns[3], "demonyms");
    List<Form> capitals = forms(columns[4], "capitals");
    Country country =
        new Country(code, name.get(0).text(), texts(aliases), texts(demonyms), texts(capitals));
    if (byCode.putIfAbsent(code, country) != null) {
      throw new IllegalArgumentException("duplicate code " + code);
    }
    List<Form> names = new ArrayList<>(name);
    names.addAll(aliases);
    index(entries, country, CountryMatchKind.NAME, names);
    index(entries, country, CountryMatchKind.DEMONYM, demonyms);
    index(entries, country, CountryMatchKind.CAPITAL, capitals);
  }

  private static List<Form> forms(String column, String what) {
    if (column.isBlank()) {
      return List.of();
    }
    List<Form> forms = new ArrayList<>();
    for (String raw : column.split("\\|", -1)) {
      String text = raw.strip();
      Casing casing = Casing.ANY;
      if (text.startsWith("!")) {
        text = text.substring(1).strip();
        casing = Casing.CAPITALIZED;
      } else if (text.replace(".", "").matches("\\p{Lu}{2,}")) {
        casing = Casing.UPPER;
      }
      if (key(text).isEmpty()) {
        throw new IllegalArgumentException("empty entry in " + what + ": '" + column + "'");
      }
      forms.add(new Form(text, casing));
    }
    return forms;
  }

  private static List<String> texts(List<Form> forms) {
    return forms.stream().map(Form::text).toList();
  }

  private static void index(
      Map<String, List<Entry>> entries, Country country, CountryMatchKind kind, List<Form> forms) {
    for (Form form : forms) {
      entries.computeIfAbsent(key(form.text()), k -> new ArrayList<>()).add(new Entry(country, kind, form.casing()));
    }
  }

  /** Folds everything that news spells inconsistently, so that "St. Kitts & Nevis" meets "Saint Kitts and Nevis". */
  private static String key(String text) {
    String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll("'");
    s = SEPARATORS.matcher(DROPPED.matcher(s).replaceAll("")).replaceAll(" ");
    s = SAINT.matcher(s).replaceAll("st");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** Looks a country up by alpha-3 code, ignoring case; empty if the table has no such code. */
  public Optional<Country> byCode(String alpha3) {
    return Optional.ofNullable(byCode.get(alpha3.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * Resolves a surface form such as "Iraqi", "the U.S.", "Tehran" or "Iraq’s" to a country and says which kind of
   * form it is (a name beats a demonym, which beats a capital, when one country lists the form twice). Empty if the
   * form is unknown, ambiguous, or an abbreviation or {@code !}-marked form written in the wrong case.
   */
  public Optional<CountryMatch> match(String surface) {
    String text = APOSTROPHES.matcher(surface.strip()).replaceAll("'");
    String withoutThe = LEADING_THE.matcher(text).replaceFirst("");
    // The full text goes first, so that "The Hague" and "St. John's" are not stripped to something else.
    for (String form : variants(text.equals(withoutThe) ? List.of(text) : List.of(text, withoutThe))) {
      String key = key(form);
      if (ambiguous.contains(key)) {
        return Optional.empty();
      }
      for (Entry entry : index.getOrDefault(key, List.of())) {
        if (accepts(entry.casing(), form)) {
          return Optional.of(new CountryMatch(entry.country(), entry.kind()));
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> variants(List<String> texts) {
    List<String> variants = new ArrayList<>();
    for (String text : texts) {
      variants.add(text);
      if (text.endsWith("'s")) {
        variants.add(text.substring(0, text.length() - 2));
      }
    }
    return variants;
  }

  private static boolean accepts(Casing casing, String form) {
    return switch (casing) {
      case ANY -> true;
      case UPPER -> form.chars().noneMatch(Character::isLowerCase) || DOTTED.matcher(form).find();
      case CAPITALIZED -> form.codePoints().filter(Character::isLetter).findFirst().stream()
          .anyMatch(Character::isUpperCase);
    };
  }

  /** True if {@link #match} resolves the surface form to a country. */
  public boolean isCountryWord(String surface) {
    return match(surface).isPresent();
  }

  /** Every country in the table, in alpha-3 order; the list is unmodifiable. */
  public List<Country> all() {
    return all;
  }

  /**
   * The forms that more than one row lists, which {@link #match} therefore refuses to resolve, as sorted lookup keys:
   * lower case, without accents, dots or apostrophes, hyphens as spaces ("congo", "korean").
   */
  public Set<String> ambiguousForms() {
    return ambiguous;
  }
}
