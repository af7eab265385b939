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
public interface Position extends Tenure {
  /** The role, as a lower-case key such as {@code prime-minister}. */
  String role();

  /** Whose office it is: an ISO country code or a party id. */
  String of();

  /** The office in English, for display ({@code President of Russia}). */
  Optional<String> title();

  @Override
  Optional<Integer> from();

  @Override
  Optional<Integer> to();

  static ImmutablePosition.Builder builder() {
    return ImmutablePosition.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(
        role().matches("[a-z]+(?:-[a-z]+)*"), "position role '%s' is not a lower-case key", role());
    checkArgument(!of().isBlank(), "position '%s' names no organisation", role());
    checkYears();
  }
}
