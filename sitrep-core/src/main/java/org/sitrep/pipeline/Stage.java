package org.sitrep.pipeline;

/**
 * One step of the pipeline: a pure function from one immutable record to a richer one. Implementations hold only
 * final configuration, do no I/O and are safe to share between threads.
 */
@FunctionalInterface
public interface Stage<I, O> {
  O apply(I input);

  default <R> Stage<I, R> then(Stage<O, R> next) {
    return in -> next.apply(apply(in));
  }
}
