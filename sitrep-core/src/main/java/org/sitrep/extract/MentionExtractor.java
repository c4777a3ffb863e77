package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.knowledge.AgentLexicon;
import org.sitrep.knowledge.CountryMatch;
import org.sitrep.knowledge.CountryMatchKind;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.knowledge.KbActor;
import org.sitrep.knowledge.KbRole;
import org.sitrep.knowledge.KnowledgeBase;
import org.sitrep.knowledge.Place;
import org.sitrep.knowledge.PlaceTable;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.EntityMention;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Sentence;

/**
 * Finds every place an article names an actor. Named entities come from CoreNLP, corrected with the knowledge base
 * and with the errors this domain is known for (militia names tagged as people, Arabic surnames tagged as places);
 * the knowledge base adds names NER missed ("Hashd al-Shaabi"); local grammar adds acronyms defined in brackets,
 * capitals standing for their government ("Tehran warned"), unnamed collectives ("two Iraqi officials") and
 * definite descriptions ("the ministry"), with titles and countries from the words around a name. Thread-safe.
 */
public final class MentionExtractor {

  private static final Set<String> PLACE_TYPES = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");
  /** Fine-grained NER tags that may stand in the noun phrase before a name and tell who it is. */
  private static final Set<String> PREMODIFIER_TYPES = Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION");
  /** Words that make a name an organisation, whatever NER says: "Asaib Ahl al-Haq", "Kataib Hezbollah". */
  private static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)\\b(?:hezbollah|hizballah|hizbullah|hizb"
      + "|kataib|kataeb|kata'ib|kata’ib|asaib|asa'ib|asa’ib|ahl|harakat|jaish|jaysh|liwa|saraya|ansar|jabhat|tahrir"
      + "|brigades?|battalions?|movement|forces|front|army|party|organi[sz]ation|council|group|militia|jihad"
      + "|committee|ministry|agency|command|corps|guards?|union|league|alliance|coalition|network|mobili[sz]ation)\\b");
  /** Verbs of speaking and acting that show a name is someone, not somewhere: "Kadhimi said". */
  private static final Set<String> AGENT_VERBS = Set.of("say", "tell", "warn", "announce", "state", "add", "claim",
      "deny", "accuse", "urge", "call", "demand", "insist", "stress", "note", "confirm", "condemn", "reject", "threaten",
      "vow", "declare", "reiterate", "ask", "meet", "visit", "order", "sign", "decide", "pledge", "promise", "welcome",
      "criticize", "criticise", "slam", "blame", "argue", "respond", "reply", "explain", "describe", "hold", "discuss");
  private static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sheikh",
      "shaikh", "sayyed", "sayyid", "ayatollah", "mullah", "imam", "gen.", "lt.", "col.", "maj.", "capt.", "sgt.");
  /** Nouns for a country's government as a whole: "the Iraqi government" acts for Iraq. */
  private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "administration", "authorities",
      "regime", "cabinet", "leadership");
  /** People who speak or act in news without a sector of their own: "a security source", "witnesses". */
  private static final Set<String> UNSECTORED_PEOPLE = Set.of("source", "sources", "witness", "witnesses", "resident",
      "residents", "eyewitness", "eyewitnesses", "insider", "insiders", "person", "man", "woman", "men", "women");
  /**
   * Nouns that name actors, without a sector, only when counted as a pair: "both parties", "the two sides", not
   * "parties to the conflict".
   */
  private static final Set<String> PAIR_NOUNS = Set.of("parties", "sides", "countries", "nations");
  /** Lower-case nouns that follow an organisation's name as part of it. */
  private static final String DESIGNATORS = "group|militia|movement|party|organi[sz]ation|faction|network|coalition|alliance";
  /** Nouns for bodies rather than people: "the Iraqi military" is an organisation, "the US official" a person. */
  private static final Set<String> INSTITUTION_NOUNS = Set.of("ministry", "department", "embassy", "army", "military",
      "navy", "parliament", "agency", "court", "council", "committee", "police", "forces", "militia", "group",
      "movement", "party", "media", "company", "firm", "bank", "consulate", "mission", "legislature", "senate",
      "congress", "judiciary", "coalition", "alliance", "office", "service", "services", "intelligence");
  /** "Iranian-backed militias" are backed by Iran, not Iranian. */
  private static final Set<String> BACKING_WORDS = Set.of("backed", "linked", "aligned", "allied", "sponsored",
      "funded", "supported", "led", "affiliated", "controlled", "leaning");
  private static final Set<String> COLLECTIVE_DETERMINERS = Set.of("a", "an", "one", "two", "three", "four", "five",
      "several", "some", "many", "dozens", "hundreds", "thousands", "other", "few", "both");

  private final CountryTable countries;
  private final PlaceTable places;
  private final KnowledgeBase knowledge;
  private final AgentLexicon agents;

  public MentionExtractor(CountryTable countries, PlaceTable places, KnowledgeBase knowledge, AgentLexicon agents) {
    this.countries = Objects.requireNonNull(countries, "countries");
    this.places = Objects.requireNonNull(places, "places");
    this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    this.agents = Objects.requireNonNull(agents, "agents");
  }

  /** The article's mentions in body order. */
  public List<ActorMention> extract(AnnotatedArticle article) {
    PartialDate published = article.article().published();
    LocalDate day = published == null ? null : published.toLocalDate();
    List<ActorMention> out = new ArrayList<>();
    Set<String> surnames = personSurnames(article);
    Set<String> countriesNamed = countriesNamed(article);
    for (Sentence s : article.sentences()) {
      SentenceView v = new SentenceView(s, article.article().body());
      named(v, day, surnames, countriesNamed, out);
      knownNames(v, day, out);
      properNouns(v, surnames, out);
      acronyms(v, out);
      peoples(v, out);
      collectives(v, out);
      nationalThings(v, out);
    }
    out.sort(Comparator.comparingInt(ActorMention::begin).thenComparingInt(m -> -m.end()));
    return withHomeCountries(out);
  }

  /** Sectors whose unnamed members act at home: police, the army, the opposition, protesters, rebels, lawmakers. */
  private static final Set<String> DOMESTIC_SECTORS = Set.of("COP", "MIL", "OPP", "REB", "CVL", "JUD", "SPY", "LEG");
  /**
   * Words in an organisation's name that make it no local body of the country in play: news media, often cited
   * from abroad ("the Czech news agency CTK", "White House Press"), and international bodies.
   */
  private static final Pattern NOT_LOCAL_ORGANISATION = Pattern.compile("(?i)\\b(international|united nations|"
      + "press|news|agency|times|post|herald|tribune|radio|television|tv|coalition|world|global)\\b");
  /** Sectors of the offices a named person holds in their own state: a president, a minister, a legislator. */
  private static final Set<String> STATE_SECTORS = Set.of("GOV", "LEG");

  /**
   * "In Georgia, police arrested several protesters": an unnamed domestic collective that the text ties to no
   * country belongs to the one country its sentence names, or else to the one country the whole article names.
   * So does a named holder of a state or domestic office ("President Laurent Gbagbo extended the curfew in
   * Abidjan"). With two or more countries in play nothing is guessed.
   */
  private static List<ActorMention> withHomeCountries(List<ActorMention> mentions) {
    Map<Integer, Set<String>> bySentence = new java.util.HashMap<>();
    Set<String> inArticle = new java.util.HashSet<>();
    for (ActorMention m : mentions) {
      boolean place = m.kind() == ActorKind.COUNTRY || m.kind() == ActorKind.LOCATION;
      if (!place || m.country() == null || m.country().equals("IGO")) continue;
      bySentence.computeIfAbsent(m.sentence(), k -> new java.util.HashSet<>()).add(m.country());
      inArticle.add(m.country());
    }
    List<ActorMention> out = new ArrayList<>(mentions.size());
    Set<String> wordsBefore = new java.util.HashSet<>();
    for (ActorMention m : mentions) {
      String[] words = m.text().toLowerCase(Locale.ROOT).split("[\\s-]+");
      // "The army" after "the warring Sudanese army" refers back to it; the resolver finds it, no country is guessed
      boolean refersBack = m.form() == MentionForm.DESCRIPTION && wordsBefore.contains(words[words.length - 1]);
      if (m.form() != MentionForm.DESCRIPTION) wordsBefore.addAll(java.util.Arrays.asList(words));
      if (refersBack) {
        out.add(m);
        continue;
      }
      boolean unnamed = m.form() == MentionForm.COLLECTIVE || m.form() == MentionForm.DESCRIPTION;
      boolean domestic = unnamed && m.sector() != null && DOMESTIC_SECTORS.contains(m.sector());
      boolean officeHolder = m.kind() == ActorKind.PERSON && m.kbId() == null && m.sector() != null
          && (DOMESTIC_SECTORS.contains(m.sector()) || STATE_SECTORS.contains(m.sector()));
      // "the opposition newspaper La Prensa": an organisation nobody knows abroad is most likely a local one
      boolean localOrganisation = m.kind() == ActorKind.ORGANIZATION && m.form() == MentionForm.NAME
          && m.kbId() == null && m.sameAs() == null && !MentionForm.looksLikeAcronym(m.text())
          && !NOT_LOCAL_ORGANISATION.matcher(m.text()).find();
      if (m.country() != null || !(domestic || officeHolder || localOrganisation)) {
        out.add(m);
        continue;
      }
      Set<String> here = bySentence.getOrDefault(m.sentence(), Set.of());
      String home = here.size() == 1 ? here.iterator().next() : here.isEmpty() && inArticle.size() == 1
          ? inArticle.iterator().next() : null;
      out.add(home == null ? m : new ActorMention(m.text(), m.form(), m.kind(), home, m.sector(), m.titles(), m.kbId(),
          m.sameAs(), m.sentence(), m.begin(), m.end()));
    }
    return out;
  }

  // ---------------------------------------------------------------- named entities

  private void named(SentenceView v, @Nullable LocalDate day, Set<String> surnames, Set<String> countriesNamed,
      List<ActorMention> out) {
    for (EntityMention found : v.sentence.entities()) {
      if (isPronoun(v, found) || v.claimed(found.tokenBegin(), found.tokenEnd())) continue;
      EntityMention e = widened(v, found);
      if (v.claimed(e.tokenBegin(), e.tokenEnd())) continue;
      ActorMention m = namedMention(v, e, day, surnames, countriesNamed);
      if (m == null) continue;
      v.claim(e.tokenBegin(), e.tokenEnd());
      if (e.tokenBegin() > 0 && v.token(e.tokenBegin() - 1).begin() >= m.begin()) v.claim(e.tokenBegin() - 1, e.tokenBegin());
      out.add(m);
      bracketedAlias(v, e, m).ifPresent(out::add);
      alsoKnownAs(v, e, m).ifPresent(out::add);
    }
  }

  /**
   * Repairs spans NER cuts short: a country split in two ("South" + "Sudan"), a first name left out of a person
   * ("Qasim" + "Mahmoud Karim Muslih").
   */
  private EntityMention widened(SentenceView v, EntityMention e) {
    int b = e.tokenBegin();
    int end = e.tokenEnd();
    if (PLACE_TYPES.contains(e.type()) || "COUNTRY".equals(e.type())) {
      if (end < v.size() && v.isCapitalized(end) && countries.match(v.text(b, end + 1)).isPresent()) end++;
      if (b > 0 && v.isCapitalized(b - 1) && countries.match(v.text(b - 1, end)).isPresent()) b--;
    } else if ("PERSON".equals(e.type())) {
      while (end - b > 1 && (agents.sectorOf(v.lower(b)).isPresent() || HONORIFICS.contains(v.lower(b)))) b++;
      while (b > 0 && v.pos(b - 1).equals("NNP") && "O".equals(v.ner(b - 1)) && v.isCapitalized(b - 1)
          && !HONORIFICS.contains(v.lower(b - 1)) && agents.sectorOf(v.lower(b - 1)).isEmpty()
          && !(b - 1 == 0 && isLineLabel(v, b - 1))) {
        b--;
      }
    } else if ("ORGANIZATION".equals(e.type())) {
      // "Iranian Foreign Ministry": the demonym belongs to the name.
      if (b > 0 && ("NATIONALITY".equals(v.ner(b - 1)) || "COUNTRY".equals(v.ner(b - 1))) && v.isCapitalized(b - 1)) b--;
      // "the Islamic State group": the designator is part of how news names it.
      if (end < v.size() && v.lower(end).matches(DESIGNATORS) && !v.isCapitalized(end)) end++;
    }
    if (b == e.tokenBegin() && end == e.tokenEnd()) return e;
    String type = countries.match(v.text(b, end)).isPresent() ? "COUNTRY" : e.type();
    return v.span(type, b, end);
  }

  /** "Details:", "Quote:": a label opening a line, not part of a name. */
  private static boolean isLineLabel(SentenceView v, int i) {
    return i + 1 < v.size() && v.word(i + 1).equals(":");
  }

  private @Nullable ActorMention namedMention(SentenceView v, EntityMention e, @Nullable LocalDate day,
      Set<String> surnames, Set<String> countriesNamed) {
    String type = e.type();
    boolean place = PLACE_TYPES.contains(type) || "COUNTRY".equals(type);
    boolean actorType = place || "PERSON".equals(type) || "ORGANIZATION".equals(type) || "MISC".equals(type);
    if (!actorType) return null;
    Optional<CountryMatch> asCountry = countries.match(e.text());
    KbActor known = known(e.text(), surnames, countriesNamed, day);
    if (known == null && e.tokenBegin() > 0 && v.isCapitalized(e.tokenBegin() - 1)
        && agents.sectorOf(v.lower(e.tokenBegin() - 1)).isPresent()) {
      // "President Bush": a title and a surname the knowledge base lists together name that person.
      known = known(v.text(e.tokenBegin() - 1, e.tokenEnd()), surnames, countriesNamed, day);
    }
    int head = e.tokenEnd() - 1;
    if (asCountry.isPresent() && asCountry.get().kind() == CountryMatchKind.NAME) {
      return mention(e, MentionForm.NAME, ActorKind.COUNTRY, asCountry.get().country().alpha3(), "GOV", List.of(), null);
    }
    if (place && asCountry.isEmpty() && e.tokenEnd() - e.tokenBegin() == 2
        && v.lower(e.tokenBegin()).matches("north|south|east|west|northern|southern|eastern|western|central")) {
      // "South Lebanon", "Northern Iraq": a region named by direction and country; event data codes it as the country.
      Optional<CountryMatch> c = countries.match(v.word(head)).filter(m -> m.kind() == CountryMatchKind.NAME);
      if (c.isPresent()) return mention(e, MentionForm.NAME, ActorKind.COUNTRY, c.get().country().alpha3(), "GOV", List.of(), null);
    }
    if (place) {
      boolean acts = v.verbOfSubject(head) >= 0;
      if (asCountry.isPresent() && acts) {
        // Metonymy: a capital that acts or speaks is its government ("Washington warned").
        return mention(e, MentionForm.METONYM, ActorKind.COUNTRY, asCountry.get().country().alpha3(), "GOV", List.of(),
            null);
      }
      if (known != null && known.kind() != ActorKind.LOCATION) return fromKnowledge(v, e, known, day);
      if (asCountry.isEmpty() && (speaks(v, head) || surnames.contains(e.text())) && looksLikePersonName(e.text())) {
        // NER tags Arabic surnames such as "Kadhimi" as places; places do not speak, and a person's surname named
        // elsewhere in the article is that person.
        return person(v, e, day);
      }
      // "South Lebanon", "Northern Iraq": a place named after its country belongs to it.
      String placeCountry = asCountry.map(c -> c.country().alpha3())
          .orElseGet(() -> countries.match(v.word(e.tokenEnd() - 1)).filter(c -> c.kind() == CountryMatchKind.NAME)
              .map(c -> c.country().alpha3()).orElseGet(() -> places.match(e.text()).map(Place::alpha3).orElse(null)));
      return mention(e, MentionForm.NAME, ActorKind.LOCATION, placeCountry, null, List.of(), null);
    }
    if (known != null) return fromKnowledge(v, e, known, day);
    if ("MISC".equals(type)) return null;
    if (e.tokenEnd() - e.tokenBegin() == 1 && e.tokenBegin() > 0 && v.lower(e.tokenBegin() - 1).equals("the")
        && (INSTITUTION_NOUNS.contains(v.lower(e.tokenBegin())) || agents.sectorOf(v.lower(e.tokenBegin())).isPresent())) {
      // "the Department": a capitalised common noun referring back, not a name.
      return mention(e, MentionForm.DESCRIPTION, ActorKind.ORGANIZATION, null, null, List.of(), null);
    }
    if ("PERSON".equals(type) && !ORGANISATION_WORD.matcher(e.text()).find()) return person(v, e, day);
    Premodifiers pre = premodifiers(v, e.tokenBegin());
    String country = pre.country != null ? pre.country : countryInside(v, e);
    return mention(e, MentionForm.NAME, ActorKind.ORGANIZATION, country, null, pre.titles, null);
  }

  private ActorMention person(SentenceView v, EntityMention e, @Nullable LocalDate day) {
    Premodifiers pre = premodifiers(v, e.tokenBegin());
    List<String> titles = new ArrayList<>(pre.titles);
    Optional<String> apposition = apposition(v, e.tokenEnd());
    apposition.ifPresent(titles::add);
    String country = pre.country;
    // "King Hassan of Morocco"; "Salah Sidhoum, Algeria's leading activist"; "Ali Allawi, the Iraqi finance minister".
    if (country == null && !titles.isEmpty()) country = countryAfter(v, e.tokenEnd());
    if (country == null && apposition.isPresent()) country = countryOfApposition(v, e.tokenEnd() + 1);
    int begin = e.tokenBegin();
    if (begin > 0 && HONORIFICS.contains(v.lower(begin - 1))) begin--;
    String text = v.text(begin, e.tokenEnd());
    return new ActorMention(text, MentionForm.NAME, ActorKind.PERSON, country, sectorOfTitles(titles), titles, null,
        null, e.sentence(), v.token(begin).begin(), e.end());
  }

  /** The country named before the title noun of an apposition that starts at {@code start}. */
  private @Nullable String countryOfApposition(SentenceView v, int start) {
    int end = start;
    while (end < v.size() && end < start + 8 && !v.word(end).matches("[,;.()]")) end++;
    return countryOfSpan(v, start, end);
  }

  private ActorMention fromKnowledge(SentenceView v, EntityMention e, KbActor known, @Nullable LocalDate day) {
    List<String> titles = new ArrayList<>();
    String country = known.country();
    String sector = known.sector();
    List<KbRole> current = known.rolesOn(day);
    for (KbRole role : current) {
      titles.add(role.title());
      if (country == null) country = role.country();
      if (sector == null) sector = role.sector();
    }
    if (current.isEmpty() && day != null) {
      // A president in 2019 is a former president in 2022: the latest role that ended before the article.
      known.roles().stream().filter(r -> r.to() != null && r.to().isBefore(day))
          .max(Comparator.comparing(r -> Objects.requireNonNull(r.to())))
          .ifPresent(r -> titles.add("former " + r.title()));
    }
    int begin = e.tokenBegin();
    if (known.kind() == ActorKind.PERSON) {
      Premodifiers pre = premodifiers(v, e.tokenBegin());
      titles.addAll(0, pre.titles);
      if (begin > 0 && HONORIFICS.contains(v.lower(begin - 1))) begin--;
    }
    return new ActorMention(v.text(begin, e.tokenEnd()), MentionForm.NAME, known.kind(), country, sector, titles,
        known.id(), null, e.sentence(), v.token(begin).begin(), e.end());
  }

  /** "Popular Mobilization Forces (PMF)": the bracketed form names the same actor. */
  private Optional<ActorMention> bracketedAlias(SentenceView v, EntityMention e, ActorMention named) {
    int open = e.tokenEnd();
    // "BAGHDAD (AP)" is a dateline and "Smith (R)" a party: only organisations define short forms in brackets.
    if (named.kind() != ActorKind.ORGANIZATION && named.kind() != ActorKind.GROUP) return Optional.empty();
    if (open + 2 >= v.size() || !isOpenBracket(v.word(open))) return Optional.empty();
    int close = open + 1;
    while (close < v.size() && close - open <= 6 && !isCloseBracket(v.word(close))) close++;
    if (close >= v.size() || close == open + 1 || !isCloseBracket(v.word(close))) return Optional.empty();
    String inner = v.text(open + 1, close);
    if (!v.isCapitalized(open + 1) || inner.length() < 2) return Optional.empty();
    v.claim(open + 1, close);
    return Optional.of(new ActorMention(inner, MentionForm.NAME, named.kind(), named.country(), named.sector(),
        List.of(), named.kbId(), named.text(), e.sentence(), v.token(open + 1).begin(), v.token(close - 1).end()));
  }

  /** "Mushtaq Taleb al-Saidi — or “Abu Taqwa,”", "X, also known as Y": a second name for the same actor. */
  private Optional<ActorMention> alsoKnownAs(SentenceView v, EntityMention e, ActorMention named) {
    int i = e.tokenEnd();
    while (i < v.size() && v.word(i).matches("[,(—–-]|--")) i++;
    if (i >= v.size()) return Optional.empty();
    if (v.lower(i).equals("also") && i + 1 < v.size()) i++;
    if (v.lower(i).matches("or|aka|alias|dubbed|nicknamed")) {
      i++;
    } else if (v.lower(i).equals("known") && i + 1 < v.size() && v.lower(i + 1).equals("as")) {
      i += 2;
    } else {
      return Optional.empty();
    }
    while (i < v.size() && v.word(i).matches("[\"“‘'`]+")) i++;
    int start = i;
    while (i < v.size() && i - start < 5 && (v.isCapitalized(i) || v.word(i).matches("-|al|el|bin|ibn"))) i++;
    if (i == start || !v.isCapitalized(start) || v.claimed(start, i)) return Optional.empty();
    v.claim(start, i);
    return Optional.of(new ActorMention(v.text(start, i), MentionForm.NAME, named.kind(), named.country(),
        named.sector(), List.of(), named.kbId(), named.text(), e.sentence(), v.token(start).begin(), v.token(i - 1).end()));
  }

  // ---------------------------------------------------------------- proper nouns NER missed

  /** The countries an article names or whose demonyms it uses. */
  private Set<String> countriesNamed(AnnotatedArticle article) {
    Set<String> out = new java.util.HashSet<>();
    for (Sentence s : article.sentences()) {
      for (EntityMention e : s.entities()) {
        if (!"COUNTRY".equals(e.type()) && !"NATIONALITY".equals(e.type()) && !PLACE_TYPES.contains(e.type())) continue;
        countries.match(e.text()).ifPresent(c -> out.add(c.country().alpha3()));
      }
    }
    return out;
  }

  /** The last words of the people NER found anywhere in the article: "Medinsky" of "Vladimir Medinsky". */
  private static Set<String> personSurnames(AnnotatedArticle article) {
    Set<String> out = new java.util.HashSet<>();
    for (Sentence s : article.sentences()) {
      for (EntityMention e : s.entities()) {
        if (!"PERSON".equals(e.type()) || e.tokenEnd() - e.tokenBegin() < 2) continue;
        out.add(s.tokens().get(e.tokenEnd() - 1).word());
      }
    }
    return out;
  }

  /**
   * Runs of capitalised proper nouns that NER left untagged or mis-tagged as MISC, kept only when something says who
   * they are: the surname of a person named elsewhere in the article, a title before them or a title in apposition,
   * an Arabic name form ("Al-Fayyad"), an organisation word ("Sky News", "the Georgian Dream party"). Bare unknown
   * capitals stay unnamed: a guess would invent actors.
   */
  private void properNouns(SentenceView v, Set<String> surnames, List<ActorMention> out) {
    for (int i = 0; i < v.size(); i++) {
      if (!isNameToken(v, i) || i == 0 && isLineLabel(v, i)) continue;
      int end = i + 1;
      while (end < v.size() && (isNameToken(v, end) || isNameJoint(v, end) && end + 1 < v.size() && isNameToken(v, end + 1))) {
        end++;
      }
      int start = i;
      if (start > 0 && "NATIONALITY".equals(v.ner(start - 1)) && !v.claimed(start - 1, start)) start--;
      String text = v.text(start, end);
      if (personNameWords(text) == 0) {
        i = end - 1;
        continue;
      }
      boolean titled = start > 0 && "TITLE".equals(v.ner(start - 1)) || apposition(v, end).isPresent();
      boolean orgWord = ORGANISATION_WORD.matcher(text).find() || text.matches(".*\\b(?:News|Media|Times|Post|Press|Radio|TV|Television)\\b.*");
      boolean orgNoun = end < v.size() && v.lower(end).matches("party|movement|group|militia|coalition|bloc|alliance");
      boolean arabic = text.matches("(?:Al|El|Abu|Bin|Ibn)[- ]\\p{Lu}.*");
      boolean surname = end - start == 1 && surnames.contains(text);
      ActorKind kind = null;
      if (orgWord || orgNoun) kind = ActorKind.ORGANIZATION;
      else if (surname || titled || arabic) kind = ActorKind.PERSON;
      if (kind == null || start == 0 && end == v.size()) {
        i = end - 1;
        continue;
      }
      EntityMention span = v.span("NNP", start, end);
      v.claim(start, end);
      out.add(kind == ActorKind.PERSON ? person(v, span, null)
          : mention(span, MentionForm.NAME, kind, countryOfModifiers(v, start, end), null, List.of(), null));
      i = end - 1;
    }
  }

  private static boolean isNameToken(SentenceView v, int i) {
    if (v.claimed(i, i + 1) || !v.isCapitalized(i)) return false;
    String ner = v.ner(i);
    // A capitalised common noun mid-sentence is part of a name ("Georgian Dream"); at the start it proves nothing.
    boolean proper = v.pos(i).startsWith("NNP") || v.pos(i).startsWith("NN") && i > 0 && !v.word(i - 1).matches("[\"“‘'(\\[:]");
    return proper && ("O".equals(ner) || "MISC".equals(ner) || "PERSON".equals(ner)
        || "ORGANIZATION".equals(ner));
  }

  /** Joints inside Arabic names: "Al-Fayyad", "bin Salman". */
  private static boolean isNameJoint(SentenceView v, int i) {
    return !v.claimed(i, i + 1) && v.word(i).matches("-|al|el|bin|ibn");
  }

  // ---------------------------------------------------------------- knowledge-base names NER missed

  private void knownNames(SentenceView v, @Nullable LocalDate day, List<ActorMention> out) {
    for (int i = 0; i < v.size(); i++) {
      if (v.claimed(i, i + 1) || !v.isCapitalized(i) || v.lower(i).equals("the")) continue;
      for (int j = Math.min(v.size(), i + 6); j > i; j--) {
        if (v.claimed(i, j) || !v.isCapitalized(j - 1)) continue;
        KbActor known = known(v.text(i, j));
        if (known == null || known.kind() == ActorKind.LOCATION) continue;
        EntityMention span = v.span("KB", i, j);
        v.claim(i, j);
        out.add(fromKnowledge(v, span, known, day));
        i = j - 1;
        break;
      }
    }
  }

  // ---------------------------------------------------------------- acronyms

  /** Capitalised short forms NER left alone: countries ("UAE") or acronyms the resolver expands ("PMF"). */
  private void acronyms(SentenceView v, List<ActorMention> out) {
    for (int i = 0; i < v.size(); i++) {
      String w = v.word(i);
      if (v.claimed(i, i + 1) || !MentionForm.looksLikeAcronym(w)) continue;
      EntityMention span = new EntityMention(w, "ACRONYM", v.sentence.index(), i, i + 1, v.token(i).begin(),
          v.token(i).end());
      Optional<CountryMatch> c = countries.match(w).filter(m -> m.kind() == CountryMatchKind.NAME);
      v.claim(i, i + 1);
      out.add(c.isPresent()
          ? mention(span, MentionForm.NAME, ActorKind.COUNTRY, c.get().country().alpha3(), "GOV", List.of(), null)
          : mention(span, MentionForm.ACRONYM, ActorKind.ORGANIZATION, null, null, List.of(), null));
    }
  }

  /** "Iraqis", "Palestinians": a people named by its plural demonym is a civilian collective of that country. */
  private void peoples(SentenceView v, List<ActorMention> out) {
    for (int i = 0; i < v.size(); i++) {
      if (v.claimed(i, i + 1) || !v.pos(i).endsWith("S") || !v.lower(i).endsWith("s")) continue;
      if (i + 1 < v.size() && v.pos(i + 1).startsWith("NN")) continue; // a modifier: "Palestinians officials"
      Optional<CountryMatch> c = countries.match(v.word(i)).filter(m -> m.kind() == CountryMatchKind.DEMONYM);
      if (c.isEmpty()) continue;
      int begin = i;
      String country = c.get().country().alpha3();
      // "Bosnian Serbs", "Iraqi Kurds": a people named by the country they live in belongs to that country.
      String home = i > 0 && !v.claimed(i - 1, i) && v.isCapitalized(i - 1) ? countryOfWord(v, i - 1) : null;
      if (home != null && !home.equals(country)) {
        begin = i - 1;
        country = home;
      }
      EntityMention span = v.span("PEOPLE", begin, i + 1);
      v.claim(begin, i + 1);
      out.add(mention(span, MentionForm.COLLECTIVE, ActorKind.GROUP, country, "CVL", List.of(), null));
    }
  }

  /**
   * "an Indian proposal", "the Australian ultimatum", "Russian aircraft": a demonym on a thing stands for its
   * country, which event-data practice codes as the actor (CAMEO codes "Indian proposal" as IND). Runs after
   * collectives, so "Iraqi officials" stays a collective.
   */
  private void nationalThings(SentenceView v, List<ActorMention> out) {
    for (int i = 0; i + 1 < v.size(); i++) {
      int noun = i + 1;
      // "Iranian paramilitary support": adjectives may stand between the demonym and the thing
      while (noun + 1 < v.size() && v.pos(noun).startsWith("JJ") && !"NATIONALITY".equals(v.ner(noun))) noun++;
      if (v.claimed(i, i + 1) || !"NATIONALITY".equals(v.ner(i)) || !v.pos(noun).startsWith("NN")
          || v.pos(noun).startsWith("NNP")) {
        continue;
      }
      Optional<CountryMatch> c = countries.match(v.word(i)).filter(m -> m.kind() == CountryMatchKind.DEMONYM);
      if (c.isEmpty()) continue;
      EntityMention span = new EntityMention(v.word(i), "DEMONYM", v.sentence.index(), i, i + 1, v.token(i).begin(),
          v.token(i).end());
      v.claim(i, i + 1);
      out.add(mention(span, MentionForm.METONYM, ActorKind.COUNTRY, c.get().country().alpha3(), "GOV", List.of(), null));
    }
  }

  // ---------------------------------------------------------------- collectives and descriptions

  /**
   * Noun phrases headed by a noun for a kind of actor ("officials", "militias", "source", "ministry"): collectives
   * when plural or indefinite ("two Iraqi officials", "a security source"), a country's government ("the Iraqi
   * government"), a named-by-description organisation ("the Iraqi military"), or a definite description to resolve
   * against what came before ("the ministry", "the premier").
   */
  private void collectives(SentenceView v, List<ActorMention> out) {
    for (int head = 0; head < v.size(); head++) {
      String pos = v.pos(head);
      boolean capitalisedDescription = head > 0 && v.lower(head - 1).equals("the");
      if (!pos.startsWith("NN") || v.claimed(head, head + 1)) continue;
      if (pos.startsWith("NNP") && !"TITLE".equals(v.ner(head)) && !capitalisedDescription) continue;
      if (head + 1 < v.size() && v.pos(head + 1).startsWith("NN")) continue; // not the head of its phrase
      String noun = v.lower(head);
      if (armedGroupReference(v, head, out)) continue;
      if (countryReference(v, head, out)) continue;
      Optional<String> sector = agents.sectorOf(noun);
      boolean unsectored = UNSECTORED_PEOPLE.contains(noun) || PAIR_NOUNS.contains(noun);
      if (sector.isEmpty() && !unsectored) continue;
      if (GOVERNMENT_NOUNS.contains(noun) && head > 0 && "PERSON".equals(v.ner(head - 1)) && v.claimed(head - 1, head)) {
        leadersGovernment(v, head, out);
        continue;
      }
      int start = head;
      while (start > 0 && isModifier(v, start - 1)) start--;
      String determiner = start > 0 ? v.lower(start - 1) : "";
      boolean definite = determiner.equals("the") || determiner.equals("this");
      boolean plural = pos.endsWith("S") || noun.endsWith("men") || noun.equals("police") || noun.equals("forces");
      boolean indefinite = COLLECTIVE_DETERMINERS.contains(determiner) || pos.equals("CD") || start > 0 && v.pos(start - 1).equals("CD");
      if (PAIR_NOUNS.contains(noun) && !(determiner.equals("both") || determiner.equals("two"))) continue;
      String country = countryOfModifiers(v, start, head);
      if (country == null && (plural || indefinite)) country = countryAfter(v, head + 1);
      if (country == null && (plural || indefinite)) country = countryOfOrganisationBefore(v, start, head, out);
      int from = definite || indefinite ? start - 1 : start;
      EntityMention span = v.span("NP", from, head + 1);
      ActorMention m;
      if (GOVERNMENT_NOUNS.contains(noun) && country != null) {
        m = mention(span, MentionForm.NAME, ActorKind.COUNTRY, country, "GOV", List.of(), null);
      } else if (definite && start == head) {
        boolean person = "TITLE".equals(v.ner(head));
        // "the president of Armenia": the country narrows down whom the description can refer back to
        String of = head + 1 < v.size() && v.lower(head + 1).equals("of") ? countryAfter(v, head + 1) : null;
        m = mention(span, MentionForm.DESCRIPTION, person ? ActorKind.PERSON : ActorKind.ORGANIZATION, of,
            sector.orElse(null), person ? List.of(v.word(head)) : List.of(), null);
      } else if (plural || indefinite) {
        m = mention(span, MentionForm.COLLECTIVE, ActorKind.GROUP, country, sector.orElse(null), List.of(), null);
      } else if (country != null && definite) {
        ActorKind kind = INSTITUTION_NOUNS.contains(noun) ? ActorKind.ORGANIZATION : ActorKind.GROUP;
        m = mention(span, kind == ActorKind.GROUP ? MentionForm.COLLECTIVE : MentionForm.NAME, kind, country,
            sector.orElse(null), List.of(), null);
      } else {
        continue;
      }
      v.claim(from, head + 1);
      out.add(m);
    }
  }

  /** Words that make "the ... group" an armed group: "the militant group", "the terror group". */
  private static final Set<String> ARMED_GROUP_WORDS = Set.of("militant", "terror", "terrorist", "armed", "rebel",
      "jihadist", "extremist", "insurgent", "islamist", "paramilitary", "militia");

  /**
   * "The group targeted a ship", "the terror group's capture of Mosul": news refers back to an armed group it has
   * named as "the group". Read as a description of an armed group (REB); the resolver looks for its antecedent
   * among the armed groups named before, and drops it when there is none. "The group of seven" is not one.
   */
  private static boolean armedGroupReference(SentenceView v, int head, List<ActorMention> out) {
    if (!v.lower(head).equals("group") || !v.pos(head).equals("NN")) return false;
    if (head + 1 < v.size() && v.lower(head + 1).equals("of")) return false;
    int start = head;
    while (start > 0 && ARMED_GROUP_WORDS.contains(v.lower(start - 1))) start--;
    if (start == 0 || !v.lower(start - 1).equals("the") || v.claimed(start - 1, head + 1)) return false;
    v.claim(start - 1, head + 1);
    out.add(mention(v.span("NP", start - 1, head + 1), MentionForm.DESCRIPTION, ActorKind.GROUP, null, "REB", List.of(),
        null));
    return true;
  }

  /**
   * "The nation that Tehran once fought", "troops left the country": news refers back to a country it has named as
   * "the country" or "the nation". Read as a description of a country; the resolver finds which.
   */
  private static boolean countryReference(SentenceView v, int head, List<ActorMention> out) {
    String noun = v.lower(head);
    if (!(noun.equals("country") || noun.equals("nation")) || !v.pos(head).equals("NN") || head == 0
        || !v.lower(head - 1).equals("the") || v.claimed(head - 1, head + 1)) {
      return false;
    }
    v.claim(head - 1, head + 1);
    out.add(mention(v.span("NP", head - 1, head + 1), MentionForm.DESCRIPTION, ActorKind.COUNTRY, null, "GOV",
        List.of(), null));
    return true;
  }

  /** "the Trump administration": the government of the leader's country, not the leader. */
  private void leadersGovernment(SentenceView v, int head, List<ActorMention> out) {
    int personEnd = v.token(head - 1).end();
    ActorMention leader = null;
    for (ActorMention m : out) if (m.end() == personEnd && m.kind() == ActorKind.PERSON) leader = m;
    if (leader == null) return;
    String text = v.body.substring(leader.begin(), v.token(head).end());
    ActorMention government = leader.country() != null
        ? new ActorMention(text, MentionForm.NAME, ActorKind.COUNTRY, leader.country(), "GOV", List.of(), null, null,
            v.sentence.index(), leader.begin(), v.token(head).end())
        : new ActorMention(text, MentionForm.NAME, ActorKind.ORGANIZATION, null, "GOV", List.of(), null, null,
            v.sentence.index(), leader.begin(), v.token(head).end());
    v.claim(head, head + 1);
    out.add(government);
  }

  private boolean isModifier(SentenceView v, int i) {
    String pos = v.pos(i);
    String ner = v.ner(i);
    // Countries and organisations name whom a collective belongs to: "US officials", "a Hamas spokesman".
    // "Darfur rebels", "Helmand police": a region or city before the noun says where they are from.
    if (v.claimed(i, i + 1) && !"COUNTRY".equals(ner) && !"NATIONALITY".equals(ner) && !"ORGANIZATION".equals(ner)
        && !(PLACE_TYPES.contains(ner) && placeOf(v, i) != null)) {
      return false;
    }
    if ("PERSON".equals(ner) || "DATE".equals(ner)) return false;
    // "the warring Sudanese army", "the ruling party": a participle before the noun describes it.
    return pos.startsWith("JJ") || pos.equals("NN") || pos.equals("HYPH") || pos.equals("VBN") && i > 0 && v.pos(i - 1).equals("HYPH")
        || pos.equals("VBG") && i > 0 && v.lower(i - 1).matches("the|a|an|its|their|his|her")
        || pos.startsWith("NNP") && ("NATIONALITY".equals(ner) || "COUNTRY".equals(ner) || "RELIGION".equals(ner)
        || "IDEOLOGY".equals(ner) || "ORGANIZATION".equals(ner) || PLACE_TYPES.contains(ner) && placeOf(v, i) != null);
  }

  /**
   * The country a phrase's modifiers give ("two Iraqi officials": IRQ), skipping backers ("Iran-backed"); else that
   * of a known organisation among them ("European Community foreign ministers": IGO).
   */
  private @Nullable String countryOfModifiers(SentenceView v, int from, int head) {
    boolean backed = false;
    for (int i = from; i < head; i++) {
      boolean backer = i + 2 <= head && v.word(i + 1).equals("-") && BACKING_WORDS.contains(v.lower(i + 2));
      backed |= backer;
      if (backer) continue;
      String c = countryOfWord(v, i);
      if (c == null && v.isCapitalized(i)) c = placeOf(v, i);
      if (c != null) return c;
    }
    return backed || head == from ? null : countryOfSpan(v, from, head);
  }

  /**
   * "Hamas officials", "Montenegro Municipality Association (AKK) officials": a collective whose modifiers end with
   * a named organisation, or that follows one or its bracketed short form, belongs to that organisation's country.
   */
  private static @Nullable String countryOfOrganisationBefore(SentenceView v, int start, int head,
      List<ActorMention> out) {
    int first = start - 1;
    if (first >= 1 && isCloseBracket(v.word(first))) first--;
    if (first < 0) first = start;
    for (int k = out.size() - 1; k >= 0; k--) {
      ActorMention m = out.get(k);
      if (m.sentence() != v.sentence.index() || m.kind() != ActorKind.ORGANIZATION && m.kind() != ActorKind.GROUP) {
        continue;
      }
      for (int i = first; i < head; i++) if (m.end() == v.token(i).end()) return m.country();
    }
    return null;
  }

  // ---------------------------------------------------------------- titles and countries around names

  private record Premodifiers(@Nullable String country, List<String> titles) {}

  /** Walks left from a name over title, nationality and organisation words: "US Secretary of State Anthony Blinken". */
  private Premodifiers premodifiers(SentenceView v, int nameStart) {
    String country = null;
    List<String> titles = new ArrayList<>();
    int titleEnd = -1;
    int i = nameStart - 1;
    if (i >= 0 && HONORIFICS.contains(v.lower(i))) i--;
    for (; i >= 0; i--) {
      if (titleEnd >= 0 && isPossessive(v, i) && i > 0) {
        // "Lebanon's new President Elias Hrawi": the possessor is the country the title belongs to.
        if (country == null) country = countryOfWord(v, i - 1);
        break;
      }
      boolean linking = v.lower(i).equals("of") || v.lower(i).equals("for");
      boolean titleNoun = "TITLE".equals(v.ner(i)) || v.pos(i).startsWith("NN") && agents.sectorOf(v.lower(i)).isPresent()
          && !v.pos(i).endsWith("S");
      // "ousted", "new", "interim": an adjective on a title is part of it.
      boolean titleAdjective = titleEnd >= 0 && v.pos(i).startsWith("JJ") && !v.isCapitalized(i)
          // "Trade Secretary", "Defence Minister": the portfolio in front of a title is part of it.
          || titleEnd >= 0 && v.pos(i).startsWith("NNP") && v.isCapitalized(i) && "O".equals(v.ner(i))
          && countryOfWord(v, i) == null;
      if (!PREMODIFIER_TYPES.contains(v.ner(i)) && !linking && !titleNoun && !titleAdjective) break;
      if (titleNoun || titleAdjective) {
        if (titleEnd < 0) titleEnd = i;
      } else if (titleEnd >= 0 && !linking) {
        titles.add(0, v.text(i + 1, titleEnd + 1));
        titleEnd = -1;
      }
      // "British Defence Secretary": NER may fold the demonym into an organisation span; the word still says it.
      if (country == null) country = countryOfWord(v, i);
    }
    if (titleEnd >= 0) {
      int start = i + 1;
      while (start <= titleEnd && v.lower(start).matches("of|for")) start++;
      if (start <= titleEnd) titles.add(0, v.text(start, titleEnd + 1));
    }
    // "Arab League Secretary General Chadli Klibi": an organisation the knowledge base knows gives its country.
    if (country == null && i + 1 < nameStart) country = countryOfSpan(v, i + 1, nameStart);
    return new Premodifiers(country, titles);
  }

  private static boolean isPossessive(SentenceView v, int i) {
    return v.pos(i).equals("POS") || v.word(i).equals("'s") || v.word(i).equals("’s");
  }

  /** The country a single word names or is the demonym of ("Iraq", "Iraqi"); capitals do not count here. */
  private @Nullable String countryOfWord(SentenceView v, int i) {
    return countryOfWords(v, i, i + 1);
  }

  /** The country tokens {@code from..to} name or are the demonym of; capitals do not count here. */
  private @Nullable String countryOfWords(SentenceView v, int from, int to) {
    Optional<CountryMatch> c = countries.match(to == from + 1 ? v.word(from) : v.text(from, to));
    return c.isPresent() && c.get().kind() != CountryMatchKind.CAPITAL ? c.get().country().alpha3() : null;
  }

  /**
   * The country a phrase right after a name gives: "King Hassan of Morocco", "rebels in the Ivory Coast", "doctors
   * from two American aid groups". Looks a few words past a preposition, up to punctuation or a verb.
   */
  private @Nullable String countryAfter(SentenceView v, int after) {
    if (after >= v.size() || !v.lower(after).matches("of|in|from")) return null;
    for (int i = after + 1; i < v.size() && i <= after + 5; i++) {
      if (v.pos(i).startsWith("VB") || v.word(i).matches("[,;:.()\\[\\]]|--|—")) break;
      // "the Ivory Coast", "Burkina Faso": a country of two words.
      if (i + 1 < v.size() && v.isCapitalized(i) && v.isCapitalized(i + 1)) {
        String two = countryOfWords(v, i, i + 2);
        if (two != null) return two;
      }
      String c = countryOfWord(v, i);
      if (c == null && v.isCapitalized(i)) c = placeOf(v, i);
      if (c != null) return c;
    }
    return null;
  }

  /**
   * The country of the city or region named by the capitalised words from {@code i} on ("Darfur", "Khan Younis",
   * "Helmand province"), longest first; null when they name none.
   */
  private @Nullable String placeOf(SentenceView v, int i) {
    int end = i;
    while (end < v.size() && end < i + 4 && (v.isCapitalized(end) || end > i && v.lower(end).matches(
        "province|state|region|governorate|city|district"))) {
      end++;
    }
    for (int j = end; j > i; j--) {
      Optional<Place> p = places.match(v.text(i, j));
      if (p.isPresent()) return p.get().alpha3();
    }
    return null;
  }

  /** "Qais al-Khazali, leader of Asaib Ahl al-Haq," gives the title "leader of Asaib Ahl al-Haq". */
  private Optional<String> apposition(SentenceView v, int afterName) {
    if (afterName + 1 >= v.size() || !v.word(afterName).equals(",")) return Optional.empty();
    int start = afterName + 1;
    if (v.lower(start).matches("the|a|an")) start++;
    if (start + 1 < v.size() && countryOfWord(v, start) != null && isPossessive(v, start + 1)) start += 2;
    while (start < v.size() && (v.pos(start).startsWith("JJ") || v.pos(start).matches("VBG|VBN|HYPH|RBS") || v.pos(start).startsWith("NN")
        && start + 1 < v.size() && v.pos(start + 1).startsWith("NN"))) {
      start++;
    }
    if (start >= v.size() || !"TITLE".equals(v.ner(start)) && agents.sectorOf(v.lower(start)).isEmpty()) {
      return Optional.empty();
    }
    int end = start + 1;
    while (end < v.size() && end - start < 10 && !v.word(end).matches("[,;.()\\[\\]]|--|—")) end++;
    return Optional.of(v.text(afterName + 1, end));
  }

  private @Nullable String sectorOfTitles(List<String> titles) {
    for (String t : titles) {
      String[] w = t.toLowerCase(Locale.ROOT).split("\\s+");
      Optional<String> s = agents.sectorOf(t);
      if (s.isEmpty()) s = agents.sectorOf(w[w.length - 1]);
      if (s.isEmpty()) s = agents.sectorOf(w[0]);
      if (s.isPresent()) return s.get();
    }
    return null;
  }

  /**
   * A country or demonym word inside an organisation's name: "Iraqi Foreign Ministry", "US State Department"; else
   * the capital an organisation is named after: "Baghdad University", "Tehran Times".
   */
  private @Nullable String countryInside(SentenceView v, EntityMention e) {
    for (int i = e.tokenBegin(); i < e.tokenEnd(); i++) {
      String c = countryOfWord(v, i);
      if (c != null) return c;
      // "Ivory Coast's Supreme Court": a country of two words.
      if (i + 1 < e.tokenEnd() && (c = countryOfWords(v, i, i + 2)) != null) return c;
    }
    return countries.match(v.word(e.tokenBegin())).filter(c -> c.kind() == CountryMatchKind.CAPITAL)
        .map(c -> c.country().alpha3()).orElseGet(() -> e.tokenEnd() - e.tokenBegin() > 1 ? placeOf(v, e.tokenBegin())
            : null);
  }

  /**
   * The country of the first country word, two-word country, or knowledge-base organisation in tokens
   * {@code from..to}: "United Nations Emergency Relief Coordinator" gives IGO.
   */
  private @Nullable String countryOfSpan(SentenceView v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!v.isCapitalized(i)) continue;
      for (int j = Math.min(to, i + 4); j > i; j--) {
        String c = countryOfWords(v, i, j);
        if (c != null) return c;
        if (j - i < 2) continue;
        KbActor k = known(v.text(i, j));
        if (k != null && k.kind() != ActorKind.PERSON && k.country() != null) return k.country();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- small predicates

  private static boolean speaks(SentenceView v, int head) {
    int verb = v.verbOfSubject(head);
    return verb >= 0 && AGENT_VERBS.contains(v.token(verb).lemma().toLowerCase(Locale.ROOT));
  }

  /** Capitalised words, with an Arabic article or kunya ("al-Kadhimi", "Abu Taqwa") or a single surname. */
  private static boolean looksLikePersonName(String text) {
    return text.matches("(?:(?:[Aa]l|[Ee]l|Abu|Bin|bin|Ibn|ibn)[- ])?\\p{Lu}[\\p{L}'’]+(?:[ -]\\p{Lu}[\\p{L}'’]+){0,2}")
        && !ORGANISATION_WORD.matcher(text).find();
  }

  private static boolean isPronoun(SentenceView v, EntityMention e) {
    for (int i = e.tokenBegin(); i < e.tokenEnd(); i++) if (!v.pos(i).startsWith("PRP")) return false;
    return true;
  }

  private static boolean isOpenBracket(String w) {
    return w.equals("(") || w.equals("[") || w.equals("-LRB-") || w.equals("-LSB-");
  }

  private static boolean isCloseBracket(String w) {
    return w.equals(")") || w.equals("]") || w.equals("-RRB-") || w.equals("-RSB-");
  }

  /**
   * The one knowledge-base actor a name fits, or null. A bare surname ("Fayyad") is not enough to name a known
   * person: many people share it; the resolver joins it to the fuller name the article or corpus gives.
   */
  private @Nullable KbActor known(String text) {
    return known(text, null, Set.of(), null);
  }

  /** Offices whose holders news names by surname alone: "Putin said", "Merkel met". */
  private static final Pattern TOP_OFFICE = Pattern.compile(
      "(?i)(acting )?(president|prime minister|premier|chancellor|king|queen|emir|sultan|supreme leader"
          + "|secretary[- ]general)");

  /** Whether {@code k} held a top office on {@code day}. */
  private static boolean inTopOffice(KbActor k, @Nullable LocalDate day) {
    if (day == null) return false;
    for (KbRole r : k.rolesOn(day)) if (TOP_OFFICE.matcher(r.title()).matches()) return true;
    return false;
  }

  /**
   * The knowledge-base actor a name fits. A bare surname names a known person only when {@code articleSurnames}
   * is given, the article names nobody fuller with that word, and it names the person's country or the person
   * held a top office on the article's day: "Putin" in an article on Russia, or in one on Armenia while he was
   * president, is Vladimir Putin; "Fayyad" in one on Iraq and Iran in 2020 is not the Palestinian Salam Fayyad,
   * prime minister until 2013. With {@code null}, a bare surname never names a known person.
   */
  private @Nullable KbActor known(String text, @Nullable Set<String> articleSurnames, Set<String> countriesNamed,
      @Nullable LocalDate day) {
    List<KbActor> found = knowledge.lookup(text);
    if (found.isEmpty()) {
      String bare = text.replaceFirst("(?i)\\s+(?:" + DESIGNATORS + ")$", "");
      if (!bare.equals(text)) found = knowledge.lookup(bare);
    }
    if (found.size() != 1) return null;
    KbActor k = found.get(0);
    if (k.kind() == ActorKind.PERSON && personNameWords(text) < 2
        && (articleSurnames == null || articleSurnames.contains(lastWord(text))
            || k.country() != null && !countriesNamed.contains(k.country()) && !inTopOffice(k, day))) {
      return null;
    }
    return k;
  }

  private static String lastWord(String text) {
    String[] w = text.strip().split("[\\s-]+");
    return w[w.length - 1];
  }

  private static int personNameWords(String text) {
    int n = 0;
    for (String w : text.split("[\\s-]+")) {
      String l = w.toLowerCase(Locale.ROOT).replace(".", "");
      if (!l.isEmpty() && !l.matches("al|el|mr|mrs|ms|dr|sheikh|the") && Character.isLetter(w.charAt(0))) n++;
    }
    return n;
  }

  private static ActorMention mention(EntityMention e, MentionForm form, ActorKind kind, @Nullable String country,
      @Nullable String sector, List<String> titles, @Nullable String kbId) {
    return new ActorMention(e.text(), form, kind, country, sector, titles, kbId, null, e.sentence(), e.begin(), e.end());
  }
}
