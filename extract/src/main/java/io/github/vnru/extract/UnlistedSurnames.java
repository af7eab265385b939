package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.PersonId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Stage 7: once an unlisted person is named in full, the surname alone names them too, as a
 * whole word that no other mention covers.
 */
final class UnlistedSurnames {
  private final UnlistedPersons unlisted;

  UnlistedSurnames(UnlistedPersons unlisted) {
    this.unlisted = unlisted;
  }

  void add(Scanned s, List<Item> items) {
    String text = s.text();
    boolean[] covered = null;
    for (Map.Entry<PersonId, String> e : unlisted.surnames().entrySet()) {
      String surname = e.getValue();
      if (text.indexOf(surname) < 0) {
        continue; // the cheap test first: most sentences name none of them
      }
      // each whole-word occurrence, left to right; a plain search, not a regex per sentence
      int from = 0;
      int a;
      while ((a = text.indexOf(surname, from)) >= 0) {
        int b = a + surname.length();
        if (!wordBoundaries(text, a, b)) {
          from = a + 1;
          continue;
        }
        from = b;
        if (covered == null) {
          covered = Coverage.of(text, items);
        }
        if (!Coverage.overlaps(covered, a, b)) {
          items.add(new Item(TermKind.PERSON, e.getKey().value(), a, b, null));
          Arrays.fill(covered, a, b, true);
        }
      }
    }
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
