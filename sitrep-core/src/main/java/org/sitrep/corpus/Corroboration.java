package org.sitrep.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;

/**
 * Groups events from many articles into {@link Incident}s, so that an incident reported by several outlets is
 * counted once and its corroboration can be read off: how many independent stories report it, and how many copies
 * of those stories were merely syndicated.
 *
 * <p>Events are one incident when they have the same type, source and target (a null actor is part of the key: "an
 * unnamed attacker shelled X" does not merge with "Y shelled X") and their days lie within one day of the incident's
 * first day, so an incident spans at most two calendar days: reports filed around midnight, or in other time
 * zones, disagree by a day, but a strike repeated three days later is another incident. Anchoring on the first day,
 * not the previous event, keeps a daily series of strikes from chaining into one endless incident. An event with
 * neither source nor target, or without a day, says too little to be matched and stays an incident of its own.
 *
 * <p>Stateless and thread-safe; runs in O(n log n) for n events.
 */
public final class Corroboration {

  private static final Comparator<ReportedEvent> BY_DATE_THEN_ID =
      Comparator.comparing(ReportedEvent::date, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparingLong(ReportedEvent::eventId);

  private static final Comparator<Incident> OUTPUT_ORDER =
      Comparator.comparing(Incident::first, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
          .thenComparing(Incident::id);

  private record Key(EventType type, @Nullable String source, @Nullable String target) {}

  /**
   * The incidents the events describe, sorted by first day (undated last), then id. Every event is in exactly one
   * incident.
   *
   * @throws IllegalArgumentException when two events share an event id
   */
  public List<Incident> group(Collection<ReportedEvent> events) {
    Set<Long> ids = new HashSet<>();
    Map<Key, List<ReportedEvent>> byKey = new HashMap<>();
    List<Incident> incidents = new ArrayList<>();
    for (ReportedEvent e : events) {
      if (!ids.add(e.eventId())) throw new IllegalArgumentException("duplicate event id: " + e.eventId());
      if (e.date() == null || (e.source() == null && e.target() == null)) {
        incidents.add(incident(List.of(e)));
      } else {
        byKey.computeIfAbsent(new Key(e.type(), e.source(), e.target()), k -> new ArrayList<>()).add(e);
      }
    }
    for (List<ReportedEvent> same : byKey.values()) {
      same.sort(BY_DATE_THEN_ID);
      int start = 0;
      LocalDate first = same.get(0).date();
      for (int i = 1; i < same.size(); i++) {
        LocalDate day = same.get(i).date();
        if (day.isAfter(first.plusDays(1))) {
          incidents.add(incident(same.subList(start, i)));
          start = i;
          first = day;
        }
      }
      incidents.add(incident(same.subList(start, same.size())));
    }
    incidents.sort(OUTPUT_ORDER);
    return incidents;
  }

  /** One incident of events with one key, sorted by (date, event id). */
  private static Incident incident(List<ReportedEvent> sorted) {
    ReportedEvent head = sorted.get(0);
    if (sorted.size() == 1) {
      List<String> outlets = head.outlet() == null ? List.of() : List.of(head.outlet());
      return new Incident(id(head.type(), head.source(), head.target(), head.eventId()), head.type(), head.source(),
          head.target(), head.date(), head.date(), List.of(head.eventId()), outlets, 1, 0);
    }
    List<Long> eventIds = new ArrayList<>(sorted.size());
    Set<String> outlets = new LinkedHashSet<>();
    Map<String, String> storyOfArticle = new HashMap<>();
    long smallestId = Long.MAX_VALUE;
    @Nullable LocalDate last = null;
    for (ReportedEvent e : sorted) {
      eventIds.add(e.eventId());
      smallestId = Math.min(smallestId, e.eventId());
      if (e.outlet() != null) outlets.add(e.outlet());
      storyOfArticle.putIfAbsent(e.articleId(), e.storyId());
      if (e.date() != null) last = e.date();
    }
    int articles = storyOfArticle.size();
    int stories = new HashSet<>(storyOfArticle.values()).size();
    return new Incident(id(head.type(), head.source(), head.target(), smallestId), head.type(), head.source(),
        head.target(), head.date(), last, eventIds, new ArrayList<>(outlets), stories, articles - stories);
  }

  /** "inc-" and 16 hex digits of a hash of the key and the smallest event id: stable across runs and inputs. */
  static String id(EventType type, @Nullable String source, @Nullable String target, long smallestEventId) {
    long h = field(Hashing.FNV_OFFSET, type.name());
    h = field(h, source);
    h = field(h, target);
    h = Hashing.fnv1a(h, smallestEventId);
    String hex = Long.toHexString(Hashing.fmix64(h));
    return "inc-" + "0".repeat(16 - hex.length()) + hex;
  }

  /** A null marker or a length-prefixed string, so that field boundaries are unambiguous ("ab", "c" vs "a", "bc"). */
  private static long field(long h, @Nullable String value) {
    if (value == null) return Hashing.fnv1a(h, -1L);
    return Hashing.fnv1a(Hashing.fnv1a(h, (long) value.length()), value);
  }
}
