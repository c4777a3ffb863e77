package org.sitrep.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.corpus.Corroboration;
import org.sitrep.corpus.MinHash;
import org.sitrep.corpus.Signature;
import org.sitrep.corpus.StoryIndex;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Problem;
import org.sitrep.store.search.SentenceIndex;

/**
 * Writes analysed articles into a store, a batch per transaction: gives each a free id, links it to its wire story
 * (MinHash), marks the events that an earlier copy of the story already reported as not counted, commits, then
 * indexes the sentences for search. {@link #rebuildIncidents()} regroups the corroborated incidents afterwards.
 * One writer per store; not thread-safe.
 */
public final class CorpusWriter {

  private final CorpusStore store;
  private final SentenceIndex search;
  private final MinHash minHash = MinHash.standard();
  private final Corroboration corroboration = new Corroboration();
  private StoryIndex stories;
  private final Set<String> ids;

  public CorpusWriter(CorpusStore store, SentenceIndex search) {
    this.store = Objects.requireNonNull(store, "store");
    this.search = Objects.requireNonNull(search, "search");
    SearchSync.sync(store, search);
    this.stories = storedStories();
    this.ids = store.articleIds();
  }

  /** What a batch came to: the articles stored, and for a failed batch one problem per article. */
  public record Outcome(List<NewArticle> stored, List<Problem> problems) {
    public Outcome {
      stored = List.copyOf(stored);
      problems = List.copyOf(problems);
    }
  }

  /** Stores {@code batch} whole, or, when the store refuses it, none of it and a problem for each article. */
  public Outcome write(List<HashedArticle> batch) {
    List<NewArticle> rows = new ArrayList<>();
    Set<String> batchIds = new HashSet<>();
    Map<String, Set<String>> storyEvents = new HashMap<>();
    for (HashedArticle h : batch) {
      Article art = h.analysed().analysis().article();
      String id = uniqueId(art.id(), h.contentHash(), batchIds);
      Signature sig = minHash.sign(art.body());
      String story = stories.add(id, sig);
      List<Boolean> counted = counted(story, id, h.analysed().analysis().events(), storyEvents);
      rows.add(new NewArticle(id, h.contentHash(), story, sig.toBytes(), h.analysed(), counted));
    }
    try {
      store.write(rows);
    } catch (StoreException e) {
      // The story index learnt articles that are not stored: rebuild it from what is.
      stories = storedStories();
      List<Problem> problems = new ArrayList<>();
      for (NewArticle n : rows) {
        problems.add(new Problem(n.analysed().analysis().article().origin(), 0, "not stored: " + e.getMessage()));
      }
      return new Outcome(List.of(), problems);
    }
    ids.addAll(batchIds);
    SearchSync.index(search, rows);
    return new Outcome(rows, List.of());
  }

  /** Regroups every stored event into incidents; returns how many there are. */
  public long rebuildIncidents() {
    store.replaceIncidents(corroboration.group(store.reportedEvents()));
    return store.count("incidents");
  }

  private StoryIndex storedStories() {
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
  private List<Boolean> counted(String story, String id, List<Event> events, Map<String, Set<String>> storyEvents) {
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
  private String uniqueId(String id, String hash, Set<String> batch) {
    String candidate = id;
    for (int len = 8; (ids.contains(candidate) || batch.contains(candidate)) && len <= hash.length(); len += 8) {
      candidate = id + "#" + hash.substring(0, len);
    }
    batch.add(candidate);
    return candidate;
  }
}
