package io.ecotrack.extract.relation;

import io.ecotrack.extract.relation.SentenceSkeleton.Slot;
import io.ecotrack.model.Entity;
import io.ecotrack.model.EntityType;
import io.ecotrack.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Words that stand for an organization named before, added to a sentence's mentions so that the triggers read them
 * as that organization. Japanese 同社 (同グループ, 同大学 …) stands for the organization an earlier sentence was about,
 * the one marked by は or が; without such a topic it stays unresolved rather than guess. English "its", "the company",
 * "the firm", "the group" and "the bank" stand for the organization the sentence opens with, most often its subject
 * ("Husky Oil said … Hutchison … to acquire a stake in the company"), or else the one the sentence before opens with
 * ("Barclays results … Its Global Investors wing"); a sentence that opens with another kind of name and names
 * organizations after it resolves nothing.
 */
final class BackReferences {
  private static final List<String> JAPANESE = List.of("同社", "同グループ", "同行", "同大学", "同大");
  private static final List<String> ENGLISH = List.of("its", "the company", "the firm", "the group", "the bank");

  private BackReferences() {}

  /**
   * {@code inside}, the mentions of the sentence [start, end), with each back-reference outside a mention added as a
   * mention of its referent; {@code all} holds every mention of the article in text order, {@code previous} the start
   * of the sentence before (or -1).
   */
  static List<Slot> resolve(String text, int start, int end, int previous, List<Slot> inside, List<Slot> all, boolean japanese) {
    List<Slot> out = null;
    String sentence = japanese ? text.substring(start, end) : text.substring(start, end).toLowerCase(Locale.ROOT);
    for (String word : japanese ? JAPANESE : ENGLISH) {
      for (int i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + word.length())) {
        int at = start + i;
        if (covered(inside, at, at + word.length()) || !japanese && !wholeWord(text, at, at + word.length())) {
          continue;
        }
        Entity referent = japanese ? topic(text, all, at, word) : firstNamed(all, start, at, previous);
        if (referent != null) {
          if (out == null) {
            out = new ArrayList<>(inside);
          }
          out.add(new Slot(referent, new Mention(text.substring(at, at + word.length()), at, at + word.length())));
        }
      }
    }
    if (out == null) {
      return inside;
    }
    out.sort(Comparator.comparingInt((Slot s) -> s.mention().start()).thenComparingInt(s -> -s.mention().end()));
    return out;
  }

  /** The organization last marked as a topic (は, が) before {@code at}; universities only for 同大学 and 同大. */
  private static Entity topic(String text, List<Slot> all, int at, String word) {
    Entity topic = null;
    for (Slot s : all) {
      if (s.mention().start() >= at) {
        break;
      }
      if (s.entity().type() == EntityType.ORGANIZATION && (!word.startsWith("同大") || "UNIVERSITY".equals(s.entity().subtype()))) {
        int after = s.mention().end();
        if (after < text.length() && (text.charAt(after) == 'は' || text.charAt(after) == 'が')) {
          topic = s.entity();
        }
      }
    }
    return topic;
  }

  /**
   * The organization a sentence is about: the first name the sentence gives before {@code at} when that is an
   * organization's; when the sentence names no organization before {@code at}, the first name of the sentence before
   * when that is one ("Larkspur named a board. Tom Reyes, its chairman, …"). A sentence that opens with another kind of
   * name and then names organizations resolves nothing rather than guess among them.
   */
  private static Entity firstNamed(List<Slot> all, int sentenceStart, int at, int previous) {
    Entity first = null;
    Entity firstBefore = null;
    boolean organizationInSentence = false;
    for (Slot s : all) {
      int m = s.mention().start();
      if (m >= at) {
        break;
      }
      if (m >= sentenceStart) {
        if (first == null) {
          first = s.entity();
        }
        organizationInSentence |= s.entity().type() == EntityType.ORGANIZATION;
      } else if (previous >= 0 && m >= previous && firstBefore == null) {
        firstBefore = s.entity();
      }
    }
    if (first != null && first.type() == EntityType.ORGANIZATION) {
      return first;
    }
    return !organizationInSentence && firstBefore != null && firstBefore.type() == EntityType.ORGANIZATION ? firstBefore : null;
  }

  private static boolean wholeWord(String text, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
  }

  private static boolean covered(List<Slot> inside, int start, int end) {
    for (Slot s : inside) {
      if (s.mention().start() < end && start < s.mention().end()) {
        return true;
      }
    }
    return false;
  }
}
