package io.ecotrack.app.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced below. */
@Command(name = "pipeline")
final class PipelineBench implements Callable<Integer> {
  @Override
  public Integer call() {
    return 0;
  }
}
