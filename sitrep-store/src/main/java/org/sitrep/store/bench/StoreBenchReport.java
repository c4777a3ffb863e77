package org.sitrep.store.bench;

import java.util.List;
import java.util.Locale;

/**
 * What the store benchmark measured: the generated corpus's size, how fast the writer stored it (the same path as
 * ingest after NLP: ids, stories, counted events, transaction, search index), how long regrouping the incidents
 * took, the file sizes, and each query's latency.
 */
public record StoreBenchReport(int articles, long events, long actors, long incidents, double writeSeconds,
    double incidentSeconds, long databaseBytes, long searchIndexBytes, List<Timing> queries) {

  public StoreBenchReport {
    queries = List.copyOf(queries);
  }

  public double articlesPerSecond() {
    return articles / writeSeconds;
  }

  public double eventsPerSecond() {
    return events / writeSeconds;
  }

  /** The report as a terminal table. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "corpus: %,d articles, %,d events, %,d actors, %,d incidents (generated)%n",
        articles, events, actors, incidents));
    out.append(String.format(Locale.ROOT, "store:  %.1f s = %,.0f articles/s, %,.0f events/s; incidents regrouped in %.2f s%n",
        writeSeconds, articlesPerSecond(), eventsPerSecond(), incidentSeconds));
    out.append(String.format(Locale.ROOT, "files:  database %,d KB, search index %,d KB%n", databaseBytes / 1024,
        searchIndexBytes / 1024));
    out.append(String.format(Locale.ROOT, "%n%-52s %10s %10s %5s %8s%n", "QUERY", "MEDIAN ms", "MIN ms", "RUNS", "ROWS"));
    for (Timing t : queries) {
      out.append(String.format(Locale.ROOT, "%-52s %10.1f %10.1f %5d %8d%n", t.what(), t.medianMillis(), t.minMillis(),
          t.runs(), t.rows()));
    }
    return out.toString();
  }
}
