package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vnru.model.Party;
import io.github.vnru.model.PartyId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parties a {@link Corpus} knows: its registry's and every party id its articles name. Names
 * resolve ignoring case, diacritics, punctuation and spaces, by id, abbreviation, name in any
 * language or alias ({@code "UR"}, {@code "Nước Nga Thống nhất"}, {@code "ĐCSVN"}).
 */
public final class Parties {
  /** The country code given to a party known only by its id: ISO 3166's "unknown", ZZ. */
  public static final String UNKNOWN_COUNTRY = "ZZ";

  private final Index index;

  Parties(Index index) {
    this.index = index;
  }

  /**
   * The one party {@code name} names. A party known only by id comes back with no names and the
   * country {@value #UNKNOWN_COUNTRY}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown (the message suggests the
   *     closest known ids) or ambiguous (the message lists the candidates)
   */
  public Party resolve(String name) {
    return party(resolveId(name));
  }

  /**
   * The one party {@code name} names, or empty when it names none or several.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<Party> find(String name) {
    checkNotNull(name, "name");
    Set<PartyId> hits = index.partyNames.matches(name);
    return hits.size() == 1 ? Optional.of(party(hits.iterator().next())) : Optional.empty();
  }

  /**
   * The party with this id, if the corpus knows it.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Party> get(PartyId id) {
    checkNotNull(id, "id");
    return index.partyCode.containsKey(id) ? Optional.of(party(id)) : Optional.empty();
  }

  /** Every known party, sorted by id. */
  public List<Party> all() {
    return index.partyCode.keySet().stream()
        .sorted()
        .map(this::party)
        .collect(ImmutableList.toImmutableList());
  }

  PartyId resolveId(String name) {
    checkNotNull(name, "party name");
    return index.partyNames.resolve(name);
  }

  PartyId check(PartyId id) {
    checkNotNull(id, "party id");
    if (!index.partyCode.containsKey(id)) {
      throw new IllegalArgumentException(index.partyNames.unknown(id.value()));
    }
    return id;
  }

  private Party party(PartyId id) {
    Party p = index.parties.get(id);
    return p != null ? p : Party.builder().id(id).country(UNKNOWN_COUNTRY).build();
  }
}
