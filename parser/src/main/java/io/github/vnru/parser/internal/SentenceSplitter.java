package io.github.vnru.parser.internal;

import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.DateWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Internal: splits a block of text into sentences in one left-to-right pass (linear time, no
 * regular expressions).
 *
 * <p>A sentence ends at a run of {@code . ! ? …} (with any closing quotes or brackets after it)
 *
 * <ul>
 *   <li>followed by white space and then anything but a lower-case letter, or by the end; or
 *   <li>followed directly by an upper-case letter, where the source lost the space ({@code 12/6.Thay
 *       mặt}, {@code Putin.Nhân dịp}), unless inside a URL.
 * </ul>
 *
 * <p>A period does not end a sentence after an initial (one upper-case letter: {@code V. Pu-tin},
 * {@code V. I. Lenin}, {@code U.S.}) or before one where the space was lost ({@code
 * Aleksandr.V. Fomin}), after a known abbreviation ({@code Mr.}, {@code TP.},
 * {@code TS.}), between digits ({@code 1.5}), or inside a URL; nor does any end inside a title
 * quoted mid-sentence, which the sentence goes on after in lower case ({@code конференции «Наследие
 * Хо Ши Мина. 50 лет спустя» в ходе встречи …}).
 */
public final class SentenceSplitter {
  /** lexicon/abbreviations.txt */
  private static final Set<String> ABBREVIATIONS = Lexicon.ABBREVIATIONS;
  /** The longest listed abbreviation: a longer word is looked up in vain. */
  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);
  /** Month names of every language's dates.tsv, lower case. */
  private static final Map<String, Integer> MONTHS = DateWords.everyLanguage(DateWords.Kind.MONTH);

  private SentenceSplitter() {}

  /** A sentence: {@code start} is relative to the split text; {@code text} is trimmed. */
  public record Span(int start, String text) {
    /** The end offset, exclusive. */
    public int end() {
      return start + text.length();
    }
  }

  /** Each thread's chars of the text being split (split calls nothing that splits). */
  private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[1024]);

  /** The sentences of {@code text}, trimmed, in order; blank text gives none. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    // an array: the loop reads every char, and charAt on a String costs more than the test; the
    // thread's own, reused: every paragraph is split, and a copy of each was a tenth of the bytes
    // a parse allocates. Only its first n chars are the text's
    int n = text.length();
    char[] t = Chars.copyInto(CHARS, text);
    int sentenceStart = 0;
    int wordStart = 0; // first index after the last char that is not a letter or digit
    int tokenStart = 0; // first index after the last white space
    boolean inUrl = false;
    // whether a quotation opened in this sentence is still open: a guillemet or curly quote not
    // closed, or an odd number of straight quotes
    boolean curlyOpen = false;
    boolean straightOpen = false;
    int i = 0;
    while (i < n) {
      char c = t[i];
      // most chars are letters and digits, which none of the tests below act on
      if (Chars.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      if (Chars.isBlank(c)) {
        tokenStart = i + 1;
        wordStart = i + 1;
        inUrl = false;
        i++;
        continue;
      }
      if (c == ':' && i + 2 < n && t[i + 1] == '/' && t[i + 2] == '/') {
        inUrl = true;
      }
      if (!inUrl && i == tokenStart + 3 && c == '.' && isWww(t, tokenStart)) {
        inUrl = true;
      }
      if (!isTerminator(c)) {
        if (c == '«' || c == '“' || c == '„') {
          curlyOpen = true;
        } else if (c == '»' || c == '”') {
          curlyOpen = false;
        } else if (c == '"') {
          straightOpen = !straightOpen;
        }
        wordStart = i + 1;
        i++;
        continue;
      }
      // c is a terminator: take the whole run, then closing quotes and brackets
      int wordEnd = i;
      int j = i;
      while (j < n && isTerminator(t[j])) {
        j++;
      }
      boolean quoteOpen = curlyOpen || straightOpen;
      while (j < n && isCloser(t[j])) {
        if (t[j] == '»' || t[j] == '”') {
          curlyOpen = false;
        } else if (t[j] == '"') {
          straightOpen = !straightOpen;
        }
        j++;
      }
      boolean period = c == '.' && j == i + 1;
      boolean end;
      if (j >= n) {
        end = true;
      } else if (Chars.isBlank(t[j])) {
        int k = j;
        while (k < n && Chars.isBlank(t[k])) {
          k++;
        }
        end = k >= n || !Chars.isLowerCase(t[k]);
        if (end && period && (isInitialOrAbbreviation(text, wordStart, wordEnd)
            || wordEnd == wordStart && isInitialBeforeSpaces(t, wordStart))) {
          end = false;
        }
        // "on Feb. 22": a month's short name and its day
        if (end && period && k < n && Chars.isDigit(t[k])
            && MONTHS.containsKey(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT))) {
          end = false;
        }
      } else {
        char next = t[j];
        end =
            !inUrl
                && Chars.isUpperCase(next)
                && (wordEnd > wordStart || (i > 0 && isCloser(t[i - 1])))
                && !(period && isInitialOrAbbreviation(text, wordStart, wordEnd))
                && !(period && isInitialAt(t, n, j))
                && !(period && isDomainInCapitals(t, n, wordStart, wordEnd, j));
      }
      // «Духовное наследие Хо Ши Мина. 50 лет спустя» в ходе встречи: a title quoted inside the
      // sentence, which goes on in lower case after the quotation closes
      if (end && quoteOpen && j < n && inQuotedTitle(t, n, i, j)) {
        end = false;
      }
      if (end) {
        add(out, text, sentenceStart, j);
        sentenceStart = j;
        curlyOpen = false;
        straightOpen = false;
      }
      wordStart = j;
      i = j;
    }
    add(out, text, sentenceStart, n);
    return out;
  }

  /** How far a quotation that holds a sentence's end may run on past it and still be a title. */
  private static final int QUOTED_TITLE_REST = 80;

  /**
   * Whether the sentence end at {@code [i, j)}, inside a quotation the sentence opened, stands in
   * a quoted title: the quotation closes within {@value #QUOTED_TITLE_REST} chars, on the same line
   * and with no other end before, and the text goes on after it with a word in lower case.
   */
  private static boolean inQuotedTitle(char[] t, int n, int i, int j) {
    for (int k = i; k < j; k++) {
      if (closesQuotation(t[k])) {
        return false; // the quotation closes with the sentence
      }
    }
    for (int k = j; k < n && k < j + QUOTED_TITLE_REST; k++) {
      char c = t[k];
      if (c == '\n' || isTerminator(c)) {
        return false;
      }
      if (closesQuotation(c)) {
        int w = k + 1;
        while (w < n && Chars.isBlank(t[w])) {
          w++;
        }
        return w > k + 1 && w < n && Chars.isLowerCase(t[w]);
      }
    }
    return false;
  }

  /** Whether {@code c} may close a quotation: a closing guillemet, a curly or a straight quote. */
  private static boolean closesQuotation(char c) {
    return c == '»' || c == '”' || c == '"';
  }

  private static boolean isInitialOrAbbreviation(String text, int wordStart, int wordEnd) {
    int len = wordEnd - wordStart;
    if (len == 1) {
      // "г. Хошимин" (город, a city): a listed one-letter abbreviation, unless a number stands
      // before it ("в 2022 г." ends a sentence as the year's abbreviation)
      return Chars.isUpperCase(text.charAt(wordStart))
          || ABBREVIATIONS.contains(text.substring(wordStart, wordEnd))
              && !Chars.isDigit(lastNonSpaceBefore(text, wordStart));
    }
    return len > 1
        && len <= LONGEST_ABBREVIATION
        && ABBREVIATIONS.contains(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether one upper-case letter, a word of its own, ends right before the spaces that end at
   * {@code at}: an initial whose period a space set off ({@code V. I . Lenin}).
   */
  private static boolean isInitialBeforeSpaces(char[] t, int at) {
    int k = at;
    while (k > 0 && Chars.isBlank(t[k - 1])) {
      k--;
    }
    return k < at && k > 0 && Chars.isUpperCase(t[k - 1])
        && (k == 1 || !Chars.isLetterOrDigit(t[k - 2]));
  }

  /**
   * An initial starts at {@code at}: one upper-case letter, then a period (the given name and the
   * patronymic's initial of {@code Aleksandr.V. Fomin}, printed without a space).
   */
  private static boolean isInitialAt(char[] t, int n, int at) {
    return at + 1 < n
        && t[at + 1] == '.'
        && (at + 2 == n || !Chars.isLetterOrDigit(t[at + 2]))
        && Chars.isUpperCase(t[at]);
  }

  /**
   * Whether the words {@code [wordStart, wordEnd)} and the one from {@code next} on, a period and
   * no space between, are two runs of capitals ({@code URA.RU}, a site's name): one name.
   */
  private static boolean isDomainInCapitals(
      char[] t, int n, int wordStart, int wordEnd, int next) {
    if (wordEnd - wordStart < 2) {
      return false;
    }
    for (int k = wordStart; k < wordEnd; k++) {
      if (!Chars.isUpperCase(t[k])) {
        return false;
      }
    }
    int k = next;
    while (k < n && Chars.isLetter(t[k])) {
      if (!Chars.isUpperCase(t[k])) {
        return false;
      }
      k++;
    }
    return k - next >= 2;
  }

  private static char lastNonSpaceBefore(String text, int at) {
    int k = at - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k < 0 ? ' ' : text.charAt(k);
  }

  /**
   * {@code text.regionMatches(true, at, "www", 0, 3)}: only {@code w} and {@code W} match {@code
   * w} ignoring case, so plain comparisons say the same, faster.
   */
  private static boolean isWww(char[] text, int at) {
    for (int k = at; k < at + 3; k++) {
      char w = text[k];
      if (w != 'w' && w != 'W') {
        return false;
      }
    }
    return true;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '»';
  }

  private static void add(List<Span> out, String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Chars.isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && Chars.isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (s < e) {
      out.add(new Span(s, text.substring(s, e)));
    }
  }
}
