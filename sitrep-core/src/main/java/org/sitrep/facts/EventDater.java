package org.sitrep.facts;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Dependency;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Timex;
import org.sitrep.model.Token;

/**
 * Dates an event from its sentence. Rules, in order: a time expression attached to the event's own words ("attacked
 * on Monday"); else one attached to the verb that reports it ("said on Monday that ..."), since news reports events
 * of the day they are told; else another time expression of the sentence; else, for a past event, the day named in
 * one of the three sentences before, for an act told by a verb (or any
 * sentence before, for a sequel: "He then met ..."); "the day" is the day named before; else the published date when the event or its report is told in the present or present
 * perfect ("says", "has agreed"), which reports today's news; else null. Stateless and thread-safe.
 */
final class EventDater {

  /** A date with the words that gave it; {@code text} is null when the date is the report's own. */
  record Dated(@Nullable PartialDate date, @Nullable String text) {
    static final Dated NONE = new Dated(null, null);
  }

  /**
   * The dates the article has named so far, read sentence by sentence: news tells one day's events in a run of
   * sentences after naming the day once ("on Wednesday ... The arrest triggered ..."). One per article, not shared.
   */
  static final class Context {
    private @Nullable Timex last;
    private int lastSentence = -1;

    void saw(org.sitrep.model.Sentence s) {
      for (Timex tx : s.timexes()) {
        if (tx.date() != null && tx.date().isDay()) {
          last = tx;
          lastSentence = s.index();
        }
      }
    }

    /** The day named in one of the three sentences before {@code sentence}, or null. */
    @Nullable Timex recent(int sentence) {
      return last != null && sentence - lastSentence <= 3 ? last : null;
    }

    /** The last day the article named before, however far back, or null. */
    @Nullable Timex lastDay() {
      return last;
    }
  }

  Dated date(ParsedSentence g, Collection<Integer> eventNodes, int reportVerb, @Nullable PartialDate published,
      Context context) {
    Timex own = null;
    Timex reported = null;
    Timex other = null;
    for (Timex given : g.sentence.timexes()) {
      Timex tx = withWeek(given, published);
      if (SAME_DAY.matcher(tx.text().strip()).matches()) {
        // "earlier in the day", "that day": the day the article named before, not the day of publication
        Timex named = context.recent(g.sentence.index());
        if (named == null) continue;
        tx = new Timex(tx.text(), tx.begin(), tx.end(), named.date());
      }
      if (TIME_OF_DAY.matcher(tx.text()).find() && !DAY_WORD.matcher(tx.text()).find()) {
        // "shortly after midnight", "at night": an hour with no day is an hour of the day the story is about, the day
        // named just before; SUTime would give the day of the report.
        Timex named = context.recent(g.sentence.index());
        PartialDate day = named != null ? named.date() : tx.date() != null ? tx.date() : published;
        tx = new Timex(tx.text(), tx.begin(), tx.end(), day);
      }
      if (tx.date() == null) continue;
      int attached = attachment(g, tx, eventNodes, reportVerb);
      if (attached == 1 && own == null) own = tx;
      if (attached == 2 && reported == null) reported = tx;
      if (other == null) other = tx;
    }
    if (own != null) return new Dated(own.date(), own.text());
    if (reported != null) return new Dated(reported.date(), reported.text());
    // A time expression elsewhere in the sentence usually dates the whole of it ("voted in January, shortly after
    // a strike killed ..."); failing that, the day the article named just before.
    if (other != null) return new Dated(other.date(), other.text());
    // Only a told act (a verb) continues the story; a named one ("the killing of X") may be any day's.
    boolean told = eventNodes.stream().anyMatch(g::isVerb);
    Timex recent = told ? context.recent(g.sentence.index()) : null;
    if (recent == null && sequel(g, eventNodes)) recent = context.lastDay();
    if (recent != null && !anyPresentTense(g, eventNodes, reportVerb)) return new Dated(recent.date(), recent.text());
    if (published != null) {
      for (int v : eventNodes) if (presentTense(g, v)) return new Dated(published, null);
      if (reportVerb >= 0 && presentTense(g, reportVerb)) return new Dated(published, null);
      // "Medinsky confirmed the agreement": a report told in the past with no day of its own, and no day named
      // just before, is the news of the day it is published
      if (reportVerb >= 0 && g.pos(reportVerb).equals("VBD") && g.children(reportVerb, "aux").isEmpty()) {
        return new Dated(published, null);
      }
    }
    return Dated.NONE;
  }

  private static final java.util.regex.Pattern SAME_DAY =
      java.util.regex.Pattern.compile("(?i)(earlier |later )?(in |on )?(the|that|the same) day");
  private static final java.util.regex.Pattern TIME_OF_DAY =
      java.util.regex.Pattern.compile("(?i)\\b(midnight|noon|dawn|dusk|morning|afternoon|evening|night|overnight)\\b");
  private static final java.util.regex.Pattern DAY_WORD = java.util.regex.Pattern.compile("(?i)\\d|\\b(monday|tuesday|"
      + "wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|last|this|next|january|february|march"
      + "|april|may|june|july|august|september|october|november|december)\\b");
  private static final Set<String> SEQUEL = Set.of("then", "later", "afterwards", "afterward", "subsequently");

  /**
   * "He then met ...", "later visited": an act told as the next step of the story happened on the day the story is
   * about, the last day the article named.
   */
  private static boolean sequel(ParsedSentence g, Collection<Integer> eventNodes) {
    for (int v : eventNodes) {
      if (!g.isVerb(v) || g.pos(v).equals("VBZ") || g.pos(v).equals("VBP")) continue;
      for (int a : g.children(v, "advmod")) if (SEQUEL.contains(g.word(a))) return true;
    }
    return false;
  }

  private static final java.util.regex.Pattern WEEK =
      java.util.regex.Pattern.compile("(?i)(last|past|previous|this|next|coming) week(end)?");

  /**
   * "last week", "this weekend": CoreNLP resolves these to ISO weeks, which a {@link PartialDate} cannot hold; the
   * month of the day a week off (or of publication) is as precise as the contract allows.
   */
  private static Timex withWeek(Timex tx, @Nullable PartialDate published) {
    if (tx.date() != null || published == null || published.toLocalDate() == null) return tx;
    java.util.regex.Matcher m = WEEK.matcher(tx.text().strip());
    if (!m.matches()) return tx;
    java.time.LocalDate day = published.toLocalDate();
    String which = m.group(1).toLowerCase(java.util.Locale.ROOT);
    if (which.equals("last") || which.equals("past") || which.equals("previous")) day = day.minusWeeks(1);
    if (which.equals("next") || which.equals("coming")) day = day.plusWeeks(1);
    return new Timex(tx.text(), tx.begin(), tx.end(), new PartialDate(day.getYear(), day.getMonthValue(), null));
  }

  /** 1 if the time expression hangs off the event's words, 2 if off the report verb, 0 otherwise. */
  private static int attachment(ParsedSentence g, Timex tx, Collection<Integer> eventNodes, int reportVerb) {
    int head = -1;
    for (int i = 0; i < g.size(); i++) {
      Token t = g.token(i);
      if (t.begin() >= tx.begin() && t.end() <= tx.end()) {
        Dependency d = g.head(i);
        boolean outside = d == null || d.governor() < 0
            || g.token(d.governor()).begin() < tx.begin() || g.token(d.governor()).end() > tx.end();
        if (outside) {
          head = i;
          break;
        }
      }
    }
    // Walk up from the expression's head; the first clause word met is what it modifies.
    for (int cur = head, steps = 0; cur >= 0 && steps < 8; steps++) {
      Dependency d = g.head(cur);
      if (d == null || d.governor() < 0) return 0;
      cur = d.governor();
      if (eventNodes.contains(cur)) return 1;
      if (cur == reportVerb) return 2;
      if (g.isVerb(cur) && !Set.of("be", "have").contains(g.lemma(cur))) return 0;
    }
    return 0;
  }

  private static boolean anyPresentTense(ParsedSentence g, Collection<Integer> eventNodes, int reportVerb) {
    for (int v : eventNodes) if (presentTense(g, v)) return true;
    return reportVerb >= 0 && presentTense(g, reportVerb);
  }

  private static boolean presentTense(ParsedSentence g, int v) {
    String pos = g.pos(v);
    if (pos.equals("VBZ") || pos.equals("VBP")) return true;
    List<Integer> auxes = new java.util.ArrayList<>(g.children(v, "aux"));
    auxes.addAll(g.children(v, "cop")); // "is on a visit"
    for (int aux : auxes) {
      String p = g.pos(aux);
      if ((p.equals("VBZ") || p.equals("VBP")) && !g.word(aux).equals("does") && !g.word(aux).equals("do")) return true;
    }
    return false;
  }
}
