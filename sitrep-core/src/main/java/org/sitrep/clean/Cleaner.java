package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Article;
import org.sitrep.model.PartialDate;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.Stage;

/**
 * The cleaning stage: from a scraped article (text or HTML) to its header fields and its body, with every
 * boilerplate line moved verbatim (trimmed) to {@link Article#boilerplate()} in page order. The feed's outlet, title
 * and published date win over what the page says. The body is the text without the title line and the boilerplate
 * lines, otherwise unchanged except for surrounding whitespace. Pure, thread-safe and linear in the size of the
 * content.
 */
public final class Cleaner implements Stage<RawArticle, Article> {

  private final DateLineParser dates = new DateLineParser();
  private final JunkCues cues = new JunkCues(dates);
  private final HtmlText html = new HtmlText(dates);
  private final HeaderParser headers = new HeaderParser(cues);
  private final BoilerplateClassifier classifier = new BoilerplateClassifier(cues);
  private final PublishedFinder published = new PublishedFinder(dates);

  /** Creates a cleaner; it holds no per-article state and can be shared between threads. */
  public Cleaner() {}

  /**
   * Cleans {@code raw}; {@code id}, origin and {@code url} are passed through. A failure here is a bug, not bad
   * input: it is not hidden, and the pipeline runner reports the article as a problem and goes on.
   */
  @Override
  public Article apply(RawArticle raw) {
    return clean(raw);
  }

  Article clean(RawArticle raw) {
    HtmlText.Page page = raw.format() == SourceFormat.HTML ? html.read(raw.content()) : null;
    String text = page != null ? page.text() : raw.content();
    List<Line> lines = Line.split(text);
    String knownTitle = firstNonBlank(raw.title(), page == null ? null : page.title());
    Header header = headers.parse(lines, knownTitle);
    Map<Integer, Junk> junk = classifier.classify(lines, header, page == null ? Set.of() : page.junkLines());

    List<String> boilerplate = new ArrayList<>();
    junk.keySet().forEach(i -> boilerplate.add(lines.get(i).trimmed()));
    PartialDate date = raw.published() != null ? raw.published()
        : page != null && page.published() != null ? page.published()
        : published.find(lines, junk, header.titleIndex()).orElse(null);
    String outlet = firstNonBlank(raw.outlet(), page == null ? null : page.siteName(), header.outlet());
    String title = header.title() == null ? null : Text.trim(header.title());
    return new Article(raw.id(), raw.origin(), outlet, title, raw.url(), date,
        body(lines, junk, header.titleIndex()), boilerplate);
  }

  /**
   * The lines that are neither title nor boilerplate, with their own line breaks. Removing a line between two blank
   * lines would leave a double gap; such gaps are merged so paragraphs stay separated by what the page had.
   */
  private static String body(List<Line> lines, Map<Integer, Junk> junk, int titleIndex) {
    StringBuilder b = new StringBuilder();
    boolean lastKeptBlank = false;
    boolean removedSince = false;
    for (Line l : lines) {
      if (l.index() == titleIndex || junk.containsKey(l.index())) {
        removedSince = true;
        continue;
      }
      boolean blank = l.isBlank();
      if (blank && lastKeptBlank && removedSince) continue;
      b.append(l.text()).append(l.terminator());
      lastKeptBlank = blank;
      removedSince = false;
    }
    return Text.trim(b.toString());
  }

  private static @Nullable String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !Text.trim(v).isEmpty()) return Text.trim(v);
    }
    return null;
  }
}
