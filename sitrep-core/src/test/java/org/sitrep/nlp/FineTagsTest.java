package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** The fine-grained tags sitrep makes itself, on hand-built sentences: no CoreNLP needed. */
class FineTagsTest {

  private final FineTags tags = new FineTags(CountryTable.loadDefault());

  /** A sentence of words with the given POS and coarse NER tags, and the given entity spans (from, to, type). */
  private static Sentence sentence(String[] words, String[] pos, String[] ner, Object[]... spans) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) text.append(' ');
      tokens.add(new Token(words[i], text.length(), text.length() + words[i].length(), pos[i], words[i], ner[i], null));
      text.append(words[i]);
    }
    List<EntityMention> entities = new ArrayList<>();
    for (Object[] sp : spans) {
      int from = (Integer) sp[0];
      int to = (Integer) sp[1];
      int b = tokens.get(from).begin();
      int e = tokens.get(to - 1).end();
      entities.add(new EntityMention(text.substring(b, e), (String) sp[2], 0, from, to, b, e));
    }
    return new Sentence(0, 0, text.length(), text.toString(), tokens, entities, List.of(), List.of());
  }

  @Test
  void tagsCountriesDemonymsAndTitlesFromTheTables() {
    Sentence s = sentence(
        new String[] {"Iraqi", "Foreign", "Minister", "met", "Czechia", "'s", "envoy", "in", "United", "States"},
        new String[] {"JJ", "NNP", "NNP", "VBD", "NNP", "POS", "NN", "IN", "NNP", "NNP"},
        new String[] {"MISC", "O", "O", "O", "O", "O", "O", "O", "LOCATION", "LOCATION"},
        new Object[] {0, 1, "MISC"}, new Object[] {8, 10, "LOCATION"});
    Sentence t = tags.apply(s);
    assertEquals(List.of("NATIONALITY", "TITLE", "TITLE", "O", "COUNTRY", "O", "TITLE", "O", "COUNTRY", "COUNTRY"),
        t.tokens().stream().map(Token::ner).toList());
    assertEquals(List.of("Iraqi:NATIONALITY", "Czechia:COUNTRY", "United States:COUNTRY"),
        t.entities().stream().map(e -> e.text() + ":" + e.type()).toList());
  }

  @Test
  void leavesPeopleOrganisationsAndOrdinaryWordsAlone() {
    Sentence s = sentence(new String[] {"Jordan", "Peterson", "spoke", "to", "us"},
        new String[] {"NNP", "NNP", "VBD", "TO", "PRP"},
        new String[] {"PERSON", "PERSON", "O", "O", "O"}, new Object[] {0, 2, "PERSON"});
    Sentence t = tags.apply(s);
    assertEquals(List.of("PERSON", "PERSON", "O", "O", "O"), t.tokens().stream().map(Token::ner).toList());
    assertEquals(List.of("Jordan Peterson:PERSON"), t.entities().stream().map(e -> e.text() + ":" + e.type()).toList());
  }
}
