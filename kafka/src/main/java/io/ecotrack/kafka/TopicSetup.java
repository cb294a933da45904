package io.ecotrack.kafka;

import io.ecotrack.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates ecotrack's topics with their settings, once; existing topics are left as they are. The
 * article and enriched topics keep every record (the log is the source of truth that {@code reindex}
 * rebuilds from), crawl state, learned aliases and curation are compacted to the latest entry per key, dead letters live 30 days.
 */
public final class TopicSetup {
  private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
  /** The largest event, 16 MiB: a 5 MiB page can hold that much text; the dead-letter topic takes a little more. */
  public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;
  private static final String DLQ_RETENTION_MS = Long.toString(30L * 24 * 3600 * 1000);

  private TopicSetup() {}

  /** The topics and their settings, for {@code partitions} partitions and {@code replicas} replicas each. */
  public static List<NewTopic> topics(int partitions, short replicas) {
    return List.of(
        new NewTopic(Topics.ARTICLES, partitions, replicas).configs(Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_RECORD_BYTES))),
        new NewTopic(Topics.ENRICHED, partitions, replicas).configs(Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_RECORD_BYTES))),
        new NewTopic(Topics.CRAWL_STATE, partitions, replicas).configs(Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
        new NewTopic(Topics.ALIASES, 1, replicas).configs(Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
        new NewTopic(Topics.CURATION, 1, replicas).configs(Map.of(
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)),
        new NewTopic(Topics.DLQ, 1, replicas).configs(Map.of(
            TopicConfig.RETENTION_MS_CONFIG, DLQ_RETENTION_MS,
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(MAX_RECORD_BYTES + 1024 * 1024))));
  }

  /** Creates whichever of ecotrack's topics do not exist yet. */
  public static void ensureTopics(Admin admin, int partitions, short replicas) {
    try {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      for (NewTopic t : topics(partitions, replicas)) {
        if (!existing.contains(t.name())) {
          missing.add(t);
        }
      }
      if (missing.isEmpty()) {
        return;
      }
      try {
        admin.createTopics(missing).all().get();
        log.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e; // a concurrent creator won the race otherwise: fine
        }
      }
    } catch (ExecutionException e) {
      throw new BrokerUnavailableException("cannot create ecotrack's topics: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BrokerUnavailableException("interrupted while creating topics", e);
    }
  }
}
