package org.sitrep.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One article as ingest found it, before cleaning: its id, where it came from ({@code source} and 1-based
 * {@code line}, 0 for a whole file), what the feed said about it ({@code outlet}, {@code title}, {@code url},
 * {@code published}, each null when unknown) and its raw {@code content} in {@code format}.
 */
public record RawArticle(
    String id,
    String source,
    int line,
    @Nullable String outlet,
    @Nullable String title,
    @Nullable String url,
    @Nullable PartialDate published,
    String content,
    SourceFormat format) {

  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    if (id.isBlank()) throw new IllegalArgumentException("blank article id from " + source);
  }

  /** The same article with {@code published} set when it has none. */
  public RawArticle withDefaultPublished(@Nullable PartialDate fallback) {
    return published != null || fallback == null ? this
        : new RawArticle(id, source, line, outlet, title, url, fallback, content, format);
  }

  /** Where this article came from, as error messages name it. */
  public String origin() {
    return line > 0 ? source + ":" + line : source;
  }
}
