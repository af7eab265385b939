package io.github.vnru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

final class FoldingTest {
  @Test
  void fold_dropsDiacriticsAndCaseOneCharPerChar() {
    assertEquals("nguyen phu trong", Folding.fold("Nguyễn Phú Trọng"));
    assertEquals("dang", Folding.fold("Đảng"));
    assertEquals("Đảng".length(), Folding.fold("Đảng").length());
  }

  @Test
  void editDistance_countsSingleCharEdits() {
    assertEquals(0, Folding.editDistance("putin", "putin"));
    assertEquals(1, Folding.editDistance("putn", "putin"));
    assertEquals(2, Folding.editDistance("madvedev", "medvedv"));
    assertEquals(5, Folding.editDistance("", "putin"));
  }
}
