package org.sitrep.nlp;

import java.io.Serializable;

/**
 * Settings of the NLP stage. {@code dependencies} turns the dependency parser on (events need it);
 * {@code timeExpressions} turns SUTime on (dates need it).
 */
public record NlpConfig(boolean dependencies, boolean timeExpressions) implements Serializable {

  /** The configuration {@code sitrep analyze} uses. */
  public static NlpConfig defaults() {
    return new NlpConfig(true, true);
  }
}
