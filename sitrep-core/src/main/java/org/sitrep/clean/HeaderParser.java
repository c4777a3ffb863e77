package org.sitrep.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the header zone (the first {@value #ZONE} non-blank lines) of a scraped article: which line is the headline,
 * which lines name the site or a section, and which outlet they name. Only lines before the first body paragraph can
 * be title, site name or label; a body paragraph is never taken as the title. Stateless and thread-safe.
 */
final class HeaderParser {

  static final int ZONE = 8;
  /** How far down a title given by the feed or the page metadata may appear as a line. */
  private static final int KNOWN_TITLE_ZONE = 15;
  private static final int MAX_TITLE_WORDS = 22;
  private static final int MAX_TITLE_CHARS = 180;

  /**
   * Words that outlet names are built from. A short capitalised line made of them in the header names the site,
   * as in "Daily News Now" or "The Weekly Observer"; headlines need a verb and are longer.
   */
  private static final Set<String> OUTLET_WORDS = Set.of(
      "news", "now", "times", "post", "daily", "press", "herald", "journal", "tribune", "agency", "tv", "radio",
      "network", "today", "media", "gazette", "observer", "monitor", "weekly", "telegraph", "guardian", "express",
      "mail", "chronicle", "wire", "online", "channel", "broadcasting", "insider", "dispatch", "courier", "reporter",
      "standard", "sentinel", "bulletin", "magazine", "digest", "newspaper", "globe", "mirror", "independent",
      "pravda", "info", "newswire", "newsroom", "24", "24/7");
  /** Section words: "Breaking News" or "World News - Latest" label a section, they do not name an outlet. */
  private static final Set<String> SECTION_WORDS = Set.of(
      "breaking", "latest", "top", "world", "local", "home", "news", "today", "live", "more", "headlines", "national",
      "international", "business", "politics", "opinion", "analysis", "sport", "sports", "middle", "east", "region");
  private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "&", "al", "el", "de", "la", "le", "for", "in");
  private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+(?:-|\\||–|—|::|»|>)\\s+");
  private static final Pattern DOMAIN = Pattern.compile(
      "(?<![\\w.@/])(?:www\\.)?\\p{L}[\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|net|org|info|news|co|io|tv|me|biz|"
          + "[a-z]{2})(?:\\.[a-z]{2})?(?![\\w.])");
  private static final Pattern QUESTION_OR_EXCLAMATION = Pattern.compile("[?!][\"'”’»)\\]]*$");
  private static final Pattern STARTS_LIKE_TITLE = Pattern.compile("^[\\p{Lu}\\p{N}\"'“‘«]");

  private final JunkCues cues;

  HeaderParser(JunkCues cues) {
    this.cues = cues;
  }

  /**
   * Reads the header of {@code lines}. When {@code knownTitle} (from the feed or the page metadata) is not null, the
   * first line equal to it up to punctuation and case is the title line, and no other line is taken as title.
   */
  Header parse(List<Line> lines, @Nullable String knownTitle) {
    List<Line> zone = new ArrayList<>();
    List<Line> near = new ArrayList<>();
    for (Line l : lines) {
      if (l.isBlank()) continue;
      if (zone.size() < ZONE) zone.add(l);
      near.add(l);
      if (near.size() >= KNOWN_TITLE_ZONE) break;
    }
    int titleIndex = -1;
    String title = null;
    if (knownTitle != null) {
      // A feed title may carry the site name ("Headline | Site") that the page's own headline line lacks.
      String bare = Text.withoutSiteSuffix(knownTitle);
      Set<String> keys = bare == null ? Set.of(Text.letterKey(knownTitle))
          : Set.of(Text.letterKey(knownTitle), Text.letterKey(bare));
      titleIndex = near.stream().filter(l -> keys.contains(Text.letterKey(l.text()))).mapToInt(Line::index)
          .findFirst().orElse(-1);
      if (titleIndex < 0) {
        titleIndex = near.stream().filter(l -> keys.stream().anyMatch(k -> isTruncationOf(Text.letterKey(l.text()), k)))
            .mapToInt(Line::index).findFirst().orElse(-1);
      }
    }
    Map<Integer, Junk> junk = new HashMap<>();
    String outlet = null;
    String domainOutlet = null;
    for (Line l : zone) {
      if (l.index() == titleIndex) continue;
      String t = l.trimmed();
      Optional<Junk> cue = cues.classify(t);
      if (cue.isPresent()) {
        if (domainOutlet == null && cue.get() == Junk.DATE) domainOutlet = domain(t);
        // Some sites print the headline in capitals; before any body text that is the title, not another story's.
        if (cue.get() == Junk.OTHER_HEADLINE && titleIndex < 0 && knownTitle == null && Text.wordCount(t) >= 4
            && isHeadline(t)) {
          titleIndex = l.index();
          title = t;
        }
        continue;
      }
      if (isSiteName(t)) {
        junk.put(l.index(), Junk.SITE_NAME);
        if (outlet == null) outlet = siteNameOf(t);
        continue;
      }
      if (isLabel(t)) {
        junk.put(l.index(), Junk.LABEL);
        continue;
      }
      if (titleIndex < 0 && knownTitle == null && isHeadline(t)) {
        titleIndex = l.index();
        title = t;
        continue;
      }
      break; // the first body paragraph ends the header: what follows is body or ordinary junk
    }
    return new Header(titleIndex, knownTitle != null ? knownTitle : title, outlet != null ? outlet : domainOutlet, junk);
  }

  /**
   * Whether one key begins the other and covers most of it: a feed title with the site appended ("Headline | Site")
   * or a page headline cut short still names the same title line.
   */
  private static boolean isTruncationOf(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) return false;
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    return longer.startsWith(shorter) && shorter.length() * 10 >= longer.length() * 6;
  }

  /**
   * A headline: 2 to {@value #MAX_TITLE_WORDS} words, starting like a sentence, not ending with a full stop (a
   * question or exclamation mark is fine), and not opening with a dateline ("BAGHDAD (AP) —"), which begins a news
   * paragraph. A short line ending with a full stop is a lede, and a body paragraph is never the title.
   */
  boolean isHeadline(String t) {
    int words = Text.wordCount(t);
    boolean fullStop = Text.endsSentence(t) && !QUESTION_OR_EXCLAMATION.matcher(Text.tail(t, 8)).find();
    return words >= 2 && words <= MAX_TITLE_WORDS && t.length() <= MAX_TITLE_CHARS
        && STARTS_LIKE_TITLE.matcher(t).find() && !fullStop && !cues.isDatelineOpening(t);
  }

  /**
   * A line that names the site: a bare domain ("Example.com"), a breadcrumb or page-title trail of short capitalised
   * segments ("World News - Local - Somesite"), or up to four capitalised words including an outlet word.
   */
  static boolean isSiteName(String t) {
    if (t.length() > 70 || Text.endsSentence(t) || Text.wordCount(t) > 8) return false;
    if (DOMAIN.matcher(t).matches()) return true;
    String[] segments = SEGMENT_SEPARATOR.split(t);
    if (segments.length >= 2) {
      boolean allNames = true;
      boolean outletWord = false;
      for (String s : segments) {
        allNames &= Text.wordCount(s) <= 4 && isCapitalised(s);
        outletWord |= hasOutletWord(s) || DOMAIN.matcher(s).matches();
      }
      return allNames && outletWord && !onlySectionWords(t);
    }
    return Text.wordCount(t) <= 4 && isCapitalised(t) && hasOutletWord(t) && !onlySectionWords(t);
  }

  /**
   * The outlet a site-name line names: in a trail ("Section - Subsection - Somesite") the last segment that is not a
   * section name, since page titles end with the site; else the whole line.
   */
  static String siteNameOf(String t) {
    String[] segments = SEGMENT_SEPARATOR.split(t);
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!onlySectionWords(segments[i])) return Text.trim(segments[i]);
    }
    return Text.trim(segments[segments.length - 1]);
  }

  private static boolean onlySectionWords(String s) {
    for (String token : Text.tokens(s)) {
      String w = Text.stripPunctuation(token);
      if (!w.isEmpty() && !SECTION_WORDS.contains(Text.lower(w))) return false;
    }
    return true;
  }

  /** A kicker or section label: one or two capitalised words without a verb ("Middle East", "Analysis"). */
  private static boolean isLabel(String t) {
    return Text.wordCount(t) <= 2 && !Text.endsSentence(t) && isCapitalised(t) && t.length() <= 30
        && t.codePoints().noneMatch(Character::isDigit);
  }

  private static @Nullable String domain(String t) {
    Matcher m = DOMAIN.matcher(t);
    return m.find() ? m.group() : null;
  }

  private static boolean hasOutletWord(String s) {
    for (String w : Text.tokens(s)) {
      if (OUTLET_WORDS.contains(Text.lower(Text.stripPunctuation(w)))) return true;
    }
    return false;
  }

  /** Every word starts with a capital or digit, except short connectors ("of", "the", "al"). */
  private static boolean isCapitalised(String s) {
    boolean any = false;
    for (String w : Text.tokens(s)) {
      String bare = Text.stripPunctuation(w);
      if (bare.isEmpty()) continue;
      char c = bare.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        any = true;
      } else if (!CONNECTORS.contains(Text.lower(bare))) {
        return false;
      }
    }
    return any;
  }
}
