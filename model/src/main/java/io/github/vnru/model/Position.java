package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An office a person held: a role ({@code president}, {@code chairman}, {@code
 * general-secretary}) of an organisation (a country code such as {@code RU} or a party id such as
 * {@code SR}), with the years it held (both inclusive, open if empty).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePosition.class)
@JsonDeserialize(as = ImmutablePosition.class)
public abstract class Position implements Tenure {
  Position() {}

  /** The role, as a lower-case key such as {@code prime-minister}. */
  public abstract String role();

  /** Whose office it is: an ISO country code or a party id. */
  public abstract String of();

  /** The office in English, for display ({@code President of Russia}). */
  public abstract Optional<String> title();

  @Override
  public abstract Optional<Integer> from();

  @Override
  public abstract Optional<Integer> to();

  public static ImmutablePosition.Builder builder() {
    return ImmutablePosition.builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        Checks.isRoleForm(role()), "position role '%s' is not a lower-case key", role());
    checkArgument(!of().isBlank(), "position '%s' names no organisation", role());
    Checks.years(this);
  }
}
