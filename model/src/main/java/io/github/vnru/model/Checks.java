package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

/** Checks the value types share; not API. */
final class Checks {
  private Checks() {}

  /** Rejects a tenure that ends before it starts. */
  static void years(Tenure t) {
    if (t.from().isPresent() && t.to().isPresent()) {
      checkArgument(
          t.from().get() <= t.to().get(), "from %s is after to %s", t.from().get(), t.to().get());
    }
  }
}
