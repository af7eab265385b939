package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One event at which two or more persons met, spoke or wrote to each other, as one article
 * reports it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting {
  Meeting() {}

  /** In person, by phone, by video, or by letter. */
  public abstract MeetingKind kind();

  /** When it took place, as precisely as the article says; empty when it does not say. */
  public abstract Optional<PartialDate> date();

  /** Where it took place; empty for calls and when the article does not say. */
  public abstract Optional<Place> place();

  /** Those who met or spoke, each once, in the order the article names them. */
  public abstract List<Participant> participants();

  /** The parties the participants belonged to at the time, sorted. */
  @Value.NaturalOrder
  public abstract SortedSet<PartyId> parties();

  /** Areas of cooperation discussed, sorted ({@code energy}, {@code defence}, {@code COVID-19}). */
  @Value.NaturalOrder
  public abstract SortedSet<String> topics();

  /** The sentence that reports the meeting. */
  public abstract Evidence evidence();

  /** True when the article recalls an earlier meeting rather than reporting a new one. */
  @Value.Default
  public boolean recalled() {
    return false;
  }

  /** The participants' person ids. */
  public Set<PersonId> participantIds() {
    Set<PersonId> ids = new java.util.LinkedHashSet<>();
    participants().forEach(p -> ids.add(p.person()));
    return java.util.Collections.unmodifiableSet(ids);
  }

  public static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        !participants().isEmpty(), "meeting without participants: '%s'", evidence().sentence());
    Set<PersonId> seen = new HashSet<>();
    for (Participant p : participants()) {
      checkArgument(seen.add(p.person()), "participant %s is listed twice", p.person());
    }
  }
}
