package org.sitrep.clean;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sitrep.model.PartialDate;

/**
 * Finds the published date a scraped page states: a date line or an archive prefix among the first
 * {@value HeaderParser#ZONE} non-blank lines, else a dateline opening one of the first body paragraphs, else a
 * labelled stamp ("Published: ...", "Last Modified: ...") anywhere. Dates inside ordinary sentences (captions,
 * paragraphs) are never taken: they name events, not publication. Stateless and thread-safe.
 */
final class PublishedFinder {

  private static final int DATELINE_PARAGRAPHS = 3;
  private static final Pattern LABELLED = Pattern.compile(
      "(?i)^\\s*(?:published|posted|updated|last updated|last modified|modified|first published|date)\\b");

  private final DateLineParser dates;

  PublishedFinder(DateLineParser dates) {
    this.dates = dates;
  }

  /** The published date of the article whose lines, title line and boilerplate verdicts are given. */
  Optional<PartialDate> find(List<Line> lines, Map<Integer, Junk> junk, int titleIndex) {
    int seen = 0;
    int paragraphs = 0;
    for (Line l : lines) {
      if (l.isBlank() || l.index() == titleIndex) continue;
      String t = l.trimmed();
      if (++seen <= HeaderParser.ZONE) {
        // Byline and stamp lines of the header carry the publication date ("Posted by admin on May 5, 2020").
        boolean stamp = dates.isDateLine(t) || junk.get(l.index()) == Junk.BYLINE;
        Optional<PartialDate> d = stamp ? dates.parse(t) : dates.leadingDate(t);
        if (d.isPresent()) return d;
      }
      if (!junk.containsKey(l.index()) && paragraphs++ < DATELINE_PARAGRAPHS) {
        Optional<PartialDate> d = dates.datelineDate(t);
        if (d.isPresent()) return d;
      }
      if (seen >= HeaderParser.ZONE && paragraphs >= DATELINE_PARAGRAPHS) break;
    }
    for (Line l : lines) {
      String t = l.trimmed();
      if (LABELLED.matcher(t).find() && dates.isDateLine(t)) return dates.parse(t);
    }
    return Optional.empty();
  }
}
