package io.ecotrack.extract.relation;

import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with each entity mention collapsed to a single symbol of its type, so that a trigger reads the
 * sentence as its chunks: {@code ⟨ORG⟩の⟨PER⟩社長}, {@code ⟨PER⟩, chairman of ⟨ORG⟩}. The particles and words
 * between the chunks stay as written; the angle brackets Reuters puts around names are dropped, and an English
 * possessive that a mention swallowed ("Media General's") is written back after its symbol.
 *
 * <p>Symbols are private-use characters, one per type ({@link #symbol}), that no text contains.
 */
final class SentenceSkeleton {
  /** A mention in the sentence: its entity and where it was written in the article. */
  record Slot(Entity entity, Mention mention) {}

  private final String text;
  private final String article;
  private final List<Slot> slots;
  /** For each character of {@link #text}, the index of its slot, or -1 for a character of the sentence itself. */
  private final int[] slotAt;
  /** For each character of {@link #text}, the offset in the article where what it stands for starts. */
  private final int[] origin;
  /** For each character of {@link #text}, the offset in the article where what it stands for ends. */
  private final int[] originEnd;

  private SentenceSkeleton(String text, String article, List<Slot> slots, int[] slotAt, int[] origin, int[] originEnd) {
    this.text = text;
    this.article = article;
    this.slots = slots;
    this.slotAt = slotAt;
    this.origin = origin;
    this.originEnd = originEnd;
  }

  /** The symbol that stands for a mention of an entity of this type. */
  static char symbol(EntityType type) {
    return switch (type) {
      case ORGANIZATION -> '\uE001';
      case PERSON -> '\uE002';
      case LOCATION -> '\uE003';
      case FACILITY -> '\uE004';
    };
  }

  /** Every symbol, as the inside of a regex character class. */
  static final String SYMBOLS = "\uE001-\uE004";

  /**
   * The skeleton of {@code text}[start, end) over {@code inside}, the mentions within it in text order; a mention
   * that overlaps the one before it is left out.
   */
  static SentenceSkeleton of(String text, int start, int end, List<Slot> inside) {
    Builder b = new Builder(end - start);
    List<Slot> kept = new ArrayList<>();
    int at = start;
    for (Slot s : inside) {
      if (s.mention().start() < at) {
        continue;
      }
      b.copy(text, at, s.mention().start());
      int mentionStart = s.mention().start();
      int mentionEnd = s.mention().end();
      b.add(symbol(s.entity().type()), kept.size(), mentionStart, mentionEnd);
      kept.add(s);
      at = mentionEnd;
      String written = s.mention().text();
      if (written.endsWith("'s") || written.endsWith("’s")) {
        b.add('\'', -1, mentionEnd - 2, mentionEnd - 1);
        b.add('s', -1, mentionEnd - 1, mentionEnd);
      }
    }
    b.copy(text, at, end);
    return new SentenceSkeleton(b.out.toString(), text, List.copyOf(kept), b.ints(b.owner), b.ints(b.from), b.ints(b.to));
  }

  /** Collects the skeleton's characters with, for each, its slot and where in the article it came from. */
  private static final class Builder {
    final StringBuilder out;
    final List<Integer> owner;
    final List<Integer> from;
    final List<Integer> to;

    Builder(int size) {
      out = new StringBuilder(size);
      owner = new ArrayList<>(size);
      from = new ArrayList<>(size);
      to = new ArrayList<>(size);
    }

    void add(char c, int slot, int start, int end) {
      out.append(c);
      owner.add(slot);
      from.add(start);
      to.add(end);
    }

    void copy(String text, int start, int end) {
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        if (c != '<' && c != '>') {
          add(c, -1, i, i + 1);
        }
      }
    }

    int[] ints(List<Integer> list) {
      return list.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /** The article's text that the skeleton's characters [from, to) stand for, mentions written out. */
  String original(int from, int to) {
    if (from >= to) {
      return "";
    }
    return article.substring(origin[from], originEnd[to - 1]);
  }

  String text() {
    return text;
  }

  /** The mentions whose symbols lie in [from, to) of the skeleton, in order. */
  List<Slot> slotsIn(int from, int to) {
    List<Slot> out = new ArrayList<>(2);
    for (int i = Math.max(0, from); i < to && i < slotAt.length; i++) {
      if (slotAt[i] >= 0) {
        out.add(slots.get(slotAt[i]));
      }
    }
    return out;
  }

  int size() {
    return slots.size();
  }
}
