package org.sitrep.facts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorKind;
import org.sitrep.model.ActorRef;
import org.sitrep.model.Dependency;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Quote;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.model.Sentence;

/**
 * Finds PLOVER events in a resolved article from the dependency parse of each sentence and a {@link PloverLexicon}.
 *
 * <p>A verb (or, with an actor or a light verb beside it, a noun) of the lexicon triggers an event. Its
 * {@code source} is the subject (the agent of a passive, the possessor of a noun), its {@code target} the object or
 * the actor of an "against/on/at/with/to" phrase; conjoined actors give one event per pair. The clauses above the
 * trigger change its meaning: threats, refusals and demands stand for themselves ("threatened to cut" is THREATEN,
 * not the cut), intents become AGREE or THREATEN, denials, goals, questions, conditionals and negated past events
 * are not events, and "X said Y must" is a REQUEST from X to Y. See {@code docs/events.md}.
 *
 * <p>Stateless after construction and thread-safe.
 */
public final class EventExtractor {

  /** Types of cooperation that a stated intent turns into AGREE (PLOVER: AGREE is intent to cooperate). */
  private static final Set<EventType> MATERIAL_COOPERATION =
      EnumSet.of(EventType.AID, EventType.SUPPORT, EventType.COOPERATE, EventType.CONCEDE, EventType.RETREAT);
  /** Types whose negation ("will not accept", "has not agreed") is a refusal. */
  private static final Set<EventType> COOPERATIVE = EnumSet.of(EventType.AGREE, EventType.CONSULT, EventType.SUPPORT,
      EventType.COOPERATE, EventType.AID, EventType.CONCEDE, EventType.RETREAT);
  /** Types that a stated intent turns into THREATEN (PLOVER: THREATEN is a threat of hostile action). */
  private static final Set<EventType> HOSTILE = EnumSet.of(EventType.ASSAULT, EventType.COERCE, EventType.SANCTION,
      EventType.MOBILIZE, EventType.PROTEST);
  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
  /** Intent words that only schedule an act ("is set to", "is expected to"): the act is future, not promised. */
  private static final Set<String> ONGOING = Set.of("continue", "keep");
  private static final Set<String> SCHEDULE = Set.of("set", "expect");
  private static final Set<String> POSSIBLE = Set.of("could", "might", "may", "can");
  private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");
  private static final Set<String> CONDITION = Set.of("if", "unless", "whether", "lest");
  private static final Set<String> PRONOUNS = Set.of("it", "he", "she", "they", "we", "i", "its", "their", "his", "her");
  private static final List<List<String>> TARGET_RELATIONS = List.of(
      List.of("obj"),
      List.of("iobj"),
      List.of("obl:against", "obl:on", "obl:upon", "obl:at", "obl:into", "obl:toward", "obl:towards"),
      List.of("obl:with", "obl:to", "obl:from"));
  /** Modifiers of an event noun that name its doer ("Iran's attack", "a US strike", "the attack by X"). */
  private static final Set<String> NOUN_DOERS = Set.of("nmod:poss", "det:poss", "compound", "amod", "nmod:by",
      "nmod:agent", "nmod:from");
  private static final List<String> NOUN_TARGETS = List.of("nmod:on", "nmod:against", "nmod:at", "nmod:upon",
      "nmod:with", "nmod:to", "nmod:toward", "nmod:towards", "nmod:of");
  private static final List<String> NOUN_SOURCES = List.of("nmod:poss", "nmod:by", "compound", "amod", "nsubj",
      "nmod:from");
  private static final Set<String> LOCATION_RELATIONS = Set.of("obl:in", "obl:near", "obl:at", "obl:outside",
      "nmod:in", "nmod:near", "obl:inside");
  /** On what is acted on, a place the thing leads or goes into also places the act ("blocked roads into X"). */
  private static final Set<String> OBJECT_PLACE_RELATIONS = Set.of("obl:in", "obl:near", "obl:at", "obl:outside",
      "nmod:in", "nmod:near", "obl:inside", "nmod:into", "obl:into");
  /** Types whose target, when no one is named, is the place it happens in (PLOVER codes domestic acts so). */
  private static final Set<EventType> PLACE_TARGETED = EnumSet.of(EventType.ASSAULT, EventType.COERCE,
      EventType.CONCEDE, EventType.MOBILIZE, EventType.PROTEST, EventType.RETREAT);
  /** Types whose direct object may be what is moved or set up rather than whom the act aims at. */
  private static final Set<EventType> THEME_OBJECT = EnumSet.of(EventType.AID, EventType.RETREAT, EventType.MOBILIZE,
      EventType.AGREE);
  private static final Set<String> THEME_NOUNS = Set.of("troop", "troops", "force", "forces", "soldier", "soldiers",
      "reservist", "reservists", "army", "unit", "units", "personnel", "peacekeeper", "peacekeepers", "fighter",
      "fighters", "warship", "warships", "jet", "jets", "aircraft", "material", "materiel", "battalion", "battalions",
      "brigade", "brigades", "division", "divisions", "contingent", "inspector", "inspectors", "observer", "observers",
      "monitor", "monitors", "diplomat", "diplomats", "ambassador", "staff", "worker", "workers");
  private static final List<String> THEME_MODIFIERS = List.of("nmod:to", "nmod:from", "nmod:into", "nmod:in",
      "nmod:against", "nmod:toward", "nmod:towards");
  /** Verbs whose subject receives what their object names ("received aid from X", "drew criticism from X"). */
  private static final Set<String> RECEIVE_VERBS = Set.of("receive", "get", "draw", "win", "obtain", "secure",
      "attract", "face");
  /** Verbs of getting arms or aid from someone: the one it comes from gives it ("procured drones from Iran"). */
  private static final Set<String> ACQUIRE_VERBS = Set.of("procure", "buy", "purchase", "acquire", "obtain", "receive");
  /** "Iraq relied on Iranian support": the one relying on an act of help receives it. */
  private static final Set<String> RELY_VERBS = Set.of("rely", "depend", "count", "draw");
  /** Verbs of command, and what they may command someone to stop doing. */
  private static final Set<String> ORDER_VERBS = Set.of("order", "force", "compel");
  private static final Set<String> STOP_VERBS = Set.of("suspend", "stop", "close", "halt", "cease", "shut", "leave",
      "vacate", "disband", "evacuate", "quit", "abandon", "end");
  /** Places one visits that are no one to meet: "visited the shrine of Imam Kadhim", "toured a refugee camp". */
  private static final Set<String> PLACE_NOUNS = Set.of("shrine", "mosque", "church", "temple", "synagogue", "site",
      "tomb", "grave", "memorial", "mausoleum", "cemetery", "monument", "museum", "hospital", "camp", "school",
      "factory", "plant", "village", "town", "city", "area", "region", "border", "front", "frontline", "ruins");
  /** Nouns for those against someone: "opponents of the ruling party" protest the party. */
  private static final Set<String> OPPONENT_NOUNS = Set.of("opponent", "critic", "enemy", "foe", "rival", "adversary");
  /** Verbs that seek what follows "for": "looking for support", "hoping for a deal". */
  private static final Set<String> SEEK_VERBS = Set.of("look", "hope", "wait", "push", "press", "lobby", "appeal", "call");
  /** Prepositions before an agreement noun that refer to an agreement made before: "from the deal", "under it". */
  private static final Set<String> AGREEMENT_REFERENCES = Set.of("from", "under", "of", "in", "to", "within", "despite");
  private static final Set<String> FIRE_VERBS = Set.of("fire", "launch", "test-fire");
  private static final Set<String> SHOW_VERBS = Set.of("demonstrate");
  /**
   * Verbs of refusing or warning that make no event of their own without someone they are aimed at when what they
   * govern is no event either: "declined to provide details", "warned that the outage threatens the hostages".
   */
  private static final Set<String> AIMLESS_WITHOUT_TARGET = Set.of("decline", "refuse", "warn");
  private static final Set<String> WITHDRAW_VERBS = Set.of("withdraw", "pull", "recall", "ship");
  private static final Set<String> FIRST_PERSON = Set.of("we", "i");
  private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him");
  /** Verbs of talking whose object is what is talked about, not whom ("discussed the pullout"). */
  private static final Set<String> TOPIC_VERBS = Set.of("discuss", "negotiate", "debate", "mediate");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my");
  private static final Set<String> PLACE_NER = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");

  private final PloverLexicon lexicon;
  private final EventDater dater = new EventDater();

  /** An extractor over {@code lexicon}. */
  public EventExtractor(PloverLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** An extractor over the bundled lexicon. */
  public static EventExtractor withDefaultLexicon() {
    return new EventExtractor(PloverLexicon.loadDefault());
  }

  /** The events of {@code article}, in sentence order; never null. */
  public List<EventFinding> find(ResolvedArticle article) {
    return find(article, List.of());
  }

  /**
   * The events of {@code article}, in sentence order, reading "we" and "I" inside an attributed quotation of
   * {@code quotes} as its speaker ("'We have agreed to exchange prisoners,' Umerov said").
   */
  public List<EventFinding> find(ResolvedArticle article, List<Quote> quotes) {
    List<Quote> spoken = quotes.stream().filter(q -> q.speaker() != null).toList();
    Map<String, Actor> actors = new HashMap<>();
    for (Actor a : article.actors()) actors.put(a.id(), a);
    Map<Integer, List<ActorRef>> refs = new HashMap<>();
    for (ActorRef r : article.refs()) refs.computeIfAbsent(r.sentence(), k -> new ArrayList<>()).add(r);
    PartialDate published = article.article().published();
    List<EventFinding> out = new ArrayList<>();
    EventDater.Context context = new EventDater.Context();
    Salience salience = new Salience();
    for (Sentence s : article.annotated().sentences()) {
      if (s.tokens().isEmpty()) continue;
      ParsedSentence g = new ParsedSentence(s, refs.getOrDefault(s.index(), List.of()), actors);
      if (!s.text().strip().endsWith("?")) { // questions are not events
        out.addAll(new SentenceReader(g, published, context, salience, spoken).read());
      }
      salience.saw(g);
      context.saw(s);
    }
    return List.copyOf(out);
  }

  /**
   * The person a "he" or "she" most likely stands for: news refers back by pronoun to the person who was the subject
   * of a recent sentence ("Rouhani arrived on Monday. He then met ..."). One per article, read sentence by sentence.
   */
  static final class Salience {
    private @Nullable String person;
    private int sentence = -1;

    void saw(ParsedSentence g) {
      String subject = null;
      for (int i = 0; i < g.size() && subject == null; i++) {
        for (Dependency d : g.governors(i)) {
          if (!d.relation().startsWith("nsubj")) continue;
          String a = g.actorAt(i);
          if (a != null && g.isPerson(a)) {
            subject = a;
            break;
          }
        }
      }
      if (subject != null) {
        person = subject;
        sentence = g.sentence.index();
      }
    }

    /** The person of the last sentence (within three before {@code index}) that had a person as subject, or null. */
    @Nullable String person(int index) {
      return person != null && index - sentence <= 3 ? person : null;
    }
  }

  /** What the clauses above a trigger make of it. */
  private record Frame(EventType type, @Nullable String mode, List<Integer> nodes, int reportVerb, boolean request) {}

  /** The reading of one sentence; holds per-sentence working state, so never shared. */
  private final class SentenceReader {
    private final ParsedSentence g;
    private final @Nullable PartialDate published;
    private final Map<Integer, LexiconEntry> verbs = new LinkedHashMap<>();
    private final Map<Integer, LexiconEntry> nouns = new LinkedHashMap<>();
    private final Set<Integer> suppressed = new HashSet<>();
    private final Map<String, EventFinding> found = new LinkedHashMap<>();

    private final EventDater.Context context;
    private final Salience salience;

    private final List<Quote> spoken;

    SentenceReader(ParsedSentence g, @Nullable PartialDate published, EventDater.Context context, Salience salience,
        List<Quote> spoken) {
      this.g = g;
      this.published = published;
      this.context = context;
      this.salience = salience;
      this.spoken = spoken;
    }

    /** The speaker of the attributed quotation a first-person "we" or "I" at {@code i} stands in, or null. */
    private @Nullable String firstPerson(int i) {
      if (!FIRST_PERSON.contains(g.word(i).toLowerCase(java.util.Locale.ROOT))) return null;
      int at = g.token(i).begin();
      for (Quote q : spoken) if (q.begin() <= at && at < q.end()) return q.speaker();
      return null;
    }

    List<EventFinding> read() {
      for (int i = 0; i < g.size(); i++) {
        int t = i;
        if (g.isVerb(t) && !adjectival(t)) matchVerb(t).ifPresent(e -> verbs.put(t, e));
        else if (g.isNoun(t) && !inName(t)) matchNoun(t).ifPresent(e -> nouns.put(t, e));
      }
      Map<Integer, Frame> frames = new LinkedHashMap<>();
      for (Map.Entry<Integer, LexiconEntry> v : verbs.entrySet()) {
        Frame f = frame(v.getKey(), v.getValue().type(), v.getValue().mode());
        if (f != null) frames.put(v.getKey(), f);
      }
      for (Map.Entry<Integer, Frame> f : frames.entrySet()) {
        if (!suppressed.contains(f.getKey())) emitVerb(f.getKey(), f.getValue());
      }
      for (Map.Entry<Integer, LexiconEntry> n : nouns.entrySet()) emitNoun(n.getKey(), n.getValue());
      mustReports();
      // "Japan made a protest to North Korea, condemning the launches": the same act of the same side told twice
      // in one sentence, once with whom it aims at, once without, is one event
      List<EventFinding> out = new ArrayList<>();
      for (EventFinding f : found.values()) {
        Event e = f.event();
        boolean known = found.values().stream().map(EventFinding::event).anyMatch(o -> o != e
            && o.type() == e.type()
            && ((e.target() == null && o.target() != null && Objects.equals(o.source(), e.source()))
                || (e.source() == null && o.source() != null && Objects.equals(o.target(), e.target()))));
        if (!known) out.add(f);
      }
      return out;
    }

    /**
     * "Russia said Sudan must return the helicopter": a voiced obligation is a REQUEST from the speaker to the
     * clause's subject, even when the demanded act is no event of the lexicon.
     */
    private void mustReports() {
      for (int r = 0; r < g.size(); r++) {
        if (lexicon.control(g.lemma(r)).filter(c -> c == Control.REPORT).isEmpty() || !g.isVerb(r)) continue;
        for (int c : g.children(r, "ccomp")) {
          if (verbs.containsKey(c)) continue; // framed with its trigger
          boolean must = g.auxAndMarks(c).stream().anyMatch(OBLIGATION::contains);
          for (int x : g.children(c, "xcomp")) must |= needTo(x) && g.lemma(c).equals("need");
          if (!must || g.negated(c)) continue;
          emit(new Frame(EventType.REQUEST, null, List.of(c), r, true), c, subjects(r), subjects(c), false);
        }
      }
    }

    /** "Popular Mobilization Forces", "Rapid Support Forces": a capitalised word of an actor's name is no event. */
    private boolean inName(int i) {
      String w = g.token(i).word();
      return g.actorAt(i) != null && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** "Iran-backed militias", "the wanted man": participles used as adjectives report no event. */
    private boolean adjectival(int i) {
      Dependency h = g.head(i);
      return h != null && h.relation().equals("amod");
    }

    private Optional<LexiconEntry> matchVerb(int v) {
      if (ORDER_VERBS.contains(g.lemma(v))
          && g.children(v, "xcomp").stream().anyMatch(c -> STOP_VERBS.contains(g.lemma(c)))) {
        // "ordered the newspaper to suspend publication": an order to stop is coercion, not a request
        return Optional.of(new LexiconEntry(EventType.COERCE, "ban", false, g.lemma(v), null, Set.of(), Set.of(),
            Set.of()));
      }
      if (SHOW_VERBS.contains(g.lemma(v)) && g.hasChild(v, "obj")) {
        return Optional.empty(); // "demonstrated its readiness": shown, not a demonstration
      }
      for (LexiconEntry e : lexicon.verbs(g.lemma(v))) {
        if (e.particle() != null && g.children(v, "compound:prt").stream()
            .noneMatch(p -> g.word(p).equals(e.particle()))) continue;
        if (!e.objects().isEmpty()) {
          List<Integer> objs = new ArrayList<>(g.children(v, "obj"));
          objs.addAll(g.children(v, "nsubj:pass"));
          if (objs.stream().noneMatch(o -> objectNamed(o, e.objects()))) continue;
        }
        if (!e.preps().isEmpty() && g.children(v).stream().noneMatch(d -> prepOf(d, e.preps()))) continue;
        return Optional.of(e);
      }
      return Optional.empty();
    }

    /** "sanctions", "mediation efforts", "a state of siege": the object or the noun that qualifies it. */
    private boolean objectNamed(int o, Set<String> lemmas) {
      if (lemmas.contains(g.lemma(o)) || lemmas.contains(g.word(o))) return true;
      for (String w : hyphenated(o)) if (lemmas.contains(w)) return true;
      for (int m : g.children(o, "compound")) if (lemmas.contains(g.lemma(m))) return true;
      for (int m : g.children(o, "nmod:of")) if (lemmas.contains(g.lemma(m))) return true;
      if (g.pos(o).equals("DT")) { // "evacuated the wounded": an adjective used as a noun hangs off its article
        for (int m : g.children(o, "amod")) if (lemmas.contains(g.lemma(m)) || lemmas.contains(g.word(m))) return true;
      }
      return false;
    }

    private boolean prepOf(Dependency d, Set<String> preps) {
      String r = d.relation();
      int colon = r.indexOf(':');
      if (colon > 0 && (r.startsWith("obl") || r.startsWith("nmod") || r.startsWith("advcl"))
          && preps.contains(r.substring(colon + 1))) {
        return true; // "insisted on talks", "insisted on including ..."
      }
      // "called on X to grant ...", parsed as a clause marked "on" whose subject is X
      if (r.startsWith("advcl") && g.markedBy(d.dependent(), preps)) return true;
      return r.equals("compound:prt") && preps.contains(g.word(d.dependent()));
    }

    /**
     * "cease-fire", which the tokenizer splits into "cease", "-", "fire": the word as written and without its
     * hyphen, for lexicon lookups; empty when {@code i} ends no hyphenated word.
     */
    private List<String> hyphenated(int i) {
      for (int c : g.children(i, "compound")) {
        if (c == i - 2 && g.word(i - 1).equals("-")) {
          String joined = g.lemma(c) + "-" + g.lemma(i);
          return List.of(joined, joined.replace("-", ""));
        }
      }
      return List.of();
    }

    private Optional<LexiconEntry> matchNoun(int n) {
      List<LexiconEntry> entries = new ArrayList<>(lexicon.nouns(g.lemma(n)));
      for (String w : hyphenated(n)) if (entries.isEmpty()) entries.addAll(lexicon.nouns(w));
      for (LexiconEntry e : entries) {
        if (!e.modifiers().isEmpty()) {
          List<Integer> mods = new ArrayList<>(g.children(n, "compound"));
          mods.addAll(g.children(n, "amod"));
          if (mods.stream().noneMatch(m -> e.modifiers().contains(g.lemma(m)))) continue;
        }
        if (!e.preps().isEmpty() && g.children(n).stream().noneMatch(d -> prepOf(d, e.preps()))) continue;
        return Optional.of(e);
      }
      return Optional.empty();
    }

    /**
     * Walks up from a trigger through the clauses that govern it and decides what event, if any, it reports. Null
     * when it reports none: denied, hoped for, conditional, possible, negated in the past, or already stated by the
     * governing verb ("threatened to cut").
     */
    private @Nullable Frame frame(int v, EventType type, @Nullable String mode) {
      List<Integer> nodes = new ArrayList<>(List.of(v));
      boolean future = false, intent = false, negated = false, obligation = false, unless = false, ongoing = false;
      int report = -1;
      int cur = v;
      for (int steps = 0; steps < 8; steps++) {
        Set<String> aux = g.auxAndMarks(cur);
        if (aux.stream().anyMatch(POSSIBLE::contains)) return null;
        future |= aux.stream().anyMatch(FUTURE::contains);
        obligation |= aux.stream().anyMatch(OBLIGATION::contains) || needTo(cur);
        negated |= g.negated(cur) || noneTakesPart(cur);
        unless |= hasCondition(cur, "unless");
        Dependency h = g.head(cur);
        if (h == null || h.governor() < 0) break;
        int gv = h.governor();
        String rel = h.relation();
        if (rel.startsWith("conj")) {
          cur = gv;
          nodes.add(gv);
          continue;
        }
        if ((rel.startsWith("advcl") || rel.equals("xcomp")) && g.lemma(gv).equals("look")
            && g.children(gv, "advmod").stream().anyMatch(a -> g.word(a).equalsIgnoreCase("forward"))) {
          // "looks forward to strengthening cooperation": an intent, like "plans to"
          intent = true;
          suppressed.add(gv);
          nodes.add(gv);
          cur = gv;
          continue;
        }
        if (rel.startsWith("advcl")) {
          if (aux.stream().anyMatch(CONDITION::contains)) return null; // "if they attack": hypothetical
          if (aux.contains("to") && (verbs.containsKey(gv) || nouns.containsKey(gv))) return null; // purpose of another event
          break;
        }
        // "calls for US troops to withdraw", "a threat to strike", "willingness to talk": a noun's content clause
        boolean content = (rel.equals("acl") || rel.equals("acl:to")) && g.isNoun(gv) && aux.contains("to");
        if (!(rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("csubj") || content)) break;
        Optional<Control> control = lexicon.control(g.lemma(gv));
        if (control.isEmpty() && rel.equals("xcomp")) {
          // "made a threat to attack", "expressed willingness to talk": the object noun governs the clause
          for (int o : g.children(gv, "obj")) {
            Optional<Control> oc = lexicon.control(g.lemma(o));
            if (oc.isPresent() && g.isNoun(o)) {
              control = oc;
              if (oc.get() == Control.INTENT) {
                nodes.add(o);
                suppressed.add(gv);
              }
              break;
            }
          }
        }
        if (content && control.isEmpty()) {
          if (nouns.containsKey(gv)) return null; // the noun's own event tells it
          break;
        }
        if (control.isEmpty() && rel.equals("csubj") && !g.children(cur, "nsubj").isEmpty()) {
          break; // a clause with a subject of its own parsed as a clausal subject ("A has X-ed and B has Y-ed")
        }
        if (control.isEmpty()) {
          if (verbs.containsKey(gv)) return null; // "sent troops to fight": the sending is the event
          break;
        }
        switch (control.get()) {
          case INTENT -> {
            // "is set to travel", "is expected to meet": a schedule tells what will happen, like "will"
            if (SCHEDULE.contains(g.lemma(gv))) future = true;
            else intent = true;
            suppressed.add(gv); // its own entry ("offered") is now this event
            nodes.add(gv);
            cur = gv;
          }
          case TRANSPARENT -> {
            // "would continue to support": what goes on already is no mere promise
            ongoing |= ONGOING.contains(g.lemma(gv));
            nodes.add(gv);
            cur = gv;
          }
          case REPORT -> {
            report = gv;
            steps = 99;
          }
          default -> {
            return null; // AGREE, THREAT, REFUSE, DEMAND, GOAL, DENY: the governing verb says what happened
          }
        }
        if (report >= 0) break;
      }
      if (obligation) {
        // "X said Y must leave" demands that Y leave; an obligation nobody voices is no event
        return report >= 0 ? new Frame(EventType.REQUEST, null, nodes, report, true) : null;
      }
      boolean present = nodes.stream().anyMatch(this::presentTense);
      if (negated) {
        return COOPERATIVE.contains(type) && (future || intent || present)
            ? new Frame(EventType.REJECT, null, nodes, report, false) : null;
      }
      if ((future || intent) && !ongoing) {
        if (unless || HOSTILE.contains(type)) return new Frame(EventType.THREATEN, null, nodes, report, false);
        if (MATERIAL_COOPERATION.contains(type) || (intent && type == EventType.CONSULT)) {
          return new Frame(EventType.AGREE, null, nodes, report, false);
        }
      }
      return new Frame(type, mode, nodes, report, false);
    }

    /**
     * "fighting between forces aligned with X and the RSF": when the parser hangs the second side of "between A and
     * B" inside the first, the actor of the last "and" conjunct below it.
     */
    private List<String> otherSide(List<Integer> between, String first) {
      String found = null;
      for (List<Dependency> level : g.levelsBelow(between, 6)) {
        for (Dependency d : level) {
          if (!d.relation().equals("conj:and")) continue;
          String a = g.actorOfPhrase(d.dependent());
          if (a != null && !a.equals(first) && !g.isPlace(a)) found = a;
        }
      }
      return found == null ? List.of() : List.of(found);
    }

    /** Whether none of the clauses {@code v} governs holds an event of the lexicon. */
    private boolean governsNoEvent(int v) {
      for (Dependency d : g.children(v)) {
        String r = d.relation();
        if ((r.equals("xcomp") || r.equals("ccomp") || r.startsWith("advcl")) && verbs.containsKey(d.dependent())) {
          return false;
        }
      }
      return true;
    }

    /** Whether {@code v}'s object is a place that is no actor: "visited the shrine", "toured the camp". */
    private boolean visitsAPlace(int v) {
      List<Integer> objects = g.children(v, "obj");
      return !objects.isEmpty() && objects.stream().allMatch(o -> g.actorAt(o) == null && PLACE_NOUNS.contains(g.lemma(o)));
    }

    /** "no funds were released", "no one attacked": a subject or object with "no" negates the clause. */
    private boolean noneTakesPart(int v) {
      for (Dependency d : g.children(v)) {
        String r = d.relation();
        if (!(r.startsWith("nsubj") || r.equals("obj"))) continue;
        for (int det : g.children(d.dependent(), "det")) if (g.word(det).equals("no")) return true;
        if (g.word(d.dependent()).equals("nobody") || g.word(d.dependent()).equals("none")) return true;
      }
      return false;
    }

    private boolean presentTense(int v) {
      String p = g.pos(v);
      if (p.equals("VBZ") || p.equals("VBP")) return true;
      return g.children(v, "aux").stream().anyMatch(a -> g.pos(a).equals("VBZ") || g.pos(a).equals("VBP"));
    }

    /** "needs to", "has to" above a verb: an obligation like "must". */
    private boolean needTo(int v) {
      Dependency h = g.head(v);
      if (h == null || h.governor() < 0 || !h.relation().equals("xcomp")) return false;
      String l = g.lemma(h.governor());
      return l.equals("need") || (l.equals("have") && g.auxAndMarks(v).contains("to"));
    }

    private boolean hasCondition(int v, String mark) {
      for (int c : g.children(v, "advcl:")) if (g.auxAndMarks(c).contains(mark)) return true;
      for (int c : g.children(v, "advcl")) if (g.auxAndMarks(c).contains(mark)) return true;
      return false;
    }

    private void emitVerb(int v, Frame f) {
      List<String> sources;
      List<String> targets;
      if (f.request()) {
        sources = subjects(f.reportVerb());
        targets = subjects(v);
      } else if (f.type() == EventType.AID && ACQUIRE_VERBS.contains(g.lemma(v))) {
        sources = withoutPlaces(g.actorsOf(g.children(v, "obl:from")));
        targets = new ArrayList<>();
        for (int node : f.nodes()) {
          targets = subjects(node);
          if (!targets.isEmpty()) break;
        }
        if (targets.isEmpty()) targets = controller(f.nodes().get(f.nodes().size() - 1));
      } else {
        sources = new ArrayList<>();
        for (int node : f.nodes()) {
          sources = subjects(node);
          if (!sources.isEmpty()) break;
        }
        if (sources.isEmpty() && f.reportVerb() >= 0 && f.nodes().stream().anyMatch(this::pronounSubject)) {
          sources = subjects(f.reportVerb()); // "X said it will ...": no pronoun resolution, the speaker is the doer
        }
        if (sources.isEmpty()) sources = controller(f.nodes().get(f.nodes().size() - 1));
        if (sources.isEmpty() && "arrest".equals(f.mode()) && g.passive(v)) {
          // "several protesters have been arrested": the police the article names, when it names one police force
          List<String> police = g.articleActors().stream().filter(a -> "COP".equals(a.sector())).map(Actor::id).toList();
          if (police.size() == 1) sources = police;
        }
        if (sources.isEmpty()) {
          // "Hamas expressed willingness to talk": the intent noun's owner or its verb's subject
          for (int node : f.nodes()) {
            if (!g.isNoun(node)) continue;
            sources = withoutPlaces(g.actorsOf(g.children(node, "nmod:poss")));
            Dependency nh = g.head(node);
            if (sources.isEmpty() && nh != null && nh.governor() >= 0 && nh.relation().equals("obj")) {
              sources = subjects(nh.governor());
            }
            if (!sources.isEmpty()) break;
          }
        }
        EventType base = verbs.containsKey(v) ? verbs.get(v).type() : f.type();
        // "will withdraw inspectors from Iraq": what is withdrawn is moved, the act is aimed at where it leaves
        boolean withdrawal = base == EventType.SANCTION && WITHDRAW_VERBS.contains(g.lemma(v));
        boolean theme = THEME_OBJECT.contains(base) || THEME_OBJECT.contains(f.type()) || withdrawal;
        targets = new ArrayList<>();
        for (int node : f.nodes()) {
          targets = TOPIC_VERBS.contains(g.lemma(node)) ? partners(node) : targets(node, theme);
          if (!targets.isEmpty()) break;
        }
        if (targets.isEmpty() && f.type() == EventType.CONSULT && sources.size() > 1 && !g.passive(v)
            && !g.lemma(v).equals("mediate")) {
          // "A and B met": they met each other
          targets = new ArrayList<>(sources.subList(1, sources.size()));
          sources = new ArrayList<>(sources.subList(0, 1));
        }
        if (targets.isEmpty()) targets = clauseTargets(v, f.type());
        if (targets.isEmpty() && theme) targets = withoutOwn(purposeTargets(f.nodes()), sources);
        if (targets.isEmpty() && f.type() == EventType.ASSAULT && FIRE_VERBS.contains(g.lemma(v))
            && placeActors(f.nodes()).isEmpty()) {
          // "fired two missiles", "the missiles were fired from X": a launch at no one is a show of force
          f = new Frame(EventType.MOBILIZE, null, f.nodes(), f.reportVerb(), false);
        }
        if (targets.isEmpty() && (PLACE_TARGETED.contains(f.type()) || PLACE_TARGETED.contains(base))) {
          List<String> places = placeActors(f.nodes());
          if (places.isEmpty() && f.type() == EventType.PROTEST) places = ownGovernment(sources);
          emit(f, v, sources, places, true);
          return;
        }
        if (targets.isEmpty() && theme) targets = withoutOwn(placeActors(f.nodes()), sources);
        if (targets.isEmpty() && f.type() == EventType.CONSULT
            && f.nodes().stream().anyMatch(node -> TOPIC_VERBS.contains(g.lemma(node)))) {
          return; // "X discussed the decision", "the talks are mediated by X": a topic, no one talked with
        }
        if (targets.isEmpty() && AIMLESS_WITHOUT_TARGET.contains(g.lemma(v)) && governsNoEvent(v)) {
          return;
        }
        if (f.type() == EventType.CONSULT && visitsAPlace(v)) {
          return; // "visited the shrine of Imam Kadhim": a place, and whom it is named after, is no one met
        }
      }
      emit(f, v, sources, targets, false);
    }

    /**
     * The doer of an infinitive with no subject of its own: the object of the verb it completes ("pressed Iran to
     * help"), else that verb's subject ("mobilized groups to help support X", "is willing to send aid to help defend
     * X"), walking up through such infinitives; for a participle modifying a noun, that noun ("demonstrators
     * protesting the result").
     */
    private List<String> controller(int v) {
      int cur = v;
      for (int steps = 0; steps < 4; steps++) {
        if (g.hasChild(cur, "nsubj") || g.hasChild(cur, "nsubj:pass")) {
          // "X said it made a protest, condemning ...": the pronoun stands for the speaker
          Dependency ch = g.head(cur);
          if (steps > 0 && pronounSubject(cur) && ch != null && ch.governor() >= 0 && ch.relation().equals("ccomp")
              && lexicon.control(g.lemma(ch.governor())).filter(k -> k == Control.REPORT).isPresent()) {
            return subjects(ch.governor());
          }
          return List.of();
        }
        Dependency h = g.head(cur);
        if (h == null || h.governor() < 0) return List.of();
        int gv = h.governor();
        boolean infinitive = g.auxAndMarks(cur).contains("to");
        if (h.relation().equals("acl") && !infinitive) {
          if (cur > 0 && g.word(cur - 1).equals(",")) {
            // "Japan summoned the envoy, accusing China ...": set off by a comma, it tells what the clause's doer did
            int up = gv;
            for (int k = 0; k < 4 && up >= 0 && !g.isVerb(up); k++) {
              Dependency uh = g.head(up);
              up = uh == null ? -1 : uh.governor();
            }
            if (up < 0) return List.of();
            List<String> doers = subjects(up);
            if (!doers.isEmpty()) return doers;
            cur = up;
            continue;
          }
          return withoutPlaces(g.actorsOf(List.of(gv))); // "demonstrators protesting ...": the noun it modifies
        }
        if (h.relation().equals("xcomp")) {
          List<String> objects = g.actorsOf(g.children(gv, "obj"));
          if (!objects.isEmpty()) return objects;
        } else if (!(h.relation().startsWith("advcl") && (infinitive || participle(cur)))
            // "protesters gathered ..., blocking the main street", when the parser leaves the participle a bare "dep"
            && !(h.relation().equals("dep") && participle(cur) && cur > 0 && g.word(cur - 1).equals(","))) {
          return List.of();
        }
        List<String> s = subjects(gv);
        if (!s.isEmpty()) return s;
        cur = gv;
      }
      return List.of();
    }

    /** "..., condemning the launches": a present participle with no marker, done by the main clause's subject. */
    private boolean participle(int v) {
      return g.pos(v).equals("VBG") && g.auxAndMarks(v).isEmpty();
    }

    /** Targets of a verb that governs a clause: "threatened to cut power to X", "demanded that X leave". */
    private List<String> clauseTargets(int v, EventType type) {
      for (int c : g.children(v, "xcomp")) {
        List<String> t = targets(c);
        if (t.isEmpty() && verbs.containsKey(c) && PLACE_TARGETED.contains(verbs.get(c).type())) {
          t = placeActors(List.of(c)); // "threatened to impose a curfew in X"
        }
        if (!t.isEmpty()) return t;
      }
      if (type == EventType.REQUEST || type == EventType.REJECT) {
        List<Integer> clauses = new ArrayList<>(g.children(v, "ccomp"));
        for (Dependency d : g.children(v)) {
          // "called on X to grant ...", parsed as a clause marked "on" whose subject is X
          if (d.relation().startsWith("advcl") && g.markedBy(d.dependent(), Set.of("on", "upon"))) {
            clauses.add(d.dependent());
          }
        }
        for (int c : clauses) {
          List<String> t = subjects(c);
          if (!t.isEmpty()) return t;
        }
        List<String> t = g.actorsOf(g.children(v, "obl:from"));
        if (!t.isEmpty()) return t;
      }
      return List.of();
    }

    private boolean pronounSubject(int v) {
      for (int s : g.children(v, "nsubj")) if (PRONOUNS.contains(g.word(s))) return true;
      for (int s : g.children(v, "nsubj:pass")) if (PRONOUNS.contains(g.word(s))) return true;
      for (int s : g.children(v, "nsubj:xsubj")) if (PRONOUNS.contains(g.word(s))) return true;
      return false;
    }

    /** Who does what {@code v} says: its subject, or the agent of a passive. */
    private List<String> subjects(int v) {
      if (v < 0) return List.of();
      List<Integer> heads = new ArrayList<>();
      if (g.passive(v)) {
        heads.addAll(g.children(v, "obl:agent"));
        heads.addAll(g.children(v, "obl:by"));
      } else {
        heads.addAll(g.children(v, "nsubj"));
        heads.addAll(g.children(v, "nsubj:xsubj"));
      }
      List<Integer> doers = new ArrayList<>();
      for (int h : heads) {
        if (g.actorAt(h) == null && g.isNoun(h) && !lexicon.nouns(g.lemma(h)).isEmpty()) {
          // "an attack on an Iraqi base killed ...": an event noun subject is done by its doer, not its target
          for (Dependency d : g.children(h)) if (NOUN_DOERS.contains(d.relation())) doers.add(d.dependent());
        } else {
          doers.add(h);
        }
      }
      heads = doers;
      List<String> found = withoutPlaces(g.actorsOf(heads));
      if (found.isEmpty()) {
        for (int h : heads) {
          String p = personalPronoun(h);
          if (p == null) p = firstPerson(h);
          if (p != null) return List.of(p);
        }
      }
      return found;
    }

    /**
     * The person a "he"/"she" at {@code i} stands for: the last person named before it in the sentence, else the
     * person who was the subject of a recent sentence; null for other words.
     */
    private @Nullable String personalPronoun(int i) {
      String w = g.word(i);
      if (!PERSONAL_PRONOUNS.contains(w)) return null;
      for (int j = i - 1; j >= 0; j--) {
        String a = g.actorAt(j);
        if (a != null && g.isPerson(a)) return a;
      }
      return salience.person(g.sentence.index());
    }

    private List<String> targets(int v) {
      return targets(v, false);
    }

    /**
     * Whom {@code v} is done to: the object (subject of a passive), else the actor of an oblique phrase. With
     * {@code theme}, an object naming forces or the doer's own belongings ("withdrew its troops from X", "sent
     * soldiers to X") is what is moved, not whom the act is aimed at: the target is then the actor of the oblique
     * phrase on the verb or on that object.
     */
    private List<String> targets(int v, boolean theme) {
      for (List<String> rels : TARGET_RELATIONS) {
        List<Integer> heads = new ArrayList<>();
        for (String r : rels) {
          List<Integer> hs = new ArrayList<>();
          if (r.equals("obj") && g.passive(v)) hs.addAll(g.children(v, "nsubj:pass"));
          hs.addAll(g.children(v, r));
          if (theme && r.equals("obj")) {
            for (int h : hs) {
              if (!themeObject(h)) heads.add(h);
              else for (String m : THEME_MODIFIERS) heads.addAll(g.children(h, m));
            }
          } else {
            heads.addAll(hs);
          }
        }
        List<String> actors = g.actorsOf(heads);
        if (actors.isEmpty()) {
          for (int h : heads) {
            String p = personalPronoun(h);
            if (p != null) actors.add(p);
          }
        }
        if (!actors.isEmpty()) return actors;
      }
      // "ended mediation between A and B": the sides of the act's object
      List<Integer> between = new ArrayList<>();
      for (int o : g.children(v, "obj")) between.addAll(g.children(o, "nmod:between"));
      return g.actorsOf(between);
    }

    /**
     * Whom a deployment or a gift is for: the target of its purpose ("sent aid to help defend X", "mobilized
     * reservists for a war against X").
     */
    private List<String> purposeTargets(List<Integer> nodes) {
      List<Integer> frontier = new ArrayList<>(nodes);
      for (int depth = 0; depth < 2; depth++) {
        List<Integer> next = new ArrayList<>();
        for (int v : frontier) {
          for (Dependency d : g.children(v)) {
            int c = d.dependent();
            boolean purpose = d.relation().equals("xcomp")
                || (d.relation().startsWith("advcl") && g.auxAndMarks(c).contains("to"))
                || (depth > 0 && (d.relation().equals("ccomp") || d.relation().equals("dep"))); // "help (to) defend X"
            List<Integer> clauses = new ArrayList<>();
            if (purpose && g.isVerb(c)) clauses.add(c);
            if (d.relation().equals("obj")) { // "sent troops to help defend X"
              for (Dependency a : g.children(c)) {
                if (a.relation().startsWith("acl") && !a.relation().equals("acl:relcl") && g.isVerb(a.dependent())
                    && g.auxAndMarks(a.dependent()).contains("to")) {
                  clauses.add(a.dependent());
                }
              }
            }
            for (int k : clauses) {
              if (nodes.contains(k)) continue; // the event's own words ("willing to send")
              List<String> t = targets(k, true);
              if (!t.isEmpty()) return t;
              next.add(k);
            }
            if (d.relation().equals("obl:for")) {
              List<String> t = g.actorsOf(g.children(c, "nmod:against"));
              if (!t.isEmpty()) return t;
            }
          }
        }
        frontier = next;
      }
      return List.of();
    }

    /** Whom one talks with: the actor of a "with" phrase (the object of "discuss" is a topic). */
    private List<String> partners(int v) {
      List<String> with = g.actorsOf(g.children(v, "obl:with"));
      if (!with.isEmpty()) return with;
      // "discussed X in meetings with Y"
      List<Integer> heads = new ArrayList<>();
      for (Dependency d : g.children(v)) {
        if (d.relation().startsWith("obl:")) heads.addAll(g.children(d.dependent(), "nmod:with"));
      }
      if (!heads.isEmpty()) return g.actorsOf(heads);
      // the parser may hang "in meetings with Y" deep inside the topic: the nearest meeting nouns below the verb
      for (List<Dependency> level : g.levelsBelow(List.of(v), 5)) {
        for (Dependency d : level) {
          int c = d.dependent();
          if (g.isNoun(c) && lexicon.nouns(g.lemma(c)).stream().anyMatch(x -> x.type() == EventType.CONSULT)) {
            heads.addAll(g.children(c, "nmod:with"));
          }
        }
        if (!heads.isEmpty()) break;
      }
      return g.actorsOf(heads);
    }

    /** "its troops", "army reservists", "an embassy": what a deployment, withdrawal or gift moves or sets up. */
    private boolean themeObject(int h) {
      if (g.pos(h).startsWith("NNP")) return false; // a named force ("the Popular Mobilization Forces") is someone
      if (THEME_NOUNS.contains(g.lemma(h)) || THEME_NOUNS.contains(g.word(h))) return true;
      for (Dependency d : g.children(h)) {
        if ((d.relation().equals("nmod:poss") || d.relation().equals("det:poss"))
            && POSSESSIVE_PRONOUNS.contains(g.word(d.dependent()))) {
          return true;
        }
      }
      return false;
    }

    private List<String> withoutOwn(List<String> ids, List<String> sources) {
      List<String> r = new ArrayList<>(ids);
      r.removeAll(sources);
      return r;
    }

    private List<String> withoutPlaces(List<String> ids) {
      List<String> r = new ArrayList<>();
      for (String id : ids) if (!g.isPlace(id)) r.add(id);
      return r;
    }

    private void emitNoun(int n, LexiconEntry e) {
      if (e.type() == EventType.AGREE && g.children(n, "case").stream().anyMatch(c -> AGREEMENT_REFERENCES.contains(g.word(c)))) {
        return; // "withdrew from Tehran's nuclear deal", "under the accord": an agreement referred to, not made
      }
      Dependency h = g.head(n);
      int gov = h == null ? -1 : h.governor();
      boolean light = gov >= 0 && h.relation().equals("obj") && lexicon.isLight(g.lemma(gov));
      List<String> sources = new ArrayList<>();
      List<String> targets = new ArrayList<>();
      List<Integer> between = new ArrayList<>(g.children(n, "nmod:between"));
      if (between.isEmpty() && (e.type() == EventType.AGREE || e.type() == EventType.CONSULT)) {
        // "the agreement on a prisoner exchange between Russia and Ukraine": the sides of what was agreed
        for (String r : List.of("nmod:on", "nmod:of", "nmod:for")) {
          for (int c : g.children(n, r)) between.addAll(g.children(c, "nmod:between"));
        }
      }
      if (!between.isEmpty()) {
        List<String> sides = new ArrayList<>(g.actorsOf(between));
        if (sides.size() == 1) sides.addAll(otherSide(between, sides.get(0)));
        if (!sides.isEmpty()) {
          sources.add(sides.get(0));
          targets.addAll(sides.subList(1, sides.size()));
        }
      }
      List<String> opposed = new ArrayList<>();
      for (String r : NOUN_SOURCES) {
        if (r.equals("nmod:from") && e.type() == EventType.RETREAT) continue; // "withdrawal from Gaza": the place left
        if (r.equals("nsubj") && g.children(n, "case").stream().anyMatch(c -> g.word(c).equals("under"))) {
          continue; // "X is under attack": X suffers it
        }
        for (int head : g.children(n, r)) {
          if (OPPONENT_NOUNS.contains(g.lemma(head))) {
            // "protests by opponents of the ruling party": the party is whom they protest, not who protests
            for (String a : g.actorsOf(g.children(head, "nmod:of"))) if (!g.isPlace(a)) opposed.add(a);
            String own = g.actorAt(head);
            if (own != null && !sources.contains(own)) sources.add(own);
            continue;
          }
          for (String a : g.actorsOf(List.of(head))) if (!g.isPlace(a) && !sources.contains(a)) sources.add(a);
        }
      }
      for (String a : opposed) if (!targets.contains(a)) targets.add(a);
      List<String> movers = new ArrayList<>(); // "withdrawal of US forces": the doer when no one else is named
      for (String r : NOUN_TARGETS) {
        List<Integer> heads = g.children(n, r);
        if (r.equals("nmod:of") && THEME_OBJECT.contains(e.type())) {
          // "the withdrawal of US forces from Iraq": the forces withdraw; the act is aimed at Iraq
          List<Integer> kept = new ArrayList<>();
          for (int of : heads) {
            if (!themeObject(of)) {
              kept.add(of);
              continue;
            }
            for (String a : g.actorsOf(List.of(of))) if (!g.isPlace(a)) movers.add(a);
            for (String m : THEME_MODIFIERS) kept.addAll(g.children(of, m));
          }
          heads = kept;
        }
        for (String a : g.actorsOf(heads)) if (!sources.contains(a) && !targets.contains(a)) targets.add(a);
      }
      if (THEME_OBJECT.contains(e.type())) {
        for (String r : e.type() == EventType.RETREAT ? List.of("nmod:from", "nmod:in") : List.of("nmod:in", "nmod:into")) {
          for (String a : g.actorsOf(g.children(n, r))) if (!sources.contains(a) && !targets.contains(a)) targets.add(a);
        }
      }
      if (targets.isEmpty() && e.type() == EventType.REQUEST) {
        // "its demand that Israel ease restrictions": the demand is aimed at the clause's subject
        for (Dependency d : g.children(n)) {
          if (d.relation().startsWith("acl") || d.relation().equals("ccomp") || d.relation().equals("dep")) {
            targets.addAll(subjects(d.dependent()));
          }
        }
      }
      if (sources.isEmpty() && !light && gov >= 0 && h.relation().equals("obj")
          && RECEIVE_VERBS.contains(g.lemma(gov))) {
        // "Iraq received aid from Iran", "the plan drew criticism from Iran": the giver does it to the receiver
        sources.addAll(withoutPlaces(g.actorsOf(g.children(gov, "obl:from"))));
        if (!sources.isEmpty() && targets.isEmpty()) targets.addAll(subjects(gov));
      }
      if (targets.isEmpty() && gov >= 0 && (h.relation().equals("obl:on") || h.relation().equals("obl:upon"))
          && RELY_VERBS.contains(g.lemma(gov))) {
        targets.addAll(subjects(gov)); // "Iraq has relied on Iranian support": the one relying receives it
      }
      if (targets.isEmpty()) {
        // "a threat to attack Israel", "made an offer to help Iraq": whom the announced act is aimed at
        List<Integer> content = new ArrayList<>();
        for (Dependency d : g.children(n)) if (d.relation().startsWith("acl") && !d.relation().equals("acl:relcl")) content.add(d.dependent());
        if (light) content.addAll(g.children(gov, "xcomp"));
        for (int c : content) {
          if (!g.isVerb(c)) continue;
          targets.addAll(targets(c));
          if (!targets.isEmpty()) break;
        }
      }
      Frame f;
      if (light) {
        if (verbs.containsKey(gov)) return; // the verb entry ("imposed sanctions") already tells it
        f = frame(gov, e.type(), e.mode());
        if (f == null) return;
        List<String> subj = subjects(gov);
        for (String s : subj) if (!sources.contains(s)) sources.add(0, s);
        if (targets.isEmpty()) targets = new ArrayList<>(targets(gov));
      } else {
        if (sources.isEmpty() && targets.isEmpty()) return; // a bare "the attack": too vague to code
        if (gov >= 0 && blocked(gov)) return;
        f = new Frame(e.type(), e.mode(), List.of(n), reportAbove(n), false);
        if (gov >= 0 && g.isVerb(gov) && !verbs.containsKey(gov) && h.relation().startsWith("obj")) {
          // "would tighten the blockade": the verb's modality is the noun event's
          Frame above = frame(gov, e.type(), e.mode());
          if (above == null) return;
          List<Integer> nodes = new ArrayList<>(above.nodes());
          nodes.add(0, n);
          f = new Frame(above.type(), above.mode(), nodes, above.reportVerb(), false);
          if (sources.isEmpty()) sources.addAll(subjects(gov));
          // "..., reaffirming the ban on Israeli navigation": a participle's doer is its clause's subject
          if (sources.isEmpty()) sources.addAll(controller(gov));
        }
        if (sources.isEmpty() && gov >= 0 && g.isVerb(gov) && !verbs.containsKey(gov) && h.relation().equals("obl:with")
            && !g.passive(gov)) {
          // "the US retaliated with a strike on X", "responded with sanctions": the clause subject acts, when it is an
          // actor itself and not a thing of one ("Zarif's visit coincided with an attack")
          for (int subj : g.children(gov, "nsubj")) {
            String a = g.actorAt(subj);
            if (a != null && !g.isPlace(a)) sources.add(a);
          }
        }
        if (sources.isEmpty() && e.type() == EventType.CONSULT && gov >= 0 && g.isVerb(gov) && !verbs.containsKey(gov)
            && !h.relation().startsWith("nsubj")) {
          // "X took part in talks with Y", "X has been involved in discussions with Y": the clause subject takes part
          sources.addAll(withoutPlaces(g.actorsOf(g.children(gov, "nsubj"))));
          sources.addAll(withoutPlaces(g.actorsOf(g.children(gov, "nsubj:pass"))));
        }
      }
      if (sources.isEmpty()) sources.addAll(movers);
      targets.removeAll(sources);
      // "X's visit underscores ...", "the G20 summit": a meeting named only by one side, not held in the clause
      if (e.type() == EventType.CONSULT && f.type() == EventType.CONSULT && targets.isEmpty() && !light) return;
      emit(f, n, sources, targets, false);
    }

    /**
     * A noun event under a denial, a goal or topic ("discussed", "focused on"), a negation or a conditional is not
     * reported as having happened.
     */
    private boolean blocked(int gov) {
      if (g.negated(gov)) return true;
      // "demanded support", "rejected the deal", "threatened sanctions": what is asked for, refused or threatened
      Optional<Control> own = lexicon.control(g.lemma(gov));
      if (g.isVerb(gov) && own.isPresent() && (own.get() == Control.DEMAND || own.get() == Control.REFUSE
          || own.get() == Control.THREAT)) {
        return true;
      }
      // "a threat of sanctions", "demands for talks": the content of another event noun
      if (nouns.containsKey(gov) || (g.isNoun(gov) && !lexicon.nouns(g.lemma(gov)).isEmpty())) return true;
      if (g.auxAndMarks(gov).stream().anyMatch(a -> POSSIBLE.contains(a) || CONDITION.contains(a))) return true;
      // "Iran is looking for Iraq's continued support": sought, not given
      if (g.isVerb(gov) && SEEK_VERBS.contains(g.lemma(gov)) && !g.children(gov, "obl:for").isEmpty()) return true;
      // "discussed a withdrawal", "talks focused on ending the war and a withdrawal": a topic, not an event
      int cur = gov;
      for (int steps = 0; steps < 5 && cur >= 0; steps++) {
        Optional<Control> c = lexicon.control(g.lemma(cur));
        if (c.isPresent() && (c.get() == Control.DENY || c.get() == Control.GOAL)) return true;
        if (c.isPresent() && c.get() == Control.REPORT) return false;
        Dependency h = g.head(cur);
        cur = h == null ? -1 : h.governor();
      }
      return false;
    }

    private int reportAbove(int n) {
      int cur = n;
      for (int steps = 0; steps < 6; steps++) {
        Dependency h = g.head(cur);
        if (h == null || h.governor() < 0) return -1;
        cur = h.governor();
        if (lexicon.control(g.lemma(cur)).filter(c -> c == Control.REPORT).isPresent()) return cur;
      }
      return -1;
    }

    /**
     * Records one event per source and target pair. An actor is not its own target, except where the target is the
     * place of a domestic act ("Turkish authorities imposed a curfew in Turkey").
     */
    private void emit(Frame f, int trigger, List<String> sources, List<String> targets, boolean place) {
      // An event needs a doer; only an attack is news without one ("a rocket hit the embassy", "he was killed").
      if (sources.isEmpty() && (f.type() != EventType.ASSAULT || targets.isEmpty())) return;
      if (sources.isEmpty()) {
        // with no doer, an attack is news only for a side one can place: "three people were wounded" is not
        List<String> placed = new ArrayList<>();
        for (String t : targets) {
          Actor a = g.actor(t);
          if (a != null && a.country() != null) placed.add(t);
        }
        if (placed.isEmpty()) placed = placeActors(f.nodes());
        if (placed.isEmpty()) placed = nestedPlace(f.nodes());
        if (placed.isEmpty()) return;
        targets = placed;
        place = true;
      }
      List<String> ts = new ArrayList<>(targets);
      if (!place) ts.removeAll(sources);
      List<@Nullable String> ss = sources.isEmpty() ? nullList() : new ArrayList<>(sources);
      List<@Nullable String> tt = ts.isEmpty() ? nullList() : new ArrayList<>(ts);
      Set<Integer> eventNodes = new LinkedHashSet<>(f.nodes());
      eventNodes.add(trigger);
      // "Medinsky confirmed the agreement": a noun event told by a report verb is dated as that report
      int told = f.reportVerb() >= 0 ? f.reportVerb() : f.nodes().stream()
          .filter(nd -> nd != trigger && g.isVerb(nd) && lexicon.control(g.lemma(nd)).orElse(null) == Control.REPORT)
          .findFirst().orElse(-1);
      EventDater.Dated d = dater.date(g, eventNodes, told, published, context);
      String location = location(eventNodes);
      String reporter = null;
      if (f.reportVerb() >= 0 && !f.request()) {
        List<String> speakers = subjects(f.reportVerb());
        if (!speakers.isEmpty()) reporter = speakers.get(0);
      }
      for (String s : ss) {
        for (String t : tt) {
          if (!place && s != null && s.equals(t)) continue;
          String key = f.type() + "|" + s + "|" + t;
          if (found.containsKey(key)) continue;
          Event e = new Event(f.type(), f.mode(), s, t, d.date(), d.text(), location, g.sentence.index(),
              g.sentence.text());
          found.put(key, new EventFinding(e, reporter));
        }
      }
    }

    private List<@Nullable String> nullList() {
      List<@Nullable String> l = new ArrayList<>();
      l.add(null);
      return l;
    }

    /**
     * Whom a protest with no named target or place is aimed at: the government of the protesters' own country, when
     * the sentence names it (the country or a government actor of it: "demonstrators rioted, calling for President
     * X's removal").
     */
    private List<String> ownGovernment(List<String> sources) {
      Set<String> countries = new LinkedHashSet<>();
      for (String s : sources) {
        Actor a = g.actor(s);
        if (a != null && a.country() != null) countries.add(a.country());
      }
      if (countries.isEmpty()) return List.of();
      Set<String> r = new LinkedHashSet<>();
      for (int i = 0; i < g.size(); i++) {
        String id = g.actorAt(i);
        if (id == null || sources.contains(id)) continue;
        Actor a = g.actor(id);
        if (a == null || !countries.contains(a.country())) continue;
        if (a.kind() == ActorKind.COUNTRY || "GOV".equals(a.sector())) r.add(id);
      }
      if (r.isEmpty()) {
        // none named in the sentence: the country itself, when the article names it
        for (String c : countries) {
          String id = c.toLowerCase(java.util.Locale.ROOT);
          Actor a = g.actor(id);
          if (a != null && a.kind() == ActorKind.COUNTRY) r.add(id);
        }
      }
      return new ArrayList<>(r);
    }

    /**
     * The place of an "in/near/at" phrase on the event's words, looked for down a chain of such phrases and their
     * "of" nouns ("killed in an explosion in a district of Beirut"), or nothing.
     */
    private List<String> nestedPlace(List<Integer> nodes) {
      List<Integer> frontier = new ArrayList<>();
      for (int v : nodes) {
        for (Dependency d : g.children(v)) if (LOCATION_RELATIONS.contains(d.relation())) frontier.add(d.dependent());
      }
      for (int depth = 0; depth < 3 && !frontier.isEmpty(); depth++) {
        List<Integer> next = new ArrayList<>();
        for (int h : frontier) {
          String a = g.actorAt(h);
          Actor actor = a == null ? null : g.actor(a);
          if (actor != null && (actor.kind() == ActorKind.LOCATION || actor.kind() == ActorKind.COUNTRY)) {
            return List.of(a);
          }
          for (Dependency d : g.children(h)) {
            if (LOCATION_RELATIONS.contains(d.relation()) || d.relation().equals("nmod:of")) next.add(d.dependent());
          }
        }
        frontier = next;
      }
      return List.of();
    }

    /** Actors (places or countries) of the "in/near/at X" phrases on the event's words. */
    private List<String> placeActors(List<Integer> nodes) {
      List<Integer> heads = new ArrayList<>();
      for (int v : nodes) {
        for (Dependency d : g.children(v)) if (LOCATION_RELATIONS.contains(d.relation())) heads.add(d.dependent());
      }
      List<String> found = g.actorsOf(heads);
      if (!found.isEmpty()) return found;
      // "lifted the state of emergency in Darfur", "eased the curfew imposed in Sudan", "blocked roads into X": the
      // place of what is acted on
      for (int v : nodes) {
        for (int o : g.children(v, "obj")) {
          for (Dependency d : g.children(o)) {
            if (OBJECT_PLACE_RELATIONS.contains(d.relation())) heads.add(d.dependent());
            if (d.relation().equals("acl")) {
              for (Dependency e : g.children(d.dependent())) {
                if (OBJECT_PLACE_RELATIONS.contains(e.relation())) heads.add(e.dependent());
              }
            }
          }
        }
      }
      return g.actorsOf(heads);
    }

    /** The place named in an "in/near/at X" phrase on the event's words or on their object, or null. */
    private @Nullable String location(Set<Integer> eventNodes) {
      Set<Integer> nodes = new LinkedHashSet<>(eventNodes);
      for (int v : eventNodes) {
        for (Dependency d : g.children(v)) {
          if (d.relation().equals("obj") || d.relation().startsWith("obl:")) nodes.add(d.dependent());
        }
      }
      for (int v : nodes) {
        for (Dependency d : g.children(v)) {
          if (!LOCATION_RELATIONS.contains(d.relation())) continue;
          String a = g.actorAt(d.dependent());
          if (a != null && g.isPlace(a)) {
            Actor actor = g.actor(a);
            return actor == null ? a : actor.name();
          }
          for (EntityMention m : g.sentence.entities()) {
            if (PLACE_NER.contains(m.type()) && m.tokenBegin() <= d.dependent() && d.dependent() < m.tokenEnd()) {
              return m.text();
            }
          }
        }
      }
      return null;
    }
  }
}
