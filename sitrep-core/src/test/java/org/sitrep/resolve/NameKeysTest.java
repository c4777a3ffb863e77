package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeysTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"Rouhani, Rohani", "Kataib, Kataeb", "Kadhimi, Kadhemi", "Kazemi, Qazemi", "Qassemi, Ghasemi",
      "Zelensky, Zelenskiy", "Hashd, Hashed"})
  void transliterationsShareASkeleton(String a, String b) {
    assertEquals(NameKeys.skeleton(a), NameKeys.skeleton(b));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource({"Kadhim, Kadhimi", "Sadr, Sadri", "Sudan, Sudani", "Rouhani, Rahman"})
  void theArabicIEndingAndOtherConsonantsMakeAnotherName(String a, String b) {
    assertNotEquals(NameKeys.skeleton(a), NameKeys.skeleton(b));
  }
}
