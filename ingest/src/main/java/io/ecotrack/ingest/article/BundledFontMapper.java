package io.ecotrack.ingest.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The font PDFBox takes for a font a PDF names but does not embed: always the Liberation Sans inside PDFBox's own jar.
 * PDFBox's default looks for a like font among the machine's fonts, which reads every font file of the system and
 * writes a cache of them into the user's home folder, because of what a fetched file says; reading text needs none
 * of that (the widths of a PDF's fonts are in the PDF, or in PDFBox's metrics of the standard 14).
 */
final class BundledFontMapper implements FontMapper {
  private static final String LAST_RESORT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final TrueTypeFont font;

  private BundledFontMapper() {
    try (InputStream in = FontMapper.class.getResourceAsStream(LAST_RESORT)) {
      if (in == null) {
        throw new IllegalStateException("PDFBox's jar holds no " + LAST_RESORT);
      }
      font = new TTFParser().parse(new RandomAccessReadBuffer(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LAST_RESORT, e);
    }
  }

  private static volatile boolean installed;

  /** Makes PDFBox use it, once per JVM, before the first PDF is read. */
  static synchronized void install() {
    if (!installed) {
      FontMappers.set(new BundledFontMapper());
      installed = true;
    }
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(font, true);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(font, true);
  }

  @Override
  public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
    return new CIDFontMapping(null, font, true);
  }
}
