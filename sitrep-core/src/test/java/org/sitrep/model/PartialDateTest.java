package org.sitrep.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"2020", "2020-11", "2020-11-09"})
  void printsAsPreciseAsItWasParsed(String iso) {
    assertEquals(iso, PartialDate.parse(iso).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "20-11-09", "2020-13", "2021-02-29", "2020/11/09", "yesterday"})
  void rejectsWhatIsNotAnIsoDate(String bad) {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(bad));
  }

  @Test
  void ordersLessPreciseDatesFirst() {
    assertTrue(PartialDate.parse("2020-11").compareTo(PartialDate.parse("2020-11-01")) < 0);
    assertTrue(PartialDate.parse("2019-12-31").compareTo(PartialDate.parse("2020")) < 0);
  }
}
