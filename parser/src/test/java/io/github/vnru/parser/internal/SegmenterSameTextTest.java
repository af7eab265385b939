package io.github.vnru.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

final class SegmenterSameTextTest {
  @Test
  void examples() {
    assertTrue(Segmenter.sameText("  Putin  thăm\u00a0Hà Nội ", "Putin thăm Hà Nội"));
    assertTrue(Segmenter.sameText("", " \t "));
    assertFalse(Segmenter.sameText("Putin thăm", "Putin thăm Hà Nội"));
    assertFalse(Segmenter.sameText("Putinthăm", "Putin thăm"));
  }

  @Test
  void randomTexts_sameAsComparingTheCollapsedTexts() {
    char[] alphabet = {'a', 'b', ' ', '\u00a0', '\t', 'ệ', ' '};
    Random random = new Random(12);
    for (int k = 0; k < 20_000; k++) {
      String a = text(random, alphabet);
      String b = random.nextInt(3) == 0 ? a.replace(' ', '\u00a0') : text(random, alphabet);
      assertEquals(Segmenter.collapse(a).equals(Segmenter.collapse(b)), Segmenter.sameText(a, b),
          a + " | " + b);
    }
  }

  private static String text(Random random, char[] alphabet) {
    char[] t = new char[random.nextInt(7)];
    for (int i = 0; i < t.length; i++) {
      t[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return new String(t);
  }
}
