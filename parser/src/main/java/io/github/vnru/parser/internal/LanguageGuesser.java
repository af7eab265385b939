package io.github.vnru.parser.internal;

import io.github.vnru.extract.internal.Chars;
import io.github.vnru.model.Language;
import java.util.Locale;
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
 * (for example no letters at all) goes to Vietnamese, the main language of the corpus.
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
    long[] v = votes(text);
    if (v[2] > v[0] && v[2] > v[1]) {
      return Language.RUSSIAN;
    }
    return v[1] > v[0] ? Language.ENGLISH : Language.VIETNAMESE;
  }

  /** Whether the text's votes tie (for example a text with no words), so it decides nothing. */
  public static boolean tie(CharSequence text) {
    long[] v = votes(text);
    return v[0] == v[1] && v[2] == 0;
  }

  private static long[] votes(CharSequence text) {
    long vi = 0;
    long en = 0;
    long ru = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Chars.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean diacritic = false;
      boolean cyrillic = false;
      while (i < n && Chars.isLetter(text.charAt(i))) {
        char c = text.charAt(i);
        if (Chars.isLatinBeyondAscii(c)) {
          diacritic = true;
        } else if (Chars.isCyrillic(c)) {
          cyrillic = true;
        }
        i++;
      }
      if (cyrillic) {
        ru++;
        if (i - start <= 5
            && RUSSIAN.contains(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT))) {
          ru++;
        }
      } else if (diacritic) {
        vi++;
      } else if (i - start <= 5) {
        String w = text.subSequence(start, i).toString().toLowerCase(Locale.ROOT);
        if (ENGLISH.contains(w)) {
          en++;
        } else if (VIETNAMESE.contains(w)) {
          vi++;
        }
      }
    }
    return new long[] {vi, en, ru};
  }
}
