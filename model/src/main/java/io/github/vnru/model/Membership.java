package io.github.vnru.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A person's membership of a party, with the years it held (both inclusive, open if empty). */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public interface Membership extends Tenure {
  /** The party. */
  PartyId party();

  @Override
  Optional<Integer> from();

  @Override
  Optional<Integer> to();

  static Membership of(PartyId party) {
    return ImmutableMembership.builder().party(party).build();
  }

  static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  @Value.Check
  default void check() {
    checkYears();
  }
}
