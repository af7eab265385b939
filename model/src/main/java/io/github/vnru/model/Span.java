package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's normalised text:
 * the source decoded as UTF-8, without a byte-order mark, line ends as {@code \n}, white space at
 * line ends removed, Unicode NFC. So an article gives the same spans however it was encoded.
 */
@Value.Immutable(builder = false)
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
public abstract class Span {
  Span() {}

  /** The first offset, inclusive. */
  @Value.Parameter
  public abstract int start();

  /** The end offset, exclusive. */
  @Value.Parameter
  public abstract int end();

  /** The number of characters covered. */
  public int length() {
    return end() - start();
  }

  /**
   * The range {@code [start, end)}.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public static Span of(int start, int end) {
    return ImmutableSpan.of(start, end);
  }

  @Value.Check
  void check() {
    checkArgument(start() >= 0, "span start %s is negative", start());
    checkArgument(end() >= start(), "span end %s is before its start %s", end(), start());
  }
}
