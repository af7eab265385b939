package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.model.Person;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each person's country as a side of a meeting, looked up once per article: the stages ask it of
 * the same few persons again and again. A Soviet official is on Russia's side. Not thread-safe.
 */
final class SideCountries {
  /** The country of a person who has none (compared as this instance). */
  private static final String NO_COUNTRY = new String("");
  private static final String SOVIET_UNION = "SU";

  private final MentionFinder mentions;
  private final Map<String, String> countries = new HashMap<>();

  SideCountries(MentionFinder mentions) {
    this.mentions = mentions;
  }

  /** The country of the person {@code id} as a side, or null when the person has none. */
  String of(String id) {
    String c = countries.get(id);
    if (c == null) {
      c = mentions.person(id).flatMap(Person::country).orElse(NO_COUNTRY);
      if (SOVIET_UNION.equals(c)) {
        c = "RU"; // Russia's side of the relationship before 1992
      }
      countries.put(id, c);
    }
    return c == NO_COUNTRY ? null : c;
  }

  /** The countries of {@code persons} that have one, in the order first named. */
  Set<String> of(Collection<Item> persons) {
    Set<String> out = new LinkedHashSet<>();
    for (Item it : persons) {
      String c = of(it.id);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The one person of {@code persons} of {@code country}, or null when there is none or more. */
  Item onlyOneOf(List<Item> persons, String country) {
    Item one = null;
    for (Item it : persons) {
      if (country.equals(of(it.id))) {
        if (one != null && !one.id.equals(it.id)) {
          return null;
        }
        one = it;
      }
    }
    return one;
  }

  /** Whether {@code persons} are of two countries or more. */
  boolean bothSides(List<Item> persons) {
    String first = null;
    for (Item it : persons) {
      String c = of(it.id);
      if (c != null && first != null && !c.equals(first)) {
        return true;
      }
      first = first != null ? first : c;
    }
    return false;
  }
}
