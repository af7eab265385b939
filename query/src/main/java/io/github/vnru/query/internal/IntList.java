package io.github.vnru.query.internal;

import java.util.Arrays;

/** A growable array of {@code int}s, for building posting lists without boxing. Not API. */
public final class IntList {
  private int[] values;
  private int size;

  /** An empty list. */
  public IntList() {
    this(8);
  }

  /** An empty list with room for {@code capacity} values (at least one). */
  public IntList(int capacity) {
    values = new int[Math.max(capacity, 1)];
  }

  /** Appends {@code value}. */
  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** The number of values. */
  public int size() {
    return size;
  }

  /**
   * The value at {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not below {@link #size()}
   */
  public int get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return values[index];
  }

  /** A trimmed copy of the values. */
  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
