package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

/** Checks the value types share; not API. */
final class Checks {
  private Checks() {}

  /**
   * Whether {@code code} has the form of an ISO 3166-1 alpha-2 code: two letters A-Z. (A char
   * test, not a regex: every registry entry and article runs it.)
   */
  static boolean isCountryCode(String code) {
    return code.length() == 2 && isUpperAscii(code.charAt(0)) && isUpperAscii(code.charAt(1));
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Rejects a tenure that ends before it starts. */
  static void years(Tenure t) {
    if (t.from().isPresent() && t.to().isPresent()) {
      checkArgument(
          t.from().get() <= t.to().get(), "from %s is after to %s", t.from().get(), t.to().get());
    }
  }
}
