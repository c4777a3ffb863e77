package org.sitrep.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene full-text index of stored sentences, one document per sentence, kept in a directory beside the DuckDB
 * file. The database is the source of truth: {@link #articleIds()} lets the caller find articles that are missing
 * or stale and {@link #replaceArticle} them, or {@link #clear()} and rebuild everything.
 *
 * <p><b>Analysis.</b> Text is analysed with Lucene's {@link EnglishAnalyzer} (standard tokenizer, English possessive
 * removal, lower-casing, English stop words, Porter stemming), because news search is about words rather than word
 * forms: "sanction" should find "sanctions" and "sanctioned", "attacks" should find "attacked". The same analyser
 * builds queries and snippets, so they always agree with the index. Stop words leave position gaps, so phrases
 * containing them still match exactly.
 *
 * <p><b>Queries.</b> See {@link UserQuery}: plain words (optional, ranked by BM25, Lucene's default similarity),
 * {@code "quoted phrases"} and {@code -excluded} words; nothing a user types can make a search throw.
 *
 * <p><b>Visibility.</b> Writes ({@link #replaceArticle}, {@link #deleteArticle}, {@link #clear}) become visible to
 * {@link #search}, {@link #sentenceCount} and {@link #articleIds} at the next {@link #commit()}, all at once, so that
 * searches running while the index is rebuilt see the last complete state rather than a half-written one.
 *
 * <p><b>Threads and processes.</b> All methods are safe to call from several threads; searches run concurrently.
 * One {@link IndexWriter} is held open for the life of this object, and Lucene's write lock lets only one
 * {@code SentenceIndex} per directory exist at a time (a second {@link #open} fails with an I/O error).
 *
 * <p><b>Closing.</b> {@link #close()} commits pending writes before closing, matching Lucene's own default, so that
 * nothing indexed is silently lost. I/O errors are thrown as {@link UncheckedIOException}, as elsewhere in sitrep.
 */
public final class SentenceIndex implements AutoCloseable {

  /** The suffix of the index directory beside a database file: {@code sitrep.db} → {@code sitrep.db.search}. */
  public static final String SUFFIX = ".search";

  private static final String ARTICLE = "article";
  private static final String SENTENCE = "sentence";
  private static final String TEXT = "text";
  private static final String OUTLET = "outlet";
  private static final String TITLE = "title";
  private static final String PUBLISHED = "published";

  /** Score first, then article and sentence, so that equal scores come back in a stable, reading order. */
  private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
      new SortField(ARTICLE, SortField.Type.STRING), new SortField(SENTENCE, SortField.Type.INT));

  private final Analyzer analyzer;
  private final Directory directory;
  /** Null when opened for reading only. */
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final Object closeLock = new Object();
  private boolean closed;

  private SentenceIndex(Analyzer analyzer, Directory directory, @Nullable IndexWriter writer, SearcherManager searchers) {
    this.analyzer = analyzer;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /** The index directory that belongs beside {@code dbFile}: the same path with {@value #SUFFIX} appended. */
  public static Path besideDatabase(Path dbFile) {
    Path name = dbFile.getFileName();
    if (name == null) throw new IllegalArgumentException("not a file path: " + dbFile);
    return dbFile.resolveSibling(name + SUFFIX);
  }

  /**
   * Opens the index in {@code dir}, creating the directory and an empty index if missing.
   *
   * @throws UncheckedIOException if the directory cannot be created or read, or another writer holds it
   */
  public static SentenceIndex open(Path dir) {
    Analyzer analyzer = new EnglishAnalyzer();
    Directory directory = null;
    IndexWriter writer = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(true);
      writer = new IndexWriter(directory, config);
      // Commit at once so that a new directory holds a valid (empty) index for any other reader.
      writer.commit();
      SearcherManager searchers = new SearcherManager(writer, null);
      return new SentenceIndex(analyzer, directory, writer, searchers);
    } catch (IOException e) {
      closeQuietly(writer, e);
      closeQuietly(directory, e);
      analyzer.close();
      throw new UncheckedIOException("cannot open search index " + dir, e);
    }
  }

  /**
   * Opens an existing index for searching only. It takes no write lock, so searches can run while an ingest writes;
   * they see the index as last committed when it was opened. Every write method throws {@link IllegalStateException}.
   *
   * @throws UncheckedIOException if {@code dir} holds no index or cannot be read
   */
  public static SentenceIndex openForReading(Path dir) {
    Analyzer analyzer = new EnglishAnalyzer();
    Directory directory = null;
    try {
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) throw new IOException("no search index in " + dir);
      return new SentenceIndex(analyzer, directory, null, new SearcherManager(directory, null));
    } catch (IOException e) {
      closeQuietly(directory, e);
      analyzer.close();
      throw new UncheckedIOException("cannot open search index " + dir + ": " + e.getMessage(), e);
    }
  }

  private IndexWriter writer() {
    if (writer == null) throw new IllegalStateException("the search index was opened for reading only");
    return writer;
  }

  /**
   * Replaces everything indexed for {@code articleId} by {@code sentences} in one atomic step, so re-indexing an
   * article never duplicates it. An empty list just removes the article.
   *
   * @throws IllegalArgumentException if a sentence belongs to another article or a sentence index repeats
   */
  public void replaceArticle(String articleId, List<IndexedSentence> sentences) {
    Objects.requireNonNull(articleId, "articleId");
    List<Document> docs = new ArrayList<>(sentences.size());
    Set<Integer> seen = new HashSet<>();
    for (IndexedSentence s : sentences) {
      if (!s.articleId().equals(articleId)) {
        throw new IllegalArgumentException("sentence of " + s.articleId() + " given for article " + articleId);
      }
      if (!seen.add(s.sentence())) {
        throw new IllegalArgumentException("sentence " + s.sentence() + " given twice for article " + articleId);
      }
      docs.add(document(s));
    }
    try {
      writer().updateDocuments(new Term(ARTICLE, articleId), docs);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + articleId, e);
    }
  }

  /** Removes every sentence of {@code articleId}; a no-op for an article not in the index. */
  public void deleteArticle(String articleId) {
    try {
      writer().deleteDocuments(new Term(ARTICLE, articleId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete article " + articleId, e);
    }
  }

  /** Removes every sentence, typically before a full rebuild; visible at the next {@link #commit()}. */
  public void clear() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the search index", e);
    }
  }

  /** Makes pending writes durable and visible to searches. */
  public void commit() {
    try {
      writer().commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the search index", e);
    }
  }

  /** The number of sentences searches currently see. */
  public long sentenceCount() {
    return withSearcher(searcher -> (long) searcher.getIndexReader().numDocs());
  }

  /** The ids of the articles searches currently see, sorted, for comparison with the database. */
  public Set<String> articleIds() {
    return withSearcher(searcher -> {
      Set<String> ids = new TreeSet<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(ARTICLE);
        if (terms == null) continue;
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum it = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef id = it.next(); id != null; id = it.next()) {
          // A deleted article's term lingers until its segment is merged away; count only live documents.
          postings = it.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              ids.add(id.utf8ToString());
              break;
            }
          }
        }
      }
      return Collections.unmodifiableSet(ids);
    });
  }

  /**
   * Finds at most {@code limit} sentences matching {@code query}, best first (BM25 score descending, then article id
   * and sentence index). Never throws on user input; a blank query, or one with only stop words, punctuation or
   * excluded words, finds nothing.
   *
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public List<SearchHit> search(String query, int limit) {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
    UserQuery parsed = UserQuery.parse(query, analyzer, TEXT);
    if (parsed == null) return List.of();
    return withSearcher(searcher -> {
      TopFieldDocs top = searcher.search(parsed.query(), limit, ORDER, true);
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document doc = stored.document(sd.doc);
        String text = doc.get(TEXT);
        float score = sd instanceof FieldDoc fd && fd.fields[0] instanceof Float f ? f : sd.score;
        hits.add(new SearchHit(doc.get(ARTICLE), doc.getField(SENTENCE).numericValue().intValue(), score, text,
            doc.get(OUTLET), doc.get(TITLE), doc.get(PUBLISHED), snippet(text, parsed.terms())));
      }
      return List.copyOf(hits);
    });
  }

  /**
   * Commits pending writes, then closes the writer and the directory. Idempotent. Committing on close is Lucene's own
   * default too; it means an index closed without {@link #commit()} still keeps what was written.
   */
  @Override
  public void close() {
    synchronized (closeLock) {
      if (closed) return;
      closed = true;
    }
    IOException failure = null;
    try {
      if (writer != null) writer.commit();
    } catch (IOException e) {
      failure = e;
    }
    failure = writer == null ? closeAll(failure, searchers, directory) : closeAll(failure, searchers, writer, directory);
    analyzer.close();
    if (failure != null) throw new UncheckedIOException("cannot close the search index", failure);
  }

  private static Document document(IndexedSentence s) {
    Document doc = new Document();
    doc.add(new StringField(ARTICLE, s.articleId(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ARTICLE, new BytesRef(s.articleId())));
    doc.add(new StoredField(SENTENCE, s.sentence()));
    doc.add(new NumericDocValuesField(SENTENCE, s.sentence()));
    doc.add(new TextField(TEXT, s.text(), Field.Store.YES));
    if (s.outlet() != null) doc.add(new StoredField(OUTLET, s.outlet()));
    if (s.title() != null) doc.add(new StoredField(TITLE, s.title()));
    if (s.published() != null) doc.add(new StoredField(PUBLISHED, s.published()));
    return doc;
  }

  /** The text with each token whose analysed form is one of {@code terms} wrapped in brackets. */
  private String snippet(String text, Set<String> terms) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int last = 0;
    try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        if (start < last || end > text.length() || !terms.contains(term.toString())) continue;
        out.append(text, last, start).append('[').append(text, start, end).append(']');
        last = end;
      }
      ts.end();
    } catch (IOException e) {
      // Analysing a String reads no I/O; this cannot happen.
      throw new UncheckedIOException(e);
    }
    return out.append(text, last, text.length()).toString();
  }

  /** Work done against one point-in-time searcher. */
  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index", e);
    }
  }

  private static @Nullable IOException closeAll(@Nullable IOException failure, AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      try {
        r.close();
      } catch (Exception e) {
        IOException io = e instanceof IOException x ? x : new IOException(e);
        if (failure == null) failure = io;
        else failure.addSuppressed(io);
      }
    }
    return failure;
  }

  private static void closeQuietly(@Nullable AutoCloseable resource, Exception failure) {
    if (resource == null) return;
    try {
      resource.close();
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }
}
