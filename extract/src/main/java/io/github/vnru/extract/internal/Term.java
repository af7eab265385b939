package io.github.vnru.extract.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One spelling in the registry's automaton: what it names and how strictly it must match.
 *
 * @param kind what the spelling names
 * @param id the person id, party id, place name or title role
 * @param alias the spelling as the registry writes it
 * @param exactCase whether the text must match the spelling's case exactly (abbreviations such as
 *     {@code SR})
 * @param contextual whether the spelling is a short form (a Vietnamese given name such as {@code
 *     Phúc}) that counts only when the article names the person in full
 * @param singleWord whether the spelling is one word, so its diacritics must match unless the text
 *     has none ({@code Nga} must not match {@code Ngà})
 * @param capitalised whether the text must start with a capital letter, as the spelling does
 * @param ref the registry entry (a {@code TitleEntry} or {@code PlaceEntry}), or null
 * @param registeredRussian whether the term names a registered Russian whose given names the
 *     lexicon knows ({@link Lexicon#hasGivenNames}): set once when the term is made, as every
 *     person candidate of every sentence asks it
 */
public record Term(
    TermKind kind,
    String id,
    String alias,
    boolean exactCase,
    boolean contextual,
    boolean singleWord,
    boolean capitalised,
    Object ref,
    boolean registeredRussian)
    implements SentenceMatcher.Pattern {
  /** Checks the components. */
  public Term {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(alias, "alias");
  }

  /**
   * The registry's entry of a {@link TermKind#TITLE} term.
   *
   * @throws IllegalStateException if this is no title
   */
  public TitleEntry titleEntry() {
    if (ref instanceof TitleEntry t) {
      return t;
    }
    throw new IllegalStateException("not a title: " + kind + " " + id);
  }

  /**
   * Lower case, ё written е, as a one-word spelling and the text it matches are compared: Russian
   * puts the dots on ё at will (секретарём, секретарем).
   */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  /** The registry's entry of a place term; empty for other terms. */
  public Optional<PlaceEntry> placeEntry() {
    return ref instanceof PlaceEntry p ? Optional.of(p) : Optional.empty();
  }

  /** What a {@link Term} names. */
  public enum TermKind {
    PERSON,
    PARTY,
    PLACE,
    INSTITUTION,
    TITLE
  }
}
