package org.sitrep.facts;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;

/**
 * The PLOVER event lexicon: verb and noun triggers with their event types and modes, the "light" verbs whose object
 * noun carries the event, and the control verbs that change the meaning of the clause they govern. The format is
 * documented in {@code docs/events.md}; the bundled file is {@value #RESOURCE}. Immutable and thread-safe.
 */
public final class PloverLexicon {

  /** Name of the bundled lexicon, relative to this class's package. */
  public static final String RESOURCE = "plover-lexicon.txt";

  private final Map<String, List<LexiconEntry>> verbs;
  private final Map<String, List<LexiconEntry>> nouns;
  private final Set<String> light;
  private final Map<String, Control> controls;

  private PloverLexicon(Map<String, List<LexiconEntry>> verbs, Map<String, List<LexiconEntry>> nouns,
      Set<String> light, Map<String, Control> controls) {
    this.verbs = copy(verbs);
    this.nouns = copy(nouns);
    this.light = Set.copyOf(light);
    this.controls = Map.copyOf(controls);
  }

  private static Map<String, List<LexiconEntry>> copy(Map<String, List<LexiconEntry>> m) {
    Map<String, List<LexiconEntry>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  /** The bundled lexicon. Throws {@link IllegalStateException} if the resource is missing or malformed. */
  public static PloverLexicon loadDefault() {
    try (InputStream in = PloverLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
      return parse(new InputStreamReader(in, UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * Parses a lexicon in the documented format. Does not close {@code in}. Throws {@link IllegalArgumentException}
   * naming {@code source} and the line for an unknown section, type, control kind or condition.
   */
  public static PloverLexicon parse(Reader in, String source) throws IOException {
    Map<String, List<LexiconEntry>> verbs = new HashMap<>();
    Map<String, List<LexiconEntry>> nouns = new HashMap<>();
    Set<String> light = new HashSet<>();
    Map<String, Control> controls = new HashMap<>();
    BufferedReader r = new BufferedReader(in);
    String section = null;
    int n = 0;
    for (String line; (line = r.readLine()) != null; ) {
      n++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) continue;
      String where = source + ":" + n;
      if (text.startsWith("@")) {
        section = text.substring(1);
        if (!List.of("verb", "noun", "light", "control").contains(section)) {
          throw new IllegalArgumentException(where + ": unknown section @" + section);
        }
        continue;
      }
      if (section == null) throw new IllegalArgumentException(where + ": entry before any @section");
      String[] f = text.toLowerCase(Locale.ROOT).split("\\s+");
      switch (section) {
        case "light" -> light.addAll(List.of(f));
        case "control" -> {
          Control kind;
          try {
            kind = Control.valueOf(f[0].toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown control kind " + f[0], e);
          }
          for (int i = 1; i < f.length; i++) controls.putIfAbsent(f[i], kind);
        }
        default -> {
          LexiconEntry e = entry(f, section.equals("noun"), where);
          (e.noun() ? nouns : verbs).computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
        }
      }
    }
    return new PloverLexicon(verbs, nouns, light, controls);
  }

  private static LexiconEntry entry(String[] f, boolean noun, String where) {
    if (f.length < 2) throw new IllegalArgumentException(where + ": want TYPE[/mode] lemma [conditions]");
    String[] typeMode = f[0].split("/", 2);
    EventType type;
    try {
      type = EventType.valueOf(typeMode[0].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown PLOVER type " + typeMode[0], e);
    }
    String mode = typeMode.length > 1 ? typeMode[1] : null;
    String particle = null;
    Set<String> objects = Set.of();
    Set<String> preps = Set.of();
    Set<String> mods = Set.of();
    for (int i = 2; i < f.length; i++) {
      int eq = f[i].indexOf('=');
      if (eq < 0) {
        if (noun || particle != null) throw new IllegalArgumentException(where + ": unexpected word " + f[i]);
        particle = f[i];
        continue;
      }
      Set<String> values = Set.of(f[i].substring(eq + 1).split("\\|"));
      switch (f[i].substring(0, eq)) {
        case "obj" -> objects = values;
        case "prep" -> preps = values;
        case "mod" -> mods = values;
        default -> throw new IllegalArgumentException(where + ": unknown condition " + f[i]);
      }
    }
    return new LexiconEntry(type, mode, noun, f[1], particle, objects, preps, mods);
  }

  /** The verb entries for {@code lemma} (lower case), most specific first; empty if none. */
  public List<LexiconEntry> verbs(String lemma) {
    return sorted(verbs.get(lemma));
  }

  /** The noun entries for {@code lemma} (lower case), most specific first; empty if none. */
  public List<LexiconEntry> nouns(String lemma) {
    return sorted(nouns.get(lemma));
  }

  private static List<LexiconEntry> sorted(@Nullable List<LexiconEntry> entries) {
    if (entries == null) return List.of();
    List<LexiconEntry> out = new ArrayList<>(entries);
    out.sort((a, b) -> Integer.compare(b.specificity(), a.specificity()));
    return out;
  }

  /** Whether {@code lemma} is a light verb whose object noun carries the event ("launched an attack"). */
  public boolean isLight(String lemma) {
    return light.contains(lemma);
  }

  /** The control kind of {@code lemma}, if it is a control verb or adjective. */
  public Optional<Control> control(String lemma) {
    return Optional.ofNullable(controls.get(lemma));
  }

  @Override
  public String toString() {
    return "PloverLexicon[" + verbs.size() + " verbs, " + nouns.size() + " nouns, " + controls.size() + " controls]";
  }
}
