package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The sentence of an article that states a fact, and where it stands in the article's text. */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidence.class)
@JsonDeserialize(as = ImmutableEvidence.class)
public abstract class Evidence {
  Evidence() {}

  /** The sentence as written. */
  public abstract String sentence();

  /** Where the sentence stands in the article's normalised text. */
  public abstract Span span();

  public static Evidence of(String sentence, Span span) {
    return ImmutableEvidence.builder().sentence(sentence).span(span).build();
  }

  @Value.Check
  void check() {
    checkArgument(!sentence().isBlank(), "evidence sentence is blank");
    checkArgument(
        sentence().length() == span().length(),
        "evidence sentence has %s characters but its span %s-%s covers %s",
        sentence().length(),
        span().start(),
        span().end(),
        span().length());
  }
}
