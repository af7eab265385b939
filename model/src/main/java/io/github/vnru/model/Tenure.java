package io.github.vnru.model;

import java.util.Optional;

/** Years during which something held, both inclusive; an empty bound is open. */
public interface Tenure {
  /** The first year, if known. */
  Optional<Integer> from();

  /** The last year, or empty while it still holds. */
  Optional<Integer> to();

  /** Whether it held at some time in {@code year}. */
  default boolean heldIn(int year) {
    return from().map(f -> f <= year).orElse(true) && to().map(t -> year <= t).orElse(true);
  }

}
