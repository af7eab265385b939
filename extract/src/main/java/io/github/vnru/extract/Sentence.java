package io.github.vnru.extract;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a {@link Segment}.
 *
 * @param start offset of the sentence in the article's normalised text
 * @param text the sentence as written
 * @param dates the event dates it states, in order
 * @param spans the first days of the spans of days it states ({@code on October 24-25}, {@code từ
 *     21 đến 23/5}), in order: something it reports happened within one, on no day it says
 */
public record Sentence(int start, String text, List<DateMention> dates, List<DateMention> spans) {
  public Sentence {
    Objects.requireNonNull(text, "text");
    dates = List.copyOf(dates);
    spans = List.copyOf(spans);
  }

  /** A sentence that states no span of days. */
  public Sentence(int start, String text, List<DateMention> dates) {
    this(start, text, dates, List.of());
  }

  /** The end offset, exclusive. */
  public int end() {
    return start + text.length();
  }
}
