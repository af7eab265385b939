package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A political party, with its names in Vietnamese, English and Russian. */
@Value.Immutable
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
public abstract class Party {
  Party() {}

  /** The identifier: the usual English abbreviation. */
  public abstract PartyId id();

  /** The full name by language code: {@code vi}, {@code en}, {@code ru}. */
  public abstract Map<String, String> names();

  /** Abbreviations in any language ({@code ĐCSVN}, {@code KPRF}, {@code CPRF}). */
  public abstract List<String> abbreviations();

  /** Other names the press uses. */
  public abstract List<String> aliases();

  /** The ISO country code. */
  public abstract String country();

  /** Free-form notes. */
  public abstract Optional<String> notes();

  /** The English name, else any name, else the id. */
  public String displayName() {
    return names().getOrDefault("en", names().values().stream().findFirst().orElse(id().value()));
  }

  public static ImmutableParty.Builder builder() {
    return ImmutableParty.builder();
  }

  @Value.Check
  void check() {
    checkArgument(
        Checks.isCountryCode(country()),
        "party %s: country '%s' is not an ISO 3166-1 alpha-2 code",
        id(),
        country());
  }
}
