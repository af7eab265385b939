package io.github.vnru.parser.internal;

import java.util.List;

/**
 * Internal: the lines of a hard-wrapped text dump (a PDF, e-mail or print copy, where a sentence
 * runs over several lines) that run on into the line under them.
 *
 * <p>The rule, as a reader states it: <em>in a hard-wrapped article, a body line that ends in the
 * middle of a sentence continues on the next line</em>.
 *
 * <ul>
 *   <li>A line ends in the middle of a sentence when it has no sentence-final punctuation ({@code .
 *       ! ? … : ;}, closing quotes and brackets aside) and either the next line starts with a
 *       lower-case letter, or the line itself ends with a comma or a lower-case word ({@code of},
 *       {@code và}, {@code председателя}). Such a line surely runs on.
 *   <li>A line without final punctuation that ends with a capitalised word or a number, above a
 *       line that starts with a capital ({@code ... General Council Andrey} / {@code Klimov
 *       affirmed ...}), may be a headline as well as the first half of a name: it runs on only
 *       within a run of open lines of which one surely runs on, and at the head of such a run
 *       only when it has a lower-case word (a menu item, a label or a Title Case headline has
 *       none).
 *   <li>A line the page repeats on the line above or under it is a page element (a headline, a
 *       photo's alt text), never running text: it neither continues nor is continued.
 *   <li>An article is hard-wrapped when at least {@value #MIN_LOWER_STARTS} of its body lines
 *       continue a sentence the line above left open and start with a lower-case letter. In an
 *       article of one paragraph per line, nothing is joined.
 *   <li>Only body lines directly under each other (no blank line, no caption, credit, junk line,
 *       title or lead between) are joined; the caller decides which lines are body lines.
 * </ul>
 */
final class HardWrap {
  /** How many lines continuing a sentence with a lower-case letter make an article hard-wrapped. */
  static final int MIN_LOWER_STARTS = 2;

  /** How a line meets the line under it. */
  enum Join {
    /** The line ends a sentence, or the two are not consecutive body lines. */
    NONE,
    /** The line leaves its sentence open, but may be a headline or a name's end. */
    POSSIBLE,
    /** The line ends in the middle of a sentence. */
    CERTAIN
  }

  private HardWrap() {}

  /**
   * How each line meets the next: element {@code i} is for the lines {@code i} and {@code i + 1};
   * lines that are not {@code body} or not directly under each other meet with {@code NONE}.
   */
  static Join[] joins(List<Line> lines, boolean[] body) {
    int n = lines.size();
    Join[] joins = new Join[n];
    boolean[] repeated = new boolean[n];
    for (int i = 0; i + 1 < n; i++) {
      if (consecutive(lines, body, i) && Segmenter.sameText(lines.get(i).text(),
          lines.get(i + 1).text())) {
        repeated[i] = true;
        repeated[i + 1] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      joins[i] = Join.NONE;
      if (i + 1 >= n || !consecutive(lines, body, i) || repeated[i] || repeated[i + 1]) {
        continue;
      }
      String a = lines.get(i).text();
      if (endsSentence(a)) {
        continue;
      }
      joins[i] = surelyGoesOn(a, lines.get(i + 1).text()) ? Join.CERTAIN : Join.POSSIBLE;
    }
    return joins;
  }

  /**
   * Whether the article is hard-wrapped: at least {@value #MIN_LOWER_STARTS} body lines continue
   * an open sentence with a lower-case letter.
   */
  static boolean isHardWrapped(List<Line> lines, Join[] joins) {
    int count = 0;
    for (int i = 0; i + 1 < joins.length; i++) {
      if (joins[i] != Join.NONE && startsLower(lines.get(i + 1).text())
          && ++count >= MIN_LOWER_STARTS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Which lines run on into the next, among the lines still {@code body}: every {@code CERTAIN}
   * join, a {@code POSSIBLE} one inside a run of open lines that holds a {@code CERTAIN} one,
   * unless the run starts with it and the line has no lower-case word (a menu item, a label, a
   * bare name or a Title Case headline above the text), and one whose line is full at {@code
   * width} ({@link #width}, {@link #fills}: "… Thượng tướng Hoàng Xuân" above "Chiến, …").
   */
  static boolean[] runOns(List<Line> lines, Join[] joins, boolean[] body, int width) {
    int n = joins.length;
    boolean[] runOn = new boolean[n];
    int i = 0;
    while (i < n) {
      if (!open(joins, body, i)) {
        i++;
        continue;
      }
      int j = i;
      boolean certain = false;
      while (j < n && open(joins, body, j)) {
        certain |= joins[j] == Join.CERTAIN;
        j++;
      }
      for (int k = i; k < j; k++) {
        runOn[k] =
            joins[k] == Join.CERTAIN
                || (certain && (k > i || hasLowerWord(lines.get(k).text())))
                || fills(lines, k, width);
      }
      i = j;
    }
    return runOn;
  }

  /** How many lines must surely run on for their longest to give the width ({@link #width}). */
  private static final int WIDTH_LINES = 3;

  /**
   * The width a hard-wrapped text was broken at: the longest line that surely runs on, or 0 when
   * fewer than {@value #WIDTH_LINES} do.
   */
  static int width(List<Line> lines, Join[] joins) {
    int width = 0;
    int count = 0;
    for (int i = 0; i < joins.length; i++) {
      if (joins[i] == Join.CERTAIN) {
        width = Math.max(width, lines.get(i).text().length());
        count++;
      }
    }
    return count >= WIDTH_LINES ? width : 0;
  }

  /**
   * Whether line {@code i}, its sentence open, is full in a text broken at {@code width}: the
   * first word of the line right under it would not have fit on it, which is why the line ends
   * there, not because a headline or a paragraph did; a line longer than the width is none.
   */
  static boolean fills(List<Line> lines, int i, int width) {
    if (width == 0 || i + 1 >= lines.size()
        || lines.get(i + 1).number() != lines.get(i).number() + 1) {
      return false;
    }
    String a = lines.get(i).text();
    String next = lines.get(i + 1).text();
    int word = 0;
    while (word < next.length() && !TextNormalizer.isBlank(next.charAt(word))) {
      word++;
    }
    // a line longer than the width was not broken at it (a caption, a headline set apart)
    return word > 0 && !endsSentence(a) && a.length() <= width && a.length() + 1 + word > width;
  }

  private static boolean open(Join[] joins, boolean[] body, int i) {
    return joins[i] != Join.NONE && body[i] && i + 1 < body.length && body[i + 1];
  }

  private static boolean consecutive(List<Line> lines, boolean[] body, int i) {
    return body[i]
        && body[i + 1]
        && lines.get(i + 1).number() == lines.get(i).number() + 1
        && !lines.get(i).isBlank()
        && !lines.get(i + 1).isBlank();
  }

  /**
   * Whether line {@code i} surely runs on into the line right under it: its sentence is open and
   * the next line starts lower case, or it ends with a comma or a lower-case word. A list of link
   * titles never does; a hard-wrapped paragraph does.
   */
  static boolean surelyRunsOn(List<Line> lines, int i) {
    if (i + 1 >= lines.size() || lines.get(i + 1).number() != lines.get(i).number() + 1
        || lines.get(i + 1).isBlank()) {
      return false;
    }
    String a = lines.get(i).text();
    return !endsSentence(a) && surelyGoesOn(a, lines.get(i + 1).text());
  }

  /**
   * Whether line {@code a}, whose sentence is open, surely goes on in {@code next}: the next line
   * starts lower case, or {@code a} ends with a comma or a lower-case word.
   */
  private static boolean surelyGoesOn(String a, String next) {
    return startsLower(next) || endsWithCommaOrLowerWord(a);
  }

  /** Whether the line ends with sentence-final punctuation, closing quotes and brackets aside. */
  static boolean endsSentence(String t) {
    int e = t.length();
    while (e > 0 && (TextNormalizer.isBlank(t.charAt(e - 1))
        || "\"'”’»)]".indexOf(t.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e == 0 || ".!?…:;".indexOf(t.charAt(e - 1)) >= 0;
  }

  /** Whether a word of the line starts with a lower-case letter. */
  static boolean hasLowerWord(String t) {
    for (int i = 0; i < t.length(); i++) {
      if ((i == 0 || TextNormalizer.isBlank(t.charAt(i - 1)))
          && Character.isLowerCase(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line starts with a lower-case letter. */
  static boolean startsLower(String t) {
    return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
  }

  /** Whether the line ends with a comma or with a word that starts lower case. */
  static boolean endsWithCommaOrLowerWord(String t) {
    int e = t.length();
    while (e > 0 && TextNormalizer.isBlank(t.charAt(e - 1))) {
      e--;
    }
    if (e == 0) {
      return false;
    }
    if (t.charAt(e - 1) == ',') {
      return true;
    }
    int s = e;
    while (s > 0 && !TextNormalizer.isBlank(t.charAt(s - 1))) {
      s--;
    }
    // the whole last word, letters only: 'of', 'и', not 'Russia’s' nor 'www.x.com'
    for (int k = s; k < e; k++) {
      if (!Character.isLetter(t.charAt(k))) {
        return false;
      }
    }
    return Character.isLowerCase(t.charAt(s));
  }
}
