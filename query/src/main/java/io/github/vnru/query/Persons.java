package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The persons a {@link Corpus} knows: its registry's, those its articles found unlisted, and every
 * person id its articles name. Names resolve ignoring case, diacritics, punctuation and spaces,
 * by any name, alias or id ({@code "nguyen phu trong"}, {@code "V. Pu-tin"}, {@code "putin"}), or
 * by a run of consecutive words of one ({@code "trong"}).
 */
public final class Persons {
  private final Index index;

  Persons(Index index) {
    this.index = index;
  }

  /**
   * The one person {@code name} names. A person known only by id comes back as an unregistered
   * {@link Person} named by its id.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown (the message suggests the
   *     closest known ids: {@code unknown person 'Putn'; closest: vladimir-putin}) or ambiguous
   *     (the message lists the candidates)
   */
  public Person resolve(String name) {
    return person(resolveId(name));
  }

  /**
   * The one person {@code name} names, or empty when it names none or several.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<Person> find(String name) {
    checkNotNull(name, "name");
    Set<PersonId> hits = index.personNames.matches(name);
    return hits.size() == 1 ? Optional.of(person(hits.iterator().next())) : Optional.empty();
  }

  /**
   * The person with this id, if the corpus knows it.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Person> get(PersonId id) {
    checkNotNull(id, "id");
    return index.personCode.containsKey(id) ? Optional.of(person(id)) : Optional.empty();
  }

  /** Every known person, sorted by id. */
  public List<Person> all() {
    return index.personCode.keySet().stream()
        .sorted()
        .map(this::person)
        .collect(ImmutableList.toImmutableList());
  }

  PersonId resolveId(String name) {
    checkNotNull(name, "person name");
    return index.personNames.resolve(name);
  }

  PersonId check(PersonId id) {
    checkNotNull(id, "person id");
    if (!index.personCode.containsKey(id)) {
      throw new IllegalArgumentException(index.personNames.unknown(id.value()));
    }
    return id;
  }

  private Person person(PersonId id) {
    Person p = index.persons.get(id);
    return p != null
        ? p
        : Person.builder().id(id).name(id.value()).registered(false).build();
  }
}
