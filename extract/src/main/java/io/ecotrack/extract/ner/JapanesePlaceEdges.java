package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseListedNames.*;
import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

/**
 * The passes {@code route-start} and {@code address}: the place a route starts from (井荻-高田馬場間), an address's
 * block number (垂水区小束山七丁目) and a direction written right before a place (北ロンドン).
 */
final class JapanesePlaceEdges {
  private JapanesePlaceEdges() {}

  /**
   * 井荻-高田馬場間, デンパサール-成田: the place a route starts from, written before a dash and a place the
   * rules found, is a place too.
   */
  static List<EntitySpan> routeStarts(List<JapaneseToken> tokens, List<EntitySpan> spans) {
    List<EntitySpan> added = new ArrayList<>();
    for (int k = 1; k + 1 < tokens.size(); k++) {
      JapaneseToken dash = tokens.get(k);
      JapaneseToken left = tokens.get(k - 1);
      JapaneseToken right = tokens.get(k + 1);
      if (!(dash.surface().equals("-") || dash.surface().equals("－") || dash.surface().equals("‐"))
          || left.end() != dash.start() || dash.end() != right.start() || !(left.place() || !left.known() && left.katakana())) {
        continue;
      }
      boolean placeAfter = spans.stream().anyMatch(x -> x.start() == right.start() && x.type() == EntityType.LOCATION);
      boolean covered = spans.stream().anyMatch(x -> x.start() < left.end() && left.start() < x.end());
      if (placeAfter && !covered && (k < 2 || tokens.get(k - 2).end() != left.start() || !tokens.get(k - 2).noun())) {
        added.add(new EntitySpan(left.start(), left.end(), left.surface(), EntityType.LOCATION, null, null, 0.6));
      }
    }
    return withAdded(spans, added);
  }

  static final Pattern BLOCK = Pattern.compile(
      "[0-9０-９一二三四五六七八九十]+丁目(?:[0-9０-９]+(?:番地?)?)?");

  /**
   * 神戸市垂水区小束山七丁目: an address takes its block number; 北ロンドン, 東ローマ帝国: a place takes the
   * direction written right before it.
   */
  static List<EntitySpan> addressesAndDirections(String text, List<EntitySpan> spans) {
    List<EntitySpan> out = null;
    for (int k = 0; k < spans.size(); k++) {
      EntitySpan s = spans.get(k);
      if (s.type() != EntityType.LOCATION) {
        continue;
      }
      int start = s.start();
      int end = s.end();
      Matcher block = BLOCK.matcher(text).region(end, text.length());
      if (block.lookingAt()) {
        end = block.end();
      }
      if (start > 0 && "東西南北".indexOf(text.charAt(start - 1)) >= 0
          && (start == 1 || !Character.isLetter(text.charAt(start - 2)) || "のにでとはがを".indexOf(text.charAt(start - 2)) >= 0)
          && (k == 0 || spans.get(k - 1).end() < start - 1)) {
        start--;
      }
      if (start != s.start() || end != s.end()) {
        if (out == null) {
          out = new ArrayList<>(spans);
        }
        out.set(k, new EntitySpan(start, end, text.substring(start, end), s.type(), s.subtype(), s.placeId(), s.confidence()));
      }
    }
    return out == null ? spans : out;
  }
}
