package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.TitleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The scan the stages of names without a title share ({@link UntitledRussianNames}, {@link
 * UntitledVietnameseNames}): at each capitalised word followed by another that may start such a
 * name, the stage reads the name there, if any, over what no other mention covers.
 */
abstract class UntitledNames {
  /** No office: the person is named, not introduced. */
  static final TitleEntry NO_TITLE =
      new TitleEntry("honorific", Optional.empty(), List.of("-"), true, Optional.empty(),
          List.of(), Optional.empty());

  /** Marks standing before or after a photographer's name in a credit. */
  private static final String CREDIT_BEFORE = "/©";
  private static final String CREDIT_AFTER = "/|)";

  /**
   * Whether a name may start with {@code word}, capitalised and followed by a capitalised word;
   * the word ends at {@code end} in {@code text}.
   */
  abstract boolean mayStart(String word, String folded, String text, int end);

  /**
   * The person named from {@code p}, or null; {@code covered} marks the chars other mentions
   * hold.
   */
  abstract Item nameAt(String text, int p, boolean[] covered, List<Item> items);

  final void add(Scanned s, List<Item> items) {
    String text = s.text();
    if (s.namePairs == null) {
      s.namePairs = namePairs(s.chars);
      // each pair's first word, cut when first asked, once for both stages
      s.namePairWords = new String[s.namePairs.length / 2];
      s.namePairFolded = new String[s.namePairs.length / 2];
    }
    int[] pairs = s.namePairs;
    boolean[] covered = null;
    List<Item> added = new ArrayList<>();
    // a name found ends where a word does (at a char that is no letter or hyphen, or the end),
    // where the scan of namePairs stops too: from there on, that scan stops at the pairs it lists
    int from = 0;
    for (int k = 0; k < pairs.length; k += 2) {
      int p = pairs[k];
      // a first word another mention covers starts no name (nameAt stops there, with no words):
      // most pairs are the registry's names and titles, ruled out before their words are cut
      if (p < from || overlapsAny(items, p, pairs[k + 1])) {
        continue;
      }
      if (s.namePairWords[k / 2] == null) {
        s.namePairWords[k / 2] = text.substring(p, pairs[k + 1]);
        s.namePairFolded[k / 2] = new String(s.folded, p, pairs[k + 1] - p);
      }
      if (!mayStart(s.namePairWords[k / 2], s.namePairFolded[k / 2], text, pairs[k + 1])) {
        continue;
      }
      if (covered == null) {
        covered = Coverage.of(text, items);
      }
      Item found = nameAt(text, p, covered, items);
      if (found != null) {
        added.add(found);
        from = found.end;
      }
    }
    items.addAll(added);
  }

  /** Whether some item covers a char of {@code [a, b)}, as {@link Coverage#overlaps} would say. */
  static boolean overlapsAny(List<Item> items, int a, int b) {
    for (Item it : items) {
      if (it.start < b && it.end > a && it.start < it.end) {
        return true;
      }
    }
    return false;
  }

  /**
   * The capitalised words of a sentence (its chars {@code t}) that a name may start with, as start
   * and end, one pair after another: a capital that starts a word, the word followed by a space
   * and another capital. Scanned once per sentence for both stages, as the scan is the same and
   * reads every char (from the first pass's array: charAt on a two-byte String costs more than the
   * tests), while few words pass.
   */
  private static int[] namePairs(char[] t) {
    int[] out = new int[8];
    int size = 0;
    int n = t.length;
    int p = 0;
    while (p < n) {
      // only at a capital that starts a word: most chars are ruled out by one table look-up
      if (!Chars.isUpperCase(t[p]) || p > 0 && Chars.isLetter(t[p - 1])) {
        p++;
        continue;
      }
      int e = wordEnd(t, p);
      // a name is two capitalised words or more: most words are ruled out before any look-up
      if (e + 1 < n && t[e] == ' ' && Chars.isUpperCase(t[e + 1])) {
        if (size == out.length) {
          out = Arrays.copyOf(out, 2 * size);
        }
        out[size++] = p;
        out[size++] = e;
      }
      p = Math.max(e, p + 1);
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * Whether the name at {@code [start, end)} credits a photo or video ({@code © Sputnik / Mikhail
   * Klimentiev /}, {@code Григорий Сысоев/РИА Новости}, {@code Ảnh: Nguyễn Văn Hải}): a
   * photographer named, not a person the article speaks of. A colon marks a credit after a
   * capitalised label ({@code Ảnh:}, {@code Текст:}); after a lower-case word it opens a list
   * of persons ({@code có các đồng chí: Bùi Đình Long, …}).
   */
  static boolean isCredit(String text, int start, int end) {
    int b = start;
    while (b > 0 && text.charAt(b - 1) == ' ') {
      b--;
    }
    int a = end;
    while (a < text.length() && text.charAt(a) == ' ') {
      a++;
    }
    boolean afterLabel = false;
    if (b > 0 && text.charAt(b - 1) == ':') {
      int w = wordBefore(text, b - 1);
      afterLabel = w >= 0 && Chars.isUpperCase(text.charAt(w));
    }
    return afterLabel || b > 0 && CREDIT_BEFORE.indexOf(text.charAt(b - 1)) >= 0
        || a < text.length() && CREDIT_AFTER.indexOf(text.charAt(a)) >= 0;
  }

  /** {@link #wordEnd(String, int)} in the text's chars. */
  private static int wordEnd(char[] text, int p) {
    int e = p;
    while (e < text.length && (Chars.isLetter(text[e])
        || text[e] == '-' && e + 1 < text.length && Chars.isLetter(text[e + 1]))) {
      e++;
    }
    return e;
  }

  /** The start of the word of letters that ends, spaces apart, right before {@code p}, or -1. */
  static int wordBefore(String text, int p) {
    int e = p;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    int w = e;
    while (w > 0 && Chars.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return w < e ? w : -1;
  }

  /**
   * The end of the word of letters and hyphens at {@code p}; a hyphen joins letters ("Mi-khai-in"),
   * one before a space is a dash ("Trần Hoa- Tư lệnh").
   */
  static int wordEnd(String text, int p) {
    int e = p;
    while (e < text.length() && (Chars.isLetter(text.charAt(e)) || text.charAt(e) == '-'
        && e + 1 < text.length() && Chars.isLetter(text.charAt(e + 1)))) {
      e++;
    }
    return e;
  }
}
