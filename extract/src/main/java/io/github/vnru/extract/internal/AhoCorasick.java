package io.github.vnru.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A char-level Aho-Corasick automaton: finds every occurrence of every pattern in one pass over
 * the text, so the cost does not grow with the number of patterns. Patterns and text are matched
 * char for char; fold both first for case- and diacritic-insensitive search. Immutable once built.
 *
 * @param <T> the payload carried by each pattern
 */
public final class AhoCorasick<T> {
  /** One occurrence of a pattern: {@code [start, end)} in the text, and the pattern's payload. */
  public record Match<T>(int start, int end, T payload) {}

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    Node fail;
    /** Payloads of patterns ending here, with their lengths. */
    final List<Object[]> outputs = new ArrayList<>();
    /** The nearest node on the fail chain (excluding this) that has outputs. */
    Node dictLink;
  }

  private final Node root;
  private final int size;

  private AhoCorasick(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  /** The number of patterns. */
  public int size() {
    return size;
  }

  /** A builder; add patterns, then {@link Builder#build()}. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Collects patterns for an {@link AhoCorasick}. Not thread-safe. */
  public static final class Builder<T> {
    private final Node root = new Node();
    private int size;

    private Builder() {}

    /** Adds {@code pattern} with {@code payload}; an empty pattern is ignored. */
    public Builder<T> add(String pattern, T payload) {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(payload, "payload");
      if (pattern.isEmpty()) {
        return this;
      }
      Node node = root;
      for (int i = 0; i < pattern.length(); i++) {
        node = node.next.computeIfAbsent(pattern.charAt(i), c -> new Node());
      }
      node.outputs.add(new Object[] {pattern.length(), payload});
      size++;
      return this;
    }

    /** The automaton. */
    public AhoCorasick<T> build() {
      ArrayDeque<Node> queue = new ArrayDeque<>();
      root.fail = root;
      for (Node child : root.next.values()) {
        child.fail = root;
        queue.add(child);
      }
      while (!queue.isEmpty()) {
        Node node = queue.poll();
        for (Map.Entry<Character, Node> e : node.next.entrySet()) {
          char c = e.getKey();
          Node child = e.getValue();
          Node f = node.fail;
          while (f != root && !f.next.containsKey(c)) {
            f = f.fail;
          }
          Node target = f.next.get(c);
          child.fail = (target != null && target != child) ? target : root;
          child.dictLink = child.fail.outputs.isEmpty() ? child.fail.dictLink : child.fail;
          queue.add(child);
        }
      }
      return new AhoCorasick<>(root, size);
    }
  }

  /** Every occurrence of every pattern in {@code text}, ordered by end, then by length (longest first). */
  @SuppressWarnings("unchecked")
  public List<Match<T>> findAll(CharSequence text) {
    List<Match<T>> out = new ArrayList<>();
    Node node = root;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      while (node != root && !node.next.containsKey(c)) {
        node = node.fail;
      }
      Node n = node.next.get(c);
      node = n == null ? root : n;
      for (Node o = node.outputs.isEmpty() ? node.dictLink : node; o != null; o = o.dictLink) {
        for (Object[] output : o.outputs) {
          int len = (Integer) output[0];
          out.add(new Match<>(i + 1 - len, i + 1, (T) output[1]));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public String toString() {
    return "AhoCorasick" + Arrays.asList(size + " patterns");
  }
}
