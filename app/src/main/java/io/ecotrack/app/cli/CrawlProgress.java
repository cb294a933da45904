package io.ecotrack.app.cli;

import io.ecotrack.ingest.CrawlReport.Outcome;
import io.ecotrack.ingest.Crawler;
import io.ecotrack.ingest.source.Source;
import java.io.PrintWriter;
import java.net.URI;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a crawl as it goes: a progress bar on a terminal, one line per page otherwise (logs and pipes want
 * lines, not redrawn bars).
 */
final class CrawlProgress implements Crawler.Listener, AutoCloseable {
  private final PrintWriter out;
  private final ProgressBar bar; // null when not on a terminal
  private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
  private int pages;

  private CrawlProgress(PrintWriter out, ProgressBar bar) {
    this.out = out;
    this.bar = bar;
  }

  /** One line per page, whatever the output is (for schedules that run for days). */
  static CrawlProgress lines(PrintWriter out) {
    return new CrawlProgress(out, null);
  }

  static CrawlProgress to(PrintWriter out) {
    if (System.console() == null || System.getenv("CI") != null) {
      return new CrawlProgress(out, null);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName("crawl").setInitialMax(0).setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200).build();
    return new CrawlProgress(out, bar);
  }

  @Override
  public void discovered(Source source, int count) {
    if (bar != null) {
      bar.maxHint(Math.max(0, bar.getMax()) + count);
    }
  }

  @Override
  public void page(URI url, String articleId, Outcome outcome, String detail) {
    pages++;
    counts.merge(outcome, 1, Integer::sum);
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(counts.toString().toLowerCase(Locale.ROOT));
    } else {
      String why = "";
      if (outcome == Outcome.FAILED && detail != null) { // why, without the URL the line shows already
        why = "  " + (detail.startsWith(url + " ") ? detail.substring(url.toString().length() + 1) : detail);
      }
      out.printf("  [%3d] %-14s %s%s%n", pages, outcome.name().toLowerCase(Locale.ROOT), url, why);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
