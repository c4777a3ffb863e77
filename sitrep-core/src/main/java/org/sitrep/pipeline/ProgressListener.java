package org.sitrep.pipeline;

/** Told each time an article has been through the per-article stages; called from worker threads. */
@FunctionalInterface
public interface ProgressListener {
  ProgressListener NONE = (done, total, tokens) -> {};

  void articleDone(int done, int total, long tokens);
}
