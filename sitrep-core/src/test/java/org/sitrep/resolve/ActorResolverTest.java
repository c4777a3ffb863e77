package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.extract.ActorMention;
import org.sitrep.extract.ExtractedArticle;
import org.sitrep.extract.MentionForm;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ResolvedArticle;

/** The resolution rules on hand-made mentions: no NLP needed to state what must and must not merge. */
class ActorResolverTest {

  private static final KnowledgeBase KB = KnowledgeBase.parse(new StringReader("""
      actor: pmf
      name: Popular Mobilization Forces
      kind: ORGANIZATION
      country: IRQ
      sector: MIL
      aliases: Hashd al-Shaabi | PMF | PMU
      """), "test-kb");

  private final ActorResolver resolver = new ActorResolver(CountryTable.loadDefault(), KB);

  /** Builds mentions at increasing offsets, as an article would hold them. */
  private static final class Text {
    private final List<ActorMention> mentions = new ArrayList<>();
    private int offset;

    Text add(String text, MentionForm form, ActorKind kind, @Nullable String country, @Nullable String kbId,
        @Nullable String sameAs, String... titles) {
      mentions.add(new ActorMention(text, form, kind, country, null, List.of(titles), kbId, sameAs, 0, offset,
          offset + text.length()));
      offset += text.length() + 10;
      return this;
    }

    Text person(String text, @Nullable String country, String... titles) {
      return add(text, MentionForm.NAME, ActorKind.PERSON, country, null, null, titles);
    }

    Text org(String text, @Nullable String country) {
      return add(text, MentionForm.NAME, ActorKind.ORGANIZATION, country, null, null);
    }

    ExtractedArticle article(String id) {
      Article a = new Article(id, id, null, null, null, null, "body", List.of());
      return new ExtractedArticle(new AnnotatedArticle(a, List.of()), mentions, List.of());
    }
  }

  private List<ResolvedArticle> resolve(Text... texts) {
    List<ExtractedArticle> articles = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) articles.add(texts[i].article("a" + i));
    return resolver.resolve(articles);
  }

  /** The id each surface form got, over all articles. */
  private static Map<String, String> idsBySurface(List<ResolvedArticle> analyses) {
    Map<String, String> out = new java.util.HashMap<>();
    for (ResolvedArticle a : analyses) for (Actor x : a.actors()) for (String m : x.mentions()) out.put(m, x.id());
    return out;
  }

  @Test
  void gathersSurnameUnderTheFullNameWithAllSpellings() {
    ResolvedArticle a = resolve(new Text().person("Fuad Hussein", "IRQ", "Foreign Minister").person("Hussein", null)).get(0);
    assertEquals(1, a.actors().size());
    Actor fuad = a.actors().get(0);
    assertEquals("fuad-hussein", fuad.id());
    assertEquals("Fuad Hussein", fuad.name());
    assertEquals(List.of("Fuad Hussein", "Hussein"), fuad.mentions());
    assertEquals("IRQ", fuad.country());
    assertEquals(List.of("Foreign Minister"), fuad.titles());
  }

  @Test
  void keepsTwoHusseinsApartAndLeavesAnAmbiguousSurnameAlone() {
    Map<String, String> ids = idsBySurface(resolve(
        new Text().person("Fuad Hussein", "IRQ").person("Saddam Hussein", "IRQ").person("Hussein", null)));
    assertNotEquals(ids.get("Fuad Hussein"), ids.get("Saddam Hussein"));
    assertNotEquals(ids.get("Fuad Hussein"), ids.get("Hussein"));
    assertNotEquals(ids.get("Saddam Hussein"), ids.get("Hussein"));
  }

  @Test
  void joinsArticleByArticleSpellingsOfOneName() {
    Map<String, String> ids = idsBySurface(resolve(
        new Text().person("Mustafa al-Kadhimi", "IRQ", "Prime Minister"),
        new Text().person("Mustafa Al-Kadhemi", "IRQ"),
        new Text().person("Mr. Kadhimi", null)));
    assertEquals(ids.get("Mustafa al-Kadhimi"), ids.get("Mustafa Al-Kadhemi"));
    assertEquals(ids.get("Mustafa al-Kadhimi"), ids.get("Mr. Kadhimi"));
  }

  @ParameterizedTest
  @CsvSource({
      "Esmail Qhaani, Esmail Ghaani",
      "Esmail Qhaani, Ismail Qaani",
      "Hassan Rouhani, Hassan Rohani",
      "Qassem Soleimani, Qasem Suleimani",
      "Fuad Hussein, Fuad Hassan",
      "Fuad Hussein, Fawad Hussein",
      "Adel Abdel Mahdi, Abdel Abdul Mehdi",
      "Mikhail Mishustin, Michail Mishustin"})
  void resolvesTransliterationsOfAPersonAcrossArticles(String one, String other) {
    Map<String, String> ids = idsBySurface(resolve(new Text().person(one, null), new Text().person(other, null)));
    assertEquals(ids.get(one), ids.get(other));
  }

  @ParameterizedTest
  @CsvSource({
      "Kataib Hezbollah, Kataeb Hezbollah",
      "Kataib Hezbollah, Kata'ib Hezbollah",
      "Asaib Ahl al-Haq, Asa’ib Ahl al-Haq",
      "Hashed Shaabi Security Service, Hashd Shaabi Security Service"})
  void resolvesTransliterationsOfAnOrganisationAcrossArticles(String one, String other) {
    Map<String, String> ids = idsBySurface(resolve(new Text().org(one, null), new Text().org(other, null)));
    assertEquals(ids.get(one), ids.get(other));
  }

  @ParameterizedTest
  @CsvSource({
      "Hassan Rouhani, Hassan Nasrallah",
      "Fuad Hussein, Saddam Hussein",
      "Sky News, Sky News Arabic",
      "Mohammed bin Salman, Mohammed bin Zayed"})
  void keepsDifferentActorsSharingANamePartApart(String one, String other) {
    ActorKind kind = one.startsWith("Sky") ? ActorKind.ORGANIZATION : ActorKind.PERSON;
    Text a = new Text().add(one, MentionForm.NAME, kind, null, null, null);
    Text b = new Text().add(other, MentionForm.NAME, kind, null, null, null);
    Map<String, String> ids = idsBySurface(resolve(a, b));
    assertNotEquals(ids.get(one), ids.get(other));
  }

  @Test
  void keepsNamesakesOfDifferentCountriesApart() {
    List<ResolvedArticle> out = resolve(new Text().person("Ali Hassan", "IRQ"), new Text().person("Ali Hassan", "EGY"));
    assertNotEquals(out.get(0).actors().get(0).id(), out.get(1).actors().get(0).id());
  }

  @Test
  void joinsBareSurnameAcrossArticlesOnlyWhenOnePersonFits() {
    Map<String, String> one = idsBySurface(resolve(new Text().person("Vladimir Medinsky", "RUS"),
        new Text().person("Medinsky", null)));
    assertEquals(one.get("Vladimir Medinsky"), one.get("Medinsky"));
    Map<String, String> two = idsBySurface(resolve(new Text().person("Fuad Hussein", "IRQ"),
        new Text().person("Saddam Hussein", "IRQ"), new Text().person("Hussein", null)));
    assertNotEquals(two.get("Fuad Hussein"), two.get("Hussein"));
    assertNotEquals(two.get("Saddam Hussein"), two.get("Hussein"));
  }

  @Test
  void expandsAcronymByInitialsAndDropsAcronymsNothingExpands() {
    ResolvedArticle a = resolve(new Text().org("Rapid Support Forces", "SDN")
        .add("RSF", MentionForm.ACRONYM, ActorKind.ORGANIZATION, null, null, null)
        .add("XYZ", MentionForm.ACRONYM, ActorKind.ORGANIZATION, null, null, null)).get(0);
    assertEquals(1, a.actors().size());
    assertEquals(List.of("Rapid Support Forces", "RSF"), a.actors().get(0).mentions());
  }

  @Test
  void joinsBracketedAliasToItsName() {
    ResolvedArticle a = resolve(new Text().org("Joint Operations Command", "IRQ")
        .add("JOC", MentionForm.NAME, ActorKind.ORGANIZATION, "IRQ", null, "Joint Operations Command")).get(0);
    assertEquals(1, a.actors().size());
  }

  @Test
  void usesKnowledgeBaseIdForEveryKnownSpelling() {
    Map<String, String> ids = idsBySurface(resolve(
        new Text().add("Popular Mobilization Forces", MentionForm.NAME, ActorKind.ORGANIZATION, "IRQ", "pmf", null),
        new Text().add("Hashd al-Shaabi", MentionForm.NAME, ActorKind.ORGANIZATION, "IRQ", "pmf", null)));
    assertEquals("pmf", ids.get("Popular Mobilization Forces"));
    assertEquals("pmf", ids.get("Hashd al-Shaabi"));
  }

  @Test
  void resolvesDefiniteDescriptionToNearestFittingActor() {
    ResolvedArticle a = resolve(new Text().org("Iraqi Foreign Ministry", "IRQ").org("US State Department", "USA")
        .add("the ministry", MentionForm.DESCRIPTION, ActorKind.ORGANIZATION, null, null, null)
        .person("Mustafa al-Kadhimi", "IRQ", "Prime Minister")
        .add("the premier", MentionForm.DESCRIPTION, ActorKind.PERSON, null, null, null, "premier")
        .add("the agency", MentionForm.DESCRIPTION, ActorKind.ORGANIZATION, null, null, null)).get(0);
    Map<String, Actor> byName = a.actors().stream().collect(Collectors.toMap(Actor::name, x -> x));
    assertTrue(byName.get("Iraqi Foreign Ministry").mentions().contains("the ministry"));
    assertTrue(byName.get("Mustafa al-Kadhimi").mentions().contains("the premier"));
    assertFalse(a.actors().stream().anyMatch(x -> x.mentions().contains("the agency")), "nothing it could refer to");
  }

  @Test
  void givesCountriesTheirIsoCodeAndTableName() {
    ResolvedArticle a = resolve(new Text().add("U.S.", MentionForm.NAME, ActorKind.COUNTRY, "USA", null, null)
        .add("Washington", MentionForm.METONYM, ActorKind.COUNTRY, "USA", null, null)).get(0);
    assertEquals(1, a.actors().size());
    Actor usa = a.actors().get(0);
    assertEquals("usa", usa.id());
    assertEquals("United States", usa.name());
    assertEquals(List.of("U.S.", "Washington"), usa.mentions());
  }

  @Test
  void countsCollectivesWithoutTheirNumbersAsOne() {
    Map<String, String> ids = idsBySurface(resolve(
        new Text().add("two Iraqi officials", MentionForm.COLLECTIVE, ActorKind.GROUP, "IRQ", null, null),
        new Text().add("Iraqi officials", MentionForm.COLLECTIVE, ActorKind.GROUP, "IRQ", null, null)));
    assertEquals("iraqi-officials", ids.get("two Iraqi officials"));
    assertEquals("iraqi-officials", ids.get("Iraqi officials"));
  }
}
