package io.ecotrack.index.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Replacing an index folder by one rebuilt beside it, whatever state the old one is in (a truncated
 * segment, a garbled {@code segments_N}): the old folder is never opened as an index, only locked, so that
 * no index worker writes it or starts on it until the new one is in its place.
 */
public final class IndexFolders {
  private IndexFolders() {}

  /** The write lock of an index folder, held until the swap or {@link #close()}. */
  public static final class Hold implements AutoCloseable {
    private final Path live;
    private final Directory directory; // null when there was no folder
    private Lock lock;

    private Hold(Path live, Directory directory, Lock lock) {
      this.live = live;
      this.directory = directory;
      this.lock = lock;
    }

    /** Puts {@code fresh} where the held folder is, and deletes the old one. */
    public void swapIn(Path fresh) throws IOException {
      close();
      Path old = live.resolveSibling(live.getFileName() + ".old");
      delete(old);
      if (Files.exists(live)) {
        Files.move(live, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, live, StandardCopyOption.ATOMIC_MOVE);
      delete(old);
    }

    @Override
    public void close() throws IOException {
      if (lock != null) {
        lock.close();
        lock = null;
      }
      if (directory != null) {
        directory.close();
      }
    }
  }

  /**
   * Takes the write lock of the index folder {@code live}, which need not hold a readable index.
   *
   * @throws IndexUnavailableException when another process (an index worker, a run) holds it
   */
  public static Hold hold(Path live) {
    if (!Files.isDirectory(live)) {
      return new Hold(live, null, null);
    }
    try {
      Directory directory = FSDirectory.open(live);
      try {
        return new Hold(live, directory, directory.obtainLock(IndexWriter.WRITE_LOCK_NAME));
      } catch (LockObtainFailedException e) {
        directory.close();
        throw new IndexUnavailableException("the index at " + live + " is in use by another ecotrack process "
            + "(an index worker or a run); stop it first", e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock the index folder " + live, e);
    }
  }

  /** Deletes {@code dir} and everything in it, if it exists. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
