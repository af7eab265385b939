package io.github.vnru.extract;

import io.github.vnru.model.Meeting;
import io.github.vnru.model.Mention;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.util.List;
import java.util.Set;

/**
 * What extraction found in one article.
 *
 * @param meetings one per event
 * @param mentions every mention of a person, party or place, in text order
 * @param persons every person named, in order of first mention
 * @param parties every party named, in order of first mention
 * @param unlistedPersons persons found by title that no registry lists
 * @param warnings recoverable problems, each with its reason
 */
public record ExtractionResult(
    List<Meeting> meetings,
    List<Mention> mentions,
    Set<PersonId> persons,
    Set<PartyId> parties,
    List<Person> unlistedPersons,
    List<String> warnings) {
  public ExtractionResult {
    meetings = List.copyOf(meetings);
    mentions = List.copyOf(mentions);
    persons = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(persons));
    parties = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(parties));
    unlistedPersons = List.copyOf(unlistedPersons);
    warnings = List.copyOf(warnings);
  }
}
