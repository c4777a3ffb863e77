package org.sitrep.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A cleaned article: header fields found in the page or given by the feed, the {@code body} (the text without
 * the title line and without boilerplate lines, otherwise unchanged) and the removed {@code boilerplate} lines,
 * verbatim and in page order.
 */
public record Article(
    String id,
    String origin,
    @Nullable String outlet,
    @Nullable String title,
    @Nullable String url,
    @Nullable PartialDate published,
    String body,
    List<String> boilerplate) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(body, "body");
    boilerplate = List.copyOf(boilerplate);
  }
}
