package io.ecotrack.ingest;

import io.ecotrack.ingest.article.ArticleExtractor;
import io.ecotrack.ingest.article.ExtractedArticle;
import io.ecotrack.ingest.article.PdfArticles;
import io.ecotrack.ingest.fetch.FetchException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a fetched or saved document as an article by its format: a PDF ({@code Content-Type: application/pdf}, a
 * {@code .pdf} file, or bytes that start as a PDF whatever the server called them) with {@link PdfArticles}, plain text
 * with {@link PlainText}, anything else as HTML with {@link ArticleExtractor}. One place, so the crawler, {@code add}
 * and the offline {@code extract} read a document alike.
 */
public final class ArticleFormats {
  private final ArticleExtractor html;

  public ArticleFormats(ArticleExtractor html) {
    this.html = html;
  }

  /**
   * The article in {@code body}.
   *
   * @param contentType the server's {@code Content-Type}, or the type a file's extension gives; may be null
   * @throws FetchException {@code no-text-layer} for a PDF with no text (a scan), {@code bad-pdf} for one PDFBox cannot
   *     read or a password locks
   */
  public ExtractedArticle extract(byte[] body, String contentType, Charset charset, String url, String languageHint)
      throws FetchException {
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (ct.startsWith("application/pdf") || PdfArticles.looksLikePdf(body)) {
      try {
        return PdfArticles.extract(body, url, languageHint);
      } catch (PdfArticles.NoTextLayerException e) {
        throw new FetchException("no-text-layer", e.getMessage());
      } catch (PdfArticles.UnreadablePdfException e) {
        throw new FetchException("bad-pdf", e.getMessage());
      }
    }
    if (ct.startsWith("text/plain")) {
      return PlainText.extract(new String(body, charset == null ? StandardCharsets.UTF_8 : charset), url, languageHint);
    }
    return html.extract(body, charset, url, languageHint);
  }

  /** The type a saved file's name gives it: {@code .pdf}, {@code .txt}, {@code .xml}, else HTML. */
  public static String typeOfFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    return name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".txt") ? "text/plain"
        : name.endsWith(".xml") ? "application/xml" : "text/html";
  }
}
