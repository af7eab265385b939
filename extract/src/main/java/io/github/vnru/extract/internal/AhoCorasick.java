package io.github.vnru.extract.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A char-level Aho-Corasick automaton: finds every occurrence of every pattern in one pass over
 * the text, so the cost does not grow with the number of patterns. Patterns and text are matched
 * char for char; fold both first for case- and diacritic-insensitive search. Immutable once built.
 *
 * <p>Built as flat arrays: each char of the patterns has a column ({@code columns}; a char no pattern
 * has goes to the root from any state), a full transition table over those columns with the fail
 * links applied for the states that branch, and for the others (one child or none) just the
 * child's char and the fail state, so each text char costs a few array reads whatever its script,
 * and each state's outputs (its own and those down its dictionary chain) concatenated, so a
 * search allocates only the matches.
 *
 * @param <T> the payload carried by each pattern
 */
public final class AhoCorasick<T> {
  /** One occurrence of a pattern: {@code [start, end)} in the text, and the pattern's payload. */
  public record Match<T>(int start, int end, T payload) {}

  /** Receives the occurrences {@link #forEach} finds, in the order {@link #findAll} lists them. */
  @FunctionalInterface
  public interface Sink<T> {
    /** One occurrence of a pattern: {@code [start, end)} in the text. */
    void accept(int start, int end, T payload);
  }

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
  /** Per ASCII char, its column (0: no pattern has it). */
  private final int[] asciiColumn;
  /** The first non-ASCII char with a column, and per char from it on, its column (0: none). */
  private final char wideFirst;
  private final int[] wideColumn;
  /** The number of columns, the first (0) for chars no pattern has. */
  private final int columns;
  /**
   * Per state: a state with one child or none (most are: the inside of a long pattern) holds its
   * child's char, with {@link #THIN_CHILD} set when it has one and {@link #THIN_OUTPUT} when
   * patterns end at the child, which is the next state ({@link #numberDepthFirst}); any other
   * state holds {@code -1 - row}, its row of {@link #rows}. Full rows only for the states that
   * branch keep the table small enough to stay in the cache.
   */
  private final int[] shape;
  /** Per state, its fail state: where a state without a row goes on any char but its child's. */
  private final int[] fail;
  /**
   * {@code rows[row * columns + column]}: the next state of a state with a row, fail links
   * applied, with {@link #CHAR_OUTPUT} set when patterns end there; in chars while the states
   * fit, as the registry's do, so the table is half the size in the cache.
   */
  private final char[] rows;
  /** The same table in ints ({@link #INT_OUTPUT} the flag), for more states; null otherwise. */
  private final int[] wideRows;
  /** {@link #CHAR_OUTPUT} or {@link #INT_OUTPUT}, as the table is stored. */
  private final int outputFlag;
  private static final int THIN_CHILD = 1 << 16;
  private static final int THIN_OUTPUT = 1 << 17;
  /**
   * The flag on a transition to a state where patterns end: the search reads the outputs only
   * then, not after every char.
   */
  private static final int CHAR_OUTPUT = 0x8000;
  private static final int INT_OUTPUT = 1 << 30;
  /**
   * Per state {@code s}: the lengths and payloads of every pattern ending there, longest first,
   * are {@code [outStart[s], outStart[s + 1])} of {@code outLengths} and {@code outPayloads}.
   * Flat arrays: the check for outputs after each char reads one small array, not an object per
   * state.
   */
  private final int[] outStart;
  /**
   * Per output, its pattern's length, with {@link #WORD_START} set when it is reported only at
   * the start of a word: one array read per output in the search.
   */
  private final int[] outLengths;
  private final Object[] outPayloads;
  private static final int WORD_START = 1 << 31;

  private AhoCorasick(
      int size,
      int[] asciiColumn,
      char wideFirst,
      int[] wideColumn,
      int columns,
      int[] next,
      List<Node> byId,
      int[] outStart,
      int[] outLengths,
      Object[] outPayloads) {
    this.size = size;
    this.asciiColumn = asciiColumn;
    this.wideFirst = wideFirst;
    this.wideColumn = wideColumn;
    this.columns = columns;
    int n = byId.size();
    boolean chars = n <= CHAR_OUTPUT;
    int flag = chars ? CHAR_OUTPUT : INT_OUTPUT;
    this.outputFlag = flag;
    this.shape = new int[n];
    this.fail = new int[n];
    int[] full = new int[n * columns];
    int rowCount = 0;
    for (Node node : byId) {
      int s = node.id;
      fail[s] = node.fail.id;
      if (s != 0 && node.next.size() <= 1) {
        for (Map.Entry<Character, Node> e : node.next.entrySet()) {
          int child = e.getValue().id;
          boolean ends = outStart[child] < outStart[child + 1];
          shape[s] = e.getKey() | THIN_CHILD | (ends ? THIN_OUTPUT : 0);
        }
        continue;
      }
      int row = rowCount++;
      shape[s] = -1 - row;
      for (int c = 0; c < columns; c++) {
        int target = next[s * columns + c];
        boolean ends = outStart[target] < outStart[target + 1];
        full[row * columns + c] = ends ? target | flag : target;
      }
    }
    int[] table = Arrays.copyOf(full, rowCount * columns);
    if (chars) {
      this.rows = new char[table.length];
      for (int i = 0; i < table.length; i++) {
        this.rows[i] = (char) table[i];
      }
      this.wideRows = null;
    } else {
      this.rows = null;
      this.wideRows = table;
    }
    this.outStart = outStart;
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
      return add(pattern, payload, false);
    }

    /**
     * Adds {@code pattern} with {@code payload}; with {@code wordStart}, an occurrence right after
     * a letter or digit of the text is not reported (it starts inside a word). An empty pattern
     * is ignored.
     */
    public Builder<T> add(String pattern, T payload, boolean wordStart) {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(payload, "payload");
      if (pattern.isEmpty()) {
        return this;
      }
      Node node = root;
      for (int i = 0; i < pattern.length(); i++) {
        node = node.next.computeIfAbsent(pattern.charAt(i), c -> new Node());
      }
      node.outputs.add(new Object[] {pattern.length(), payload, wordStart});
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
      // columns: every char some pattern has, in char order
      TreeSet<Character> chars = new TreeSet<>();
      for (Node node : order) {
        chars.addAll(node.next.keySet());
      }
      int[] asciiColumn = new int[ASCII];
      char wideFirst = 0;
      int[] wideColumn = new int[0];
      int columns = 1;
      for (char c : chars) {
        if (c < ASCII) {
          asciiColumn[c] = columns++;
        }
      }
      SortedSet<Character> wide = chars.tailSet((char) ASCII);
      if (!wide.isEmpty()) {
        wideFirst = wide.first();
        wideColumn = new int[wide.last() - wideFirst + 1];
        for (char c : wide) {
          wideColumn[c - wideFirst] = columns++;
        }
      }
      int n = order.size();
      List<Node> byId = numberDepthFirst(root);
      int[] next = new int[n * columns];
      int[] outStart = new int[n + 1];
      List<Object[]> flat = new ArrayList<>();
      // BFS order: a state's fail state comes earlier, so its row is already complete.
      for (Node node : order) {
        int s = node.id;
        int fail = node.fail.id;
        for (int c = 1; c < columns; c++) {
          next[s * columns + c] = s == 0 ? 0 : next[fail * columns + c];
        }
        for (Map.Entry<Character, Node> e : node.next.entrySet()) {
          char c = e.getKey();
          int col = c < ASCII ? asciiColumn[c] : wideColumn[c - wideFirst];
          next[s * columns + col] = e.getValue().id;
        }
      }
      for (Node node : byId) {
        int s = node.id;
        List<Object[]> outs = new ArrayList<>();
        for (Node o = node.outputs.isEmpty() ? node.dictLink : node; o != null; o = o.dictLink) {
          outs.addAll(o.outputs);
        }
        outStart[s] = flat.size();
        flat.addAll(outs);
      }
      outStart[n] = flat.size();
      int[] outLengths = new int[flat.size()];
      Object[] outPayloads = new Object[flat.size()];
      for (int i = 0; i < flat.size(); i++) {
        boolean wordStart = (Boolean) flat.get(i)[2];
        outLengths[i] = (Integer) flat.get(i)[0] | (wordStart ? WORD_START : 0);
        outPayloads[i] = flat.get(i)[1];
      }
      return new AhoCorasick<>(size, asciiColumn, wideFirst, wideColumn, columns, next, byId,
          outStart, outLengths, outPayloads);
    }
  }

  /**
   * Numbers the states depth first, so the rows of a pattern's states follow one another in the
   * table and a walk along a pattern reads neighbouring memory; returns them by number.
   */
  private static List<Node> numberDepthFirst(Node root) {
    List<Node> byId = new ArrayList<>();
    ArrayDeque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      node.id = byId.size();
      byId.add(node);
      List<Node> children = new ArrayList<>(node.next.values());
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
    return byId;
  }

  /** Every occurrence of every pattern in {@code text}, ordered by end, then by length (longest first). */
  public List<Match<T>> findAll(CharSequence text) {
    List<Match<T>> out = new ArrayList<>();
    forEach(text, (start, end, payload) -> out.add(new Match<>(start, end, payload)));
    return Collections.unmodifiableList(out);
  }

  /**
   * Hands every occurrence of every pattern in {@code text} to {@code sink}, ordered by end, then
   * by length (longest first); nothing is allocated for the occurrences.
   */
  public void forEach(CharSequence text, Sink<? super T> sink) {
    // the chars in an array: charAt (through CharSequence, or on a two-byte String) costs more
    // than the step itself
    forEach(text.toString().toCharArray(), sink);
  }

  /**
   * {@link #forEach(CharSequence, Sink)} over the text's chars, for a caller that has them in an
   * array already; the array is only read.
   */
  @SuppressWarnings("unchecked")
  public void forEach(char[] chars, Sink<? super T> sink) {
    // the tables in locals: the sink is a call the JIT may not inline, after which it would read
    // every field again on each char
    final int[] shape = this.shape;
    final int[] fail = this.fail;
    final char[] rows = this.rows;
    final int[] wideRows = this.wideRows;
    final int[] asciiColumn = this.asciiColumn;
    final int[] wideColumn = this.wideColumn;
    final char wideFirst = this.wideFirst;
    final int columns = this.columns;
    final int flag = outputFlag;
    final int[] outStart = this.outStart;
    final int[] outLengths = this.outLengths;
    final Object[] outPayloads = this.outPayloads;
    int n = chars.length;
    int state = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      // the transition from state on c, output flag included
      int col;
      if (c < ASCII) {
        col = asciiColumn[c];
      } else {
        int w = c - wideFirst;
        col = w >= 0 && w < wideColumn.length ? wideColumn[w] : 0;
      }
      if (col == 0) {
        state = 0; // a char no pattern has leads every state to the root
        continue;
      }
      int s = state;
      while (true) {
        int k = shape[s];
        if (k < 0) {
          int at = (-1 - k) * columns + col;
          state = rows != null ? rows[at] : wideRows[at];
          break;
        }
        if ((k & THIN_CHILD) != 0 && (char) k == c) {
          state = (s + 1) | ((k & THIN_OUTPUT) != 0 ? flag : 0);
          break;
        }
        s = fail[s]; // a state without a row goes on as its fail state does
      }
      if ((state & flag) != 0) {
        state &= ~flag;
        int to = outStart[state + 1];
        for (int k = outStart[state]; k < to; k++) {
          int length = outLengths[k];
          int start = i + 1 - (length & ~WORD_START);
          if (length < 0 && start > 0 && Chars.isLetterOrDigit(chars[start - 1])) {
            continue; // inside a word: "ong" in "không"
          }
          sink.accept(start, i + 1, (T) outPayloads[k]);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "AhoCorasick" + Arrays.asList(size + " patterns");
  }
}
