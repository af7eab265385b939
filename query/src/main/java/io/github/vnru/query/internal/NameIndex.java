package io.github.vnru.query.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.vnru.extract.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Resolves free-text names to identifiers, ignoring case, diacritics, punctuation and spaces:
 * {@code "V. Pu-tin"}, {@code "putin"} and {@code "Vladimir Putin"} all fold to words of the same
 * keys. A query matches an entry when, with spaces removed, it equals one of the entry's names or
 * a run of consecutive words of one (so {@code "trong"} and {@code "phu trong"} find {@code
 * Nguyễn Phú Trọng}). The tables are built on the first look-up, so a corpus that is never asked
 * for a name (as {@code vnru timeline}) does not pay for them. Thread-safe. Not API.
 *
 * @param <T> the identifier type
 */
public final class NameIndex<T extends Comparable<T>> {
  private final String what;
  private final Supplier<Tables<T>> tables;

  private NameIndex(String what, Supplier<Tables<T>> tables) {
    this.what = what;
    this.tables = tables;
  }

  /** The look-up tables, from the names each identifier has. */
  private static final class Tables<T extends Comparable<T>> {
    final Map<String, Set<T>> exact = new HashMap<>();
    final Map<String, Set<T>> runs = new HashMap<>();
    final Map<T, List<String>> keysOf = new TreeMap<>();

    Tables(Map<T, Set<String>> names) {
      names.forEach(
          (id, ns) -> {
            Set<String> keys = new TreeSet<>();
            for (String n : ns) {
              List<String> ws = words(n);
              if (ws.isEmpty()) {
                continue;
              }
              String c = String.join("", ws);
              exact.computeIfAbsent(c, k -> new TreeSet<>()).add(id);
              keys.add(c);
              for (int i = 0; i < ws.size(); i++) {
                StringBuilder run = new StringBuilder();
                for (int j = i; j < ws.size(); j++) {
                  run.append(ws.get(j));
                  String r = run.toString();
                  runs.computeIfAbsent(r, k -> new TreeSet<>()).add(id);
                  keys.add(r);
                }
              }
            }
            keysOf.put(id, ImmutableList.copyOf(keys));
          });
    }
  }

  /** The words of {@code text}, folded: letters and digits only, lower case, no diacritics. */
  public static List<String> words(String text) {
    String folded = Folding.fold(text);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  /** The folded words of {@code text} joined without spaces. */
  public static String compact(String text) {
    return String.join("", words(text));
  }

  /**
   * A builder of an index of {@code what} ({@code "person"}, {@code "party"}), named in error
   * messages.
   */
  public static <T extends Comparable<T>> Builder<T> builder(String what) {
    return new Builder<>(what);
  }

  /** Collects names. Not API. */
  public static final class Builder<T extends Comparable<T>> {
    private final String what;
    private final Map<T, Set<String>> names = new LinkedHashMap<>();

    private Builder(String what) {
      this.what = what;
    }

    /** Adds {@code name} as a name of {@code id}; blank names are ignored. */
    public Builder<T> add(T id, String name) {
      checkNotNull(id, "id");
      checkNotNull(name, "name");
      names.computeIfAbsent(id, k -> new TreeSet<>()).add(name);
      return this;
    }

    /** The index; its tables are built on its first look-up. */
    public NameIndex<T> build() {
      Map<T, Set<String>> copy = new LinkedHashMap<>();
      names.forEach((id, ns) -> copy.put(id, new TreeSet<>(ns)));
      return new NameIndex<>(what, Suppliers.memoize(() -> new Tables<>(copy)));
    }
  }

  /** Whether {@code id} has a name in this index. */
  public boolean contains(T id) {
    return tables.get().keysOf.containsKey(id);
  }

  /** The identifiers {@code name} matches: its exact matches if any, else its word-run matches. */
  public Set<T> matches(String name) {
    String q = compact(name);
    Tables<T> t = tables.get();
    Set<T> hit = t.exact.get(q);
    if (hit == null) {
      hit = t.runs.get(q);
    }
    return hit == null ? Set.of() : hit;
  }

  /**
   * The one identifier {@code name} names.
   *
   * @throws IllegalArgumentException if the name is blank, names nothing (the message lists the
   *     closest known identifiers), or names several (the message lists them)
   */
  public T resolve(String name) {
    checkNotNull(name, "%s name", what);
    checkArgument(!compact(name).isEmpty(), "blank %s name '%s'", what, name);
    Set<T> hit = matches(name);
    if (hit.size() == 1) {
      return hit.iterator().next();
    }
    if (hit.isEmpty()) {
      throw new IllegalArgumentException(unknown(name));
    }
    throw new IllegalArgumentException(
        "ambiguous " + what + " '" + name + "': could be " + join(new ArrayList<>(hit)));
  }

  /** The message for an unknown {@code name}, with the closest known identifiers. */
  public String unknown(String name) {
    List<T> closest = closest(compact(name));
    return "unknown " + what + " '" + name + "'; "
        + (closest.isEmpty() ? "no " + what + " is known" : "closest: " + join(closest));
  }

  /** Up to three identifiers nearest to {@code compactQuery}, all at the least edit distance. */
  private List<T> closest(String compactQuery) {
    Map<T, Integer> distance = new TreeMap<>();
    tables.get().keysOf.forEach(
        (id, keys) -> {
          int best = Integer.MAX_VALUE;
          for (String k : keys) {
            best = Math.min(best, Folding.editDistance(compactQuery, k));
          }
          distance.put(id, best);
        });
    int min = distance.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    List<T> out = new ArrayList<>();
    for (int d = min; d <= min && out.size() < 3; d++) {
      for (Map.Entry<T, Integer> e : distance.entrySet()) {
        if (e.getValue() == d && out.size() < 3) {
          out.add(e.getKey());
        }
      }
    }
    return out;
  }

  private static <T> String join(List<T> ids) {
    List<String> s = new ArrayList<>();
    ids.forEach(i -> s.add(i.toString()));
    return String.join(", ", s);
  }
}
