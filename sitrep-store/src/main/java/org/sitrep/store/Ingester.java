package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sitrep.corpus.Corroboration;
import org.sitrep.corpus.MinHash;
import org.sitrep.corpus.Signature;
import org.sitrep.corpus.StoryIndex;
import org.sitrep.model.AnalysedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Problem;
import org.sitrep.model.RawArticle;
import org.sitrep.pipeline.AnalysisPipeline;
import org.sitrep.pipeline.Batch;
import org.sitrep.pipeline.ProgressListener;
import org.sitrep.store.search.SentenceIndex;

/**
 * Adds articles to a store, safe to repeat and to interrupt. Content already stored is skipped by hash. New articles
 * go through the pipeline a batch at a time, their actors resolved against the store's; each batch is written in
 * one transaction, so a run killed at any point leaves whole batches, and the next run stores exactly what is
 * missing. Each article is linked to its wire story (MinHash), events repeated by a syndicated copy are marked as
 * not counted, the incidents are rebuilt, and the search index is brought level with the store.
 */
public final class Ingester {

  private final Supplier<AnalysisPipeline> pipeline;
  private final int batchSize;
  private final MinHash minHash = MinHash.standard();
  private final Corroboration corroboration = new Corroboration();

  /**
   * {@code pipeline} is asked for only when some content is new, so a repeated ingest never loads the NLP models;
   * {@code batchSize}: articles analysed and committed together, what a kill can lose at most.
   */
  public Ingester(Supplier<AnalysisPipeline> pipeline, int batchSize) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    if (batchSize < 1) throw new IllegalArgumentException("batchSize < 1: " + batchSize);
    this.batchSize = batchSize;
  }

  public IngestReport ingest(CorpusStore store, SentenceIndex search, Batch<RawArticle> input,
      @Nullable PartialDate defaultPublished, ProgressListener progress) {
    long started = System.nanoTime();
    List<Problem> problems = new ArrayList<>(input.problems());
    SearchSync.sync(store, search);
    long actorsBefore = store.count("actors");

    Set<String> hashes = store.contentHashes();
    List<RawArticle> fresh = new ArrayList<>();
    List<String> freshHashes = new ArrayList<>();
    for (RawArticle raw : input.results()) {
      String hash = ContentHash.of(raw.content());
      if (hashes.add(hash)) {
        fresh.add(raw);
        freshHashes.add(hash);
      }
    }
    int alreadyStored = input.results().size() - fresh.size();

    StoryIndex stories = storyIndex(store);
    Set<String> ids = store.articleIds();
    int stored = 0;
    int syndicated = 0;
    long events = 0;
    int done = 0;
    for (int from = 0; from < fresh.size(); from += batchSize) {
      List<RawArticle> chunk = fresh.subList(from, Math.min(fresh.size(), from + batchSize));
      Map<String, String> hashById = new HashMap<>();
      for (int i = 0; i < chunk.size(); i++) hashById.put(chunk.get(i).id() + "\u0000" + chunk.get(i).origin(), freshHashes.get(from + i));
      int offset = done;
      Batch<AnalysedArticle> analysed = pipeline.get().run(chunk, defaultPublished, store.actors(),
          (d, t, tokens) -> progress.articleDone(offset + d, fresh.size(), tokens));
      done += chunk.size();
      problems.addAll(analysed.problems());

      List<NewArticle> batch = new ArrayList<>();
      Set<String> batchIds = new HashSet<>();
      Map<String, Set<String>> storyEvents = new HashMap<>();
      for (AnalysedArticle a : analysed.results()) {
        Article art = a.analysis().article();
        String hash = Objects.requireNonNull(hashById.get(art.id() + "\u0000" + art.origin()), "hash of " + art.id());
        String id = uniqueId(art.id(), hash, ids, batchIds);
        Signature sig = minHash.sign(art.body());
        String story = stories.add(id, sig);
        List<Boolean> counted = counted(store, story, id, a.analysis().events(), storyEvents);
        if (!story.equals(id)) syndicated++;
        batch.add(new NewArticle(id, hash, story, sig.toBytes(), a, counted));
      }
      try {
        store.write(batch);
        ids.addAll(batchIds);
        stored += batch.size();
        for (NewArticle n : batch) events += n.analysed().analysis().events().size();
        SearchSync.index(search, batch);
      } catch (StoreException e) {
        for (NewArticle n : batch) {
          problems.add(new Problem(n.analysed().analysis().article().origin(), 0, "not stored: " + e.getMessage()));
          hashes.remove(n.contentHash());
        }
        syndicated -= (int) batch.stream().filter(n -> !n.storyId().equals(n.articleId())).count();
        stories = storyIndex(store);
      }
    }
    store.replaceIncidents(corroboration.group(store.reportedEvents()));
    double seconds = (System.nanoTime() - started) / 1e9;
    return new IngestReport(input.results().size(), alreadyStored, stored, events, store.count("actors") - actorsBefore,
        syndicated, store.count("incidents"), seconds, problems);
  }

  /** The story index as the store left it: every stored article under the story it was stored with. */
  private StoryIndex storyIndex(CorpusStore store) {
    StoryIndex index = new StoryIndex(minHash, StoryIndex.SAME_STORY);
    for (CorpusStore.StoredSignature s : store.signatures()) {
      index.restore(s.articleId(), s.storyId(), Signature.fromBytes(s.minhash()));
    }
    return index;
  }

  /**
   * Whether each event counts: an event of a syndicated copy that an earlier copy of its story already reported
   * (same type, mode, actors and date) does not, so that no event is counted twice.
   */
  private static List<Boolean> counted(CorpusStore store, String story, String id, List<Event> events,
      Map<String, Set<String>> storyEvents) {
    Set<String> earlier = storyEvents.computeIfAbsent(story,
        s -> s.equals(id) ? new HashSet<>() : new HashSet<>(store.eventKeysOfStory(s)));
    Set<String> mine = new HashSet<>();
    List<Boolean> counted = new ArrayList<>(events.size());
    for (Event e : events) {
      String key = CorpusStore.eventKey(e);
      counted.add(!earlier.contains(key));
      mine.add(key);
    }
    earlier.addAll(mine);
    return counted;
  }

  /** The article's own id, or, when another content already has it, the id with the start of its hash. */
  private static String uniqueId(String id, String hash, Set<String> stored, Set<String> batch) {
    String candidate = id;
    for (int len = 8; stored.contains(candidate) || batch.contains(candidate); len += 4) {
      candidate = id + "#" + hash.substring(0, Math.min(len, hash.length()));
      if (len >= hash.length()) break;
    }
    batch.add(candidate);
    return candidate;
  }
}
