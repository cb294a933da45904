package io.ecotrack.app.pipeline;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of one ecotrack process, in one typed place. Command-line flags override environment
 * variables, which override the defaults documented here.
 *
 * @param dataDir where the embedded broker's log and the index live (default {@code ./ecotrack-data}, env
 *     {@code ECOTRACK_DATA_DIR})
 * @param bootstrapServers a Kafka cluster to use (env {@code ECOTRACK_BOOTSTRAP_SERVERS}); null: the embedded broker
 * @param partitions partitions of the article and enriched topics when ecotrack creates them (default 3)
 * @param commitInterval how often the indexer makes a durable Lucene commit (default 1 s); searches see new
 *     articles sooner, through near-real-time readers
 * @param connectTimeout how long to wait for a given cluster to answer (default 20 s)
 */
public record EcotrackConfig(Path dataDir, String bootstrapServers, int partitions, Duration commitInterval,
    Duration connectTimeout) {

  public static final String DEFAULT_DATA_DIR = "ecotrack-data";

  public static EcotrackConfig of(Path dataDir, String bootstrapServers) {
    return new EcotrackConfig(dataDir == null ? Path.of(DEFAULT_DATA_DIR) : dataDir,
        bootstrapServers == null || bootstrapServers.isBlank() ? null : bootstrapServers.trim(),
        3, Duration.ofSeconds(1), Duration.ofSeconds(20));
  }

  public Path indexDir() {
    return dataDir.resolve("index");
  }

  public Path kafkaDir() {
    return dataDir.resolve("kafka");
  }
}
