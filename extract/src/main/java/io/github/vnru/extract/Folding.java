package io.github.vnru.extract;

import java.text.Normalizer;

/**
 * Folds text for matching names: diacritics dropped ({@code ễ} to {@code e}, {@code đ} to {@code
 * d}), letters lower-cased by {@link java.util.Locale#ROOT} rules. Folding maps each UTF-16 char
 * to exactly one char, so offsets in folded text are offsets in the original: a match found in
 * {@code fold(text)} spans the same characters of {@code text}.
 */
public final class Folding {
  /**
   * The folded form of each char, filled in on the char's first use ({@code 0}: not yet; no char
   * but {@code 0} folds to {@code 0}). Computing all 65,536 up front cost a noticeable part of a
   * short command's start-up. Threads may race to fill an entry; each writes the same value.
   */
  private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

  private Folding() {}

  private static char computeFold(char c) {
    if (c < 0x80) {
      return (c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c;
    }
    if (c == 'đ' || c == 'Đ' || c == 'ð' || c == 'Ð') {
      return 'd';
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = d.charAt(0);
    char lower = Character.toLowerCase(base);
    // toLowerCase(char) is locale-independent; keep one char per char, whatever happens.
    return lower;
  }

  /** The folded form of one char. */
  public static char fold(char c) {
    char f = TABLE[c];
    if (f == 0 && c != 0) {
      f = computeFold(c);
      TABLE[c] = f;
    }
    return f;
  }

  /** The folded form of {@code text}, of the same length. */
  public static String fold(CharSequence text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(text.charAt(i));
    }
    return new String(out);
  }

  /**
   * The Levenshtein distance between {@code a} and {@code b} (insertions, deletions and
   * substitutions of one char each), for suggesting the closest known names.
   */
  public static int editDistance(CharSequence a, CharSequence b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitute, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
