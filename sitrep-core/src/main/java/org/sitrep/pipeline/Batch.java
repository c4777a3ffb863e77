package org.sitrep.pipeline;

import java.util.List;
import org.sitrep.model.Problem;

/** Results of a batch in input order, and the problems met on the way; one bad item never hides the others. */
public record Batch<T>(List<T> results, List<Problem> problems) {
  public Batch {
    results = List.copyOf(results);
    problems = List.copyOf(problems);
  }
}
