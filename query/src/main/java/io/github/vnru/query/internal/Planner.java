package io.github.vnru.query.internal;

import java.util.List;

/**
 * Runs the clauses of a query: takes the candidates of the indexed clause with the smallest
 * estimate (or every row when no clause is indexed) and tests each candidate against every
 * clause, so a selective query costs about the size of its smallest posting list. Not API.
 */
public final class Planner {
  private Planner() {}

  /** The rows of {@code 0..rows-1} that satisfy every clause, ascending. */
  public static int[] run(int rows, List<? extends Clause> clauses) {
    Clause driver = null;
    long best = Long.MAX_VALUE;
    for (Clause c : clauses) {
      long e = c.estimate();
      if (e >= 0 && e < best) {
        best = e;
        driver = c;
      }
    }
    int n = clauses.size();
    Clause[] all = clauses.toArray(new Clause[0]);
    if (driver == null) {
      IntList out = new IntList();
      for (int row = 0; row < rows; row++) {
        if (all(all, n, row)) {
          out.add(row);
        }
      }
      return out.toArray();
    }
    int[] candidates = driver.candidates();
    // Exact posting lists not much longer than the candidates are merged in (sequential reads);
    // the other clauses are tested row by row. An exact driver needs no test of its own.
    Clause[] rest = new Clause[n];
    int k = 0;
    for (Clause c : all) {
      if (c == driver) {
        if (!c.exact()) {
          rest[k++] = c;
        }
      } else if (c.exact() && c.estimate() <= 16L * candidates.length) {
        candidates = intersect(candidates, c.candidates());
      } else {
        rest[k++] = c;
      }
    }
    if (k == 0) {
      return candidates.clone();
    }
    IntList out = new IntList(Math.min(candidates.length, 1024));
    for (int row : candidates) {
      if (all(rest, k, row)) {
        out.add(row);
      }
    }
    return out.toArray();
  }

  /** The sorted intersection of two sorted, duplicate-free arrays. */
  static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int i = 0;
    int j = 0;
    int w = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        out[w++] = a[i];
        i++;
        j++;
      }
    }
    return java.util.Arrays.copyOf(out, w);
  }

  private static boolean all(Clause[] clauses, int n, int row) {
    for (int i = 0; i < n; i++) {
      if (!clauses[i].test(row)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The rows of a sort: sorts {@code keys} (each a sort key above 31 bits of row number) and
   * returns the rows of positions {@code [skip, skip + limit)}.
   */
  public static int[] window(long[] keys, long skip, long limit) {
    java.util.Arrays.sort(keys);
    int start = (int) Math.min(skip, keys.length);
    int end = (int) Math.min(keys.length, start + Math.min(limit, Integer.MAX_VALUE));
    int[] out = new int[end - start];
    for (int i = start; i < end; i++) {
      out[i - start] = (int) (keys[i] & 0x7FFF_FFFFL);
    }
    return out;
  }

  /** The sorted union of sorted, duplicate-free arrays. */
  public static int[] union(List<int[]> lists) {
    if (lists.size() == 1) {
      return lists.get(0);
    }
    int total = 0;
    for (int[] l : lists) {
      total += l.length;
    }
    int[] all = new int[total];
    int at = 0;
    for (int[] l : lists) {
      System.arraycopy(l, 0, all, at, l.length);
      at += l.length;
    }
    java.util.Arrays.sort(all);
    int w = 0;
    for (int i = 0; i < all.length; i++) {
      if (w == 0 || all[w - 1] != all[i]) {
        all[w++] = all[i];
      }
    }
    return java.util.Arrays.copyOf(all, w);
  }

  /** Whether {@code value} is among {@code values[from..to)}, by linear scan (short lists). */
  public static boolean contains(int[] values, int from, int to, int value) {
    for (int i = from; i < to; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
