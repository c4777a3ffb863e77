package org.sitrep.store.query;

import java.util.List;

/**
 * What {@link Exporter} writes: one SELECT per exported table, with the columns documented in {@code docs/export.md}.
 * The events table follows the POLECAT/PLOVER event-data layout as far as sitrep's data goes, so that analysis code
 * written for POLECAT needs little change. Article bodies are left out (they are large and the sentences of events
 * and quotations are included); lists stay lists in Parquet and are joined for CSV.
 */
final class ExportTables {

  /** One exported table: its file name (without extension), its query and which of its columns are lists. */
  record Table(String name, String select, List<String> listColumns) {}

  static final Table EVENTS = new Table("events", """
      SELECT e.event_id, %s AS event_date, e.type AS event_type, e.mode AS event_mode,
             e.source_id AS source_actor_id, s.name AS source_actor, s.country AS source_country,
             s.sector AS source_sector,
             e.target_id AS target_actor_id, t.name AS target_actor, t.country AS target_country,
             t.sector AS target_sector,
             e.location, a.outlet, a.story_id, e.article_id, e.sentence, e.text AS event_text, e.reported_by,
             ie.incident_id, coalesce(i.independent_reports, 1) AS independent_reports, e.counted
      %s
      ORDER BY e.event_id
      """.formatted(EventJoins.DAY, EventJoins.FROM), List.of());

  static final Table ACTORS = new Table("actors", """
      SELECT a.actor_id, a.name, a.kind, a.country, a.sector,
             coalesce(sp.spellings, []::VARCHAR[]) AS spellings, coalesce(ti.titles, []::VARCHAR[]) AS titles
      FROM actors a
      LEFT JOIN (SELECT actor_id, list_sort(list_distinct(list(spelling))) AS spellings
                 FROM actor_spellings GROUP BY actor_id) sp ON sp.actor_id = a.actor_id
      LEFT JOIN (SELECT actor_id, list_sort(list_distinct(list(title))) AS titles
                 FROM actor_titles GROUP BY actor_id) ti ON ti.actor_id = a.actor_id
      ORDER BY a.actor_id
      """, List.of("spellings", "titles"));

  static final Table ARTICLES = new Table("articles", """
      SELECT article_id, seq, story_id, outlet, title, url, published, published_day, origin, sentence_count,
             token_count, ingested_at
      FROM articles
      ORDER BY seq
      """, List.of());

  static final Table QUOTES = new Table("quotes", """
      SELECT q.article_id, q.quote_no, a.story_id, a.outlet, a.published, q.sentence, q.begin_offset,
             q.end_offset, q.speaker_id, sp.name AS speaker, q.speaker_text, q.verb, q.addressee_id,
             ad.name AS addressee, q.text
      FROM quotes q
      LEFT JOIN articles a ON a.article_id = q.article_id
      LEFT JOIN actors sp ON sp.actor_id = q.speaker_id
      LEFT JOIN actors ad ON ad.actor_id = q.addressee_id
      ORDER BY a.seq, q.article_id, q.quote_no
      """, List.of());

  static final Table RELATIONS = new Table("relations", """
      SELECT r.article_id, a.story_id, a.outlet, r.sentence, r.subject_id, s.name AS subject, r.predicate,
             r.object_id, o.name AS object
      FROM relations r
      LEFT JOIN articles a ON a.article_id = r.article_id
      LEFT JOIN actors s ON s.actor_id = r.subject_id
      LEFT JOIN actors o ON o.actor_id = r.object_id
      ORDER BY a.seq, r.article_id, r.sentence, r.subject_id, r.predicate, r.object_id
      """, List.of());

  static final Table INCIDENTS = new Table("incidents", """
      SELECT i.incident_id, i.type AS event_type, i.source_id AS source_actor_id, s.name AS source_actor,
             i.target_id AS target_actor_id, t.name AS target_actor, i.first_day, i.last_day,
             list_sort(i.outlets) AS outlets, i.independent_reports, i.syndicated_copies, i.event_count,
             coalesce(ev.event_ids, []::BIGINT[]) AS event_ids
      FROM incidents i
      LEFT JOIN actors s ON s.actor_id = i.source_id
      LEFT JOIN actors t ON t.actor_id = i.target_id
      LEFT JOIN (SELECT incident_id, list_sort(list(event_id)) AS event_ids FROM incident_events
                 GROUP BY incident_id) ev ON ev.incident_id = i.incident_id
      ORDER BY i.first_day NULLS LAST, i.incident_id
      """, List.of("outlets", "event_ids"));

  /** Every exported table, in the order they are written. */
  static final List<Table> ALL = List.of(EVENTS, ACTORS, ARTICLES, QUOTES, RELATIONS, INCIDENTS);

  private ExportTables() {}
}
