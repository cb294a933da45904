package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.app.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliBadInputTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void unknownCommandSaysSoInOneLineWithAHintToHelp() {
    Run r = run("frobnicate");
    assertEquals(2, r.code());
    assertEquals("ecotrack: Unmatched argument at index 0: 'frobnicate' (see 'ecotrack --help')", r.err().strip(), r.err());
  }

  @Test
  void unknownFlagExitsTwo() {
    assertEquals(2, run("search", "--colour", "x").code());
  }

  @Test
  void searchWithoutAnIndexSaysWhatToRunInOneLine() {
    Run r = run("--data-dir", tmp.toString(), "search", "x");
    assertEquals(1, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("no index at"), r.err());
  }

  @Test
  void badSourcesFileIsRejectedWithItsLineBeforeAnyFetch() throws Exception {
    Path sources = tmp.resolve("sources.yaml");
    Files.writeString(sources, "sources:\n  - name: a\n    type: feed\n    url: https://example.org/rss\n  - name: b\n    type: podcast\n    url: https://example.org/\n");
    Run r = run("--data-dir", tmp.toString(), "--bootstrap-servers", "127.0.0.1:1", "crawl", "--once", "--sources", sources.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("sources.yaml:5") && r.err().contains("unknown type 'podcast'"), r.err());
    assertFalse(r.err().contains("cannot reach"), "the file is checked before Kafka is contacted");
  }

  @Test
  void crawlNeedsOnceOrEvery() {
    assertEquals(2, run("crawl").code());
  }

  @Test
  void extractOfAMissingFileExitsTwo() {
    Run r = run("extract", tmp.resolve("nope.html").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("ecotrack: no such file"), r.err());
  }

  @Test
  void extractPrintsOneEnrichedObjectPerJsonlLineInOrder() throws Exception {
    Path in = tmp.resolve("docs.jsonl");
    Files.writeString(in, """
        {"id": "d1", "text": "メイヨー・クリニックはロチェスターに本社を置く。"}
        {"id": "d2", "text": "Medtronic, based in Minneapolis, makes medical devices."}
        """);
    Run r = run("extract", "--format", "jsonl", in.toString());
    assertEquals(0, r.code(), r.err());
    var lines = r.out().strip().lines().toList();
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).contains("\"id\":\"d1\"") && lines.get(0).contains("\"language\":\"ja\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"id\":\"d2\"") && lines.get(1).contains("loc:minneapolis"), lines.get(1));
  }

  @Test
  void extractExplainNamesThePassBehindEachSpanAndTheEntityItBecame() throws Exception {
    Path in = tmp.resolve("explain.jsonl");
    Files.writeString(in, """
        {"id": "d1", "text": "ノースフィールド・ラボ（Northfield Labs）はミネソタ(MN)州にある。同社は上場した。"}
        """);
    Run r = run("extract", "--explain", in.toString());
    assertEquals(0, r.code(), r.err());
    var lines = r.out().strip().lines().toList();
    assertTrue(lines.contains("d1\t0\t11\tORGANIZATION/COMPANY\tノースフィールド・ラボ\tgloss\torg:northfield-labs"), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("\tミネソタ(MN)州\tabbreviated-place\tloc:minnesota")), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("\t同社\tresolver\torg:northfield-labs")), r.out());
  }
}
