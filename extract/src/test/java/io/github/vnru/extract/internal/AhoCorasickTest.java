package io.github.vnru.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class AhoCorasickTest {
  @Test
  void findsWhatANaiveSearchFinds_inCharTables() {
    assertSameAsNaive(300, 0, 7L);
  }

  @Test
  void findsWhatANaiveSearchFinds_inIntTables() {
    // long patterns for more states than a char numbers: the tables are in ints then, which the
    // registry's automata never need
    int states = assertSameAsNaive(300, 6000, 11L);
    assertTrue(states > 0x8000, "states: " + states);
  }

  @Test
  void findsWhatANaiveSearchFinds_pastWhatACharNumbers() {
    // more states than a char numbers: the tables are in ints, which the registry's automata
    // (about 41,000 states, in chars) do not need
    int states = assertSameAsNaive(300, 12000, 13L);
    assertTrue(states > 0x10000, "states: " + states);
  }

  /**
   * {@code short} random patterns of one to four chars and {@code long} of ten to twelve, over a
   * small alphabet, searched for in a random text; returns the number of states (the root and one
   * per distinct prefix).
   */
  private static int assertSameAsNaive(int shortOnes, int longOnes, long seed) {
    Random random = new Random(seed);
    String alphabet = "abcdeđ ж";
    Map<String, Integer> patterns = new HashMap<>();
    AhoCorasick.Builder<String> b = AhoCorasick.builder();
    for (int k = 0; k < shortOnes + longOnes; k++) {
      String p = k < shortOnes
          ? random(random, alphabet, 1 + random.nextInt(4))
          : random(random, alphabet, 10 + random.nextInt(3));
      patterns.merge(p, 1, Integer::sum);
      b.add(p, p);
    }
    AhoCorasick<String> automaton = b.build();
    String text = random(random, alphabet + "xyz", 5000);
    List<String> expected = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      for (int length = Math.min(end, 12); length > 0; length--) {
        String p = text.substring(end - length, end);
        for (int k = patterns.getOrDefault(p, 0); k > 0; k--) {
          expected.add((end - length) + "-" + end + ":" + p);
        }
      }
    }
    List<String> found = new ArrayList<>();
    automaton.forEach(text, (start, end, p) -> found.add(start + "-" + end + ":" + p));
    assertEquals(expected, found);
    Set<String> prefixes = new HashSet<>();
    for (String p : patterns.keySet()) {
      for (int i = 1; i <= p.length(); i++) {
        prefixes.add(p.substring(0, i));
      }
    }
    return prefixes.size() + 1;
  }

  private static String random(Random random, String alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
