package io.github.vnru.extract;

import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.model.Party;
import java.util.HashMap;
import java.util.Map;

/** The parties the article has named so far: the latest other than CPV, the latest per country. */
final class RecentParties {
  /** The home party, which a party title without a party never stands for. */
  static final String HOME = "CPV";

  private final Lexicon lexicon;
  private String lastNotHome;
  private final Map<String, String> lastByCountry = new HashMap<>();

  RecentParties(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void add(String id) {
    if (!HOME.equals(id)) {
      lastNotHome = id;
    }
    Party p = lexicon.party(id);
    if (p != null) {
      lastByCountry.put(p.country(), p.id().value());
    }
  }

  /** The latest party named other than CPV, or null. */
  String lastNotHome() {
    return lastNotHome;
  }

  /**
   * The latest party named of {@code country}; when none was, the one party the registry lists
   * for it (the Vietnamese Party is the CPV however the article begins), else null.
   */
  String lastOfCountry(String country) {
    String last = lastByCountry.get(country);
    if (last != null) {
      return last;
    }
    String only = null;
    for (Party p : lexicon.parties().values()) {
      if (p.country().equals(country)) {
        if (only != null) {
          return null; // Russia has several: "the Russian Party" needs one named before
        }
        only = p.id().value();
      }
    }
    return only;
  }
}
