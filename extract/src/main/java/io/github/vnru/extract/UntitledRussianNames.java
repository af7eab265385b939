package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.NameKeys;
import io.github.vnru.extract.internal.RussianNames;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Stage 6b: a Russian named without a title. A Russian given name followed by a capitalised word
 * names a person ("Владислав Шапша назвал …", "с Владиславом Шапшой"), a patronymic between them
 * or not; in Latin letters only when the surname has a Russian ending too ("Vladislav Shapshin"),
 * as a given name alone is shared by too many languages there. In Latin letters a patronymic
 * between two capitalised words, the second with a Russian surname's ending, names a Russian
 * whatever the first word prints: a given name misspelled ("Piot Yurievich Tsvetov").
 */
final class UntitledRussianNames extends UntitledNames {
  private final UnlistedPersons unlisted;
  private final NameKeys keys;
  private final MentionWords words;
  private final RussianNames names = RussianNames.defaults();
  /** Whether the article runs words together ({@link NameKeys#runsWordsTogether}). */
  private final BooleanSupplier seams;

  UntitledRussianNames(UnlistedPersons unlisted, NameKeys keys, MentionWords words,
      BooleanSupplier seams) {
    this.unlisted = unlisted;
    this.keys = keys;
    this.words = words;
    this.seams = seams;
  }

  @Override
  boolean mayStart(String word, String folded, String text, int end) {
    return names.isGivenName(word, folded) || patronymicAndSurnameAfter(word, text, end);
  }

  /**
   * Whether, in Latin letters, a patronymic follows the word at {@code end} and a Russian
   * surname the patronymic ("Piot Yurievich Tsvetov").
   */
  private boolean patronymicAndSurnameAfter(String word, String text, int end) {
    if (RussianNames.isCyrillic(word) || end + 1 >= text.length()) {
      return false;
    }
    int e = wordEnd(text, end + 1);
    if (e + 1 >= text.length() || text.charAt(e) != ' '
        || !isPatronymic(text.substring(end + 1, e))) {
      return false;
    }
    int s = e + 1;
    int f = wordEnd(text, s);
    return f > s && Character.isUpperCase(text.charAt(s))
        && names.endsAsRussianSurname(text.substring(s, f));
  }

  @Override
  Item nameAt(String text, int p, boolean[] covered, List<Item> items) {
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
            || words.bylineBefore(text, start)
        ? null : personFor(text.substring(start, end), tokens, items);
    return id == null ? null : new Item(TermKind.PERSON, id, start, end, null);
  }

  /**
   * The end of the name starting at {@code p}: the given name, a patronymic if one follows, and
   * the surname, all capitalised and covered by no other mention; its words go to {@code tokens}.
   */
  private int nameEnd(String text, int p, boolean[] covered, List<String> tokens) {
    int q = p;
    int end = p;
    while (tokens.size() < 3 && q < text.length()) {
      int e = seamIn(text, q, wordEnd(text, q));
      if (e == q || !Character.isUpperCase(text.charAt(q)) || Coverage.overlaps(covered, q, e)) {
        break;
      }
      String word = text.substring(q, e);
      tokens.add(word);
      end = e;
      boolean patronymic = tokens.size() == 2 && isPatronymic(word);
      if (tokens.size() == 2 && !patronymic || e >= text.length()) {
        break;
      }
      if (text.charAt(e) == ' ') {
        q = e + 1;
      } else if (Character.isUpperCase(text.charAt(e))) {
        q = e; // "Yevgeny AlexandrovichPrimakov" on a page that runs words together
      } else {
        break;
      }
    }
    return end;
  }

  /**
   * Where the word at {@code [q, e)} ends in a text that runs words together: at its first
   * capital after a small letter ("AlexandrovichPrimakov"); else at {@code e}.
   */
  private int seamIn(String text, int q, int e) {
    for (int i = q + 2; i < e; i++) {
      if (NameKeys.seamAt(text, i) && seams.getAsBoolean()) {
        return i;
      }
    }
    return e;
  }

  private boolean isPatronymic(String word) {
    return keys.isPatronymicWord(Lexicon.fold(word));
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
    if (tokens.size() == 2 && isPatronymic(tokens.get(1))) {
      return null; // "Nikolai Ivanovich": a given name and a patronymic name no one in full
    }
    // the given name and the surname, wherever the surname stands
    int given = official && names.isGivenName(tokens.get(1)) ? 1 : 0;
    boolean cyrillic = RussianNames.isCyrillic(tokens.get(0));
    List<String> givenAndSurname = given == 1
        ? List.of(tokens.get(1), tokens.get(0))
        : List.of(tokens.get(0), tokens.get(tokens.size() - 1));
    boolean patronymicBetween = tokens.size() == 3 && isPatronymic(tokens.get(1))
        && names.endsAsRussianSurname(tokens.get(2));
    if (cyrillic ? names.read(tokens) == null
        : !names.looksRussian(givenAndSurname) && !patronymicBetween) {
      return null;
    }
    return unlisted.personFor(name, tokens, NO_TITLE, null, null, "",
        UnlistedOfficials.countrySharingRussianNamesNamed(items));
  }
}
