package io.ecotrack.app;

import io.ecotrack.app.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The {@code ecotrack} command run in the test's JVM on one data folder and broker, as a user runs it. */
record Cli(Path dataDir, String bootstrapServers) {
  /** What one command did: its exit code and what it wrote. */
  record Outcome(int code, String out, String err) {}

  Outcome run(String... args) {
    String[] argv = Stream.concat(Stream.of("--data-dir", dataDir.toString(), "--bootstrap-servers", bootstrapServers),
        Stream.of(args)).toArray(String[]::new);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(argv, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Outcome(code, out.toString(), err.toString());
  }
}
