package org.sitrep.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.knowledge.KbActor;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Dependency;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Predicate;
import org.sitrep.model.Relation;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;

/**
 * Finds BACKS, LEADS and MEMBER_OF relations between the actors of an article: from the text ("Iran-backed militias",
 * "backed by", "loyal to", "proxy of", "funds", "arms"; "leader of", "Hezbollah chief X", a president and the country
 * the article names; "a member of", "Hamas spokesman X") and from the knowledge base ({@link KbActor#backedBy()},
 * {@link KbActor#memberOf()}, {@link KbActor#ledBy()}) when the article names both actors. Each relation cites the
 * first sentence that shows it. Stateless after construction and thread-safe.
 */
public final class RelationExtractor {

  private static final Pattern BACKED = Pattern.compile(
      "(?i)^(?:the\\s+)?(.+?)-(?:backed|funded|supported|sponsored|armed|allied|aligned|trained)\\b");
  /** Verbs whose subject backs their object (active) or whose agent backs their subject (passive). */
  private static final Set<String> BACKING_VERBS = Set.of("back", "fund", "finance", "arm", "sponsor", "bankroll",
      "support", "train", "equip");
  /** Nouns for a backed actor: "a proxy of Iran". */
  private static final Set<String> PROXY_NOUNS = Set.of("proxy", "proxies", "ally", "allies", "client", "puppet");
  private static final Set<String> LEADER_TITLES = Set.of("leader", "chief", "head", "commander", "chairman",
      "chairwoman", "chair", "founder", "director", "secretary-general", "boss", "president", "premier", "king",
      "emir", "chancellor", "ruler");
  private static final Set<String> MEMBER_TITLES = Set.of("member", "spokesman", "spokeswoman", "spokesperson",
      "official", "fighter", "militant", "commander", "deputy", "minister", "lawmaker", "envoy", "representative",
      "negotiator", "delegate", "adviser", "advisor", "officer", "operative", "activist", "senator", "legislator",
      "MP", "aide", "secretary", "coordinator");
  /** Titles that make a person the leader of the country whose government they head. */
  private static final Pattern HEAD_OF_STATE = Pattern.compile(
      "(?i)\\b(president|prime minister|premier|king|emir|chancellor|supreme leader|sultan|crown prince)\\b");
  private static final Pattern NOT_CURRENT = Pattern.compile("(?i)\\b(former|ex|vice|deputy|late|acting)\\b");

  private final KnowledgeBase knowledge;

  /** An extractor that also draws on {@code knowledge}; pass {@link KnowledgeBase#empty()} for text alone. */
  public RelationExtractor(KnowledgeBase knowledge) {
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
  }

  /** The relations of {@code article}, text relations first; never null, without repeats. */
  public List<Relation> find(ResolvedArticle article) {
    return find(article, List.of());
  }

  /**
   * The relations of {@code article} as {@link #find(ResolvedArticle)} finds them, and the backing its AID
   * {@code events} show: who gives arms, money or military support to whom backs them ("Iraq has relied on Iranian
   * paramilitary support", "Russia procured drones from Iran").
   */
  public List<Relation> find(ResolvedArticle article, List<Event> events) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor a : article.actors()) actors.put(a.id(), a);
    Map<Integer, List<ActorRef>> refs = new HashMap<>();
    for (ActorRef r : article.refs()) refs.computeIfAbsent(r.sentence(), k -> new ArrayList<>()).add(r);
    Map<String, Relation> out = new LinkedHashMap<>();
    for (Sentence s : article.annotated().sentences()) {
      List<ActorRef> here = refs.getOrDefault(s.index(), List.of());
      ParsedSentence g = new ParsedSentence(s, here, actors);
      compoundBacking(here, actors, s.index(), out);
      for (int i = 0; i < g.size(); i++) {
        backingVerb(g, i, out);
        proxyOrLoyal(g, i, out);
        title(g, i, out);
      }
    }
    headsOfState(article, actors, out);
    for (Event e : events) {
      if (e.type() != EventType.AID || isPlace(actors, e.source()) || isPlace(actors, e.target())) continue;
      add(out, e.source(), Predicate.BACKS, e.target(), e.sentence());
    }
    fromKnowledge(article, actors, out);
    return List.copyOf(out.values());
  }

  private static boolean isPlace(Map<String, Actor> actors, @Nullable String id) {
    Actor a = id == null ? null : actors.get(id);
    return a != null && a.kind() == ActorKind.LOCATION;
  }

  private static void add(Map<String, Relation> out, @Nullable String subject, Predicate p, @Nullable String object,
      int sentence) {
    if (subject == null || object == null || subject.equals(object)) return;
    out.putIfAbsent(subject + "|" + p + "|" + object, new Relation(subject, p, object, sentence));
  }

  /** "Iran-backed militias": the actor named before the hyphen backs the mention's actor. */
  private static void compoundBacking(List<ActorRef> refs, Map<String, Actor> actors, int sentence,
      Map<String, Relation> out) {
    for (ActorRef r : refs) {
      Matcher m = BACKED.matcher(r.text());
      if (!m.find()) continue;
      int prefixEnd = r.begin() + m.end(1);
      String backer = null;
      for (ActorRef inner : refs) {
        if (inner != r && inner.begin() >= r.begin() && inner.end() <= prefixEnd) backer = inner.actorId();
      }
      if (backer == null) backer = byName(actors, m.group(1));
      add(out, backer, Predicate.BACKS, r.actorId(), sentence);
    }
  }

  private static @Nullable String byName(Map<String, Actor> actors, String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (Actor a : actors.values()) {
      if (a.name().toLowerCase(Locale.ROOT).equals(n)) return a.id();
      for (String m : a.mentions()) if (m.toLowerCase(Locale.ROOT).equals(n)) return a.id();
    }
    return null;
  }

  /** "X funds/arms/backs Y", "Y, backed by X", "militias backed by X". */
  private static void backingVerb(ParsedSentence g, int v, Map<String, Relation> out) {
    if (!g.isVerb(v) || !BACKING_VERBS.contains(g.lemma(v)) || g.negated(v)) return;
    Dependency h = g.head(v);
    List<Integer> agents = new ArrayList<>(g.children(v, "obl:agent"));
    agents.addAll(g.children(v, "obl:by"));
    if (h != null && h.governor() >= 0 && (h.relation().startsWith("acl") || h.relation().equals("amod"))
        && !agents.isEmpty()) {
      for (String backer : g.actorsOf(agents)) {
        add(out, backer, Predicate.BACKS, g.actorOfPhrase(h.governor()), g.sentence.index());
      }
      return;
    }
    boolean support = g.lemma(v).equals("support"); // too often verbal ("supports the resolution"): actors only
    if (g.passive(v)) {
      for (String backer : g.actorsOf(agents)) {
        for (String o : g.actorsOf(g.children(v, "nsubj:pass"))) add(out, backer, Predicate.BACKS, o, g.sentence.index());
      }
    } else if (!support) {
      for (String backer : g.actorsOf(g.children(v, "nsubj"))) {
        for (String o : g.actorsOf(g.children(v, "obj"))) add(out, backer, Predicate.BACKS, o, g.sentence.index());
      }
    }
  }

  /** "militias loyal to Iran", "Hezbollah, a proxy of Iran". */
  private static void proxyOrLoyal(ParsedSentence g, int i, Map<String, Relation> out) {
    String l = g.lemma(i);
    List<Integer> patrons = new ArrayList<>();
    if (l.equals("loyal") || l.equals("allied") || l.equals("aligned") || l.equals("affiliated")) {
      patrons.addAll(g.children(i, "obl:to"));
      patrons.addAll(g.children(i, "obl:with"));
    } else if (PROXY_NOUNS.contains(l)) {
      patrons.addAll(g.children(i, "nmod:of"));
      patrons.addAll(g.children(i, "nmod:for"));
      patrons.addAll(g.children(i, "nmod:poss"));
    } else {
      return;
    }
    String client = clientOf(g, i);
    for (String patron : g.actorsOf(patrons)) add(out, patron, Predicate.BACKS, client, g.sentence.index());
  }

  /** Whom a predicate noun or adjective describes: its head noun, its appositive anchor, or the copula's subject. */
  private static @Nullable String clientOf(ParsedSentence g, int i) {
    Dependency h = g.head(i);
    if (h != null && h.governor() >= 0
        && (h.relation().equals("amod") || h.relation().equals("appos") || h.relation().startsWith("acl"))) {
      return g.actorOfPhrase(h.governor());
    }
    for (int s : g.children(i, "nsubj")) {
      String a = g.actorOfPhrase(s);
      if (a != null) return a;
    }
    return null;
  }

  /** "Kataib Hezbollah leader Abu Fadak", "X, the head of Y", "a member of the PMF", "Hamas spokesman X". */
  private static void title(ParsedSentence g, int t, Map<String, Relation> out) {
    String l = g.lemma(t);
    boolean leads = LEADER_TITLES.contains(l);
    if (!leads && !MEMBER_TITLES.contains(l)) return;
    if (l.equals("commander") || l.equals("head") || l.equals("chief")) leads = true;
    for (int m : g.children(t, "amod")) if (NOT_CURRENT.matcher(g.word(m)).find()) leads = false;
    for (int m : g.children(t, "compound")) if (NOT_CURRENT.matcher(g.word(m)).find()) leads = false;
    // The person the title belongs to.
    String person = null;
    Dependency h = g.head(t);
    if (h != null && h.governor() >= 0 && (h.relation().equals("compound") || h.relation().equals("appos"))) {
      person = g.actorAt(h.governor());
    }
    if (person == null) {
      for (int a : g.children(t, "appos")) if (person == null) person = g.actorAt(a);
      for (int s : g.children(t, "nsubj")) if (person == null) person = g.actorAt(s);
    }
    if (person == null || !isKind(g, person, ActorKind.PERSON, ActorKind.GROUP)) return;
    // The organisation: "of X", "X's", or a name before the title ("Hezbollah leader").
    List<Integer> orgHeads = new ArrayList<>(g.children(t, "nmod:of"));
    orgHeads.addAll(g.children(t, "nmod:poss"));
    orgHeads.addAll(g.children(t, "compound"));
    for (int o : orgHeads) {
      String org = g.actorAt(o);
      if (org == null || org.equals(person) || !isKind(g, org, ActorKind.ORGANIZATION, ActorKind.COUNTRY)) continue;
      // A minister of a country is its government's member; the country's leader is its head of state or government.
      if (leads && isKind(g, org, ActorKind.COUNTRY) && !HEAD_OF_STATE.matcher(l).find() && !l.equals("leader")) {
        continue;
      }
      add(out, person, leads ? Predicate.LEADS : Predicate.MEMBER_OF, org, g.sentence.index());
    }
  }

  private static boolean isKind(ParsedSentence g, String id, ActorKind... kinds) {
    Actor a = g.actor(id);
    if (a == null) return false;
    for (ActorKind k : kinds) if (a.kind() == k) return true;
    return false;
  }

  /** "Iranian President Hassan Rouhani" in an article that names Iran: Rouhani leads Iran. */
  private static void headsOfState(ResolvedArticle article, Map<String, Actor> actors, Map<String, Relation> out) {
    for (Actor p : actors.values()) {
      if (p.kind() != ActorKind.PERSON || p.country() == null) continue;
      boolean head = p.titles().stream().anyMatch(t -> HEAD_OF_STATE.matcher(t).find()
          && !NOT_CURRENT.matcher(t).find() && !t.toLowerCase(Locale.ROOT).contains("minister of"));
      if (!head) continue;
      for (Actor c : actors.values()) {
        if (c.kind() == ActorKind.COUNTRY && p.country().equals(c.country())) {
          add(out, p.id(), Predicate.LEADS, c.id(), firstSentence(article, p.id(), c.id()));
        }
      }
    }
  }

  /** Relations the knowledge base records between two actors that this article names. */
  private void fromKnowledge(ResolvedArticle article, Map<String, Actor> actors, Map<String, Relation> out) {
    for (Actor a : actors.values()) {
      KbActor kb = knowledge.byId(a.id()).orElse(null);
      if (kb == null) continue;
      for (String b : kb.backedBy()) {
        if (actors.containsKey(b)) add(out, b, Predicate.BACKS, a.id(), firstSentence(article, a.id(), b));
      }
      for (String m : kb.memberOf()) {
        if (actors.containsKey(m)) add(out, a.id(), Predicate.MEMBER_OF, m, firstSentence(article, a.id(), m));
      }
      for (String l : kb.ledBy()) {
        if (actors.containsKey(l)) add(out, l, Predicate.LEADS, a.id(), firstSentence(article, a.id(), l));
      }
    }
  }

  /** The first sentence naming both actors, else the first naming the second, else the first naming either; 0 if none. */
  private static int firstSentence(ResolvedArticle article, String a, String b) {
    Map<Integer, Integer> seen = new HashMap<>();
    for (ActorRef r : article.refs()) {
      int bit = r.actorId().equals(a) ? 1 : r.actorId().equals(b) ? 2 : 0;
      if (bit == 0) continue;
      int v = seen.merge(r.sentence(), bit, (x, y) -> x | y);
      if (v == 3) return r.sentence();
    }
    for (ActorRef r : article.refs()) if (r.actorId().equals(b)) return r.sentence();
    for (ActorRef r : article.refs()) if (r.actorId().equals(a)) return r.sentence();
    return 0;
  }
}
