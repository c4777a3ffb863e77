package org.sitrep.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * What an import of a PETRARCH/Phoenix dictionary produced, and what it left out. Immutable.
 *
 * @param <T> {@link KnowledgeBase} for an actors file, {@link AgentLexicon} for an agents file
 * @param content the knowledge base or lexicon read
 * @param entries how many entries the file yielded (actors after merging entries with the same id, or nouns)
 * @param skippedLines lines that could not be read (a malformed code or date, an alias before any entry, a noun
 *     without a code); each is counted once
 * @param droppedEntries entries read but left out because no usable code was given ({@code [---]} or none)
 * @param problems the first {@value #MAX_PROBLEMS} problems, each {@code source:line: reason}
 */
public record PhoenixImport<T>(T content, int entries, int skippedLines, int droppedEntries, List<String> problems) {

  /** How many problem messages are kept; the counts are always complete. */
  public static final int MAX_PROBLEMS = 100;

  /** Rejects nulls and negative counts, and copies the list. */
  public PhoenixImport {
    Objects.requireNonNull(content, "content");
    if (entries < 0 || skippedLines < 0 || droppedEntries < 0) {
      throw new IllegalArgumentException("negative count");
    }
    problems = List.copyOf(problems);
  }
}
