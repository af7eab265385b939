package io.github.vnru.extract.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A title or honorific that may stand before a person's name ({@code Tổng thống}, {@code Deputy
 * Prime Minister}, {@code ông}), with the role key it denotes in persons' positions.
 *
 * @param role the position role key ({@code president}); {@code honorific} for plain honorifics
 * @param of the organisation (country code or party id) the title implies, if any ({@code Chủ
 *     tịch nước} is Vietnam's)
 * @param aliases every spelling
 * @param honorific whether it is a mere honorific ({@code ông}, {@code Mr}) that names no office
 * @param notOf a country whose office-holder the title, standing alone for a person, never names
 *     ({@code Tổng thống} is a foreign president: Vietnam's is {@code Chủ tịch nước})
 * @param offices for a rank, the offices whose holders carry it ({@code General Giang}: the one
 *     Giang who was chief of the general staff or a minister of defence or public security)
 * @param notes free-form notes
 */
public record TitleEntry(
    @JsonProperty(value = "role", required = true) String role,
    @JsonProperty("of") Optional<String> of,
    @JsonProperty("aliases") List<String> aliases,
    @JsonProperty("honorific") Boolean honorific,
    @JsonProperty("notOf") Optional<String> notOf,
    @JsonProperty("offices") List<String> offices,
    @JsonProperty("notes") Optional<String> notes) {

  /** Checks the entry; missing lists become empty. */
  public TitleEntry {
    Objects.requireNonNull(role, "role");
    of = of == null ? Optional.empty() : of;
    honorific = honorific != null && honorific;
    notOf = notOf == null ? Optional.empty() : notOf;
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    offices = offices == null ? List.of() : List.copyOf(offices);
    notes = notes == null ? Optional.empty() : notes;
    if (!role.matches("[a-z]+(?:-[a-z]+)*")) {
      throw new IllegalArgumentException("title role '" + role + "' is not a lower-case key");
    }
    for (String office : offices) {
      if (!office.matches("[a-z]+(?:-[a-z]+)*")) {
        throw new IllegalArgumentException(
            "title " + role + ": office '" + office + "' is not a lower-case key");
      }
    }
    if (aliases.isEmpty()) {
      throw new IllegalArgumentException("title " + role + " has no aliases");
    }
  }
}
