package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.*;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

/**
 * The passes {@code abbreviated-place}, {@code numbered-unit} and {@code definition}: names the text itself defines.
 * A place whose abbreviation is given in passing (ウィスコンシン(WI)州), a numbered unit (第1師団), and the topic of a
 * definition sentence ("Xは、英国の自動車メーカー。" makes X an organization), which outranks a guess from the name alone.
 */
final class JapaneseDefinedNames {
  private final Gazetteer places;

  JapaneseDefinedNames(Gazetteer places) {
    this.places = places;
  }

  /** A place whose abbreviation is defined in passing: ウィスコンシン(WI)州. */
  public static final Pattern ABBREVIATED_PLACE = Pattern.compile(
      "([\\p{IsKatakana}ー・]{2,}|[\\p{IsHan}]{1,4})[(（]([A-Z]{2,5})[)）](州|県|市|国|省)");

  List<EntitySpan> definedTopics(String text, List<JapaneseToken> tokens) {
    List<EntitySpan> out = new ArrayList<>();
    int sentenceStart = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).surface().equals("。")) {
        continue;
      }
      EntitySpan topic = topicOf(text, tokens, sentenceStart, i);
      if (topic != null) {
        out.add(topic);
      }
      sentenceStart = i + 1;
    }
    return out;
  }

  /** The topic of the sentence tokens [from, end) when the sentence defines it: "X(…)は、…の選手。". */
  EntitySpan topicOf(String text, List<JapaneseToken> tokens, int from, int end) {
    int k = from;
    while (k < end && tokens.get(k).noun() || k < end && tokens.get(k).nakaguro()) {
      k++;
    }
    if (k == from || k >= end) {
      return null;
    }
    String next = tokens.get(k).surface();
    int afterTopic = k;
    if (next.equals("(") || next.equals("（")) {
      while (afterTopic < end && !tokens.get(afterTopic).surface().equals(")") && !tokens.get(afterTopic).surface().equals("）")) {
        afterTopic++;
      }
      afterTopic++;
    }
    if (afterTopic >= end || !tokens.get(afterTopic).surface().equals("は")) {
      return null;
    }
    // the head: the last noun before the end of the sentence (…の選手である。)
    int h = end - 1;
    while (h > afterTopic && !tokens.get(h).noun()) {
      h--;
    }
    EntityType type = DEFINITION_HEADS.get(tokens.get(h).surface());
    if (type == null && h > afterTopic) {
      type = DEFINITION_HEADS.get(tokens.get(h - 1).surface() + tokens.get(h).surface());
    }
    int start = tokens.get(from).start();
    int stop = tokens.get(k - 1).end();
    if (type == null || stop - start > 25) {
      return null;
    }
    return new EntitySpan(start, stop, text.substring(start, stop), type, null, null, 0.6);
  }

  List<EntitySpan> abbreviatedPlaces(String text) {
    List<EntitySpan> out = new ArrayList<>();
    if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
      return out; // the common case, without running the pattern over the whole text
    }
    Matcher m = ABBREVIATED_PLACE.matcher(text);
    for (int open = nextParenthesis(text, 0); open >= 0; open = nextParenthesis(text, open + 1)) {
      // the pattern is tried only where an abbreviation follows the parenthesis: scanning the whole text is slow
      if (!abbreviationAt(text, open + 1)) {
        continue;
      }
      int from = Math.max(0, open - 40);
      m.region(from, Math.min(text.length(), open + 9)); // (WI)州 is at most 9 characters from its "("
      while (m.find() && m.start() <= open) {
        if (m.start(2) == open + 1) {
          var place = places.lookup(m.group(1) + m.group(3)).or(() -> places.lookup(m.group(1)));
          out.add(new EntitySpan(m.start(), m.end(), m.group(), EntityType.LOCATION,
              place.map(Gazetteer.Place::subtype).orElse(null), place.map(Gazetteer.Place::id).orElse(null), 0.85));
          break;
        }
      }
    }
    return out;
  }

  /** B360, HF120, ASR-33: letters and a number name a model, not its maker. */
  static final Pattern MODEL_NUMBER = Pattern.compile(
      "[A-Z]{1,2}-?[0-9]{2,}|[A-Z]{1,4}-[0-9]+");

  /** 第18軍, 第一航空艦隊, 第77歩兵連隊, 731部隊: military units named by their number. */
  static final Pattern NUMBERED_UNIT = Pattern.compile(
      "(?:第[0-9０-９一二三四五六七八九十百]+(?:[\\p{IsHan}]{0,4}?)|[0-9]{2,4})"
          + "(?:方面軍|軍団|艦隊|師団|旅団|連隊|大隊|中隊|戦隊|駆逐隊|航空隊|部隊|軍)");

  static List<EntitySpan> numberedUnits(String text) {
    List<EntitySpan> out = new ArrayList<>();
    if (text.indexOf('第') < 0 && text.indexOf('隊') < 0 && text.indexOf('軍') < 0) {
      return out;
    }
    Matcher m = NUMBERED_UNIT.matcher(text);
    while (m.find()) {
      out.add(new EntitySpan(m.start(), m.end(), m.group(), EntityType.ORGANIZATION, "AGENCY", null, 0.7));
    }
    return out;
  }

  /** True when "WI)州" starts at {@code at}: two to five capitals, a closing parenthesis and a division. */
  static boolean abbreviationAt(String text, int at) {
    int end = at;
    while (end < text.length() && end - at <= 5 && text.charAt(end) >= 'A' && text.charAt(end) <= 'Z') {
      end++;
    }
    return end - at >= 2 && end - at <= 5 && end + 1 < text.length()
        && (text.charAt(end) == ')' || text.charAt(end) == '）') && "州県市国省".indexOf(text.charAt(end + 1)) >= 0;
  }

  static int nextParenthesis(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        return i;
      }
    }
    return -1;
  }
}
