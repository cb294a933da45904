package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.app.pipeline.EcotrackConfig;
import io.ecotrack.app.pipeline.Pipeline;
import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.kafka.KafkaTestBroker;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's corrections on the real broker: a suppressed word leaves the ecosystem view and a merge shows one entity
 * with both names, in the articles indexed before the correction (extracted again from the articles log), in one
 * extracted after it by a running worker, and after {@code reindex}.
 */
@Timeout(300)
class CurationEndToEndIT {
  @TempDir Path dataDir;
  final KafkaClients clients = KafkaTestBroker.clients();

  private Cli.Outcome ecotrack(String... args) {
    return new Cli(dataDir, clients.bootstrapServers()).run(args);
  }

  private String ok(String... args) {
    Cli.Outcome o = ecotrack(args);
    assertEquals(0, o.code(), String.join(" ", args) + ": " + o.err());
    return o.out();
  }

  private void publish(String id, String text) throws Exception {
    try (KafkaProducer<String, byte[]> producer = clients.producer("curation-it")) {
      ArticleFetched a = new ArticleFetched(1, id, "https://curation.example/" + id, null, "test", "news " + id, text, "en",
          OffsetDateTime.parse("2026-11-20T00:00:00Z"), OffsetDateTime.parse("2026-11-20T00:00:00Z"), List.of(), null);
      producer.send(new ProducerRecord<>(Topics.ARTICLES, id, EventCodec.encode(a))).get();
    }
  }

  /** Extracts and indexes what is in the log with the pipeline's own workers, then stops them. */
  private void runWorkersUntilCaughtUp() throws Exception {
    try (Pipeline pipeline = new Pipeline(EcotrackConfig.of(dataDir, clients.bootstrapServers()), clients)) {
      pipeline.startExtractWorker();
      pipeline.startIndexWorker();
      assertTrue(pipeline.awaitCaughtUp(Duration.ofSeconds(120), () -> { }), "caught up");
    }
  }

  private void assertCorrected(String view) {
    assertFalse(view.contains("Brackenfold Labs"), "suppressed: " + view);
    assertFalse(view.contains("Tarnwick Holdings"), "merged into Quillmoor Robotics: " + view);
    assertTrue(view.contains("Quillmoor Robotics"), view);
    String profile = ok("entity", "Tarnwick Holdings", "--format", "json");
    assertTrue(profile.contains("\"id\" : \"org:quillmoor-robotics\""), profile);
    assertTrue(profile.contains("Tarnwick Holdings") && profile.contains("\"Quillmoor Robotics\""), profile);
  }

  @Test
  void suppressionAndMergeApplyToPastAndNewArticlesAndSurviveReindex() throws Exception {
    publish("curation-1", "Quillmoor Robotics opened a factory in Duluth. Brackenfold Labs supplies its sensors.");
    publish("curation-2", "Tarnwick Holdings said that Brackenfold Labs would hire forty engineers in Duluth.");
    runWorkersUntilCaughtUp();
    String before = ok("ecosystem", "--type", "ORGANIZATION", "--limit", "500");
    assertTrue(before.contains("Brackenfold Labs") && before.contains("Tarnwick Holdings") && before.contains("Quillmoor Robotics"),
        before);

    String suppressed = ok("suppress", "Brackenfold Labs");
    assertTrue(suppressed.contains("2 past articles extracted again; the index is up to date"), suppressed);
    String merged = ok("alias", "add", "Tarnwick Holdings", "--to", "Quillmoor Robotics");
    assertTrue(merged.contains("1 past article extracted again"), merged);
    assertCorrected(ok("ecosystem", "--type", "ORGANIZATION", "--limit", "500"));

    // an article that comes after the corrections, extracted by a worker that reads them from the topic
    publish("curation-3", "Tarnwick Holdings and Brackenfold Labs signed a supply agreement in Duluth.");
    runWorkersUntilCaughtUp();
    String entity = ok("entity", "Quillmoor Robotics", "--format", "json");
    assertTrue(entity.contains("curation-3"), "the new article is the merged entity's: " + entity);
    assertCorrected(ok("ecosystem", "--type", "ORGANIZATION", "--limit", "500"));

    String list = ok("curation", "list");
    assertTrue(list.contains("suppress") && list.contains("Brackenfold Labs"), list);
    assertTrue(list.contains("alias-add") && list.contains("org:quillmoor-robotics"), list);

    ok("reindex");
    assertCorrected(ok("ecosystem", "--type", "ORGANIZATION", "--limit", "500"));
  }

  @Test
  void aRemovedAliasLeavesTheEntityForOneOfItsOwn() throws Exception {
    publish("curation-4", "Halloway Instruments, based in Fargo, makes pumps. Halloway Instruments sells them to clinics.");
    runWorkersUntilCaughtUp();
    ok("alias", "add", "Orrin Devices", "--to", "Halloway Instruments");
    publish("curation-5", "Orrin Devices opened an office in Fargo.");
    runWorkersUntilCaughtUp();
    String joined = ok("entity", "Orrin Devices", "--format", "json");
    assertTrue(joined.contains("\"id\" : \"org:halloway-instruments\""), joined);

    String removed = ok("alias", "remove", "Orrin Devices", "--from", "Halloway Instruments");
    assertTrue(removed.contains("it is org:orrin-devices; 1 past article extracted again"), removed);
    String apart = ok("entity", "Orrin Devices", "--format", "json");
    assertTrue(apart.contains("\"id\" : \"org:orrin-devices\""), apart);
    String halloway = ok("entity", "Halloway Instruments", "--format", "json");
    assertFalse(halloway.contains("Orrin"), halloway);
  }
}
