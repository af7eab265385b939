package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One place where an article names a person, party or place: what it names ({@link #id()}), the
 * text as written, and where it starts in the article's normalised text. The end follows from the
 * text, so a mention stores one offset: an article holds dozens of mentions, and a corpus millions.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMention.class)
@JsonDeserialize(as = ImmutableMention.class)
public abstract class Mention {
  Mention() {}

  /** Whether a person, a party or a place is named. */
  public abstract MentionKind kind();

  /** The person id, party id or place name (English exonym) that is meant. */
  public abstract String id();

  /** The text as written ({@code V. Pu-tin}, {@code Đảng ta}). */
  public abstract String text();

  /** Where {@link #text()} starts in the article's normalised text. */
  public abstract int start();

  /** Where {@link #text()} ends in the article's normalised text, exclusive. */
  public int end() {
    return start() + text().length();
  }

  /** Where {@link #text()} stands in the article's normalised text. */
  public Span span() {
    return Span.of(start(), end());
  }

  public static ImmutableMention.Builder builder() {
    return ImmutableMention.builder();
  }

  @Value.Check
  void check() {
    checkArgument(!id().isBlank(), "mention of '%s' has a blank id", text());
    checkArgument(!text().isEmpty(), "mention of %s has no text", id());
    checkArgument(start() >= 0, "mention '%s' starts at negative offset %s", text(), start());
  }
}
