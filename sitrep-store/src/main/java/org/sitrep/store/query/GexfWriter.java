package org.sitrep.store.query;

import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * Writes the actor network as GEXF 1.3 for Gephi. Node attributes are declared in {@code <attributes>} so that Gephi
 * types its columns; edges carry Gephi's native {@code weight} and {@code label}, plus an id and a {@code kind}.
 * Gephi merges parallel edges between the same two nodes unless their kinds differ, so the kind is the edge's event
 * type or predicate: "A attacked B" and "A sanctioned B" stay two edges.
 */
final class GexfWriter {

  private GexfWriter() {}

  static void write(ActorGraph graph, Writer out) throws IOException {
    out.write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>sitrep</creator>
            <description>Actors and who did what to whom, from a sitrep corpus store</description>
          </meta>
          <graph defaultedgetype="directed" mode="static">
            <attributes class="node">
              <attribute id="kind" title="kind" type="string"/>
              <attribute id="country" title="country" type="string"/>
              <attribute id="sector" title="sector" type="string"/>
              <attribute id="events" title="events" type="integer"/>
            </attributes>
            <attributes class="edge">
              <attribute id="category" title="category" type="string"/>
              <attribute id="type" title="type" type="string"/>
            </attributes>
            <nodes>
        """);
    for (GraphNode n : graph.nodes()) {
      out.write("      <node id=\"" + Xml.attr(n.id()) + "\" label=\"" + Xml.attr(n.name()) + "\">\n");
      out.write("        <attvalues>\n");
      value(out, "kind", n.kind());
      value(out, "country", n.country());
      value(out, "sector", n.sector());
      value(out, "events", Integer.toString(n.events()));
      out.write("        </attvalues>\n      </node>\n");
    }
    out.write("    </nodes>\n    <edges>\n");
    for (GraphEdge e : graph.edges()) {
      out.write("      <edge id=\"" + Xml.attr(e.id()) + "\" source=\"" + Xml.attr(e.source()) + "\" target=\""
          + Xml.attr(e.target()) + "\" label=\"" + Xml.attr(e.type()) + "\" kind=\"" + Xml.attr(e.type())
          + "\" weight=\"" + e.weight() + "\">\n");
      out.write("        <attvalues>\n");
      value(out, "category", e.category().label());
      value(out, "type", e.type());
      out.write("        </attvalues>\n      </edge>\n");
    }
    out.write("    </edges>\n  </graph>\n</gexf>\n");
  }

  private static void value(Writer out, String attribute, @Nullable String value) throws IOException {
    if (value == null) return;
    out.write("          <attvalue for=\"" + attribute + "\" value=\"" + Xml.attr(value) + "\"/>\n");
  }
}
