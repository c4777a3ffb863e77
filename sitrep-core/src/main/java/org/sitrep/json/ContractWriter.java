package org.sitrep.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleAnalysis;
import org.sitrep.model.Event;
import org.sitrep.model.PartialDate;
import org.sitrep.model.Quote;
import org.sitrep.model.Relation;

/**
 * Writes analyses as the JSON Lines of {@code CONTRACT.md}: one object a line, contract fields first and always
 * present (empty lists, explicit nulls), then sitrep's additional fields. Fields are only ever added, never renamed
 * or dropped. Thread-safe; a line is written in one call.
 */
public final class ContractWriter {

  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** The JSON object of one article, without a line break. */
  public String toJson(ArticleAnalysis a) {
    try {
      return JSON.writeValueAsString(toMap(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(ArticleAnalysis a, Writer out) throws IOException {
    out.write(toJson(a));
    out.write('\n');
  }

  static Map<String, Object> toMap(ArticleAnalysis a) {
    Article article = a.article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", article.id());
    m.put("outlet", article.outlet());
    m.put("title", article.title());
    m.put("published", iso(article.published()));
    m.put("body", article.body());
    m.put("boilerplate", article.boilerplate());
    m.put("actors", list(a.actors(), ContractWriter::actor));
    m.put("quotes", list(a.quotes(), ContractWriter::quote));
    m.put("events", list(a.events(), ContractWriter::event));
    m.put("relations", list(a.relations(), ContractWriter::relation));
    m.put("url", article.url());
    m.put("origin", article.origin());
    m.put("sentenceCount", a.sentenceCount());
    m.put("tokenCount", a.tokenCount());
    return m;
  }

  private static Map<String, Object> actor(Actor x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", x.id());
    m.put("name", x.name());
    m.put("kind", x.kind().name());
    m.put("country", x.country());
    m.put("sector", x.sector());
    m.put("titles", x.titles());
    m.put("mentions", x.mentions());
    return m;
  }

  private static Map<String, Object> quote(Quote x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", x.text());
    m.put("speaker", x.speaker());
    m.put("speakerText", x.speakerText());
    m.put("sentence", x.sentence());
    m.put("begin", x.begin());
    m.put("end", x.end());
    m.put("verb", x.verb());
    m.put("addressee", x.addressee());
    return m;
  }

  private static Map<String, Object> event(Event x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", x.type().name());
    m.put("mode", x.mode());
    m.put("source", x.source());
    m.put("target", x.target());
    m.put("date", iso(x.date()));
    m.put("dateText", x.dateText());
    m.put("location", x.location());
    m.put("sentence", x.sentence());
    m.put("text", x.text());
    m.put("reportedBy", x.reportedBy());
    return m;
  }

  private static Map<String, Object> relation(Relation x) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subject", x.subject());
    m.put("predicate", x.predicate().name());
    m.put("object", x.object());
    m.put("sentence", x.sentence());
    return m;
  }

  private static @Nullable String iso(@Nullable PartialDate d) {
    return d == null ? null : d.toString();
  }

  private static <T> List<Map<String, Object>> list(List<T> xs, java.util.function.Function<T, Map<String, Object>> f) {
    List<Map<String, Object>> out = new ArrayList<>(xs.size());
    for (T x : xs) out.add(f.apply(x));
    return out;
  }
}
