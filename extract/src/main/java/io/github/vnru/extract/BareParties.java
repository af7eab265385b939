package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Stage 4b: the bare party word of the language ({@code Đảng}) names its party when no mention
 * covers it, no capitalised name follows ({@code Đảng Dân chủ Mỹ}) and no plural marker precedes
 * it ({@code các Đảng}). Words from {@code mentions.tsv}.
 */
final class BareParties {
  private final MentionWords words;

  BareParties(MentionWords words) {
    this.words = words;
  }

  void add(Scanned s, List<Item> items) {
    String text = s.text();
    boolean[] covered = null;
    for (MentionWords.BareParty bare : words.bareParties()) {
      // find() in a loop, but the regex is tried only where its literal word occurs
      Matcher m =
          bare.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      int from = 0;
      for (int at = text.indexOf(bare.word()); at >= 0; at = text.indexOf(bare.word(), from)) {
        if (!m.region(at, text.length()).lookingAt()) {
          from = at + 1;
          continue;
        }
        int a = m.start();
        int b = m.end();
        from = b;
        if (covered == null) {
          covered = Coverage.of(text, items);
        }
        if (Coverage.overlaps(covered, a, b)) {
          continue;
        }
        // "Đảng Dân chủ Mỹ": a capitalised name follows, so it is some other party.
        int j = b;
        while (j < text.length() && text.charAt(j) == ' ') {
          j++;
        }
        if (j > b && j < text.length() && Character.isUpperCase(text.charAt(j))) {
          continue;
        }
        if (words.pluralBeforeParty(text, a)) {
          continue;
        }
        items.add(new Item(TermKind.PARTY, bare.party(), a, b, null));
        Arrays.fill(covered, a, b, true);
      }
    }
  }
}
