package org.sitrep.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;

/**
 * One real-world incident as several reports describe it: the events that {@link Corroboration} grouped, and how
 * well corroborated it is. Ten outlets carrying one wire story are one independent report with nine syndicated
 * copies, not ten confirmations.
 *
 * @param id deterministic: derived from the type, the actors and the smallest event id, so it survives adding
 *     unrelated events
 * @param first the earliest event day, or null for an undated event
 * @param last the latest event day, at most one day after {@code first}
 * @param events the event ids in order of (date, event id)
 * @param outlets the distinct known outlets in order of first report; articles without an outlet still count as
 *     reports
 * @param independentReports the number of distinct stories among the events' articles
 * @param syndicatedCopies the number of distinct articles minus {@code independentReports}
 */
public record Incident(
    String id,
    EventType type,
    @Nullable String source,
    @Nullable String target,
    @Nullable LocalDate first,
    @Nullable LocalDate last,
    List<Long> events,
    List<String> outlets,
    int independentReports,
    int syndicatedCopies) {

  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    events = List.copyOf(events);
    outlets = List.copyOf(outlets);
    if (events.isEmpty()) throw new IllegalArgumentException("incident without events: " + id);
    if (independentReports < 1) throw new IllegalArgumentException("independentReports < 1: " + independentReports);
    if (syndicatedCopies < 0) throw new IllegalArgumentException("syndicatedCopies < 0: " + syndicatedCopies);
  }

  /** The number of distinct articles that report the incident. */
  public int reports() {
    return independentReports + syndicatedCopies;
  }
}
