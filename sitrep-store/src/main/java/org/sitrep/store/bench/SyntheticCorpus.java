package org.sitrep.store.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.AnalysedArticle;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Predicate;
import org.sitrep.model.Quote;
import org.sitrep.model.Relation;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;
import org.sitrep.store.ContentHash;
import org.sitrep.store.HashedArticle;

/**
 * A generated corpus for the store benchmark, shaped like a news flow: outlets, a few hundred actors of which some
 * are far more active, five events per article over half a year, quotes, relations, and one article in ten a
 * syndicated copy of an earlier one (the same text with the copying site's junk line). Deterministic for a seed;
 * the same seed gives the same corpus.
 */
public final class SyntheticCorpus {

  static final int EVENTS_PER_ARTICLE = 5;
  private static final String[] OUTLETS = {"Wire", "Herald", "Daily Star", "Gulf News", "Capital Times", "Al Mirsad",
      "The Observer", "Post", "Tribune", "Courier", "Chronicle", "Dispatch", "Gazette", "Monitor", "Sentinel", "Ledger",
      "Express", "Record", "Review", "Bulletin"};
  private static final String[] FIRST = {"Adam", "Farid", "Leyla", "Omar", "Nadia", "Yusuf", "Ivan", "Mira", "Karim",
      "Sara", "Tomas", "Hana", "Rami", "Elena", "Jamal", "Zainab", "Pavel", "Amira", "Hadi", "Lina"};
  private static final String[] LAST = {"Haddad", "Qassemi", "Petrov", "Mansour", "Karimi", "Novak", "Saleh", "Rahimi",
      "Orlov", "Hamdan", "Bakr", "Zubair", "Dragan", "Nasser", "Aziz", "Khalil", "Marek", "Sabri", "Tariq", "Yilmaz"};
  private static final String[] GROUPS = {"Brigade", "Front", "Legion", "Guard", "Movement", "Council", "Army",
      "Ministry", "Alliance", "Party"};
  private static final String[] PLACES = {"Velsk", "Dunmore", "Korslav", "Amrah", "Tibna", "Qurna", "Hadith", "Sarwan",
      "Mekal", "Ostrin", "Zemun", "Baladiyat", "Karrada", "Marsa", "Tirak", "Ulden"};
  private static final String[] VERBS = {"shelled", "met", "accused", "sanctioned", "threatened", "praised",
      "demanded talks with", "withdrew from", "arrested members of", "sent aid to"};

  private final int articles;
  private final long seed;
  private final List<Actor> actors;

  /** {@code events}: at least this many events; five per article. */
  public static SyntheticCorpus withEvents(int events, long seed) {
    return new SyntheticCorpus((events + EVENTS_PER_ARTICLE - 1) / EVENTS_PER_ARTICLE, seed);
  }

  public SyntheticCorpus(int articles, long seed) {
    if (articles < 1) throw new IllegalArgumentException("articles < 1: " + articles);
    this.articles = articles;
    this.seed = seed;
    this.actors = actors(Math.max(50, Math.min(2_000, articles / 10)), new SplittableRandom(seed));
  }

  public int articles() {
    return articles;
  }

  public List<Actor> actors() {
    return actors;
  }

  /** The articles from {@code from} (inclusive) to {@code to} (exclusive), in order; each is generated on demand. */
  public List<HashedArticle> slice(int from, int to) {
    List<HashedArticle> out = new ArrayList<>();
    for (int i = from; i < Math.min(to, articles); i++) out.add(article(i));
    return out;
  }

  /** Article {@code i}: a copy of an earlier article when its own random draw says so. */
  public HashedArticle article(int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    if (i > 10 && r.nextInt(10) == 0) {
      int original = r.nextInt(i);
      return copyOf(original, i, r);
    }
    return original(i);
  }

  private HashedArticle original(int i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i + 7);
    LocalDate published = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(182));
    String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
    return build("art-" + i, outlet, published, r, "");
  }

  private HashedArticle copyOf(int original, int i, SplittableRandom r) {
    HashedArticle o = original(original);
    Article a = o.analysed().analysis().article();
    SplittableRandom same = new SplittableRandom(seed * 1_000_003L + original + 7);
    same.nextInt(182);
    same.nextInt(OUTLETS.length);
    String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
    return build("art-" + i, outlet, a.published() == null ? LocalDate.of(2024, 1, 1) : a.published().toLocalDate(),
        same, "Subscribe to " + outlet + " for more.");
  }

  /** Draws the article's facts from {@code r}; a copy passes the original's generator state and its own junk line. */
  private HashedArticle build(String id, String outlet, LocalDate published, SplittableRandom r, String junk) {
    List<Actor> cast = new ArrayList<>();
    for (int k = 0; k < 6; k++) cast.add(pick(r));
    StringBuilder body = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<ActorRef> refs = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (int s = 0; s < EVENTS_PER_ARTICLE; s++) {
      Actor source = cast.get(r.nextInt(cast.size()));
      Actor target = cast.get(r.nextInt(cast.size()));
      String place = PLACES[r.nextInt(PLACES.length)];
      int verb = r.nextInt(VERBS.length);
      String text = source.name() + " " + VERBS[verb] + " " + target.name() + " near " + place + " on "
          + published.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT) + ", " + (2 + r.nextInt(40))
          + " witnesses told reporters in " + PLACES[r.nextInt(PLACES.length)] + ".";
      int begin = body.length();
      body.append(text).append('\n');
      sentences.add(new Sentence(s, begin, begin + text.length(), text, List.of(), List.of(), List.of(), List.of()));
      refs.add(new ActorRef(source.id(), source.name(), s, begin, begin + source.name().length()));
      int t = text.indexOf(target.name(), source.name().length());
      refs.add(new ActorRef(target.id(), target.name(), s, t, t + target.name().length()));
      EventType type = EventType.values()[verb * 7 % EventType.values().length];
      events.add(new Event(type, null, source.id(), target.id(), PartialDate.of(published.minusDays(r.nextInt(2))),
          "on Monday", place, s, text));
    }
    Actor speaker = cast.get(0);
    String said = "\"We will not accept this,\" " + speaker.name() + " said.";
    int begin = body.length();
    body.append(said).append('\n');
    sentences.add(new Sentence(EVENTS_PER_ARTICLE, begin, begin + said.length(), said, List.of(), List.of(), List.of(),
        List.of()));
    Quote quote = new Quote("We will not accept this,", speaker.id(), speaker.name(), EVENTS_PER_ARTICLE, begin + 1,
        begin + 25, "said", null);
    if (!junk.isEmpty()) body.append(junk).append('\n');
    Relation relation = new Relation(cast.get(1).id(), Predicate.BACKS, cast.get(2).id(), 0);
    Article article = new Article(id, id + ".jsonl", outlet, "Report " + id, null, PartialDate.of(published),
        body.toString(), List.of());
    List<Actor> distinct = cast.stream().distinct().toList();
    ResolvedArticle resolved = new ResolvedArticle(new AnnotatedArticle(article, sentences), distinct, refs,
        List.of(quote));
    ArticleAnalysis analysis = new ArticleAnalysis(article, sentences.size(), body.length() / 6, distinct,
        List.of(quote), events, List.of(relation));
    return new HashedArticle(new AnalysedArticle(resolved, analysis), ContentHash.of(id + "\n" + body));
  }

  /** Actor popularity is skewed, as in news: a few actors are in most stories. */
  private Actor pick(SplittableRandom r) {
    double u = r.nextDouble();
    return actors.get((int) (u * u * u * actors.size()));
  }

  private static List<Actor> actors(int n, SplittableRandom r) {
    List<Actor> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean person = i % 3 != 0;
      String name = person ? FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)] + " " + (char) ('A' + i % 26)
          : "The " + PLACES[r.nextInt(PLACES.length)] + " " + GROUPS[r.nextInt(GROUPS.length)] + " " + (i / 3);
      String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + i;
      out.add(new Actor(id, name, person ? ActorKind.PERSON : ActorKind.ORGANIZATION, "XK" + (char) ('A' + i % 26),
          person ? "GOV" : "REB", List.of(), List.of(name)));
    }
    return List.copyOf(out);
  }
}
