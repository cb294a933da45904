package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.ingest.article.TestPdfs;
import io.ecotrack.ingest.article.TestPdfs.Line;
import io.ecotrack.kafka.KafkaTestBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** PDF reports given to {@code extract} and {@code add}: read with their title and text; a scan reported in one line. */
@Timeout(180)
class PdfInputIT {
  @TempDir Path tmp;

  private Cli.Outcome ecotrack(String... args) {
    return new Cli(tmp.resolve("data"), KafkaTestBroker.clients().bootstrapServers()).run(args);
  }

  private Path report() throws Exception {
    Path pdf = tmp.resolve("fargo-review.pdf");
    Files.write(pdf, TestPdfs.pdf(null, TestPdfs.day(2026, 11, 2), true, List.of(List.of(
        new Line("ファーゴの医療機器産業", 18, 72, 740),
        new Line("ハロウェイ・インスツルメンツは、ファーゴに本社を置く医療機器メーカーである。", 10.5f, 72, 700)))));
    return pdf;
  }

  @Test
  void extractReadsAPdfReportAndNamesAScanInOneLine() throws Exception {
    Cli.Outcome read = ecotrack("extract", report().toString());
    assertEquals(0, read.code(), read.err());
    assertTrue(read.out().contains("\"title\":\"ファーゴの医療機器産業\""), read.out());
    assertTrue(read.out().contains("\"language\":\"ja\""), read.out());
    assertTrue(read.out().contains("ファーゴ"), read.out());

    Path scan = tmp.resolve("scan.pdf");
    Files.write(scan, TestPdfs.scan());
    Cli.Outcome scanned = ecotrack("extract", scan.toString());
    assertEquals(2, scanned.code(), scanned.err());
    assertEquals(List.of("ecotrack: " + scan + ": a PDF of 2 pages with no text layer (a scan?): nothing to read without OCR"),
        scanned.err().lines().toList());
    assertEquals("", scanned.out());
  }

  @Test
  void addPublishesAPdfReportAndPublishesNothingOfAScan() throws Exception {
    Path scan = tmp.resolve("scan.pdf");
    Files.write(scan, TestPdfs.scan());
    Cli.Outcome added = ecotrack("add", report().toString(), scan.toString());
    assertEquals(1, added.code(), added.out() + added.err());
    assertTrue(added.out().lines().anyMatch(l -> l.contains(" new ") && l.endsWith("fargo-review.pdf")), added.out());
    assertEquals(List.of("  [  2] failed         " + scan.toUri() + "  is a PDF of 2 pages with no text layer (a scan?): "
        + "nothing to read without OCR"), added.out().lines().filter(l -> l.contains("scan.pdf")).toList());
    assertTrue(added.out().contains("new 1,") && added.out().contains("failed 1"), added.out());
  }
}
