package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.PersonId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 7: once an unlisted person is named in full, the surname alone names them too, as a
 * whole word that no other mention covers.
 */
final class UnlistedSurnames {
  private final UnlistedPersons unlisted;
  /** Per unlisted person: a compiled pattern for its surname, made once. */
  private final Map<PersonId, Pattern> patterns = new HashMap<>();

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
      Matcher m =
          patterns
              .computeIfAbsent(
                  e.getKey(),
                  k ->
                      Pattern.compile(
                          "(?<![\\p{L}\\p{N}])" + Pattern.quote(surname) + "(?![\\p{L}\\p{N}])"))
              .matcher(text);
      while (m.find()) {
        int a = m.start();
        int b = m.end();
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
}
