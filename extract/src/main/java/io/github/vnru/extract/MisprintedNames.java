package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 10: a name the article prints one letter off another it prints more often under the same
 * title is that name misprinted ("Deputy Defence Minister … Le Chien" in the lead, "Deputy Defence
 * Minister … Le Chiem" and "Chiem" in the body), and one printed without the last word of another
 * under the same title is that name cut short: its mentions are the other's. Only names the
 * registry does not list are renamed; a listed one's spellings are the registry's business.
 */
final class MisprintedNames {
  private MisprintedNames() {}

  static void merge(List<Scanned> sentences, Set<String> unlistedIds) {
    Map<String, Integer> counts = new HashMap<>();
    // each person's first title as printed; folded only for the few compared
    Map<String, String> titles = new HashMap<>();
    boolean titledUnlisted = false;
    for (Scanned s : sentences) {
      for (Item it : s.items) {
        if (it.kind == TermKind.PERSON && it.emitted) {
          counts.merge(it.id, 1, Integer::sum);
          if (it.title != null && titles.putIfAbsent(it.id, it.title) == null) {
            titledUnlisted |= unlistedIds.contains(it.id);
          }
        }
      }
    }
    if (!titledUnlisted) {
      return;
    }
    Map<String, String> folded = new HashMap<>();
    Map<String, String> renamed = new HashMap<>();
    for (String rare : counts.keySet()) {
      if (!titles.containsKey(rare) || !unlistedIds.contains(rare)) {
        continue;
      }
      String title = foldedTitle(rare, titles, folded);
      String found = null;
      int fits = 0;
      for (String other : counts.keySet()) {
        if ((unlistedIds.contains(other) && counts.get(other) > counts.get(rare)
            && oneLetterApart(rare, other) || cutShort(rare, other))
            && title.equals(foldedTitle(other, titles, folded))) {
          found = other;
          fits++;
        }
      }
      if (fits == 1) {
        renamed.put(rare, found); // two that fit: neither is sure
      }
    }
    if (renamed.isEmpty()) {
      return;
    }
    for (Scanned s : sentences) {
      for (Item it : s.items) {
        if (it.kind == TermKind.PERSON) {
          it.id = renamed.getOrDefault(it.id, it.id);
        }
      }
    }
  }

  /** The folded title of person {@code id}, or null when none was printed; folded once. */
  private static String foldedTitle(
      String id, Map<String, String> titles, Map<String, String> folded) {
    String t = titles.get(id);
    return t == null ? null : folded.computeIfAbsent(id, k -> Lexicon.fold(t.strip()));
  }

  /**
   * Whether id {@code rare} of three words or more is the first words of id {@code full}: a name
   * printed without its last word ("Phó Chủ tịch nước Đặng Thị Ngọc" beside "Phó Chủ tịch nước
   * Đặng Thị Ngọc Thịnh"). Short forms leave out first words, never the last, which is the given
   * name of a Vietnamese and the surname of a Russian.
   */
  private static boolean cutShort(String rare, String full) {
    return full.length() > rare.length() + 1 && full.startsWith(rare)
        && full.charAt(rare.length()) == '-' && rare.chars().filter(c -> c == '-').count() >= 2;
  }

  /** Whether two ids of the same length differ in one letter, not a hyphen. */
  private static boolean oneLetterApart(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int differ = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (a.charAt(i) == '-' || b.charAt(i) == '-' || ++differ > 1) {
          return false;
        }
      }
    }
    return differ == 1;
  }
}
