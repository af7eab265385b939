package io.github.vnru.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A char-level Aho-Corasick automaton: finds every occurrence of every pattern in one pass over
 * the text, so the cost does not grow with the number of patterns. Patterns and text are matched
 * char for char; fold both first for case- and diacritic-insensitive search. Immutable once built.
 *
 * <p>Built as flat arrays: a full transition table for ASCII (folded text is mostly ASCII), sorted
 * per-state key arrays with fail links for other chars, and each state's outputs (its own and
 * those down its dictionary chain) concatenated, so a search allocates only the matches.
 *
 * @param <T> the payload carried by each pattern
 */
public final class AhoCorasick<T> {
  /** One occurrence of a pattern: {@code [start, end)} in the text, and the pattern's payload. */
  public record Match<T>(int start, int end, T payload) {}

  private static final int ASCII = 128;

  /** Trie node while building. */
  private static final class Node {
    final Map<Character, Node> next = new TreeMap<>();
    Node fail;
    /** Payloads of patterns ending here, with their lengths. */
    final List<Object[]> outputs = new ArrayList<>();
    /** The nearest node on the fail chain (excluding this) that has outputs. */
    Node dictLink;
    int id;
  }

  private final int size;
  /** {@code asciiGoto[state * 128 + c]}: the next state on ASCII {@code c}, fail links applied. */
  private final int[] asciiGoto;
  /** Per state: sorted non-ASCII keys of its own trie edges, and their targets. */
  private final char[][] keys;
  private final int[][] targets;
  private final int[] fail;
  /** Per state: lengths and payloads of every pattern ending here, longest first. */
  private final int[][] outLengths;
  private final Object[][] outPayloads;

  private AhoCorasick(
      int size,
      int[] asciiGoto,
      char[][] keys,
      int[][] targets,
      int[] fail,
      int[][] outLengths,
      Object[][] outPayloads) {
    this.size = size;
    this.asciiGoto = asciiGoto;
    this.keys = keys;
    this.targets = targets;
    this.fail = fail;
    this.outLengths = outLengths;
    this.outPayloads = outPayloads;
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
      List<Node> order = new ArrayList<>();
      ArrayDeque<Node> queue = new ArrayDeque<>();
      root.fail = root;
      root.id = 0;
      order.add(root);
      for (Node child : root.next.values()) {
        child.fail = root;
        queue.add(child);
      }
      while (!queue.isEmpty()) {
        Node node = queue.poll();
        node.id = order.size();
        order.add(node);
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
      int n = order.size();
      int[] asciiGoto = new int[n * ASCII];
      char[][] keys = new char[n][];
      int[][] targets = new int[n][];
      int[] fail = new int[n];
      int[][] outLengths = new int[n][];
      Object[][] outPayloads = new Object[n][];
      // BFS order: a state's fail state comes earlier, so its ASCII row is already complete.
      for (Node node : order) {
        int s = node.id;
        fail[s] = node.fail.id;
        for (int c = 0; c < ASCII; c++) {
          Node child = node.next.get((char) c);
          if (child != null) {
            asciiGoto[s * ASCII + c] = child.id;
          } else {
            asciiGoto[s * ASCII + c] = s == 0 ? 0 : asciiGoto[fail[s] * ASCII + c];
          }
        }
        int k = 0;
        for (char c : node.next.keySet()) {
          if (c >= ASCII) {
            k++;
          }
        }
        keys[s] = new char[k];
        targets[s] = new int[k];
        int j = 0;
        for (Map.Entry<Character, Node> e : node.next.entrySet()) {
          if (e.getKey() >= ASCII) {
            keys[s][j] = e.getKey();
            targets[s][j] = e.getValue().id;
            j++;
          }
        }
        List<Object[]> outs = new ArrayList<>();
        for (Node o = node.outputs.isEmpty() ? node.dictLink : node; o != null; o = o.dictLink) {
          outs.addAll(o.outputs);
        }
        outLengths[s] = new int[outs.size()];
        outPayloads[s] = new Object[outs.size()];
        for (int i = 0; i < outs.size(); i++) {
          outLengths[s][i] = (Integer) outs.get(i)[0];
          outPayloads[s][i] = outs.get(i)[1];
        }
      }
      return new AhoCorasick<>(size, asciiGoto, keys, targets, fail, outLengths, outPayloads);
    }
  }

  private int step(int state, char c) {
    if (c < ASCII) {
      return asciiGoto[state * ASCII + c];
    }
    int s = state;
    while (true) {
      int i = Arrays.binarySearch(keys[s], c);
      if (i >= 0) {
        return targets[s][i];
      }
      if (s == 0) {
        return 0;
      }
      s = fail[s];
    }
  }

  /** Every occurrence of every pattern in {@code text}, ordered by end, then by length (longest first). */
  @SuppressWarnings("unchecked")
  public List<Match<T>> findAll(CharSequence text) {
    List<Match<T>> out = new ArrayList<>();
    int state = 0;
    // a String's chars: charAt through the CharSequence interface costs more than the step
    String str = text.toString();
    int n = str.length();
    for (int i = 0; i < n; i++) {
      state = step(state, str.charAt(i));
      int[] lengths = outLengths[state];
      if (lengths.length > 0) {
        Object[] payloads = outPayloads[state];
        for (int k = 0; k < lengths.length; k++) {
          out.add(new Match<>(i + 1 - lengths[k], i + 1, (T) payloads[k]));
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
