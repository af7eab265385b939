package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a meeting took place: a country, and the city when the source names it. */
@Value.Immutable
@JsonSerialize(as = ImmutablePlace.class)
@JsonDeserialize(as = ImmutablePlace.class)
public abstract class Place {
  Place() {}

  /** The city's English exonym ({@code Moscow}, {@code Pyongyang}), if stated. */
  public abstract Optional<String> city();

  /** The ISO 3166-1 alpha-2 country code ({@code RU}, {@code VN}, {@code KP}). */
  public abstract String country();

  /** A country without a known city. */
  public static Place ofCountry(String country) {
    return builder().country(country).build();
  }

  /** A city in a country. */
  public static Place of(String city, String country) {
    return builder().city(city).country(country).build();
  }

  public static ImmutablePlace.Builder builder() {
    return ImmutablePlace.builder();
  }

  /** {@code Moscow, RU}, or {@code RU} when the city is not known. */
  @Override
  public String toString() {
    return city().map(c -> c + ", " + country()).orElse(country());
  }

  @Value.Check
  void check() {
    checkArgument(
        Checks.isCountryCode(country()), "country '%s' is not an ISO 3166-1 alpha-2 code", country());
    checkArgument(
        city().map(c -> !c.isBlank()).orElse(true), "city is blank; leave it empty instead");
  }
}
