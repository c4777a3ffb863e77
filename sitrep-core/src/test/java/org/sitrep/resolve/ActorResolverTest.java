package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ActorMention;
import org.sitrep.extract.ExtractedArticle;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleAnalysis;

class ActorResolverTest {

  private final ActorResolver resolver = new ActorResolver(CountryTable.loadDefault());

  private static ActorMention m(String text, ActorKind kind, @Nullable String country, String... titles) {
    return new ActorMention(text, kind, country, List.of(titles), 0, 0, text.length());
  }

  private static ExtractedArticle article(String id, ActorMention... mentions) {
    Article a = new Article(id, id, null, null, null, null, "body", List.of());
    return new ExtractedArticle(new AnnotatedArticle(a, List.of()), List.of(mentions), List.of());
  }

  private static Map<String, Actor> byName(ArticleAnalysis a) {
    return a.actors().stream().collect(Collectors.toMap(Actor::name, x -> x));
  }

  @Test
  void gathersSurnameUnderTheFullNameWithAllSpellings() {
    ArticleAnalysis a = resolver.resolve(List.of(article("a",
        m("Fuad Hussein", ActorKind.PERSON, "IRQ", "Foreign Minister"), m("Hussein", ActorKind.PERSON, null)))).get(0);
    assertEquals(1, a.actors().size());
    Actor fuad = a.actors().get(0);
    assertEquals("fuad-hussein", fuad.id());
    assertEquals(List.of("Fuad Hussein", "Hussein"), fuad.mentions());
    assertEquals("IRQ", fuad.country());
    assertEquals(List.of("Foreign Minister"), fuad.titles());
  }

  @Test
  void leavesAmbiguousSurnameAlone() {
    ArticleAnalysis a = resolver.resolve(List.of(article("a", m("Fuad Hussein", ActorKind.PERSON, null),
        m("Saddam Hussein", ActorKind.PERSON, null), m("Hussein", ActorKind.PERSON, null)))).get(0);
    Map<String, Actor> actors = byName(a);
    assertEquals(3, actors.size());
    assertNotEquals(actors.get("Fuad Hussein").id(), actors.get("Saddam Hussein").id());
  }

  @Test
  void givesTheSameActorTheSameIdInEveryArticle() {
    List<ArticleAnalysis> out = resolver.resolve(List.of(
        article("a", m("Mustafa al-Kadhimi", ActorKind.PERSON, "IRQ"), m("Iraq", ActorKind.COUNTRY, "IRQ")),
        article("b", m("al-Kadhimi", ActorKind.PERSON, null), m("Iraq's", ActorKind.COUNTRY, "IRQ"))));
    Map<String, Actor> a = byName(out.get(0));
    List<String> idsB = out.get(1).actors().stream().map(Actor::id).toList();
    assertEquals(List.of(a.get("Mustafa al-Kadhimi").id(), "irq"), idsB);
    assertEquals("irq", a.get("Iraq").id());
  }

  @Test
  void namesCountryActorsByTheTableWhateverTheSurfaceForm() {
    ArticleAnalysis a = resolver.resolve(List.of(article("a", m("U.S.", ActorKind.COUNTRY, "USA"),
        m("the United States", ActorKind.COUNTRY, "USA")))).get(0);
    assertEquals(1, a.actors().size());
    Actor usa = a.actors().get(0);
    assertEquals("usa", usa.id());
    assertEquals(ActorKind.COUNTRY, usa.kind());
    assertEquals(new ArrayList<>(List.of("U.S.", "the United States")), usa.mentions());
  }
}
