package io.ecotrack.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one) run from Kafka's own jars
 * in a child JVM, with its log under one folder. Used whenever no {@code --bootstrap-servers} is given.
 *
 * <p>{@link #startOrReuse} first looks for a broker that an earlier command started on the same folder
 * (recorded in {@code broker.json}) and reuses it when it answers; otherwise it starts one on free
 * loopback ports. Only the command that started the broker stops it, on {@link #close()}; the child also
 * stops by itself when that command dies, so a killed run leaves nothing behind that blocks the next.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLASSPATH_RESOURCE = "broker-classpath.txt";
  /** The file the broker process of a folder holds locked while it lives (see {@link BrokerMain}). */
  static final String BROKER_LOCK = "broker.lock";
  static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path dir;
  private final String bootstrapServers;
  private final Process process; // null when reused from another command
  private final long pid;

  private EmbeddedKafkaBroker(Path dir, String bootstrapServers, Process process, long pid) {
    this.dir = dir;
    this.bootstrapServers = bootstrapServers;
    this.process = process;
    this.pid = pid;
  }

  /**
   * The broker running on {@code dir}, started if none is. Blocks until it answers.
   *
   * @param dir the broker's folder (its KRaft log lives in {@code dir/log}); created if missing
   */
  public static EmbeddedKafkaBroker startOrReuse(Path dir) {
    try {
      Files.createDirectories(dir);
      // one starter at a time per folder: a second command waits here, then finds the first one's broker
      try (FileChannel lockFile = FileChannel.open(dir.resolve("start.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
           FileLock ignored = lockFile.lock()) {
        Optional<EmbeddedKafkaBroker> running = findRunning(dir);
        if (running.isPresent()) {
          log.info("Reusing the embedded Kafka broker at {} (started by another ecotrack command)", running.get().bootstrapServers);
          return running.get();
        }
        return start(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the broker folder " + dir, e);
    }
  }

  /**
   * The address of a broker already running on {@code dir}, without starting one (for read-only commands
   * such as {@code stats}).
   */
  public static Optional<String> runningAddress(Path dir) {
    Path info = dir.resolve("broker.json");
    if (!Files.exists(info)) {
      return Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(info.toFile());
      String bootstrap = node.path("bootstrapServers").asText("");
      boolean alive = ProcessHandle.of(node.path("pid").asLong(-1)).map(ProcessHandle::isAlive).orElse(false);
      return alive && !bootstrap.isEmpty() && KafkaClients.answers(bootstrap, Duration.ofSeconds(3))
          ? Optional.of(bootstrap) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** {@code host:port} for clients. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** The broker's process id. */
  public long pid() {
    return pid;
  }

  /** True while the broker's process lives (whether this handle started it or reused it). */
  public boolean alive() {
    return process != null ? process.isAlive() : ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** The broker folder. */
  public Path dir() {
    return dir;
  }

  /** True when this handle started the broker (and so stops it on close). */
  public boolean owner() {
    return process != null;
  }

  /** Stops the broker if this handle started it (SIGTERM: Kafka shuts down cleanly), else does nothing. */
  @Override
  public void close() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        log.warn("Embedded Kafka broker did not stop within 30 s; killing it");
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try {
      Files.deleteIfExists(dir.resolve("broker.json"));
    } catch (IOException e) {
      log.debug("cannot delete broker.json", e);
    }
  }

  private static Optional<EmbeddedKafkaBroker> findRunning(Path dir) throws IOException {
    Path info = dir.resolve("broker.json");
    if (!Files.exists(info)) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(info.toFile());
    } catch (IOException e) {
      log.warn("Ignoring unreadable {} left by an earlier run", info);
      return Optional.empty();
    }
    long pid = node.path("pid").asLong(-1);
    String bootstrap = node.path("bootstrapServers").asText("");
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isPresent() && handle.get().isAlive() && !bootstrap.isEmpty()
        && KafkaClients.answers(bootstrap, Duration.ofSeconds(5))) {
      return Optional.of(new EmbeddedKafkaBroker(dir, bootstrap, null, pid));
    }
    // left behind by a killed run: stop it if it still lingers, then start afresh on the same log. A pid in
    // a stale broker.json (after a reboot, in a copied data dir) may now belong to any process: only the
    // one that is this folder's broker is stopped
    if (handle.isPresent() && handle.get().isAlive()) {
      if (isBrokerOf(dir, handle.get())) {
        log.warn("Stopping an unresponsive embedded broker (pid {}) left by an earlier run", pid);
        handle.get().destroyForcibly();
        try {
          handle.get().onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          log.warn("pid {} did not exit within 10 s", pid);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      } else {
        log.warn("Ignoring {}: pid {} is not the embedded broker of {}", info, pid, dir);
      }
    }
    if (folderLocked(dir)) {
      throw new BrokerUnavailableException("an embedded broker still holds " + dir.resolve(BROKER_LOCK)
          + " but does not answer; stop that process, then try again");
    }
    Files.deleteIfExists(info);
    return Optional.empty();
  }

  /**
   * True when {@code process} is the broker of {@code dir}: the folder's broker lock is held, and the
   * process's command line runs {@link BrokerMain} on this folder's {@code server.properties}.
   */
  static boolean isBrokerOf(Path dir, ProcessHandle process) {
    if (!folderLocked(dir)) {
      return false; // no broker of this folder is alive, whatever the pid now is
    }
    Optional<String> commandLine = commandLineOf(process);
    String config = dir.resolve("server.properties").toAbsolutePath().toString();
    return commandLine.isPresent() && commandLine.get().contains(BrokerMain.class.getName())
        && commandLine.get().contains(config);
  }

  /**
   * The whole command line of {@code process}: on Linux from {@code /proc}, as the JDK's own
   * {@link ProcessHandle.Info#commandLine()} stops at 4,096 characters, before a long classpath ends.
   */
  private static Optional<String> commandLineOf(ProcessHandle process) {
    Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
    try {
      if (Files.isReadable(proc)) {
        return Optional.of(Files.readString(proc, StandardCharsets.UTF_8).replace('\0', ' '));
      }
    } catch (IOException e) {
      // gone meanwhile, or not ours to read
    }
    return process.info().commandLine();
  }

  /** True when a live process holds the broker lock of {@code dir}. */
  static boolean folderLocked(Path dir) {
    Path lock = dir.resolve(BROKER_LOCK);
    if (!Files.exists(lock)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock held = channel.tryLock();
      if (held == null) {
        return true;
      }
      held.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // held by this very JVM
    } catch (IOException e) {
      return false;
    }
  }

  private static EmbeddedKafkaBroker start(Path dir) throws IOException {
    // the ports of the last run when they are free: clients that outlive a broker restart find it again
    int[] previous = previousPorts(dir);
    int brokerPort = previous != null && portFree(previous[0]) ? previous[0] : freePort();
    int controllerPort = previous != null && portFree(previous[1]) && previous[1] != brokerPort ? previous[1] : freePort();
    Files.writeString(dir.resolve("ports"), brokerPort + " " + controllerPort, StandardCharsets.UTF_8);
    Path logDir = dir.resolve("log");
    Path config = dir.resolve("server.properties");
    Files.writeString(config, serverProperties(logDir, brokerPort, controllerPort), StandardCharsets.UTF_8);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-Dorg.slf4j.simpleLogger.showDateTime=true",
        "-cp", brokerClasspath(),
        BrokerMain.class.getName(), config.toAbsolutePath().toString(), Long.toString(ProcessHandle.current().pid())));
    Path brokerLog = dir.resolve("broker.log");
    Instant begin = Instant.now();
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(brokerLog.toFile())
        .start();
    String bootstrap = "127.0.0.1:" + brokerPort;
    // no shutdown hook: it would stop the broker while the command still flushes and commits in its own
    // hook; the child's watchdog stops it (cleanly) within a second of this process ending instead
    EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir, bootstrap, process, process.pid());

    Instant deadline = begin.plus(START_TIMEOUT);
    while (!KafkaClients.answers(bootstrap, Duration.ofSeconds(2))) {
      if (!process.isAlive()) {
        throw new BrokerUnavailableException("the embedded Kafka broker exited with code " + process.exitValue()
            + " while starting; see " + brokerLog);
      }
      if (Instant.now().isAfter(deadline)) {
        broker.close();
        throw new BrokerUnavailableException("the embedded Kafka broker did not answer within "
            + START_TIMEOUT.toSeconds() + " s; see " + brokerLog);
      }
    }
    Files.writeString(dir.resolve("broker.json"), JSON.writeValueAsString(Map.of(
        "pid", process.pid(),
        "ownerPid", ProcessHandle.current().pid(),
        "bootstrapServers", bootstrap,
        "startedAt", begin.toString())), StandardCharsets.UTF_8);
    log.info("Started embedded Kafka broker at {} (pid {}, log {}) in {} ms", bootstrap, process.pid(), logDir,
        Duration.between(begin, Instant.now()).toMillis());
    return broker;
  }

  static String serverProperties(Path logDir, int brokerPort, int controllerPort) {
    String host = "127.0.0.1";
    return String.join("\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@" + host + ":" + controllerPort,
        "listeners=PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort,
        "advertised.listeners=PLAINTEXT://" + host + ":" + brokerPort,
        "controller.listener.names=CONTROLLER",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + logDir.toAbsolutePath().toString().replace("\\", "/"),
        // one node: every internal topic has one replica
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        // a lone consumer should not wait 3 s for others to join its group
        "group.initial.rebalance.delay.ms=0",
        // the 128 MB default dedupe buffer would sit on the broker's small heap
        "log.cleaner.dedupe.buffer.size=2097152",
        // topics are created explicitly, with their settings (see TopicSetup)
        "auto.create.topics.enable=false",
        "");
  }

  private static String brokerClasspath() {
    List<String> entries = new ArrayList<>();
    entries.add(ownLocation());
    try (InputStream in = EmbeddedKafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new BrokerUnavailableException("the embedded broker's classpath (" + CLASSPATH_RESOURCE
            + ") is missing from the build; rebuild with ./mvnw -DskipTests package");
      }
      for (String entry : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split(File.pathSeparator)) {
        if (!entry.isBlank() && !Files.exists(Path.of(entry))) {
          throw new BrokerUnavailableException("the embedded broker's jar " + entry
              + " is missing from the local Maven repository; rebuild with ./mvnw -DskipTests package");
        }
        entries.add(entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join(File.pathSeparator, entries);
  }

  private static String ownLocation() {
    try {
      return Path.of(BrokerMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int[] previousPorts(Path dir) {
    try {
      String[] parts = Files.readString(dir.resolve("ports"), StandardCharsets.UTF_8).trim().split("\\s+");
      return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean portFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
