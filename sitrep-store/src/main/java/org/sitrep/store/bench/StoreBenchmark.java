package org.sitrep.store.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.EventType;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.store.CorpusStore;
import org.sitrep.store.CorpusWriter;
import org.sitrep.store.query.ActorGraph;
import org.sitrep.store.query.EventFilter;
import org.sitrep.store.query.ExportFormat;
import org.sitrep.store.query.Exporter;
import org.sitrep.store.query.GraphFormat;
import org.sitrep.store.query.ReadOnlyStore;
import org.sitrep.store.query.StoreQueries;
import org.sitrep.store.search.SentenceIndex;

/**
 * Stores a generated corpus through {@link CorpusWriter} (everything ingest does after NLP) into a fresh store, then
 * times every query the CLI offers on it, each run once to warm up and then {@code repeats} times. NLP is left out
 * on purpose: its speed is {@code sitrep bench}'s business, and here it would hide the store's.
 */
public final class StoreBenchmark {

  private final int events;
  private final int batch;
  private final int repeats;

  public StoreBenchmark(int events, int batch, int repeats) {
    if (events < 1 || batch < 1 || repeats < 1) throw new IllegalArgumentException("events, batch and repeats must be >= 1");
    this.events = events;
    this.batch = batch;
    this.repeats = repeats;
  }

  /** Runs in {@code dir}, which must be empty or missing; the store and exports are left there for inspection. */
  public StoreBenchReport run(Path dir, ProgressListener progress) {
    SyntheticCorpus corpus = SyntheticCorpus.withEvents(events, 20_261_125L);
    Path db = dir.resolve("bench.db");
    if (Files.exists(db)) throw new IllegalArgumentException(db + ": exists; give the benchmark an empty folder");
    long storedEvents = 0;
    double writeSeconds;
    double incidentSeconds;
    long incidents;
    long actors;
    try (CorpusStore store = CorpusStore.open(db);
        SentenceIndex search = SentenceIndex.open(SentenceIndex.besideDatabase(db))) {
      CorpusWriter writer = new CorpusWriter(store, search);
      long t0 = System.nanoTime();
      for (int from = 0; from < corpus.articles(); from += batch) {
        CorpusWriter.Outcome outcome = writer.write(corpus.slice(from, from + batch));
        if (!outcome.problems().isEmpty()) throw new IllegalStateException(outcome.problems().get(0).toString());
        for (var n : outcome.stored()) storedEvents += n.analysed().analysis().events().size();
        progress.articleDone(Math.min(corpus.articles(), from + batch), corpus.articles(), 0);
      }
      long t1 = System.nanoTime();
      incidents = writer.rebuildIncidents();
      long t2 = System.nanoTime();
      writeSeconds = (t1 - t0) / 1e9;
      incidentSeconds = (t2 - t1) / 1e9;
      actors = store.count("actors");
    }
    List<Timing> timings = queries(corpus, db, dir);
    return new StoreBenchReport(corpus.articles(), storedEvents, actors, incidents, writeSeconds, incidentSeconds,
        size(db), size(SentenceIndex.besideDatabase(db)), timings);
  }

  private List<Timing> queries(SyntheticCorpus corpus, Path db, Path dir) {
    List<Timing> out = new ArrayList<>();
    // Popularity is skewed in the corpus: the first actor is the busiest, the middle one is typical.
    Actor busy = corpus.actors().get(0);
    Actor typical = corpus.actors().get(corpus.actors().size() / 2);
    LocalDate from = LocalDate.of(2024, 3, 1);
    LocalDate to = LocalDate.of(2024, 3, 31);
    try (Connection c = ReadOnlyStore.open(db);
        SentenceIndex search = SentenceIndex.open(SentenceIndex.besideDatabase(db))) {
      StoreQueries q = new StoreQueries(c);
      out.add(time("actors (all, profiles with counts)", () -> q.actors(null).size()));
      String surname = typical.name().split(" ")[1];
      out.add(time("actors NAME (substring of a spelling)", () -> q.actors(surname).size()));
      out.add(time("events (first 100 by day)", () -> q.events(EventFilter.all(100)).size()));
      out.add(time("events --actor busiest --limit 1000", () -> q.events(filter(busy.name(), null, null, null, null)).size()));
      out.add(time("events --actor typical --limit 1000", () -> q.events(filter(typical.id(), null, null, null, null)).size()));
      out.add(time("events --type ASSAULT --from --to (one month)",
          () -> q.events(filter(null, EventType.ASSAULT, from, to, null)).size()));
      out.add(time("events --outlet Herald --limit 1000", () -> q.events(filter(null, null, null, null, "Herald")).size()));
      out.add(time("quotes --speaker busiest --limit 100", () -> q.quotes(busy.name(), null, 100).size()));
      out.add(time("quotes --text accept --limit 100", () -> q.quotes(null, "accept", 100).size()));
      out.add(time("timeline busiest", () -> q.timeline(busy.id()).size()));
      out.add(time("timeline typical", () -> q.timeline(typical.id()).size()));
      out.add(time("graph (load + GEXF)", () -> {
        ActorGraph g = ActorGraph.load(c, false);
        StringWriter w = new StringWriter();
        try {
          GraphFormat.GEXF.write(g, w);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return g.edges().size();
      }));
      out.add(time("search \"witnesses told reporters\" Velsk", () -> StoreQueries.search(search,
          "\"witnesses told reporters\" Velsk", 20).size()));
      out.add(time("search accused sanctioned", () -> StoreQueries.search(search, "accused sanctioned", 20).size()));
      int[] run = {0};
      out.add(time("export --format parquet (6 tables)", () -> Exporter.export(c, dir.resolve("parquet-" + run[0]++),
          ExportFormat.PARQUET).stream().mapToLong(f -> f.rows()).sum()));
      out.add(time("export --format csv (6 tables)", () -> Exporter.export(c, dir.resolve("csv-" + run[0]++),
          ExportFormat.CSV).stream().mapToLong(f -> f.rows()).sum()));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the benchmark store: " + e.getMessage(), e);
    }
    return out;
  }

  private EventFilter filter(@Nullable String actor, @Nullable EventType type, @Nullable LocalDate from,
      @Nullable LocalDate to, @Nullable String outlet) {
    return new EventFilter(actor, type, from, to, outlet, false, 1000);
  }

  private Timing time(String what, LongSupplier query) {
    long rows = query.getAsLong();
    double[] millis = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      rows = query.getAsLong();
      millis[i] = (System.nanoTime() - t) / 1e6;
    }
    return Timing.of(what, millis, rows);
  }

  private static long size(Path p) {
    try (Stream<Path> files = Files.walk(p)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }
}
