package io.ecotrack.ingest;

import io.ecotrack.ingest.article.ExtractedArticle;
import io.ecotrack.ingest.article.LanguageGuess;
import io.ecotrack.ingest.article.PublicationDates;
import java.time.ZoneOffset;
import java.util.List;

/** A plain-text document as an article: the first non-blank line is the title, the whole text the body. */
public final class PlainText {
  private PlainText() {}

  public static ExtractedArticle extract(String text, String url, String languageHint) {
    String body = text.replace("\r\n", "\n").strip();
    String title = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    String language = LanguageGuess.fromScript(body);
    if ("und".equals(language) && languageHint != null) {
      language = languageHint;
    }
    String head = body.substring(0, Math.min(400, body.length()));
    return new ExtractedArticle(title, body,
        PublicationDates.japanese(head, "ja".equals(language) ? ZoneOffset.ofHours(9) : ZoneOffset.UTC),
        List.of(), language, url);
  }
}
