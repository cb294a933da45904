package io.ecotrack.index.store;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which entity names are matched: NFKC (full-width to half-width), lower case, no
 * spaces or middle dots, so メイヨー・クリニック, ﾒｲﾖｰ･ｸﾘﾆｯｸ and "mayo  clinic" each match their own kind.
 */
public final class AliasKey {
  private AliasKey() {}

  public static String of(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[\\s\\u3000・･·]+", "");
  }
}
