package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Sentence;
import org.sitrep.store.search.IndexedSentence;
import org.sitrep.store.search.SentenceIndex;

/**
 * Keeps the full-text index level with the store. The store is the truth: the index is written after the store
 * commits, so a run killed in between leaves articles the index lacks, and {@link #sync} adds them from the stored
 * sentences (and drops articles the store does not have) before the next ingest.
 */
final class SearchSync {

  private SearchSync() {}

  static void index(SentenceIndex search, List<NewArticle> batch) {
    for (NewArticle n : batch) {
      Article a = n.analysed().analysis().article();
      String published = a.published() == null ? null : a.published().toString();
      List<IndexedSentence> sentences = new ArrayList<>();
      for (Sentence s : n.analysed().resolved().annotated().sentences()) {
        sentences.add(new IndexedSentence(n.articleId(), s.index(), s.text(), a.outlet(), a.title(), published));
      }
      search.replaceArticle(n.articleId(), sentences);
    }
    search.commit();
  }

  static void sync(CorpusStore store, SentenceIndex search) {
    Set<String> stored = store.articleIds();
    Set<String> indexed = new HashSet<>(search.articleIds());
    boolean changed = false;
    for (String id : indexed) {
      if (!stored.contains(id)) {
        search.deleteArticle(id);
        changed = true;
      }
    }
    String sql = "SELECT s.sentence, s.text, a.outlet, a.title, a.published FROM sentences s"
        + " JOIN articles a ON a.article_id = s.article_id WHERE s.article_id = ? ORDER BY s.sentence";
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      for (String id : stored) {
        if (indexed.contains(id)) continue;
        ps.setString(1, id);
        List<IndexedSentence> sentences = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sentences.add(new IndexedSentence(id, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5)));
          }
        }
        search.replaceArticle(id, sentences);
        changed = true;
      }
    } catch (SQLException e) {
      throw new StoreException(store.file() + ": cannot read sentences to index: " + e.getMessage(), e);
    }
    if (changed) search.commit();
  }
}
