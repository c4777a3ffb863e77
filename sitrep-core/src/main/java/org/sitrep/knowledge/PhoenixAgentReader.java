package org.sitrep.knowledge;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a PETRARCH agents file into an agent lexicon (see docs/knowledge-base.md); one instance per file. */
final class PhoenixAgentReader extends PhoenixReader {

  private static final Pattern MARKER = Pattern.compile("!([^!\\s]+)!");

  private final Map<String, List<String>> markers = new LinkedHashMap<>();
  private final Map<String, String> sectors = new LinkedHashMap<>();

  PhoenixAgentReader(String source) {
    super(source);
  }

  PhoenixImport<AgentLexicon> read(Reader in) {
    readLines(in);
    AgentLexicon lexicon = AgentLexicon.of(sectors);
    return new PhoenixImport<>(lexicon, lexicon.size(), skippedLines, 0, problems);
  }

  @Override
  void line(String raw, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (text.contains("!") && text.contains("=")) {
      defineMarker(text);
      return;
    }
    int open = text.indexOf('[');
    int close = text.indexOf(']', open + 1);
    if (open < 0 || close < 0) {
      skip("no [code] for " + text);
      return;
    }
    List<String> parts = CameoCodes.parts(text.substring(open + 1, close).replace("~", "").strip());
    String sector = parts == null ? null : CameoCodes.sector(parts);
    if (sector == null) {
      skip("no sector in code " + text.substring(open, close + 1));
      return;
    }
    String phrase = text.substring(0, open).strip();
    String plural = "";
    int brace = phrase.indexOf('{');
    if (brace >= 0) {
      int end = phrase.indexOf('}', brace);
      if (end < 0) {
        skip("missing '}' in " + text);
        return;
      }
      plural = phrase.substring(brace + 1, end).strip();
      phrase = phrase.substring(0, brace).strip();
    }
    Matcher marker = MARKER.matcher(phrase);
    if (marker.find()) {
      List<String> substitutes = markers.get(marker.group(1));
      if (substitutes == null) {
        skip("undefined marker !" + marker.group(1) + "!");
        return;
      }
      // As in PETRARCH, each substitute is used as given, with no plural made from it.
      for (String substitute : substitutes) {
        add(phrase.substring(0, marker.start()) + substitute + phrase.substring(marker.end()), sector);
      }
      return;
    }
    add(phrase, sector);
    if (!plural.isEmpty()) {
      add(plural, sector);
    }
  }

  private void add(String phrase, String sector) {
    if (AgentLexicon.key(phrase).isEmpty()) {
      skip("empty noun");
    } else {
      sectors.remove(phrase);
      sectors.put(phrase, sector); // a later line wins, as in PETRARCH
    }
  }

  /** {@code !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON}. */
  private void defineMarker(String text) {
    Matcher marker = MARKER.matcher(text);
    int equals = text.indexOf('=');
    if (!marker.find() || marker.end() > equals) {
      skip("malformed marker definition: " + text);
      return;
    }
    List<String> substitutes = new ArrayList<>();
    for (String item : text.substring(equals + 1).split(",")) {
      if (!item.isBlank()) {
        substitutes.add(item.strip());
      }
    }
    markers.put(marker.group(1), List.copyOf(substitutes));
  }
}
