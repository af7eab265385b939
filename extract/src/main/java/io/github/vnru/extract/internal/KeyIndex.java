package io.github.vnru.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Name keys looked up unit by unit in a text's {@link NameKeys.Units}: a key counts only as whole
 * units, so the words of a key, not its chars, are what is matched, and a sentence's key text is
 * never made. A trie over the units of each key read backwards, from its last unit: a walk back
 * from each unit of the text finds the keys ending there, longest first. Immutable once built.
 *
 * @param <T> the payload carried by each key
 */
final class KeyIndex<T> {
  /** The keys whose units, read backwards, lead here, and the units before them. */
  private static final class Node {
    final Map<String, Node> before = new HashMap<>();
    /** The payloads of the keys that end here, in the order they were added; null if none. */
    Object[] payloads;
  }

  private final Node root = new Node();

  /**
   * Adds {@code key} (units joined by single spaces, as {@link NameKeys#key} writes them) with
   * {@code payload}. Not thread-safe: build, then only read.
   */
  void add(String key, T payload) {
    // with -1, the empty units of a key with two spaces together stay: no text unit is empty, so
    // such a key is never found, as no key text holds two spaces
    String[] units = key.split(" ", -1);
    Node node = root;
    for (int u = units.length - 1; u >= 0; u--) {
      node = node.before.computeIfAbsent(units[u], x -> new Node());
    }
    Object[] p = node.payloads;
    List<Object> all = new ArrayList<>();
    if (p != null) {
      all.addAll(List.of(p));
    }
    all.add(payload);
    node.payloads = all.toArray();
  }

  /**
   * Hands every key in the units of {@code units} that are not {@link NameKeys.Units#dropped} to
   * {@code sink}, with the span of its units in the text: by last unit, longest first, then in
   * the order the keys were added (the order a char automaton over the key text gives).
   */
  void forEach(NameKeys.Units units, AhoCorasick.Sink<? super T> sink) {
    int count = units.count();
    // the last unit key that ends no key: the separator unit recurs through a sentence as one
    // instance, so it is looked up once, not at every run of lower-case words
    String endsNone = null;
    for (int e = 0; e < count; e++) {
      String key = units.key(e);
      if (units.dropped(e) || key == endsNone) {
        continue;
      }
      Node last = root.before.get(key);
      if (last == null) {
        endsNone = key;
      } else {
        walkFrom(last, units, e, e, sink);
      }
    }
  }

  /**
   * From {@code node}, the unit {@code u} and those kept before it, ending at unit {@code e}: the
   * longer keys first, so the shorter ones are handed on after the walk back returns.
   */
  private static <T> void walk(Node node, NameKeys.Units units, int u, int e,
      AhoCorasick.Sink<? super T> sink) {
    Node next = node.before.get(units.key(u));
    if (next != null) {
      walkFrom(next, units, u, e, sink);
    }
  }

  /** {@link #walk} on from {@code next}, the node unit {@code u} leads to. */
  @SuppressWarnings("unchecked")
  private static <T> void walkFrom(Node next, NameKeys.Units units, int u, int e,
      AhoCorasick.Sink<? super T> sink) {
    int b = u - 1;
    while (b >= 0 && units.dropped(b)) {
      b--;
    }
    if (b >= 0) {
      walk(next, units, b, e, sink);
    }
    if (next.payloads != null) {
      for (Object p : next.payloads) {
        sink.accept(units.start(u), units.end(e), (T) p);
      }
    }
  }
}
