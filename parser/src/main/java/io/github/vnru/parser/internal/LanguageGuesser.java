package io.github.vnru.parser.internal;

import io.github.vnru.model.Language;
import java.util.Locale;
import java.util.Set;

/**
 * Internal: tells Vietnamese from English by counting words, in one pass.
 *
 * <p>Each word (a run of letters) votes once. A word with a non-ASCII Latin letter ({@code ệ},
 * {@code đ}, {@code ư}, ...) or one of a few Vietnamese words without diacritics ({@code trong},
 * {@code theo}, {@code cho}, {@code khi}) votes Vietnamese; one of about forty English function
 * words ({@code the}, {@code of}, {@code and}, {@code with}, ...) votes English. Most Vietnamese
 * words carry diacritics, while English text about Vietnam has only a few Vietnamese names ({@code
 * Việt Nam}, {@code Phúc}) against many function words, so the side with more votes wins. A tie
 * (for example no letters at all) goes to Vietnamese, the main language of the corpus.
 */
public final class LanguageGuesser {
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "in", "a", "an", "is", "was", "were", "are", "be", "been",
          "with", "for", "on", "that", "this", "by", "as", "at", "from", "his", "her", "its",
          "has", "have", "had", "said", "will", "would", "which", "who", "their", "it", "he",
          "she", "they", "not", "but", "or");
  private static final Set<String> VIETNAMESE = Set.of("trong", "theo", "cho", "khi");

  private LanguageGuesser() {}

  /** The language of {@code text}. */
  public static Language guess(CharSequence text) {
    long[] v = votes(text);
    return v[1] > v[0] ? Language.ENGLISH : Language.VIETNAMESE;
  }

  /** Whether the text's votes tie (for example a text with no words), so it decides nothing. */
  public static boolean tie(CharSequence text) {
    long[] v = votes(text);
    return v[0] == v[1];
  }

  private static long[] votes(CharSequence text) {
    long vi = 0;
    long en = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Chars.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean diacritic = false;
      while (i < n && Chars.isLetter(text.charAt(i))) {
        char c = text.charAt(i);
        if (Chars.isLatinBeyondAscii(c)) {
          diacritic = true;
        }
        i++;
      }
      if (diacritic) {
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
    return new long[] {vi, en};
  }
}
