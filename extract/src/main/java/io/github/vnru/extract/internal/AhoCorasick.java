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
 * has goes to the root from any state). A state that branches (or the root) has a row of the
 * transition table over those columns, fail links applied; the others (one child or none: the
 * inside of a long pattern, most states) keep just the child's char, the child and the fail state.
 * The states with a row are numbered first, so a state's number says which kind it is and a step
 * from a state with a row is one array read, whatever its script; and each state's outputs (its
 * own and those down its dictionary chain, less those its own chars put inside a word) are
 * concatenated, so a search allocates only the matches. The tables are in chars while a char
 * numbers every state, as for the registry's automata (about 41,000 states), so they take half
 * the cache; which states have outputs is a bit per state beside them.
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

  /**
   * Receives the occurrences {@link #forEachPattern} finds, each as its pattern's number: a
   * caller that keeps what it needs of each pattern in arrays by number reads no payload object
   * for an occurrence it drops.
   */
  @FunctionalInterface
  public interface PatternSink {
    /** One occurrence of pattern {@code pattern} ({@link Builder#add}): {@code [start, end)}. */
    void accept(int start, int end, int pattern);
  }

  private static final int ASCII = 128;

  /** Trie node while building. */
  private static final class Node {
    final Map<Character, Node> next = new TreeMap<>();
    /** The node this one is a child of (null for the root), and the char from it to this one. */
    final Node parent;
    final char via;
    Node fail;
    /** Patterns ending here: length, number, wordStart, wordEnd, capital. */
    final List<Object[]> outputs = new ArrayList<>();
    /** The nearest node on the fail chain (excluding this) that has outputs. */
    Node dictLink;
    int id;

    Node(Node parent, char via) {
      this.parent = parent;
      this.via = via;
    }
  }

  private final int size;
  /** Per ASCII char, its column (0: no pattern has it). */
  private final int[] asciiColumn;
  /** The first non-ASCII char with a column, and per char from it on, its column (0: none). */
  private final char wideFirst;
  private final int[] wideColumn;
  /** The number of columns, the first (0) for chars no pattern has. */
  private final int columns;

  /*
   * The states are numbered those with a row first (the root is 0), then the thin ones. The step
   * from a state with a row reads the next state straight from the row, with no look-up of what
   * kind of state it is first: each char is one read that depends on the last, not two, and the
   * search is bound by that chain of reads.
   */
  /** The number of states with a row: a state of that number or more is thin. */
  private final int rowCount;
  /**
   * {@code rows[row * columns + column]}: the next state of a state with a row, fail links
   * applied; in chars while the states fit, as the registry's do, so the table is half the size
   * in the cache.
   */
  private final char[] rows;
  /** The same table in ints, for more states; null otherwise. */
  private final int[] wideRows;
  /**
   * Bit {@code s} set when patterns end at state {@code s}: the search reads the outputs only
   * then, not after every char. Apart from the tables, so a char numbers every state of a table
   * in chars (a flag bit in the char would leave it 32,768, fewer than the registry needs), and
   * small enough (5 KB for the registry) to stay in the nearest cache.
   */
  private final long[] ends;
  /**
   * Per thin state (one child or none) {@code t}, its number less {@link #rowCount}, at {@code
   * 3 t}, {@code 3 t + 1} and {@code 3 t + 2}: its child's char (for none, a char without a
   * column, which the search never compares), its child and its fail state, side by side in one
   * array, so a step reads one cache line; in chars while the states fit, as for {@link #rows},
   * else in ints ({@link #wideThin}; then this is null).
   */
  private final char[] thin;
  private final int[] wideThin;
  private static final int THIN = 3;
  /**
   * Per state {@code s}: the lengths
   * and numbers of every pattern ending there, longest first, are {@code [outStart[s],
   * outStart[s + 1])} of {@code outLengths} and {@code outPatterns}.
   */
  private final int[] outStart;
  /**
   * Per output, its pattern's length, with {@link #WORD_START} set when it is reported only at
   * the start of a word (and {@link #WORD_END} at the end of one, {@link #CAPITAL} where the text
   * as written starts it with a capital): one array read per output in the search.
   */
  private final int[] outLengths;
  /** Per output, its pattern's number: the payload is {@code payloads[number]}. */
  private final int[] outPatterns;
  /** Per pattern number, its payload (null for an empty pattern, which is never found). */
  private final Object[] payloads;
  private static final int WORD_START = 1 << 31;
  /** With {@link #WORD_END}: an output reported only where its word ends (see {@link Builder#add}). */
  private static final int WORD_END = 1 << 30;
  /** An output reported only where the text as written starts it with a capital. */
  private static final int CAPITAL = 1 << 29;
  private static final int LENGTH = ~(WORD_START | WORD_END | CAPITAL);

  private AhoCorasick(
      int size,
      int[] asciiColumn,
      char wideFirst,
      int[] wideColumn,
      int columns,
      int[] next,
      List<Node> byId,
      int[] outStart,
      List<Object[]> outputs,
      Object[] payloads) {
    this.size = size;
    this.asciiColumn = asciiColumn;
    this.wideFirst = wideFirst;
    this.wideColumn = wideColumn;
    this.columns = columns;
    int n = byId.size();
    // rows and thin states each numbered in depth-first order: a pattern's states stay close
    int[] number = new int[n];
    int rowsSoFar = 0;
    for (Node node : byId) {
      if (!isThin(node)) {
        number[node.id] = rowsSoFar++;
      }
    }
    int thinSoFar = rowsSoFar;
    for (Node node : byId) {
      if (isThin(node)) {
        number[node.id] = thinSoFar++;
      }
    }
    this.rowCount = rowsSoFar;
    boolean chars = n <= Character.MAX_VALUE + 1;
    int[] table = new int[rowsSoFar * columns];
    int[] thinTable = new int[THIN * (n - rowsSoFar)];
    char noColumn = charWithoutColumn();
    for (Node node : byId) {
      int s = node.id;
      int x = number[s];
      if (x < rowsSoFar) {
        for (int c = 0; c < columns; c++) {
          int target = next[s * columns + c];
          table[x * columns + c] = number[target];
        }
        continue;
      }
      int t = THIN * (x - rowsSoFar);
      thinTable[t] = noColumn;
      thinTable[t + 2] = number[node.fail.id];
      for (Map.Entry<Character, Node> e : node.next.entrySet()) {
        int child = e.getValue().id;
        thinTable[t] = e.getKey();
        thinTable[t + 1] = number[child];
      }
    }
    this.rows = chars ? toChars(table) : null;
    this.wideRows = chars ? null : table;
    this.thin = chars ? toChars(thinTable) : null;
    this.wideThin = chars ? null : thinTable;
    this.ends = new long[(n + 63) >>> 6];
    for (int s = 0; s < n; s++) {
      if (ends(outStart, s)) {
        ends[number[s] >>> 6] |= 1L << number[s];
      }
    }
    // the outputs by the states' new numbers
    this.outStart = new int[n + 1];
    this.outLengths = new int[outputs.size()];
    this.outPatterns = new int[outputs.size()];
    this.payloads = payloads;
    int[] byNumber = new int[n];
    for (int s = 0; s < n; s++) {
      byNumber[number[s]] = s;
    }
    int k = 0;
    for (int x = 0; x < n; x++) {
      int s = byNumber[x];
      this.outStart[x] = k;
      for (int o = outStart[s]; o < outStart[s + 1]; o++) {
        Object[] out = outputs.get(o);
        outLengths[k] = (Integer) out[0] | ((Boolean) out[2] ? WORD_START : 0)
            | ((Boolean) out[3] ? WORD_END : 0) | ((Boolean) out[4] ? CAPITAL : 0);
        outPatterns[k] = (Integer) out[1];
        k++;
      }
    }
    this.outStart[n] = k;
  }

  /** {@code values}, each of which fits in a char, as chars. */
  private static char[] toChars(int[] values) {
    char[] out = new char[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (char) values[i];
    }
    return out;
  }

  /** Whether a state keeps no row: one child or none, and not the root. */
  private static boolean isThin(Node node) {
    return node.id != 0 && node.next.size() <= 1;
  }

  private static boolean ends(int[] outStart, int state) {
    return outStart[state] < outStart[state + 1];
  }

  /** The column of {@code c} (0: no pattern has it). */
  private int column(char c) {
    if (c < ASCII) {
      return asciiColumn[c];
    }
    int w = c - wideFirst;
    return w >= 0 && w < wideColumn.length ? wideColumn[w] : 0;
  }

  /** Some char no pattern has. */
  private char charWithoutColumn() {
    char c = 0;
    while (column(c) != 0) {
      c++;
    }
    return c;
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
    private final Node root = new Node(null, '\0');
    private int size;
    /** The payloads by pattern number: one per call of add, an empty pattern's too. */
    private final List<Object> payloads = new ArrayList<>();

    private Builder() {}

    /**
     * Adds {@code pattern} with {@code payload}; an empty pattern is ignored. The patterns are
     * numbered in the order of the calls of add, from 0, an empty one too ({@link
     * PatternSink}).
     */
    public Builder<T> add(String pattern, T payload) {
      return add(pattern, payload, false);
    }

    /**
     * Adds {@code pattern} with {@code payload}; with {@code wordStart}, an occurrence right after
     * a letter or digit of the text is not reported (it starts inside a word). An empty pattern
     * is ignored.
     */
    public Builder<T> add(String pattern, T payload, boolean wordStart) {
      return add(pattern, payload, wordStart, false);
    }

    /**
     * {@link #add(String, Object, boolean)}; with {@code wordEnd} too, an occurrence whose last
     * char is a letter or digit and is followed by one is not reported (it ends inside a word).
     */
    public Builder<T> add(String pattern, T payload, boolean wordStart, boolean wordEnd) {
      return add(pattern, payload, wordStart, wordEnd, false);
    }

    /**
     * {@link #add(String, Object, boolean, boolean)}; with {@code capital} too, an occurrence is
     * reported only where the text as written starts it with an upper-case letter ({@link
     * #forEach(char[], char[], Sink)}): most occurrences of a name's spelling in lower-case text
     * are dropped before their payload is read.
     */
    public Builder<T> add(
        String pattern, T payload, boolean wordStart, boolean wordEnd, boolean capital) {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(payload, "payload");
      int number = payloads.size();
      payloads.add(payload);
      if (pattern.isEmpty()) {
        return this;
      }
      Node node = root;
      for (int i = 0; i < pattern.length(); i++) {
        Node parent = node;
        node = node.next.computeIfAbsent(pattern.charAt(i), c -> new Node(parent, c));
      }
      node.outputs.add(new Object[] {pattern.length(), number, wordStart, wordEnd, capital});
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
          for (Object[] out : o.outputs) {
            if (!alwaysInsideWord(node, out)) {
              outs.add(out);
            }
          }
        }
        outStart[s] = flat.size();
        flat.addAll(outs);
      }
      outStart[n] = flat.size();
      return new AhoCorasick<>(size, asciiColumn, wideFirst, wideColumn, columns, next, byId,
          outStart, flat, payloads.toArray());
    }
  }

  /**
   * Whether {@code out}, a pattern ending at {@code node}, is reported only at a word's start
   * while the char before it in the node's own string is a letter or digit: the search would
   * drop it wherever the node is reached ({@code ong} at the node of {@code khong}), so the node
   * does not keep it, and a node left with no outputs is not flagged at all.
   */
  private static boolean alwaysInsideWord(Node node, Object[] out) {
    if (!(Boolean) out[2]) {
      return false;
    }
    Node before = node;
    for (int k = (Integer) out[0]; k > 0; k--) {
      before = before.parent;
    }
    return before.parent != null && Chars.isLetterOrDigit(before.via);
  }

  /**
   * Numbers the states depth first, so the rows (and thin entries) of a pattern's states follow
   * one another and a walk along a pattern reads neighbouring memory; returns them by number.
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
  public void forEach(char[] chars, Sink<? super T> sink) {
    forEach(chars, null, sink);
  }

  /**
   * {@link #forEach(char[], Sink)} over {@code chars}, the fold of {@code written}, the text as
   * written (both only read, of one length): an output added with {@code capital} is reported
   * only where {@code written} starts it with an upper-case letter. With {@code written} null,
   * those outputs are reported wherever they occur.
   */
  @SuppressWarnings("unchecked")
  public void forEach(char[] chars, char[] written, Sink<? super T> sink) {
    Object[] payloads = this.payloads;
    forEachPattern(chars, written, (start, end, p) -> sink.accept(start, end, (T) payloads[p]));
  }

  /** The payload of pattern {@code number} ({@link Builder#add}). */
  @SuppressWarnings("unchecked")
  public T payload(int number) {
    return (T) payloads[number];
  }

  /**
   * {@link #forEach(char[], char[], Sink)}, each occurrence handed over as its pattern's number
   * ({@link Builder#add}): no payload is read.
   */
  public void forEachPattern(char[] chars, char[] written, PatternSink sink) {
    if (rows != null) {
      forEachPatternInChars(chars, written, sink);
    } else {
      forEachPatternInInts(chars, written, sink);
    }
  }

  /**
   * The column of {@code c} in the transition tables, 0 for a char no pattern has (it leads every
   * state to the root).
   */
  private static int column(char c, int[] asciiColumn, int[] wideColumn, char wideFirst) {
    if (c < ASCII) {
      return asciiColumn[c];
    }
    int w = c - wideFirst;
    return w >= 0 && w < wideColumn.length ? wideColumn[w] : 0;
  }

  /**
   * {@link #forEachPattern} with the tables in chars, as the registry's are. Two loops, one per
   * table type, so that no step asks which type there is (Java has no generics over primitives);
   * the tables in locals: the sink is a call the JIT may not inline, after which it would read
   * every field again on each char.
   */
  private void forEachPatternInChars(char[] chars, char[] written, PatternSink sink) {
    final char[] rows = this.rows;
    final int rowCount = this.rowCount;
    final int columns = this.columns;
    final long[] ends = this.ends;
    final char[] thin = this.thin;
    final int[] asciiColumn = this.asciiColumn;
    final int[] wideColumn = this.wideColumn;
    final char wideFirst = this.wideFirst;
    int state = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      int col = column(c, asciiColumn, wideColumn, wideFirst);
      if (col == 0) {
        state = 0;
        continue;
      }
      // a thin state goes on as its fail state does, unless c is its child's
      int next = -1;
      while (state >= rowCount) {
        int t = THIN * (state - rowCount);
        if (thin[t] == c) {
          next = thin[t + 1];
          break;
        }
        state = thin[t + 2];
      }
      state = next >= 0 ? next : rows[state * columns + col];
      if ((ends[state >>> 6] & 1L << state) != 0) {
        emit(state, i, chars, written, sink);
      }
    }
  }

  /** {@link #forEachPatternInChars} with the tables in ints, for automata of more states. */
  private void forEachPatternInInts(char[] chars, char[] written, PatternSink sink) {
    final int[] rows = this.wideRows;
    final int rowCount = this.rowCount;
    final int columns = this.columns;
    final long[] ends = this.ends;
    final int[] thin = this.wideThin;
    final int[] asciiColumn = this.asciiColumn;
    final int[] wideColumn = this.wideColumn;
    final char wideFirst = this.wideFirst;
    int state = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      int col = column(c, asciiColumn, wideColumn, wideFirst);
      if (col == 0) {
        state = 0;
        continue;
      }
      int next = -1;
      while (state >= rowCount) {
        int t = THIN * (state - rowCount);
        if (thin[t] == c) {
          next = thin[t + 1];
          break;
        }
        state = thin[t + 2];
      }
      state = next >= 0 ? next : rows[state * columns + col];
      if ((ends[state >>> 6] & 1L << state) != 0) {
        emit(state, i, chars, written, sink);
      }
    }
  }

  /**
   * Reports the patterns that end at {@code i} in {@code state} and stand as their flags ask:
   * starting a word, ending one, capitalised as written. Rare beside the steps of the search.
   */
  private void emit(int state, int i, char[] chars, char[] written, PatternSink sink) {
    int n = chars.length;
    int to = outStart[state + 1];
    for (int k = outStart[state]; k < to; k++) {
      int length = outLengths[k];
      int start = i + 1 - (length & LENGTH);
      if (length < 0 && start > 0 && Chars.isLetterOrDigit(chars[start - 1])) {
        continue; // inside a word: "ong" in "không"
      }
      if ((length & WORD_END) != 0 && i + 1 < n && Chars.isLetterOrDigit(chars[i + 1])
          && Chars.isLetterOrDigit(chars[i])) {
        continue; // ends inside a word: "minh" in "minhs"
      }
      if ((length & CAPITAL) != 0 && written != null && !capitalAt(written, start, i + 1)) {
        continue; // a name's spelling in lower case: "hai" in "hai nước"
      }
      sink.accept(start, i + 1, outPatterns[k]);
    }
  }

  /**
   * Whether {@code written[start, end)} starts with an upper-case letter: its first char, or the
   * code point a surrogate pair there makes when it is longer than one char.
   */
  private static boolean capitalAt(char[] written, int start, int end) {
    return Character.isUpperCase(
        end - start == 1 ? written[start] : Character.codePointAt(written, start));
  }

  @Override
  public String toString() {
    return "AhoCorasick" + Arrays.asList(size + " patterns");
  }
}
