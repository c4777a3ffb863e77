package org.sitrep.cli;

import java.io.PrintWriter;

/** The note a listing prints when it stopped at its {@code --limit}, so that a cut list is not taken as complete. */
final class Limits {

  private Limits() {}

  static void warnIfCut(int rows, int limit, PrintWriter err) {
    if (rows >= limit) {
      err.println("sitrep: showing the first " + limit + "; raise --limit to see more");
      err.flush();
    }
  }
}
