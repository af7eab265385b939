package io.github.vnru.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class LoweredSearchTest {
  private static final List<String> ENTRIES = List.of("vna/vns photo", "vna photo", "hinh anh");
  private static final Lexicon.LoweredSearch SEARCH = new Lexicon.LoweredSearch(ENTRIES);

  @Test
  void findsAnEntryInAnyCaseAnywhereInTheText() {
    assertTrue(SEARCH.in("Lễ đón tại Hà Nội hinh anh 1Chủ tịch nước"));
    assertTrue(SEARCH.in("HINH ANH"));
    assertTrue(SEARCH.in("Ảnh: VNA Photo Nguyen"));
    assertTrue(SEARCH.in("(VNA/VNS Photo)"));
    // the Kelvin sign lowers to k, the dotted capital I to two chars: neither is read as ASCII
    assertTrue(new Lexicon.LoweredSearch(List.of("kiev")).in("\u212Aiev"));
    assertTrue(new Lexicon.LoweredSearch(List.of("i")).in("\u0130"));
  }

  @Test
  void findsNoEntryThatIsNotWholeInTheText() {
    assertFalse(SEARCH.in("hình ảnh 1"));
    assertFalse(SEARCH.in("hinh an"));
    assertFalse(SEARCH.in("inh anh hinh anx vna phot"));
    assertFalse(SEARCH.in(""));
  }

  /**
   * The search finds what a search of the lowered copy finds, on texts made of pieces of the
   * entries and chars around them.
   */
  @Test
  void answersAsTheLoweredCopyDoes() {
    List<String> pieces = List.of("h", "H", "hinh", "HINH", " ", " anh", "an", "a", "n", "x",
        "vna", "VNA", "/vns", " photo", " Photo", "pho", "à", "Ả", "\u0130", "\u212A", "1");
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert(picks -> {
          StringBuilder b = new StringBuilder();
          picks.forEach(i -> b.append(pieces.get(i)));
          String text = b.toString();
          assertEquals(Lexicon.containsAny(text.toLowerCase(Locale.ROOT), ENTRIES),
              SEARCH.in(text), text);
        });
  }
}
