package io.github.vnru.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A person's membership of a party, with the years it held (both inclusive, open if empty). */
@Value.Immutable
@JsonSerialize(as = ImmutableMembership.class)
@JsonDeserialize(as = ImmutableMembership.class)
public abstract class Membership implements Tenure {
  Membership() {}

  /** The party. */
  public abstract PartyId party();

  @Override
  public abstract Optional<Integer> from();

  @Override
  public abstract Optional<Integer> to();

  public static Membership of(PartyId party) {
    return ImmutableMembership.builder().party(party).build();
  }

  public static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  @Value.Check
  void check() {
    Checks.years(this);
  }
}
