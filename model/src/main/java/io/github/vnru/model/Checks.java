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

  /**
   * Whether {@code id} has the form of a person id, {@code [a-z0-9]+(?:-[a-z0-9]+)*}: lower-case
   * ASCII words joined by single hyphens. (A char test, not a regex: every mention of a person
   * makes an id.)
   */
  static boolean isPersonIdForm(String id) {
    return isHyphenatedWords(id, true);
  }

  /**
   * Whether {@code role} has the form of a position's role, {@code [a-z]+(?:-[a-z]+)*}: lower-case
   * ASCII words of letters joined by single hyphens. (A char test, not a regex, as {@link
   * #isPersonIdForm}: every unlisted official found makes a position.)
   */
  static boolean isRoleForm(String role) {
    return isHyphenatedWords(role, false);
  }

  /** Whether {@code s} is words of a-z (and 0-9 with {@code digits}) joined by single hyphens. */
  private static boolean isHyphenatedWords(String s, boolean digits) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (s.charAt(i - 1) == '-') {
          return false; // two hyphens in a row: an empty word
        }
      } else if (!(c >= 'a' && c <= 'z') && !(digits && isDigitAscii(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code id} has the form of a party id, {@code [A-Z][A-Z0-9]{0,15}}. (A char test, not
   * a regex, as {@link #isPersonIdForm}.)
   */
  static boolean isPartyIdForm(String id) {
    int n = id.length();
    if (n == 0 || n > 16 || !isUpperAscii(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = id.charAt(i);
      if (!isUpperAscii(c) && !isDigitAscii(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigitAscii(char c) {
    return c >= '0' && c <= '9';
  }

  /** Rejects a tenure that ends before it starts. */
  static void years(Tenure t) {
    if (t.from().isPresent() && t.to().isPresent()) {
      checkArgument(
          t.from().get() <= t.to().get(), "from %s is after to %s", t.from().get(), t.to().get());
    }
  }
}
