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
 * Minister … Le Chiem" and "Chiem" in the body), one printed without the last word of another
 * under the same title is that name cut short, initials before a surname ("M. Akimov") are the
 * one full name of that surname and initial the article prints, and a surname alone ("Major
 * General Belevitin") is the one full name of that surname: its mentions are the other's. Only
 * names the registry does not list are renamed; a listed one's spellings are the registry's
 * business.
 */
final class MisprintedNames {
  private MisprintedNames() {}

  static void merge(List<Scanned> sentences, Set<String> unlistedIds) {
    Map<String, Integer> counts = new HashMap<>();
    // each person's first title as printed; folded only for the few compared
    Map<String, String> titles = new HashMap<>();
    boolean candidates = false;
    for (Scanned s : sentences) {
      for (Item it : s.items) {
        if (it.kind == TermKind.PERSON && it.emitted) {
          if (counts.merge(it.id, 1, Integer::sum) == 1 && unlistedIds.contains(it.id)) {
            candidates |= initialsOnly(it.id) || surnameOnly(it.id);
          }
          if (it.title != null && titles.putIfAbsent(it.id, it.title) == null) {
            candidates |= unlistedIds.contains(it.id);
          }
        }
      }
    }
    if (!candidates) {
      return;
    }
    Map<String, String> folded = new HashMap<>();
    Map<String, String> renamed = new HashMap<>();
    for (String rare : counts.keySet()) {
      boolean initials = initialsOnly(rare) || surnameOnly(rare);
      if (!unlistedIds.contains(rare) || !initials && !titles.containsKey(rare)) {
        continue;
      }
      String title = foldedTitle(rare, titles, folded);
      String found = null;
      int fits = 0;
      for (String other : counts.keySet()) {
        if (initials ? initialsOf(rare, other)
            : (unlistedIds.contains(other) && counts.get(other) > counts.get(rare)
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
    rename(sentences, renamed);
  }

  /** Gives every person mention of an id {@code renamed} holds the id it maps to. */
  static void rename(List<Scanned> sentences, Map<String, String> renamed) {
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

  /** Whether an id is initials and a surname ({@code m-akimov}, {@code v-v-petrov}). */
  private static boolean initialsOnly(String id) {
    int last = id.lastIndexOf('-');
    if (last < 1) {
      return false;
    }
    for (int i = 0; i < last; i += 2) {
      if (id.charAt(i + 1) != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether id {@code initials} ({@code m-akimov}) is the initial of id {@code full}'s given name
   * before the same surname ({@code maxim-akimov}): "M. Akimov" named before "Maxim Akimov" is he.
   */
  private static boolean initialsOf(String initials, String full) {
    if (surnameOnly(initials)) {
      return !surnameOnly(full) && !initialsOnly(full) && full.endsWith("-" + initials);
    }
    String surname = initials.substring(initials.lastIndexOf('-'));
    return !full.equals(initials) && !initialsOnly(full) && full.endsWith(surname)
        && full.length() > surname.length() && full.charAt(0) == initials.charAt(0);
  }

  /** Whether an id is one word, a surname alone ({@code belevitin}). */
  private static boolean surnameOnly(String id) {
    return id.indexOf('-') < 0;
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
