package io.github.vnru.query;

import com.google.common.collect.ImmutableSortedMap;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PersonId;
import io.github.vnru.query.internal.Dates;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Counting helpers shared by meeting and event queries. */
final class Aggregations {
  private Aggregations() {}

  static <X> Map<Year, Long> byYear(Iterable<X> xs, Function<X, Optional<PartialDate>> date) {
    TreeMap<Year, Long> out = new TreeMap<>();
    for (X x : xs) {
      date.apply(x).ifPresent(d -> d.year().ifPresent(y -> out.merge(Year.of(y), 1L, Long::sum)));
    }
    return ImmutableSortedMap.copyOfSorted(out);
  }

  static <X, K extends Comparable<? super K>> Map<K, Long> byKeys(
      Iterable<X> xs, Function<X, ? extends Collection<K>> keys) {
    TreeMap<K, Long> out = new TreeMap<>();
    for (X x : xs) {
      for (K k : keys.apply(x)) {
        out.merge(k, 1L, Long::sum);
      }
    }
    return ImmutableSortedMap.copyOfSorted(out);
  }

  static <X> MeetingGraph graph(
      Iterable<X> xs,
      Function<X, ? extends Collection<PersonId>> persons,
      Function<X, Optional<PartialDate>> date) {
    Map<List<PersonId>, long[]> count = new TreeMap<>(Aggregations::comparePairs);
    Map<List<PersonId>, PartialDate[]> span = new TreeMap<>(Aggregations::comparePairs);
    for (X x : xs) {
      List<PersonId> ps = new ArrayList<>(persons.apply(x));
      ps.sort(null);
      Optional<PartialDate> d = date.apply(x).filter(p -> Dates.group(Optional.of(p)) == 0);
      for (int i = 0; i < ps.size(); i++) {
        for (int j = i + 1; j < ps.size(); j++) {
          List<PersonId> key = List.of(ps.get(i), ps.get(j));
          count.computeIfAbsent(key, k -> new long[1])[0]++;
          PartialDate[] s = span.computeIfAbsent(key, k -> new PartialDate[2]);
          if (d.isPresent()) {
            if (s[0] == null || d.get().compareTo(s[0]) < 0) {
              s[0] = d.get();
            }
            if (s[1] == null || d.get().compareTo(s[1]) > 0) {
              s[1] = d.get();
            }
          }
        }
      }
    }
    List<Edge> edges = new ArrayList<>();
    count.forEach(
        (k, c) -> {
          PartialDate[] s = span.get(k);
          edges.add(
              new Edge(
                  k.get(0), k.get(1), c[0], Optional.ofNullable(s[0]), Optional.ofNullable(s[1])));
        });
    return new MeetingGraph(edges);
  }

  private static int comparePairs(List<PersonId> a, List<PersonId> b) {
    int c = a.get(0).compareTo(b.get(0));
    return c != 0 ? c : a.get(1).compareTo(b.get(1));
  }

  /**
   * A key that sorts rows by date: known years first (oldest or newest first), then month-days
   * (in calendar order, or reversed), then undated, ties in corpus order.
   */
  static long sortKey(byte group, int dateKey, int row, boolean newestFirst) {
    long k = newestFirst && group != Dates.UNDATED ? (1L << 27) - 1 - dateKey : dateKey;
    return ((long) group << 58) | (k << 31) | row;
  }
}
