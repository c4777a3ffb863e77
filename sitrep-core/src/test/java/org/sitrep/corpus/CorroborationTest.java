package org.sitrep.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;

class CorroborationTest {

  private static final LocalDate MARCH_14 = LocalDate.of(2024, 3, 14);

  private final Corroboration corroboration = new Corroboration();

  /** Korslav shells Dravinia, as reported by {@code article} of {@code outlet} in {@code story}. */
  private static ReportedEvent shelling(long id, String article, @Nullable String outlet, String story,
      @Nullable LocalDate date) {
    return new ReportedEvent(id, article, outlet, story, EventType.ASSAULT, "KSL", "DRV", date);
  }

  @Test
  void independentOutletsOneDayApartReportOneIncident() {
    List<Incident> incidents = corroboration.group(List.of(
        shelling(1, "reuters-1", "Reuters", "reuters-1", MARCH_14),
        shelling(2, "afp-7", "AFP", "afp-7", MARCH_14.plusDays(1))));
    assertEquals(1, incidents.size());
    Incident incident = incidents.get(0);
    assertEquals(EventType.ASSAULT, incident.type());
    assertEquals("KSL", incident.source());
    assertEquals("DRV", incident.target());
    assertEquals(MARCH_14, incident.first());
    assertEquals(MARCH_14.plusDays(1), incident.last());
    assertEquals(List.of(1L, 2L), incident.events());
    assertEquals(List.of("Reuters", "AFP"), incident.outlets());
    assertEquals(2, incident.independentReports());
    assertEquals(0, incident.syndicatedCopies());
  }

  @Test
  void syndicatedCopyAddsAnOutletButNoIndependentReport() {
    Incident incident = corroboration.group(List.of(
        shelling(1, "reuters-1", "Reuters", "reuters-1", MARCH_14),
        shelling(2, "ledger-3", "Northern Ledger", "reuters-1", MARCH_14))).get(0);
    assertEquals(List.of("Reuters", "Northern Ledger"), incident.outlets());
    assertEquals(1, incident.independentReports());
    assertEquals(1, incident.syndicatedCopies());
    assertEquals(2, incident.reports());
  }

  @Test
  void severalEventsOfOneArticleCountOnce() {
    Incident incident = corroboration.group(List.of(
        shelling(1, "reuters-1", "Reuters", "reuters-1", MARCH_14),
        shelling(2, "reuters-1", "Reuters", "reuters-1", MARCH_14),
        shelling(3, "afp-7", "AFP", "afp-7", MARCH_14),
        shelling(4, "ledger-3", "Reuters", "reuters-1", MARCH_14))).get(0);
    assertEquals(List.of(1L, 2L, 3L, 4L), incident.events());
    assertEquals(List.of("Reuters", "AFP"), incident.outlets());
    assertEquals(2, incident.independentReports());
    assertEquals(1, incident.syndicatedCopies());
  }

  @Test
  void reportsWithoutOutletCountButAreNotListed() {
    Incident incident = corroboration.group(List.of(
        shelling(1, "blog-1", null, "blog-1", MARCH_14),
        shelling(2, "afp-7", "AFP", "afp-7", MARCH_14))).get(0);
    assertEquals(List.of("AFP"), incident.outlets());
    assertEquals(2, incident.independentReports());
  }

  @Test
  void threeDaysApartAreTwoIncidents() {
    List<Incident> incidents = corroboration.group(List.of(
        shelling(1, "reuters-1", "Reuters", "reuters-1", MARCH_14),
        shelling(2, "afp-7", "AFP", "afp-7", MARCH_14.plusDays(3))));
    assertEquals(2, incidents.size());
    assertEquals(List.of(1L), incidents.get(0).events());
    assertEquals(List.of(2L), incidents.get(1).events());
  }

  @Test
  void incidentSpansAtMostTwoDaysFromItsFirstDay() {
    // Daily reports do not chain: days 0 and 1 are one incident, days 2 and 3 the next.
    List<Incident> incidents = corroboration.group(List.of(
        shelling(4, "d", "D", "d", MARCH_14.plusDays(3)),
        shelling(1, "a", "A", "a", MARCH_14),
        shelling(3, "c", "C", "c", MARCH_14.plusDays(2)),
        shelling(2, "b", "B", "b", MARCH_14.plusDays(1))));
    assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L)), incidents.stream().map(Incident::events).toList());
    assertEquals(MARCH_14.plusDays(2), incidents.get(1).first());
    assertEquals(MARCH_14.plusDays(3), incidents.get(1).last());
  }

  @Test
  void otherTargetOrTypeIsAnotherIncident() {
    List<Incident> incidents = corroboration.group(List.of(
        shelling(1, "reuters-1", "Reuters", "reuters-1", MARCH_14),
        new ReportedEvent(2, "afp-7", "AFP", "afp-7", EventType.ASSAULT, "KSL", "OSCE", MARCH_14),
        new ReportedEvent(3, "afp-7", "AFP", "afp-7", EventType.ACCUSE, "KSL", "DRV", MARCH_14),
        new ReportedEvent(4, "afp-7", "AFP", "afp-7", EventType.ASSAULT, null, "DRV", MARCH_14)));
    assertEquals(4, incidents.size());
  }

  @Test
  void eventWithoutDateOrActorsStaysAlone() {
    List<Incident> incidents = corroboration.group(List.of(
        shelling(1, "reuters-1", "Reuters", "reuters-1", MARCH_14),
        shelling(2, "afp-7", "AFP", "afp-7", null),
        shelling(3, "tass-2", "TASS", "tass-2", null),
        new ReportedEvent(4, "a", "A", "a", EventType.ASSAULT, null, null, MARCH_14),
        new ReportedEvent(5, "b", "B", "b", EventType.ASSAULT, null, null, MARCH_14)));
    assertEquals(5, incidents.size());
    incidents.forEach(i -> assertEquals(1, i.events().size()));
    // Sorted by first day, undated last.
    assertEquals(MARCH_14, incidents.get(0).first());
    assertNull(incidents.get(3).first());
    assertNull(incidents.get(4).last());
  }

  @Test
  void idsAreStableWhenUnrelatedEventsAreAdded() {
    List<ReportedEvent> events = new ArrayList<>(List.of(
        shelling(10, "reuters-1", "Reuters", "reuters-1", MARCH_14),
        shelling(11, "afp-7", "AFP", "afp-7", MARCH_14),
        shelling(12, "afp-7", "AFP", "afp-7", null)));
    Map<List<Long>, String> before = ids(corroboration.group(events));
    events.add(new ReportedEvent(3, "bank-1", "Reuters", "bank-1", EventType.AGREE, "DRVGOV", "IMF", MARCH_14));
    events.add(shelling(20, "tass-2", "TASS", "tass-2", MARCH_14.plusDays(5)));
    Collections.reverse(events);
    Map<List<Long>, String> after = ids(corroboration.group(events));
    assertEquals(4, after.size());
    before.forEach((members, id) -> assertEquals(id, after.get(members)));
    assertEquals(after.size(), after.values().stream().distinct().count());
    after.values().forEach(id -> assertTrue(id.matches("inc-[0-9a-f]{16}"), id));
  }

  @Test
  void idsAreFixedAcrossRuns() {
    assertEquals(Corroboration.id(EventType.ASSAULT, "KSL", "DRV", 1),
        corroboration.group(List.of(shelling(1, "a", "A", "a", MARCH_14))).get(0).id());
    assertEquals("inc-137e124cf8a31e93", Corroboration.id(EventType.ASSAULT, "KSL", "DRV", 1));
    assertNotEquals(Corroboration.id(EventType.ASSAULT, "KSL", null, 1),
        Corroboration.id(EventType.ASSAULT, null, "KSL", 1));
    assertNotEquals(Corroboration.id(EventType.ASSAULT, "ab", "c", 1),
        Corroboration.id(EventType.ASSAULT, "a", "bc", 1));
  }

  @Test
  void rejectsDuplicateEventIds() {
    assertThrows(IllegalArgumentException.class, () -> corroboration.group(List.of(
        shelling(1, "a", "A", "a", MARCH_14), shelling(1, "b", "B", "b", MARCH_14))));
  }

  @Test
  void groupsAHundredThousandEvents() {
    // 1,000 actor pairs x 10 incidents x 10 events. Within an incident, events fall on its first day or the next,
    // come from 10 articles of 5 stories (two copies each) and 7 outlets; incidents of a pair start 3 days apart.
    EventType[] types = EventType.values();
    List<ReportedEvent> events = new ArrayList<>(100_000);
    for (int pair = 0; pair < 1000; pair++) {
      for (int inc = 0; inc < 10; inc++) {
        LocalDate first = MARCH_14.plusDays(3L * inc + pair % 5);
        for (int j = 0; j < 10; j++) {
          long id = pair * 100L + inc * 10L + j;
          String story = "s" + pair + "-" + inc + "-" + (j % 5);
          events.add(new ReportedEvent(id, "a" + id, "outlet" + (j % 7), story, types[pair % types.length],
              "src" + pair, "tgt" + (pair % 3), first.plusDays(j % 2)));
        }
      }
    }
    Collections.shuffle(events, new Random(7));
    List<Incident> incidents = corroboration.group(events);
    assertEquals(10_000, incidents.size());
    assertEquals(10_000, incidents.stream().map(Incident::id).distinct().count());
    assertEquals(100_000, incidents.stream().mapToInt(i -> i.events().size()).sum());
    for (Incident incident : incidents) {
      assertEquals(10, incident.events().size());
      assertEquals(7, incident.outlets().size());
      assertEquals(5, incident.independentReports());
      assertEquals(5, incident.syndicatedCopies());
      assertEquals(incident.first().plusDays(1), incident.last());
      assertEquals(0, incident.events().get(0) % 10);
    }
    for (int i = 1; i < incidents.size(); i++) {
      assertTrue(!incidents.get(i).first().isBefore(incidents.get(i - 1).first()));
    }
    Map<String, Long> perSource = incidents.stream()
        .collect(Collectors.groupingBy(Incident::source, Collectors.counting()));
    assertEquals(1000, perSource.size());
    perSource.values().forEach(n -> assertEquals(10L, n));
  }

  private static Map<List<Long>, String> ids(List<Incident> incidents) {
    return incidents.stream().collect(Collectors.toMap(Incident::events, Incident::id));
  }
}
