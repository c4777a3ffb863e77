package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JunkCuesTest {

  private final JunkCues cues = new JunkCues(new DateLineParser());

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiterString = " => ", value = {
      "| => SEPARATOR",
      "* * * => SEPARATOR",
      "8812 => PAGE_CODE",
      "A+ A- => WIDGET",
      "Loading... => WIDGET",
      "7 MIN READ => READING_TIME",
      "Reading time: 3 minutes => READING_TIME",
      "Advertisement => ADVERTISEMENT",
      "ADVERTISEMENT: => ADVERTISEMENT",
      "Sponsored Stories => ADVERTISEMENT",
      "Story continues below advertisement => ADVERTISEMENT",
      "Skip to main content => NAVIGATION",
      "Home » World » Africa => NAVIGATION",
      "Tags: Sudan, Chad, Ceasefire => NAVIGATION",
      "We use cookies to give you the best experience on our website. => NAVIGATION",
      "October 2, 2016 => DATE",
      "Posted: 2 October 2016 | 14:05 GMT => DATE",
      "By Maria Lopez => BYLINE",
      "By Maria Lopez and Tom Hale, Some Wire => BYLINE",
      "Reporting by Maria Lopez; Editing by Tom Hale => BYLINE",
      "Posted by editor2 on 2 October 2016 => BYLINE",
      "Updated 3 hours ago => BYLINE",
      "Leave a Reply => COMMENT_FORM",
      "7 Comments => COMMENT_FORM",
      "You are commenting using your Google account. Log Out /  Change ) => COMMENT_FORM",
      "Your email address will not be published. Required fields are marked * => COMMENT_FORM",
      "Share on Facebook => SHARE",
      "Tweet => SHARE",
      "Instagram photo => SHARE",
      "Read more: => READ_MORE",
      "READ MORE: Floods cut roads in the north => READ_MORE",
      "Related Articles => READ_MORE",
      "You may also like => READ_MORE",
      "Clashes continue in the south for a third day ... read more => TEASER",
      "Our correspondent Lina Haddad has more. => TEASER",
      "WATCH: Crowds gather outside the court => TEASER",
      "Join our new WhatsApp channel for breaking updates! => PROMOTION",
      "Follow us on Telegram => SHARE",
      "Subscribe to our weekly newsletter => PROMOTION",
      "Download the Example News app: App Store: https://example.com/a | Google Play: https://example.com/g => PROMOTION",
      "Get breaking news alerts on your smartphone => PROMOTION",
      "Please support independent journalism by becoming a member today. => APPEAL",
      "$10 Billed Yearly => APPEAL",
      "If you value our reporting, consider a small donation. => APPEAL",
      "© 2016 Example Media. All rights reserved. => COPYRIGHT",
      "This article first appeared on Example Review and is republished with permission. => ATTRIBUTION",
      "(With inputs from agencies) => ATTRIBUTION",
      "Photo: Example Wire => PHOTO_CREDIT",
      "Lina Haddad/AFP => PHOTO_CREDIT",
      "Ahmad Saleh/Getty Images => PHOTO_CREDIT",
      "Fishermen repair nets in the harbour of Tyre, Lebanon, May 2, 2016. (AP Photo/Lina Haddad) => CAPTION",
      "Fishermen repair nets in the harbour on Monday. / Reuters => CAPTION",
      "Fishermen repair nets in the harbour on Monday. REUTERS/Lina Haddad => CAPTION",
      "The foreign minister (L) greets his counterpart (R) in Oslo, Norway, May 2, 2016. => CAPTION",
      "FILE PHOTO: Fishermen repair nets in the harbour of Tyre, Lebanon. => CAPTION",
      "Fishermen repair nets in the harbour on Monday. Photo: Lina Haddad => CAPTION",
      "The foreign minister speaks to reporters in Oslo, Norway, May 2, 2016. => CAPTION",
      "Editor: Tom Hale => BYLINE",
      "Wire reporter Lina Haddad in Beirut contributed to this report. => ATTRIBUTION",
      "A- => WIDGET",
      "GOVERNMENT FALLS AFTER VOTE OF NO CONFIDENCE => OTHER_HEADLINE"})
  void recognisesJunkLines(String line, Junk expected) {
    assertEquals(Optional.of(expected), cues.classify(line));
  }

  @ParameterizedTest(name = "body: {0}")
  @ValueSource(strings = {
      "The app was downloaded more than a million times, according to the company.",
      "Protesters shared photos of the clashes on social media.",
      "Photos released by the army showed a damaged bridge.",
      "Like Twitter, the messaging service has become a source of official statements.",
      "Share prices fell sharply on Monday.",
      "Follow-up talks are expected next week.",
      "Join the army, the poster urged young men.",
      "Supporters of the cleric gathered in the main square.",
      "Donations to the relief fund reached $3 million, the agency said.",
      "Copyright law was amended last year to protect reporters.",
      "By Sunday, the army had retaken the town.",
      "More than 50 people were killed in the attack.",
      "Related to the ceasefire, the ministry said it would respond within days.",
      "Don't miss the deadline, the election commission warned voters.",
      "\u201cWe need your support to rebuild,\u201d the mayor told residents.",
      "Source: statements by both delegations after the talks, reported by the state news agency",
      "OSLO (Wire) \u2014 The minister met his counterpart on Monday.",
      "LONDON, July 17 (Wire) -- The minister met his counterpart.",
      "TRIPOLI: Fighting resumed on Friday.",
      "Background:",
      "What we know so far",
      "Ministers meet in Oslo",
      "Photo: the session was broadcast live on state television,",
      "on March 3, 2016",
      "Print media were banned from the hearing.",
      "The talks were held in Geneva, Switzerland, on March 3, 2016, officials said.",
      "He was born in Basra, Iraq, in 1960."})
  void keepsBodyLines(String line) {
    assertEquals(Optional.empty(), cues.classify(line));
  }

  @Test
  void keepsBodyParagraphMentioningPhoto() {
    assertEquals(Optional.empty(),
        cues.classify("The photo, published by the ministry on Sunday, appears to show the commander in Damascus."));
  }

  @Test
  void keepsBodyParagraphMentioningAnApp() {
    assertEquals(Optional.empty(),
        cues.classify("Residents were told to download a government app to register for aid, officials said."));
  }

  @Test
  void recognisesDatelineOpenings() {
    assertTrue(cues.isDatelineOpening("OSLO (Wire) \u2014 The minister met his counterpart."));
    assertTrue(cues.isDatelineOpening("TRIPOLI: Fighting resumed on Friday."));
  }
}
