package org.sitrep.resolve;

import java.text.Normalizer;
import java.util.Locale;

/** Spelling-insensitive keys and readable ids for actor names. */
final class ActorNames {

  private ActorNames() {}

  /** "The U.S. State Department’s" and "US State Department" give the same key. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'')
        .toLowerCase(Locale.ROOT).strip();
    if (s.endsWith("'s")) s = s.substring(0, s.length() - 2);
    else if (s.endsWith("'")) s = s.substring(0, s.length() - 1);
    if (s.startsWith("the ")) s = s.substring(4);
    s = s.replace(".", "");
    return s.replaceAll("[\\s\\-]+", " ").strip();
  }

  /** A readable, URL-safe id: "Fuad Hussein" becomes {@code fuad-hussein}. */
  static String slug(String name) {
    String ascii = Normalizer.normalize(key(name), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.replaceAll("[^\\p{Alnum}]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "actor" : slug;
  }

  /** The words of a name's key. */
  static String[] words(String name) {
    String k = key(name);
    return k.isEmpty() ? new String[0] : k.split(" ");
  }
}
