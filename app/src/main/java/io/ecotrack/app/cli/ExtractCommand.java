package io.ecotrack.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.ecotrack.extract.ArticleEnricher;
import io.ecotrack.extract.resolve.AliasTable;
import io.ecotrack.ingest.ArticleFormats;
import io.ecotrack.ingest.fetch.FetchException;
import io.ecotrack.ingest.article.ArticleExtractor;
import io.ecotrack.ingest.article.ExtractedArticle;
import io.ecotrack.ingest.article.LanguageGuess;
import io.ecotrack.model.ArticleEnriched;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.ArticleId;
import io.ecotrack.model.EventCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/**
 * Offline extraction, no Kafka: article, entities and relations of each document, one ArticleEnriched JSON
 * object per document on stdout, in input order. {@code .html}/{@code .htm} are pages, {@code .pdf} PDF reports, {@code .txt} plain
 * text, {@code .jsonl} one document per line ({@code {"id", "text", …}}); {@code -} reads JSONL from stdin.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Offline extraction (no Kafka): one ArticleEnriched JSON object per document on stdout, in input order.")
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand EcotrackCommand root;

  @Option(names = "--format", paramLabel = "jsonl", description = "output format; only jsonl (one JSON object per line)")
  String format = "jsonl";

  @Option(names = "--explain", description = "instead of JSON, each name found, one per line (tab-separated: document, "
      + "start, end, type, text, the pass or model that found it, the entity it became or - when the resolver dropped it)")
  boolean explain;

  @Parameters(arity = "1..*", paramLabel = "FILE|-")
  List<String> inputs;

  private final ArticleFormats formats = new ArticleFormats(new ArticleExtractor());

  /** A document this command cannot read as an article (a scanned PDF, a file that is no PDF): reported, skipped. */
  static final class UnreadableDocumentException extends RuntimeException {
    UnreadableDocumentException(String message) {
      super(message);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!format.equals("jsonl")) {
      throw new Main.UsageException("unknown --format '" + format + "'; extract writes jsonl");
    }
    for (String in : inputs) {
      if (!in.equals("-") && !Files.isRegularFile(Path.of(in))) {
        throw new Main.UsageException("no such file: " + in);
      }
    }
    PrintWriter out = root.spec.commandLine().getOut();
    PrintWriter err = root.spec.commandLine().getErr();
    ArticleEnricher enricher = ArticleEnricher.standard(new AliasTable());
    int failed = 0;
    badLines = 0;
    for (String in : inputs) {
      List<ArticleFetched> articles;
      try {
        articles = read(in);
      } catch (Main.UsageException e) {
        throw e;
      } catch (UnreadableDocumentException e) {
        err.println("ecotrack: " + in + ": " + e.getMessage()); // bad input: nothing written for it
        badLines++;
        continue;
      } catch (RuntimeException e) {
        // one unreadable document does not stop the others; the exit code says something failed
        err.println("ecotrack: " + in + ": " + Main.oneLine(e));
        failed++;
        continue;
      }
      for (ArticleFetched article : articles) {
        if (explain) {
          try {
            for (ArticleEnricher.ExplainedSpan x : enricher.explain(article)) {
              out.println(String.join("\t", article.id(), String.valueOf(x.start()), String.valueOf(x.end()),
                  x.type() + (x.subtype() == null ? "" : "/" + x.subtype()), x.text().replace('\n', ' ').replace('\t', ' '),
                  x.pass(), x.entity() == null ? "-" : x.entity()));
            }
          } catch (RuntimeException e) {
            err.println("ecotrack: " + in + ": document " + article.id() + ": extraction failed: " + Main.oneLine(e));
            failed++;
          }
          continue;
        }
        ArticleEnriched enriched;
        try {
          enriched = enricher.enrich(article);
        } catch (RuntimeException e) {
          // keep one object per input document, in order: this one without entities, and say why
          err.println("ecotrack: " + in + ": document " + article.id() + ": extraction failed: " + Main.oneLine(e));
          enriched = ArticleEnriched.of(article, List.of(), List.of(), ArticleEnricher.VERSION);
          failed++;
        }
        out.println(EventCodec.encodeToString(enriched));
      }
    }
    out.flush();
    return badLines > 0 ? 2 : failed == 0 ? 0 : 1;
  }

  /** Inputs that were not documents (JSONL lines, a scanned or broken PDF), each reported on stderr and skipped. */
  private int badLines;

  private List<ArticleFetched> read(String in) throws IOException {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (in.equals("-")) {
      return jsonl(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), "stdin", now);
    }
    Path path = Path.of(in);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    String url = path.toAbsolutePath().normalize().toUri().toString();
    String id = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        return jsonl(r, in, now);
      }
    }
    ExtractedArticle a;
    try {
      a = formats.extract(Files.readAllBytes(path), ArticleFormats.typeOfFile(name), null, url, null);
    } catch (FetchException e) {
      throw new UnreadableDocumentException(e.getMessage().replace(url + " is ", "").replace(url + " ", ""));
    }
    return List.of(new ArticleFetched(1, id, url, a.canonicalUrl(), "file", a.title(), a.text(), a.language(),
        a.publishedAt(), now, a.authors(), null));
  }

  /** The documents of a JSONL input; a line that is not one is reported with its number and skipped. */
  private List<ArticleFetched> jsonl(BufferedReader reader, String source, OffsetDateTime now) throws IOException {
    List<ArticleFetched> docs = new ArrayList<>();
    int lineNo = 0;
    for (String line; (line = reader.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode n;
      try {
        n = EventCodec.mapper().readTree(line);
      } catch (IOException e) {
        n = null;
      }
      if (n == null || !n.isObject()) {
        badLine(source, lineNo, "not a JSON object");
        continue;
      }
      String text = n.path("text").isTextual() ? n.get("text").asText() : null;
      if (text == null) {
        badLine(source, lineNo, "no \"text\" field");
        continue;
      }
      String url = n.path("url").asText("urn:ecotrack:" + source + ":" + lineNo);
      String id = n.hasNonNull("id") ? n.get("id").asText() : ArticleId.of(url);
      String language = n.hasNonNull("language") ? n.get("language").asText() : LanguageGuess.fromScript(text);
      docs.add(new ArticleFetched(1, id, url, url, n.path("source").asText("jsonl"), n.path("title").asText(""), text,
          language, null, now, List.of(), null));
    }
    return docs;
  }

  private void badLine(String source, int lineNo, String why) {
    badLines++;
    root.spec.commandLine().getErr().println("ecotrack: " + source + ":" + lineNo + ": " + why + "; line skipped");
  }
}
