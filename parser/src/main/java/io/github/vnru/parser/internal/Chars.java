package io.github.vnru.parser.internal;

/**
 * Internal: {@link Character} predicates the hot loops ask per char, looked up in one table built
 * once from those very methods, so the answers are the same and each costs one array read.
 */
final class Chars {
  private static final int BLANK = 1;
  private static final int LETTER = 2;
  private static final int LETTER_OR_DIGIT = 4;
  private static final int UPPER = 8;
  private static final int LOWER = 16;
  private static final int DIGIT = 32;
  /** A non-ASCII letter of the Latin script: {@code ệ}, {@code đ}, {@code ư}. */
  private static final int LATIN_BEYOND_ASCII = 64;
  /** A letter of the Cyrillic script: {@code ж}, {@code Я}. */
  private static final int CYRILLIC = 128;

  private static final byte[] FLAGS = flags();

  private Chars() {}

  private static byte[] flags() {
    byte[] t = new byte[Character.MAX_VALUE + 1];
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      int f = 0;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
        f |= BLANK;
      }
      if (Character.isLetter(c)) {
        f |= LETTER;
        if (c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
          f |= LATIN_BEYOND_ASCII;
        }
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
          f |= CYRILLIC;
        }
      }
      f |= Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0;
      f |= Character.isUpperCase(c) ? UPPER : 0;
      f |= Character.isLowerCase(c) ? LOWER : 0;
      f |= Character.isDigit(c) ? DIGIT : 0;
      t[i] = (byte) f;
    }
    return t;
  }

  /** {@link TextNormalizer#isBlank}. */
  static boolean isBlank(char c) {
    return (FLAGS[c] & BLANK) != 0;
  }

  /** {@link Character#isLetter(char)}. */
  static boolean isLetter(char c) {
    return (FLAGS[c] & LETTER) != 0;
  }

  /** {@link Character#isLetterOrDigit(char)}. */
  static boolean isLetterOrDigit(char c) {
    return (FLAGS[c] & LETTER_OR_DIGIT) != 0;
  }

  /** {@link Character#isUpperCase(char)}. */
  static boolean isUpperCase(char c) {
    return (FLAGS[c] & UPPER) != 0;
  }

  /** {@link Character#isLowerCase(char)}. */
  static boolean isLowerCase(char c) {
    return (FLAGS[c] & LOWER) != 0;
  }

  /** {@link Character#isDigit(char)}. */
  static boolean isDigit(char c) {
    return (FLAGS[c] & DIGIT) != 0;
  }

  /** A letter of the Cyrillic script. */
  static boolean isCyrillic(char c) {
    return (FLAGS[c] & CYRILLIC) != 0;
  }

  /** A letter at or above U+0080 whose script is Latin. */
  static boolean isLatinBeyondAscii(char c) {
    return (FLAGS[c] & LATIN_BEYOND_ASCII) != 0;
  }
}
