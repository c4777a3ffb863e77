package org.sitrep.store.query;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** The file formats the actor network is written in, each for the tools that read it best. */
public enum GraphFormat {
  /** GraphML, for yEd, Gephi, Cytoscape, NetworkX and igraph. */
  GRAPHML,
  /** GEXF 1.3, Gephi's own format; keeps parallel edges of different types apart. */
  GEXF,
  /** {@code {"nodes": [...], "edges": [...]}}, for scripts and web front ends. */
  JSON;

  /** The usual file name extension, without the dot. */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Writes {@code graph} to {@code out} in this format; does not close {@code out}. */
  public void write(ActorGraph graph, Writer out) throws IOException {
    switch (this) {
      case GRAPHML -> GraphMlWriter.write(graph, out);
      case GEXF -> GexfWriter.write(graph, out);
      case JSON -> GraphJsonWriter.write(graph, out);
    }
    out.flush();
  }
}
