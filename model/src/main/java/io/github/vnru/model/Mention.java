package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One place where an article names a person, party or place: what it names ({@link #id()}), the
 * text as written, and its span in the article's normalised text.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMention.class)
@JsonDeserialize(as = ImmutableMention.class)
public interface Mention {
  /** Whether a person, a party or a place is named. */
  MentionKind kind();

  /** The person id, party id or place name (English exonym) that is meant. */
  String id();

  /** The text as written ({@code V. Pu-tin}, {@code Đảng ta}). */
  String text();

  /** Where {@link #text()} stands in the article's normalised text. */
  Span span();

  static ImmutableMention.Builder builder() {
    return ImmutableMention.builder();
  }

  @Value.Check
  default void check() {
    checkArgument(!id().isBlank(), "mention of '%s' has a blank id", text());
    checkArgument(
        text().length() == span().length(),
        "mention text '%s' has %s characters but its span covers %s",
        text(),
        text().length(),
        span().length());
  }
}
