package io.github.vnru.parser.internal;

import java.util.Arrays;

/** Internal: maps offsets of the normalised text to 1-based {@code line:column}. */
public final class Locator {
  private final int[] lineStarts;

  /** A locator over normalised {@code text}. */
  public Locator(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    // indexOf, not a charAt loop: it scans many chars at a time
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (n == starts.length) {
        starts = Arrays.copyOf(starts, n * 2);
      }
      starts[n++] = i + 1;
    }
    lineStarts = Arrays.copyOf(starts, n);
  }

  /** The 1-based line of {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The 1-based column of {@code offset}. */
  public int column(int offset) {
    return offset - lineStarts[line(offset) - 1] + 1;
  }

  /** {@code line:column} of {@code offset}. */
  public String at(int offset) {
    return line(offset) + ":" + column(offset);
  }
}
