package io.github.vnru.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A person who took part in a {@link Meeting}, with the title the article gives them there. */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipant.class)
@JsonDeserialize(as = ImmutableParticipant.class)
public interface Participant {
  /** Who took part. */
  PersonId person();

  /** The title they held, as the article writes it ({@code Tổng Bí thư}, {@code President}). */
  Optional<String> title();

  /** A participant without a stated title. */
  static Participant of(PersonId person) {
    return builder().person(person).build();
  }

  /** A participant with the title they held. */
  static Participant of(PersonId person, String title) {
    return builder().person(person).title(title).build();
  }

  static ImmutableParticipant.Builder builder() {
    return ImmutableParticipant.builder();
  }
}
