package io.ecotrack.extract.ner;

import static io.ecotrack.extract.ner.JapaneseNameWords.PROFILE_REPRESENTATIVE;

import io.ecotrack.model.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The passes {@code address} and {@code profile-person}: what a Japanese company profile (会社概要) or a press release's
 * footer writes line by line. A labelled address ({@code profile-address} rows: 所在地 東京都渋谷区代々木4丁目30番3号)
 * names its prefecture and its city or ward, which are places even when no dictionary lists the ward; an address in
 * running text stays one place, as the news corpora annotate it. A line that opens with a representative's title
 * ({@code profile-representative} rows of {@code ja-name-words.tsv}: 代表取締役, 代表者) and holds only a kanji name
 * names a person. Both are found only in that layout, where nothing else could be meant.
 */
final class JapaneseProfileLines {
  static final String ADDRESS = "address";
  static final String PERSON = "profile-person";

  /** After an address label at a line's start: a prefecture, a municipality, then the block number of an address. */
  private static final Pattern ADDRESS_RUN = Pattern.compile("(?m)^[ 　]*(?:"
      + String.join("|", JapaneseNameWords.PROFILE_ADDRESS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList())
      + ")[ 　:：]*(東京都|北海道|京都府|大阪府|\\p{IsHan}{2,3}県)?(\\p{IsHan}{1,5}?[市区町村郡])(?=[\\p{IsHan}\\p{IsKatakana}ヶ]{0,8}?[0-9０-９一二三四五六七八九十]+(?:丁目|番地?|[-－‐]))");

  /** A kanji name alone on its line after a representative's title: family name, a space or none, given name. */
  private static final Pattern NAME_LINE = Pattern.compile("[ \\t　:：]+(\\p{IsHan}{1,4}[ 　]?\\p{IsHan}{1,4})[ \\t　]*$",
      Pattern.MULTILINE);

  private final Gazetteer places;

  JapaneseProfileLines(Gazetteer places) {
    this.places = places;
  }

  /** {@code spans} with the places of addresses and the people of representative lines added where nothing was found. */
  List<EntitySpan> apply(String text, List<EntitySpan> spans) {
    List<EntitySpan> found = new ArrayList<>();
    Matcher m = ADDRESS_RUN.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        String pref = m.group(1);
        String id = places.lookup(pref).map(Gazetteer.Place::id).orElse(null);
        found.add(new EntitySpan(m.start(1), m.end(1), pref, EntityType.LOCATION, "PREFECTURE", id, 0.8, ADDRESS));
      }
      found.add(new EntitySpan(m.start(2), m.end(2), m.group(2), EntityType.LOCATION, "CITY",
          places.lookup(m.group(2)).map(Gazetteer.Place::id).orElse(null), 0.75, ADDRESS));
    }
    for (String title : PROFILE_REPRESENTATIVE) {
      for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length())) {
        if (at > 0 && text.charAt(at - 1) != '\n') {
          continue;
        }
        Matcher name = NAME_LINE.matcher(text).region(at + title.length(), lineEnd(text, at));
        if (name.lookingAt()) {
          found.add(new EntitySpan(name.start(1), name.end(1), name.group(1), EntityType.PERSON, null, null, 0.75, PERSON));
        }
      }
    }
    if (found.isEmpty()) {
      return spans;
    }
    List<EntitySpan> out = new ArrayList<>(spans);
    for (EntitySpan f : found) {
      if (f.pass().equals(ADDRESS)) {
        // the address is read part by part: a chunk that ran 東京都渋谷区代々木 together gives way
        out.removeIf(s -> s.type() == EntityType.LOCATION && s.start() <= f.start() && s.end() >= f.end()
            && (s.end() - s.start() > f.end() - f.start()) && !ADDRESS.equals(s.pass()));
      }
      if (f.pass().equals(PERSON)) {
        // after 代表取締役 the line holds a name: pieces of it read as places (川辺, 隼人) or as half a person are not
        out.removeIf(s -> s.start() >= f.start() && s.end() <= f.end() && (s.type() != EntityType.PERSON || s.end() - s.start() < f.end() - f.start()));
      }
      if (out.stream().noneMatch(s -> s.overlaps(f))) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt(EntitySpan::start));
    return out;
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}
