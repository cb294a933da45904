package io.ecotrack.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ecotrack.app.pipeline.EcotrackConfig;
import io.ecotrack.app.pipeline.TopicStats;
import io.ecotrack.index.search.BadQueryException;
import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Filters;
import io.ecotrack.index.search.RelationFacts;
import io.ecotrack.index.search.Results.ArticleHit;
import io.ecotrack.index.search.Results.EntityProfile;
import io.ecotrack.index.search.Results.EntitySummary;
import io.ecotrack.index.search.Results.RelationFact;
import io.ecotrack.index.search.Results.RelationView;
import io.ecotrack.index.search.Results.SearchResult;
import io.ecotrack.index.search.Results.Stats;
import io.ecotrack.index.search.SearchArguments;
import io.ecotrack.index.store.IndexHealth;
import io.ecotrack.index.store.IndexUnavailableException;
import io.ecotrack.kafka.EmbeddedKafkaBroker;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.model.EventCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that read the index: search, entity, ecosystem, relations, export, stats. None needs a broker. */
final class ViewCommands {
  private ViewCommands() {}

  /** {@code --min-confidence}, for the commands that list relations: weak ones stay hidden unless asked for. */
  static final class MinConfidence {
    /** Relations that an article only implies are inferred and below 0.4; a sentence's trigger gives 0.45 and more. */
    static final double DEFAULT = 0.4;

    @Option(names = "--min-confidence", paramLabel = "C", description = "hide relations less confident than C, from 0 to 1 "
        + "(default 0.4; relations an article only implies are marked inferred and score below 0.4)") double value = DEFAULT;
  }

  abstract static class ReadCommand implements Callable<Integer> {
    @ParentCommand EcotrackCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json")
    String format = "table";

    abstract int read(EcosystemSearch search, PrintWriter out) throws IOException;

    List<String> formats() {
      return List.of("table", "json");
    }

    /** The filters the user gave, each checked (an unknown type or a bad date is bad input). */
    static Filters filters(String type, String region, String since, int limit) {
      return new Filters(type == null ? null : SearchArguments.parseType(type), region,
          since == null ? null : SearchArguments.parseSince(since), limit);
    }

    @Override
    public Integer call() throws IOException {
      if (!formats().contains(format)) {
        throw new Main.UsageException("unknown --format '" + format + "'; valid: " + formats());
      }
      try (EcosystemSearch search = EcosystemSearch.open(root.config().indexDir())) {
        PrintWriter out = root.spec.commandLine().getOut();
        int code = read(search, out);
        out.flush();
        return code;
      }
    }
  }

  @Command(name = "search", mixinStandardHelpOptions = true,
      description = "Search articles: words, \"phrases\", AND/OR/NOT, field:value; Japanese or English. "
          + "A known entity's name also finds articles that use its other names.")
  static final class Search extends ReadCommand {
    @Parameters(paramLabel = "QUERY", arity = "1..*") List<String> query;
    @Option(names = "--type", paramLabel = "T", description = "only articles mentioning an entity of this type") String type;
    @Option(names = "--region", paramLabel = "R", description = "only articles mentioning this place") String region;
    @Option(names = "--since", paramLabel = "DATE", description = "only articles published on or after DATE (2025-12-01)") String since;
    @Option(names = "--limit", paramLabel = "N", description = "hits to show (default 10)") int limit = 10;

    @Override
    int read(EcosystemSearch search, PrintWriter out) throws IOException {
      SearchResult r = search.search(String.join(" ", query), filters(type, region, since, limit));
      if (format.equals("json")) {
        out.println(json(r));
        return 0;
      }
      out.println(r.total() + " article" + (r.total() == 1 ? "" : "s") + " match " + r.query());
      int i = 0;
      for (ArticleHit h : r.hits()) {
        out.printf("%n%2d. %s  (%s, %s, %s)%n    %s%n    %s%n", ++i, h.title(), h.published(), h.source(), h.language(),
            h.url(), h.snippet());
      }
      if (!r.hits().isEmpty()) {
        out.println();
        r.facets().forEach((facet, counts) -> out.println(facet + ": " + counts));
      }
      return 0;
    }
  }

  @Command(name = "entity", mixinStandardHelpOptions = true,
      description = "An entity's profile: aliases, type, relations with evidence and source URLs, mentions over time.")
  static final class EntityProfileCommand extends ReadCommand {
    @Parameters(paramLabel = "NAME", arity = "1..*") List<String> name;
    @Option(names = "--limit", paramLabel = "N", description = "articles to list (default 10)") int limit = 10;
    @Option(names = "--since", paramLabel = "DATE", description = "only articles published on or after DATE (or 7d)") String since;
    @Mixin MinConfidence confidence;
    @Mixin EvidenceOption evidence;

    @Override
    int read(EcosystemSearch search, PrintWriter out) throws IOException {
      EntityProfile p = search.entity(String.join(" ", name),
          filters(null, null, since, limit).withMinConfidence(confidence.value).withAllEvidence(evidence.all()));
      if (format.equals("json")) {
        out.println(json(p));
        return 0;
      }
      out.println(p.name() + "  [" + p.type() + (p.subtype() == null ? "" : "/" + p.subtype()) + "]  " + p.id());
      out.println("aliases:   " + String.join(", ", p.aliases()));
      if (!p.regions().isEmpty()) {
        out.println("regions:   " + String.join(", ", p.regions()));
      }
      out.println("articles:  " + p.articles() + " (mentions " + p.mentions() + "), first seen " + p.firstSeen()
          + ", last seen " + p.lastSeen());
      out.println("per month: " + p.mentionsPerMonth());
      if (!p.relations().isEmpty()) {
        out.println("relations:");
        for (RelationFact f : p.relations()) {
          printFact(out, f, "  ");
        }
      }
      out.println("articles:");
      for (ArticleHit h : p.articlesSample()) {
        out.println("  " + h.published() + "  " + h.title() + "  " + h.url());
      }
      return 0;
    }
  }

  @Command(name = "ecosystem", mixinStandardHelpOptions = true,
      description = "The players: organizations, people, places and facilities by the number of articles that mention them.")
  static final class Ecosystem extends ReadCommand {
    @Option(names = "--type", paramLabel = "T", description = "ORGANIZATION, PERSON, LOCATION or FACILITY") String type;
    @Option(names = "--region", paramLabel = "R", description = "only entities in articles that mention this place") String region;
    @Option(names = "--since", paramLabel = "DATE", description = "only articles published on or after DATE") String since;
    @Option(names = "--limit", paramLabel = "N", description = "entities to show (default 50)") int limit = 50;

    @Override
    List<String> formats() {
      return List.of("table", "json", "csv");
    }

    @Override
    int read(EcosystemSearch search, PrintWriter out) {
      List<EntitySummary> list = search.ecosystem(filters(type, region, since, limit));
      printEcosystem(out, list, format);
      return 0;
    }
  }

  static void printEcosystem(PrintWriter out, List<EntitySummary> list, String format) {
    switch (format) {
      case "json" -> out.println(json(list));
      case "csv" -> {
        out.println("id,name,type,subtype,articles,mentions,top_partners");
        for (EntitySummary e : list) {
          out.println(String.join(",", csv(e.id()), csv(e.name()), e.type(), csv(e.subtype()), Integer.toString(e.articles()),
              Integer.toString(e.mentions()), csv(String.join("; ", e.topPartners()))));
        }
      }
      default -> {
        Map<String, List<EntitySummary>> byType = new LinkedHashMap<>();
        for (String t : List.of("ORGANIZATION", "PERSON", "LOCATION", "FACILITY")) {
          byType.put(t, new ArrayList<>());
        }
        list.forEach(e -> byType.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e));
        byType.forEach((t, entities) -> {
          if (entities.isEmpty()) {
            return;
          }
          out.println(t + " (" + entities.size() + ")");
          for (EntitySummary e : entities) {
            out.printf("  %s %3d article%s  %-12s%s%n", DisplayWidth.pad(e.name(), 40), e.articles(), e.articles() == 1 ? " " : "s",
                e.subtype() == null ? "" : e.subtype(), e.topPartners().isEmpty() ? "" : "  partners: " + String.join(", ", e.topPartners()));
          }
        });
      }
    }
  }

  @Command(name = "relations", mixinStandardHelpOptions = true, description = "Who partners with, funds, founded or works for whom, with evidence.")
  static final class Relations extends ReadCommand {
    @Option(names = "--entity", paramLabel = "NAME", description = "relations of this entity") String entity;
    @Option(names = "--predicate", paramLabel = "P", description = "LOCATED_IN, PART_OF, PARTNERS_WITH, FUNDS, ACQUIRED, FOUNDED_BY, WORKS_FOR") String predicate;
    @Option(names = "--since", paramLabel = "DATE", description = "only from articles published on or after DATE") String since;
    @Option(names = "--limit", paramLabel = "N", description = "relations to show (default 100)") int limit = 100;
    @Mixin MinConfidence confidence;
    @Mixin EvidenceOption evidence;

    @Override
    List<String> formats() {
      return List.of("table", "json", "csv");
    }

    @Override
    int read(EcosystemSearch search, PrintWriter out) {
      List<RelationView> pieces = search.relations(entity, predicate,
          filters(null, null, since, RelationFacts.MAX_EVIDENCE).withMinConfidence(confidence.value));
      List<RelationFact> list = RelationFacts.of(pieces, limit, evidence.all());
      switch (format) {
        case "json" -> out.println(json(list));
        case "csv" -> {
          out.println("subject,subject_name,predicate,object,object_name,role,confidence,evidence,url,published,articles");
          for (RelationFact f : list) {
            for (RelationView r : f.evidence()) {
              out.println(String.join(",", csv(r.subject()), csv(r.subjectName()), r.predicate(), csv(r.object()),
                  csv(r.objectName()), csv(r.role()), Double.toString(r.confidence()), csv(r.evidence()), csv(r.url()),
                  csv(r.published()), Integer.toString(f.articles())));
            }
          }
        }
        default -> {
          out.println(list.size() + " relation" + (list.size() == 1 ? "" : "s"));
          for (RelationFact f : list) {
            printFact(out, f, "");
          }
        }
      }
      return 0;
    }
  }

  /** {@code --evidence}: the strongest sentence of each relation, or every one. */
  static final class EvidenceOption {
    @Option(names = "--evidence", paramLabel = "best|all", description = "the strongest sentence of each relation "
        + "(best, the default) or every sentence of every article that gives evidence of it (all)") String value = "best";

    boolean all() {
      return switch (value) {
        case "best" -> false;
        case "all" -> true;
        default -> throw new BadQueryException("--evidence is best or all, not '" + value + "'");
      };
    }
  }

  /** One line per fact: who, predicate (role), whom, its confidence and articles; then its evidence, strongest first. */
  static void printFact(PrintWriter out, RelationFact f, String indent) {
    out.printf("%s%s —%s%s→ %s  (%.2f, %d article%s%s)%n", indent, f.subjectName(), f.predicate(),
        f.role() == null ? "" : " (" + f.role() + ")", f.objectName(), f.confidence(), f.articles(), f.articles() == 1 ? "" : "s",
        f.inferred() ? ", inferred" : "");
    for (RelationView r : f.evidence()) {
      out.printf("%s    “%s”  %s%n", indent, clip(r.evidence(), 160), r.url());
    }
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Export the ecosystem graph as GraphML (Gephi, yEd, Cytoscape), JSON, CSV, or one self-contained HTML map.")
  static final class Export extends ReadCommand {
    @Option(names = "--out", paramLabel = "PATH", required = true, description = "file to write") Path outFile;
    @Mixin MinConfidence confidence;

    @Override
    List<String> formats() {
      return List.of("graphml", "json", "csv", "html");
    }

    @Override
    public Integer call() throws IOException {
      if (format.equals("table")) {
        throw new Main.UsageException("export needs --format graphml, json, csv or html");
      }
      Path parent = outFile.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        // a folder the user did not ask for is not made: a typo in the path would go unnoticed
        throw new Main.UsageException("no such folder: " + parent + " (for --out " + outFile + ")");
      }
      return super.call();
    }

    @Override
    int read(EcosystemSearch search, PrintWriter out) throws IOException {
      List<EntitySummary> nodes = search.ecosystem(Filters.none(Integer.MAX_VALUE));
      List<RelationView> edges = search.relations(null, null, Filters.none(Integer.MAX_VALUE).withMinConfidence(confidence.value));
      String body = switch (format) {
        case "graphml" -> GraphExport.graphml(nodes, edges);
        case "json" -> json(Map.of("nodes", nodes, "edges", edges));
        case "html" -> GraphExport.html(nodes, edges);
        default -> GraphExport.csv(edges);
      };
      Files.writeString(outFile, body, StandardCharsets.UTF_8);
      out.println("wrote " + nodes.size() + " entities and " + edges.size() + " relations to " + outFile);
      return 0;
    }
  }

  @Command(name = "stats", mixinStandardHelpOptions = true,
      description = "Index size and counts, the offsets it has consumed, and (when Kafka is up) the last crawl and each stage's lag.")
  static final class StatsCommand extends ReadCommand {
    @Override
    int read(EcosystemSearch search, PrintWriter out) {
      Stats s = search.stats();
      EcotrackConfig config = root.config();
      IndexHealth health = IndexHealth.check(config.indexDir());
      if (!health.ok()) {
        throw new IndexUnavailableException("the index at " + config.indexDir() + " is corrupt: " + health.problem() + "; "
            + IndexHealth.REPAIR);
      }
      String bootstrap = config.bootstrapServers() != null ? config.bootstrapServers()
          : EmbeddedKafkaBroker.runningAddress(config.kafkaDir()).orElse(null);
      Map<String, Object> topics = bootstrap == null ? null : TopicStats.of(new KafkaClients(bootstrap), config.indexDir());
      if (format.equals("json")) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("index", s);
        all.put("integrity", Map.of("ok", true, "segmentsChecked", health.segments()));
        all.put("kafka", topics);
        out.println(json(all));
        return 0;
      }
      out.println("index:       " + config.indexDir().toAbsolutePath());
      out.printf("articles:    %d%nentities:    %d%nrelations:   %d%nsize:        %.1f MB%n", s.articles(), s.entities(),
          s.relations(), s.sizeBytes() / 1e6);
      out.println("consumed:    " + s.committedOffsets());
      out.println("integrity:   ok (checksums of " + health.segments() + " segments verified)");
      if (topics == null) {
        out.println("kafka:       not running (start one with 'ecotrack run', or pass --bootstrap-servers, to see lag)");
      } else {
        topics.forEach((k, v) -> out.printf("%-12s %s%n", k + ":", v));
      }
      return 0;
    }
  }

  static String json(Object o) {
    try {
      return EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String csv(String v) {
    if (v == null) {
      return "";
    }
    return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  /** {@code s} cut to {@code columns} of a terminal ({@link DisplayWidth}), with an ellipsis where it was cut. */
  static String clip(String s, int columns) {
    return DisplayWidth.clip(s, columns);
  }
}
