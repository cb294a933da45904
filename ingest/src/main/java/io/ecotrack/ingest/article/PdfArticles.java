package io.ecotrack.ingest.article;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF report as an article, read with Apache PDFBox: the text in reading order (the order the file writes it, column
 * after column), the title from the document's metadata or else
 * its first heading (the largest type among the first lines), the publication date from the text's first lines or
 * else from the metadata, and the language from the catalog's {@code /Lang} where the script does not tell.
 *
 * <p>A PDF whose pages hold no text (a scan, images only) is no article: {@link NoTextLayerException} says so. So is a
 * file that is no PDF, or one that a password locks ({@link UnreadablePdfException}).
 */
public final class PdfArticles {
  /** Pages read at most: a report's news is in its first pages, and a huge file costs no more than this many. */
  public static final int MAX_PAGES = 300;
  /**
   * Drawing operations read at most: a 300-page report has a few million; a small file can hold billions (a content
   * stream of "q Q" compresses a thousandfold), which would keep the crawler busy for minutes.
   */
  public static final long MAX_OPERATIONS = 20_000_000;
  private static final int TITLE_LINES = 12;
  private static final int HEAD = 800;

  /** A PDF with pages but no text on them: a scanned report, to be read by OCR first. */
  public static final class NoTextLayerException extends Exception {
    NoTextLayerException(String message) {
      super(message);
    }
  }

  /** Bytes that PDFBox cannot read as a PDF, or a PDF locked by a password. */
  public static final class UnreadablePdfException extends Exception {
    UnreadablePdfException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private PdfArticles() {}

  /** True when {@code body} starts as a PDF does ({@code %PDF-}), whatever the server called it. */
  public static boolean looksLikePdf(byte[] body) {
    return body != null && body.length >= 5 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F'
        && body[4] == '-';
  }

  /** The article of the PDF in {@code body}, fetched from {@code url}. */
  public static ExtractedArticle extract(byte[] body, String url, String languageHint)
      throws NoTextLayerException, UnreadablePdfException {
    return extract(body, url, languageHint, MAX_OPERATIONS);
  }

  static ExtractedArticle extract(byte[] body, String url, String languageHint, long maxOperations)
      throws NoTextLayerException, UnreadablePdfException {
    BundledFontMapper.install();
    try (PDDocument doc = Loader.loadPDF(body)) {
      int pages = doc.getNumberOfPages();
      ReadingOrder stripper = new ReadingOrder(maxOperations);
      // in the order the file writes its text, as PDFBox reads by default: word processors write a page in reading
      // order, column after column, where sorting by position would join two columns' lines at one height
      stripper.setSortByPosition(false);
      stripper.setStartPage(1);
      stripper.setEndPage(Math.min(pages, MAX_PAGES));
      String text = clean(stripper.getText(doc));
      if (text.isBlank()) {
        throw new NoTextLayerException(url + " is a PDF of " + pages + " page" + (pages == 1 ? "" : "s")
            + " with no text layer (a scan?): nothing to read without OCR");
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      String title = metadataTitle(info);
      if (title == null) {
        title = stripper.heading();
      }
      if (title == null) {
        title = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
      }
      String language = LanguageGuess.fromScript(title + "\n" + text);
      if ("und".equals(language)) {
        String declared = LanguageGuess.primary(doc.getDocumentCatalog().getLanguage());
        language = declared != null ? declared : languageHint != null ? languageHint : language;
      }
      ZoneOffset zone = "ja".equals(language) ? ZoneOffset.ofHours(9) : ZoneOffset.UTC;
      OffsetDateTime published = PublicationDates.parse(text.substring(0, Math.min(HEAD, text.length())), zone);
      if (published == null) {
        published = date(info.getCreationDate());
      }
      List<String> authors = info.getAuthor() == null || info.getAuthor().isBlank() ? List.of() : List.of(info.getAuthor().strip());
      return new ExtractedArticle(title, text, published, authors, language, url);
    } catch (TooMuchWork e) {
      throw new UnreadablePdfException(url + " is a PDF with more than " + maxOperations + " drawing operations in its first "
          + MAX_PAGES + " pages: not read", e);
    } catch (InvalidPasswordException e) {
      throw new UnreadablePdfException(url + " is a PDF locked by a password", e);
    } catch (IOException e) {
      throw new UnreadablePdfException(url + " is not a readable PDF: " + e.getMessage(), e);
    }
  }

  private static String metadataTitle(PDDocumentInformation info) {
    String t = info.getTitle();
    if (t == null || t.isBlank()) {
      return null;
    }
    t = t.strip();
    // tools write their own placeholders where the author left the title empty
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (lower.equals("untitled") || lower.startsWith("microsoft word - ") || lower.endsWith(".docx") || lower.endsWith(".doc")) {
      return null;
    }
    return t;
  }

  private static OffsetDateTime date(Calendar c) {
    return c == null ? null : c.toInstant().atOffset(ZoneOffset.ofTotalSeconds(c.getTimeZone().getOffset(c.getTimeInMillis()) / 1000));
  }

  /** Lines stripped of trailing spaces, runs of blank lines as one, no form feeds. */
  private static String clean(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    boolean blank = false;
    for (String line : raw.replace('\f', '\n').replace("\r\n", "\n").split("\n", -1)) {
      String l = line.stripTrailing();
      if (l.isBlank()) {
        blank = !b.isEmpty();
        continue;
      }
      if (blank) {
        b.append('\n');
      }
      b.append(l.strip()).append('\n');
      blank = false;
    }
    return b.toString().strip();
  }

  /** Thrown by the stripper past its budget of operations. */
  private static final class TooMuchWork extends IOException {
    TooMuchWork() {
      super("too many drawing operations");
    }
  }

  /** PDFBox's stripper that also keeps the first lines of the first page with their largest type, for the heading. */
  private static final class ReadingOrder extends PDFTextStripper {
    private final List<String> lines = new ArrayList<>();
    private final List<Float> sizes = new ArrayList<>();

    private final long maxOperations;
    private long operations;

    ReadingOrder(long maxOperations) throws IOException {
      this.maxOperations = maxOperations;
    }

    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
        List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
      if (++operations > maxOperations) {
        throw new TooMuchWork();
      }
      super.processOperator(operator, operands);
    }

    // PDFBox writes a line word by word: gather the words, and take the line in when it ends
    private final StringBuilder line = new StringBuilder();
    private float lineSize;

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      if (getCurrentPageNo() == 1 && lines.size() < TITLE_LINES) {
        line.append(text);
        for (TextPosition p : positions) {
          lineSize = Math.max(lineSize, p.getFontSizeInPt());
        }
      }
      super.writeString(text, positions);
    }

    @Override
    protected void writeWordSeparator() throws IOException {
      line.append(' ');
      super.writeWordSeparator();
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      endLine();
      super.writeLineSeparator();
    }

    @Override
    protected void writePageEnd() throws IOException {
      endLine();
      super.writePageEnd();
    }

    private void endLine() {
      if (!line.toString().isBlank() && lines.size() < TITLE_LINES) {
        lines.add(line.toString().strip());
        sizes.add(lineSize);
      }
      line.setLength(0);
      lineSize = 0;
    }

    /** The first of the first page's lines set in the largest type, when it is larger than the others. */
    String heading() {
      float max = 0;
      float min = Float.MAX_VALUE;
      int at = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (sizes.get(i) > max) {
          max = sizes.get(i);
          at = i;
        }
        min = Math.min(min, sizes.get(i));
      }
      return at >= 0 && max > min ? lines.get(at) : null;
    }
  }
}
