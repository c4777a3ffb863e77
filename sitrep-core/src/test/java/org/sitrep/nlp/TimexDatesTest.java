package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.PartialDate;

class TimexDatesTest {

  private static final PartialDate PUBLISHED = PartialDate.parse("2021-01-05");

  @ParameterizedTest
  @CsvSource({
      "2020-11-09, Monday, 2020-11-09",
      "2020-11, November, 2020-11",
      "2020, 2020, 2020",
      "2020-11-09T14:00, Monday afternoon, 2020-11-09"})
  void readsCalendarValues(String value, String text, String expected) {
    assertEquals(PartialDate.parse(expected), TimexDates.resolve(value, text, PUBLISHED));
  }

  @ParameterizedTest
  @CsvSource({"P2Y, two years", "PRESENT_REF, now", "2020-W45, that week", "XXXX-11-05, November 5"})
  void givesNoDateForValuesThatNameNoDay(String value, String text) {
    assertNull(TimexDates.resolve(value, text, PUBLISHED));
  }

  @Test
  void movesYearlessDateFarAfterPublicationBackAYear() {
    assertEquals(PartialDate.parse("2020-12-20"), TimexDates.resolve("2021-12-20", "December 20", PUBLISHED));
  }

  @Test
  void keepsNearFutureDatesAndDatesWithTheirOwnYear() {
    assertEquals(PartialDate.parse("2021-01-26"), TimexDates.resolve("2021-01-26", "January 26", PUBLISHED));
    assertEquals(PartialDate.parse("2021-12-20"), TimexDates.resolve("2021-12-20", "December 20, 2021", PUBLISHED));
  }

  @Test
  void movesBareMonthFarAheadOfPublicationBackAYear() {
    PartialDate july = PartialDate.parse("2020-07-19");
    assertEquals(PartialDate.parse("2020-01"), TimexDates.resolve("2021-01", "January", july));
    assertEquals(PartialDate.parse("2020-10"), TimexDates.resolve("2020-10", "October", july), "a few months ahead stays");
    assertEquals(PartialDate.parse("2021-01"), TimexDates.resolve("2021-01", "January 2021", july));
  }
}
