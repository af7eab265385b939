package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vnru.model.Meeting;
import io.github.vnru.query.internal.Planner;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A {@link MeetingQuery} in date order (from {@code oldestFirst()} or {@code newestFirst()}) or
 * in corpus order (from {@code limit} or {@code skip}), with an optional window ({@link #skip}, {@link #limit}).
 * Meetings whose year is known come first (oldest or newest first), then those known only by
 * month and day, then undated ones; ties keep corpus order. Immutable.
 */
public final class SortedMeetingQuery {
  private final MeetingQuery query;
  private final boolean newestFirst;
  /** Corpus order instead of date order: {@link MeetingQuery#limit} and {@link MeetingQuery#skip}. */
  private final boolean corpusOrder;
  private final long skip;
  private final long limit;

  SortedMeetingQuery(MeetingQuery query, boolean newestFirst, long skip, long limit) {
    this(query, newestFirst, false, skip, limit);
  }

  SortedMeetingQuery(MeetingQuery query, boolean newestFirst, boolean corpusOrder, long skip, long limit) {
    this.corpusOrder = corpusOrder;
    this.query = query;
    this.newestFirst = newestFirst;
    this.skip = skip;
    this.limit = limit;
  }

  /**
   * At most the first {@code n} meetings of this query.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SortedMeetingQuery limit(long n) {
    checkArgument(n >= 0, "limit %s is negative", n);
    return new SortedMeetingQuery(query, newestFirst, corpusOrder, skip, Math.min(limit, n));
  }

  /**
   * This query without its first {@code n} meetings.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SortedMeetingQuery skip(long n) {
    checkArgument(n >= 0, "skip %s is negative", n);
    long newLimit = limit == Long.MAX_VALUE ? limit : Math.max(0, limit - n);
    return new SortedMeetingQuery(query, newestFirst, corpusOrder, skip + n, newLimit);
  }

  int[] rows() {
    Index index = query.index();
    int[] rows = query.rows();
    if (corpusOrder) {
      long[] keys = new long[rows.length];
      for (int i = 0; i < rows.length; i++) {
        keys[i] = rows[i];
      }
      return Planner.window(keys, skip, limit);
    }
    long[] keys = new long[rows.length];
    for (int i = 0; i < rows.length; i++) {
      int r = rows[i];
      keys[i] = Aggregations.sortKey(index.dateGroup[r], index.dateKey[r], r, newestFirst);
    }
    return Planner.window(keys, skip, limit);
  }

  /** The meetings, in order, as an unmodifiable list. */
  public List<Meeting> list() {
    Index index = query.index();
    return Arrays.stream(rows()).mapToObj(r -> index.meetings[r]).collect(
        ImmutableList.toImmutableList());
  }

  /** The meetings with their articles, in order, as an unmodifiable list. */
  public List<MeetingRecord> records() {
    Index index = query.index();
    return Arrays.stream(rows()).mapToObj(index::record).collect(ImmutableList.toImmutableList());
  }

  /** The meetings, in order. */
  public Stream<Meeting> stream() {
    return list().stream();
  }

  /** The number of meetings in the window. */
  public long count() {
    // Sorting does not change how many there are.
    return Math.min(limit, Math.max(0, query.rows().length - skip));
  }

  /** The first meeting in order, if any. */
  public Optional<Meeting> first() {
    return limit(1).list().stream().findFirst();
  }

  /** The first meeting in order with its article, if any. */
  public Optional<MeetingRecord> firstRecord() {
    return limit(1).records().stream().findFirst();
  }

  @Override
  public String toString() {
    return query + (newestFirst ? ".newestFirst()" : ".oldestFirst()")
        + (skip > 0 ? ".skip(" + skip + ")" : "")
        + (limit < Long.MAX_VALUE ? ".limit(" + limit + ")" : "");
  }
}
