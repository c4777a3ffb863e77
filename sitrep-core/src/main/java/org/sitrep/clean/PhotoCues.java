package org.sitrep.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo furniture: credit lines ("Photo: Name", "Name Name/AP") and captions, which wire services close with a credit
 * ("(AP Photo/Name)", "/ Reuters", "AGENCY/Name") or shape as "in City, Country, Month D, YYYY." with "(R)"/"(L)"
 * markers. News prose mentions photos too, so each cue is anchored at the line's start or end. Stateless, thread-safe.
 */
final class PhotoCues {

  private static final int CI = Pattern.CASE_INSENSITIVE;

  /** "Photo: Name", "FILE PHOTO: Soldiers ...", "Image source, Agency": what follows the label starts with a capital. */
  private static final Pattern CREDIT_PREFIX = Pattern.compile(
      "^(?i:photos?|photograph|image|picture|pic|file photo|photo credit|credit|image credit|image source|image caption"
          + "|media caption|illustration|caption)\\s*(?:(?i:by)\\s|[:,/|])\\s*[\\p{Lu}\\p{N}(\"“]");
  /** "Name Name/AP": a name, a slash and an agency or credit word, nothing else. */
  private static final Pattern NAME_SLASH_AGENCY = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s?/\\s?(\\p{Lu}[\\p{L}.'’&-]*(?:\\s+\\p{Lu}[\\p{L}.'’&-]*){0,2})$");
  private static final Pattern AGENCY_WORD = Pattern.compile(
      "\\b(?:reuters|getty|images|afp|epa|anadolu|xinhua|sputnik|tass|photo|pool|handout|file|shutterstock)\\b", CI);
  /** Words only photo credits use; agency names alone are not enough, since "(Reuters)" also closes news items. */
  private static final Pattern PHOTO_WORD = Pattern.compile(
      "\\b(?:photos?|photograph|image|pictures?|file|via|pool|handout|getty|courtesy|credit|shutterstock)\\b", CI);
  private static final Pattern ENDS_WITH_CREDIT = Pattern.compile(
      "\\b(?:getty images|shutterstock|via getty|via reuters|reuters photo|ap photo|epa-efe|handout)\\s*\\)?$", CI);
  private static final Pattern END_PARENTHESIS = Pattern.compile("[.!?\"”’]\\s*\\(([^()]{2,100})\\)\\s*$");
  private static final Pattern END_BRACKET = Pattern.compile("\\[([^\\[\\]]{2,80}/[^\\[\\]]{1,40})\\]\\s*$");
  private static final Pattern END_SLASH_CREDIT = Pattern.compile("[.!?\"”’)]\\s*/\\s*\\p{Lu}[\\p{L}.&'’ -]{1,40}$");
  /** "... on Tuesday. AGENCY/Photographer Name": the credit style of wire photos, capitals before the slash. */
  private static final Pattern END_AGENCY_SLASH_NAME = Pattern.compile(
      "[.!?\"”’]\\s+\\p{Lu}{2,}(?:\\s\\p{Lu}{2,})?\\s?/\\s?\\p{Lu}[\\p{L}.'’ /-]{1,60}$");
  /** "... on Tuesday. Photo: Name" or "... | Photo: Agency": an inline credit closing a caption. */
  private static final Pattern END_PHOTO_LABEL = Pattern.compile(
      "(?:[.!?\"”’]|\\s\\|)\\s+(?i:photos?|image|picture|credit|photo credit)\\s*(?:(?i:by)\\s|:)\\s*\\p{Lu}[\\p{L}.'’ /&-]{1,50}$");
  /**
   * Agency captions place the picture as "in City, Country, Month D, YYYY." ; news prose does not name a city, its
   * country and a full date in one breath.
   */
  private static final Pattern PLACE_COUNTRY_DATE = Pattern.compile(
      "\\b(?:in|at|near|outside|inside|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3},\\s+"
          + "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2},?\\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
          + "[\\p{L}]*\\.?\\s+\\d{1,2},\\s+\\d{4}\\s*[.]");
  private static final Pattern POSITION_MARKER = Pattern.compile(
      "\\((?:[RLC]|[rlc]\\.|left|right|center|centre|front|back|[23](?:nd|rd) [lr]\\w*|l to r|l-r|from left)\\)"
          + "|, (?:left|right|center|centre),");

  private final DateLineParser dates;

  PhotoCues(DateLineParser dates) {
    this.dates = dates;
  }

  /** Whether the line has the hallmarks of a photo caption: a "(R)"/"(L)" position marker or a full calendar date. */
  boolean looksLikeCaption(String line) {
    return POSITION_MARKER.matcher(line).find() || dates.find(line).map(m -> m.date().isDay()).orElse(false);
  }

  /** A photo credit on its own: "Photo: ...", "Name Name/AP", "... Getty Images". */
  boolean isCredit(String line, int words) {
    if (words <= 12 && !Text.endsSentence(line) && CREDIT_PREFIX.matcher(line).find()) return true;
    if (words <= 12 && !Text.endsSentence(line) && ENDS_WITH_CREDIT.matcher(line).find()) return true;
    Matcher m = NAME_SLASH_AGENCY.matcher(line);
    if (words >= 2 && words <= 7 && m.matches()) {
      String agency = m.group(2);
      return Text.isAllCaps(agency, 2) && agency.length() <= 6 || AGENCY_WORD.matcher(agency).find();
    }
    return false;
  }

  /**
   * A photo caption: a sentence closed by a credit in brackets ("(AP/Name)", "(Photo: ...)"), by "/ Agency",
   * "AGENCY/Name" or "Photo: Name"; a caption introduced by "Photo:"; the agency placement "in City, Country,
   * Month D, YYYY."; or a "(R)"/"(L)" position marker with a full date, which is how captions say who stands where.
   */
  boolean isCaption(String line, int words) {
    String tail = Text.tail(line, 160);
    Matcher paren = END_PARENTHESIS.matcher(tail);
    if (paren.find() && (paren.group(1).contains("/") || PHOTO_WORD.matcher(paren.group(1)).find())) return true;
    if (END_BRACKET.matcher(tail).find() || END_SLASH_CREDIT.matcher(tail).find()
        || END_AGENCY_SLASH_NAME.matcher(tail).find() || END_PHOTO_LABEL.matcher(tail).find()) {
      return true;
    }
    if (words <= 60 && PLACE_COUNTRY_DATE.matcher(Text.head(line, 600)).find()) return true;
    if (words <= 60 && CREDIT_PREFIX.matcher(line).find()) return true;
    return POSITION_MARKER.matcher(line).find() && dates.find(line).map(m -> m.date().isDay()).orElse(false);
  }
}
