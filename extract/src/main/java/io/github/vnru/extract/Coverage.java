package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import java.util.Arrays;
import java.util.List;

/** Which chars of a sentence the mentions found so far cover. */
final class Coverage {
  private Coverage() {}

  /** Which chars of {@code text} some item covers. */
  static boolean[] of(String text, List<Item> items) {
    boolean[] covered = new boolean[text.length() + 1];
    for (Item i : items) {
      Arrays.fill(covered, i.start, i.end, true);
    }
    return covered;
  }

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
