package io.ecotrack.ingest.source;

import io.ecotrack.ingest.fetch.FetchException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Saved pages: each file given, and every {@code .html}, {@code .htm} and {@code .txt} file under each folder given. */
final class FileTreeReader implements SourceReader {
  @Override
  public List<URI> articleUrls(Source source, Fetch fetch) throws FetchException {
    List<URI> urls = new ArrayList<>();
    for (String u : source.urls()) {
      Path path = u.startsWith("file:") ? Path.of(URI.create(u)) : Path.of(u);
      if (!Files.exists(path)) {
        throw new FetchException("not-found", "no such file or folder " + path);
      }
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files.filter(Files::isRegularFile).filter(FileTreeReader::isPage).sorted()
              .forEach(p -> urls.add(p.toAbsolutePath().normalize().toUri()));
        } catch (IOException e) {
          throw new FetchException("io", "cannot list " + path + ": " + e.getMessage());
        }
      } else {
        urls.add(path.toAbsolutePath().normalize().toUri());
      }
    }
    return urls.stream().distinct().limit(source.maxPages()).toList();
  }

  private static boolean isPage(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt");
  }
}
