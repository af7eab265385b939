package io.github.vnru.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One real meeting, with every report of it: the same kind and participants, reported by one or
 * more articles in either language, with dates that agree (the dates stated, and for undated
 * reports the days their articles were published). See {@link Corpus#events()} for how reports
 * are grouped.
 */
public final class Event {
  private final ImmutableList<MeetingRecord> sources;

  Event(List<MeetingRecord> sources) {
    this.sources = ImmutableList.copyOf(sources);
  }

  /** The reports of this event, in corpus order; never empty. */
  public List<MeetingRecord> sources() {
    return sources;
  }

  /** The ids of the articles that report it, in corpus order, each once. */
  public List<String> articleIds() {
    return sources.stream().map(MeetingRecord::articleId).distinct().collect(
        ImmutableList.toImmutableList());
  }

  /** How they met. */
  public MeetingKind kind() {
    return sources.get(0).meeting().kind();
  }

  /** Who took part, sorted by id. */
  public Set<PersonId> participants() {
    return ImmutableSortedSet.copyOf(sources.get(0).meeting().participantIds());
  }

  /** The parties any report names for it, sorted by id. */
  public Set<PartyId> parties() {
    ImmutableSortedSet.Builder<PartyId> b = ImmutableSortedSet.naturalOrder();
    sources.forEach(s -> b.addAll(s.meeting().parties()));
    return b.build();
  }

  /**
   * The most precise date the reports give: a full date when any report has one, else the
   * partial date they share, else empty.
   */
  public Optional<PartialDate> date() {
    Optional<PartialDate> best = Optional.empty();
    for (MeetingRecord s : sources) {
      Optional<PartialDate> d = s.meeting().date();
      if (d.isPresent()
          && (best.isEmpty() || d.get().precision() == PartialDate.Precision.DAY)) {
        best = d;
      }
    }
    return best;
  }

  /** The first place any report gives, preferring one with a city. */
  public Optional<Place> place() {
    Optional<Place> any = Optional.empty();
    for (MeetingRecord s : sources) {
      Optional<Place> p = s.meeting().place();
      if (p.isPresent() && p.get().city().isPresent()) {
        return p;
      }
      if (any.isEmpty()) {
        any = p;
      }
    }
    return any;
  }

  /** The first report's meeting, as a representative. */
  public Meeting meeting() {
    return sources.get(0).meeting();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Event && ((Event) o).sources.equals(sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sources);
  }

  @Override
  public String toString() {
    return kind() + " " + participants() + " " + date().map(Object::toString).orElse("undated")
        + " " + articleIds();
  }
}
