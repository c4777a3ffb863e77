package org.sitrep.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides, line by line, what is boilerplate: the line's own cues ({@link JunkCues}), the header's verdicts, and
 * features that need neighbours — copies of the headline, a caption right under a photo credit, lines inside a
 * donation box, short lines repeated like menus, source stubs and author bios at the tail, and everything after an
 * end-of-article marker such as "Related Links" or "Leave a Reply". Stateless and thread-safe.
 */
final class BoilerplateClassifier {

  /** How many non-blank lines at the end form the tail, where sources, bios and page codes sit. */
  private static final int TAIL = 3;
  /** A short menu-like line repeated this often is navigation. */
  private static final int MENU_REPEATS = 3;
  /** End markers only count in the later part of the article, so a mid-article "Related" box cannot swallow body. */
  private static final double END_MARKER_FROM = 0.4;
  private static final int MIN_TITLE_KEY = 12;

  private static final Pattern END_MARKER = Pattern.compile(
      "^(?:related(?: (?:links?|articles?|stories|news|posts|content|coverage|reading))?|read more|more (?:stories|news|"
          + "articles)|more from [\\p{L}\\p{N} .'-]{1,40}|you (?:may|might) also (?:like|be interested in)"
          + "|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed)|(?:\\d+|one|no) (?:comments?|replies)"
          + "|comments|leave a (?:reply|comment)|post a comment|join the (?:discussion|conversation)"
          + "|share this(?: article| story)?|tags|thanks for (?:being here|reading)|about the author)\\s*[:;.!»]*$",
      Pattern.CASE_INSENSITIVE);
  /** Markers after which nothing of the article follows: comments, tags, author notes, appeals. */
  private static final Pattern FINAL_MARKER = Pattern.compile(
      "^(?:(?:\\d+|one|no) (?:comments?|replies)|comments|leave a (?:reply|comment)|post a comment"
          + "|join the (?:discussion|conversation)|tags|thanks for (?:being here|reading)|about the author)\\s*[:;.!»]*$",
      Pattern.CASE_INSENSITIVE);
  /** "Source: Outlet" with a short name: an attribution stub, unlike a long "Source: X's statement after ..." line. */
  private static final Pattern SOURCE_STUB = Pattern.compile(
      "^\\(?(?:source|sources|via|courtesy|agencies)\\s*[:\\-–]\\s*[^.!?]{1,40}\\)?$|^\\(?(?:agencies|end)\\)?\\.?$"
          + "|^[-–—]\\s*\\p{Lu}[\\p{L} .&]{1,30}$", Pattern.CASE_INSENSITIVE);
  /** A first-person or third-person biography of a journalist, the usual footer of blog-style reposts. */
  private static final Pattern AUTHOR_BIO = Pattern.compile(
      "^(?:I am|I'm|I’m)\\s+\\p{Lu}|^about the author\\b|^\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}\\s+is an?\\s+"
          + "(?:[\\p{L}-]+\\s+){0,3}(?:journalist|reporter|correspondent|editor|writer|columnist|blogger|contributor)\\b");
  private static final Set<Junk> BOX = Set.of(Junk.APPEAL, Junk.PROMOTION, Junk.ADVERTISEMENT);

  private final JunkCues cues;

  BoilerplateClassifier(JunkCues cues) {
    this.cues = cues;
  }

  /**
   * The boilerplate lines of {@code lines} with their reasons, keyed and ordered by line index. The title line is
   * never included; {@code hinted} holds indices that the page markup already marks as furniture (captions, asides).
   */
  Map<Integer, Junk> classify(List<Line> lines, Header header, Set<Integer> hinted) {
    List<Line> content = new ArrayList<>();
    for (Line l : lines) {
      if (!l.isBlank() && l.index() != header.titleIndex()) content.add(l);
    }
    int n = content.size();
    Map<Integer, Junk> junk = new TreeMap<>();
    // Copies may repeat the title as given (feed, metadata) or as the page prints it on its title line.
    Set<String> titleKeys = new HashSet<>();
    if (header.title() != null) {
      titleKeys.add(Text.letterKey(header.title()));
      String bare = Text.withoutSiteSuffix(header.title());
      if (bare != null) titleKeys.add(Text.letterKey(bare));
    }
    if (header.titleIndex() >= 0) titleKeys.add(Text.letterKey(lines.get(header.titleIndex()).text()));
    for (int p = 0; p < n; p++) {
      Line l = content.get(p);
      Junk why = ownReason(l, header, hinted, titleKeys);
      if (why == null && p >= n - TAIL) why = tailReason(l.trimmed());
      if (why != null) junk.put(l.index(), why);
    }
    markCaptionsUnderCredits(lines, content, junk);
    markMenus(content, junk);
    markBoxes(content, junk);
    markAfterEndMarker(content, junk);
    return junk;
  }

  private @Nullable Junk ownReason(Line l, Header header, Set<Integer> hinted, Set<String> titleKeys) {
    if (hinted.contains(l.index())) return Junk.MARKUP;
    Junk fromHeader = header.junk().get(l.index());
    if (fromHeader != null) return fromHeader;
    String t = l.trimmed();
    for (String titleKey : titleKeys) {
      if (isTitleCopy(t, titleKey)) return Junk.TITLE_REPEAT;
    }
    return cues.classify(t).orElse(null);
  }

  /**
   * A copy of the headline, exact or with punctuation lost, or the headline followed by " | Site". Copies are
   * scraped twice from page titles and share widgets; the body never restates its own headline verbatim.
   */
  private static boolean isTitleCopy(String t, String titleKey) {
    if (titleKey.length() < MIN_TITLE_KEY || t.length() > 4 * titleKey.length() + 80) return false;
    if (Text.letterKey(t).equals(titleKey)) return true;
    String bare = Text.withoutSiteSuffix(t);
    return bare != null && Text.letterKey(bare).equals(titleKey);
  }

  private static @Nullable Junk tailReason(String t) {
    if (Text.wordCount(t) <= 8 && SOURCE_STUB.matcher(t).find()) return Junk.SOURCE_STUB;
    if (Text.wordCount(t) <= 80 && AUTHOR_BIO.matcher(t).find()) return Junk.AUTHOR_BIO;
    return null;
  }

  /**
   * The line right under a photo credit is its caption when it reads like one (a full date or a "(R)" marker) or
   * when credit and line stand together as a block of their own, set off by blank lines or a separator.
   */
  private void markCaptionsUnderCredits(List<Line> lines, List<Line> content, Map<Integer, Junk> junk) {
    for (int p = 0; p + 1 < content.size(); p++) {
      Line credit = content.get(p);
      Line next = content.get(p + 1);
      if (junk.get(credit.index()) != Junk.PHOTO_CREDIT || next.index() != credit.index() + 1
          || junk.containsKey(next.index()) || Text.wordCount(next.trimmed()) < 6) {
        continue;
      }
      boolean captionLike = cues.looksLikeCaption(next.trimmed());
      boolean setOff = isBreak(lines, junk, credit.index() - 1) && isBreak(lines, junk, next.index() + 1);
      if (captionLike || setOff) junk.put(next.index(), Junk.CAPTION);
    }
  }

  /** A blank line, a separator, the start or the end of the text. */
  private static boolean isBreak(List<Line> lines, Map<Integer, Junk> junk, int index) {
    return index < 0 || index >= lines.size() || lines.get(index).isBlank() || junk.get(index) == Junk.SEPARATOR;
  }

  /** Short lines without sentence punctuation that recur several times are menus and widgets, not prose. */
  private static void markMenus(List<Line> content, Map<Integer, Junk> junk) {
    Map<String, Integer> counts = new HashMap<>();
    for (Line l : content) {
      if (isMenuLike(l.trimmed())) counts.merge(Text.letterKey(l.trimmed()), 1, Integer::sum);
    }
    for (Line l : content) {
      String t = l.trimmed();
      if (!junk.containsKey(l.index()) && isMenuLike(t) && counts.getOrDefault(Text.letterKey(t), 0) >= MENU_REPEATS) {
        junk.put(l.index(), Junk.REPEATED);
      }
    }
  }

  private static boolean isMenuLike(String t) {
    return Text.wordCount(t) <= 6 && !Text.endsSentence(t) && !Text.letterKey(t).isEmpty();
  }

  /**
   * A line between two lines of a donation or promotion box belongs to the box ("Our coverage takes effort to
   * publish" between two appeals), since such boxes are scraped as one block of short lines.
   */
  private static void markBoxes(List<Line> content, Map<Integer, Junk> junk) {
    for (int p = 1; p + 1 < content.size(); p++) {
      Line l = content.get(p);
      if (!junk.containsKey(l.index()) && Text.wordCount(l.trimmed()) <= 40
          && inBox(junk.get(content.get(p - 1).index())) && inBox(junk.get(content.get(p + 1).index()))) {
        junk.put(l.index(), Junk.APPEAL);
      }
    }
  }

  private static boolean inBox(@Nullable Junk why) {
    return why != null && BOX.contains(why);
  }

  /**
   * After an end-of-article marker ("Related Links", "Most Read", "One comment", "Leave a Reply") in the later part
   * of the text come link lists, teasers and forms. A comment or tag marker ends the article for good; after a
   * related-links marker the cut stops at the first line of prose, because sites also put such boxes mid-article
   * unless a date stamp showed that the prose is a teaser of another story.
   */
  private static void markAfterEndMarker(List<Line> content, Map<Integer, Junk> junk) {
    int from = Math.max(2, (int) (content.size() * END_MARKER_FROM));
    boolean cutting = false;
    boolean terminal = false;
    boolean stamped = false;
    for (int p = from; p < content.size(); p++) {
      Line l = content.get(p);
      String t = l.trimmed();
      Junk own = junk.get(l.index());
      boolean marker = t.length() <= 60 && END_MARKER.matcher(t).matches();
      if (marker) {
        cutting = true;
        terminal |= FINAL_MARKER.matcher(t).matches();
        junk.putIfAbsent(l.index(), Junk.READ_MORE);
        continue;
      }
      if (!cutting) continue;
      stamped |= own == Junk.DATE;
      if (own == null && !terminal && !stamped && isProse(t)) {
        cutting = false;
        continue;
      }
      junk.putIfAbsent(l.index(), Junk.AFTER_END_MARKER);
    }
  }

  private static boolean isProse(String t) {
    return Text.wordCount(t) >= 6 && Text.endsSentence(t);
  }
}
