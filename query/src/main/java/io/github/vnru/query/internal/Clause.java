package io.github.vnru.query.internal;

/**
 * One condition of a query over the rows of a table (meetings or articles), numbered {@code
 * 0..n-1}. Not API.
 */
public interface Clause {
  /**
   * An upper bound on the number of rows {@link #candidates()} returns, or {@code -1} when the
   * clause has no index and can only {@link #test} rows.
   */
  long estimate();

  /**
   * The rows that may satisfy this clause, ascending and without duplicates: a superset of the
   * rows for which {@link #test} is true. Called only when {@link #estimate()} is not negative.
   */
  int[] candidates();

  /** Whether {@code row} satisfies this clause. */
  boolean test(int row);

  /** Whether every row of {@link #candidates()} satisfies this clause, so need not be tested. */
  default boolean exact() {
    return false;
  }
}
