package io.github.vnru.query.internal;

import java.util.function.IntPredicate;
import java.util.function.Supplier;

/** Factories of {@link Clause}s. Not API. */
public final class Clauses {
  private Clauses() {}

  /** A clause backed by an index that yields at most {@code estimate} candidates. */
  public static Clause indexed(long estimate, Supplier<int[]> candidates, IntPredicate test) {
    return new Clause() {
      @Override
      public long estimate() {
        return estimate;
      }

      @Override
      public int[] candidates() {
        return candidates.get();
      }

      @Override
      public boolean test(int row) {
        return test.test(row);
      }
    };
  }

  /**
   * A clause backed by a posting list that holds exactly the rows satisfying it; {@code test}
   * answers the same for rows reached through another clause's candidates.
   */
  public static Clause exact(int[] postings, IntPredicate test) {
    return new Clause() {
      @Override
      public long estimate() {
        return postings.length;
      }

      @Override
      public int[] candidates() {
        return postings;
      }

      @Override
      public boolean test(int row) {
        return test.test(row);
      }

      @Override
      public boolean exact() {
        return true;
      }
    };
  }

  /** A clause with no index: every row is tested. */
  public static Clause scan(IntPredicate test) {
    return new Clause() {
      @Override
      public long estimate() {
        return -1;
      }

      @Override
      public int[] candidates() {
        throw new UnsupportedOperationException("not indexed");
      }

      @Override
      public boolean test(int row) {
        return test.test(row);
      }
    };
  }
}
