package io.github.vnru.parser.internal;

import io.github.vnru.extract.internal.Chars;
import io.github.vnru.model.Language;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Internal: tells Vietnamese, English and Russian apart by counting words, in one pass.
 *
 * <p>Each word (a run of letters) votes once. A word with a non-ASCII Latin letter ({@code ệ},
 * {@code đ}, {@code ư}, ...) or one of a few Vietnamese words without diacritics ({@code trong},
 * {@code theo}, {@code cho}, {@code khi}) votes Vietnamese; one of about forty English function
 * words ({@code the}, {@code of}, {@code and}, {@code with}, ...) votes English. Most Vietnamese
 * words carry diacritics, while English text about Vietnam has only a few Vietnamese names ({@code
 * Việt Nam}, {@code Phúc}) against many function words, so the side with more votes wins. A tie
 * goes to Vietnamese, the main language of the corpus, unless no word voted and some are in plain
 * ASCII letters ("Deputy Prime Minister Tran Hong Ha met Dmitry Chernyshenko"): Vietnamese is
 * written with diacritics, so a short text without any, and without function words, is English.
 *
 * <p>A word with a Cyrillic letter votes Russian, and one of about thirty Russian function words
 * ({@code и}, {@code в}, {@code с}, {@code что}, {@code по}, ...) votes twice. Russian text about
 * Vietnam quotes few Latin words (a newspaper's name, {@code Vietsovpetro}), while a Vietnamese
 * or English article quotes a Russian name at most, so Russian wins when its votes outnumber
 * both others.
 */
public final class LanguageGuesser {
  // the words are data: lexicon/function-words-<code>.txt
  private static final Set<String> ENGLISH = Lexicon.FUNCTION_WORDS_EN;
  private static final Set<String> VIETNAMESE = Lexicon.FUNCTION_WORDS_VI;
  private static final Set<String> RUSSIAN = Lexicon.FUNCTION_WORDS_RU;

  private LanguageGuesser() {}

  /** The language of {@code text}. */
  public static Language guess(CharSequence text) {
    return of(votes(text));
  }

  /**
   * The language of {@code text}, or {@code declared} if present and the text's votes tie: {@code
   * tie(text) ? declared : guess(text)} with one count.
   */
  public static Language guess(CharSequence text, Optional<Language> declared) {
    long[] v = votes(text);
    return declared.isPresent() && tie(v) ? declared.get() : of(v);
  }

  /**
   * {@link #guess(CharSequence, Optional)} of {@code texts} joined by line breaks, counted text by
   * text: no word spans two, so the votes are the same, without a copy of them all in one.
   */
  public static Language guess(List<String> texts, Optional<Language> declared) {
    long[] v = new long[4];
    for (String text : texts) {
      count(Chars.copyInto(CHARS, text), text.length(), v);
    }
    return declared.isPresent() && tie(v) ? declared.get() : of(v);
  }

  private static Language of(long[] v) {
    if (v[2] > v[0] && v[2] > v[1]) {
      return Language.RUSSIAN;
    }
    if (v[0] == 0 && v[1] == 0 && v[2] == 0 && v[3] > 0) {
      return Language.ENGLISH;
    }
    return v[1] > v[0] ? Language.ENGLISH : Language.VIETNAMESE;
  }

  /** Whether the text's votes tie (for example a text with no words), so it decides nothing. */
  public static boolean tie(CharSequence text) {
    return tie(votes(text));
  }

  private static boolean tie(long[] v) {
    return v[0] == v[1] && v[2] == 0;
  }

  private static final int EN = 1;
  private static final int VI = 2;
  private static final int RU = 4;
  /**
   * The function words, open addressing by {@link String#hashCode}, each with the sets ({@link
   * #EN}, {@link #VI}, {@link #RU}) it is in: a short word is looked up from a reused buffer, not
   * as a new lower-cased string.
   */
  private static final String[] WORDS;
  private static final int[] WORD_SETS;
  /**
   * Each slot's word's hash code: most words looked up are no function word, ruled out by the hash
   * without reading a string.
   */
  private static final int[] WORD_HASHES;

  static {
    java.util.Map<String, Integer> sets = new java.util.HashMap<>();
    ENGLISH.forEach(w -> sets.merge(w, EN, (a, b) -> a | b));
    VIETNAMESE.forEach(w -> sets.merge(w, VI, (a, b) -> a | b));
    RUSSIAN.forEach(w -> sets.merge(w, RU, (a, b) -> a | b));
    int size = Integer.highestOneBit(Math.max(16, sets.size() * 4));
    WORDS = new String[size];
    WORD_SETS = new int[size];
    WORD_HASHES = new int[size];
    sets.forEach((w, bits) -> {
      int h = w.hashCode() & (size - 1);
      while (WORDS[h] != null) {
        h = (h + 1) & (size - 1);
      }
      WORDS[h] = w;
      WORD_SETS[h] = bits;
      WORD_HASHES[h] = w.hashCode();
    });
  }

  /**
   * The sets {@code text[start, end)} lower-cased ({@link Locale#ROOT}) is in. Chars below U+0130
   * and in the Cyrillic block lower one to one as {@link String#toLowerCase(Locale)} lowers them
   * (its special cases are U+0130, the Greek sigma and surrogates), so those words are lowered
   * into {@code buffer}; any other word takes the string way.
   */
  private static int sets(char[] text, int start, int end, char[] buffer) {
    int len = end - start;
    int h = 0;
    for (int i = 0; i < len; i++) {
      char c = text[start + i];
      if (c >= 0x130 && (c < 0x400 || c > 0x4FF)) {
        return sets(new String(text, start, len).toLowerCase(Locale.ROOT));
      }
      char l = c < 0x80 ? asciiLower(c) : Character.toLowerCase(c);
      buffer[i] = l;
      h = 31 * h + l;
    }
    for (int k = h & (WORDS.length - 1); WORDS[k] != null; k = (k + 1) & (WORDS.length - 1)) {
      String w = WORDS[k];
      if (WORD_HASHES[k] == h && w.length() == len && equal(w, buffer, len)) {
        return WORD_SETS[k];
      }
    }
    return 0;
  }

  /** {@link Character#toLowerCase(char)} of an ASCII char, without its table. */
  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private static int sets(String lower) {
    return (ENGLISH.contains(lower) ? EN : 0) | (VIETNAMESE.contains(lower) ? VI : 0)
        | (RUSSIAN.contains(lower) ? RU : 0);
  }

  private static boolean equal(String w, char[] buffer, int len) {
    for (int i = 0; i < len; i++) {
      if (w.charAt(i) != buffer[i]) {
        return false;
      }
    }
    return true;
  }

  /** Each thread's chars of the text counted last, reused: every article is guessed. */
  private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[512]);

  /** Votes Vietnamese, English, Russian, and the number of words in plain ASCII letters. */
  private static long[] votes(CharSequence source) {
    long[] v = new long[4];
    count(Chars.copyInto(CHARS, source), source.length(), v);
    return v;
  }

  /**
   * Adds the votes of the text in {@code text[0, n)} to {@code v}: an array, as charAt through
   * CharSequence (the text may be a StringBuilder) or on a two-byte string costs more than the test.
   */
  private static void count(char[] text, int n, long[] v) {
    long vi = 0;
    long en = 0;
    long ru = 0;
    long plain = 0;
    char[] buffer = new char[5];
    int i = 0;
    while (i < n) {
      if (Chars.letterScript(text[i]) == 0) {
        i++;
        continue;
      }
      int start = i;
      // the scripts of the word's letters, or-ed: one table read per char
      int scripts = 0;
      int script;
      // the word's chars or-ed: below 0x80 for a word in plain ASCII letters
      int chars = 0;
      while (i < n && (script = Chars.letterScript(text[i])) != 0) {
        scripts |= script;
        chars |= text[i];
        i++;
      }
      if ((scripts & Chars.SCRIPT_CYRILLIC) != 0) {
        ru++;
        if (i - start <= 5 && (sets(text, start, i, buffer) & RU) != 0) {
          ru++;
        }
      } else if ((scripts & Chars.SCRIPT_LATIN_BEYOND_ASCII) != 0) {
        vi++;
      } else {
        int sets = i - start <= 5 ? sets(text, start, i, buffer) : 0;
        if ((sets & EN) != 0) {
          en++;
        } else if ((sets & VI) != 0) {
          vi++;
        } else if (chars < 0x80) {
          plain++;
        }
      }
    }
    v[0] += vi;
    v[1] += en;
    v[2] += ru;
    v[3] += plain;
  }
}
