package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class NfkcTest {

  @Test
  void skipsOnlyCharactersTheNormalizerWouldLeaveAlone() {
    for (char c = 0; c < 0xFFFF; c++) {
      if (Nfkc.stable(c)) {
        String s = String.valueOf(c);
        assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFKC), "U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void kanaNeverCombineWithEachOther() {
    for (char a = 0x3041; a <= 0x30FC; a++) {
      for (char b = 0x3041; b <= 0x30FC; b++) {
        if (Nfkc.stable(a) && Nfkc.stable(b)) {
          String s = "" + a + b;
          assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFKC));
        }
      }
    }
  }

  @Test
  void foldsFullWidthAndCompatibilityForms() {
    assertEquals("ABC(株)カ", Nfkc.of("ＡＢＣ㈱ｶ"));
    assertEquals("ガ", Nfkc.of("ｶﾞ"));
    String plain = "メイヨー・クリニック and 東京大学";
    assertSame(plain, Nfkc.of(plain));
  }
}
