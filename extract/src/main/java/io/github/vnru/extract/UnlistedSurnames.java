package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.RussianNames;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Stage 7: once an unlisted person is named in full, the surname alone names them too, as a
 * whole word that no other mention covers and that no other capitalised word joins ("tỉnh Nghệ
 * An" is a province, not Bùi Thanh An).
 */
final class UnlistedSurnames {
  private final UnlistedPersons unlisted;
  private final MentionWords words;
  /** The article's sentences, each with its items once its turn is done. */
  private final List<Scanned> sentences;

  UnlistedSurnames(UnlistedPersons unlisted, MentionWords words, List<Scanned> sentences) {
    this.unlisted = unlisted;
    this.words = words;
    this.sentences = sentences;
  }

  void add(Scanned s, List<Item> items) {
    String text = s.text();
    boolean[] covered = null;
    for (Map.Entry<PersonId, String> e : unlisted.surnames().entrySet()) {
      String surname = e.getValue();
      // a Russian surname in another case ("Петровского") is looked for apart
      if (RussianNames.isCyrillic(surname) && surname.length() >= MIN_DECLINED_SURNAME) {
        covered = addDeclined(text, items, e.getKey(), surname, covered);
      }
      // each whole-word occurrence, left to right; a plain search, not a regex per sentence (the
      // first a cheap test: most sentences name none of them)
      int from = 0;
      int a;
      while ((a = text.indexOf(surname, from)) >= 0) {
        int b = a + surname.length();
        if (!wordBoundaries(text, a, b)) {
          from = a + 1;
          continue;
        }
        from = b;
        if (a == 0 && words.isArticle(surname) && b + 1 < text.length()
            && text.charAt(b) == ' ' && Character.isLowerCase(text.charAt(b + 1))) {
          continue; // "An official reception was held": the article, not Trần Hà An
        }
        if (covered == null) {
          covered = Coverage.of(text, items);
        }
        if (!Coverage.overlaps(covered, a, b)
            && !inLongerName(text, a, b, covered, nameWords(e.getKey()))) {
          items.add(new Item(TermKind.PERSON, e.getKey().value(), a, b, null));
          Arrays.fill(covered, a, b, true);
        } else {
          claimFromRegistered(text, items, a, b, e.getKey().value());
        }
      }
    }
  }

  /** The shortest Russian surname whose other cases are looked for ({@code Цветов}). */
  private static final int MIN_DECLINED_SURNAME = 5;

  /**
   * Adds the Russian {@code surname} met in another case ("По словам П. Цветова" after "Петр
   * Цветов"): a whole word sharing all but the surname's last two letters that the case rules
   * make of it; returns the coverage of {@code items}, made here if still null.
   */
  private boolean[] addDeclined(String text, List<Item> items, PersonId id, String surname,
      boolean[] covered) {
    String stem = surname.substring(0, surname.length() - 2);
    int from = 0;
    int a;
    while ((a = text.indexOf(stem, from)) >= 0) {
      int b = UntitledNames.wordEnd(text, a);
      from = Math.max(b, a + 1);
      if (b - a == surname.length() && text.startsWith(surname, a)
          || !wordBoundaries(text, a, b)
          || !RussianNames.defaults().isSurnameForm(text.substring(a, b), surname)) {
        continue; // the surname as written is the loop above's
      }
      if (covered == null) {
        covered = Coverage.of(text, items);
      }
      if (!Coverage.overlaps(covered, a, b)
          && !inLongerName(text, a, b, covered, nameWords(id))) {
        items.add(new Item(TermKind.PERSON, id.value(), a, b, null));
        Arrays.fill(covered, a, b, true);
      }
    }
    return covered;
  }

  /**
   * The surname alone at {@code [a, b)}, read as a registered person's the article has not named
   * in full ("Zyuganov said" after "Zyuganov Leonid, head of the Moscow City Duma's commission"), is
   * the unlisted person {@code id} the article introduced.
   */
  private void claimFromRegistered(String text, List<Item> items, int a, int b, String id) {
    for (Item it : items) {
      if (it.kind == TermKind.PERSON && it.start == a && it.end == b && it.id != null
          && !it.id.equals(id) && !unlisted.persons().containsKey(PersonId.of(it.id))
          && !namedInFull(it.id, text, items)) {
        it.id = id;
      }
    }
  }

  /**
   * Whether a mention of more than one word names {@code id} in {@code items} (of {@code text})
   * or in the sentences done before: asked only of a lone surname two persons share, so rarely.
   */
  private boolean namedInFull(String id, String text, List<Item> items) {
    if (inFull(id, text, items)) {
      return true;
    }
    for (Scanned done : sentences) {
      if (inFull(id, done.text(), done.items)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inFull(String id, String text, List<Item> items) {
    for (Item it : items) {
      if (it.kind == TermKind.PERSON && id.equals(it.id)) {
        int space = text.indexOf(' ', it.start);
        if (space >= 0 && space < it.end) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code [a, b)} is part of a longer name: a capitalised word that no mention covers
   * and that is not one of the person's own {@code nameWords} ("Khovanskaya Galina") stands right
   * before it (not the sentence's first word, capitalised as such) or right after it, spaces
   * apart.
   */
  private static boolean inLongerName(
      String text, int a, int b, boolean[] covered, List<String> nameWords) {
    int w = UntitledNames.wordBefore(text, a);
    if (w > 0 && !covered[w] && Character.isUpperCase(text.charAt(w))
        && !nameWords.contains(text.substring(w, a).strip())) {
      return true;
    }
    int q = b;
    while (q < text.length() && text.charAt(q) == ' ') {
      q++;
    }
    int e = UntitledNames.wordEnd(text, q);
    return q > b && e > q && !covered[q] && Character.isUpperCase(text.charAt(q))
        && !nameWords.contains(text.substring(q, e));
  }

  /** The words of unlisted person {@code id}'s name as the article wrote it. */
  private List<String> nameWords(PersonId id) {
    Person p = unlisted.persons().get(id);
    return p == null ? List.of() : List.of(p.name().split(" "));
  }

  /**
   * Whether no letter or number (Unicode categories L and N) stands right before {@code a} (one
   * char) or right after {@code b} (one code point).
   */
  private static boolean wordBoundaries(String text, int a, int b) {
    return (a == 0 || !letterOrNumber(text.charAt(a - 1)))
        && (b >= text.length() || !letterOrNumber(text.codePointAt(b)));
  }

  private static boolean letterOrNumber(int cp) {
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
