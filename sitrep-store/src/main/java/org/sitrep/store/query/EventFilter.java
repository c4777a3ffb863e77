package org.sitrep.store.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;

/**
 * Which events {@link StoreQueries#events} returns. Every criterion is optional; set ones must all hold.
 *
 * @param actor an actor id, or a name or spelling (ignoring case); the actor must be the event's source or target
 * @param type only events of this PLOVER type
 * @param from only events on or after this day (the event's own day, else its article's publication day)
 * @param to only events on or before this day (as for {@code from})
 * @param outlet only events reported by this outlet (ignoring case)
 * @param includeRepeats also events a syndicated copy of the same story already reported
 * @param limit the most events returned; at least 1
 */
public record EventFilter(@Nullable String actor, @Nullable EventType type, @Nullable LocalDate from,
    @Nullable LocalDate to, @Nullable String outlet, boolean includeRepeats, int limit) {

  public EventFilter {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
  }

  /** Every counted event, at most {@code limit} of them. */
  public static EventFilter all(int limit) {
    return new EventFilter(null, null, null, null, null, false, limit);
  }
}
