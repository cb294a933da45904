package io.ecotrack.index.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Whether the index in a folder is whole: Lucene's {@link CheckIndex} in its quick mode, which verifies
 * the checksum of every file of every segment (a flipped byte, a truncated file, a garbled
 * {@code segments_N}). While an index worker holds the write lock, CheckIndex cannot run; the same
 * checksums are then verified through a reader of the last commit.
 *
 * @param problem what is wrong, in one line; null when the index is whole
 * @param segments segments checked
 */
public record IndexHealth(String problem, int segments) {
  /** What {@code reindex} is for; said wherever a corrupt index is reported. */
  public static final String REPAIR = "rebuild it from the Kafka log with 'ecotrack reindex'";

  public boolean ok() {
    return problem == null;
  }

  /** Checks the index in {@code dir}; a missing index is whole (there is nothing to repair). */
  public static IndexHealth check(Path dir) {
    if (!Files.isDirectory(dir)) {
      return new IndexHealth(null, 0);
    }
    try (Directory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d)) {
        return Files.list(dir).anyMatch(f -> f.getFileName().toString().startsWith("segments"))
            ? new IndexHealth("no readable commit (segments_N) in " + dir, 0) : new IndexHealth(null, 0);
      }
      Lock lock;
      try {
        lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME);
      } catch (LockObtainFailedException e) {
        return checkThroughReader(d);
      }
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (CheckIndex check = new CheckIndex(d, lock)) {
        check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        CheckIndex.Status status = check.checkIndex();
        if (status.clean) {
          return new IndexHealth(null, status.numSegments);
        }
        return new IndexHealth(firstError(log.toString(StandardCharsets.UTF_8), status), status.numSegments);
      }
    } catch (IOException | RuntimeException e) {
      return new IndexHealth(e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()), 0);
    }
  }

  private static IndexHealth checkThroughReader(Directory d) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(d)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        leaf.reader().checkIntegrity();
      }
      return new IndexHealth(null, reader.leaves().size());
    }
  }

  private static String firstError(String log, CheckIndex.Status status) {
    if (status.missingSegments) {
      return "cannot read the commit " + (status.segmentsFileName == null ? "(segments_N)" : status.segmentsFileName);
    }
    for (String line : log.split("\n")) {
      String l = line.strip();
      if (l.startsWith("ERROR") || l.startsWith("FAILED") || l.contains("CorruptIndexException")) {
        return status.numBadSegments + " of " + status.numSegments + " segments broken: " + oneLine(l);
      }
    }
    return status.numBadSegments + " of " + status.numSegments + " segments broken";
  }

  private static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    String first = s.strip().split("\n", 2)[0];
    return first.length() > 240 ? first.substring(0, 239) + "…" : first;
  }
}
