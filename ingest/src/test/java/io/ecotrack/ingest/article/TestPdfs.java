package io.ecotrack.ingest.article;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDF files written by the tests themselves with PDFBox: reports in English and Japanese, a scan with no text layer, a
 * locked one. Japanese text needs a font that has its glyphs: IPA Gothic from Debian's {@code fonts-ipafont-gothic},
 * which {@code .ci/run} installs.
 */
public final class TestPdfs {
  /** Where Debian's fonts-ipafont-gothic puts IPA Gothic. */
  public static final Path JAPANESE_FONT = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");

  private TestPdfs() {}

  /** One line of a page: its text, size and place (points from the bottom left). */
  public record Line(String text, float size, float x, float y) {}

  /** A page of {@code lines}, with {@code title} in the metadata (null: none) and a creation date (null: none). */
  public static byte[] pdf(String title, Calendar created, boolean japanese, List<List<Line>> pages) {
    try (PDDocument doc = new PDDocument()) {
      PDFont font = japanese ? japaneseFont(doc) : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<Line> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          for (Line l : lines) {
            s.beginText();
            s.setFont(font, l.size());
            s.newLineAtOffset(l.x(), l.y());
            s.showText(l.text());
            s.endText();
          }
        }
      }
      doc.getDocumentInformation().setTitle(title);
      doc.getDocumentInformation().setCreationDate(created);
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A day at noon UTC, for metadata. */
  public static Calendar day(int year, int month, int day) {
    Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    c.clear();
    c.set(year, month - 1, day, 12, 0, 0);
    return c;
  }

  /** Two pages that hold only a picture each, as a scanner writes them. */
  public static byte[] scan() {
    try (PDDocument doc = new PDDocument()) {
      BufferedImage picture = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
      for (int i = 0; i < 40; i++) {
        picture.setRGB(i, i, 0xffffff);
      }
      for (int p = 0; p < 2; p++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.drawImage(image, 50, 400, 400, 400);
        }
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A report that opens only with the password {@code secret}. */
  public static byte[] locked() {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        s.newLineAtOffset(72, 700);
        s.showText("Confidential figures.");
        s.endText();
      }
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDFont japaneseFont(PDDocument doc) throws IOException {
    if (!Files.isRegularFile(JAPANESE_FONT)) {
      throw new IllegalStateException("no Japanese font at " + JAPANESE_FONT + ": install Debian's fonts-ipafont-gothic "
          + "(.ci/run does)");
    }
    return PDType0Font.load(doc, JAPANESE_FONT.toFile());
  }

  private static byte[] bytes(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
