package org.sitrep.store.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of an actor's timeline: one incident, however many outlets reported it, so that an event reported by
 * three outlets reads as one event with three sources rather than three events.
 *
 * @param day the first day of the incident (event day, else publication day); null if unknown
 * @param type the PLOVER event type
 * @param mode the PLOVER mode of the first report that gives one, if any
 * @param sourceName who acted, if known
 * @param targetName who was acted upon, if known
 * @param outlets the outlets that reported it, sorted
 * @param reports the number of independent reports (syndicated copies count once)
 * @param text the sentence of the first report
 * @param articleId the article of the first report
 * @param incidentId the incident's id, or null for an event no incident groups
 */
public record TimelineRow(@Nullable LocalDate day, String type, @Nullable String mode, @Nullable String sourceName,
    @Nullable String targetName, List<String> outlets, int reports, String text, String articleId,
    @Nullable String incidentId) {

  public TimelineRow {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(articleId, "articleId");
    outlets = List.copyOf(outlets);
  }

  private static final List<Column<TimelineRow>> COLUMNS = List.of(
      Column.of("day", TimelineRow::day),
      Column.of("type", TimelineRow::type, 10),
      Column.of("mode", TimelineRow::mode, 12),
      Column.of("source", TimelineRow::sourceName, 24),
      Column.of("target", TimelineRow::targetName, 24),
      Column.of("outlets", TimelineRow::outlets, 40),
      Column.of("reports", TimelineRow::reports),
      Column.of("text", TimelineRow::text, 60),
      Column.detail("article_id", TimelineRow::articleId),
      Column.detail("incident_id", TimelineRow::incidentId));

  /** The columns in which timelines are printed. */
  public static List<Column<TimelineRow>> columns() {
    return COLUMNS;
  }
}
