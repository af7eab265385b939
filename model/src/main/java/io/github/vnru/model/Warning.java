package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A recoverable problem met while parsing one article, such as a date left unknown or a missing
 * headline: its {@link WarningKind} (to filter on), a message for people, and the text and offset
 * it concerns when it concerns one stretch of the article.
 *
 * <p>JSON: {@code {"kind":"DATE_AFTER_PUBLISHED","message":"date 2021-05-01 is after the published
 * date 2021-04-05; date left unknown","text":"1/5/2021","offset":120}}; {@code text} and {@code
 * offset} are {@code null} when the warning concerns the whole article.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWarning.class)
@JsonDeserialize(as = ImmutableWarning.class)
public abstract class Warning {
  Warning() {}

  /** What the warning is about. */
  public abstract WarningKind kind();

  /** What happened and what was done about it, in English, without the source's name. */
  public abstract String message();

  /** The text concerned, as written, if the warning concerns one stretch of the article. */
  public abstract Optional<String> text();

  /**
   * Where {@link #text()} (or the place concerned) starts in the article's normalised text, if
   * the warning concerns one place.
   */
  public abstract OptionalInt offset();

  /** A warning about the whole article. */
  public static Warning of(WarningKind kind, String message) {
    return ImmutableWarning.builder().kind(kind).message(message).build();
  }

  /** A warning about {@code text} at {@code offset}. */
  public static Warning at(WarningKind kind, int offset, String text, String message) {
    return ImmutableWarning.builder()
        .kind(kind)
        .message(message)
        .text(text)
        .offset(offset)
        .build();
  }

  @Value.Check
  void check() {
    checkArgument(!message().isBlank(), "warning message is blank");
    checkArgument(
        offset().isEmpty() || offset().getAsInt() >= 0,
        "warning offset %s is negative",
        offset());
  }
}
