package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.kafka.KafkaClients;
import io.ecotrack.kafka.KafkaTestBroker;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.EventCodec;
import io.ecotrack.model.Topics;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged index (a garbled commit, a truncated segment, one flipped byte): search and stats say so in one
 * line and name the repair, and {@code reindex} rebuilds it from the Kafka log whatever state it is in.
 */
@Timeout(240)
class ReindexRepairIT {
  @TempDir Path dataDir;
  final KafkaClients clients = KafkaTestBroker.clients();

  private Cli.Outcome ecotrack(String... args) {
    return new Cli(dataDir, clients.bootstrapServers()).run(args);
  }

  @BeforeEach
  void anIndexBuiltFromTheLog() throws Exception {
    try (KafkaProducer<String, byte[]> producer = clients.producer("reindex-it")) {
      for (int i = 0; i < 3; i++) {
        String id = "repair-" + i;
        ArticleFetched a = new ArticleFetched(1, id, "https://example.org/" + id, null, "test", "t", "reindexrepaircheck " + i,
            "en", null, OffsetDateTime.parse("2026-01-01T00:00:00Z"), List.of(), null);
        producer.send(new ProducerRecord<>(Topics.ENRICHED, id, EventCodec.encode(ArticleEnriched.of(a, List.of(), List.of(), "t"))))
            .get();
      }
    }
    Cli.Outcome built = ecotrack("reindex");
    assertEquals(0, built.code(), built.err());
    assertFound();
  }

  private void assertFound() {
    Cli.Outcome search = ecotrack("search", "reindexrepaircheck", "--format", "json");
    assertEquals(0, search.code(), search.err());
    assertTrue(search.out().contains("\"total\" : 3"), search.out());
  }

  private Path index() {
    return dataDir.resolve("index");
  }

  private List<Path> files(String suffix) throws IOException {
    try (Stream<Path> s = Files.list(index())) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix) || p.getFileName().toString().startsWith(suffix))
          .sorted(Comparator.comparingLong((Path p) -> p.toFile().length()).reversed()).toList();
    }
  }

  private void assertRepairable(String command) {
    Cli.Outcome broken = ecotrack(command.split(" "));
    assertEquals(1, broken.code(), broken.out());
    assertEquals(1, broken.err().lines().count(), broken.err());
    assertTrue(broken.err().contains("ecotrack reindex"), broken.err());
    Cli.Outcome repaired = ecotrack("reindex");
    assertEquals(0, repaired.code(), repaired.err());
    assertFound();
    Cli.Outcome stats = ecotrack("stats");
    assertEquals(0, stats.code(), stats.err());
    assertTrue(stats.out().contains("integrity:   ok"), stats.out());
  }

  @Test
  void aGarbledCommitIsReportedAndReindexRepairsIt() throws Exception {
    Path segments = files("segments_").get(0);
    Files.write(segments, "not a commit at all".getBytes());
    assertRepairable("search reindexrepaircheck");
  }

  @Test
  void aTruncatedSegmentIsReportedAndReindexRepairsIt() throws Exception {
    Path biggest = files("").stream().filter(p -> !p.getFileName().toString().startsWith("segments")
        && !p.getFileName().toString().equals("write.lock")).findFirst().orElseThrow();
    try (RandomAccessFile f = new RandomAccessFile(biggest.toFile(), "rw")) {
      f.setLength(f.length() / 2);
    }
    assertRepairable("stats");
  }

  private static void flip(Path file, long at) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.seek(at);
      int b = f.read();
      f.seek(at);
      f.write(b ^ 0x40);
    }
  }

  @Test
  void oneFlippedByteThatSearchDoesNotNoticeIsFoundByStats() throws Exception {
    Path biggest = files("").stream().filter(p -> !p.getFileName().toString().startsWith("segments")
        && !p.getFileName().toString().equals("write.lock")).findFirst().orElseThrow();
    long length = biggest.toFile().length();
    // a byte in data that opening the index does not read (postings, stored text): search still answers
    boolean silent = false;
    for (int eighth = 1; eighth < 8 && !silent; eighth++) {
      long at = length * eighth / 8;
      flip(biggest, at);
      if (ecotrack("search", "reindexrepaircheck").code() == 0) {
        silent = true;
      } else {
        flip(biggest, at); // noticed on open already: put it back, try elsewhere
      }
    }
    assertTrue(silent, "no byte of " + biggest + " went unnoticed by search");
    Cli.Outcome stats = ecotrack("stats");
    assertTrue(stats.err().contains("is corrupt"), stats.err());
    assertRepairable("stats");
  }
}
