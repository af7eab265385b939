package io.github.vnru.extract.internal;

import java.util.Arrays;

/**
 * Internal: {@link Character} predicates the hot loops of the parser and the extraction ask per
 * char, looked up in one table built once from those very methods, so the answers are the same and
 * each costs one array read.
 */
public final class Chars {
  private static final int BLANK = 1;
  private static final int LETTER = 1 << 1;
  private static final int LETTER_OR_DIGIT = 1 << 2;
  private static final int UPPER = 1 << 3;
  private static final int LOWER = 1 << 4;
  private static final int DIGIT = 1 << 5;
  /** A non-ASCII letter of the Latin script: {@code ệ}, {@code đ}, {@code ư}. */
  private static final int LATIN_BEYOND_ASCII = 1 << 6;
  /** A letter of the Cyrillic script: {@code ж}, {@code Я}. */
  private static final int CYRILLIC = 1 << 7;
  private static final int WHITESPACE = 1 << 8;
  /** {@link Character#isLetterOrDigit} of the char as the language packs lower it. */
  private static final int LOWER_LETTER_OR_DIGIT = 1 << 9;
  /** {@link #isNfcAsIs}: read from the table, as a test of ranges branches on Vietnamese text. */
  private static final int NFC_AS_IS = 1 << 10;
  /** {@link #isOddSpaceOrInvisible}. */
  private static final int ODD_SPACE_OR_INVISIBLE = 1 << 11;

  private static final short[] FLAGS = flags();

  private Chars() {}

  private static short[] flags() {
    short[] t = new short[Character.MAX_VALUE + 1];
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
      f |= Character.isWhitespace(c) ? WHITESPACE : 0;
      f |= Character.isLetterOrDigit(LanguagePack.lower(c)) ? LOWER_LETTER_OR_DIGIT : 0;
      f |= nfcAsIsRanges(c) ? NFC_AS_IS : 0;
      f |= oddSpaceOrInvisible(c) ? ODD_SPACE_OR_INVISIBLE : 0;
      t[i] = (short) f;
    }
    return t;
  }

  /** White space, including no-break spaces and U+FEFF: what the parser trims. */
  public static boolean isBlank(char c) {
    return (FLAGS[c] & BLANK) != 0;
  }

  /** {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    return (FLAGS[c] & WHITESPACE) != 0;
  }

  /**
   * {@code text.substring(from, to).isBlank()} without the substring: only {@link
   * Character#isWhitespace} chars (no supplementary code point is white space).
   */
  public static boolean isWhitespaceOnly(String text, int from, int to) {
    if (from < 0 || from > to || to > text.length()) {
      return text.substring(from, to).isBlank(); // throws as the substring would
    }
    for (int i = from; i < to; i++) {
      if (!isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many words {@code text} has: {@code text.strip().split("\\s+").length}, 0 for a blank
   * text, without the regex (which {@code split} compiles anew on every call) or the words.
   */
  public static int words(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return 0;
    }
    // strip() drops every char \s matches at either end: each run of them inside ends a word
    int words = 1;
    for (int i = 1; i < s.length(); i++) {
      if (isRegexSpace(s.charAt(i)) && !isRegexSpace(s.charAt(i - 1))) {
        words++;
      }
    }
    return words;
  }

  /** Whether the regex {@code \s} matches {@code c}: ASCII white space only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /** The first index from {@code from} on that holds no white space, or {@code text.length()}. */
  public static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code text[from, to)} has at most {@code max} words (runs of letters and digits); it
   * stops at the word past {@code max}, as a cue is often asked about the rest of a long sentence.
   */
  public static boolean atMostWords(String text, int from, int to, int max) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean letter = isLetterOrDigit(text.charAt(i));
      if (letter && !in && ++n > max) {
        return false;
      }
      in = letter;
    }
    return true;
  }

  /**
   * {@link #atMostWords}, counting only the words that start with a small letter or a digit: the
   * capitalised ones are names, titles and places, however long ("welcomed Chairman of the
   * Russian State Duma Vyacheslav Volodin and his delegation at … Airport").
   */
  public static boolean atMostSmallWords(String text, int from, int to, int max) {
    int n = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean letter = isLetterOrDigit(c);
      if (letter && !in && !isUpperCase(c) && ++n > max) {
        return false;
      }
      in = letter;
    }
    return true;
  }

  /** {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return (FLAGS[c] & LETTER) != 0;
  }

  /** The end of the run of letters from {@code from} ({@code from} itself if none starts there). */
  public static int lettersEnd(String text, int from) {
    int e = from;
    while (e < text.length() && isLetter(text.charAt(e))) {
      e++;
    }
    return e;
  }

  /** The start of the run of letters ending at {@code to} ({@code to} if none ends there). */
  public static int lettersStart(String text, int to) {
    int s = to;
    while (s > 0 && isLetter(text.charAt(s - 1))) {
      s--;
    }
    return s;
  }

  /** Whether a letter or digit stands in {@code text[from, to)}. */
  public static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    return (FLAGS[c] & LETTER_OR_DIGIT) != 0;
  }

  /** {@link Character#isUpperCase(char)}. */
  public static boolean isUpperCase(char c) {
    return (FLAGS[c] & UPPER) != 0;
  }

  /** {@link Character#isLowerCase(char)}. */
  public static boolean isLowerCase(char c) {
    return (FLAGS[c] & LOWER) != 0;
  }

  /**
   * {@code text}'s chars copied into the array {@code buffer} holds for this thread, grown when
   * too short (and kept for the next call unless longer than {@link #KEPT_AT_MOST}): only its first
   * {@code text.length()} chars are the text's. For a stage that reads every text's chars and calls
   * nothing that uses the same buffer. A {@code StringBuilder} is copied as a string is, other
   * texts char by char.
   */
  public static char[] copyInto(ThreadLocal<char[]> buffer, CharSequence text) {
    int n = text.length();
    char[] out = buffer.get();
    if (out.length < n) {
      out = new char[grown(out.length, n)];
      if (out.length <= KEPT_AT_MOST) {
        buffer.set(out);
      }
    }
    if (text instanceof String s) {
      s.getChars(0, n, out, 0);
    } else if (text instanceof StringBuilder b) {
      b.getChars(0, n, out, 0);
    } else {
      for (int i = 0; i < n; i++) {
        out[i] = text.charAt(i);
      }
    }
    return out;
  }

  /**
   * The array {@code buffer} holds for this thread, grown when shorter than {@code n}: scratch
   * space (sort keys) for a stage that calls nothing using the same buffer.
   */
  public static long[] longs(ThreadLocal<long[]> buffer, int n) {
    long[] out = buffer.get();
    if (out.length < n) {
      out = new long[grown(out.length, n)];
      if (out.length <= KEPT_AT_MOST) {
        buffer.set(out);
      }
    }
    return out;
  }

  /**
   * The most elements a thread's scratch array keeps between calls: a longer one, made for one
   * very large text, is left to the collector, so a pool's threads do not each hold the largest
   * text they ever read (an article may be 16 MB).
   */
  public static final int KEPT_AT_MOST = 1 << 20;

  /**
   * The new length of a scratch array of {@code length} that must hold {@code n}: doubled, so that
   * it grows rarely, but not past what is kept unless {@code n} needs it.
   */
  public static int grown(int length, int n) {
    return Math.max(n, Math.min(2 * length, KEPT_AT_MOST));
  }

  /** {@link Character#isDigit(char)}. */
  public static boolean isDigit(char c) {
    return (FLAGS[c] & DIGIT) != 0;
  }

  /** A letter of the Cyrillic script. */
  public static boolean isCyrillic(char c) {
    return (FLAGS[c] & CYRILLIC) != 0;
  }

  /** In {@link #letterScript}: a letter. */
  public static final int SCRIPT_LETTER = LETTER;
  /** In {@link #letterScript}: a letter of {@link #isLatinBeyondAscii}. */
  public static final int SCRIPT_LATIN_BEYOND_ASCII = LATIN_BEYOND_ASCII;
  /** In {@link #letterScript}: a letter of {@link #isCyrillic}. */
  public static final int SCRIPT_CYRILLIC = CYRILLIC;

  /**
   * {@link #isLetter}, {@link #isLatinBeyondAscii} and {@link #isCyrillic} of {@code c} in one
   * read, for a loop that asks all three of every char: 0 for a char that is no letter, else
   * {@link #SCRIPT_LETTER} with {@link #SCRIPT_LATIN_BEYOND_ASCII} or {@link #SCRIPT_CYRILLIC}
   * (never both: they are scripts).
   */
  public static int letterScript(char c) {
    return FLAGS[c] & (LETTER | LATIN_BEYOND_ASCII | CYRILLIC);
  }

  /** A letter at or above U+0080 whose script is Latin. */
  public static boolean isLatinBeyondAscii(char c) {
    return (FLAGS[c] & LATIN_BEYOND_ASCII) != 0;
  }

  /** {@code Character.isLetterOrDigit(LanguagePack.lower(c))}: a letter or digit to the packs. */
  public static boolean isLowerLetterOrDigit(char c) {
    return (FLAGS[c] & LOWER_LETTER_OR_DIGIT) != 0;
  }

  /**
   * Whether NFC leaves {@code c} as it is in any text: its own NFC, no combining mark, composing
   * with nothing before it (Unicode's NFC quick check "yes", combining class 0). A text of such
   * chars alone is NFC without asking {@link java.text.Normalizer}. Only the ranges news text is
   * written in, checked against the normalizer by {@code TextNormalizerTest}: all below U+0300
   * (Unicode's own bound for this), Cyrillic letters, Vietnamese precomposed letters, dashes and
   * quotes.
   */
  public static boolean isNfcAsIs(char c) {
    return (FLAGS[c] & NFC_AS_IS) != 0;
  }

  /**
   * Whether {@code c} is a space other than U+0020 (no-break, thin, ideographic …), a line or
   * paragraph separator other than LF, or an invisible format char (soft hyphen, zero-width
   * space, word joiner, direction marks, U+FEFF): what the parser's normaliser rewrites, as a
   * page shows it, so that no stage has to know them.
   */
  public static boolean isOddSpaceOrInvisible(char c) {
    return (FLAGS[c] & ODD_SPACE_OR_INVISIBLE) != 0;
  }

  private static boolean oddSpaceOrInvisible(char c) {
    return Character.getType(c) == Character.SPACE_SEPARATOR && c != ' '
        || c == '\u2028' || c == '\u2029' || c == '\u0085'
        || c == '\u00AD' || c == '\u200B' || c == '\u200E' || c == '\u200F'
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2060' && c <= '\u2064' || c == '\uFEFF';
  }

  /** The ranges {@link #isNfcAsIs} holds for. */
  private static boolean nfcAsIsRanges(char c) {
    return c < 0x300
        || c >= 0x400 && c <= 0x482
        || c >= 0x48A && c <= 0x4FF
        || c >= 0x1EA0 && c <= 0x1EF9
        || c >= 0x2010 && c <= 0x2027;
  }

  /**
   * Whether {@code text} has a run of white space or white space other than a space (a tab, a line
   * break, a no-break space): what {@link #singleSpaced} rewrites.
   */
  public static boolean hasRunOfSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' ? i > 0 && text.charAt(i - 1) == ' ' : isRunSpace(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with each run of white space (spaces, tabs, line breaks, no-break spaces) one
   * space, as a reader reads {@code September  9} or a sentence wrapped over lines; {@code at} (at
   * least as long as {@code text}) gets, per char of the result, the offset of its char in {@code
   * text}.
   */
  public static String singleSpaced(String text, int[] at) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isRunSpace(c)) {
        if (i > 0 && isRunSpace(text.charAt(i - 1))) {
          continue; // the run's first is the space read
        }
        c = ' ';
      }
      at[b.length()] = i;
      b.append(c);
    }
    return b.toString();
  }

  /**
   * The offset in a {@link #singleSpaced} text of the first char at or after offset {@code
   * written} of the text it was made from; {@code at} holds its map, {@code length} entries.
   */
  public static int singleSpacedOffset(int[] at, int length, int written) {
    int i = Arrays.binarySearch(at, 0, length, written);
    return i >= 0 ? i : -i - 1;
  }

  /** {@link #singleSpaced(String, int[])} without the map. */
  public static String singleSpaced(String text) {
    return hasRunOfSpace(text) ? singleSpaced(text, new int[text.length()]) : text;
  }

  /**
   * White space of any kind: a space, tab, line break, no-break or other Unicode space ({@link
   * #isBlank} but the invisible U+FEFF).
   */
  private static boolean isRunSpace(char c) {
    return (FLAGS[c] & BLANK) != 0 && c != '\uFEFF';
  }
}
