package io.ecotrack.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.Uuid;

/**
 * Entry point of the child JVM that runs the embedded broker: formats the KRaft log folder on first
 * use, starts Kafka through its documented {@code kafka.Kafka} main, and exits (running Kafka's own
 * clean shutdown hook) as soon as the ecotrack process that started it is gone, even after a kill -9.
 *
 * <p>Arguments: {@code <server.properties> <parent pid>}.
 */
public final class BrokerMain {
  private BrokerMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: BrokerMain <server.properties> <parent pid>");
      System.exit(2);
    }
    Path config = Path.of(args[0]);
    long parentPid = Long.parseLong(args[1]);
    holdFolderLock(config.toAbsolutePath().getParent());
    formatIfNew(config);
    watchParent(parentPid);
    kafka.Kafka.main(new String[] {config.toString()});
  }

  /**
   * Takes {@value EmbeddedKafkaBroker#BROKER_LOCK} of the broker folder for as long as this JVM lives (the
   * operating system releases it when the process ends, however it ends). A process that holds it is the
   * broker of this folder: ecotrack checks that before it stops a process named in a stale
   * {@code broker.json}, and a second broker cannot start on the same log.
   */
  private static void holdFolderLock(Path dir) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve(EmbeddedKafkaBroker.BROKER_LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
    folderLock = channel.tryLock();
    if (folderLock == null) {
      System.err.println("another broker holds " + dir.resolve(EmbeddedKafkaBroker.BROKER_LOCK) + "; not starting a second one");
      System.exit(1);
    }
  }

  /** Held until the JVM exits. */
  private static FileLock folderLock;

  private static void formatIfNew(Path config) throws IOException {
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(config)) {
      props.load(in);
    }
    Path logDir = Path.of(props.getProperty("log.dirs"));
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return; // formatted by an earlier run: keep its topics and offsets
    }
    String clusterId = Uuid.randomUuid().toString();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // execute() formats and returns, unlike main(), which would exit the JVM
    kafka.tools.StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString()}, out);
  }

  private static void watchParent(long parentPid) {
    Thread watchdog = new Thread(() -> {
      while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
        try {
          TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
      System.err.println("ecotrack process " + parentPid + " is gone: stopping the embedded broker");
      System.exit(0);
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }
}
