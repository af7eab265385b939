package io.github.vnru.query.internal;

import java.util.Arrays;

/**
 * Rows grouped by year: a year range maps to one contiguous slice, so its size is known in
 * O(log years) and its rows cost what they number. Not API.
 */
public final class YearIndex {
  private final int[] years;
  private final int[] starts;
  private final int[] rows;

  private YearIndex(int[] years, int[] starts, int[] rows) {
    this.years = years;
    this.starts = starts;
    this.rows = rows;
  }

  /** Indexes {@code yearOfRow[row]}; rows whose year is 0 (unknown) are left out. */
  public static YearIndex of(int[] yearOfRow) {
    int[] all = new int[yearOfRow.length];
    for (int row = 0; row < all.length; row++) {
      all[row] = row;
    }
    return over(all, yearOfRow);
  }

  /**
   * Indexes only {@code rows} (such as one person's meetings) by {@code yearOfRow[row]}; rows whose
   * year is 0 (unknown) are left out.
   */
  public static YearIndex over(int[] rows, int[] yearOfRow) {
    int n = 0;
    for (int row : rows) {
      if (yearOfRow[row] != 0) {
        n++;
      }
    }
    long[] packed = new long[n];
    int at = 0;
    for (int row : rows) {
      if (yearOfRow[row] != 0) {
        packed[at++] = ((long) yearOfRow[row] << 32) | row;
      }
    }
    Arrays.sort(packed);
    IntList ys = new IntList();
    IntList ss = new IntList();
    int[] sorted = new int[n];
    for (int i = 0; i < n; i++) {
      int y = (int) (packed[i] >>> 32);
      sorted[i] = (int) packed[i];
      if (ys.size() == 0 || ys.get(ys.size() - 1) != y) {
        ys.add(y);
        ss.add(i);
      }
    }
    ss.add(n);
    return new YearIndex(ys.toArray(), ss.toArray(), sorted);
  }

  private int lower(int year) {
    int i = Arrays.binarySearch(years, year);
    return i >= 0 ? i : -i - 1;
  }

  /** The number of rows whose year lies in {@code [from, to]}. */
  public long count(int from, int to) {
    if (from > to) {
      return 0;
    }
    return starts[lower(to + 1)] - starts[lower(from)];
  }

  /** The rows whose year lies in {@code [from, to]}, ascending. */
  public int[] rows(int from, int to) {
    if (from > to) {
      return new int[0];
    }
    int lo = lower(from);
    int hi = lower(to + 1);
    int[] slice = Arrays.copyOfRange(rows, starts[lo], starts[hi]);
    if (hi - lo > 1) {
      Arrays.sort(slice); // each year's rows are ascending; several years need merging
    }
    return slice;
  }
}
