package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PersonId;
import java.util.Optional;

/**
 * Two persons who met, with how often and when: an edge of a {@link MeetingGraph}.
 *
 * @param one the person whose id sorts first
 * @param other the person whose id sorts second
 * @param count how many meetings (or events, for an {@link EventQuery}) they both took part in
 * @param first the earliest of those dates whose year is known, if any
 * @param last the latest of those dates whose year is known, if any
 */
public record Edge(
    PersonId one, PersonId other, long count, Optional<PartialDate> first,
    Optional<PartialDate> last) {
  /**
   * An edge.
   *
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code one} does not sort before {@code other} or {@code
   *     count} is not positive
   */
  public Edge {
    checkNotNull(one, "one");
    checkNotNull(other, "other");
    checkNotNull(first, "first");
    checkNotNull(last, "last");
    checkArgument(one.compareTo(other) < 0, "%s does not sort before %s", one, other);
    checkArgument(count > 0, "count %s is not positive", count);
  }

  /** Whether {@code person} is one of the two ends. */
  public boolean touches(PersonId person) {
    return one.equals(person) || other.equals(person);
  }
}
