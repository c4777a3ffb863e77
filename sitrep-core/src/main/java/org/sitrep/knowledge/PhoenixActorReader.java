package org.sitrep.knowledge;

import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.ActorKind;

/** Reads a PETRARCH actors file into a knowledge base (see docs/knowledge-base.md); one instance per file. */
final class PhoenixActorReader extends PhoenixReader {

  private static final Pattern GROUP = Pattern.compile("\\[([^\\]]*)\\]");
  private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");
  private static final Pattern VOWEL = Pattern.compile("[AEIOUY]");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");
  private static final Set<String> PARTICLES = Set.of(
      "AL", "EL", "BIN", "BINT", "IBN", "BEN", "OF", "THE", "AND", "FOR", "ON", "IN", "AT", "TO", "DE", "DU", "DA",
      "DAS", "DOS", "DEL", "DER", "DEN", "LA", "LE", "LES", "VAN", "VON", "Y");
  /** Words that make a dated entry an organisation rather than a person ("ISLAMIC STATE", "SOVIET POLITBURO"). */
  private static final Set<String> ORGANIZATION_WORDS = Set.of(
      "ADMINISTRATION", "AGENCY", "ALLIANCE", "ARMY", "ASSEMBLY", "ASSOCIATION", "AUTHORITY", "BANK", "BATTALION",
      "BOARD", "BRIGADE", "BRIGADES", "BUREAU", "CABINET", "CENTER", "CENTRE", "CHAMBER", "CHURCH", "COALITION",
      "COMMAND", "COMMISSION", "COMMITTEE", "COMMUNITY", "COMPANY", "CONGRESS", "CORP", "CORPORATION", "CORPS",
      "COUNCIL", "COURT", "DEPARTMENT", "DIRECTORATE", "DIVISION", "EMPIRE", "FEDERATION", "FORCE", "FORCES",
      "FOUNDATION", "FRONT", "FUND", "GOVERNMENT", "GROUP", "GUARD", "GUARDS", "INC", "INSTITUTE", "JUNTA", "KINGDOM",
      "LEAGUE", "LTD", "MILITIA", "MINISTRY", "MISSION", "MOVEMENT", "NATIONS", "NAVY", "NETWORK", "OFFICE",
      "ORGANISATION", "ORGANIZATION", "PARLIAMENT", "PARTY", "POLICE", "POLITBURO", "PRESIDENCY", "REGIME",
      "REGIMENT", "REPUBLIC", "SENATE", "SERVICE", "SERVICES", "SOCIETY", "STATE", "STATES", "TRIBUNAL", "UNION",
      "UNIVERSITY");

  /** One entry of an actors file as read: a name, its aliases and its roles. */
  private static final class Draft {
    final int line;
    final String name;
    final List<String> aliases = new ArrayList<>();
    final List<KbRole> roles = new ArrayList<>();
    boolean coded;

    Draft(int line, String name) {
      this.line = line;
      this.name = name;
    }
  }

  private final CameoCodes codes;
  private final List<Draft> drafts = new ArrayList<>();
  private @Nullable Draft current;

  PhoenixActorReader(String source, CameoCodes codes) {
    super(source);
    this.codes = codes;
  }

  PhoenixImport<KnowledgeBase> read(Reader in) {
    readLines(in);
    Map<String, List<Draft>> merged = new LinkedHashMap<>();
    int dropped = 0;
    for (Draft draft : drafts) {
      if (draft.roles.isEmpty()) {
        dropped++;
        note(draft.line, "no usable code for " + draft.name);
        continue;
      }
      String id = idOf(draft);
      if (id.isEmpty()) {
        dropped++;
        note(draft.line, "no letters or digits to make an id of " + draft.name);
        continue;
      }
      merged.computeIfAbsent(id, k -> new ArrayList<>()).add(draft);
    }
    List<KbActor> actors = new ArrayList<>();
    merged.forEach((id, group) -> actors.add(actor(id, group)));
    return new PhoenixImport<>(KnowledgeBase.of(actors), actors.size(), skippedLines, dropped, problems);
  }

  @Override
  void line(String raw, String text) {
    if (text.isEmpty()) {
      // PETRARCH skips blank lines, but an entry still waiting for its code ends at one.
      if (raw.isBlank() && current != null && !current.coded) {
        current = null;
      }
      return;
    }
    char first = text.charAt(0);
    Draft draft = current;
    if (first == '+' || first == '[') {
      if (draft == null) {
        skip((first == '+' ? "alias" : "code") + " before any entry: " + text);
      } else if (first == '+') {
        addNames(draft, text.substring(1));
      } else {
        codes(draft, text);
      }
      return;
    }
    int bracket = text.indexOf('[');
    String name = (bracket < 0 ? text : text.substring(0, bracket)).strip();
    if (draft != null && !draft.coded) {
      // Consecutive name lines before one block of codes are one entry (CountryInfo's Brezhnev, Josipovic).
      draft.aliases.add(name);
    } else {
      draft = new Draft(lineNumber, name);
      drafts.add(draft);
      current = draft;
    }
    if (bracket >= 0) {
      codes(draft, text.substring(bracket));
    }
  }

  private void addNames(Draft draft, String text) {
    int bracket = text.indexOf('[');
    String alias = (bracket < 0 ? text : text.substring(0, bracket)).strip();
    if (!alias.isEmpty()) {
      draft.aliases.add(alias);
    }
    if (bracket >= 0) {
      codes(draft, text.substring(bracket));
    }
  }

  /** Reads every {@code [CODE dates]} group of the text into roles of the draft. */
  private void codes(Draft draft, String text) {
    draft.coded = true; // even an unreadable code ends the entry's run of name lines
    Matcher groups = GROUP.matcher(text);
    boolean any = false;
    while (groups.find()) {
      any = true;
      String group = groups.group(1).strip();
      if (group.equals("---")) {
        continue; // PETRARCH's null code: a name that must not be coded as an actor
      }
      KbRole role = role(group);
      if (role == null) {
        skip("malformed code [" + group + "]");
      } else {
        draft.roles.add(role);
      }
    }
    if (!any) {
      skip("unreadable code: " + text);
    }
  }

  /** {@code CODE}, {@code CODE >YYMMDD}, {@code CODE <YYMMDD} or {@code CODE YYMMDD-YYMMDD}; null if malformed. */
  private @Nullable KbRole role(String group) {
    String[] tokens = group.split("\\s+", 2);
    List<String> parts = CameoCodes.parts(tokens[0]);
    if (parts == null) {
      return null;
    }
    String dates = tokens.length < 2 ? "" : tokens[1].replaceAll("\\s+", "");
    LocalDate from = null;
    LocalDate to = null;
    try {
      if (dates.startsWith(">")) {
        from = date(dates.substring(1));
      } else if (dates.startsWith("<")) {
        to = date(dates.substring(1));
      } else if (!dates.isEmpty()) {
        String[] ends = dates.split("-", -1);
        if (ends.length != 2) {
          return null;
        }
        from = date(ends[0]);
        to = date(ends[1]);
      }
    } catch (DateTimeException e) {
      return null;
    }
    if (from != null && to != null && to.isBefore(from)) {
      return null;
    }
    return new KbRole(tokens[0], codes.country(parts), CameoCodes.sector(parts), from, to);
  }

  /** YYMMDD or YYYYMMDD; as in PETRARCH, YY up to 30 is 20YY and the rest 19YY. */
  private static LocalDate date(String text) {
    if (!DATE.matcher(text).matches()) {
      throw new DateTimeException("not a date: " + text);
    }
    int year = text.length() == 8 ? Integer.parseInt(text.substring(0, 4)) : Integer.parseInt(text.substring(0, 2));
    if (text.length() == 6) {
      year += year <= 30 ? 2000 : 1900;
    }
    String rest = text.substring(text.length() - 4);
    return LocalDate.of(year, Integer.parseInt(rest.substring(0, 2)), Integer.parseInt(rest.substring(2)));
  }

  private static String idOf(Draft draft) {
    String id = slug(displayName(draft.name));
    for (int i = 0; id.isEmpty() && i < draft.aliases.size(); i++) {
      id = slug(displayName(draft.aliases.get(i)));
    }
    return id;
  }

  /** One actor from every entry with this id: the first entry's name, everyone's aliases and roles. */
  private static KbActor actor(String id, List<Draft> group) {
    String name = displayName(group.get(0).name);
    Map<String, String> aliases = new LinkedHashMap<>();
    aliases.put(SurfaceForms.key(name), name);
    List<KbRole> roles = new ArrayList<>();
    for (Draft draft : group) {
      for (String raw : concat(draft.name, draft.aliases)) {
        String alias = displayName(raw);
        String key = SurfaceForms.key(alias);
        if (!key.isEmpty()) {
          aliases.putIfAbsent(key, alias);
        }
      }
      roles.addAll(draft.roles);
    }
    aliases.remove(SurfaceForms.key(name));
    KbRole main = mainRole(roles);
    String country = main.country() != null ? main.country()
        : roles.stream().map(KbRole::country).filter(Objects::nonNull).findFirst().orElse(null);
    String sector = main.sector() != null ? main.sector()
        : roles.stream().map(KbRole::sector).filter(Objects::nonNull).findFirst().orElse(null);
    return new KbActor(id, name, kindOf(name, roles), country, sector, List.copyOf(aliases.values()), roles,
        List.of(), List.of(), List.of());
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /**
   * The role that best describes the actor now: the open-ended one that started last, else an undated one, else
   * the one that ended last.
   */
  private static KbRole mainRole(List<KbRole> roles) {
    return roles.stream()
        .filter(r -> r.from() != null && r.to() == null)
        .max(Comparator.comparing(KbRole::from))
        .or(() -> roles.stream().filter(r -> r.from() == null && r.to() == null).findFirst())
        .or(() -> roles.stream().filter(r -> r.to() != null).max(Comparator.comparing(KbRole::to)))
        .orElse(roles.get(0));
  }

  /**
   * Countries are undated bare country codes ({@code [AFG]}); other undated place codes ({@code [PSEGZA]},
   * {@code [MEA]}) are locations; a dated or elite ({@code ELI}) entry is a person unless its name has a word
   * such as "Party" or "Army"; the rest are organisations.
   */
  private static ActorKind kindOf(String name, List<KbRole> roles) {
    boolean dated = roles.stream().anyMatch(r -> r.from() != null || r.to() != null);
    boolean places = roles.stream().allMatch(r -> {
      List<String> parts = CameoCodes.parts(r.title());
      return parts != null && parts.size() <= 2 && parts.stream().allMatch(CameoCodes::isPlace);
    });
    if (!dated && places) {
      boolean countries = roles.stream().allMatch(r -> r.title().length() == 3 && r.country() != null);
      return countries ? ActorKind.COUNTRY : ActorKind.LOCATION;
    }
    boolean elite = roles.stream().anyMatch(r -> "ELI".equals(r.sector()));
    boolean organization = List.of(name.toUpperCase(Locale.ROOT).split("[^\\p{L}]+")).stream()
        .anyMatch(ORGANIZATION_WORDS::contains);
    return (dated || elite) && !organization ? ActorKind.PERSON : ActorKind.ORGANIZATION;
  }

  /**
   * Turns a dictionary name such as {@code HASAN_ROHANI_} into display form ("Hasan Rohani"). Words without a
   * vowel, with a dot or digit, and a lone word of up to three letters stay in capitals, as acronyms ("PKK",
   * "U.N.", "ELN"), so that only they get the knowledge base's capitals-only matching.
   */
  static String displayName(String raw) {
    String[] words = SPACES.split(raw.replace('_', ' ').strip());
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String letters = NOT_LETTER.matcher(word).replaceAll("");
      boolean acronym = !VOWEL.matcher(word).find() || word.contains(".") || DIGIT.matcher(word).find()
          || (words.length == 1 && letters.length() <= 3);
      String shown;
      if (acronym || !word.equals(word.toUpperCase(Locale.ROOT))) {
        shown = word;
      } else if (i > 0 && PARTICLES.contains(word)) {
        shown = word.toLowerCase(Locale.ROOT);
      } else {
        shown = capitalize(word);
      }
      out.append(i == 0 ? "" : " ").append(shown);
    }
    return out.toString();
  }

  /** "KI-MOON" to "Ki-Moon", "AL-QAEDA" to "Al-Qaeda", "O'NEILL" to "O'Neill" but "KATA'IB" to "Kata'ib". */
  private static String capitalize(String word) {
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    int run = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      out.appendCodePoint(start ? Character.toUpperCase(cp) : Character.toLowerCase(cp));
      boolean letter = Character.isLetterOrDigit(cp);
      // After an apostrophe a new word starts only behind a single letter, as in O'Neill and D'Alema.
      start = !letter && (cp != '\'' || run == 1);
      run = letter ? run + 1 : 0;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** "Hasan Rohani" to {@code hasan-rohani}; empty if the name has no ASCII letter or digit. */
  static String slug(String name) {
    return EDGE_HYPHENS.matcher(NOT_SLUG.matcher(SurfaceForms.fold(name)).replaceAll("-")).replaceAll("");
  }
}
