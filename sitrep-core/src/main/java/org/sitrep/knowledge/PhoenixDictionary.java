package org.sitrep.knowledge;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Imports the actor and agent dictionaries of the PETRARCH/Phoenix event coders (the Open Event Data Alliance's
 * {@code *.actors.txt} and {@code *.agents.txt}) into a {@link KnowledgeBase} and an {@link AgentLexicon}. Lines that
 * cannot be read are skipped and counted, never thrown; see {@link PhoenixImport}. How codes, dates, names and
 * kinds are mapped is documented in {@code docs/knowledge-base.md}. Stateless and safe to call from any thread.
 */
public final class PhoenixDictionary {

  private PhoenixDictionary() {}

  /**
   * Reads an actors file such as {@code Phoenix.Countries.actors.txt}.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static KnowledgeBase readActors(Path file) {
    return importActors(file).content();
  }

  /** Reads actors-file text; {@code source} names it in problem messages. Does not close {@code in}. */
  public static KnowledgeBase readActors(Reader in, String source) {
    return importActors(in, source).content();
  }

  /**
   * Reads an actors file and reports what was skipped.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PhoenixImport<KnowledgeBase> importActors(Path file) {
    return fromFile(file, PhoenixDictionary::importActors);
  }

  /**
   * Reads actors-file text and reports what was skipped. Does not close {@code in}.
   *
   * @throws UncheckedIOException if reading fails
   */
  public static PhoenixImport<KnowledgeBase> importActors(Reader in, String source) {
    return new PhoenixActorReader(source, new CameoCodes(CountryTable.loadDefault())).read(in);
  }

  /**
   * Reads an agents file such as {@code Phoenix.agents.txt}.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static AgentLexicon readAgents(Path file) {
    return importAgents(file).content();
  }

  /** Reads agents-file text; {@code source} names it in problem messages. Does not close {@code in}. */
  public static AgentLexicon readAgents(Reader in, String source) {
    return importAgents(in, source).content();
  }

  /**
   * Reads an agents file and reports what was skipped.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PhoenixImport<AgentLexicon> importAgents(Path file) {
    return fromFile(file, PhoenixDictionary::importAgents);
  }

  /**
   * Reads agents-file text and reports what was skipped. Does not close {@code in}.
   *
   * @throws UncheckedIOException if reading fails
   */
  public static PhoenixImport<AgentLexicon> importAgents(Reader in, String source) {
    return new PhoenixAgentReader(source).read(in);
  }

  private static <T> PhoenixImport<T> fromFile(Path file, BiFunction<Reader, String, PhoenixImport<T>> read) {
    Objects.requireNonNull(file, "file");
    // InputStreamReader replaces malformed UTF-8 rather than failing: the files hold some mojibake.
    try (Reader in = new InputStreamReader(Files.newInputStream(file), UTF_8)) {
      return read.apply(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
