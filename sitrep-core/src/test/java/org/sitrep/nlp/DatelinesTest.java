package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      place and agency    | 'Nairobi, KNA- The government has extended the curfew.'          | 'Nairobi, KNA-\\nThe government has extended the curfew.'
      capitals and date   | 'LIMA, March 3 (EFE) -- Peru recalled its ambassador.'          | 'LIMA, March 3 (EFE) --\\nPeru recalled its ambassador.'
      place and agency    | 'BOGOTA (AP) — Rebels freed two hostages.'                       | 'BOGOTA (AP) —\\nRebels freed two hostages.'
      a later paragraph   | 'First paragraph.\\nQUITO (Reuters) - Troops deployed.'          | 'First paragraph.\\nQUITO (Reuters) -\\nTroops deployed.'
      no dateline         | 'The talks - which began on Monday - ended.'                     | 'The talks - which began on Monday - ended.'
      a dash mid-sentence | 'Peru, Chile and Bolivia - all members - signed the accord.'     | 'Peru, Chile and Bolivia - all members - signed the accord.'
      """)
  void setsTheDatelineApartKeepingOffsets(String rule, String body, String expected) {
    String in = body.replace("\\n", "\n");
    String out = Datelines.apart(in);
    assertEquals(in.length(), out.length(), rule + ": offsets must stay those of the body");
    assertEquals(expected.replace("\\n", "\n"), out, rule);
  }
}
