package io.github.vnru.extract;

import io.github.vnru.model.Person;
import io.github.vnru.model.Position;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The persons the article has named so far; answers "the latest who ever held this role". */
final class RecentPersons {
  private final Function<String, Optional<Person>> persons;
  private final Map<String, String> lastByRole = new HashMap<>();
  /**
   * The persons found so far, by id: a person once made stays as it is, and the same persons are
   * named sentence after sentence, so each is looked up once (one not found yet is asked again).
   */
  private final Map<String, Person> found = new HashMap<>();
  /** The person added last, whose roles all map to it, or null. */
  private String last;

  RecentPersons(Function<String, Optional<Person>> persons) {
    this.persons = persons;
  }

  void add(String id) {
    if (id != null && id.equals(last)) {
      return; // its roles are all its own already: a person is often named sentence after sentence
    }
    Person p = found.get(id);
    if (p == null) {
      p = persons.apply(id).orElse(null);
      if (p == null) {
        return;
      }
      found.put(id, p);
    }
    for (Position x : p.positions()) {
      lastByRole.put(x.role(), id);
    }
    last = id;
  }

  /** The latest person named who held {@code role} at some time, or null. */
  String lastWithRole(String role) {
    return lastByRole.get(role);
  }
}
