package org.sitrep.clean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Boilerplate scoring exactly as {@code shared/eval/score.py} does it: lines are normalised (NFKC, curly quotes to
 * straight, lower case, whitespace collapsed, surrounding punctuation stripped, a leading "the " dropped); a gold and
 * a system line match when norm-equal (score 2) or one contains the other (score shorter/longer); matching is
 * one-to-one, greedy, best score first.
 */
final class BoilerplateScore {

  /** Matched pairs of gold and system lines, and the unmatched ones on both sides. */
  record Result(int tp, int system, int gold, List<String> falsePositives, List<String> falseNegatives) {
    double precision() {
      return system == 0 ? (gold == 0 ? 1 : 0) : (double) tp / system;
    }

    double recall() {
      return gold == 0 ? (system == 0 ? 1 : 0) : (double) tp / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Result plus(Result o) {
      List<String> fp = new ArrayList<>(falsePositives);
      fp.addAll(o.falsePositives);
      List<String> fn = new ArrayList<>(falseNegatives);
      fn.addAll(o.falseNegatives);
      return new Result(tp + o.tp, system + o.system, gold + o.gold, fp, fn);
    }

    static Result empty() {
      return new Result(0, 0, 0, List.of(), List.of());
    }
  }

  private BoilerplateScore() {}

  static Result score(List<String> goldLines, List<String> systemLines) {
    List<String> gold = goldLines.stream().filter(s -> !norm(s).isEmpty()).toList();
    List<String> sys = systemLines.stream().filter(s -> !norm(s).isEmpty()).toList();
    record Candidate(double score, int gi, int si) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) {
      for (int si = 0; si < sys.size(); si++) {
        Double s = lineSim(gold.get(gi), sys.get(si));
        if (s != null) candidates.add(new Candidate(s, gi, si));
      }
    }
    candidates.sort((a, b) -> a.score != b.score ? Double.compare(b.score, a.score)
        : a.gi != b.gi ? Integer.compare(a.gi, b.gi) : Integer.compare(a.si, b.si));
    Set<Integer> usedGold = new HashSet<>();
    Set<Integer> usedSys = new HashSet<>();
    for (Candidate c : candidates) {
      if (!usedGold.contains(c.gi) && !usedSys.contains(c.si)) {
        usedGold.add(c.gi);
        usedSys.add(c.si);
      }
    }
    List<String> fp = new ArrayList<>();
    for (int si = 0; si < sys.size(); si++) if (!usedSys.contains(si)) fp.add(sys.get(si));
    List<String> fn = new ArrayList<>();
    for (int gi = 0; gi < gold.size(); gi++) if (!usedGold.contains(gi)) fn.add(gold.get(gi));
    return new Result(usedGold.size(), sys.size(), gold.size(), fp, fn);
  }

  static Double lineSim(String g, String s) {
    String a = norm(g);
    String b = norm(s);
    if (a.equals(b)) return 2.0;
    if (a.contains(b) || b.contains(a)) return (double) Math.min(a.length(), b.length()) / Math.max(a.length(), b.length());
    return null;
  }

  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder q = new StringBuilder();
    for (char c : n.toCharArray()) {
      if ("\u2018\u2019\u201a\u201b\u2032\u02bc`\u00b4".indexOf(c) >= 0) q.append('\'');
      else if ("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb".indexOf(c) >= 0) q.append('"');
      else q.append(c);
    }
    String lowered = q.toString().toLowerCase(Locale.ROOT).strip();
    String collapsed = String.join(" ", lowered.isEmpty() ? new String[0] : lowered.split("\\s+"));
    String stripped = strip(collapsed);
    return stripped.startsWith("the ") ? strip(stripped.substring(4)) : stripped;
  }

  private static String strip(String s) {
    int i = 0;
    int j = s.length();
    while (i < j && skippable(s.charAt(i))) i++;
    while (j > i && skippable(s.charAt(j - 1))) j--;
    return s.substring(i, j);
  }

  private static boolean skippable(char c) {
    if (Character.isWhitespace(c)) return true;
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }
}
