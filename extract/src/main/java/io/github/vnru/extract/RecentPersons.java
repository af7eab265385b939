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

  RecentPersons(Function<String, Optional<Person>> persons) {
    this.persons = persons;
  }

  void add(String id) {
    Optional<Person> p = persons.apply(id);
    if (p.isPresent()) {
      for (Position x : p.get().positions()) {
        lastByRole.put(x.role(), id);
      }
    }
  }

  /** The latest person named who held {@code role} at some time, or null. */
  String lastWithRole(String role) {
    return lastByRole.get(role);
  }
}
