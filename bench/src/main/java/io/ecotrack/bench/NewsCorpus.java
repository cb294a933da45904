package io.ecotrack.bench;

import io.ecotrack.ingest.article.LanguageGuess;
import io.ecotrack.model.ArticleFetched;
import io.ecotrack.model.ArticleId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * News articles from a folder of text files, for benchmarks: the livedoor form (URL, date, title, body) and
 * the BBC form (title, body). Files that are neither (READMEs, licences) are skipped.
 */
public final class NewsCorpus {
  private NewsCorpus() {}

  /** Up to {@code limit} articles from the {@code .txt} files under {@code dir}, in path order. */
  public static List<ArticleFetched> load(Path dir, int limit) {
    List<ArticleFetched> out = new ArrayList<>();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        if (out.size() >= limit) {
          break;
        }
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt") || name.startsWith("license") || name.startsWith("readme") || name.startsWith("changes")) {
          continue;
        }
        List<String> lines = readLines(f);
        if (lines.size() < 2) {
          continue;
        }
        String url;
        String title;
        int bodyFrom;
        OffsetDateTime published = null;
        if (lines.get(0).startsWith("http")) {
          url = lines.get(0).trim();
          try {
            published = OffsetDateTime.parse(lines.get(1).trim().replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2"));
          } catch (RuntimeException e) {
            published = null;
          }
          title = lines.size() > 2 ? lines.get(2).trim() : "";
          bodyFrom = 3;
        } else {
          url = f.toAbsolutePath().toUri().toString();
          title = lines.get(0).trim();
          bodyFrom = 1;
        }
        String text = String.join("\n", lines.subList(Math.min(bodyFrom, lines.size()), lines.size())).strip();
        if (text.isEmpty()) {
          continue;
        }
        out.add(new ArticleFetched(1, ArticleId.of(url), url, url, dir.getFileName().toString(), title, text,
            LanguageGuess.fromScript(text), published, now, List.of(), null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus at " + dir, e);
    }
    return out;
  }

  private static List<String> readLines(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    // one BBC file has a Latin-1 byte: decode leniently rather than drop the article
    String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
    return s.lines().toList();
  }

  /** {@code article} under a new id, for corpora repeated to a target size. */
  public static ArticleFetched copy(ArticleFetched a, int n) {
    String url = a.url() + "#copy-" + n;
    return new ArticleFetched(1, ArticleId.of(url + "-" + n), url, url, a.source(), a.title(), a.text(), a.language(),
        a.publishedAt(), a.fetchedAt(), a.authors(), a.contentHash());
  }
}
