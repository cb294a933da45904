package io.ecotrack.app.cli;

import io.ecotrack.index.search.BadQueryException;
import io.ecotrack.index.store.IndexUnavailableException;
import io.ecotrack.ingest.source.SourcesFile;
import io.ecotrack.kafka.BrokerUnavailableException;
import io.ecotrack.model.MalformedEventException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The {@code ecotrack} command. Exit codes scripts can trust: 0 success, 1 a runtime failure (Kafka or
 * the index unavailable, a worker failed), 2 bad usage or bad input; errors are one line on stderr.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line and returns its exit code (for tests: no System.exit). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new EcotrackCommand());
    benchmarks().ifPresent(bench -> cli.addSubcommand("bench", bench));
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, args1) -> {
      CommandLine c = e.getCommandLine();
      // one line and where to look, not the whole usage: scripts read the first line of stderr
      c.getErr().println("ecotrack: " + firstLine(e.getMessage()) + " (see '" + c.getCommandSpec().qualifiedName() + " --help')");
      return 2;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (exitCodeOf(e) == 1) {
        // the stack trace of an unexpected failure, for a bug report: ECOTRACK_LOG_LEVEL=debug
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("{} failed", commandLine.getCommandName(), e);
      }
      commandLine.getErr().println("ecotrack: " + oneLine(e));
      return exitCodeOf(e);
    });
    try {
      return cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // an Error escapes picocli's handler: still one line, and a runtime failure
      err.println("ecotrack: " + e);
      return 1;
    }
  }

  /** {@code ecotrack bench}, from the bench module where it is on the classpath. */
  private static java.util.Optional<Object> benchmarks() {
    try {
      return java.util.Optional.of(Class.forName("io.ecotrack.bench.BenchCommand").getDeclaredConstructor().newInstance());
    } catch (ClassNotFoundException e) {
      return java.util.Optional.empty(); // the CLI alone, as in the Docker image
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load the benchmarks: " + e, e);
    }
  }

  static int exitCodeOf(Throwable e) {
    if (e instanceof BadQueryException || e instanceof SourcesFile.InvalidSourcesException
        || e instanceof UsageException || e instanceof MalformedEventException) {
      return 2;
    }
    return 1; // BrokerUnavailableException, IndexUnavailableException, I/O and anything unexpected
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "bad usage";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank() || !(e instanceof BrokerUnavailableException || e instanceof IndexUnavailableException
        || e instanceof BadQueryException || e instanceof SourcesFile.InvalidSourcesException
        || e instanceof UsageException || e instanceof MalformedEventException)) {
      m = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Bad input from the user that picocli cannot see (a missing file, a bad combination). Exit code 2. */
  public static final class UsageException extends RuntimeException {
    public UsageException(String message) {
      super(message);
    }
  }
}
