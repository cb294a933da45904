package io.ecotrack.extract.ner;

/**
 * One kuromoji token of Japanese text with its part of speech ({@link JapaneseMorphology}: NEologd's, or IPADIC's where
 * that reads the word better) and what the rules ask of it: is it a proper noun of a kind, katakana, Latin, a suffix.
 */
record JapaneseToken(String surface, String pos, int start, int end, boolean known) {
  boolean noun() {
    return pos.startsWith("名詞");
  }

  boolean properOrg() {
    return pos.startsWith("名詞-固有名詞-組織");
  }

  boolean personName() {
    return pos.startsWith("名詞-固有名詞-人名");
  }

  boolean surname() {
    return pos.startsWith("名詞-固有名詞-人名-姓");
  }

  boolean givenName() {
    return pos.startsWith("名詞-固有名詞-人名-名");
  }

  boolean place() {
    return pos.startsWith("名詞-固有名詞-地域");
  }

  boolean properGeneral() {
    return pos.startsWith("名詞-固有名詞-一般");
  }

  boolean suffix() {
    return pos.startsWith("名詞-接尾");
  }

  /** A common noun: 名詞-一般 or 名詞-サ変接続 (a noun that takes する). */
  boolean commonNoun() {
    return pos.startsWith("名詞-一般") || pos.startsWith("名詞-サ変接続");
  }

  /** Only ASCII or other Unicode decimal digits: 48, ２４. */
  boolean digits() {
    for (int i = 0; i < surface.length(); i++) {
      if (!Character.isDigit(surface.charAt(i))) {
        return false;
      }
    }
    return !surface.isEmpty();
  }

  boolean placeSuffix() {
    return pos.startsWith("名詞-接尾-地域");
  }

  boolean katakana() {
    if (surface.isEmpty()) {
      return false;
    }
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (c < 0x30A0 || c > 0x30FF) {
        return false;
      }
    }
    return true;
  }

  boolean latin() {
    boolean letter = false;
    for (int i = 0; i < surface.length(); i++) {
      char c = surface.charAt(i);
      if (!(Character.isLetterOrDigit(c) && c < 0x3000 || c >= 0xFF10 && c <= 0xFF5A || c == '&' || c == '.')) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }

  /** ・ or the = that joins the parts of a foreign name (マルクス=エンゲルス, ル=グウィン). */
  boolean nakaguro() {
    return surface.length() == 1 && "・･=＝゠".indexOf(surface.charAt(0)) >= 0;
  }

  boolean unknownWord() {
    return pos.equals("未知語");
  }

  /** A proper noun, or a word the dictionary does not know (ボールドウィン): a name rather than a common word. */
  boolean properName() {
    return pos.startsWith("名詞-固有名詞") || unknownWord() || !known && (katakana() || latin());
  }

  /** Could be part of a name. */
  boolean nameLike() {
    return properOrg() || personName() || place() || properGeneral() || (noun() && (katakana() || latin()))
        || unknownWord() && (katakana() || latin());
  }
}

