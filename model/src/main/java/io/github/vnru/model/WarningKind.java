package io.github.vnru.model;

/**
 * What a {@link Warning} is about. Warnings are recoverable: the article was parsed, and the field
 * concerned is left unknown or empty rather than guessed.
 */
public enum WarningKind {
  /**
   * No headline was found: the text starts with a dateline, a photo caption or a sentence of body
   * text, and no footer names the title. {@link Article#title()} is empty.
   */
  NO_TITLE,
  /** The article has no body paragraph (only a title, a lead or captions). */
  NO_BODY,
  /** A date that does not exist ({@code 2021-13-45}, {@code 30/2}); the date is left unknown. */
  IMPOSSIBLE_DATE,
  /** A stated event date after the published date; the date is left unknown. */
  DATE_AFTER_PUBLISHED,
  /**
   * An event's day is stated in a form that cannot be made a date with certainty (a weekday,
   * {@code on Tuesday}, without a full published date to count back from); it is left unknown.
   */
  EVENT_DATE_UNKNOWN,
  /** Extraction met a problem; the note comes from the extractor. */
  EXTRACTION,
  /**
   * Extraction failed with an unexpected error (a bug); the article keeps its text but has no
   * meetings, mentions, persons or parties.
   */
  EXTRACTION_FAILED
}
