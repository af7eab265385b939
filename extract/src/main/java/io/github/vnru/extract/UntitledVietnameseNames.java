package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.RussianNames;
import io.github.vnru.extract.internal.RussianTranscription;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 6c: a Vietnamese named in full without a title of its own, or after a title whose
 * organisation the title stage could not close ("Chủ tịch Liên hiệp các tổ chức Hữu nghị Việt Nam
 * Nguyễn Phương Nga"): a Vietnamese family name and two or three more capitalised words that are
 * all syllables of Vietnamese names, in Latin letters with or without diacritics ("Nguyễn Mạnh
 * Quyền", "Nguyen Manh Quyen") or in Russian ones ("Нгуеном Мань Куйеном"); a given name after
 * the first two words may be a place's name too ("Nguyễn Phương Nga"). Two words alone are as
 * often a place ("Hà Tĩnh", "Thái Bình"); a capitalised word right after the run makes it part of
 * a longer name ("Nguyen Van Linh Street"); all capitals make it a byline.
 */
final class UntitledVietnameseNames extends UntitledNames {
  /** A family name and one to three more syllables; the whole name at least three words. */
  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 4;

  private final UnlistedPersons unlisted;
  private final MentionWords words;
  private final RussianTranscription transcription = RussianTranscription.defaults();

  UntitledVietnameseNames(UnlistedPersons unlisted, MentionWords words) {
    this.unlisted = unlisted;
    this.words = words;
  }

  @Override
  boolean mayStart(String word, String folded, String text, int end) {
    return isFamilyName(word, folded);
  }

  @Override
  Item nameAt(String text, int p, boolean[] covered, List<Item> items) {
    if (words.endsBodyName(text, wordEnd(text, p))) {
      return null; // "T.Ư Đoàn Bùi Quang Huy": the body's last word starts no name
    }
    List<String> tokens = new ArrayList<>();
    int end = nameEnd(text, p, covered, tokens, items);
    if (end == p || tokens.size() < MIN_WORDS
        || continuesCapitalised(text, end) && !words.opensWithInstitutionWord(text, end + 1)
        || isCredit(text, p, end) || words.bylineBefore(text, p)
        || words.isNotAName(text.substring(p, end))) {
      return null;
    }
    String id = unlisted.personFor(text.substring(p, end), tokens, NO_TITLE, null, null, "",
        UnlistedOfficials.countrySharingRussianNamesNamed(items));
    if (id == null) {
      return null;
    }
    // a given name that is also a place ("Nguyễn Phương Nga": Nga is Russia) is the name's
    items.removeIf(it -> it.kind == TermKind.PLACE && it.start >= p && it.end <= end);
    return new Item(TermKind.PERSON, id, p, end, null);
  }

  private boolean isFamilyName(String word, String folded) {
    return RussianNames.isCyrillic(word)
        ? unlisted.isVietnameseSurnameInCyrillic(word)
        : words.isSurnameAsWritten(word, folded) && !allCapitals(word);
  }

  /**
   * The end of the name starting at {@code p}: the family name and the capitalised syllables
   * after it, one space apart, covered by no other mention; its words go to {@code tokens}. The
   * start when a word of the run is no syllable of a name.
   */
  private int nameEnd(String text, int p, boolean[] covered, List<String> tokens,
      List<Item> items) {
    boolean cyrillic = RussianNames.isCyrillic(text, p, wordEnd(text, p));
    int q = p;
    int end = p;
    while (tokens.size() < MAX_WORDS && q < text.length()) {
      int e = wordEnd(text, q);
      // the word that opens an award's or institution's name ends the name ("Thái Hương Huân
      // chương Hữu nghị")
      if (e == q || !Chars.isUpperCase(text.charAt(q))
          || Coverage.overlaps(covered, q, e) && (tokens.size() < 2 || !placeWord(items, q, e))
          || !tokens.isEmpty() && words.endsNameAt(text, q)) {
        break;
      }
      String word = text.substring(q, e);
      if (cyrillic != RussianNames.isCyrillic(word) || word.length() > 1 && allCapitals(word)
          || !(cyrillic ? transcription.vietnamese(word) != null
              : transcription.isSyllable(Lexicon.fold(word)))) {
        return tokens.size() >= MIN_WORDS ? end : p;
      }
      tokens.add(word);
      end = e;
      if (e >= text.length() || text.charAt(e) != ' ') {
        break;
      }
      q = e + 1;
    }
    return end;
  }

  /** Whether {@code [q, e)} is one word that a place mention covers exactly. */
  private static boolean placeWord(List<Item> items, int q, int e) {
    for (Item it : items) {
      if (it.kind == TermKind.PLACE && it.start == q && it.end == e) {
        return true;
      }
    }
    return false;
  }

  /** Whether a capitalised word follows {@code end} after one space: a longer name goes on. */
  private static boolean continuesCapitalised(String text, int end) {
    return end + 1 < text.length() && text.charAt(end) == ' '
        && Chars.isUpperCase(text.charAt(end + 1));
  }

  private static boolean allCapitals(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
