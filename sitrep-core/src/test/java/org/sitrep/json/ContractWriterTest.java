package org.sitrep.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Quote;

class ContractWriterTest {

  private static final List<String> CONTRACT_FIELDS =
      List.of("id", "outlet", "title", "published", "body", "boilerplate", "actors", "quotes", "events", "relations");

  private final ContractWriter writer = new ContractWriter();

  @Test
  void writesEveryContractFieldInOrderEvenWhenEmpty() throws Exception {
    Article article = new Article("a1", "in.txt", null, null, null, null, "Body.\nSecond line.", List.of());
    String line = writer.toJson(new ArticleAnalysis(article, 1, 3, List.of(), List.of(), List.of(), List.of()));
    assertFalse(line.contains("\n"), "one article, one line");
    JsonNode node = new ObjectMapper().readTree(line);
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    assertEquals(CONTRACT_FIELDS, names.subList(0, CONTRACT_FIELDS.size()));
    assertTrue(node.get("published").isNull());
    assertTrue(node.get("events").isArray() && node.get("events").isEmpty());
  }

  @Test
  void writesActorsQuotesAndDatesAsTheContractSpellsThem() throws Exception {
    Article article = new Article("a1", "in.txt", "Wire", "Title", null, PartialDate.parse("2020-11"), "He said \"no\".",
        List.of("Advertisement"));
    Actor actor = new Actor("fuad-hussein", "Fuad Hussein", ActorKind.PERSON, "IRQ", "GOV", List.of("Foreign Minister"),
        List.of("Fuad Hussein", "Hussein"));
    Quote quote = Quote.unattributed("no", 0, 9, 11);
    JsonNode node = new ObjectMapper().readTree(writer.toJson(
        new ArticleAnalysis(article, 1, 6, List.of(actor), List.of(quote), List.of(), List.of())));
    assertEquals("2020-11", node.get("published").asText());
    assertEquals("Advertisement", node.get("boilerplate").get(0).asText());
    JsonNode a = node.get("actors").get(0);
    assertEquals("PERSON", a.get("kind").asText());
    assertEquals("Hussein", a.get("mentions").get(1).asText());
    JsonNode q = node.get("quotes").get(0);
    assertEquals("no", q.get("text").asText());
    assertTrue(q.has("speaker") && q.get("speaker").isNull());
    assertEquals(0, q.get("sentence").asInt());
  }
}
