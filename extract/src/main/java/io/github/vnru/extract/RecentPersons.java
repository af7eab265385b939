package io.github.vnru.extract;

import io.github.vnru.model.Person;
import io.github.vnru.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
  /** The persons in the order added (one named again and again, once per run). */
  private final List<Person> order = new ArrayList<>();

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
    order.add(p);
    last = id;
  }

  /** The latest person named who held {@code role} at some time, or null. */
  String lastWithRole(String role) {
    return lastByRole.get(role);
  }

  /** The latest person named who held {@code role} of an organisation other than {@code notOf}. */
  String lastWithRoleNotOf(String role, String notOf) {
    for (int i = order.size() - 1; i >= 0; i--) {
      Person p = order.get(i);
      if (p.positions().stream().anyMatch(x -> x.role().equals(role) && !x.of().equals(notOf))) {
        return p.id().value();
      }
    }
    return null;
  }
}
