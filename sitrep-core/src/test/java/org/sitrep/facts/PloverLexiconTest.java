package org.sitrep.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.sitrep.model.EventType;

class PloverLexiconTest {

  private static PloverLexicon parse(String text) throws IOException {
    return PloverLexicon.parse(new StringReader(text), "test.txt");
  }

  @Test
  void readsEntriesWithModesAndConditions() throws IOException {
    PloverLexicon lex = parse("""
        # comment
        @verb
        ASSAULT          fire   obj=rocket|missile
        ASSAULT/firearms shoot
        RETREAT          pull   out
        @noun
        PROTEST/strike   strike mod=hunger
        @light
        launch stage
        @control
        THREAT threaten warn
        """);
    LexiconEntry fire = lex.verbs("fire").get(0);
    assertEquals(EventType.ASSAULT, fire.type());
    assertEquals(java.util.Set.of("rocket", "missile"), fire.objects());
    assertEquals("firearms", lex.verbs("shoot").get(0).mode());
    assertEquals("out", lex.verbs("pull").get(0).particle());
    assertEquals(java.util.Set.of("hunger"), lex.nouns("strike").get(0).modifiers());
    assertTrue(lex.isLight("stage"));
    assertEquals(Control.THREAT, lex.control("warn").orElseThrow());
    assertTrue(lex.verbs("attack").isEmpty());
  }

  @Test
  void putsMoreSpecificEntriesFirst() throws IOException {
    PloverLexicon lex = parse("""
        @verb
        CONCEDE  release
        CONCEDE  release obj=prisoner
        """);
    assertEquals(1, lex.verbs("release").get(0).specificity());
  }

  @Test
  void rejectsUnknownTypesSectionsAndConditionsNamingTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("@verb\nBOMB attack\n"));
    assertTrue(e.getMessage().contains("test.txt:2"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> parse("@verbs\nASSAULT attack\n"));
    assertThrows(IllegalArgumentException.class, () -> parse("@verb\nASSAULT attack foo=bar\n"));
    assertThrows(IllegalArgumentException.class, () -> parse("ASSAULT attack\n"));
    assertThrows(IllegalArgumentException.class, () -> parse("@control\nMAYBE hope\n"));
  }

  @Test
  void bundledLexiconCoversEveryPloverType() {
    PloverLexicon lex = PloverLexicon.loadDefault();
    java.util.Set<EventType> seen = java.util.EnumSet.noneOf(EventType.class);
    for (String lemma : java.util.List.of("agree", "meet", "praise", "cooperate", "donate", "withdraw", "ease",
        "urge", "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "arrest", "attack")) {
      lex.verbs(lemma).forEach(e -> seen.add(e.type()));
    }
    assertEquals(java.util.EnumSet.allOf(EventType.class), seen);
    assertFalse(lex.control("say").isEmpty());
    assertEquals(Control.REPORT, lex.control("say").orElseThrow());
  }
}
