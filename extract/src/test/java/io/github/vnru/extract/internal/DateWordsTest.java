package io.github.vnru.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class DateWordsTest {
  @Test
  void of_everyPack_hasTwelveMonthsOrWritesNone_andSevenWeekdays() {
    for (String code : new String[] {"vi", "en", "ru"}) {
      DateWords w = DateWords.of(code);
      assertTrue(w.folded(DateWords.Kind.MONTH).values().stream().allMatch(m -> m >= 1 && m <= 12));
      assertEquals(7, w.folded(DateWords.Kind.WEEKDAY).values().stream().distinct().count(), code);
    }
    assertEquals(12, DateWords.of("en").folded(DateWords.Kind.MONTH).values().stream().distinct().count());
    assertEquals(12, DateWords.of("ru").folded(DateWords.Kind.MONTH).values().stream().distinct().count());
  }

  @Test
  void folded_isWithoutDiacritics_andLongestFirst() {
    var vi = DateWords.of("vi").folded(DateWords.Kind.RELATIVE_DAY);
    assertEquals(-1, vi.get("toi qua"));
    int last = Integer.MAX_VALUE;
    for (String p : vi.keySet()) {
      assertTrue(p.length() <= last);
      last = p.length();
    }
  }

  @Test
  void of_unknownLanguage_isAnError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DateWords.of("xx"));
    assertEquals("no language pack 'xx'", e.getMessage());
  }
}
