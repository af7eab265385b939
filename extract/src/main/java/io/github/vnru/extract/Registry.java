package io.github.vnru.extract;

import io.github.vnru.model.Party;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reference data: the persons, parties and places vnru knows, with every spelling the press uses.
 * Immutable and thread-safe.
 */
public final class Registry {
  // STUB: replaced by the extraction work (issue 4).
  private Registry() {}

  /** The built-in registry, loaded once from the jar's JSON resources. */
  public static Registry defaults() {
    return new Registry();
  }

  /** Every person, sorted by id. */
  public Collection<Person> persons() {
    return List.of();
  }

  /** Every party, sorted by id. */
  public Collection<Party> parties() {
    return List.of();
  }

  /** The person with this id. */
  public Optional<Person> person(PersonId id) {
    return Optional.empty();
  }

  /** The party with this id. */
  public Optional<Party> party(PartyId id) {
    return Optional.empty();
  }
}
