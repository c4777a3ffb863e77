package org.sitrep.store.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The actor network from the fixture store and its three file formats, read back with the JDK's parsers. */
class ActorGraphTest {

  @TempDir Path dir;

  private ActorGraph load(boolean repeats) throws Exception {
    try (Connection c = ReadOnlyStore.open(StoreFixture.create(dir))) {
      return ActorGraph.load(c, repeats);
    }
  }

  private static GraphEdge edge(ActorGraph g, String source, String target, String type) {
    return g.edges().stream().filter(e -> e.source().equals(source) && e.target().equals(target)
        && e.type().equals(type)).findFirst().orElseThrow(() -> new AssertionError(source + " " + type + " " + target));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String write(ActorGraph g, GraphFormat format) throws Exception {
    StringWriter w = new StringWriter();
    format.write(g, w);
    return w.toString();
  }

  @Test
  void nodesAndWeightsComeFromCountedEventsAndRelations() throws Exception {
    ActorGraph g = load(false);
    // Every actor but Rahimi, who only reports and is quoted, takes part in some event or relation.
    assertEquals(StoreFixture.ACTORS - 1, g.nodes().size());
    assertTrue(g.nodes().stream().noneMatch(n -> n.id().equals("rahimi")));
    GraphNode nvb = g.nodes().stream().filter(n -> n.id().equals("nvb")).findFirst().orElseThrow();
    assertEquals(new GraphNode("nvb", "Northern Valley Brigades", "ORGANIZATION", "IRQ", "REB", 4), nvb);
    assertEquals(3, edge(g, "nvb", "iraqi-army", "ASSAULT").weight());
    assertEquals(1, edge(g, "kadhimi", "iran", "ACCUSE").weight());
    // BACKS is stated by j1 and r3; LEADS by r1 and its reprint y1, which count once.
    GraphEdge backs = edge(g, "iran", "nvb", "BACKS");
    assertEquals(GraphEdge.Category.RELATION, backs.category());
    assertEquals(2, backs.weight());
    assertEquals(1, edge(g, "kadhimi", "iraq", "LEADS").weight());
    // AID has no target: no edge, but the UN still counts it.
    assertEquals(2, g.nodes().stream().filter(n -> n.id().equals("un")).findFirst().orElseThrow().events());
    assertEquals(11 + 3, g.edges().size());
  }

  @Test
  void repeatsThickenEdgesOnlyWhenAsked() throws Exception {
    ActorGraph g = load(true);
    assertEquals(4, edge(g, "nvb", "iraqi-army", "ASSAULT").weight());
    assertEquals(2, edge(g, "kadhimi", "iran", "ACCUSE").weight());
  }

  @Test
  void graphMlReadsBackWithDeclaredKeys() throws Exception {
    ActorGraph g = load(false);
    Document doc = parse(write(g, GraphFormat.GRAPHML));
    String ns = "http://graphml.graphdrawing.org/xmlns";
    Element graph = (Element) doc.getElementsByTagNameNS(ns, "graph").item(0);
    assertEquals("directed", graph.getAttribute("edgedefault"));
    Map<String, String> keys = new HashMap<>();
    NodeList keyList = doc.getElementsByTagNameNS(ns, "key");
    for (int i = 0; i < keyList.getLength(); i++) {
      Element k = (Element) keyList.item(i);
      keys.put(k.getAttribute("id"), k.getAttribute("for") + ":" + k.getAttribute("attr.name"));
    }
    NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
    assertEquals(g.nodes().size(), nodes.getLength());
    NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
    assertEquals(g.edges().size(), edges.getLength());
    NodeList data = doc.getElementsByTagNameNS(ns, "data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      String declared = keys.get(d.getAttribute("key"));
      assertTrue(declared != null, "undeclared key " + d.getAttribute("key"));
      assertTrue(declared.startsWith(((Element) d.getParentNode()).getLocalName() + ":"), declared);
    }
    Element assault = null;
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      if (e.getAttribute("source").equals("nvb") && e.getAttribute("target").equals("iraqi-army")) assault = e;
    }
    assertTrue(assault != null);
    assertEquals("3", dataValue(assault, ns, "weight"));
    assertEquals("ASSAULT", dataValue(assault, ns, "type"));
    assertEquals("event", dataValue(assault, ns, "category"));
  }

  private static String dataValue(Element parent, String ns, String key) {
    NodeList data = parent.getElementsByTagNameNS(ns, "data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("key").equals(key)) return d.getTextContent();
    }
    return null;
  }

  @Test
  void gexfReadsBackWithWeightsKindsAndDeclaredAttributes() throws Exception {
    ActorGraph g = load(false);
    Document doc = parse(write(g, GraphFormat.GEXF));
    String ns = "http://gexf.net/1.3";
    assertEquals("1.3", doc.getDocumentElement().getAttribute("version"));
    NodeList nodes = doc.getElementsByTagNameNS(ns, "node");
    assertEquals(g.nodes().size(), nodes.getLength());
    NodeList attributes = doc.getElementsByTagNameNS(ns, "attribute");
    List<String> declared = new java.util.ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Element a = (Element) attributes.item(i);
      declared.add(((Element) a.getParentNode()).getAttribute("class") + ":" + a.getAttribute("id"));
    }
    NodeList values = doc.getElementsByTagNameNS(ns, "attvalue");
    for (int i = 0; i < values.getLength(); i++) {
      Element v = (Element) values.item(i);
      String owner = ((Element) v.getParentNode().getParentNode()).getLocalName();
      assertTrue(declared.contains(owner + ":" + v.getAttribute("for")), owner + ":" + v.getAttribute("for"));
    }
    NodeList edges = doc.getElementsByTagNameNS(ns, "edge");
    assertEquals(g.edges().size(), edges.getLength());
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      assertTrue(ids.add(e.getAttribute("id")));
      assertEquals(e.getAttribute("label"), e.getAttribute("kind"));
      if (e.getAttribute("source").equals("iran") && e.getAttribute("target").equals("nvb")) {
        assertTrue(List.of("BACKS", "SUPPORT").contains(e.getAttribute("kind")));
        assertEquals(e.getAttribute("kind").equals("BACKS") ? 2.0 : 1.0,
            Double.parseDouble(e.getAttribute("weight")));
      }
    }
  }

  @Test
  void jsonHasNodesAndEdges() throws Exception {
    ActorGraph g = load(false);
    JsonNode json = new ObjectMapper().readTree(write(g, GraphFormat.JSON));
    assertEquals(g.nodes().size(), json.get("nodes").size());
    assertEquals(g.edges().size(), json.get("edges").size());
    JsonNode un = null;
    for (JsonNode n : json.get("nodes")) if (n.get("id").asText().equals("un")) un = n;
    assertTrue(un != null && un.get("country").isNull());
    JsonNode first = json.get("edges").get(0);
    assertEquals("e1", first.get("id").asText());
    assertEquals("event", first.get("category").asText());
  }

  @Test
  void markupAndControlCharactersAreEscaped() throws Exception {
    String nasty = "Tom & \"Jerry\" <Co> 'x'\u0001\n\tend 😀";
    ActorGraph g = new ActorGraph(
        List.of(new GraphNode("a&<\"'>", nasty, null, null, null, 1), new GraphNode("b", "B", "PERSON", null, null, 1)),
        List.of(new GraphEdge("e1", "a&<\"'>", "b", GraphEdge.Category.EVENT, "ASSAULT", 1)));
    String expected = "Tom & \"Jerry\" <Co> 'x'\uFFFD\n\tend 😀";
    Document graphml = parse(write(g, GraphFormat.GRAPHML));
    Element node = (Element) graphml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node").item(0);
    assertEquals("a&<\"'>", node.getAttribute("id"));
    assertEquals(expected, dataValue(node, "http://graphml.graphdrawing.org/xmlns", "label"));
    Document gexf = parse(write(g, GraphFormat.GEXF));
    Element gnode = (Element) gexf.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(0);
    assertEquals(expected, gnode.getAttribute("label"));
    Element gedge = (Element) gexf.getElementsByTagNameNS("http://gexf.net/1.3", "edge").item(0);
    assertEquals("a&<\"'>", gedge.getAttribute("source"));
  }

  @Test
  void edgesMustJoinNodes() {
    assertThrows(IllegalArgumentException.class, () -> new ActorGraph(List.of(),
        List.of(new GraphEdge("e1", "a", "b", GraphEdge.Category.EVENT, "ASSAULT", 1))));
  }
}
