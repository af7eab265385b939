package io.github.vnru.extract;

import io.github.vnru.model.PartialDate;
import java.util.Objects;

/**
 * A date a sentence states as the date of an event ({@code ngày 10/10}, {@code on April 5}),
 * already resolved against the article's published date. Anniversary and historical dates are
 * not reported as date mentions.
 *
 * @param start offset of the date's text in the article's normalised text
 * @param end end offset, exclusive
 * @param date the date, as precisely as known
 */
public record DateMention(int start, int end, PartialDate date) {
  public DateMention {
    Objects.requireNonNull(date, "date");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad date span " + start + "-" + end);
    }
  }
}
