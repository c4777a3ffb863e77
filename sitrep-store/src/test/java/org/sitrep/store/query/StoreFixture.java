package org.sitrep.store.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.search.IndexedSentence;
import org.sitrep.store.search.SentenceIndex;

/**
 * A small project-written corpus store for query tests, shared with the CLI tests through sitrep-store's test jar.
 *
 * <p>Six articles from three outlets. Reuters' "r1" was reprinted by Yahoo News as "y1" (same story id "r1"), so
 * y1's events are stored with {@code counted = false}. Al Jazeera's "j1" reported the same ambush independently: the
 * ASSAULT of the Northern Valley Brigades on the Iraqi Army on 2020-03-01 is incident "i1" (events 1, 2 and 3;
 * Al Jazeera, Reuters and Yahoo News; two independent reports). Event 15 is a one-outlet incident "i2"; the other
 * events belong to no incident. Event 6 (ACCUSE) and 14 (AID) have no day of their own and fall back to their
 * article's publication day. Two actors share the spelling "Hussein". Offsets are computed, so they are consistent
 * with the bodies.
 */
public final class StoreFixture {

  /** The file name of the fixture database inside the directory given to {@link #create}. */
  public static final String DB_NAME = "sitrep.db";

  /** Events in the fixture, counted or not. */
  public static final int EVENTS = 17;
  /** Events with {@code counted = false}: y1's copies of r1's events 1, 4 and 6. */
  public static final int REPEATS = 3;
  public static final int ACTORS = 12;
  public static final int ARTICLES = 6;
  public static final int QUOTES = 6;
  public static final int RELATIONS = 5;
  public static final int INCIDENTS = 2;

  private final Connection connection;
  private final Map<String, List<String>> sentences = new HashMap<>();
  private final Map<String, String> bodies = new HashMap<>();
  private long seq;

  private StoreFixture(Connection connection) {
    this.connection = connection;
  }

  /** Creates {@code dir/sitrep.db} with the schema and the fixture corpus, closes it and returns its path. */
  public static Path create(Path dir) {
    Path db = dir.resolve(DB_NAME);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
      createSchema(c);
      new StoreFixture(c).insertCorpus();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot build the fixture store", e);
    }
    return db;
  }

  /** Runs the store's schema.sql (statements separated by lines holding only ';') on {@code c}. */
  public static void createSchema(Connection c) throws SQLException {
    String schema;
    try (InputStream in = StoreFixture.class.getResourceAsStream("/org/sitrep/store/schema.sql")) {
      if (in == null) throw new IllegalStateException("schema.sql is not on the classpath");
      schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Statement s = c.createStatement()) {
      for (String statement : schema.split("(?m)^;\\s*$")) {
        if (!statement.strip().isEmpty()) s.execute(statement);
      }
    }
  }

  /**
   * Builds the sentence search index beside {@code db} from its sentences, as ingest would. Reads the store read-only,
   * so that it can run while a test holds a read-only connection (DuckDB refuses mixed modes in one process).
   */
  public static void indexSentences(Path db) {
    try (Connection c = ReadOnlyStore.open(db);
        SentenceIndex index = SentenceIndex.open(SentenceIndex.besideDatabase(db));
        PreparedStatement ps = c.prepareStatement("""
            SELECT s.article_id, s.sentence, s.text, a.outlet, a.title, a.published
            FROM sentences s JOIN articles a ON a.article_id = s.article_id
            ORDER BY s.article_id, s.sentence""");
        ResultSet rs = ps.executeQuery()) {
      Map<String, List<IndexedSentence>> byArticle = new HashMap<>();
      while (rs.next()) {
        byArticle.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new IndexedSentence(rs.getString(1),
            rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
      }
      byArticle.forEach(index::replaceArticle);
      index.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot index the fixture store", e);
    }
  }

  private void insertCorpus() throws SQLException {
    String[] r1 = {
        "Fighters of the Northern Valley Brigades ambushed an Iraqi Army convoy near Kirkuk on Sunday, officials said.",
        "Three soldiers were killed.",
        "The Iraqi Army sent reinforcements to Kirkuk on Monday.",
        "Prime Minister Mustafa al-Kadhimi accused Iran of arming the group.",
        "\"We will not let the attackers go unpunished,\" Kadhimi said."};
    article("r1", "Reuters", "Rebels ambush army convoy near Kirkuk", "2020-03-02", "r1", r1);
    article("y1", "Yahoo News", "Rebels ambush army convoy near Kirkuk", "2020-03-02", "r1", r1);
    article("j1", "Al Jazeera", "Convoy attacked in northern Iraq", "2020-03-02", "j1",
        "Gunmen struck a military convoy in northern Iraq.",
        "The Northern Valley Brigades attacked Iraqi troops near Kirkuk on Sunday.",
        "Iran has long backed the Northern Valley Brigades, analysts say.");
    article("r2", "Reuters", "US imposes new sanctions on Iran", "2020-05-10", "r2",
        "The United States imposed new sanctions on Iran on Saturday.",
        "Kadhimi held talks with Washington on Sunday.",
        "Foreign Minister Hassan Rahimi said Iran rejected the demands of the United States.",
        "\"Sanctions are an act of economic war,\" Rahimi told the United Nations.");
    article("j2", "Al Jazeera", "Protests in Kirkuk over jobs & water", "2020-06-01", "j2",
        "Kurdish protesters rallied against the government of Iraq in Kirkuk on Monday.",
        "The Iraqi Army dispersed the protesters with tear gas.",
        "The United Nations urged Iraq on Tuesday to respect the right to protest.",
        "The United Nations delivered aid to families in the city.",
        "\"We only want jobs and water,\" one protester said.",
        "\"Nobody listens to us,\" a banner read.");
    article("r3", "Reuters", "Rival commanders agree to end dispute", "2021-01-15", "r3",
        "The Northern Valley Brigades attacked an Iraqi Army checkpoint on Thursday.",
        "Ali Hussein and Qasim Hussein agreed to end their dispute on Friday.",
        "Iran backs the Northern Valley Brigades with weapons and money, Ali Hussein said.",
        "Ali Hussein, a commander in the Iraqi Army, spoke to reporters.",
        "\"We agreed to end the dispute, \"finally\", today,\" Ali Hussein said.");

    actor("nvb", "Northern Valley Brigades", "ORGANIZATION", "IRQ", "REB",
        List.of("Northern Valley Brigades", "NVB", "Saraya al-Wadi"), List.of());
    actor("iraqi-army", "Iraqi Army", "ORGANIZATION", "IRQ", "MIL", List.of("Iraqi Army", "Iraqi troops"), List.of());
    actor("kadhimi", "Mustafa al-Kadhimi", "PERSON", "IRQ", "GOV",
        List.of("Mustafa al-Kadhimi", "Mustafa Al-Kadhemi", "Kadhimi"), List.of("Prime Minister"));
    actor("iraq", "Iraq", "COUNTRY", "IRQ", "GOV", List.of("Iraq"), List.of());
    actor("usa", "United States", "COUNTRY", "USA", "GOV", List.of("United States", "Washington"), List.of());
    actor("iran", "Iran", "COUNTRY", "IRN", "GOV", List.of("Iran"), List.of());
    actor("rahimi", "Hassan Rahimi", "PERSON", "IRN", "GOV", List.of("Hassan Rahimi", "Rahimi"),
        List.of("Foreign Minister"));
    actor("un", "United Nations", "ORGANIZATION", null, "IGO", List.of("United Nations"), List.of());
    actor("kurdish-protesters", "Kurdish protesters", "GROUP", "IRQ", "CVL",
        List.of("Kurdish protesters", "one protester"), List.of());
    actor("kirkuk", "Kirkuk", "LOCATION", "IRQ", null, List.of("Kirkuk"), List.of());
    actor("ali-hussein", "Ali Hussein", "PERSON", "IRQ", "MIL", List.of("Ali Hussein", "Hussein"),
        List.of("commander"));
    actor("qasim-hussein", "Qasim Hussein", "PERSON", "IRQ", null, List.of("Qasim Hussein", "Hussein"), List.of());

    for (String a : List.of("r1", "y1")) articleActors(a, "nvb", "iraqi-army", "kirkuk", "kadhimi", "iran", "iraq");
    articleActors("j1", "nvb", "iraqi-army", "kirkuk", "iran", "iraq");
    articleActors("r2", "usa", "iran", "kadhimi", "rahimi", "un");
    articleActors("j2", "kurdish-protesters", "iraq", "kirkuk", "iraqi-army", "un");
    articleActors("r3", "nvb", "iraqi-army", "ali-hussein", "qasim-hussein", "iran");
    mention("r1", "nvb", 0, "Northern Valley Brigades");
    mention("r1", "kadhimi", 3, "Mustafa al-Kadhimi");
    mention("r2", "kadhimi", 1, "Kadhimi");

    event(1, "r1", 0, "ASSAULT", "firearms", "nvb", "iraqi-army", "2020-03-01", "Kirkuk", null, true);
    event(2, "y1", 0, "ASSAULT", "firearms", "nvb", "iraqi-army", "2020-03-01", "Kirkuk", null, false);
    event(3, "j1", 1, "ASSAULT", null, "nvb", "iraqi-army", "2020-03-01", "Kirkuk", null, true);
    event(4, "r1", 2, "MOBILIZE", null, "iraqi-army", "kirkuk", "2020-03-02", "Kirkuk", null, true);
    event(5, "y1", 2, "MOBILIZE", null, "iraqi-army", "kirkuk", "2020-03-02", "Kirkuk", null, false);
    event(6, "r1", 3, "ACCUSE", null, "kadhimi", "iran", null, null, null, true);
    event(7, "y1", 3, "ACCUSE", null, "kadhimi", "iran", null, null, null, false);
    event(8, "r2", 0, "SANCTION", null, "usa", "iran", "2020-05-09", null, null, true);
    event(9, "r2", 1, "CONSULT", null, "kadhimi", "usa", "2020-05-10", null, null, true);
    event(10, "r2", 2, "REJECT", null, "iran", "usa", "2020-05-10", null, "rahimi", true);
    event(11, "j2", 0, "PROTEST", "demonstrate", "kurdish-protesters", "iraq", "2020-06-01", "Kirkuk", null, true);
    event(12, "j2", 1, "COERCE", null, "iraqi-army", "kurdish-protesters", "2020-06-01", null, null, true);
    event(13, "j2", 2, "REQUEST", null, "un", "iraq", "2020-06-02", null, null, true);
    event(14, "j2", 3, "AID", null, "un", null, null, "Kirkuk", null, true);
    event(15, "r3", 0, "ASSAULT", null, "nvb", "iraqi-army", "2021-01-14", null, null, true);
    event(16, "r3", 1, "AGREE", null, "ali-hussein", "qasim-hussein", "2021-01-15", null, null, true);
    event(17, "r3", 2, "SUPPORT", null, "iran", "nvb", "2021-01-15", null, "ali-hussein", true);

    quote("r1", 0, 4, "We will not let the attackers go unpunished,", "kadhimi", "Kadhimi", "said", null);
    quote("y1", 0, 4, "We will not let the attackers go unpunished,", "kadhimi", "Kadhimi", "said", null);
    quote("r2", 0, 3, "Sanctions are an act of economic war,", "rahimi", "Rahimi", "told", "un");
    quote("j2", 0, 4, "We only want jobs and water,", "kurdish-protesters", "one protester", "said", null);
    quote("j2", 1, 5, "Nobody listens to us,", null, null, null, null);
    quote("r3", 0, 4, "We agreed to end the dispute, \"finally\", today,", "ali-hussein", "Ali Hussein", "said",
        null);

    relation("r1", "kadhimi", "LEADS", "iraq", 3);
    relation("y1", "kadhimi", "LEADS", "iraq", 3);
    relation("j1", "iran", "BACKS", "nvb", 2);
    relation("r3", "iran", "BACKS", "nvb", 2);
    relation("r3", "ali-hussein", "MEMBER_OF", "iraqi-army", 3);

    incident("i1", "ASSAULT", "nvb", "iraqi-army", "2020-03-01", List.of("Al Jazeera", "Reuters", "Yahoo News"), 2, 1,
        1, 2, 3);
    incident("i2", "ASSAULT", "nvb", "iraqi-army", "2021-01-14", List.of("Reuters"), 1, 0, 15);
  }

  private void article(String id, String outlet, String title, String published, String storyId,
      String... text) throws SQLException {
    String body = String.join(" ", text);
    sentences.put(id, List.of(text));
    bodies.put(id, body);
    seq++;
    update("""
        INSERT INTO articles (article_id, seq, content_hash, origin, outlet, title, url, published,
            published_day, body, boilerplate, sentence_count, token_count, story_id, minhash, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, []::VARCHAR[], ?, ?, ?, '\\x00\\x01'::BLOB,
            TIMESTAMP '2024-01-01 12:00:00')""",
        id, seq, "hash-" + id, "fixture.jsonl:" + seq, outlet, title, "https://example.com/" + id, published,
        LocalDate.parse(published), body, text.length, body.split("\\s+").length, storyId);
    int offset = 0;
    for (int i = 0; i < text.length; i++) {
      update("INSERT INTO sentences (article_id, sentence, begin_offset, end_offset, text) VALUES (?, ?, ?, ?, ?)",
          id, i, offset, offset + text[i].length(), text[i]);
      offset += text[i].length() + 1;
    }
  }

  private void actor(String id, String name, String kind, String country, String sector, List<String> spellings,
      List<String> titles) throws SQLException {
    update("INSERT INTO actors (actor_id, name, kind, country, sector) VALUES (?, ?, ?, ?, ?)", id, name, kind,
        country, sector);
    for (String s : spellings) update("INSERT INTO actor_spellings (actor_id, spelling) VALUES (?, ?)", id, s);
    for (String t : titles) update("INSERT INTO actor_titles (actor_id, title) VALUES (?, ?)", id, t);
  }

  private void articleActors(String article, String... actors) throws SQLException {
    for (String a : actors) {
      update("""
          INSERT INTO article_actors (article_id, actor_id, kind, country, sector, titles)
          SELECT ?, actor_id, kind, country, sector, []::VARCHAR[]
          FROM actors WHERE actor_id = ?""", article, a);
    }
  }

  private void mention(String article, String actor, int sentence, String text) throws SQLException {
    int begin = offset(article, sentence, text);
    update("INSERT INTO mentions (article_id, actor_id, sentence, begin_offset, end_offset, text) "
        + "VALUES (?, ?, ?, ?, ?, ?)", article, actor, sentence, begin, begin + text.length(),
        text);
  }

  private void event(long id, String article, int sentence, String type, String mode, String source, String target,
      String day, String location, String reportedBy, boolean counted) throws SQLException {
    update("INSERT INTO events (event_id, article_id, sentence, type, mode, source_id, target_id, event_date, "
        + "event_day, date_text, location, text, reported_by, counted) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, article, sentence, type, mode,
        source, target, day, day == null ? null : LocalDate.parse(day), day == null ? null : "on " + day, location,
        sentences.get(article).get(sentence), reportedBy, counted);
  }

  private void quote(String article, int no, int sentence, String text, String speaker, String speakerText,
      String verb, String addressee) throws SQLException {
    int begin = offset(article, sentence, text);
    update("INSERT INTO quotes (article_id, quote_no, sentence, begin_offset, end_offset, text, speaker_id, "
        + "speaker_text, verb, addressee_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", article, no, sentence, begin,
        begin + text.length(), text, speaker, speakerText, verb, addressee);
  }

  private void relation(String article, String subject, String predicate, String object, int sentence)
      throws SQLException {
    update("INSERT INTO relations (article_id, subject_id, predicate, object_id, sentence) VALUES (?, ?, ?, ?, ?)",
        article, subject, predicate, object, sentence);
  }

  private void incident(String id, String type, String source, String target, String day, List<String> outlets,
      int independent, int copies, long... events) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "INSERT INTO incidents (incident_id, type, source_id, target_id, first_day, last_day, outlets, "
            + "independent_reports, syndicated_copies, event_count) "
            + "VALUES (?, ?, ?, ?, ?, ?, string_split(?, '|'), ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, type);
      ps.setString(3, source);
      ps.setString(4, target);
      ps.setObject(5, LocalDate.parse(day));
      ps.setObject(6, LocalDate.parse(day));
      ps.setString(7, String.join("|", outlets));
      ps.setInt(8, independent);
      ps.setInt(9, copies);
      ps.setInt(10, events.length);
      ps.executeUpdate();
    }
    for (long e : events) update("INSERT INTO incident_events (incident_id, event_id) VALUES (?, ?)", id, e);
  }

  /** The body offset of {@code text} within sentence {@code sentence} of {@code article}. */
  private int offset(String article, int sentence, String text) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(
        "SELECT begin_offset FROM sentences WHERE article_id = ? AND sentence = ?")) {
      ps.setString(1, article);
      ps.setInt(2, sentence);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        int begin = rs.getInt(1);
        int at = bodies.get(article).indexOf(text, begin);
        if (at < 0) throw new IllegalStateException(article + ": no '" + text + "' in sentence " + sentence);
        return at;
      }
    }
  }

  private void update(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
      ps.executeUpdate();
    }
  }
}
