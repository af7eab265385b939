package io.github.vnru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.github.vnru.extract.internal.AhoCorasick;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.model.Person;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Properties of folding, alias lookup and the automaton. */
final class MatchingProperties {
  private static final Gen<String> VIETNAMESE_TEXT =
      SourceDSL.strings().betweenCodePoints(0x20, 0x1EF9).ofLengthBetween(0, 40);
  private static final Gen<String> SMALL_ALPHABET =
      SourceDSL.strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 30);

  @Test
  void folding_is_idempotent_and_keeps_length() {
    qt().forAll(VIETNAMESE_TEXT)
        .check(s -> Folding.fold(Folding.fold(s)).equals(Folding.fold(s))
            && Folding.fold(s).length() == s.length());
  }

  @Test
  void every_alias_with_diacritics_stripped_finds_the_same_person() {
    Registry r = Registry.defaults();
    List<String[]> pairs = new ArrayList<>();
    for (Person p : r.persons()) {
      for (String a : Lexicon.personSpellings(p)) {
        pairs.add(new String[] {p.id().value(), a});
      }
    }
    qt().forAll(SourceDSL.integers().between(0, pairs.size() - 1))
        .check(i -> {
          String[] pair = pairs.get(i);
          String stripped = Normalizer.normalize(pair[1], Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
          return r.findPersons(stripped).stream().anyMatch(p -> p.id().value().equals(pair[0]));
        });
  }

  @Test
  void automaton_matches_equal_a_naive_search() {
    Gen<List<String>> patterns =
        SourceDSL.lists().of(SourceDSL.strings().betweenCodePoints('a', 'c').ofLengthBetween(1, 4))
            .ofSizeBetween(1, 6);
    qt().forAll(patterns, SMALL_ALPHABET)
        .check((pats, text) -> {
          AhoCorasick.Builder<String> b = AhoCorasick.builder();
          Set<String> unique = new TreeSet<>(pats);
          unique.forEach(p -> b.add(p, p));
          Set<String> found = new TreeSet<>();
          for (AhoCorasick.Match<String> m : b.build().findAll(text)) {
            found.add(m.start() + ":" + m.payload());
          }
          Set<String> naive = new TreeSet<>();
          for (String p : unique) {
            for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
              naive.add(i + ":" + p);
            }
          }
          return found.equals(naive);
        });
  }

  @Test
  void automaton_reports_each_match_at_its_span() {
    AhoCorasick<String> ac =
        AhoCorasick.<String>builder().add("pu-tin", "p").add("v. pu-tin", "v").build();
    List<AhoCorasick.Match<String>> ms = new ArrayList<>(ac.findAll(Lexicon.fold("V. Pu-tin")));
    ms.sort(Comparator.comparingInt(AhoCorasick.Match::start));
    assertEquals(0, ms.get(0).start());
    assertEquals(9, ms.get(0).end());
    assertEquals(3, ms.get(1).start());
  }
}
