package org.sitrep.corpus;

/**
 * Project-written news texts about a made-up incident: a wire story, copies of it as other sites republish it, an
 * independently written report of the same shelling, and an unrelated article. The places, people and armies are
 * invented.
 */
final class StoryTexts {

  private StoryTexts() {}

  /** The wire story as the agency sent it, headline first. */
  static final String WIRE = """
      Shelling kills four near Dravinian border town of Velsk

      VELSK, Dravinia, March 14 (Reuters) - Artillery shells struck the outskirts of Velsk, a Dravinian town two \
      kilometres from the Korslav border, early on Thursday, killing four civilians and wounding at least eleven, \
      local officials said.

      The barrage began shortly after 5 a.m. and lasted about forty minutes, residents said. Several houses on the \
      eastern edge of the town were destroyed and a school building used as a shelter for displaced families was \
      damaged.

      "We heard the whistle and then everything shook. My neighbour's roof simply disappeared," said Ilse Marenko, \
      62, who sells bread at the town's market. "The children were still asleep."

      Dravinia's defence ministry blamed Korslav's 4th Artillery Brigade, which it said fired at least 30 rounds \
      from positions near the village of Tormak across the frontier. Defence Minister Aurel Hasek called the attack \
      "a deliberate strike on people who have nothing to do with any war" and said Dravinia had the right to \
      respond.

      Korslav denied responsibility. A spokesman for its general staff, Colonel Piotr Lanner, told state television \
      that Korslav troops had not opened fire and accused Dravinian units of staging "a provocation to derail the \
      talks in Geneva".

      The two neighbours have traded accusations over the disputed Selva river valley since a ceasefire brokered \
      by the Organisation for Security and Co-operation in Europe collapsed in October. Monitors from the OSCE \
      mission said they had recorded 214 explosions in the area over the past week, the highest number since the \
      truce was signed.

      Velsk's mayor, Dana Rusu, said emergency crews were still searching the rubble of two houses on Thursday \
      afternoon. The wounded, including three children, were taken to the regional hospital in Orhen, 40 km to \
      the west.

      "Our hospital is full and we are running out of blood," Rusu said in a telephone interview. "We need the \
      international community to do more than issue statements."

      The United Nations called on both sides to exercise restraint. "Civilians must never be a target," U.N. \
      spokeswoman Lena Ostrova told reporters in New York.

      Talks between the two governments on a new ceasefire are scheduled to resume in Geneva next week, though \
      neither side has confirmed it will attend.

      (Reporting by Martin Kovac; Editing by Alison Williams)
      """;

  /**
   * The wire story as a news site republished it: one headline word changed, a byline and site boilerplate added,
   * curly quotes and apostrophes, an em dash after the dateline, "Co-operation" spelt without the hyphen, and the
   * final paragraph and the agency credit dropped.
   */
  static final String SYNDICATED = """
      Shelling kills four in Dravinian border town of Velsk

      By Martin Kovac, Reuters
      Photo: Reuters
      Subscribe to our newsletter

      VELSK, Dravinia — Artillery shells struck the outskirts of Velsk, a Dravinian town two kilometres from the \
      Korslav border, early on Thursday, killing four civilians and wounding at least eleven, local officials said.

      The barrage began shortly after 5 a.m. and lasted about forty minutes, residents said. Several houses on the \
      eastern edge of the town were destroyed and a school building used as a shelter for displaced families was \
      damaged.

      “We heard the whistle and then everything shook. My neighbour’s roof simply disappeared,” said Ilse Marenko, \
      62, who sells bread at the town’s market. “The children were still asleep.”

      Dravinia’s defence ministry blamed Korslav’s 4th Artillery Brigade, which it said fired at least 30 rounds \
      from positions near the village of Tormak across the frontier. Defence Minister Aurel Hasek called the attack \
      “a deliberate strike on people who have nothing to do with any war” and said Dravinia had the right to \
      respond.

      Korslav denied responsibility. A spokesman for its general staff, Colonel Piotr Lanner, told state television \
      that Korslav troops had not opened fire and accused Dravinian units of staging “a provocation to derail the \
      talks in Geneva”.

      The two neighbours have traded accusations over the disputed Selva river valley since a ceasefire brokered \
      by the Organisation for Security and Cooperation in Europe collapsed in October. Monitors from the OSCE \
      mission said they had recorded 214 explosions in the area over the past week, the highest number since the \
      truce was signed.

      Velsk’s mayor, Dana Rusu, said emergency crews were still searching the rubble of two houses on Thursday \
      afternoon. The wounded, including three children, were taken to the regional hospital in Orhen, 40 km to \
      the west.

      “Our hospital is full and we are running out of blood,” Rusu said in a telephone interview. “We need the \
      international community to do more than issue statements.”

      The United Nations called on both sides to exercise restraint. “Civilians must never be a target,” U.N. \
      spokeswoman Lena Ostrova told reporters in New York.

      Share this article: Facebook | Twitter | Email
      © 2024 The Northern Ledger. All rights reserved.
      """;

  /**
   * A second site's copy, edited harder: a new headline, the wire's first six paragraphs only (the rest cut for
   * space), and a paragraph of local context added by the site.
   */
  static final String SYNDICATED_SHORTENED = """
      Four civilians killed as shells hit Velsk

      VELSK, Dravinia, March 14 (Reuters) - Artillery shells struck the outskirts of Velsk, a Dravinian town two \
      kilometres from the Korslav border, early on Thursday, killing four civilians and wounding at least eleven, \
      local officials said.

      The barrage began shortly after 5 a.m. and lasted about forty minutes, residents said. Several houses on the \
      eastern edge of the town were destroyed and a school building used as a shelter for displaced families was \
      damaged.

      "We heard the whistle and then everything shook. My neighbour's roof simply disappeared," said Ilse Marenko, \
      62, who sells bread at the town's market. "The children were still asleep."

      Dravinia's defence ministry blamed Korslav's 4th Artillery Brigade, which it said fired at least 30 rounds \
      from positions near the village of Tormak across the frontier. Defence Minister Aurel Hasek called the attack \
      "a deliberate strike on people who have nothing to do with any war" and said Dravinia had the right to \
      respond.

      Korslav denied responsibility. A spokesman for its general staff, Colonel Piotr Lanner, told state television \
      that Korslav troops had not opened fire and accused Dravinian units of staging "a provocation to derail the \
      talks in Geneva".

      The two neighbours have traded accusations over the disputed Selva river valley since a ceasefire brokered \
      by the Organisation for Security and Co-operation in Europe collapsed in October. Monitors from the OSCE \
      mission said they had recorded 214 explosions in the area over the past week, the highest number since the \
      truce was signed.

      Our readers in the diaspora have organised a collection for the families in Velsk; details are on our \
      community page.

      Related: Dravinia recalls ambassador from Korslav
      """;

  /**
   * Another agency's own report of the same shelling: the same people, places, numbers and even the same quotes,
   * written independently.
   */
  static final String INDEPENDENT = """
      Four dead as artillery fire hits Velsk; Dravinia blames Korslav

      VELSK (Dravinia), March 14 (AFP) - Four civilians were killed and eleven wounded when artillery fire hit the \
      Dravinian border town of Velsk on Thursday morning, officials said, the deadliest attack on the town since \
      the ceasefire in the Selva valley broke down in October.

      Defence Minister Aurel Hasek accused Korslav's 4th Artillery Brigade of firing at least 30 rounds from near \
      Tormak, a village just across the frontier, and said Dravinia had the right to respond to what he called "a \
      deliberate strike on people who have nothing to do with any war".

      Korslav's general staff rejected the accusation. Its spokesman, Colonel Piotr Lanner, said on state \
      television that no Korslav unit had fired and that Dravinia was staging "a provocation to derail the talks \
      in Geneva".

      Residents said the shelling started just after 5 a.m. and went on for some forty minutes, flattening \
      several houses in the east of Velsk and damaging a school where displaced families had been sheltering.

      Ilse Marenko, 62, a bread seller at the market, said the shells came while her grandchildren slept. "We \
      heard the whistle and then everything shook," she said.

      Mayor Dana Rusu said rescuers were still digging through the ruins of two houses in the afternoon. Eleven \
      wounded, among them three children, were driven 40 km west to the hospital in Orhen, which she said was full \
      and short of blood.

      OSCE monitors have counted 214 explosions along the valley in the past week, the most since the truce was \
      agreed. The United Nations urged both sides to show restraint, and spokeswoman Lena Ostrova said civilians \
      must never be a target.

      Negotiators from the two countries are due back in Geneva next week for talks on a new ceasefire, but \
      neither government has said whether it will send a delegation.
      """;

  /** An unrelated business story. */
  static final String UNRELATED = """
      Dravinian central bank holds rates, signals cut in summer

      ORHEN, Dravinia, March 14 (Reuters) - Dravinia's central bank left its main interest rate unchanged at 6.25 \
      percent on Thursday, as expected, but said easing inflation could allow it to start lowering borrowing \
      costs as early as June.

      Governor Tomas Belic told a news conference that consumer prices had risen 4.1 percent in February from a \
      year earlier, down from a peak of 11 percent last spring, helped by lower energy and food costs.

      "The disinflation is broad and, we think, durable. If the data in the next three months confirm it, the \
      board will be ready to act," Belic said.

      All twelve economists polled by Reuters had expected the bank to hold. Most now see the first cut of 25 basis \
      points at the June meeting, followed by two more before the end of the year.

      The dravin firmed 0.3 percent against the euro after the decision, and yields on two-year government bonds \
      fell eight basis points to 5.9 percent, their lowest since 2021.

      Belic warned that wage growth, which reached 9 percent last year, remained a risk, and that the government's \
      plan to raise public sector salaries in the autumn would need to be watched closely.

      The finance ministry said separately that the budget deficit narrowed to 2.8 percent of gross domestic \
      product in 2023, below the 3 percent target agreed with the International Monetary Fund.

      (Reporting by Ana Petrescu; Editing by Mark Heinrich)
      """;
}
