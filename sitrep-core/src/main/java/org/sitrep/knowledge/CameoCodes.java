package org.sitrep.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads CAMEO actor codes such as {@code IRNGOVLEG}, {@code IGOUNOREFHCR} or {@code NGOUSAHRI}: runs of three-letter
 * parts naming a country, an actor type and sectors. Immutable and safe to share between threads.
 */
final class CameoCodes {

  /** CAMEO sector and type codes kept as they are: both CAMEO and the contract use them. */
  private static final Set<String> SECTORS = Set.of(
      "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "INS", "SEP", "UAF", "AGR", "BUS", "CRM", "CVL", "DEV",
      "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD", "RAD", "REL", "IGO", "NGO");

  /** CAMEO codes that have a nearer contract sector. */
  private static final Map<String, String> RENAMED = Map.of(
      "MNC", "BUS", // multinational corporation
      "NGM", "NGO", // non-governmental movement
      "IMG", "REB", // international militarised group, e.g. al-Qaeda
      "PPL", "CVL"); // "people", "men" in the agents file

  /** CAMEO religion codes, which give {@code REL} when no other sector is named. "SUN" is left out: it is the USSR. */
  private static final Set<String> RELIGIONS = Set.of(
      "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "HIN", "HSD", "ITR", "JAN", "JEW", "JHW",
      "LDS", "MOS", "MUS", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "TAO", "UDS", "ZRO");

  /** CAMEO country codes that differ from ISO 3166-1 alpha-3; see docs/knowledge-base.md. */
  private static final Map<String, String> TO_ISO = Map.of(
      "TMP", "TLS", // East Timor
      "ROM", "ROU", // Romania, pre-2002 ISO code
      "ZAR", "COD", // Zaire, now DR Congo
      "KSV", "XKX", // Kosovo: World Bank code in CAMEO, user-assigned XKX in sitrep
      "KOS", "XKX",
      "PAL", "PSE", // Palestine, in NGO codes such as NGOPALHRI
      "ANG", "AGO"); // Angola, misspelt in the MilNonState file (UNITA)

  private static final Pattern CODE = Pattern.compile("(?:[A-Z0-9]{3})+");

  private final Set<String> iso;

  CameoCodes(CountryTable countries) {
    this.iso = Set.copyOf(countries.all().stream().map(Country::alpha3).toList());
  }

  /** The three-character parts of a code, or null if it is not a run of them. */
  static @Nullable List<String> parts(String code) {
    if (!CODE.matcher(code).matches()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < code.length(); i += 3) {
      parts.add(code.substring(i, i + 3));
    }
    return parts;
  }

  /**
   * The ISO alpha-3 code (or {@code IGO}) of a code's parts: {@code IGO} if it starts with IGO, else the first part
   * if it is a country, else the second ({@code NGOUSA...} and {@code SUNRUS} name their country second) unless that
   * is a religion ({@code IMGMUS...} is Muslim, not Mauritius). Null for regions, defunct states and types alone.
   */
  @Nullable String country(List<String> parts) {
    String first = parts.get(0);
    if (first.equals("IGO")) {
      return "IGO";
    }
    String code = TO_ISO.getOrDefault(first, first);
    if (iso.contains(code)) {
      return code;
    }
    if (parts.size() < 2 || RELIGIONS.contains(parts.get(1))) {
      return null;
    }
    code = TO_ISO.getOrDefault(parts.get(1), parts.get(1));
    return iso.contains(code) ? code : null;
  }

  /** The first sector among the parts, religions counting only when nothing else does; null if none. */
  static @Nullable String sector(List<String> parts) {
    for (String part : parts) {
      if (SECTORS.contains(part)) {
        return part;
      }
      if (RENAMED.containsKey(part)) {
        return RENAMED.get(part);
      }
    }
    return parts.stream().anyMatch(RELIGIONS::contains) ? "REL" : null;
  }

  /** True if the part is a country, region or state rather than a sector, type or religion. */
  static boolean isPlace(String part) {
    return !SECTORS.contains(part) && !RENAMED.containsKey(part) && !RELIGIONS.contains(part)
        && part.chars().allMatch(Character::isLetter);
  }
}
