package org.sitrep.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Quote;
import org.sitrep.model.Predicate;
import org.sitrep.model.Relation;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.testkit.ShortTexts;

/**
 * PLOVER events, their modality, dates and relations on short project-written sentences, through CoreNLP, actor
 * resolution and the bundled lexicon. Articles are published on Thursday 2020-11-12.
 */
@Tag("corenlp")
class EventsIT {

  private static final EventExtractor EVENTS = EventExtractor.withDefaultLexicon();
  private static final RelationExtractor RELATIONS = new RelationExtractor(ShortTexts.knowledge().actors());
  private static final Map<String, ResolvedArticle> CACHE = new ConcurrentHashMap<>();

  private static ResolvedArticle analyse(String body) {
    return CACHE.computeIfAbsent(body, b -> ShortTexts.resolve("2020-11-12", b).get(0));
  }

  private static List<Event> events(String body) {
    return EVENTS.find(analyse(body)).stream().map(EventFinding::event).toList();
  }

  private static @Nullable String country(ResolvedArticle a, @Nullable String id) {
    if (id == null) return null;
    for (Actor x : a.actors()) if (x.id().equals(id)) return x.country();
    return null;
  }

  /** "TYPE SRC>TGT" for each event, with actors shown by their countries ("-" for none). */
  private static List<String> coded(String body) {
    ResolvedArticle a = analyse(body);
    List<String> out = new ArrayList<>();
    for (Event e : events(body)) {
      out.add(e.type() + " " + orDash(country(a, e.source())) + ">" + orDash(country(a, e.target())));
    }
    return out;
  }

  private static String orDash(@Nullable String s) {
    return s == null ? "-" : s;
  }

  private static Event only(String body, EventType type) {
    List<Event> found = events(body).stream().filter(e -> e.type() == type).toList();
    assertEquals(1, found.stream().map(Event::type).distinct().count(), type + " in " + coded(body));
    return found.get(0);
  }

  /** A domestic act with no one named as its target is aimed at its place ("demonstrated in Baghdad"). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      AGREE SYR>-     | Syria agreed to a ceasefire.
      CONSULT IRQ>IRN | Iraq held talks with Iran in Baghdad.
      SUPPORT DEU>JOR | Germany praised Jordan for its efforts.
      CONCEDE USA>IRN | The United States eased sanctions on Iran.
      COOPERATE ISR>USA | Israel shared intelligence with the United States.
      AID JPN>SDN     | Japan sent food aid to Sudan.
      RETREAT USA>IRQ | The United States withdrew from Iraq.
      REQUEST EGY>ISR | Egypt urged Israel to end the blockade.
      ACCUSE IRN>ISR  | Iran accused Israel of sabotage.
      REJECT SYR>TUR  | Syria rejected a proposal from Turkey.
      THREATEN IRN>USA | Iran threatened the United States with retaliation.
      PROTEST IRQ>IRQ | Iraqi protesters demonstrated in Baghdad.
      SANCTION USA>IRN | The United States imposed sanctions on Iran.
      MOBILIZE RUS>-  | Russia deployed troops.
      COERCE EGY>SDN  | Egypt deported 30 Sudanese refugees.
      ASSAULT IRQ>USA | Iraqi militias fired rockets at the US embassy.
      """)
  void codesEveryPloverType(String expected, String sentence) {
    assertTrue(coded(sentence).contains(expected), expected + " not in " + coded(sentence));
  }

  @Test
  void withdrawingInspectorsIsASanctionAndAnnouncingItAThreat() {
    assertTrue(coded("Egypt withdrew its observers from Libya.").contains("SANCTION EGY>LBY"),
        coded("Egypt withdrew its observers from Libya.").toString());
    List<String> c = coded("Egypt said it will withdraw its observers from Libya.");
    assertTrue(c.contains("THREATEN EGY>LBY"), c.toString());
  }

  @Test
  void aThreatToActIsAThreatNotTheAct() {
    List<String> c = coded("Iran threatened to attack Israel.");
    assertTrue(c.contains("THREATEN IRN>ISR"), c.toString());
    assertTrue(c.stream().noneMatch(s -> s.startsWith("ASSAULT")), c.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      denial       | Iran denied that it attacked Israel.
      negation     | Israel did not attack Iran.
      hypothetical | If Iran attacks Israel, the region will suffer.
      possibility  | Israel could attack Iran.
      question     | Did Israel attack Iran?
      goal         | Iran wants to attack Israel.
      """)
  void unrealEventsAreNotEvents(String rule, String sentence) {
    assertTrue(coded(sentence).stream().noneMatch(s -> s.startsWith("ASSAULT")), rule + ": " + coded(sentence));
  }

  @Test
  void aDemandThatSomeoneActIsARequestAimedAtThem() {
    List<String> c = coded("Egypt demanded that Israel withdraw from Gaza.");
    assertTrue(c.contains("REQUEST EGY>ISR"), c.toString());
    assertTrue(c.stream().noneMatch(s -> s.startsWith("RETREAT")), c.toString());
  }

  @Test
  void aVoicedObligationIsARequest() {
    assertTrue(coded("Russia said on Tuesday that Sudan must return the helicopter.").contains("REQUEST RUS>SDN"));
  }

  @Test
  void weInsideAQuotationIsItsSpeaker() {
    ResolvedArticle a = analyse("Japanese Foreign Minister Taro Yamada said: “Japan stands with Sudan. We have sent "
        + "food aid to Sudan.”");
    List<Quote> quotes = new SpeakerAttributor().attribute(a);
    List<Event> found = EVENTS.find(a, quotes).stream().map(EventFinding::event).toList();
    assertTrue(found.stream().anyMatch(e -> e.type() == EventType.AID && "JPN".equals(country(a, e.source()))
        && "SDN".equals(country(a, e.target()))), found.toString());
    assertTrue(EVENTS.find(a).stream().noneMatch(f -> "JPN".equals(country(a, f.event().source()))),
        "without the quotation's speaker, \"we\" in a sentence of its own is no one");
  }

  @Test
  void opponentsOfAPartyProtestAgainstIt() {
    String body = "In Moldova, there have been numerous protests by opponents of the ruling Party of Action since the "
        + "elections.";
    ResolvedArticle a = analyse(body);
    Event e = only(body, EventType.PROTEST);
    Actor target = a.actors().stream().filter(x -> x.id().equals(e.target())).findFirst().orElseThrow();
    assertTrue(target.name().contains("Party of Action"), target.toString());
    assertTrue(!e.target().equals(e.source()), "the opponents are not the party");
  }

  @Test
  void aThingOfAnActorThatCoincidesWithAnActDoesNotDoIt() {
    List<String> c = coded("Rouhani's visit to Baghdad coincided with a rocket attack on Israel.");
    assertTrue(c.stream().noneMatch(s -> s.startsWith("ASSAULT IRN")), c.toString());
  }

  @Test
  void anActThatWillContinueIsTheActNotAPromise() {
    List<String> c = coded("Japan will continue to send aid to Sudan.");
    assertTrue(c.contains("AID JPN>SDN"), c.toString());
    assertTrue(c.stream().noneMatch(s -> s.startsWith("AGREE")), c.toString());
  }

  @Test
  void lookingForwardToCooperationIsAgreement() {
    List<String> c = coded("Japan looks forward to strengthening bilateral cooperation with Sudan.");
    assertTrue(c.contains("AGREE JPN>SDN"), c.toString());
    assertTrue(c.stream().noneMatch(s -> s.startsWith("COOPERATE")), c.toString());
  }

  @Test
  void arrestsWithoutAnAgentAreByThePoliceTheArticleNames() {
    String body = "In Tbilisi, police used tear gas against protesters on Thursday. Several protesters and journalists "
        + "have been arrested.";
    ResolvedArticle a = analyse(body);
    Event arrest = events(body).stream().filter(e -> e.type() == EventType.COERCE && e.sentence() == 1).findFirst()
        .orElseThrow(() -> new AssertionError(coded(body).toString()));
    assertEquals("COP", a.actors().stream().filter(x -> x.id().equals(arrest.source())).findFirst().orElseThrow()
        .sector());
  }

  @Test
  void aPromiseToHelpIsAgreementAndARefusalIsRejection() {
    assertTrue(coded("Japan will send aid to Sudan.").contains("AGREE JPN>SDN"), coded("Japan will send aid to Sudan.").toString());
    List<String> c = coded("Syria says it will not accept refugees from Iraq.");
    assertTrue(c.stream().anyMatch(s -> s.startsWith("REJECT SYR")), c.toString());
  }

  @Test
  void reportedEventsKeepTheDoerAndNameTheSpeaker() {
    ResolvedArticle a = analyse("Iraq said Iran attacked Israel.");
    EventFinding f = EVENTS.find(a).stream().filter(x -> x.event().type() == EventType.ASSAULT).findFirst().orElseThrow();
    assertEquals("IRN", country(a, f.event().source()));
    assertEquals("ISR", country(a, f.event().target()));
    assertEquals("IRQ", country(a, f.reportedBy()));
  }

  @Test
  void compoundActorsGiveOneEventPerPair() {
    List<String> c = coded("Jordan and Egypt condemned Israel.");
    assertTrue(c.containsAll(List.of("ACCUSE JOR>ISR", "ACCUSE EGY>ISR")), c.toString());
  }

  @Test
  void anActToldTwiceWithAndWithoutItsTargetIsOneEvent() {
    List<String> c = coded("Japan made a strong protest to China, condemning the missile tests.");
    assertEquals(List.of("ACCUSE JPN>CHN"), c);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
      weekday       | Iran attacked Israel on Monday.                 | 2020-11-09 | Monday
      month         | Iran attacked Israel in January.                | 2020-01    | January
      explicit date | Iran attacked Israel on November 5.             | 2020-11-05 | November 5
      report verb   | Iran accuses Israel of sabotage.                | 2020-11-12 | null
      told in past  | Egypt confirmed the agreement with Iran.        | 2020-11-12 | null
      said on day   | Iran said on Tuesday that Israel attacked it.   | 2020-11-10 | Tuesday
      no time       | Iran attacked Israel.                           | null       | null
      time of a day | Iran attacked Israel on Monday evening.         | 2020-11-09 | Monday
      """)
  void datesEventsFromTheirSentence(String rule, String sentence, @Nullable String date, @Nullable String text) {
    Event e = events(sentence).get(0);
    assertEquals(date, e.date() == null ? null : e.date().toString(), rule);
    assertEquals(text, e.dateText(), rule);
  }

  @Test
  void datesAnEventByAnotherTimeExpressionOfItsSentence() {
    Event e = only("Parliament voted in January, shortly after Iran attacked Israel.", EventType.ASSAULT);
    assertEquals("2020-01", String.valueOf(e.date()));
  }

  @Test
  void datesAPastEventByTheDayNamedJustBefore() {
    String body = "Protesters gathered outside the embassy on Tuesday.\n\nIran attacked Israel.";
    Event e = only(body, EventType.ASSAULT);
    assertEquals("2020-11-10", String.valueOf(e.date()));
    assertEquals("Tuesday", e.dateText());
  }

  @Test
  void datesAnHourWithoutADayByTheDayTheStoryIsAbout() {
    String body = "Protesters gathered outside the embassy on Tuesday.\n\nAt night, Iraqi police arrested 20 protesters.";
    assertEquals("2020-11-10", String.valueOf(only(body, EventType.COERCE).date()));
  }

  @Test
  void datesLastWeekAsTheWeekBefore() {
    Event e = events("Iran attacked Israel last week.").get(0);
    assertNotNull(e.date(), "last week");
    assertTrue(e.date().compareTo(PartialDate.parse("2020-11-12")) < 0, e.date().toString());
    assertEquals("last week", e.dateText());
  }

  @Test
  void findsTheLocationOfAnEvent() {
    assertEquals("Baghdad", only("Iraqi militias fired rockets at the US embassy in Baghdad.", EventType.ASSAULT)
        .location());
  }

  /** Who does it and to whom: pronouns, infinitives, participles, predicate nouns, moved forces, topics. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      he after a named person     | CONSULT IRN>IRQ   | Iranian President Hassan Rouhani landed in Baghdad. He then met Iraqi President Barham Salih.
      him as passive subject      | CONSULT IRQ>IRN   | Iranian President Hassan Rouhani landed in Baghdad, where he was welcomed by Iraqi Prime Minister Adel Abdul Mahdi.
      infinitive of purpose       | SUPPORT EGY>JOR   | Egypt sent its diplomats abroad to support Jordan.
      participle of a clause      | ACCUSE JPN>CHN    | Japan summoned the Chinese ambassador, accusing Beijing of spying.
      participle on its doer      | PROTEST IRQ>-     | Police dispersed Iraqi protesters demonstrating against the government.
      own troops are moved        | RETREAT SYR>LBN   | Syria withdrew its troops from Lebanon.
      troops are sent             | MOBILIZE GBR>IRQ  | Britain deployed troops to Iraq.
      withdrawal of forces        | RETREAT USA>IRQ   | The withdrawal of US troops from Iraq began in January.
      a predicate noun            | CONSULT IRN>IRQ   | Iranian Foreign Minister Javad Zarif is on a visit to Iraq.
      a criticism from someone    | ACCUSE IRN>-      | The decision drew sharp criticism from Iran.
      aid one receives            | AID IRN>IRQ       | Iraq received military aid from Iran.
      talks one takes part in     | CONSULT USA>PSE   | A US envoy has been involved in discussions with Hamas.
      conjoined talkers           | CONSULT IRN>IRQ   | Iran and Iraq discussed the withdrawal of US troops.
      sides of what was agreed    | AGREE RUS>UKR     | The envoy confirmed the agreement on a prisoner exchange between Russia and Ukraine.
      an appointment confirmed    | SUPPORT GEO>GEO   | In Georgia, lawmakers confirmed Prime Minister Irakli Garibashvili's appointment on Thursday.
      a ban reaffirmed            | SANCTION YEM>ISR  | The Houthis fired missiles at a ship, reaffirming the continuing ban on Israeli navigation.
      meetings deep in the topic  | CONSULT EGY>USA   | Last week, Egyptian Foreign Minister Sameh Shoukry discussed his country’s reliance on US grants for wheat imports in meetings with State Department officials.
      tear gas on protesters      | COERCE GEO>-      | Georgian police used tear gas against protesters.
      a threat noun's content     | THREATEN IRN>ISR  | Iran made a threat to attack Israel.
      an intent noun              | AGREE PSE>ISR     | Hamas expressed willingness to meet Israeli officials.
      the place of the object     | CONCEDE SDN>SDN   | The Sudanese government lifted the state of emergency in Khartoum.
      the aim of a deployment     | AGREE NOR>SAU     | Norway is willing to send troops to help defend Saudi Arabia.
      the sides of the object     | SANCTION SYR>LBN  | Syria ended its mediation between Lebanese militias.
      the place of a threat       | THREATEN ISR>PSE  | Israel threatened to impose a curfew in Gaza.
      a place the object goes into| PROTEST IRQ>IRQ   | Iraqi protesters blocked roads leading into Baghdad.
      evacuating the wounded      | AID IGO>BIH       | The United Nations evacuated the wounded from Bosnia.
      a protest at home           | PROTEST IRQ>IRQ   | Angry Iraqi protesters rioted on Friday, demanding that the Iraqi government resign.
      an attack placed deep       | ASSAULT ->IRQ     | A journalist was killed in a bomb explosion in a market of central Baghdad.
      a scheduled visit           | CONSULT IRQ>IRN   | An Iraqi delegation is set to travel to Iran on Monday.
      an attack noun as subject   | ASSAULT ->USA     | An attack on an Iraqi base killed an American soldier.
      a protest made to someone   | ACCUSE JPN>CHN    | Japan made a strong protest to China, condemning the missile tests.
      a clause parsed as subject  | SANCTION FRA>SYR  | France has sanctioned three banks in Syria and the Interior Ministry has expelled two Syrian diplomats.
      arms bought from a supplier | AID RUS>SYR       | Syria has managed to procure drones from Russia.
      the group named before      | ASSAULT PSE>ISR   | Hamas said on Monday that the group had fired rockets at Israel.
      retaliated with a strike    | ASSAULT ISR>LBN   | Israel retaliated with a strike on a faction known as Hezbollah.
      demands put forward         | REQUEST RUS>-     | Russia put forward demands that are unrealistic.
      a dateline is no subject    | CONCEDE USA>IRQ   | Tehran, IRNA- The United States has eased sanctions on Iraq.
      a launch at no one, by the country | MOBILIZE IRN>- | Iran said on Monday that the country's army fired two missiles.
      between, misparsed          | ASSAULT TCD>TCD   | Dozens have died in two weeks of fighting between forces aligned with Chad’s president Idriss Deby and the rebel Union of Resistance Forces led by his nephew Timan Erdimi.
      a protest at home, told apart | PROTEST GEO>GEO | Georgia held elections on Saturday. Thousands of protesters gathered in front of the parliament building on Sunday, blocking the main street.
      support one relies on       | AID IRN>IRQ       | Iraq has relied on Iranian paramilitary support to fight the insurgents.
      support given with aid      | AID USA>UKR       | The United States supported Ukraine with economic aid.
      a hyphenated word           | AGREE PSE>-       | Hamas proposed a long-term cease-fire.
      called on someone to act    | REQUEST JOR>ISR   | The Jordanian Red Crescent called on Prime Minister Benjamin Netanyahu to grant the aid convoy a broad mandate.
      """)
  void choosesTheSidesOfAnEvent(String rule, String expected, String body) {
    assertTrue(coded(body).contains(expected), rule + ": " + expected + " not in " + coded(body));
  }

  /** Events that are no events: no doer, a name, a topic, a demand's content, a sufferer. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      no doer                     | CONSULT   | The talks with Iran were postponed.
      a word of a name            | MOBILIZE  | The Popular Mobilization Forces denied the report.
      a topic of talks            | RETREAT   | Iran and Iraq discussed the withdrawal of US troops.
      what is demanded            | AID       | Jordan demanded aid from Egypt.
      what is threatened          | SANCTION  | Egypt rejected a threat of sanctions from the United States.
      who suffers it              | ASSAULT   | Palestinians in Gaza are under attack, Iran said.
      what a call asks for        | RETREAT   | Iraq renewed its calls for US troops to withdraw from the country.
      what a threat announces     | ASSAULT   | Iran made a threat to attack Israel.
      no one does it              | CONCEDE   | Iraq said no prisoners were released by Iran.
      a meeting of one side only  | CONSULT   | Zarif's visit underscored how much relations have changed.
      a topic but no partner      | CONSULT   | Iraq discussed the withdrawal of foreign troops.
      an attack on no one placed  | ASSAULT   | Reuters said three people were wounded.
      a place visited             | CONSULT   | Iranian President Hassan Rouhani visited the shrine of Imam Ali.
      declining to give details   | REJECT    | However, the minister declined to provide details on where they were held.
      showing, not demonstrating  | PROTEST   | North Korea demonstrated its readiness to respond.
      support looked for          | SUPPORT   | Iran is looking for Iraq's continued support.
      a deal referred to          | AGREE     | Iran faces pressure after the US withdrew from Tehran's nuclear deal.
      """)
  void leavesOutWhatIsNoEvent(String rule, String type, String body) {
    assertTrue(coded(body).stream().noneMatch(c -> c.startsWith(type + " ")), rule + ": " + coded(body));
  }

  @Test
  void anAttackNeedsNoNamedDoer() {
    assertTrue(coded("A rocket attack killed an American contractor in Iraq.").stream()
        .anyMatch(c -> c.startsWith("ASSAULT ->")), coded("A rocket attack killed an American contractor in Iraq.").toString());
  }

  @Test
  void datesTheDayAndASequelByTheDayNamedBefore() {
    String body = "Protesters gathered outside the embassy on Tuesday.\n\nIraqi police arrested 20 protesters earlier in the day.";
    assertEquals("2020-11-10", String.valueOf(only(body, EventType.COERCE).date()));
    String story = "Iranian President Hassan Rouhani arrived in Baghdad on Tuesday.\n\nIraq has relied on Iran for years."
        + "\n\nThe two countries share a long border.\n\nHe then met Iraqi President Barham Salih.";
    assertEquals("2020-11-10", String.valueOf(only(story, EventType.CONSULT).date()));
  }

  private static List<String> relations(String body) {
    ResolvedArticle a = analyse(body);
    return RELATIONS.find(a).stream().map(r -> r.subject() + " " + r.predicate() + " " + r.object())
        .collect(Collectors.toList());
  }

  @Test
  void readsBackingLeadershipAndMembership() {
    List<String> r = relations("Iran-backed militias fired rockets on Monday.");
    assertTrue(r.contains("irn BACKS iran-backed-militias"), r.toString());
    String text = "Kataib Hezbollah leader Abu Fadak, a member of the PMF, spoke on Monday.";
    ResolvedArticle a = analyse(text);
    List<Relation> rels = RELATIONS.find(a);
    assertTrue(rels.stream().anyMatch(x -> x.predicate() == Predicate.LEADS && x.object().equals("kataib-hezbollah")),
        rels.toString());
    assertTrue(rels.stream().anyMatch(x -> x.predicate() == Predicate.MEMBER_OF
        && x.object().equals("popular-mobilization-forces")), rels.toString());
  }

  @Test
  void whoGivesArmsOrMilitarySupportBacksTheReceiver() {
    ResolvedArticle a = analyse("Syria has managed to procure drones from Russia.");
    List<Relation> rels = RELATIONS.find(a, EVENTS.find(a).stream().map(EventFinding::event).toList());
    assertTrue(rels.stream().anyMatch(x -> x.predicate() == Predicate.BACKS && x.subject().equals("rus")
        && x.object().equals("syr")), rels.toString());
    assertTrue(RELATIONS.find(a).isEmpty(), "the text alone states no backing");
  }

  @Test
  void aSecretaryOrCoordinatorOfAnOrganisationIsItsMember() {
    ResolvedArticle a = analyse("Hamas coordinator Ali Rashid spoke on Monday.");
    assertTrue(RELATIONS.find(a).stream().anyMatch(x -> x.predicate() == Predicate.MEMBER_OF
        && x.object().equals("hamas")), RELATIONS.find(a).toString());
  }

  @Test
  void readsBackedByPhrases() {
    List<String> r = relations("Shiite militias, backed by Iran, attacked the base.");
    assertTrue(r.stream().anyMatch(s -> s.startsWith("irn BACKS")), r.toString());
  }
}
