package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoCuesTest {

  private final PhotoCues photos = new PhotoCues(new DateLineParser());

  private boolean credit(String line) {
    return photos.isCredit(line, Text.wordCount(line));
  }

  private boolean caption(String line) {
    return photos.isCaption(line, Text.wordCount(line));
  }

  @ParameterizedTest(name = "credit: {0}")
  @ValueSource(strings = {"Lina Haddad/AP", "Tom Hale / Reuters", "Photo: Harbour Times", "Image source, Getty Images",
      "Photo by Lina Haddad/Getty Images", "Ahmad Saleh/Pool"})
  void recognisesCreditLines(String line) {
    assertTrue(credit(line));
  }

  @ParameterizedTest(name = "not a credit: {0}")
  @ValueSource(strings = {"Israel/Gaza War", "Iraq/Syria", "Photos released by the army showed a damaged bridge.",
      "Photo: the session was broadcast live on state television,"})
  void rejectsNonCredits(String line) {
    assertFalse(credit(line));
  }

  @ParameterizedTest(name = "caption: {0}")
  @ValueSource(strings = {
      "Fishermen repair nets in the harbour of Tyre, Lebanon, May 2, 2016. (AP Photo/Lina Haddad)",
      "Fishermen repair nets in the harbour. (Photo: Harbour Times)",
      "This handout picture shows the damaged bridge. (Ministry of Transport via AP)",
      "Fishermen repair nets in the harbour on Monday. / Reuters",
      "Fishermen repair nets in the harbour on Monday. REUTERS/Lina Haddad/File Photo",
      "Fishermen repair nets in the harbour on Monday. Photo: Lina Haddad",
      "The minister speaks to reporters in Oslo, Norway, May 2, 2016.",
      "The foreign minister (L) greets his counterpart (R) at the palace on May 2, 2016."})
  void recognisesCaptions(String line) {
    assertTrue(caption(line));
  }

  @ParameterizedTest(name = "not a caption: {0}")
  @ValueSource(strings = {
      "The ministry said the talks would resume on Thursday. (Reuters)",
      "The talks were held in Geneva, Switzerland, on March 3, 2016, officials said.",
      "The photo, published by the ministry on Sunday, appears to show the commander.",
      "Senator Jane Roe (R) said on Monday the bill would pass."})
  void keepsBodyParagraphMentioningPhoto(String line) {
    assertFalse(caption(line));
  }
}
