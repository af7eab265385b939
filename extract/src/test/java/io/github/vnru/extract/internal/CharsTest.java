package io.github.vnru.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class CharsTest {
  @Test
  void everyChar_answersAsTheCharacterMethods() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      String at = "U+" + Integer.toHexString(i);
      assertEquals(
          Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF',
          Chars.isBlank(c), at);
      assertEquals(Character.isWhitespace(c), Chars.isWhitespace(c), at);
      assertEquals(Character.isLetter(c), Chars.isLetter(c), at);
      assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), at);
      assertEquals(Character.isUpperCase(c), Chars.isUpperCase(c), at);
      assertEquals(Character.isLowerCase(c), Chars.isLowerCase(c), at);
      assertEquals(Character.isDigit(c), Chars.isDigit(c), at);
      assertEquals(
          Character.isLetterOrDigit(LanguagePack.lower(c)), Chars.isLowerLetterOrDigit(c), at);
      boolean letter = Character.isLetter(c);
      assertEquals(
          letter && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC,
          Chars.isCyrillic(c), at);
      assertEquals(
          letter && c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN,
          Chars.isLatinBeyondAscii(c), at);
    }
  }

  @Test
  void aCharWhoseFoldIsALetterOrDigit_isOne() {
    // the automaton drops a registry spelling's or a phrase's hit right after a letter or digit of
    // the folded text; the text's own char is then one too, lower-cased or not, so no hit on a
    // word boundary is lost
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (Chars.isLetterOrDigit(Lexicon.fold(String.valueOf(c)).charAt(0))) {
        assertTrue(Chars.isLetterOrDigit(c), "U+" + Integer.toHexString(i));
        assertTrue(Chars.isLowerLetterOrDigit(c), "U+" + Integer.toHexString(i));
      }
    }
  }

  @Test
  void aScratchArrayForAVeryLargeText_isNotKept() {
    ThreadLocal<char[]> buffer = ThreadLocal.withInitial(() -> new char[4]);
    char[] small = Chars.copyInto(buffer, "abcdef");
    assertEquals("abcdef", new String(small, 0, 6));
    assertSame(small, buffer.get());

    String large = "x".repeat(Chars.KEPT_AT_MOST + 1);
    char[] once = Chars.copyInto(buffer, large);
    assertEquals(large, new String(once, 0, large.length()));
    assertSame(small, buffer.get());

    ThreadLocal<long[]> keys = ThreadLocal.withInitial(() -> new long[4]);
    long[] first = keys.get();
    assertEquals(Chars.KEPT_AT_MOST + 1, Chars.longs(keys, Chars.KEPT_AT_MOST + 1).length);
    assertSame(first, keys.get());
    assertSame(Chars.longs(keys, 100), keys.get());
  }

  @Test
  void examples() {
    assertTrue(Chars.isCyrillic('ж'));
    assertTrue(Chars.isLatinBeyondAscii('ệ'));
    assertFalse(Chars.isLatinBeyondAscii('e'));
    assertTrue(Chars.isBlank('\u00a0'));
    assertFalse(Chars.isWhitespace('\u00a0'));
  }

  @Test
  void words_countsAsTheRegexSplitOfTheStrippedText() {
    String[] texts = {"", " ", "\u2003", "one", "  two words ", "a\t\tb\nc", "x\u00a0y",
        "\u2003lead and trail\u3000", "a \u2003 b", "a\u000bb\fc\rd", "\u001fa b\u001f"};
    for (String t : texts) {
      String s = t.strip();
      assertEquals(s.isEmpty() ? 0 : s.split("\\s+").length, Chars.words(t), t);
    }
  }

  @Test
  void lettersStart_mirrorsLettersEnd() {
    assertEquals(7, Chars.lettersStart("met in Malaysia", 9));
    assertEquals(4, Chars.lettersStart("met in", 6));
    assertEquals(4, Chars.lettersStart("met ", 4));
    assertEquals(0, Chars.lettersStart("tại", 3));
  }
}
