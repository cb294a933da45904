package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.app.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class UnreachableClusterIT {
  @TempDir Path tmp;

  @Test
  @Timeout(40)
  void unreachableBootstrapServersFailWithOneLineNamingTheAddress() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--data-dir", tmp.toString(), "--bootstrap-servers", "127.0.0.1:1", "worker", "extract"},
        new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    assertEquals(1, code);
    assertEquals("ecotrack: cannot reach Kafka at 127.0.0.1:1 within 20 s", err.toString().strip());
  }
}
