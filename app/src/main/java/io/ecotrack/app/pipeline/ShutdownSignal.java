package io.ecotrack.app.pipeline;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C or SIGTERM into a request to stop. The JVM exits as soon as its shutdown hooks return, so
 * the hook here asks the command to stop and then waits (up to 30 s) until the command has finished: the
 * page in flight crawled, the producer flushed, the index committed.
 */
public final class ShutdownSignal implements AutoCloseable {
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;
  private volatile Runnable onRequest = () -> { };

  /**
   * Registers the hook. Open it before the resources it guards (so it is closed after them): the JVM then
   * exits only once they are all closed.
   */
  public ShutdownSignal() {
    hook = new Thread(() -> {
      requested.countDown();
      onRequest.run();
      try {
        finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ecotrack-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** What to run when a stop is requested, e.g. {@link Pipeline#requestStop()}; runs now if one already was. */
  public void onRequest(Runnable action) {
    onRequest = action;
    if (requested()) {
      action.run();
    }
  }

  /** Requests a stop from within the command (a failure it cannot carry on after), as Ctrl-C would. */
  public void request() {
    if (!requested()) {
      requested.countDown();
      onRequest.run();
    }
  }

  /** Waits up to {@code timeout}; true when a stop was requested meanwhile. */
  public boolean awaitRequest(Duration timeout) throws InterruptedException {
    return requested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean requested() {
    return requested.getCount() == 0;
  }

  /** Tells a waiting hook the command is done, or unregisters the hook when no stop came. */
  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running and now returns
    }
  }
}
