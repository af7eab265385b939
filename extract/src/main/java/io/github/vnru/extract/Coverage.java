package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.internal.Chars;
import java.util.Arrays;
import java.util.List;

/** Which chars of a sentence the mentions found so far cover. */
final class Coverage {
  private Coverage() {}

  /**
   * Which chars of {@code text} some item covers, in the thread's array (only its first {@code
   * text.length() + 1} count), good until the next call: each of the stages that ask holds it
   * while it reads one sentence and calls no other, and every sentence asks again.
   */
  static boolean[] of(String text, List<Item> items) {
    int n = text.length() + 1;
    boolean[] covered = COVERED.get();
    if (covered.length < n) {
      covered = new boolean[Chars.grown(covered.length, n)];
      if (covered.length <= Chars.KEPT_AT_MOST) {
        COVERED.set(covered);
      }
    } else {
      Arrays.fill(covered, 0, n, false);
    }
    for (Item i : items) {
      Arrays.fill(covered, i.start, i.end, true);
    }
    return covered;
  }

  private static final ThreadLocal<boolean[]> COVERED =
      ThreadLocal.withInitial(() -> new boolean[512]);

  /** Whether any char of {@code [a, b)} is covered. */
  static boolean overlaps(boolean[] covered, int a, int b) {
    for (int i = a; i < b; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }
}
