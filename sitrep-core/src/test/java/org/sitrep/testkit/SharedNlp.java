package org.sitrep.testkit;

import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.NlpConfig;

/**
 * The one CoreNLP pipeline of a test JVM. Loading the models takes tens of seconds and ~1 GB, so every test class
 * that needs NLP shares this instance instead of building its own; it is thread-safe and holds no per-test state.
 */
public final class SharedNlp {

  private SharedNlp() {}

  private static final class Holder {
    static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(NlpConfig.defaults());
  }

  public static CoreNlpAnnotator annotator() {
    return Holder.ANNOTATOR;
  }
}
