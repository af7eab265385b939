package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.Term;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Stage 2: picks mentions from the candidates, longest first, then leftmost, without overlaps;
 * at one span an institution beats a person, a person a party, a party a place. Of several
 * persons who share a spelling, the one named in full nearest before wins; a short form is left
 * unresolved (id null) for {@link ShortForms}.
 */
final class MentionSelection {
  /** Longest first, then leftmost; one comparison, as it runs for every sentence. */
  private static final Comparator<Candidate> LONGEST_FIRST = (a, b) -> a.length() != b.length()
      ? Integer.compare(b.length(), a.length())
      : Integer.compare(a.start(), b.start());

  private final FullMentions fullMentions;
  private final Lexicon lexicon;
  /** Whether the last {@link #select} asked {@link #fullMentions} (a spelling of several persons). */
  private boolean askedFullMentions;

  MentionSelection(FullMentions fullMentions, Lexicon lexicon) {
    this.fullMentions = fullMentions;
    this.lexicon = lexicon;
  }

  /**
   * Whether the last {@link #select} depended on nothing but its candidates: no spelling of
   * several persons made it ask which was named in full nearest before, which a later selection
   * may answer otherwise.
   */
  boolean lastDependedOnCandidatesOnly() {
    return !askedFullMentions;
  }

  List<Item> select(Scanned s, List<Candidate> candidates) {
    askedFullMentions = false;
    long[] keys = longestFirstKeys(candidates);
    List<Candidate> sorted = keys == null ? longestFirst(candidates) : null;
    int n = candidates.size();
    List<Item> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      Candidate c = keys != null ? candidates.get((int) (keys[k] & KEY_PART)) : sorted.get(k);
      if (overlapsAny(out, c.start(), c.end())
          || titleOnly(c) && titleStartingBefore(candidates, c)) {
        continue;
      }
      Term best = c.terms().get(0);
      for (Term t : c.terms()) {
        if (rank(t.kind()) < rank(best.kind())) {
          best = t;
        }
      }
      // "tại Nghệ An": the place is the name after the word of place
      int start = lexicon.ledByPlaceWord(best) ? afterFirstWord(s.text(), c.start()) : c.start();
      Item it = new Item(best.kind(), best.id(), start, c.end(), best);
      if (best.kind() == TermKind.PERSON) {
        // Several persons may share a spelling: prefer one named in full in the article. A
        // spelling of one term names one person: its ids are not listed.
        List<String> ids = c.terms().size() > 1 ? personIds(c.terms()) : List.of();
        if (ids.size() > 1) {
          askedFullMentions = true;
          int pos = s.sentence.start() + c.start();
          it.id = fullMentions.nearest(ids, pos).orElse(ids.get(0));
        }
        if (best.contextual()) {
          it.id = null; // resolved later
        }
      }
      out.add(it);
    }
    return out;
  }

  /**
   * Whether some of {@code items} overlaps {@code [a, b)} (no span is empty): a scan, as a
   * sentence selects few, where an array of its chars would be made for every sentence.
   */
  private static boolean overlapsAny(List<Item> items, int a, int b) {
    for (int k = 0; k < items.size(); k++) {
      Item i = items.get(k);
      if (i.start < b && a < i.end) {
        return true;
      }
    }
    return false;
  }

  /** The index of the second word from {@code from}: past the first word and the spaces after. */
  private static int afterFirstWord(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Each thread's sort keys, reused: every sentence's candidates are sorted, once or twice. */
  private static final ThreadLocal<long[]> KEYS = ThreadLocal.withInitial(() -> new long[32]);

  /** Offsets, lengths and list positions up to this fit in a sort key. */
  private static final int KEY_PART = (1 << 21) - 1;

  /**
   * The positions in {@code candidates} in the order {@link #LONGEST_FIRST} sorts them (stably),
   * in the low bits of keys of length, start and position in one long each, as every sentence's
   * candidates are sorted twice and a comparator reading each candidate costs more than the sort;
   * null when an offset does not fit in a key.
   */
  private static long[] longestFirstKeys(List<Candidate> candidates) {
    int n = candidates.size();
    long[] keys = Chars.longs(KEYS, n);
    for (int k = 0; k < n; k++) {
      Candidate c = candidates.get(k);
      if (c.end() > KEY_PART || n > KEY_PART) {
        return null;
      }
      keys[k] = (long) (KEY_PART - c.length()) << 42 | (long) c.start() << 21 | k;
    }
    Arrays.sort(keys, 0, n);
    return keys;
  }

  /** {@code candidates} sorted by {@link #LONGEST_FIRST}, when their keys do not fit. */
  private static List<Candidate> longestFirst(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(LONGEST_FIRST);
    return sorted;
  }

  /** Whether every term of {@code c} is a title. */
  private static boolean titleOnly(Candidate c) {
    for (Term t : c.terms()) {
      if (t.kind() != TermKind.TITLE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a title starts before {@code c} and ends inside it: the head of the phrase, whose
   * complement {@code c} only begins ("Deputy Minister" of "Deputy Minister of Foreign Affairs",
   * "заместитель министра" of "заместитель министра иностранных дел"), so {@code c} is no office
   * of its own.
   */
  private static boolean titleStartingBefore(List<Candidate> candidates, Candidate c) {
    for (Candidate d : candidates) {
      if (d.start() < c.start() && d.end() > c.start() && d.end() < c.end() && titleOnly(d)) {
        return true;
      }
    }
    return false;
  }

  /** The distinct ids of the persons among {@code terms}, in order. */
  private static List<String> personIds(List<Term> terms) {
    List<String> ids = new ArrayList<>(terms.size());
    for (Term t : terms) {
      if (t.kind() == TermKind.PERSON && !ids.contains(t.id())) {
        ids.add(t.id());
      }
    }
    return ids;
  }

  private static int rank(TermKind k) {
    switch (k) {
      case INSTITUTION:
        return 0;
      case PERSON:
        return 1;
      case PARTY:
        return 2;
      case PLACE:
        return 3;
      default:
        return 4;
    }
  }
}
