package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vnru.model.PersonId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Who met whom: one {@link Edge} per pair of persons who took part in a meeting together. */
public final class MeetingGraph {
  private final ImmutableList<Edge> edges;

  MeetingGraph(List<Edge> edges) {
    this.edges =
        ImmutableList.sortedCopyOf(
            Comparator.comparingLong(Edge::count)
                .reversed()
                .thenComparing(Edge::one)
                .thenComparing(Edge::other),
            edges);
  }

  /** Every edge, most meetings first, then by the persons' ids. */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * The edge between {@code a} and {@code b}, in either order.
   *
   * @throws NullPointerException if either is null
   */
  public Optional<Edge> edge(PersonId a, PersonId b) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    return edges.stream().filter(e -> e.touches(a) && e.touches(b) && !a.equals(b)).findFirst();
  }

  /**
   * The edges that touch {@code person}, most meetings first.
   *
   * @throws NullPointerException if {@code person} is null
   */
  public List<Edge> edgesOf(PersonId person) {
    checkNotNull(person, "person");
    return edges.stream().filter(e -> e.touches(person)).collect(ImmutableList.toImmutableList());
  }

  /** Every person at an end of some edge, sorted by id. */
  public Set<PersonId> persons() {
    ImmutableSortedSet.Builder<PersonId> b = ImmutableSortedSet.naturalOrder();
    edges.forEach(e -> b.add(e.one()).add(e.other()));
    return b.build();
  }

  @Override
  public String toString() {
    return "MeetingGraph" + edges;
  }
}
