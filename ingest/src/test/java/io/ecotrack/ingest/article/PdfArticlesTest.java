package io.ecotrack.ingest.article;

import static io.ecotrack.ingest.article.TestPdfs.day;
import static io.ecotrack.ingest.article.TestPdfs.pdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ecotrack.ingest.article.TestPdfs.Line;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports as PDF, written by {@link TestPdfs}, read back as articles. */
class PdfArticlesTest {
  static final String URL = "https://reports.example/cluster-review.pdf";

  @Test
  void readsTheTextOfEveryPageInOrderWithTheTitleAndDateOfTheMetadata() throws Exception {
    byte[] report = pdf("Upper Midwest device makers, 2026 review", day(2026, 10, 14), false, List.of(
        List.of(new Line("Device makers in the region hired more engineers this year.", 11, 72, 720),
            new Line("Halloway Instruments opened a second plant in Fargo.", 11, 72, 700)),
        List.of(new Line("Orrin Devices signed a supply agreement with a clinic network.", 11, 72, 720))));
    ExtractedArticle a = PdfArticles.extract(report, URL, null);
    assertEquals("Upper Midwest device makers, 2026 review", a.title());
    List<String> lines = a.text().lines().toList();
    assertEquals(List.of("Device makers in the region hired more engineers this year.",
        "Halloway Instruments opened a second plant in Fargo.",
        "Orrin Devices signed a supply agreement with a clinic network."), lines);
    assertEquals(OffsetDateTime.parse("2026-10-14T12:00Z"), a.publishedAt());
    assertEquals("en", a.language());
    assertEquals(URL, a.canonicalUrl());
  }

  @Test
  void takesTheFirstHeadingAsTitleAndTheTextsOwnDateOverTheMetadata() throws Exception {
    byte[] report = pdf(null, day(2026, 1, 5), true, List.of(List.of(
        new Line("2026年11月5日", 9, 400, 780),
        new Line("北欧の医療機器クラスターの動向", 18, 72, 740),
        new Line("オーリン・デバイセズは、ファーゴに新しい工場を開設した。", 10.5f, 72, 700))));
    ExtractedArticle a = PdfArticles.extract(report, URL, null);
    assertEquals("北欧の医療機器クラスターの動向", a.title());
    assertTrue(a.text().contains("オーリン・デバイセズは、ファーゴに新しい工場を開設した。"), a.text());
    assertEquals(OffsetDateTime.parse("2026-11-05T00:00+09:00"), a.publishedAt());
    assertEquals("ja", a.language());
  }

  @Test
  void aTitleThatATypesetterLeftInTheMetadataGivesWayToTheHeading() throws Exception {
    byte[] report = pdf("Microsoft Word - draft7.docx", null, false, List.of(List.of(
        new Line("Clinic networks in review", 20, 72, 740),
        new Line("A short body line.", 10, 72, 700))));
    ExtractedArticle a = PdfArticles.extract(report, URL, null);
    assertEquals("Clinic networks in review", a.title());
    assertEquals(null, a.publishedAt());
  }

  @Test
  void readsTwoColumnsOneAfterTheOther() throws Exception {
    byte[] report = pdf("Two columns", null, false, List.of(List.of(
        new Line("Left column, first line.", 10, 72, 700), new Line("Left column, second line.", 10, 72, 686),
        new Line("Right column, first line.", 10, 320, 700), new Line("Right column, second line.", 10, 320, 686))));
    assertEquals(List.of("Left column, first line.", "Left column, second line.", "Right column, first line.",
        "Right column, second line."), PdfArticles.extract(report, URL, null).text().lines().toList());
  }

  @Test
  void aScanWithNoTextLayerIsReportedAsSuch() {
    PdfArticles.NoTextLayerException e = assertThrows(PdfArticles.NoTextLayerException.class,
        () -> PdfArticles.extract(TestPdfs.scan(), URL, null));
    assertEquals(URL + " is a PDF of 2 pages with no text layer (a scan?): nothing to read without OCR", e.getMessage());
  }

  @Test
  void aPageOfMoreDrawingOperationsThanTheBudgetIsNotRead() throws Exception {
    byte[] busy = pdf("Busy", null, false, List.of(java.util.stream.IntStream.range(0, 80)
        .mapToObj(i -> new Line("line " + i, 8, 72, 780 - 9 * i)).toList())); // five operations a line
    assertEquals(80, PdfArticles.extract(busy, URL, null, 1_000).text().lines().count());
    PdfArticles.UnreadablePdfException e = assertThrows(PdfArticles.UnreadablePdfException.class,
        () -> PdfArticles.extract(busy, URL, null, 100));
    assertEquals(URL + " is a PDF with more than 100 drawing operations in its first 300 pages: not read", e.getMessage());
  }

  @Test
  void aLockedOrBrokenFileIsUnreadable() {
    assertTrue(assertThrows(PdfArticles.UnreadablePdfException.class, () -> PdfArticles.extract(TestPdfs.locked(), URL, null))
        .getMessage().contains("locked by a password"));
    byte[] broken = "%PDF-1.7\nthis is no PDF at all".getBytes(StandardCharsets.US_ASCII);
    assertTrue(PdfArticles.looksLikePdf(broken));
    assertTrue(assertThrows(PdfArticles.UnreadablePdfException.class, () -> PdfArticles.extract(broken, URL, null))
        .getMessage().startsWith(URL + " is not a readable PDF"));
    assertFalse(PdfArticles.looksLikePdf("<html>".getBytes(StandardCharsets.US_ASCII)));
  }
}
