package io.github.vnru.extract;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a {@link Segment}.
 *
 * @param start offset of the sentence in the article's normalised text
 * @param text the sentence as written
 * @param dates the event dates it states, in order
 */
public record Sentence(int start, String text, List<DateMention> dates) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    dates = List.copyOf(dates);
  }

  /** The end offset, exclusive. */
  public int end() {
    return start + text.length();
  }
}
