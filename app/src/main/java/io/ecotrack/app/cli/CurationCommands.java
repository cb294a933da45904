package io.ecotrack.app.cli;

import io.ecotrack.app.pipeline.EcotrackConfig;
import io.ecotrack.app.pipeline.KafkaConnection;
import io.ecotrack.app.pipeline.Pipeline;
import io.ecotrack.extract.ArticleEnricher;
import io.ecotrack.extract.curation.Curation;
import io.ecotrack.extract.curation.CurationReplay;
import io.ecotrack.extract.curation.KafkaCuration;
import io.ecotrack.extract.resolve.EntityResolver;
import io.ecotrack.extract.resolve.KafkaAliasTable;
import io.ecotrack.index.search.EcosystemSearch;
import io.ecotrack.index.search.Filters;
import io.ecotrack.index.search.Results.EntityProfile;
import io.ecotrack.index.store.IndexUnavailableException;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.model.Correction.Kind;
import io.ecotrack.model.Correction;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The analyst's corrections: {@code alias add|remove}, {@code suppress} and {@code curation list}. A correction is an
 * event in {@link Topics#CURATION}, read by every extractor from then on; the command also extracts again, from the
 * articles log, every past article that holds the name ({@link CurationReplay}), and brings the index up to date when
 * no index worker holds it (a running worker does that itself).
 */
final class CurationCommands {
  private static final Duration LOAD = Duration.ofSeconds(30);
  private static final Duration REPLAY = Duration.ofMinutes(30);

  private CurationCommands() {}

  @Command(name = "alias", mixinStandardHelpOptions = true, description = "Correct which entity a name is.",
      subcommands = {AliasAdd.class, AliasRemove.class})
  static final class Alias implements Runnable {
    @ParentCommand EcotrackCommand root;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give add or remove");
    }
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = "NAME is ENTITY (a missed merge): every article that writes NAME shows ENTITY, past ones too.")
  static final class AliasAdd implements Callable<Integer> {
    @ParentCommand Alias alias;
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--to", paramLabel = "ENTITY", required = true, description = "the entity's name or id, as the view shows it")
    String entity;

    @Override
    public Integer call() throws Exception {
      EcotrackConfig config = alias.root.config();
      EntityProfile target = entityOf(config, entity);
      return apply(alias.root, new Correction(Correction.SCHEMA, Kind.ALIAS_ADD, checked(name), target.id(), target.name(), now()),
          "'" + name + "' is " + target.name() + " (" + target.id() + ") from now on");
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true,
      description = "NAME is not ENTITY (a wrong merge): NAME becomes an entity of its own, in past articles too.")
  static final class AliasRemove implements Callable<Integer> {
    @ParentCommand Alias alias;
    @Parameters(paramLabel = "NAME") String name;
    @Option(names = "--from", paramLabel = "ENTITY", required = true, description = "the entity's name or id, as the view shows it")
    String entity;

    @Override
    public Integer call() throws Exception {
      EcotrackConfig config = alias.root.config();
      EntityProfile from = entityOf(config, entity);
      String key = EntityResolver.normalize(checked(name));
      if (from.aliases().stream().map(EntityResolver::normalize).noneMatch(key::equals)) {
        throw new Main.UsageException("'" + name + "' is no name of " + from.name() + " (" + from.id() + "); its names: "
            + String.join(", ", from.aliases()));
      }
      EntityType type = EntityType.fromId(from.id());
      if (Curation.ownId(type, name).equals(from.id())) {
        throw new Main.UsageException("'" + name + "' is the name " + from.id() + " is made from; to drop the entity, "
            + "ecotrack suppress it");
      }
      return apply(alias.root, new Correction(Correction.SCHEMA, Kind.ALIAS_REMOVE, name.strip(), from.id(), from.name(), now()),
          "'" + name + "' is not " + from.name() + " (" + from.id() + ") from now on; it is " + Curation.ownId(type, name));
    }
  }

  @Command(name = "suppress", mixinStandardHelpOptions = true,
      description = "NAME is never an entity (a word that is no name): it leaves the view, past articles too.")
  static final class Suppress implements Callable<Integer> {
    @ParentCommand EcotrackCommand root;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() throws Exception {
      return apply(root, new Correction(Correction.SCHEMA, Kind.SUPPRESS, checked(name), null, null, now()),
          "'" + name + "' is never an entity from now on");
    }
  }

  @Command(name = "curation", mixinStandardHelpOptions = true, description = "The corrections in force.",
      subcommands = CurationList.class)
  static final class CurationGroup implements Runnable {
    @ParentCommand EcotrackCommand root;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give list");
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Every correction in force, oldest first.")
  static final class CurationList implements Callable<Integer> {
    @ParentCommand CurationGroup group;
    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json") String format = "table";

    @Override
    public Integer call() {
      if (!List.of("table", "json").contains(format)) {
        throw new Main.UsageException("unknown --format '" + format + "'; valid: [table, json]");
      }
      PrintWriter out = group.root.spec.commandLine().getOut();
      List<Correction> corrections;
      try (KafkaConnection kafka = KafkaConnection.open(group.root.config());
           KafkaCuration curation = new KafkaCuration(kafka.clients(), LOAD, false)) {
        corrections = curation.corrections();
      }
      if (format.equals("json")) {
        out.println(ViewCommands.json(Map.of("corrections", corrections)));
      } else if (corrections.isEmpty()) {
        out.println("no corrections");
      } else {
        out.printf("%-13s %-30s %-30s %s%n", "KIND", "NAME", "ENTITY", "AT");
        for (Correction c : corrections) {
          out.printf("%-13s %s %s %s%n", c.kind().word(), DisplayWidth.pad(c.name(), 30),
              DisplayWidth.pad(c.entity() == null ? "-" : c.entity(), 30), c.at());
        }
      }
      out.flush();
      return 0;
    }
  }

  private static String checked(String name) {
    if (name == null || name.isBlank()) {
      throw new Main.UsageException("NAME is empty");
    }
    if (name.strip().length() > Correction.MAX_NAME_LENGTH) {
      throw new Main.UsageException("NAME is longer than " + Correction.MAX_NAME_LENGTH + " characters");
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      throw new Main.UsageException("NAME holds a control character");
    }
    return name.strip();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }

  /** The entity the index knows by {@code name} (a name of it, or its id); bad input when it knows none. */
  private static EntityProfile entityOf(EcotrackConfig config, String name) {
    if (name == null || name.isBlank()) {
      throw new Main.UsageException("ENTITY is empty");
    }
    try (EcosystemSearch search = EcosystemSearch.open(config.indexDir())) {
      return search.entity(name, Filters.none(1));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Publishes {@code correction}, extracts the past articles that name it again, and brings the index up to date. */
  private static int apply(EcotrackCommand root, Correction correction, String what) throws InterruptedException {
    PrintWriter out = root.spec.commandLine().getOut();
    EcotrackConfig config = root.config();
    try (KafkaConnection kafka = KafkaConnection.open(config);
         KafkaProducer<String, byte[]> producer = kafka.clients().producer("ecotrack-curation")) {
      KafkaClients clients = kafka.clients();
      KafkaCuration.publish(producer, correction);
      CurationReplay.Outcome replayed;
      try (KafkaAliasTable aliases = new KafkaAliasTable(clients, producer, LOAD);
           KafkaCuration curation = new KafkaCuration(clients, LOAD, false)) {
        replayed = new CurationReplay(clients, producer, ArticleEnricher.standard(aliases, curation))
            .replay(Set.of(correction.name()), REPLAY);
      }
      out.println(correction.kind().word() + ": " + what + "; " + replayed.replayed() + " past article"
          + (replayed.replayed() == 1 ? "" : "s") + " extracted again" + (replayed.failed() == 0 ? "" : ", " + replayed.failed()
          + " could not be") + "; " + indexed(config, clients));
      out.flush();
      return replayed.failed() == 0 ? 0 : 1;
    }
  }

  /** Brings the index up to date with the enriched topic when no worker holds it; says what happened. */
  private static String indexed(EcotrackConfig config, KafkaClients clients) throws InterruptedException {
    try (Pipeline pipeline = new Pipeline(config, clients)) {
      try {
        pipeline.startIndexWorker();
      } catch (IndexUnavailableException e) {
        if (e.getCause() instanceof LockObtainFailedException) {
          return "the running index worker puts them in the index";
        }
        throw e;
      }
      if (!pipeline.awaitIndexed(Duration.ofMinutes(10))) {
        throw new IllegalStateException("the index did not catch up with " + Topics.ENRICHED + " within 10 minutes"
            + (pipeline.workerFailure() == null ? "" : ": " + pipeline.workerFailure()));
      }
      return "the index is up to date";
    }
  }
}
