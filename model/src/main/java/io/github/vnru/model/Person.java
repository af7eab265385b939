package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person the registry knows, or one an article named with a title the registry did not list
 * ({@link #registered()} false).
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public abstract class Person {
  Person() {}

  /** The identifier, made from the usual English spelling of the full name. */
  public abstract PersonId id();

  /** The canonical display name ({@code Nguyễn Phú Trọng}, {@code Vladimir Putin}). */
  public abstract String name();

  /** The name by language code: {@code vi}, {@code en}, {@code ru}. */
  public abstract Map<String, String> names();

  /** Every other spelling the press uses, surnames and misspellings included. */
  public abstract List<String> aliases();

  /** The ISO country code of the person's country, if known. */
  public abstract Optional<String> country();

  /** Party memberships, with years. */
  public abstract List<Membership> memberships();

  /** Offices held, with years. */
  public abstract List<Position> positions();

  /** False for a person found in an article by title alone, not listed in a registry. */
  @Value.Default
  public boolean registered() {
    return true;
  }

  /** Free-form notes. */
  public abstract Optional<String> notes();

  /** The parties the person belonged to at some time in {@code year}. */
  public List<PartyId> partiesIn(int year) {
    // a loop, not a stream: every meeting asks this of each participant
    List<PartyId> parties = new ArrayList<>(memberships().size());
    for (Membership m : memberships()) {
      if (m.heldIn(year)) {
        parties.add(m.party());
      }
    }
    return List.copyOf(parties);
  }

  public static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "person %s has a blank name", id());
    country()
        .ifPresent(
            c ->
                checkArgument(
                    Checks.isCountryCode(c),
                    "person %s: country '%s' is not an ISO 3166-1 alpha-2 code",
                    id(),
                    c));
  }
}
