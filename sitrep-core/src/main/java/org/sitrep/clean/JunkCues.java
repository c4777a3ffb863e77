package org.sitrep.clean;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Context-free cues: what a single line says about itself. Each rule pairs a cue vocabulary that an analyst would
 * recognise as page furniture on any site with a shape guard (short, imperative, anchored at the start, no reported
 * speech), so that a news paragraph that merely mentions an app, a photo or a donation stays in the body, and so
 * does a fragment of a hard-wrapped paragraph. Stateless and thread-safe.
 */
final class JunkCues {

  /** Cue words are ASCII, so ASCII case folding suffices and is much faster than Unicode folding. */
  private static final int CI = Pattern.CASE_INSENSITIVE;

  // ---- layout and widgets
  /** Font-size and similar widgets: a few one-letter controls ("A+ A-", "A A A"). */
  private static final Pattern WIDGET = Pattern.compile(
      "^\\p{L}[+\\-−]?(?:\\s+\\p{L}[+\\-−]?){1,3}$|^\\p{L}[+\\-−]$|^(?:text|font) size\\b.{0,20}$|^loading\\b.{0,20}$", CI);
  private static final Pattern PAGE_CODE = Pattern.compile("^[#№]?\\s*\\d[\\d\\s#./-]{0,15}$");
  private static final Pattern READING_TIME = Pattern.compile(
      "^(?:\\d{1,3}\\s*-?\\s*(?:min(?:ute)?s?\\.?)\\s+(?:read|reading|to read|listen)\\b.{0,20}"
          + "|(?:estimated\\s+)?(?:reading|read|listening) time\\b.{0,30})$", CI);
  /** Site navigation, legal links, breadcrumbs and tag lists. */
  private static final Pattern NAVIGATION = Pattern.compile(
      "^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu|search|footer)"
          + "|back to top|go to top|scroll to top|top of page|(?:previous|next) (?:article|post|story|page)"
          + "|home|menu|search|sections|my account|contact us|about us|privacy policy|terms of (?:use|service)"
          + "|cookie (?:policy|settings))\\s*[:»>|›]*$"
          + "|^(?:tags?|topics?|filed under|categories|category|keywords)\\s*:"
          + "|\\bopens (?:in )?(?:a )?new (?:tab|window)\\s*$", CI);
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s(?:»|›|>|/)\\s");
  private static final Pattern COOKIES = Pattern.compile("\\bcookies?\\b", CI);

  // ---- ads, dates, bylines
  /** "Advertisement", "Sponsored Links", "ADVERTISEMENT - scroll to continue": the marker opens the line. */
  private static final Pattern AD = Pattern.compile(
      "^\\W*(?:advertisements?|advertising|advertorial|sponsored|promoted(?: content| stories)?"
          + "|paid (?:post|content|partnership)|partner content|ad ?choices|ads?)\\b"
          + "|\\b(?:story|article) continues (?:below|after)|^scroll (?:down )?to continue", CI);
  private static final Pattern RELATIVE_TIME = Pattern.compile(
      "\\b\\d{1,3}\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago\\b", CI);
  /** "By Jane Doe", "By Jane Doe and John Roe, Agency": names only, so "By Sunday, the army..." does not match. */
  private static final Pattern BY_NAMES = Pattern.compile(
      "^(?i:by|posted by|written by|published by)\\s+\\p{Lu}[\\p{L}.'’-]*"
          + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|al|el|van|von|bin|ibn))*(?:\\s*[,|/–—-]\\s*\\p{Lu}[\\p{L}.'’ -]*)?$");
  /** "Posted by admin on May 5, 2020": blog bylines, whatever the case of the user name. */
  private static final Pattern POSTED_BY = Pattern.compile("^(?:posted|written|published|submitted) by\\s", CI);
  /** "Editor: Name", "Reporter: Name": staff credits in a labelled line. */
  private static final Pattern STAFF_LABEL = Pattern.compile(
      "^(?i:editor|editors|editing|reporter|reporting|writer|author|translator|translation|compiled by)\\s*:\\s*\\p{Lu}");
  private static final Pattern CREDITS_BY = Pattern.compile(
      "^\\(?\\s*(?:reporting|writing|editing|additional reporting|compiled|edited|written|produced|translated)"
          + "(?: and \\w+)? by\\b", CI);

  // ---- comment forms and sharing
  private static final Pattern COMMENT_FORM = Pattern.compile(
      "\\b(?:leave a (?:reply|comment)|post (?:a )?comment|add (?:a )?comment|^(?:\\d+|one|no) (?:comments?|replies)$"
          + "|comments? \\(\\d+\\)|you are commenting using|log out\\s*/|log in to (?:comment|reply|post)"
          + "|click an icon to log in|sign in to comment|fill in your details|notify me of (?:new|follow-up)"
          + "|your email address will not be published|required fields are marked|cancel reply|comments are closed"
          + "|join the (?:discussion|conversation)|(?:view|show|hide) comments)", CI);
  /** Words of share bars; a line made only of them, with at least one core word, is a share widget. */
  private static final Set<String> SOCIAL_CORE = Set.of(
      "share", "shares", "tweet", "email", "e-mail", "print", "facebook", "twitter", "whatsapp", "telegram",
      "linkedin", "pinterest", "reddit", "comment", "comments", "save", "follow", "bookmark", "messenger", "flipboard",
      "instagram", "youtube", "tiktok", "vk", "listen", "wordpress", "threads", "bluesky", "copy", "x", "like");
  private static final Pattern SOCIAL_SEPARATORS = Pattern.compile("[\\s|/•·:,()]+");
  private static final Set<String> SOCIAL_FILLER = Set.of(
      "us", "on", "this", "article", "story", "post", "page", "link", "url", "google", "news", "via", "the", "to", "and",
      "or", "more", "picture", "photo", "icon", "account", "sms", "mail", "it", "with", "friends", "your", "a");

  // ---- links to other stories
  /** "Read more:", "Related Articles", "READ MORE: Another headline": the cue opens the line and ends it or a colon follows. */
  private static final Pattern READ_MORE = Pattern.compile(
      "^(?:read (?:more|also|next|the full (?:story|article))|also read|see also|more (?:from|on|stories|news|coverage)"
          + "|related(?: (?:links?|articles?|stories|news|posts|content|coverage|topics|reading))?"
          + "|recommended(?: (?:for you|stories|articles|reading))?|you (?:may|might) (?:also )?(?:like|be interested in)"
          + "|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|latest (?:news|stories|articles)"
          + "|editor'?s picks|don'?t miss|further reading|continue reading|keep reading|what to read next)"
          + "\\s*(?:$|[:»>|…]|\\s[-–—]\\s)", CI);
  /** A teaser cut off with "... read more" or "[more]". */
  private static final Pattern ENDS_WITH_READ_MORE = Pattern.compile(
      "(?:(?:\\.\\.\\.|…)\\s*(?:read more|continue reading|read (?:the )?full (?:story|article))"
          + "|[\\[(]\\s*(?:read more|more|continue reading)\\s*[\\])]|(?:read more|more)\\s*[»›>]+)\\s*[.…]*$", CI);
  /** A one-line video teaser: "Channel's Reporter Name has more." */
  private static final Pattern HAS_MORE = Pattern.compile(
      "^\\p{Lu}[\\p{L}\\p{N}.'’ -]{1,60}?\\s(?:has|have)\\s+(?:more|the (?:story|details|latest)|this report)\\b[.!:]?$");
  /** "WATCH: Another story", "Video | Another story": a labelled link to other media, a capital after the label. */
  private static final Pattern MEDIA_TEASER = Pattern.compile(
      "^(?i:watch|video|listen|gallery|podcast|in pictures)\\s*[:|]\\s*[\\p{Lu}\\p{N}\"“']");

  // ---- promotions and appeals
  /**
   * Calls to action addressed to the reader. Strong verbs ("join", "subscribe", "download") count with any object;
   * weak ones ("like", "read", "get", "support") only in their promotional form ("like us", "get the app"), since a
   * sentence may start "Like Twitter, ..." or "Support for the plan ...".
   */
  private static final Pattern PROMO_VERB = Pattern.compile(
      "^\\W*(?:join|follow(?!-)|subscribe|sign up|signup|download|install|bookmark|turn on|enable|click|tap|tune in"
          + "|stay (?:informed|updated|tuned|connected)|don'?t miss|never miss|like us|support (?:us|our)"
          + "|read (?:our|more)|get (?:the|our|breaking|the latest|latest|daily|free|all)|watch (?:our|the latest)"
          + "|listen to (?:our|the)|check out (?:our|the)|visit (?:our|the))\\b", CI);
  private static final Pattern PROMO_OBJECT = Pattern.compile(
      "\\b(?:telegram|whatsapp|viber|signal|channels?|apps?|newsletters?|podcasts?|youtube|facebook|twitter|instagram"
          + "|tiktok|linkedin|google news|google play|app store|play store|notifications?|alerts?|updates|subscription"
          + "|here|our (?:page|site|website)|free|smartphone|inbox)\\b", CI);
  private static final Pattern STORE = Pattern.compile("\\b(?:google play|app ?store|apple store|play store|appgallery)\\b", CI);
  private static final Pattern SIGN_UP = Pattern.compile(
      "\\b(?:subscribe|sign up|register)\\b.{0,60}\\b(?:newsletter|updates|alerts|inbox|channel)\\b", CI);
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
  private static final Pattern APPEAL = Pattern.compile(
      "\\b(?:donat(?:e|es|ed|ing|ion|ions)|contribution|one[- ]off|supporters?|paywall|paypal|credit card|billed"
          + "|ad[ -]?blockers?|patreon|crowdfunding|thanks? (?:you )?for (?:being here|reading|your support)"
          + "|we need your (?:help|support)|support (?:us|our (?:work|journalism|reporting))|independent journalism"
          + "|quality journalism|become a (?:member|patron|subscriber|supporter)|subscribe now|subscriptions?"
          + "|readers like you|reader[- ](?:funded|supported))\\b", CI);
  /** Money words that make even a two-word line part of a payment box ("$5 Billed Once", "Monthly Supporter"). */
  private static final Pattern APPEAL_MONEY = Pattern.compile(
      "\\b(?:donat\\w*|contribut(?:e|ion)|one[- ]off|paypal|credit card|billed|patreon|crowdfunding|subscriptions?"
          + "|supporter|paywall)\\b", CI);
  /** The page speaking to its reader: appeals and notices do, news paragraphs report about third parties. */
  private static final Pattern ADDRESSES_READER = Pattern.compile("\\b(?:we|our|us|you|your|please)\\b", CI);
  /** A copyright notice: the sign, "(c) 2024", "Copyright 2024 ..." or "All rights reserved", not prose about copyright. */
  private static final Pattern COPYRIGHT = Pattern.compile(
      "©|\\(c\\)\\s*\\d{4}|\\ball rights reserved\\b|^copyright\\s*(?:©|\\(c\\)|\\d{4}|by\\b|of\\b)", CI);
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "^(?:this|the) (?:article|story|piece|post|report|content|interview|op-ed|column)\\b.{0,80}\\b(?:originally|first) "
          + "(?:published|appeared|ran)\\b|\\b(?:reprinted|republished|reproduced) with (?:the )?permission\\b"
          + "|^(?:originally|first) (?:published|appeared) (?:on|in|by|at)\\b"
          + "|^\\(?(?:with (?:inputs?|reporting) from|with agency inputs)\\b"
          + "|\\bcontributed(?: reporting)? to this (?:report|story|article)\\b", CI);

  /** "BAGHDAD (AP) —", "SEOUL:", "WASHINGTON, July 17 (KUNA) --": a place in capitals opening a news paragraph. */
  private static final Pattern DATELINE_OPENING = Pattern.compile(
      "^\\p{Lu}[\\p{Lu}'’ .-]{1,40}(?:,\\s*[^()]{1,30})?\\s*(?:\\([^()]{1,60}\\))?\\s*(?:—|--|–|-|:)");

  private final DateLineParser dates;
  private final PhotoCues photos;

  JunkCues(DateLineParser dates) {
    this.dates = dates;
    this.photos = new PhotoCues(dates);
  }

  /** Whether the line has the hallmarks of a photo caption; see {@link PhotoCues#looksLikeCaption}. */
  boolean looksLikeCaption(String line) {
    return photos.looksLikeCaption(line);
  }

  /** Why the (trimmed) line is boilerplate on its own, or empty when it may be body. */
  Optional<Junk> classify(String line) {
    return Optional.ofNullable(reason(line));
  }

  /** Whether the line opens with a dateline ("BAGHDAD (AP) —", "SEOUL:"), i.e. starts a news paragraph. */
  boolean isDatelineOpening(String line) {
    return DATELINE_OPENING.matcher(Text.head(line, 120)).find();
  }

  private @Nullable Junk reason(String line) {
    if (line.isEmpty()) return null;
    // Lines of punctuation only ("|", "***", "—") are layout separators, never words of the article.
    if (!Text.hasLetterOrDigit(line)) return Junk.SEPARATOR;
    int words = Text.wordCount(line);
    if (words > 80) return null; // a long paragraph is prose; every cue below describes short page furniture
    // A bare number is a page code, counter or pagination, never a sentence.
    if (PAGE_CODE.matcher(line).matches() && !dates.isDateLine(line)) return Junk.PAGE_CODE;
    if (words <= 4 && WIDGET.matcher(line).find()) return Junk.WIDGET;
    if (words <= 8 && READING_TIME.matcher(line).find()) return Junk.READING_TIME;
    if (words <= 6 && AD.matcher(line).find()) return Junk.ADVERTISEMENT;
    if (isNavigation(line, words)) return Junk.NAVIGATION;
    if (dates.isDateLine(line)) return Junk.DATE;
    if (isByline(line, words)) return Junk.BYLINE;
    boolean speech = Text.reportsSpeech(line);
    if (words <= 25 && !speech && COMMENT_FORM.matcher(line).find()) return Junk.COMMENT_FORM;
    if (words <= 8 && isSocial(line)) return Junk.SHARE;
    if (words <= 30 && READ_MORE.matcher(line).find()) return Junk.READ_MORE;
    if (ENDS_WITH_READ_MORE.matcher(Text.tail(line, 40)).find()) return Junk.TEASER;
    if (words <= 10 && HAS_MORE.matcher(line).matches()) return Junk.TEASER;
    if (words <= 25 && MEDIA_TEASER.matcher(line).find()) return Junk.TEASER;
    if (!speech && isPromotion(line, words)) return Junk.PROMOTION;
    if (!speech && isAppeal(line, words)) return Junk.APPEAL;
    if (words <= 25 && COPYRIGHT.matcher(line).find()) return Junk.COPYRIGHT;
    if (words <= 40 && ATTRIBUTION.matcher(line).find()) return Junk.ATTRIBUTION;
    if (photos.isCredit(line, words)) return Junk.PHOTO_CREDIT;
    if (photos.isCaption(line, words)) return Junk.CAPTION;
    // Shouted lines between paragraphs are headlines of other stories or section labels; a dateline is not.
    if (Text.isAllCaps(line, 4) && !isDatelineOpening(line)) return Junk.OTHER_HEADLINE;
    return null;
  }

  /** Menu entries, legal links, tag lists, breadcrumbs ("Home » World » Middle East") and cookie notices. */
  private static boolean isNavigation(String line, int words) {
    if (words <= 30 && NAVIGATION.matcher(line).find()) return true;
    if (words <= 12 && !Text.endsSentence(line)) {
      Matcher m = BREADCRUMB_SEPARATOR.matcher(line);
      int separators = 0;
      while (m.find()) separators++;
      if (separators >= 2) return true;
    }
    return words <= 50 && COOKIES.matcher(line).find() && ADDRESSES_READER.matcher(line).find()
        && !Text.reportsSpeech(line);
  }

  private static boolean isByline(String line, int words) {
    if (words <= 15 && RELATIVE_TIME.matcher(line).find() && !Text.endsSentence(line)) return true;
    if (words <= 25 && CREDITS_BY.matcher(line).find()) return true;
    if (words <= 12 && POSTED_BY.matcher(line).find()) return true;
    if (words <= 8 && STAFF_LABEL.matcher(line).find()) return true;
    return words <= 10 && BY_NAMES.matcher(line).matches();
  }

  /** Only social-network and sharing words, with at least one of the core ones ("Share", "Tweet", "Facebook photo"). */
  private static boolean isSocial(String line) {
    boolean core = false;
    for (String token : SOCIAL_SEPARATORS.split(Text.lower(line))) {
      String w = Text.stripPunctuation(token);
      if (w.isEmpty()) continue;
      if (SOCIAL_CORE.contains(w)) core = true;
      else if (!SOCIAL_FILLER.contains(w)) return false;
    }
    return core;
  }

  /**
   * A call to join, follow, subscribe or download aimed at a channel, app or newsletter; an app-store line; a
   * sign-up line; or a line that is mostly links. Prose about apps and channels has none of these shapes.
   */
  private static boolean isPromotion(String line, int words) {
    if (words > 40) return false;
    String head = Text.head(line, 400);
    if (words <= 35 && PROMO_VERB.matcher(head).find() && PROMO_OBJECT.matcher(head).find()) return true;
    if (STORE.matcher(head).find() && (URL.matcher(head).find() || head.contains(":"))) return true;
    if (SIGN_UP.matcher(head).find()) return true;
    int urlChars = 0;
    Matcher m = URL.matcher(head);
    while (m.find()) urlChars += m.end() - m.start();
    return urlChars * 10 >= head.length() * 4;
  }

  /** A donation or subscription appeal: money words in a short box line, or appeal words addressed to the reader. */
  private static boolean isAppeal(String line, int words) {
    if (words > 60 || !APPEAL.matcher(line).find()) return false;
    return words <= 8 && APPEAL_MONEY.matcher(line).find() || ADDRESSES_READER.matcher(line).find();
  }
}
