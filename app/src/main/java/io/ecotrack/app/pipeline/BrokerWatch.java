package io.ecotrack.app.pipeline;

import java.io.PrintWriter;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded broker of a long-running command ({@code run}) alive: when its process dies, says so
 * in one line, starts it again on the same data dir and address (the clients reconnect by themselves), and
 * carries on. When it cannot, the command is asked to stop and {@link #failure()} says why, for exit code 1.
 */
public final class BrokerWatch implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BrokerWatch.class);

  private final KafkaConnection kafka;
  private final PrintWriter err;
  private final Runnable stop;
  private final Thread thread;
  private volatile boolean closed;
  private volatile RuntimeException failure;

  /**
   * Watches {@code kafka} every {@code every}; {@code stop} asks the command to end when a restart fails.
   * Does nothing for a given cluster, which is its operators' to keep.
   */
  public BrokerWatch(KafkaConnection kafka, Duration every, PrintWriter err, Runnable stop) {
    this.kafka = kafka;
    this.err = err;
    this.stop = stop;
    this.thread = new Thread(() -> watch(every), "broker-watch");
    thread.setDaemon(true);
    if (kafka.embeddedBrokerPid() >= 0) {
      thread.start();
    }
  }

  private void watch(Duration every) {
    while (!closed) {
      try {
        Thread.sleep(every.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      if (closed || !kafka.embeddedBrokerDied()) {
        continue;
      }
      long pid = kafka.embeddedBrokerPid();
      err.println("ecotrack: the embedded Kafka broker (pid " + pid + ") died; restarting it on the same data dir");
      err.flush();
      try {
        kafka.restartEmbeddedBroker();
        log.warn("Restarted the embedded Kafka broker (pid {} died; now pid {})", pid, kafka.embeddedBrokerPid());
      } catch (RuntimeException e) {
        failure = e;
        stop.run();
        return;
      }
    }
  }

  /** Why the broker could not be restarted, or null. */
  public RuntimeException failure() {
    return failure;
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
