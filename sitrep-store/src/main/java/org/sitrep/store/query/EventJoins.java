package org.sitrep.store.query;

/**
 * The joins that put an event in context: its article (outlet, publication day, story), the names of its actors and
 * its incident. Shared by the events query, the timeline and the export so that all three agree on what an event's
 * day, outlet and incident are.
 */
final class EventJoins {

  /** An event's effective day: its own, else the day its article was published. */
  static final String DAY = "coalesce(e.event_day, a.published_day)";

  /**
   * {@code events e} with {@code articles a}, source {@code s}, target {@code t}, the event's incident id
   * {@code ie.incident_id} and the incident {@code i}. An event in several incidents (not expected) takes the
   * smallest incident id, so that it never yields two rows.
   */
  static final String FROM = """
      FROM events e
      LEFT JOIN articles a ON a.article_id = e.article_id
      LEFT JOIN actors s ON s.actor_id = e.source_id
      LEFT JOIN actors t ON t.actor_id = e.target_id
      LEFT JOIN (SELECT event_id, min(incident_id) AS incident_id FROM incident_events GROUP BY event_id) ie
        ON ie.event_id = e.event_id
      LEFT JOIN incidents i ON i.incident_id = ie.incident_id
      """;

  private EventJoins() {}
}
