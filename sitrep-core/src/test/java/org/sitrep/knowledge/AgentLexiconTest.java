package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentLexiconTest {

  private static final AgentLexicon DEFAULT = AgentLexicon.loadDefault();

  @Test
  void bundledLexiconListsAboutTwoHundredNouns() {
    assertTrue(DEFAULT.size() >= 150, "size " + DEFAULT.size());
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "official, GOV", "officials, GOV", "Officials, GOV", "minister, GOV", "ministers, GOV", "spokesman, GOV",
      "spokesmen, GOV", "diplomats, GOV", "foreign minister, GOV", "Foreign Ministers, GOV", "authorities, GOV",
      "troops, MIL", "soldiers, MIL", "army, MIL", "armies, MIL", "security forces, MIL",
      "militia, REB", "militias, REB", "militiamen, REB", "fighters, REB", "rebels, REB", "insurgents, REB",
      "gunmen, REB", "militants, REB", "jihadists, REB",
      "police, COP", "policemen, COP", "police officers, COP", "riot police, COP",
      "judge, JUD", "court, JUD", "prosecutors, JUD",
      "lawmaker, LEG", "lawmakers, LEG", "parliament, LEG", "MP, LEG", "MPs, LEG", "senators, LEG",
      "opposition, OPP", "dissidents, OPP",
      "protesters, CVL", "demonstrators, CVL", "civilians, CVL", "residents, CVL",
      "journalist, MED", "reporters, MED",
      "cleric, REL", "clerics, REL", "imam, REL",
      "businessman, BUS", "businessmen, BUS", "company, BUS", "companies, BUS",
      "refugees, REF", "doctors, HLH", "aid workers, NGO", "students, EDU", "smugglers, CRM"})
  void mapsCommonNounsToSectors(String noun, String sector) {
    assertEquals(Optional.of(sector), DEFAULT.sectorOf(noun));
  }

  @ParameterizedTest
  @CsvSource({"table", "weather", "is", "''"})
  void unknownNounsHaveNoSector(String noun) {
    assertEquals(Optional.empty(), DEFAULT.sectorOf(noun));
  }

  @Test
  void parsesTabSeparatedNounsAndMerges() {
    AgentLexicon one = AgentLexicon.parse(new StringReader("# nouns\nwarlord\tREB\n\nchief\tGOV\n"), "one.tsv");
    AgentLexicon two = AgentLexicon.of(Map.of("chief", "MIL", "tribesman", "CVL"));
    AgentLexicon merged = one.merge(two);
    assertEquals(3, merged.size());
    assertEquals(Optional.of("MIL"), merged.sectorOf("chiefs"));
    assertEquals(Optional.of("REB"), merged.sectorOf("Warlords"));
    assertEquals(Optional.of("CVL"), merged.sectorOf("tribesmen"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      "warlord REB; x.tsv:1: expected noun<TAB>SECTOR, found 1 columns",
      "warlord\\tRebels; x.tsv:1: sector must be three capital letters, found 'Rebels'",
      "' \\tREB'; x.tsv:1: empty noun",
      "warlord\\tREB\\nWarlord\\tGOV; x.tsv:2: noun 'Warlord' listed twice"})
  void reportsMalformedLinesWithTheirNumber(String text, String message) {
    String unescaped = text.replace("\\t", "\t").replace("\\n", "\n");
    assertEquals(message, assertThrows(IllegalArgumentException.class,
        () -> AgentLexicon.parse(new StringReader(unescaped), "x.tsv")).getMessage());
  }
}
