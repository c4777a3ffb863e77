package org.sitrep.store.bench;

import java.util.Arrays;

/** One measured operation: the median of its timed runs in milliseconds, and the rows it returned. */
public record Timing(String what, double medianMillis, double minMillis, int runs, long rows) {

  static Timing of(String what, double[] millis, long rows) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Timing(what, median, sorted[0], n, rows);
  }
}
