package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.immutables.value.Value;

/**
 * A person's identifier: the full name in its usual English spelling, folded to ASCII, lower
 * case, words joined by {@code -} ({@code nguyen-phu-trong}, {@code vladimir-putin}). Written in
 * JSON as the bare string.
 */
@Value.Immutable(builder = false, copy = false, intern = true)
public abstract class PersonId implements Comparable<PersonId> {
  /** Only Immutables' implementation extends this class. */
  PersonId() {}

  /** The identifier text. */
  @JsonValue
  @Value.Parameter
  public abstract String value();

  /**
   * The identifier {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is not lower-case ASCII words joined by
   *     {@code -}
   */
  @JsonCreator
  public static PersonId of(String value) {
    return ImmutablePersonId.of(value);
  }

  @Value.Check
  void check() {
    checkArgument(
        Checks.isPersonIdForm(value()),
        "invalid person id '%s': expected lower-case ASCII words joined by '-'",
        value());
  }

  @Override
  public int compareTo(PersonId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
