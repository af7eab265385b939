package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.RussianNames;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Stage 8: a person's name inside the name of an institution, street or award named after them
 * ({@code Học viện Puskin}, {@code Ho Chi Minh City}, {@code trường mang tên Chủ tịch Hồ Chí
 * Minh}) is no mention of the person. Institution words from {@code mentions.tsv}; a name with a
 * title before it is always a person (unless a thing is named after it), and so is one after a
 * place's name that closes the institution's ({@code Thành phố Moscow}).
 */
final class InstitutionBlocker {
  /** How far before a name an institution word may start, in chars. */
  private static final int LOOK_BACK = 80;

  private final MentionWords words;

  InstitutionBlocker(MentionWords words) {
    this.words = words;
  }

  void block(Scanned s, List<Item> items) {
    String text = s.text();
    Matcher after = null;
    for (Item it : items) {
      if (it.kind == TermKind.PERSON
          && words.namedAfterBefore(text, Math.min(it.phraseStart, it.start))) {
        it.emitted = false; // "trường mang tên Chủ tịch Hồ Chí Minh": the school's name
        continue;
      }
      if (it.kind == TermKind.PERSON && words.opensWithInstitutionWord(text, it.start)) {
        it.emitted = false; // "Phó Hiệu trưởng Trường Đại học Hà Nội": the title's institution
        continue;
      }
      // (a name read after a title, not a registry spelling: asked of few)
      if (it.kind == TermKind.PERSON && it.title != null && it.term == null
          && words.isNotAName(text.substring(it.start, it.end))) {
        it.emitted = false; // "Phó Trưởng ban Châu Âu": the Europe department, no one's name
        continue;
      }
      if (it.kind == TermKind.PERSON && words.mayNamePlace(text, it.start, it.end)) {
        int join = words.placeJoinBefore(text, it.start);
        // "Russia's consul general in Ho Chi Minh": a preposition of place, even after a title;
        // "Ho Chi Minh (Vietnam), July 6 (EFE).": the country the place is in, in brackets
        if (join == -1 || join >= 0 && it.title == null && placeEndsAt(items, join)
            || it.title == null && placeInBracketsAt(text, items, it.end)) {
          it.emitted = false; // the city, by its short name
          continue;
        }
      }
      if (it.kind != TermKind.PERSON || it.title != null) {
        continue;
      }
      int from = Math.max(0, it.start - LOOK_BACK);
      // most names have no institution word before them: no pattern is run for those
      if (words.mayHoldInstitutionWord(text, from, it.start)) {
        Matcher m = words.institutionBefore().matcher(text.substring(from, it.start));
        // the institution word nearest the name: an earlier one may lead other words
        // ("Университет посетила делегация … Союза молодежи Хо Ши Мина")
        for (int at = 0; it.emitted && m.find(at); at = m.start(1) + 1) {
          // "Rector of the University of Science and Technology A": a title whose institution's
          // whole name runs on to the name is the name's; right after the institution word, the
          // name is still the institution's ("Giám đốc Viện Hồ Chí Minh")
          boolean titled =
              !m.group(2).isBlank() && titleRightBefore(text, items, from + m.start(1));
          if (!titled && nameLike(m.group(2))
              && !placeBetween(items, from + m.start(2), it.start)
              && !givenToSomeone(text, m.group(2), it)) {
            it.emitted = false;
          }
        }
      }
      if (after == null) {
        after = words.institutionAfter().matcher(text);
      }
      // a region, not a substring: the pattern is anchored, so only the start is tried
      if (after.region(it.end, text.length()).lookingAt()) {
        it.emitted = false;
      }
    }
    items.removeIf(i -> i.kind == TermKind.PERSON && !i.emitted);
  }

  /**
   * Whether the name is whom the institution word's thing was given to, not its name: past the
   * award's own name ({@code words}), a Russian given name in another case than the genitive
   * ({@code вручил орден Дружбы Вячеславу Калганову}; {@code орден Александра Невского} is the
   * award's).
   */
  private static boolean givenToSomeone(String text, String words, Item it) {
    int end = Chars.lettersEnd(text, it.start);
    return !words.isBlank() && RussianNames.isCyrillic(text, it.start, end)
        && RussianNames.defaults().isGivenNameNotGenitive(text.substring(it.start, end));
  }

  /** Whether a place's name alone in brackets follows {@code at}: {@code (Vietnam)}. */
  private static boolean placeInBracketsAt(String text, List<Item> items, int at) {
    int open = Chars.skipWhitespace(text, at);
    if (open >= text.length() || text.charAt(open) != '(') {
      return false;
    }
    for (Item i : items) {
      if (i.kind == TermKind.PLACE && i.start == open + 1 && i.end < text.length()
          && text.charAt(i.end) == ')') {
        return true;
      }
    }
    return false;
  }

  /** Whether a place's name ends at {@code at} ({@code Hanoi} before {@code and Ho Chi Minh}). */
  private static boolean placeEndsAt(List<Item> items, int at) {
    for (Item i : items) {
      if (i.kind == TermKind.PLACE && i.end == at) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place's name lies between an institution word and a name: the place ends the
   * institution's name ({@code Thành phố Moscow Sergey Sobyanin}: the city, then its mayor).
   */
  private static boolean placeBetween(List<Item> items, int from, int to) {
    for (Item i : items) {
      if (i.kind == TermKind.PLACE && i.start >= from && i.end <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a title, with what it is of, ends right before {@code at}, or past an of-gap ("Rector
   * of the" before "University …", "Vice-President of the Vietnam" before "Academy …").
   */
  private boolean titleRightBefore(String text, List<Item> items, int at) {
    for (Item t : items) {
      if (t.kind == TermKind.TITLE && t.qualifiedEnd <= at
          && (Chars.isWhitespaceOnly(text, t.qualifiedEnd, at)
              || words.isOfGap(text, t.qualifiedEnd, at))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words between an institution word and a name continue one name. */
  private static boolean nameLike(String words) {
    String[] ws = words.strip().split("\\s+");
    boolean prevCap = true;
    for (String w : ws) {
      if (w.isEmpty()) {
        continue;
      }
      boolean cap = Character.isUpperCase(w.codePointAt(0));
      if (!cap && !prevCap) {
        return false;
      }
      if (w.matches(".*[,;:.()].*")) {
        return false;
      }
      prevCap = cap;
    }
    return true;
  }
}
