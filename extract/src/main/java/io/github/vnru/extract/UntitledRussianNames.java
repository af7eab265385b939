package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.NameKeys;
import io.github.vnru.extract.internal.RussianNames;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.extract.internal.TitleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage 6b: a Russian named without a title. A Russian given name followed by a capitalised word
 * names a person ("Владислав Шапша назвал …", "с Владиславом Шапшой"), a patronymic between them
 * or not; in Latin letters only when the surname has a Russian ending too ("Vladislav Shapshin"),
 * as a given name alone is shared by too many languages there.
 */
final class UntitledRussianNames {
  /** No office: the person is named, not introduced. */
  private static final TitleEntry NO_TITLE =
      new TitleEntry("honorific", Optional.empty(), List.of("-"), true, Optional.empty());

  /** Marks standing before or after a photographer's name in a credit. */
  private static final String CREDIT_BEFORE = "/©:";
  private static final String CREDIT_AFTER = "/|)";

  private final UnlistedPersons unlisted;
  private final NameKeys keys;
  private final RussianNames names = RussianNames.defaults();

  UntitledRussianNames(UnlistedPersons unlisted, NameKeys keys) {
    this.unlisted = unlisted;
    this.keys = keys;
  }

  void add(Scanned s, List<Item> items) {
    String text = s.text();
    boolean[] covered = null;
    List<Item> added = new ArrayList<>();
    int n = text.length();
    int p = 0;
    while (p < n) {
      // only at a capital that starts a word: most chars are ruled out by one table look-up
      if (!Chars.isUpperCase(text.charAt(p)) || p > 0 && Chars.isLetter(text.charAt(p - 1))) {
        p++;
        continue;
      }
      int e = wordEnd(text, p);
      // a name is two capitalised words: most words are ruled out before any look-up
      if (e + 1 >= n || text.charAt(e) != ' ' || !Chars.isUpperCase(text.charAt(e + 1))
          || !names.isGivenName(text.substring(p, e))) {
        p = Math.max(e, p + 1);
        continue;
      }
      if (covered == null) {
        covered = Coverage.of(text, items);
      }
      List<String> tokens = new ArrayList<>();
      int end = nameEnd(text, p, covered, tokens);
      int start = p;
      if (tokens.size() == 2 && isPatronymic(tokens.get(1))) {
        // no surname after the patronymic: official style puts it first ("Lebedev Vyacheslav
        // Mikhailovich"), the capitalised word right before the given name
        start = surnameBefore(text, p, covered);
        tokens.add(0, start < p ? text.substring(start, p - 1) : "");
      }
      String id = tokens.size() < 2 || tokens.get(0).isEmpty() || isCredit(text, start, end)
          ? null : personFor(text.substring(start, end), tokens, items);
      if (id != null) {
        added.add(new Item(TermKind.PERSON, id, start, end, null));
        p = end;
      } else {
        p = e;
      }
    }
    items.addAll(added);
  }

  /**
   * The end of the name starting at {@code p}: the given name, a patronymic if one follows, and
   * the surname, all capitalised and covered by no other mention; its words go to {@code tokens}.
   */
  private int nameEnd(String text, int p, boolean[] covered, List<String> tokens) {
    int q = p;
    int end = p;
    while (tokens.size() < 3 && q < text.length()) {
      int e = wordEnd(text, q);
      if (e == q || !Character.isUpperCase(text.charAt(q)) || Coverage.overlaps(covered, q, e)) {
        break;
      }
      String word = text.substring(q, e);
      tokens.add(word);
      end = e;
      boolean patronymic = tokens.size() == 2 && isPatronymic(word);
      if (tokens.size() == 2 && !patronymic || e >= text.length() || text.charAt(e) != ' ') {
        break;
      }
      q = e + 1;
    }
    return end;
  }

  private boolean isPatronymic(String word) {
    return keys.isPatronymic(keys.wordKey(Lexicon.fold(word)));
  }

  /**
   * The start of the capitalised word right before {@code p} (one space between), covered by no
   * other mention; {@code p} when there is none.
   */
  private static int surnameBefore(String text, int p, boolean[] covered) {
    if (p < 3 || text.charAt(p - 1) != ' ') {
      return p;
    }
    int b = p - 1;
    while (b > 0 && (Chars.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
      b--;
    }
    boolean word = b < p - 1 && Chars.isUpperCase(text.charAt(b))
        && (b == 0 || !Chars.isLetterOrDigit(text.charAt(b - 1)));
    return word && !Coverage.overlaps(covered, b, p - 1) ? b : p;
  }

  private String personFor(String name, List<String> tokens, List<Item> items) {
    boolean official = tokens.size() == 3 && isPatronymic(tokens.get(2));
    // the given name and the surname, wherever the surname stands
    int given = official && names.isGivenName(tokens.get(1)) ? 1 : 0;
    boolean cyrillic = RussianNames.isCyrillic(tokens.get(0));
    List<String> givenAndSurname = given == 1
        ? List.of(tokens.get(1), tokens.get(0))
        : List.of(tokens.get(0), tokens.get(tokens.size() - 1));
    if (cyrillic ? names.read(tokens) == null : !names.looksRussian(givenAndSurname)) {
      return null;
    }
    return unlisted.personFor(name, tokens, NO_TITLE, null, null, "",
        UnlistedOfficials.otherCountryNamed(items));
  }

  /**
   * Whether the name at {@code [start, end)} credits a photo or video ({@code © Sputnik / Mikhail
   * Klimentiev /}, {@code Григорий Сысоев/РИА Новости}, {@code Видео: Сергей Куксин |}): a
   * photographer named, not a person the article speaks of.
   */
  private static boolean isCredit(String text, int start, int end) {
    int b = start;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    int a = end;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    return b > 0 && CREDIT_BEFORE.indexOf(text.charAt(b - 1)) >= 0
        || a < text.length() && CREDIT_AFTER.indexOf(text.charAt(a)) >= 0;
  }

  private static int wordEnd(String text, int p) {
    int e = p;
    while (e < text.length() && (Chars.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
      e++;
    }
    return e;
  }
}
