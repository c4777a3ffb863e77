package org.sitrep.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testkit.ShortTexts;

/** Actor recognition and resolution on short project-written texts, through CoreNLP and the bundled knowledge. */
@Tag("corenlp")
class ActorsIT {

  private static List<ResolvedArticle> analyse(String... bodies) {
    return analyseOn("2021-05-27", bodies);
  }

  private static List<ResolvedArticle> analyseOn(String published, String... bodies) {
    return ShortTexts.resolve(published, bodies);
  }

  private static @Nullable Actor withMention(ResolvedArticle a, String mention) {
    for (Actor x : a.actors()) if (x.mentions().contains(mention)) return x;
    return null;
  }

  /** The actor whose name contains {@code part}; fails the test when there is none. */
  private static Actor namedWith(ResolvedArticle a, String part) {
    return a.actors().stream().filter(x -> x.name().contains(part)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor named with '" + part + "' in " + a.actors()));
  }

  private static Actor required(ResolvedArticle a, String mention) {
    Actor x = withMention(a, mention);
    assertNotNull(x, "no actor mentioned as '" + mention + "' in " + a.actors());
    return x;
  }

  @Test
  void findsUnnamedCollectivesWithCountryAndSector() {
    ResolvedArticle a = analyse("Two Iraqi officials said the talks would resume. A security source told reporters "
        + "that Iranian-backed militias fired the rockets.").get(0);
    Actor officials = required(a, "Two Iraqi officials");
    assertEquals(ActorKind.GROUP, officials.kind());
    assertEquals("IRQ", officials.country());
    assertEquals("GOV", officials.sector());
    Actor militias = required(a, "Iranian-backed militias");
    assertEquals(ActorKind.GROUP, militias.kind());
    assertNotEquals("IRN", militias.country(), "the backer is not the militias' country");
    assertEquals("REB", militias.sector());
    assertEquals(ActorKind.GROUP, required(a, "A security source").kind());
  }

  @Test
  void keepsCollectivesOfDifferentCountriesApart() {
    ResolvedArticle a = analyse("US officials said the waiver was extended, but Iraqi officials said they had not "
        + "been told.").get(0);
    assertNotEquals(required(a, "US officials").id(), required(a, "Iraqi officials").id());
  }

  @Test
  void readsCapitalThatActsAsItsGovernment() {
    ResolvedArticle a = analyse("Washington warned on Thursday that it would respond. Officials met in Baghdad.").get(0);
    Actor usa = required(a, "Washington");
    assertEquals("usa", usa.id());
    assertEquals(ActorKind.COUNTRY, usa.kind());
    Actor baghdad = required(a, "Baghdad");
    assertEquals(ActorKind.LOCATION, baghdad.kind(), "a place where something happens stays a place");
  }

  @Test
  void readsTitleAndCountryFromTheWordsBeforeAName() {
    ResolvedArticle a = analyse("Iraqi Foreign Minister Fuad Hussein met his counterpart on Monday. Hussein said the "
        + "meeting went well.").get(0);
    Actor fuad = required(a, "Fuad Hussein");
    assertEquals(ActorKind.PERSON, fuad.kind());
    assertEquals("IRQ", fuad.country());
    assertEquals("GOV", fuad.sector());
    assertTrue(fuad.titles().contains("Foreign Minister"), fuad.titles().toString());
    assertTrue(fuad.mentions().contains("Hussein"), fuad.mentions().toString());
  }

  @Test
  void readsTitleFromApposition() {
    ResolvedArticle a = analyse("Yusuf al-Tamimi, leader of the Northern Valley Brigades, demanded the release of "
        + "the prisoners.").get(0);
    Actor leader = required(a, "Yusuf al-Tamimi");
    assertTrue(leader.titles().stream().anyMatch(t -> t.startsWith("leader of")), leader.titles().toString());
  }

  @Test
  void makesMilitiaTaggedAsPersonAnOrganisation() {
    ResolvedArticle a = analyse("Fighters of Kataib Sayyid al-Hamdani clashed with police near the border.").get(0);
    Actor militia = required(a, "Kataib Sayyid al-Hamdani");
    assertEquals(ActorKind.ORGANIZATION, militia.kind());
  }

  @Test
  void makesSpeakingSurnameTaggedAsPlaceAPerson() {
    ResolvedArticle a = analyse("Prime Minister Mustafa al-Kadhimi chaired the meeting.\n\nKadhimi said the "
        + "investigation would be completed within days.").get(0);
    Actor pm = required(a, "Mustafa al-Kadhimi");
    assertEquals(ActorKind.PERSON, pm.kind());
    assertEquals(pm.id(), required(a, "Kadhimi").id());
  }

  @Test
  void expandsAcronymDefinedInBracketsAndUsedLater() {
    ResolvedArticle a = analyse("The Northern Coast Defence Council (NCDC) rejected the plan. The NCDC said it would "
        + "meet again next week.").get(0);
    Actor council = required(a, "Northern Coast Defence Council");
    assertTrue(council.mentions().contains("NCDC"), council.mentions().toString());
  }

  @Test
  void resolvesDefiniteDescriptionToTheActorItDescribes() {
    ResolvedArticle a = analyse("The Iraqi Foreign Ministry summoned the ambassador on Sunday. In a statement, the "
        + "ministry said the remarks were unacceptable.").get(0);
    Actor ministry = required(a, "Iraqi Foreign Ministry");
    assertTrue(ministry.mentions().contains("the ministry"), ministry.mentions().toString());
  }

  @Test
  void readsHonorificAsPartOfTheMentionButNotOfTheName() {
    List<ResolvedArticle> out = analyse("Iranian President Hassan Rouhani arrived in Baghdad.",
        "Mr. Rouhani said the visit would strengthen ties.");
    assertEquals(required(out.get(0), "Hassan Rouhani").id(), required(out.get(1), "Mr. Rouhani").id());
  }

  @Test
  void readsSecondNameGivenWithOr() {
    ResolvedArticle a = analyse("The strike killed Karim Salman al-Dulaimi — or “Abu Zaid,” a senior commander — "
        + "near the airport.").get(0);
    assertEquals(required(a, "Karim Salman al-Dulaimi").id(), required(a, "Abu Zaid").id());
  }

  @Test
  void givesAnAdministrationItsLeadersCountryNotTheLeader() {
    ResolvedArticle a = analyse("President Joe Biden spoke on Monday. The Biden administration imposed new sanctions "
        + "on Tuesday.").get(0);
    Actor biden = required(a, "Joe Biden");
    Actor administration = required(a, "Biden administration");
    assertNotEquals(biden.id(), administration.id());
  }

  @Test
  void resolvesTransliterationsAcrossArticlesButKeepsNamesakesApart() {
    List<ResolvedArticle> out = analyse("Quds Force chief Esmail Qaani visited Baghdad on Sunday.",
        "Esmail Ghaani met militia leaders in Baghdad.",
        "Iraqi Foreign Minister Fuad Hussein spoke to reporters.",
        "Former president Saddam Hussein was executed in 2006.");
    assertEquals(required(out.get(0), "Esmail Qaani").id(), required(out.get(1), "Esmail Ghaani").id());
    assertNotEquals(required(out.get(2), "Fuad Hussein").id(), required(out.get(3), "Saddam Hussein").id());
  }

  @Test
  void usesTheKnowledgeBaseForArmedGroupsAndTheirSpellings() {
    List<ResolvedArticle> out = analyse("The Popular Mobilization Forces deployed near the city.",
        "Units of the Hashd al-Shaabi entered the town on Friday.");
    Actor pmf = required(out.get(0), "Popular Mobilization Forces");
    assertEquals(pmf.id(), required(out.get(1), "Hashd al-Shaabi").id());
    assertEquals("IRQ", pmf.country());
    assertFalse(pmf.sector() == null);
  }

  @Test
  void datesKnowledgeBaseRolesByThePublishedDate() {
    Actor then = required(analyseOn("2019-03-11", "Hassan Rouhani arrived in Baghdad.").get(0), "Hassan Rouhani");
    Actor later = required(analyseOn("2023-06-01", "Hassan Rouhani criticised the government.").get(0), "Hassan Rouhani");
    assertTrue(then.titles().contains("President"), then.titles().toString());
    assertFalse(later.titles().contains("President"), later.titles().toString());
    assertTrue(later.titles().contains("former President"), later.titles().toString());
  }

  @Test
  void readsAPeopleNamedByItsDemonymAsACollective() {
    Actor palestinians = required(analyse("Thousands of Palestinians fled south on Monday.").get(0), "Palestinians");
    assertEquals(ActorKind.GROUP, palestinians.kind());
    assertEquals("PSE", palestinians.country());
  }

  @Test
  void readsADemonymOnAThingAsItsCountry() {
    ResolvedArticle a = analyse("The cabinet rejected an Indian proposal on Monday, but Iraqi officials welcomed it.").get(0);
    Actor india = required(a, "Indian");
    assertEquals("ind", india.id());
    assertEquals(ActorKind.COUNTRY, india.kind());
    assertEquals(ActorKind.GROUP, required(a, "Iraqi officials").kind(), "people stay a collective");
  }

  @Test
  void readsAPersonsCountryFromAPossessiveADemonymInTheTitleOrAnOfPhrase() {
    ResolvedArticle a = analyseOn("2000-01-01", "Norland's new President Adam Verhoek met British Trade Secretary "
        + "Jane Colbourne in Oslo and Stockholm. King Haakon of Norway welcomed them.").get(0);
    assertEquals("GBR", required(a, "Jane Colbourne").country(), "a demonym before the title");
    assertEquals("NOR", required(a, "Haakon").country(), "of Norway");
    assertEquals(null, required(a, "Adam Verhoek").country(), "Norland is no country, and two are in play");
    ResolvedArticle b = analyseOn("2000-01-01", "Leila Haddad, Lebanon's best-known human rights lawyer, began a "
        + "hunger strike on Sunday.").get(0);
    assertEquals("LBN", required(b, "Leila Haddad").country(), "a possessive country in the apposition");
  }

  @Test
  void readsACollectivesCountryFromThePhraseAfterIt() {
    ResolvedArticle a = analyseOn("2000-01-01", "Rebels in the Ivory Coast blocked the roads on Tuesday. Doctors "
        + "from two Canadian charities treated the wounded.").get(0);
    assertEquals("CIV", required(a, "Rebels").country());
    assertEquals("CAN", required(a, "Doctors").country());
  }

  @Test
  void aDescriptionRefersToTheActorNamedByItsNounNotToOneWhoseTitleMentionsIt() {
    // The knowledge base describes the Rapid Support Forces as a "rebel force at war with the army".
    ResolvedArticle a = analyseOn("2023-05-06", "Envoys met the warring Sudanese army and the Rapid Support Forces "
        + "in Jeddah. The army said on Friday that the talks would go on.").get(0);
    Actor army = required(a, "the warring Sudanese army");
    assertEquals("SDN", army.country());
    assertEquals(army.id(), required(a, "The army").id());
    assertNotEquals(army.id(), required(a, "Rapid Support Forces").id());
  }

  @Test
  void unnamedDomesticBodiesBelongToTheOneCountryInPlay() {
    ResolvedArticle a = analyseOn("2024-11-29", "In Moldova, police arrested several protesters on Friday. The "
        + "opposition accused the government of fraud.").get(0);
    assertEquals("MDA", required(a, "police").country(), "the one country of the sentence");
    assertEquals("MDA", required(a, "several protesters").country());
    Actor opposition = required(a, "The opposition");
    assertEquals("OPP", opposition.sector(), "the opposition is an actor without an antecedent");
    assertEquals("MDA", opposition.country(), "the one country of the article");
    ResolvedArticle b = analyseOn("2024-11-29", "Police in Chisinau and Bucharest detained protesters as Moldova and "
        + "Romania traded accusations.").get(0);
    assertEquals(null, required(b, "protesters").country(), "two countries in play: no guess");
  }

  @Test
  void aKnownOrganisationOrATwoWordCountryInATitleOrNameGivesTheCountry() {
    ResolvedArticle a = analyseOn("2000-01-01", "Arab League Secretary General Samir Haddad visited Damascus on "
        + "Monday. The Ivory Coast's Supreme Court decided to allow candidate Henri Konan to run.").get(0);
    assertEquals("IGO", required(a, "Samir Haddad").country(), "the Arab League is an IGO");
    Actor court = namedWith(a, "Supreme Court");
    assertEquals("CIV", court.country());
  }

  @Test
  void aNamedOfficeHolderBelongsToTheOneCountryInPlay() {
    ResolvedArticle a = analyseOn("2000-01-01", "Interior Minister Joseph Mbeki ordered a curfew in Mali on "
        + "Saturday.").get(0);
    assertEquals("MLI", required(a, "Joseph Mbeki").country(), "a minister, one country in the sentence");
    ResolvedArticle b = analyseOn("2000-01-01", "Archbishop Peter Osei called for sanctions against Mali.").get(0);
    assertEquals(null, required(b, "Peter Osei").country(), "a church leader is not a state office holder");
    ResolvedArticle c = analyseOn("2000-01-01", "Interior Minister Joseph Mbeki met envoys from Mali and Niger.")
        .get(0);
    assertEquals(null, required(c, "Joseph Mbeki").country(), "two countries in play: no guess");
  }

  @Test
  void aTitleAndSurnameTheKnowledgeBaseListsTogetherNameThatPerson() {
    ResolvedArticle a = analyseOn("2005-01-01", "President Bush has threatened further action against Russia.")
        .get(0);
    assertEquals("USA", required(a, "Bush").country(), "the knowledge base lists \"President Bush\"");
  }

  @Test
  void aPeopleNamedByTheCountryTheyLiveInBelongsToIt() {
    ResolvedArticle a = analyseOn("2000-01-01", "Bosnian Croats blocked the road to Mostar on Sunday.").get(0);
    assertEquals("BIH", required(a, "Bosnian Croats").country());
  }

  @Test
  void anOrganisationNamedAfterACapitalBelongsToItsCountry() {
    ResolvedArticle a = analyseOn("2000-01-01", "Doctors delivered medicines to Nairobi University Hospital on "
        + "Monday.").get(0);
    Actor hospital = namedWith(a, "Nairobi University");
    assertEquals("KEN", hospital.country());
  }

  @Test
  void aCollectiveOfANamedOrganisationBelongsToItsCountry() {
    ResolvedArticle a = analyseOn("2000-01-01", "European Union foreign ministers met on Monday. Hamas officials "
        + "rejected the plan. Kenya Ports Authority (KPA) officials blamed the strike.").get(0);
    assertEquals("IGO", required(a, "European Union foreign ministers").country(), "a known organisation");
    assertEquals("PSE", required(a, "Hamas officials").country(), "a known armed group");
    assertEquals("KEN", required(a, "officials").country(), "after an organisation's bracketed short form");
  }

  @Test
  void theGroupRefersBackToTheArmedGroupNamedBefore() {
    ResolvedArticle a = analyseOn("2020-11-12", "Hamas fired rockets at Israel on Monday. The militant group said "
        + "it would go on. Amnesty International said the group of seven had failed.").get(0);
    assertEquals(required(a, "Hamas").id(), required(a, "The militant group").id());
    assertNull(withMention(a, "the group of seven"), "no armed group");
    ResolvedArticle b = analyseOn("2020-11-12", "Amnesty International said the group was worried.").get(0);
    assertNull(withMention(b, "the group"), "no armed group named before: no actor");
  }

  @Test
  void aBareSurnameNamesAKnownLeaderInOfficeOnTheDay() {
    ResolvedArticle a = analyseOn("2020-11-12", "On Monday, Putin offered to negotiate with the president of "
        + "Armenia.").get(0);
    Actor putin = required(a, "Putin");
    assertEquals("RUS", putin.country(), "in office on the day, though the article does not name Russia");
    assertNotEquals(putin.id(), withMention(a, "the president") == null ? null : withMention(a, "the president").id(),
        "the president of Armenia is not Russia's president");
    ResolvedArticle b = analyseOn("2020-11-12", "Fayyad met officials in Baghdad on Monday.").get(0);
    assertNotEquals("PSE", required(b, "Fayyad").country(), "a former prime minister is not named by surname alone");
  }

  @Test
  void anUnknownOrganisationBelongsToTheOneCountryInPlayUnlessItIsMediaOrInternational() {
    ResolvedArticle a = analyseOn("2000-01-01", "Police raided the offices of the opposition newspaper El Faro in "
        + "Mali on Monday, the Balkan Press Agency reported.").get(0);
    Actor paper = namedWith(a, "Faro");
    assertEquals("MLI", paper.country(), "a local newspaper");
    Actor agency = namedWith(a, "Balkan");
    assertNull(agency.country(), "a news agency reports from abroad");
  }

  @Test
  void aMisspeltNameJoinedToAKnownPersonTakesTheirCountry() {
    List<ResolvedArticle> both = analyseOn("2019-03-12", "Prime Minister Adel Abdul Mahdi met envoys on Monday.",
        "Iranian President Hassan Rouhani met Prime Minister Adel Abdel Mahdy and President Barham Salih.");
    Actor misspelt = required(both.get(1), "Adel Abdel Mahdy");
    assertEquals(required(both.get(0), "Adel Abdul Mahdi").id(), misspelt.id());
    assertEquals("IRQ", misspelt.country(), "the knowledge base's country of the person it is joined to");
  }

  @Test
  void aCityOrRegionGivesItsCountry() {
    ResolvedArticle a = analyseOn("2000-01-01", "Rebels in North Darfur attacked a convoy on Monday. Helmand police "
        + "arrested two men. Doctors delivered medicines to Basra Teaching Hospital.").get(0);
    assertEquals("SDN", required(a, "Rebels").country(), "a region after the collective");
    assertEquals("AFG", required(a, "Helmand police").country(), "a region before the noun");
    Actor hospital = namedWith(a, "Basra");
    assertEquals("IRQ", hospital.country(), "an organisation named after its city");
  }

  @Test
  void bothPartiesAreAnActorButPartiesToAConflictAreNot() {
    ResolvedArticle a = analyseOn("2000-01-01", "Egypt urged both parties to respect the truce. The envoy asked "
        + "parties to the conflict to allow aid.").get(0);
    assertNotNull(withMention(a, "both parties"), a.actors().toString());
    assertNull(withMention(a, "parties"), "parties not counted as a pair name no one");
  }
}
