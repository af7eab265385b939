package io.github.vnru.extract;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the article names each registered person in full (article offsets): these license short
 * forms and choose between persons who share a spelling.
 */
final class FullMentions {
  private final Map<String, Positions> byId = new HashMap<>();
  /** By id, the roles of the titles written right before a full mention. */
  private final Map<String, Set<String>> rolesById = new HashMap<>();

  void add(String id, int position) {
    byId.computeIfAbsent(id, k -> new Positions()).add(position);
  }

  /**
   * Records {@code role}: the office of a title written right before a full mention of {@code id}.
   */
  void addRole(String id, String role) {
    rolesById.computeIfAbsent(id, k -> new HashSet<>()).add(role);
  }

  /**
   * Whether the article titles {@code id} only with offices other than {@code role} ("Deputy
   * Prime Minister Vuong Dinh Hue" is not the article's "NA leader", whatever he became later).
   */
  boolean titledOnlyOtherwise(String id, String role) {
    Set<String> roles = rolesById.get(id);
    return roles != null && !roles.contains(role);
  }

  /** The offices of the titles written right before the full mentions of {@code id}. */
  Set<String> roles(String id) {
    return rolesById.getOrDefault(id, Set.of());
  }

  boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The id among {@code ids} with a full mention nearest before {@code pos}, else after. */
  Optional<String> nearest(List<String> ids, int pos) {
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (String id : ids) {
      Positions ps = byId.get(id);
      if (ps == null) {
        continue;
      }
      int d = ps.distance(pos);
      if (d < bestDist) {
        bestDist = d;
        best = id;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Sorted positions of one person's full mentions. */
  private static final class Positions {
    int[] at = new int[4];
    int size;

    void add(int p) {
      if (size == at.length) {
        at = Arrays.copyOf(at, size * 2);
      }
      int i = size;
      // Sentences come in text order, so this is almost always an append.
      while (i > 0 && at[i - 1] > p) {
        at[i] = at[i - 1];
        i--;
      }
      at[i] = p;
      size++;
    }

    /**
     * The distance to the nearest position at or before {@code pos}; one after it counts a
     * million more, so an earlier mention always wins. {@code Integer.MAX_VALUE} if none.
     */
    int distance(int pos) {
      // the last position <= pos, else the first after it
      int lo = 0;
      int hi = size;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (at[mid] <= pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      int best = Integer.MAX_VALUE;
      if (lo > 0) {
        best = pos - at[lo - 1];
      }
      if (lo < size) {
        best = Math.min(best, (at[lo] - pos) + 1_000_000);
      }
      return best;
    }
  }
}
