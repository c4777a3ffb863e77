package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.knowledge.CountryMatch;
import org.sitrep.knowledge.CountryMatchKind;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.model.ActorKind;
import org.sitrep.model.AnnotatedArticle;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Actor mentions from the named entities CoreNLP found: people, organisations, countries and places, with the
 * country and titles that the words right before a name give ("Iraqi Foreign Minister Fuad Hussein": IRQ,
 * "Foreign Minister"). A first cut: the NER errors of this domain and unnamed groups are not handled yet.
 * Thread-safe.
 */
public final class MentionExtractor {

  private static final Set<String> PLACE_TYPES = Set.of("CITY", "STATE_OR_PROVINCE", "LOCATION");
  /** Fine-grained NER tags that may stand in the noun phrase before a name and tell who it is. */
  private static final Set<String> PREMODIFIER_TYPES = Set.of("TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION");

  private final CountryTable countries;

  public MentionExtractor(CountryTable countries) {
    this.countries = Objects.requireNonNull(countries, "countries");
  }

  public List<ActorMention> extract(AnnotatedArticle article) {
    List<ActorMention> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      for (EntityMention e : s.entities()) {
        ActorMention m = toMention(s, e);
        if (m != null) out.add(m);
      }
    }
    return out;
  }

  private @Nullable ActorMention toMention(Sentence s, EntityMention e) {
    // CoreNLP lists pronouns ("his", "they") among its entity mentions; they name nobody until coreference.
    if (isPronoun(s, e)) return null;
    String type = e.type();
    Optional<CountryMatch> asCountry = countries.match(e.text());
    if ("COUNTRY".equals(type) || ("LOCATION".equals(type) && asCountry.filter(c -> c.kind() == CountryMatchKind.NAME).isPresent())) {
      return asCountry.map(c -> mention(e, ActorKind.COUNTRY, c.country().alpha3(), List.of()))
          .orElseGet(() -> mention(e, ActorKind.LOCATION, null, List.of()));
    }
    if (PLACE_TYPES.contains(type)) {
      return mention(e, ActorKind.LOCATION, asCountry.map(c -> c.country().alpha3()).orElse(null), List.of());
    }
    if ("PERSON".equals(type) || "ORGANIZATION".equals(type)) {
      Premodifiers pre = premodifiers(s, e.tokenBegin());
      String country = pre.country != null ? pre.country : countryInside(s, e);
      return mention(e, "PERSON".equals(type) ? ActorKind.PERSON : ActorKind.ORGANIZATION, country, pre.titles);
    }
    return null;
  }

  private static boolean isPronoun(Sentence s, EntityMention e) {
    for (int i = e.tokenBegin(); i < e.tokenEnd(); i++) {
      if (!s.tokens().get(i).pos().startsWith("PRP")) return false;
    }
    return true;
  }

  private static ActorMention mention(EntityMention e, ActorKind kind, @Nullable String country, List<String> titles) {
    return new ActorMention(e.text(), kind, country, titles, e.sentence(), e.begin(), e.end());
  }

  private record Premodifiers(@Nullable String country, List<String> titles) {}

  /** Walks left from a name over title, nationality and organisation words: "US Secretary of State Anthony Blinken". */
  private Premodifiers premodifiers(Sentence s, int nameStart) {
    List<Token> tokens = s.tokens();
    String country = null;
    List<String> titles = new ArrayList<>();
    int titleEnd = -1;
    int i = nameStart - 1;
    for (; i >= 0; i--) {
      Token t = tokens.get(i);
      boolean linking = "of".equalsIgnoreCase(t.word()) || "for".equalsIgnoreCase(t.word());
      if (!PREMODIFIER_TYPES.contains(t.ner()) && !linking) break;
      if ("TITLE".equals(t.ner())) {
        if (titleEnd < 0) titleEnd = i;
      } else if (titleEnd >= 0 && !linking) {
        titles.add(0, join(tokens, i + 1, titleEnd + 1));
        titleEnd = -1;
      }
      if (country == null && ("NATIONALITY".equals(t.ner()) || "COUNTRY".equals(t.ner()))) {
        country = countries.match(t.word()).map(c -> c.country().alpha3()).orElse(null);
      }
    }
    if (titleEnd >= 0) {
      int start = i + 1;
      while (start <= titleEnd && !"TITLE".equals(tokens.get(start).ner())) start++;
      titles.add(0, join(tokens, start, titleEnd + 1));
    }
    return new Premodifiers(country, titles);
  }

  /** A country or demonym word inside an organisation's name: "Iraqi Foreign Ministry", "US State Department". */
  private @Nullable String countryInside(Sentence s, EntityMention e) {
    for (int i = e.tokenBegin(); i < e.tokenEnd(); i++) {
      Optional<CountryMatch> c = countries.match(s.tokens().get(i).word());
      if (c.isPresent() && c.get().kind() != CountryMatchKind.CAPITAL) return c.get().country().alpha3();
    }
    return null;
  }

  private static String join(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) b.append(' ');
      b.append(tokens.get(i).word());
    }
    return b.toString();
  }
}
