package org.sitrep.store.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Writes the actor network as one JSON document, {@code {"nodes": [...], "edges": [...]}}, with the same fields as
 * the other graph formats; the shape d3, Cytoscape.js and NetworkX's node-link reader take with little glue. Streamed,
 * so a large network is never held twice in memory.
 */
final class GraphJsonWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GraphJsonWriter() {}

  static void write(ActorGraph graph, Writer out) throws IOException {
    JsonGenerator g = JSON.getFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeArrayFieldStart("nodes");
    for (GraphNode n : graph.nodes()) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeStringField("name", n.name());
      nullable(g, "kind", n.kind());
      nullable(g, "country", n.country());
      nullable(g, "sector", n.sector());
      g.writeNumberField("events", n.events());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("edges");
    for (GraphEdge e : graph.edges()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("source", e.source());
      g.writeStringField("target", e.target());
      g.writeStringField("category", e.category().label());
      g.writeStringField("type", e.type());
      g.writeNumberField("weight", e.weight());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.close();
    out.write("\n");
  }

  private static void nullable(JsonGenerator g, String field, @Nullable String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
