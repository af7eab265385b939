package io.github.vnru.extract.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.vnru.model.Place;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place in the registry: a country, a region (a country's first-level division: an oblast, a
 * republic of Russia, a province of Vietnam), a city, or an institution (one named after someone,
 * or a body such as the State Duma), whose name only blocks taking its words for a person's.
 *
 * @param name the English exonym ({@code Pyongyang}); a place mention's id
 * @param country the ISO 3166-1 alpha-2 code
 * @param kind {@code country}, {@code region}, {@code city} or {@code institution}
 * @param aliases every spelling the press uses, in any language; the name is matched only when
 *     listed here or when the list is empty (a city's name may be a given name too: {@code Vinh})
 * @param aliasesAfterPlaceWord spellings that name the place only right after a word of place
 *     ({@code tại Nghệ An}, {@code in Nghe An}): a Vietnamese province's bare name is a given name
 *     too ({@code Nguyễn Thái Bình})
 * @param notes free-form notes
 */
public record PlaceEntry(
    @JsonProperty(value = "name", required = true) String name,
    @JsonProperty(value = "country", required = true) String country,
    @JsonProperty(value = "kind", required = true) String kind,
    @JsonProperty("aliases") List<String> aliases,
    @JsonProperty("aliasesAfterPlaceWord") List<String> aliasesAfterPlaceWord,
    @JsonProperty("notes") Optional<String> notes) {

  /** Checks the entry; missing lists become empty. */
  public PlaceEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    aliasesAfterPlaceWord =
        aliasesAfterPlaceWord == null ? List.of() : List.copyOf(aliasesAfterPlaceWord);
    notes = notes == null ? Optional.empty() : notes;
    if (name.isBlank()) {
      throw new IllegalArgumentException("place has a blank name");
    }
    if (!country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "place " + name + ": country '" + country + "' is not an ISO 3166-1 alpha-2 code");
    }
    if (!List.of("country", "region", "city", "institution").contains(kind)) {
      throw new IllegalArgumentException(
          "place " + name + ": kind '" + kind + "' is not country, region, city or institution");
    }
  }

  /** Whether this is a city. */
  public boolean isCity() {
    return kind.equals("city");
  }

  /** Whether this is a region: it places things in its country, and names no one's office. */
  public boolean isRegion() {
    return kind.equals("region");
  }

  /** Where this is, as a meeting's place: the city and its country, or the country alone. */
  public Place place() {
    return isCity() ? Place.of(name, country) : Place.ofCountry(country);
  }

  /** Whether this is an institution or landmark named after someone. */
  public boolean isInstitution() {
    return kind.equals("institution");
  }
}
