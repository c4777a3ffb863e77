package org.sitrep.testkit;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.extract.ExtractedArticle;
import org.sitrep.extract.FactExtractor;
import org.sitrep.knowledge.Knowledge;
import org.sitrep.model.Article;
import org.sitrep.model.PartialDate;
import org.sitrep.model.ResolvedArticle;
import org.sitrep.resolve.ActorResolver;

/**
 * Short project-written texts through the NLP stage, extraction and corpus resolution with the bundled knowledge:
 * what the actor, speaker and event tests start from. Uses the JVM's one CoreNLP pipeline; thread-safe.
 */
public final class ShortTexts {

  private ShortTexts() {}

  private static final class Holder {
    static final Knowledge KNOWLEDGE = Knowledge.loadDefault();
    static final FactExtractor EXTRACTOR =
        new FactExtractor(KNOWLEDGE);
    static final ActorResolver RESOLVER = new ActorResolver(KNOWLEDGE.countries(), KNOWLEDGE.actors());
  }

  public static Knowledge knowledge() {
    return Holder.KNOWLEDGE;
  }

  /** The bodies as one corpus of articles {@code t0, t1, ...} published on {@code published}, resolved. */
  public static List<ResolvedArticle> resolve(String published, String... bodies) {
    List<ExtractedArticle> extracted = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      Article a = new Article("t" + i, "t" + i, null, null, null, PartialDate.parse(published), bodies[i], List.of());
      extracted.add(Holder.EXTRACTOR.apply(SharedNlp.annotator().apply(a)));
    }
    return Holder.RESOLVER.resolve(extracted);
  }
}
