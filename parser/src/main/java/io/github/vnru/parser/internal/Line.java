package io.github.vnru.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Internal: one line of the normalised text without its leading white space.
 *
 * @param number the 1-based line number
 * @param start offset of {@code text} in the normalised text
 * @param text the line's content; empty for a blank line
 */
public record Line(int number, int start, String text) {
  /** Whether the line is blank. */
  public boolean isBlank() {
    return text.isEmpty();
  }

  /** The end offset, exclusive. */
  public int end() {
    return start + text.length();
  }

  /** This line from {@code offset} (relative) on, leading white space dropped. */
  public Line from(int offset) {
    int i = offset;
    while (i < text.length() && TextNormalizer.isBlank(text.charAt(i))) {
      i++;
    }
    return new Line(number, start + i, text.substring(i));
  }

  /** The lines of normalised {@code text}, each without leading white space. */
  public static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int number = 1;
    int start = 0;
    while (start <= text.length()) {
      // indexOf, not a charAt loop: it scans many chars at a time
      int i = text.indexOf('\n', start);
      if (i < 0) {
        i = text.length();
      }
      int s = start;
      while (s < i && TextNormalizer.isBlank(text.charAt(s))) {
        s++;
      }
      lines.add(new Line(number++, s, text.substring(s, i)));
      start = i + 1;
    }
    return lines;
  }
}
