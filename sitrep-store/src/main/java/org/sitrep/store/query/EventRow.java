package org.sitrep.store.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stored event with the names and provenance needed to read it without a second query.
 *
 * @param eventId the event's id in the store
 * @param day the event's day, else its article's publication day; null if neither is known
 * @param type the PLOVER event type
 * @param mode the PLOVER mode, if any
 * @param sourceId the actor who acted, if known
 * @param sourceName that actor's name
 * @param targetId the actor acted upon, if known
 * @param targetName that actor's name
 * @param location where it happened, as the article names it
 * @param outlet the outlet of the reporting article
 * @param articleId the reporting article
 * @param sentence the sentence's index in the article
 * @param text the sentence that reports the event
 * @param reportedBy the id of the actor whose words report the event ("X said ..."), if not the article itself
 * @param incidentId the incident grouping this report with other outlets' reports of the same event, if any
 * @param incidentOutlets how many outlets reported that incident
 * @param counted false for a repeat that a syndicated copy of the same story already reported
 */
public record EventRow(long eventId, @Nullable LocalDate day, String type, @Nullable String mode,
    @Nullable String sourceId, @Nullable String sourceName, @Nullable String targetId, @Nullable String targetName,
    @Nullable String location, @Nullable String outlet, String articleId, int sentence, String text,
    @Nullable String reportedBy, @Nullable String incidentId, @Nullable Integer incidentOutlets, boolean counted) {

  public EventRow {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
  }

  private static final List<Column<EventRow>> COLUMNS = List.of(
      Column.of("event_id", EventRow::eventId),
      Column.of("day", EventRow::day),
      Column.of("type", EventRow::type, 10),
      Column.of("mode", EventRow::mode, 12),
      Column.detail("source_id", EventRow::sourceId),
      Column.of("source", EventRow::sourceName, 24),
      Column.detail("target_id", EventRow::targetId),
      Column.of("target", EventRow::targetName, 24),
      Column.of("location", EventRow::location, 16),
      Column.of("outlet", EventRow::outlet, 16),
      Column.detail("article_id", EventRow::articleId),
      Column.detail("sentence", EventRow::sentence),
      Column.of("text", EventRow::text, 60),
      Column.detail("reported_by", EventRow::reportedBy),
      Column.detail("incident_id", EventRow::incidentId),
      Column.of("incident_outlets", EventRow::incidentOutlets),
      Column.detail("counted", EventRow::counted));

  /** The columns in which events are printed. */
  public static List<Column<EventRow>> columns() {
    return COLUMNS;
  }
}
