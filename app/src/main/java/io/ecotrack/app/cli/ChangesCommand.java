package io.ecotrack.app.cli;

import static io.ecotrack.app.cli.ViewCommands.clip;
import static io.ecotrack.app.cli.ViewCommands.json;

import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Results.Changes;
import io.ecotrack.index.search.Results.NewEntity;
import io.ecotrack.index.search.Results.NewRelation;
import io.ecotrack.index.search.SearchArguments;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ecotrack changes --since 7d|DATE}: what is new in the ecosystem, the entities first seen and the relations first
 * evidenced in the period, each with its evidence, article and date; as a table, JSON, or Markdown to paste into a
 * weekly note.
 */
@Command(name = "changes", mixinStandardHelpOptions = true,
    description = "Entities first seen and relations first evidenced since a day: what is new since last week.")
final class ChangesCommand extends ViewCommands.ReadCommand {
  @Option(names = "--since", paramLabel = "7d|DATE", required = true, description = "the period's first day: 7d (days back) or 2025-12-01")
  String since;
  @Option(names = "--type", paramLabel = "T", description = "ORGANIZATION, PERSON, LOCATION or FACILITY") String type;
  @Option(names = "--region", paramLabel = "R", description = "only entities of articles that mention this place") String region;
  @Option(names = "--entity", paramLabel = "NAME", description = "only this entity and its relations") String entity;
  @Option(names = "--limit", paramLabel = "N", description = "entities and relations to show, each (default 100)") int limit = 100;
  @Mixin ViewCommands.MinConfidence confidence;

  @Override
  List<String> formats() {
    return List.of("table", "json", "md");
  }

  @Override
  int read(EcosystemSearch search, PrintWriter out) {
    Changes c = search.changes(SearchArguments.parseSince(since), entity,
        filters(type, region, null, limit).withMinConfidence(confidence.value));
    switch (format) {
      case "json" -> out.println(json(c));
      case "md" -> markdown(c, out);
      default -> table(c, out);
    }
    return 0;
  }

  private static void table(Changes c, PrintWriter out) {
    out.println("since " + c.since() + ": " + c.entities().size() + " new entit" + (c.entities().size() == 1 ? "y" : "ies")
        + ", " + c.relations().size() + " new relation" + (c.relations().size() == 1 ? "" : "s"));
    byType(c.entities()).forEach((t, list) -> {
      out.println(t + " (" + list.size() + ")");
      for (NewEntity e : list) {
        out.printf("  %s first seen %s  %s%n", DisplayWidth.pad(e.name(), 40), e.firstSeen(),
            e.regions().isEmpty() ? "" : "in " + String.join(", ", e.regions()));
      }
    });
    if (!c.relations().isEmpty()) {
      out.println("RELATIONS (" + c.relations().size() + ")");
      for (NewRelation r : c.relations()) {
        out.printf("  %s —%s%s→ %s  (%.2f, %s)%n      “%s”%n      %s  %s%n", r.subjectName(), r.predicate(),
            r.role() == null ? "" : " (" + r.role() + ")", r.objectName(), r.confidence(), r.firstEvidenced(),
            clip(r.evidence(), 160), r.title(), r.url());
      }
    }
  }

  private static void markdown(Changes c, PrintWriter out) {
    out.println("## What is new since " + c.since());
    out.println();
    byType(c.entities()).forEach((t, list) -> {
      out.println("### " + t.charAt(0) + t.substring(1).toLowerCase(java.util.Locale.ROOT) + " (" + list.size() + ")");
      out.println();
      for (NewEntity e : list) {
        out.println("- **" + md(e.name()) + "**" + (e.regions().isEmpty() ? "" : " (" + md(String.join(", ", e.regions())) + ")")
            + ", first seen " + e.firstSeen() + " in [" + md(e.title()) + "](" + e.url() + ")");
      }
      out.println();
    });
    if (!c.relations().isEmpty()) {
      out.println("### Relations (" + c.relations().size() + ")");
      out.println();
      for (NewRelation r : c.relations()) {
        out.println("- **" + md(r.subjectName()) + "** " + r.predicate() + (r.role() == null ? "" : " (" + md(r.role()) + ")")
            + " **" + md(r.objectName()) + "**, " + r.firstEvidenced() + ": “" + md(clip(r.evidence(), 200)) + "” — ["
            + md(r.title()) + "](" + r.url() + ")");
      }
      out.println();
    }
  }

  private static Map<String, List<NewEntity>> byType(List<NewEntity> entities) {
    Map<String, List<NewEntity>> out = new LinkedHashMap<>();
    for (String t : List.of("ORGANIZATION", "PERSON", "LOCATION", "FACILITY")) {
      List<NewEntity> of = entities.stream().filter(e -> e.type().equals(t)).toList();
      if (!of.isEmpty()) {
        out.put(t, of);
      }
    }
    return out;
  }

  /** Text safe inside Markdown: the characters that would start markup are escaped. */
  private static String md(String s) {
    return s == null ? "" : s.replaceAll("([\\\\`*_\\[\\]<>|])", "\\\\$1").replace('\n', ' ');
  }
}
