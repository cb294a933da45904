package io.ecotrack.app.cli;

import io.ecotrack.app.pipeline.EcotrackConfig;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command: global options, and the subcommands of DESIGN.md; {@code bench} is added by {@link Main} where the
 * bench module is on the classpath (the {@code ./ecotrack} launcher, not the Docker image).
 */
@Command(name = "ecotrack", mixinStandardHelpOptions = true, version = "ecotrack 0.1.0",
    description = "News in, a searchable map of an industry ecosystem out.",
    subcommands = {
        PipelineCommands.Demo.class, PipelineCommands.Run.class, PipelineCommands.Crawl.class, PipelineCommands.Add.class,
        PipelineCommands.Worker.class, ExtractCommand.class, ViewCommands.Search.class, ViewCommands.EntityProfileCommand.class,
        ViewCommands.Ecosystem.class, ViewCommands.Relations.class, ChangesCommand.class, ViewCommands.Export.class,
        CurationCommands.Alias.class, CurationCommands.Suppress.class, CurationCommands.CurationGroup.class,
        ViewCommands.StatsCommand.class,
        PipelineCommands.Reindex.class, TrainCommand.class})
public final class EcotrackCommand implements Runnable {
  @Option(names = "--bootstrap-servers", scope = ScopeType.INHERIT, paramLabel = "HOST:PORT",
      description = "Kafka cluster to use (env ECOTRACK_BOOTSTRAP_SERVERS); default: the embedded broker of the data dir")
  String bootstrapServers = System.getenv("ECOTRACK_BOOTSTRAP_SERVERS");

  @Option(names = "--data-dir", scope = ScopeType.INHERIT, paramLabel = "DIR",
      description = "where the index and the embedded broker live (env ECOTRACK_DATA_DIR; default ./ecotrack-data)")
  Path dataDir = System.getenv("ECOTRACK_DATA_DIR") == null ? null : Path.of(System.getenv("ECOTRACK_DATA_DIR"));

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  EcotrackConfig config() {
    return EcotrackConfig.of(dataDir, bootstrapServers);
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
