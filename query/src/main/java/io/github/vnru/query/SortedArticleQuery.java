package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vnru.model.Article;
import io.github.vnru.query.internal.Planner;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An {@link ArticleQuery} in order of publication date, with an optional window ({@link #skip},
 * {@link #limit}). Articles without a publication date come last; ties keep corpus order.
 * Immutable.
 */
public final class SortedArticleQuery {
  private final ArticleQuery query;
  private final boolean newestFirst;
  /** Corpus order instead of date order: {@link ArticleQuery#limit} and {@link ArticleQuery#skip}. */
  private final boolean corpusOrder;
  private final long skip;
  private final long limit;

  SortedArticleQuery(ArticleQuery query, boolean newestFirst, long skip, long limit) {
    this(query, newestFirst, false, skip, limit);
  }

  SortedArticleQuery(ArticleQuery query, boolean newestFirst, boolean corpusOrder, long skip, long limit) {
    this.corpusOrder = corpusOrder;
    this.query = query;
    this.newestFirst = newestFirst;
    this.skip = skip;
    this.limit = limit;
  }

  /**
   * At most the first {@code n} articles of this query.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SortedArticleQuery limit(long n) {
    checkArgument(n >= 0, "limit %s is negative", n);
    return new SortedArticleQuery(query, newestFirst, corpusOrder, skip, Math.min(limit, n));
  }

  /**
   * This query without its first {@code n} articles.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SortedArticleQuery skip(long n) {
    checkArgument(n >= 0, "skip %s is negative", n);
    long newLimit = limit == Long.MAX_VALUE ? limit : Math.max(0, limit - n);
    return new SortedArticleQuery(query, newestFirst, corpusOrder, skip + n, newLimit);
  }

  private int[] rows() {
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
      long day = index.published[r];
      long k;
      if (day == Index.NO_DATE) {
        k = 1L << 31;
      } else {
        long shifted = day + (1L << 30); // epoch days of years 1..9999 fit in 31 bits
        k = newestFirst ? (1L << 31) - shifted : shifted;
      }
      keys[i] = (k << 31) | r;
    }
    return Planner.window(keys, skip, limit);
  }

  /** The articles, in order, as an unmodifiable list. */
  public List<Article> list() {
    Index index = query.index();
    return Arrays.stream(rows()).mapToObj(index.articles::get).collect(
        ImmutableList.toImmutableList());
  }

  /** The articles, in order. */
  public Stream<Article> stream() {
    return list().stream();
  }

  /** The number of articles in the window. */
  public long count() {
    // Sorting does not change how many there are.
    return Math.min(limit, Math.max(0, query.rows().length - skip));
  }

  /** The first article in order, if any. */
  public Optional<Article> first() {
    return limit(1).list().stream().findFirst();
  }

  @Override
  public String toString() {
    return query + (newestFirst ? ".newestFirst()" : ".oldestFirst()")
        + (skip > 0 ? ".skip(" + skip + ")" : "")
        + (limit < Long.MAX_VALUE ? ".limit(" + limit + ")" : "");
  }
}
