package org.sitrep.store.query;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Writes the actor network as GraphML. Every attribute has a {@code <key>} declaration with its type, which yEd,
 * Gephi and NetworkX need to read the values; the node name is declared as {@code label} because that is the
 * attribute Gephi shows as a node's label, and the edge weight as {@code weight} because that is the one Gephi and
 * NetworkX use as edge weight. Absent values are left out rather than written empty.
 */
final class GraphMlWriter {

  private GraphMlWriter() {}

  static void write(ActorGraph graph, Writer out) throws IOException {
    out.write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="country" for="node" attr.name="country" attr.type="string"/>
          <key id="sector" for="node" attr.name="sector" attr.type="string"/>
          <key id="events" for="node" attr.name="events" attr.type="int"/>
          <key id="edge_label" for="edge" attr.name="label" attr.type="string"/>
          <key id="category" for="edge" attr.name="category" attr.type="string"/>
          <key id="type" for="edge" attr.name="type" attr.type="string"/>
          <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
          <graph id="actors" edgedefault="directed">
        """);
    for (GraphNode n : graph.nodes()) {
      out.write("    <node id=\"" + Xml.attr(n.id()) + "\">\n");
      data(out, "label", n.name());
      data(out, "kind", n.kind());
      data(out, "country", n.country());
      data(out, "sector", n.sector());
      data(out, "events", Integer.toString(n.events()));
      out.write("    </node>\n");
    }
    for (GraphEdge e : graph.edges()) {
      out.write("    <edge id=\"" + Xml.attr(e.id()) + "\" source=\"" + Xml.attr(e.source()) + "\" target=\""
          + Xml.attr(e.target()) + "\">\n");
      data(out, "edge_label", e.type());
      data(out, "category", e.category().label());
      data(out, "type", e.type());
      data(out, "weight", Integer.toString(e.weight()));
      out.write("    </edge>\n");
    }
    out.write("  </graph>\n</graphml>\n");
  }

  private static void data(Writer out, String key, @Nullable String value) throws IOException {
    if (value == null) return;
    out.write("      <data key=\"" + key + "\">" + Xml.text(value) + "</data>\n");
  }
}
