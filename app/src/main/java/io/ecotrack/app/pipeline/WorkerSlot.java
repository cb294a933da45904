package io.ecotrack.app.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A stable name for one of the extract workers of a host, for Kafka's static group membership
 * ({@code group.instance.id}): the first free slot {@code extract-<host>-<data dir>-<n>} (the data dir as a
 * short hash, so that two data dirs on one host never share a name), held by a file lock in the data dir for
 * as long as the worker runs. The operating system releases the lock when the process dies,
 * even by kill -9, so a restarted worker takes the same slot, and with it its predecessor's partitions at
 * once, instead of waiting for the group to time the dead member out.
 */
public final class WorkerSlot implements AutoCloseable {
  private static final int MAX_SLOTS = 256;

  private final String instanceId;
  private final FileChannel channel;
  private final FileLock lock;

  private WorkerSlot(String instanceId, FileChannel channel, FileLock lock) {
    this.instanceId = instanceId;
    this.channel = channel;
    this.lock = lock;
  }

  /** Claims the first free slot of {@code stage} under {@code dataDir/workers}. */
  public static WorkerSlot claim(Path dataDir, String stage) {
    Path dir = dataDir.resolve("workers");
    try {
      Files.createDirectories(dir);
      for (int n = 0; n < MAX_SLOTS; n++) {
        FileChannel channel = FileChannel.open(dir.resolve(stage + "-" + n + ".lock"), StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // held by another worker of this process
        }
        if (lock != null) {
          String folder = Integer.toHexString(dataDir.toAbsolutePath().normalize().toString().hashCode());
          return new WorkerSlot(stage + "-" + host() + "-" + folder + "-" + n, channel, lock);
        }
        channel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot claim a worker slot in " + dir, e);
    }
    throw new IllegalStateException("more than " + MAX_SLOTS + " " + stage + " workers on this data dir");
  }

  /** The {@code group.instance.id} of this worker. */
  public String instanceId() {
    return instanceId;
  }

  private static String host() {
    String name = System.getenv("HOSTNAME");
    if (name == null || name.isBlank()) {
      try {
        name = InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        name = "localhost";
      }
    }
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
