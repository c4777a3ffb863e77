package org.sitrep.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.EventType;
import org.sitrep.store.search.SentenceIndex;

/** The queries on the fixture store. */
class StoreQueriesTest {

  @TempDir Path dir;
  private Path db;
  private Connection connection;
  private StoreQueries queries;

  @BeforeEach
  void open() {
    db = StoreFixture.create(dir);
    connection = ReadOnlyStore.open(db);
    queries = new StoreQueries(connection);
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private static EventFilter filter(String actor, EventType type, String from, String to, String outlet,
      boolean repeats, int limit) {
    return new EventFilter(actor, type, from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to), outlet, repeats, limit);
  }

  private static List<Long> ids(List<EventRow> rows) {
    return rows.stream().map(EventRow::eventId).toList();
  }

  @Test
  void actorsAreOrderedByArticlesThenNameWithCountsOfCountedEvents() {
    List<ActorProfile> all = queries.actors(null);
    assertEquals(StoreFixture.ACTORS, all.size());
    assertEquals(List.of("iran", "iraqi-army", "iraq", "kirkuk", "nvb", "kadhimi", "un"),
        all.subList(0, 7).stream().map(ActorProfile::id).toList());
    ActorProfile nvb = all.get(4);
    assertEquals(new ActorProfile("nvb", "Northern Valley Brigades", "ORGANIZATION", "IRQ", "REB",
        List.of("NVB", "Northern Valley Brigades", "Saraya al-Wadi"), List.of(), 4, 3, 1, 0), nvb);
    ActorProfile kadhimi = all.get(5);
    // ACCUSE (y1's copy is not counted) and CONSULT; the quotation is in r1 and its copy y1, counted once.
    assertEquals(2, kadhimi.asSource());
    assertEquals(1, kadhimi.quotes());
    assertEquals(List.of("Prime Minister"), kadhimi.titles());
  }

  @Test
  void actorNameFilterMatchesSubstringsOfNamesAndSpellingsIgnoringCase() {
    assertEquals(List.of("kadhimi"), queries.actors("kadhem").stream().map(ActorProfile::id).toList());
    assertEquals(List.of("nvb"), queries.actors("wadi").stream().map(ActorProfile::id).toList());
    assertEquals(List.of("ali-hussein", "qasim-hussein"),
        queries.actors("HUSSEIN").stream().map(ActorProfile::id).toList());
    assertEquals(List.of(), queries.actors("nobody%_"));
  }

  @Test
  void eventsSkipRepeatsUnlessAsked() {
    List<EventRow> counted = queries.events(EventFilter.all(100));
    assertEquals(StoreFixture.EVENTS - StoreFixture.REPEATS, counted.size());
    assertTrue(counted.stream().allMatch(EventRow::counted));
    List<EventRow> all = queries.events(filter(null, null, null, null, null, true, 100));
    assertEquals(StoreFixture.EVENTS, all.size());
  }

  @Test
  void eventsAreOrderedByDayThenIdWithPublicationDayAsFallback() {
    List<EventRow> rows = queries.events(EventFilter.all(100));
    assertEquals(List.of(1L, 3L, 4L, 6L, 8L, 9L, 10L, 11L, 12L, 14L, 13L, 15L, 16L, 17L), ids(rows));
    EventRow accuse = rows.get(3);
    assertEquals(LocalDate.of(2020, 3, 2), accuse.day());
    EventRow first = rows.get(0);
    assertEquals("Northern Valley Brigades", first.sourceName());
    assertEquals("Iraqi Army", first.targetName());
    assertEquals("Reuters", first.outlet());
    assertEquals("i1", first.incidentId());
    assertEquals(3, first.incidentOutlets());
    assertEquals("firearms", first.mode());
    assertTrue(first.text().startsWith("Fighters of the Northern Valley Brigades"));
    EventRow reject = rows.get(6);
    assertEquals("rahimi", reject.reportedBy());
    assertNull(reject.incidentId());
    assertNull(reject.incidentOutlets());
    EventRow aid = rows.get(9);
    assertNull(aid.targetId());
    assertNull(aid.targetName());
  }

  @Test
  void eventsFilterByActorIdNameOrSpellingAsSourceOrTarget() {
    List<Long> expected = List.of(6L, 9L);
    assertEquals(expected, ids(queries.events(filter("kadhimi", null, null, null, null, false, 100))));
    assertEquals(expected, ids(queries.events(filter("MUSTAFA AL-KADHEMI", null, null, null, null, false, 100))));
    assertEquals(List.of(8L, 9L, 10L), ids(queries.events(filter("Washington", null, null, null, null, false, 100))));
    // "Hussein" names two actors: events of either.
    assertEquals(List.of(16L), ids(queries.events(filter("Hussein", null, null, null, null, false, 100))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> queries.events(filter("Nobody", null, null, null, null, false, 100)));
    assertTrue(e.getMessage().startsWith("no actor matches 'Nobody'"), e.getMessage());
  }

  @Test
  void eventsFilterByTypeDatesOutletAndLimit() {
    assertEquals(List.of(1L, 3L, 15L),
        ids(queries.events(filter(null, EventType.ASSAULT, null, null, null, false, 9))));
    assertEquals(List.of(1L, 2L, 3L, 15L),
        ids(queries.events(filter(null, EventType.ASSAULT, null, null, null, true, 9))));
    assertEquals(List.of(1L, 3L),
        ids(queries.events(filter(null, EventType.ASSAULT, "2020-01-01", "2020-12-31", null, false, 9))));
    assertEquals(List.of(4L, 6L),
        ids(queries.events(filter(null, null, "2020-03-02", "2020-03-02", null, false, 9))));
    assertEquals(List.of(2L, 5L, 7L), ids(queries.events(filter(null, null, null, null, "yahoo news", true, 9))));
    assertEquals(List.of(), ids(queries.events(filter(null, null, null, null, "yahoo news", false, 9))));
    assertEquals(List.of(1L, 3L), ids(queries.events(EventFilter.all(2))));
    assertThrows(IllegalArgumentException.class, () -> EventFilter.all(0));
    assertThrows(IllegalArgumentException.class, () -> filter(null, null, "2021-01-01", "2020-01-01", null, false, 1));
  }

  @Test
  void quotesBySpeakerAndText() {
    List<QuoteRow> all = queries.quotes(null, null, 100);
    assertEquals(StoreFixture.QUOTES, all.size());
    assertEquals(List.of("r1", "y1", "r2", "j2", "j2", "r3"), all.stream().map(QuoteRow::articleId).toList());
    List<QuoteRow> rahimi = queries.quotes("Rahimi", null, 100);
    assertEquals(1, rahimi.size());
    QuoteRow q = rahimi.get(0);
    assertEquals(new QuoteRow("rahimi", "Hassan Rahimi", "Rahimi", "told", "un", "United Nations",
        "Sanctions are an act of economic war,", "Reuters", "r2", 3, "2020-05-10"), q);
    assertEquals(List.of("j2"), queries.quotes(null, "JOBS AND", 100).stream().map(QuoteRow::articleId).toList());
    assertEquals(2, queries.quotes("kadhimi", "unpunished", 100).size());
    assertEquals(1, queries.quotes(null, null, 1).size());
    assertThrows(IllegalArgumentException.class, () -> queries.quotes("Nobody", null, 10));
  }

  @Test
  void timelineShowsOneLinePerIncidentWithItsOutlets() {
    List<TimelineRow> rows = queries.timeline("Northern Valley Brigades");
    assertEquals(3, rows.size(), rows.toString());
    TimelineRow ambush = rows.get(0);
    assertEquals(LocalDate.of(2020, 3, 1), ambush.day());
    assertEquals("ASSAULT", ambush.type());
    assertEquals("firearms", ambush.mode());
    assertEquals("Northern Valley Brigades", ambush.sourceName());
    assertEquals("Iraqi Army", ambush.targetName());
    assertEquals(List.of("Al Jazeera", "Reuters", "Yahoo News"), ambush.outlets());
    assertEquals(2, ambush.reports());
    assertEquals("r1", ambush.articleId());
    assertEquals("i1", ambush.incidentId());
    assertEquals(List.of("2021-01-14", "2021-01-15"),
        rows.subList(1, 3).stream().map(r -> r.day().toString()).toList());
    TimelineRow support = rows.get(2);
    assertEquals("SUPPORT", support.type());
    assertEquals("Iran", support.sourceName());
    assertEquals(List.of("Reuters"), support.outlets());
    assertEquals(1, support.reports());
    assertNull(support.incidentId());
  }

  @Test
  void timelineCountsOnlyCountedEventsAndFallsBackToPublicationDay() {
    List<TimelineRow> rows = queries.timeline("kadhimi");
    assertEquals(2, rows.size());
    assertEquals(LocalDate.of(2020, 3, 2), rows.get(0).day());
    assertEquals(List.of("Reuters"), rows.get(0).outlets());
  }

  @Test
  void timelineRejectsUnknownAndAmbiguousActors() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> queries.timeline("Zorro"));
    assertTrue(unknown.getMessage().startsWith("no actor matches 'Zorro'"), unknown.getMessage());
    IllegalArgumentException ambiguous = assertThrows(IllegalArgumentException.class,
        () -> queries.timeline("hussein"));
    assertTrue(ambiguous.getMessage().contains("ali-hussein, qasim-hussein"), ambiguous.getMessage());
    assertEquals(1, queries.timeline("ali-hussein").size());
  }

  @Test
  void searchAdaptsHits() {
    StoreFixture.indexSentences(db);
    try (SentenceIndex index = SentenceIndex.open(SentenceIndex.besideDatabase(db))) {
      List<SearchRow> rows = StoreQueries.search(index, "sanctions", 5);
      assertFalse(rows.isEmpty());
      SearchRow top = rows.get(0);
      assertEquals("r2", top.articleId());
      assertEquals("Reuters", top.outlet());
      assertEquals("US imposes new sanctions on Iran", top.title());
      assertEquals("2020-05-10", top.published());
      assertTrue(top.snippet().contains("["), top.snippet());
    }
  }
}
