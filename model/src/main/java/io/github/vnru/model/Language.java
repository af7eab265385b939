package io.github.vnru.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The language an article is written in, written in JSON as its ISO 639-1 code. */
public enum Language {
  VIETNAMESE("vi"),
  ENGLISH("en"),
  RUSSIAN("ru");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code: {@code "vi"}, {@code "en"} or {@code "ru"}. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The language with this ISO 639-1 code or English name, ignoring case.
   *
   * @throws IllegalArgumentException if the code names no supported language
   */
  @JsonCreator
  public static Language of(String code) {
    String c = code.trim().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c) || l.name().toLowerCase(Locale.ROOT).equals(c)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "'; expected vi, en or ru");
  }
}
