package io.ecotrack.app.cli;

import io.ecotrack.index.search.Results.EntitySummary;
import io.ecotrack.index.search.Results.RelationView;
import java.util.List;

/** The ecosystem graph as GraphML (nodes: entities; edges: relations with their evidence) and as an edge CSV. */
final class GraphExport {
  private GraphExport() {}

  static String graphml(List<EntitySummary> nodes, List<RelationView> edges) {
    StringBuilder s = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="name" for="node" attr.name="name" attr.type="string"/>
          <key id="type" for="node" attr.name="type" attr.type="string"/>
          <key id="articles" for="node" attr.name="articles" attr.type="int"/>
          <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
          <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
          <key id="url" for="edge" attr.name="url" attr.type="string"/>
          <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
          <graph id="ecotrack" edgedefault="directed">
        """);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (EntitySummary n : nodes) {
      ids.add(n.id());
      s.append("    <node id=\"").append(xml(n.id())).append("\"><data key=\"name\">").append(xml(n.name()))
          .append("</data><data key=\"type\">").append(n.type()).append("</data><data key=\"articles\">")
          .append(n.articles()).append("</data></node>\n");
    }
    int i = 0;
    for (RelationView e : edges) {
      if (!ids.contains(e.subject()) || !ids.contains(e.object())) {
        continue;
      }
      s.append("    <edge id=\"e").append(i++).append("\" source=\"").append(xml(e.subject())).append("\" target=\"")
          .append(xml(e.object())).append("\"><data key=\"predicate\">").append(e.predicate())
          .append("</data><data key=\"evidence\">").append(xml(e.evidence())).append("</data><data key=\"url\">")
          .append(xml(e.url())).append("</data><data key=\"confidence\">").append(e.confidence()).append("</data></edge>\n");
    }
    return s.append("  </graph>\n</graphml>\n").toString();
  }

  /**
   * One self-contained HTML page that draws the graph (map.html with the data inlined): nodes coloured by
   * type, edges by predicate, a click shows the evidence and the source links. No network needed.
   */
  static String html(List<EntitySummary> nodes, List<RelationView> edges) {
    String template;
    try (var in = GraphExport.class.getResourceAsStream("map.html")) {
      template = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String json = ViewCommands.json(java.util.Map.of("nodes", nodes, "edges", edges))
        .replace("</", "<\\/"); // never close the script element early
    return template.replace("/*ECOTRACK_DATA*/", json);
  }

  static String csv(List<RelationView> edges) {
    StringBuilder s = new StringBuilder("source,source_name,predicate,target,target_name,confidence,evidence,url\n");
    for (RelationView e : edges) {
      s.append(String.join(",", ViewCommands.csv(e.subject()), ViewCommands.csv(e.subjectName()), e.predicate(),
          ViewCommands.csv(e.object()), ViewCommands.csv(e.objectName()), Double.toString(e.confidence()),
          ViewCommands.csv(e.evidence()), ViewCommands.csv(e.url()))).append('\n');
    }
    return s.toString();
  }

  private static String xml(String v) {
    if (v == null) {
      return "";
    }
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
