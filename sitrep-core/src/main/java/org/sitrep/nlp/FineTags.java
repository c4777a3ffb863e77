package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.knowledge.CountryMatch;
import org.sitrep.knowledge.CountryMatchKind;
import org.sitrep.knowledge.CountryTable;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * The fine-grained tags sitrep reads, from its own tables rather than CoreNLP's slow fine-grained NER: a place or
 * miscellaneous entity that is a country name becomes {@code COUNTRY}, one that is a demonym {@code NATIONALITY},
 * a capital {@code CITY}; a lone title word ("minister", "spokesman") is tagged {@code TITLE}. Thread-safe.
 */
final class FineTags {

  /** Words that name an office held by a person; they open or close a title ("Foreign Minister", "army chief"). */
  private static final Set<String> TITLE_WORDS = Set.of("president", "minister", "premier", "spokesman",
      "spokeswoman", "spokesperson", "secretary", "chief", "commander", "leader", "head", "general", "ambassador",
      "envoy", "king", "queen", "prince", "emir", "sheikh", "governor", "mayor", "chancellor", "speaker", "senator",
      "lawmaker", "diplomat", "official", "director", "chairman", "chairwoman", "deputy", "vice", "foreign", "defense",
      "defence", "interior", "finance", "prime", "supreme", "ayatollah", "cleric", "judge", "prosecutor", "colonel",
      "lieutenant", "major", "captain", "admiral", "marshal", "adviser", "advisor", "aide", "coordinator", "founder",
      "protester", "analyst", "journalist", "correspondent", "reporter", "editor", "ceo", "counterpart");

  private final CountryTable countries;

  FineTags(CountryTable countries) {
    this.countries = countries;
  }

  Sentence apply(Sentence s) {
    List<Token> tokens = new ArrayList<>(s.tokens());
    List<EntityMention> entities = new ArrayList<>();
    for (EntityMention e : s.entities()) {
      String type = e.type();
      if (type.equals("LOCATION") || type.equals("MISC") || type.equals("ORGANIZATION") && e.tokenEnd() - e.tokenBegin() == 1) {
        Optional<CountryMatch> c = countries.match(e.text());
        if (c.isPresent()) {
          type = switch (c.get().kind()) {
            case NAME -> "COUNTRY";
            case DEMONYM -> "NATIONALITY";
            case CAPITAL -> "CITY";
          };
          for (int i = e.tokenBegin(); i < e.tokenEnd(); i++) tokens.set(i, retag(tokens.get(i), type));
        }
      }
      entities.add(type.equals(e.type()) ? e
          : new EntityMention(e.text(), type, e.sentence(), e.tokenBegin(), e.tokenEnd(), e.begin(), e.end()));
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.ner().equals("O")) continue;
      String lower = t.word().toLowerCase(Locale.ROOT);
      Optional<CountryMatch> c = t.pos().startsWith("NNP") || t.pos().startsWith("JJ") ? countries.match(t.word())
          : Optional.empty();
      if (c.isPresent() && c.get().kind() != CountryMatchKind.CAPITAL) {
        // A country or demonym NER left untagged ("Czechia"): tag it and list it as an entity, as NER would have.
        String type = c.get().kind() == CountryMatchKind.NAME ? "COUNTRY" : "NATIONALITY";
        tokens.set(i, retag(t, type));
        entities.add(new EntityMention(t.word(), type, s.index(), i, i + 1, t.begin(), t.end()));
      } else if (t.pos().startsWith("NN") && TITLE_WORDS.contains(lower)) {
        tokens.set(i, retag(t, "TITLE"));
      }
    }
    entities.sort(java.util.Comparator.comparingInt(EntityMention::begin));
    return new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, entities, s.timexes(), s.dependencies());
  }

  private static Token retag(Token t, String ner) {
    return new Token(t.word(), t.begin(), t.end(), t.pos(), t.lemma(), ner, t.normalized());
  }
}
