package org.sitrep.knowledge;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything the extraction and resolution stages look up, in one immutable bundle: the country table, the place
 * table (cities and regions), the actor knowledge base and the agent lexicon (nouns to sectors). Thread-safe.
 */
public record Knowledge(CountryTable countries, PlaceTable places, KnowledgeBase actors, AgentLexicon agents) {

  public Knowledge {
    Objects.requireNonNull(countries, "countries");
    Objects.requireNonNull(places, "places");
    Objects.requireNonNull(actors, "actors");
    Objects.requireNonNull(agents, "agents");
  }

  /** The tables the project ships. */
  public static Knowledge loadDefault() {
    CountryTable countries = CountryTable.loadDefault();
    return new Knowledge(countries, PlaceTable.loadDefault(countries), KnowledgeBase.loadDefault(),
        AgentLexicon.loadDefault());
  }

  /**
   * This knowledge with a user's file added: a sitrep knowledge-base file ({@code actor:} blocks), or a
   * PETRARCH/Phoenix actor or agent dictionary, told apart by their content. Entries of the file win over the
   * bundled ones. Throws {@link IllegalArgumentException} naming the file and line for a malformed sitrep file and
   * {@link UncheckedIOException} when the file cannot be read.
   */
  public Knowledge with(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (text.lines().anyMatch(l -> l.startsWith("actor:"))) {
      try (Reader r = new java.io.StringReader(text)) {
        return new Knowledge(countries, places, actors.merge(KnowledgeBase.parse(r, file.toString())), agents);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (text.lines().anyMatch(l -> l.matches(".*\\[~[A-Z]{3}.*"))) {
      return new Knowledge(countries, places, actors, agents.merge(PhoenixDictionary.readAgents(file)));
    }
    return new Knowledge(countries, places, actors.merge(PhoenixDictionary.readActors(file)), agents);
  }
}
