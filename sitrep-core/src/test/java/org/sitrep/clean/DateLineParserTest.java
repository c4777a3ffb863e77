package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.PartialDate;

class DateLineParserTest {

  private final DateLineParser parser = new DateLineParser();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "2021-04-09 00:00:00 - Source: Some Wire; 2021-04-09",
      "2018-02-07; 2018-02-07",
      "2018-02-07T10:15:00Z; 2018-02-07",
      "2018/02/07; 2018-02-07",
      "Last Modified: Tuesday\u060C 06 March 2018 11:05 AM; 2018-03-06",
      "Cairo (AFP) Sept 3, 2017; 2017-09-03",
      "September 3, 2017; 2017-09-03",
      "Nov. 5, 2020; 2020-11-05",
      "Oct 30 2016; 2016-10-30",
      "5 November 2020; 2020-11-05",
      "23rd of June, 2016; 2016-06-23",
      "Wed 8th January 2020 | 11:40 AM; 2020-01-08",
      "07.02.2018 09:30; 2018-02-07",
      "25/12/2019; 2019-12-25",
      "12/25/2019; 2019-12-25",
      "07/07/2019; 2019-07-07",
      "30-06-2023 19:45; 2023-06-30",
      "AMMAN (Some News / Agency - 4th May, 2017) The minister said; 2017-05-04",
      "Published: 1 March 2016; 2016-03-01",
      "Updated June 2015; 2015-06",
      "MARCH 3, 2016; 2016-03-03"})
  void readsDateFormats(String text, String iso) {
    assertEquals(Optional.of(PartialDate.parse(iso)), parser.parse(text));
  }

  @ParameterizedTest(name = "no date in \"{0}\"")
  @ValueSource(strings = {
      "03/04/2019",           // day and month could be swapped: ambiguous
      "03-04-2019",
      "July 17",              // no year: unknown
      "LONDON, July 17 (Wire) -- Officials met.",
      "31.02.2019",           // not a calendar day
      "He arrived at 10:15 with 2,000 troops.",
      "Mark 5, 2020 shows",   // "Mark" is not a month
      "",
      "Room 1850 to 1999"})
  void findsNoDateWhereNoneIsStated(String text) {
    assertEquals(Optional.empty(), parser.parse(text));
  }

  @Test
  void readsArabicCommaDate() {
    assertEquals(Optional.of(PartialDate.parse("2019-02-03")),
        parser.parse("Last Modified: Sunday\u060C 03 February 2019 02:30 PM"));
  }

  @Test
  void findReportsWhereTheDateIs() {
    DateLineParser.DateMatch m = parser.find("Filed on 9 May 2022 by staff").orElseThrow();
    assertEquals(PartialDate.parse("2022-05-09"), m.date());
    assertEquals("9 May 2022", "Filed on 9 May 2022 by staff".substring(m.start(), m.end()));
  }

  @ParameterizedTest(name = "stamp: {0}")
  @ValueSource(strings = {
      "March 3, 2016",
      " date 2016-03-03 POLITICS",
      " date 2016-03-03 Example.com",
      "Published: 4 March 2021 08:15 GMT",
      "Updated on Mon 5 Jun 2023 14.30 BST",
      "Jane Roe 7 minutes ago Tue 8th June 2021 | 10:05 AM",
      "Cairo (AFP) Sept 3, 2017",
      "2021-04-09 00:00:00 - Source: Some Wire",
      "07.02.2018 09:30",
      "March 12, 2022 | 4 min read",
      "Last Modified: Tuesday\u060C 06 March 2018 11:05 AM"})
  void recognisesDateLines(String line) {
    assertTrue(parser.isDateLine(line));
  }

  @ParameterizedTest(name = "not a stamp: {0}")
  @ValueSource(strings = {
      "On March 3, 2016, the council voted to dissolve itself.",
      "on March 3, 2016",
      "The ministry said on March 3, 2016 that talks would resume.",
      "Troops Leave Base After Talks March 3, 2016 Ends",
      "A man walks past a damaged shop in the old city, Aleppo, Syria, March 3, 2016. The shop was hit by shelling.",
      "Talks resume in Geneva"})
  void rejectsSentencesWithDates(String line) {
    assertFalse(parser.isDateLine(line));
  }

  @Test
  void readsArchivePrefixAtStartOfBodyLine() {
    assertEquals(Optional.of(PartialDate.parse("2024-02-29")),
        parser.leadingDate(" date 2024-02-29 The defence minister said on Thursday that talks had ended."));
    assertEquals(Optional.of(PartialDate.parse("2016-03-01")), parser.leadingDate("Published: Tuesday, 1 March 2016"));
    assertEquals(Optional.empty(), parser.leadingDate("The minister said on 1 March 2016 that talks had ended."));
  }

  @Test
  void readsDatelineInsideBodyLine() {
    assertEquals(Optional.of(PartialDate.parse("2017-05-04")),
        parser.datelineDate("AMMAN (Some News / Agency - 4th May, 2017) The minister met his counterpart."));
    assertEquals(Optional.of(PartialDate.parse("2017-05-04")),
        parser.datelineDate("OSLO, May 4, 2017 (Wire) -- The minister met his counterpart."));
  }

  @Test
  void datelineWithoutYearGivesNoDate() {
    assertEquals(Optional.empty(), parser.datelineDate("LONDON, July 17 (Wire) -- The minister met his counterpart."));
    assertEquals(Optional.empty(), parser.datelineDate("The minister met his counterpart on 4 May 2017 in Oslo."));
  }
}
