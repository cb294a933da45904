package io.ecotrack.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The news of {@code ../shared/datasets/news} as plain texts, for learning word classes without labels. English:
 * the title and body of every Reuters-21578 story (SGML, read as Latin-1) and every BBC article (title, then body).
 * Japanese: the title and body of every livedoor article (its first two lines, the address and the date, left
 * out). Files are read in name order, so the texts come in the same order on every machine.
 */
final class UnlabelledNews {
  private static final Pattern REUTERS_TEXT = Pattern.compile("<TITLE>(.*?)</TITLE>|<BODY>(.*?)</BODY>", Pattern.DOTALL);

  private UnlabelledNews() {}

  /** The English texts under {@code news} (the datasets' {@code news} folder); none when it has no English corpus. */
  static List<String> english(Path news) throws IOException {
    List<String> out = new ArrayList<>();
    Path reuters = news.resolve("en-reuters21578");
    for (Path f : files(reuters, ".sgm")) {
      Matcher m = REUTERS_TEXT.matcher(Files.readString(f, StandardCharsets.ISO_8859_1));
      while (m.find()) {
        String text = m.group(1) != null ? m.group(1) : m.group(2);
        out.add(unescape(joinWrappedLines(text)));
      }
    }
    for (Path f : files(news.resolve("en-bbc"), ".txt")) {
      out.add(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
    }
    return out;
  }

  /** The Japanese texts under {@code news}; none when it has no Japanese corpus. */
  static List<String> japanese(Path news) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path f : files(news.resolve("ja-livedoor"), ".txt")) {
      if (f.getFileName().toString().equals("LICENSE.txt")) {
        continue;
      }
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      if (lines.size() > 2) {
        out.add(String.join("\n", lines.subList(2, lines.size())));
      }
    }
    return out;
  }

  /** The texts of {@code lang} (ja or en) under {@code news}. */
  static List<String> of(String lang, Path news) throws IOException {
    return lang.equals("ja") ? japanese(news) : english(news);
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** Reuters wraps its lines at 70 columns; a paragraph starts on an indented line. */
  private static String joinWrappedLines(String text) {
    return text.replaceAll("\n(?! )", " ").replaceAll("\n +", "\n");
  }

  private static String unescape(String s) {
    return s.replaceAll("&#[0-9]+;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
