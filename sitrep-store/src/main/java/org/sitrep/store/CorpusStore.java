package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;
import org.sitrep.corpus.Incident;
import org.sitrep.corpus.ReportedEvent;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.CorpusActor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Quote;
import org.sitrep.model.Relation;
import org.sitrep.model.Sentence;

/**
 * The corpus store: one DuckDB file. Articles are written a batch at a time in one transaction with DuckDB's
 * appender, so a batch is stored whole or not at all, also when the process is killed: DuckDB replays only committed
 * transactions from its write-ahead log. One writer at a time (DuckDB locks the file); not thread-safe.
 */
public final class CorpusStore implements AutoCloseable {

  private static final String SCHEMA = "schema.sql";
  static final String SCHEMA_VERSION = "1";

  private final Path file;
  private final DuckDBConnection connection;
  /** What the actor tables already hold, so that a batch adds each actor, spelling and title once. */
  private @Nullable Map<String, Set<String>> spellings;
  private @Nullable Map<String, Set<String>> titles;

  private CorpusStore(Path file, DuckDBConnection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens the store in {@code file}, creating the file and its tables when missing. */
  public static CorpusStore open(Path file) {
    Path abs = file.toAbsolutePath();
    try {
      if (abs.getParent() != null) Files.createDirectories(abs.getParent());
    } catch (IOException e) {
      throw new StoreException(file + ": cannot create its folder: " + e.getMessage(), e);
    }
    if (Files.isDirectory(abs)) throw new StoreException(file + ": is a folder, not a database file");
    DuckDBConnection c;
    try {
      c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs);
    } catch (SQLException e) {
      String why = e.getMessage() == null ? "" : e.getMessage();
      if (why.contains("lock")) throw new StoreException(file + ": in use by another process (" + firstLine(why) + ")", e);
      throw new StoreException(file + ": cannot open as a sitrep store: " + firstLine(why), e);
    }
    CorpusStore store = new CorpusStore(file, c);
    try {
      store.createSchema();
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    return store;
  }

  public Path file() {
    return file;
  }

  /** The connection, for the query classes; callers must not change autocommit or leave a transaction open. */
  public Connection connection() {
    return connection;
  }

  private void createSchema() {
    String ddl;
    try (InputStream in = CorpusStore.class.getResourceAsStream(SCHEMA)) {
      ddl = new String(Objects.requireNonNull(in, SCHEMA).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read the bundled " + SCHEMA, e);
    }
    try (Statement st = connection.createStatement()) {
      for (String sql : ddl.split("(?m)^;\\s*$")) {
        if (!sql.replaceAll("(?m)^--.*$", "").isBlank()) st.execute(sql);
      }
      String version = null;
      try (ResultSet rs = st.executeQuery("SELECT value FROM store_info WHERE key = 'schema_version'")) {
        if (rs.next()) version = rs.getString(1);
      }
      if (version == null) {
        st.execute("INSERT INTO store_info VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
      } else if (!version.equals(SCHEMA_VERSION)) {
        throw new StoreException(file + ": store schema version " + version + ", this sitrep reads version " + SCHEMA_VERSION);
      }
    } catch (SQLException e) {
      throw failure("cannot create the store's tables", e);
    }
  }

  /** The content hashes already stored: what ingest skips. */
  public Set<String> contentHashes() {
    return strings("SELECT content_hash FROM articles");
  }

  /** The article ids in use. */
  public Set<String> articleIds() {
    return strings("SELECT article_id FROM articles");
  }

  /** Every stored article's story and MinHash signature, in the order they were stored. */
  public List<StoredSignature> signatures() {
    List<StoredSignature> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT article_id, story_id, minhash FROM articles ORDER BY seq")) {
      while (rs.next()) out.add(new StoredSignature(rs.getString(1), rs.getString(2), rs.getBytes(3)));
    } catch (SQLException e) {
      throw failure("cannot read the stored signatures", e);
    }
    return out;
  }

  /** An article's story and signature as stored. */
  public record StoredSignature(String articleId, String storyId, byte[] minhash) {
    public StoredSignature {
      minhash = minhash.clone();
    }

    @Override
    public byte[] minhash() {
      return minhash.clone();
    }
  }

  /** The corpus actors already stored, with their spellings and titles: what new articles resolve against. */
  public List<CorpusActor> actors() {
    Map<String, Set<String>> sp = multimap("SELECT actor_id, spelling FROM actor_spellings ORDER BY rowid");
    Map<String, Set<String>> ti = multimap("SELECT actor_id, title FROM actor_titles ORDER BY rowid");
    Map<String, Integer> articles = new HashMap<>();
    try (Statement st = connection.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT actor_id, count(*) FROM article_actors GROUP BY actor_id")) {
        while (rs.next()) articles.put(rs.getString(1), rs.getInt(2));
      }
      List<CorpusActor> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT actor_id, name, kind, country, sector FROM actors ORDER BY rowid")) {
        while (rs.next()) {
          String id = rs.getString(1);
          out.add(new CorpusActor(id, rs.getString(2), ActorKind.valueOf(rs.getString(3)), rs.getString(4),
              rs.getString(5), List.copyOf(ti.getOrDefault(id, Set.of())), List.copyOf(sp.getOrDefault(id, Set.of())),
              articles.getOrDefault(id, 0)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure("cannot read the stored actors", e);
    }
  }

  /**
   * The keys ({@link #eventKey}) of the events already stored for the articles of {@code story}: an event of a new
   * copy of that story with one of these keys is a repeat.
   */
  public Set<String> eventKeysOfStory(String story) {
    Set<String> keys = new HashSet<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT e.type, e.mode, e.source_id, e.target_id, e.event_date"
        + " FROM events e JOIN articles a ON a.article_id = e.article_id WHERE a.story_id = ?")) {
      ps.setString(1, story);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(eventKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw failure("cannot read the events of story " + story, e);
    }
    return keys;
  }

  /** What makes two events of copies of one story the same report: type, mode, actors and date. */
  public static String eventKey(Event e) {
    return eventKey(e.type().name(), e.mode(), e.source(), e.target(), e.date() == null ? null : e.date().toString());
  }

  /** The key of an event as stored: {@code date} is the ISO text of {@code events.event_date}. */
  private static String eventKey(String type, @Nullable String mode, @Nullable String source, @Nullable String target,
      @Nullable String date) {
    return String.join("|", type, String.valueOf(mode), String.valueOf(source), String.valueOf(target),
        String.valueOf(date));
  }

  /** Stores {@code batch} in one transaction: all of it, or (on any failure) none of it. */
  public void write(List<NewArticle> batch) {
    if (batch.isEmpty()) return;
    Map<String, Set<String>> sp = spellings();
    Map<String, Set<String>> ti = titles();
    Map<String, Set<String>> newSpellings = new LinkedHashMap<>();
    Map<String, Set<String>> newTitles = new LinkedHashMap<>();
    Set<String> newActors = new LinkedHashSet<>();
    try {
      begin();
      long seqBefore = scalarLong("SELECT coalesce(max(seq), 0) FROM articles");
      long seq = seqBefore;
      long eventId = scalarLong("SELECT coalesce(max(event_id), 0) FROM events");
      LocalDateTime now = LocalDateTime.now();
      try (Appenders app = new Appenders(connection)) {
        for (NewArticle n : batch) {
          ArticleAnalysis a = n.analysed().analysis();
          Article art = a.article();
          app.articles.beginRow().append(n.articleId()).append(++seq).append(n.contentHash()).append(art.origin());
          str(app.articles, art.outlet());
          str(app.articles, art.title());
          str(app.articles, art.url());
          str(app.articles, art.published() == null ? null : art.published().toString());
          day(app.articles, art.published());
          app.articles.append(art.body()).append(art.boilerplate()).append(a.sentenceCount()).append(a.tokenCount())
              .append(n.storyId()).append(n.minhash()).append(now).endRow();
          for (Sentence s : n.analysed().resolved().annotated().sentences()) {
            app.sentences.beginRow().append(n.articleId()).append(s.index()).append(s.begin()).append(s.end())
                .append(s.text()).endRow();
          }
          for (Actor x : a.actors()) {
            if (!sp.containsKey(x.id()) && newActors.add(x.id())) {
              app.actors.beginRow().append(x.id()).append(x.name()).append(x.kind().name());
              str(app.actors, x.country());
              str(app.actors, x.sector());
              app.actors.endRow();
            }
            for (String s : x.mentions()) {
              if (!sp.getOrDefault(x.id(), Set.of()).contains(s)
                  && newSpellings.computeIfAbsent(x.id(), k -> new LinkedHashSet<>()).add(s)) {
                app.spellings.beginRow().append(x.id()).append(s).endRow();
              }
            }
            for (String t : x.titles()) {
              if (!ti.getOrDefault(x.id(), Set.of()).contains(t)
                  && newTitles.computeIfAbsent(x.id(), k -> new LinkedHashSet<>()).add(t)) {
                app.titles.beginRow().append(x.id()).append(t).endRow();
              }
            }
            app.articleActors.beginRow().append(n.articleId()).append(x.id()).append(x.kind().name());
            str(app.articleActors, x.country());
            str(app.articleActors, x.sector());
            app.articleActors.append(x.titles()).endRow();
          }
          for (ActorRef r : n.analysed().resolved().refs()) {
            app.mentions.beginRow().append(n.articleId()).append(r.actorId()).append(r.sentence()).append(r.begin())
                .append(r.end()).append(r.text()).endRow();
          }
          int q = 0;
          for (Quote x : a.quotes()) {
            app.quotes.beginRow().append(n.articleId()).append(q++).append(x.sentence()).append(x.begin())
                .append(x.end()).append(x.text());
            str(app.quotes, x.speaker());
            str(app.quotes, x.speakerText());
            str(app.quotes, x.verb());
            str(app.quotes, x.addressee());
            app.quotes.endRow();
          }
          for (int i = 0; i < a.events().size(); i++) {
            Event e = a.events().get(i);
            app.events.beginRow().append(++eventId).append(n.articleId()).append(e.sentence()).append(e.type().name());
            str(app.events, e.mode());
            str(app.events, e.source());
            str(app.events, e.target());
            str(app.events, e.date() == null ? null : e.date().toString());
            day(app.events, e.date());
            str(app.events, e.dateText());
            str(app.events, e.location());
            app.events.append(e.text());
            str(app.events, e.reportedBy());
            app.events.append(n.eventCounted().get(i)).endRow();
          }
          for (Relation r : a.relations()) {
            app.relations.beginRow().append(n.articleId()).append(r.subject()).append(r.predicate().name())
                .append(r.object()).append(r.sentence()).endRow();
          }
        }
        app.flush();
      }
      connection.commit();
      long storedNow = scalarLong("SELECT count(*) FROM articles WHERE seq > " + seqBefore);
      if (storedNow != batch.size()) {
        throw new StoreException(file + ": a batch of " + batch.size() + " articles was not committed (" + storedNow + " found)");
      }
    } catch (SQLException | RuntimeException e) {
      rollback();
      this.spellings = null;
      this.titles = null;
      throw e instanceof StoreException se ? se : failure("could not store " + batch.size() + " articles", e);
    } finally {
      autoCommit();
    }
    newActors.forEach(id -> sp.putIfAbsent(id, new HashSet<>()));
    newSpellings.forEach((id, s) -> sp.computeIfAbsent(id, k -> new HashSet<>()).addAll(s));
    newTitles.forEach((id, t) -> ti.computeIfAbsent(id, k -> new HashSet<>()).addAll(t));
  }

  /** Every stored event as corroboration sees it: its article's outlet and story, and its day or else the article's. */
  public List<ReportedEvent> reportedEvents() {
    List<ReportedEvent> out = new ArrayList<>();
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery("SELECT e.event_id, e.article_id, a.outlet, a.story_id, e.type, e.source_id,"
            + " e.target_id, coalesce(e.event_day, a.published_day) FROM events e JOIN articles a"
            + " ON a.article_id = e.article_id ORDER BY e.event_id")) {
      while (rs.next()) {
        java.sql.Date d = rs.getDate(8);
        out.add(new ReportedEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            EventType.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), d == null ? null : d.toLocalDate()));
      }
    } catch (SQLException e) {
      throw failure("cannot read the stored events", e);
    }
    return out;
  }

  /** Replaces the incidents with {@code incidents}, in one transaction. */
  public void replaceIncidents(Collection<Incident> incidents) {
    try {
      begin();
      try (Statement st = connection.createStatement()) {
        st.execute("DELETE FROM incident_events");
        st.execute("DELETE FROM incidents");
      }
      try (DuckDBAppender inc = connection.createAppender("incidents");
          DuckDBAppender links = connection.createAppender("incident_events")) {
        for (Incident i : incidents) {
          inc.beginRow().append(i.id()).append(i.type().name());
          str(inc, i.source());
          str(inc, i.target());
          date(inc, i.first());
          date(inc, i.last());
          inc.append(i.outlets()).append(i.independentReports()).append(i.syndicatedCopies()).append(i.events().size())
              .endRow();
          for (long e : i.events()) links.beginRow().append(i.id()).append(e).endRow();
        }
        inc.flush();
        links.flush();
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      rollback();
      throw failure("could not store the incidents", e);
    } finally {
      autoCommit();
    }
  }

  /** The number of rows of a store table; for reports and tests. */
  public long count(String table) {
    if (!table.matches("[a-z_]+")) throw new IllegalArgumentException("not a table name: " + table);
    return scalarLong("SELECT count(*) FROM " + table);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("cannot close", e);
    }
  }

  private Map<String, Set<String>> spellings() {
    if (spellings == null) {
      spellings = multimap("SELECT actor_id, spelling FROM actor_spellings");
      // Actors without spellings still count as stored; write() keeps the map level with the table afterwards.
      for (String id : strings("SELECT actor_id FROM actors")) spellings.putIfAbsent(id, new HashSet<>());
    }
    return spellings;
  }

  private Map<String, Set<String>> titles() {
    if (titles == null) titles = multimap("SELECT actor_id, title FROM actor_titles");
    return titles;
  }

  private Map<String, Set<String>> multimap(String sql) {
    Map<String, Set<String>> out = new HashMap<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
    } catch (SQLException e) {
      throw failure("cannot read the store", e);
    }
    return out;
  }

  private Set<String> strings(String sql) {
    Set<String> out = new HashSet<>();
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) out.add(rs.getString(1));
    } catch (SQLException e) {
      throw failure("cannot read the store", e);
    }
    return out;
  }

  private long scalarLong(String sql) {
    try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failure("cannot read the store", e);
    }
  }

  /**
   * Opens a transaction. DuckDB's JDBC driver starts it lazily, at the first statement: an appender created before
   * any statement writes outside it, where a rollback cannot reach. Hence the statement.
   */
  private void begin() throws SQLException {
    connection.setAutoCommit(false);
    try (Statement st = connection.createStatement()) {
      st.execute("SELECT 1");
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The transaction is gone either way; the original failure is what the caller must see.
    }
  }

  private void autoCommit() {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure("cannot end the transaction", e);
    }
  }

  private StoreException failure(String what, Exception e) {
    return new StoreException(file + ": " + what + ": " + firstLine(String.valueOf(e.getMessage())), e);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static void str(DuckDBAppender a, @Nullable String s) throws SQLException {
    if (s == null) a.appendNull();
    else a.append(s);
  }

  private static void day(DuckDBAppender a, @Nullable PartialDate d) throws SQLException {
    date(a, d == null ? null : d.toLocalDate());
  }

  private static void date(DuckDBAppender a, @Nullable LocalDate d) throws SQLException {
    if (d == null) a.appendNull();
    else a.append(d);
  }

  /** One appender per table a batch writes, closed (flushed into the open transaction) together. */
  private static final class Appenders implements AutoCloseable {
    final DuckDBAppender articles;
    final DuckDBAppender sentences;
    final DuckDBAppender actors;
    final DuckDBAppender spellings;
    final DuckDBAppender titles;
    final DuckDBAppender articleActors;
    final DuckDBAppender mentions;
    final DuckDBAppender quotes;
    final DuckDBAppender events;
    final DuckDBAppender relations;

    Appenders(DuckDBConnection c) throws SQLException {
      articles = c.createAppender("articles");
      sentences = c.createAppender("sentences");
      actors = c.createAppender("actors");
      spellings = c.createAppender("actor_spellings");
      titles = c.createAppender("actor_titles");
      articleActors = c.createAppender("article_actors");
      mentions = c.createAppender("mentions");
      quotes = c.createAppender("quotes");
      events = c.createAppender("events");
      relations = c.createAppender("relations");
    }

    /**
     * Flushes every appender into the transaction. Needed before commit: a constraint violation surfaces only
     * here; left to {@code close()} in a transaction it aborts the transaction silently and the commit stores nothing.
     */
    void flush() throws SQLException {
      for (DuckDBAppender a : List.of(articles, sentences, actors, spellings, titles, articleActors, mentions, quotes,
          events, relations)) {
        a.flush();
      }
    }

    @Override
    public void close() throws SQLException {
      // Close all even when one fails.
      SQLException first = null;
      for (DuckDBAppender a : List.of(articles, sentences, actors, spellings, titles, articleActors, mentions, quotes,
          events, relations)) {
        try {
          a.close();
        } catch (SQLException e) {
          if (first == null) first = e;
        }
      }
      if (first != null) throw first;
    }
  }
}
