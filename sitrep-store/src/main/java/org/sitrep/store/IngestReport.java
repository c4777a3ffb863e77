package org.sitrep.store;

import java.util.List;
import org.sitrep.model.Problem;

/**
 * What one ingest did: articles {@code read} from the input, {@code alreadyStored} (same content as a stored
 * article or as an earlier one of this input), {@code stored}, the events and new actors they added, how many of the
 * stored articles are {@code syndicated} copies of a stored story, the corpus's incidents afterwards, the
 * {@code seconds} that analysing and storing took (after the models were loaded), and the problems met (files not
 * read, articles not analysed or not stored).
 */
public record IngestReport(int read, int alreadyStored, int stored, long events, long newActors, int syndicated,
    long incidents, double seconds, List<Problem> problems) {
  public IngestReport {
    problems = List.copyOf(problems);
  }

  public double articlesPerSecond() {
    return seconds <= 0 ? 0 : stored / seconds;
  }

  /** One line for a terminal. */
  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "ingest: %d read, %d stored, %d already stored, %d syndicated copies, %d events, %d new actors, %d incidents"
            + " in the store; %.1f s (%.2f articles/s)%s",
        read, stored, alreadyStored, syndicated, events, newActors, incidents, seconds, articlesPerSecond(),
        problems.isEmpty() ? "" : "; " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
  }
}
