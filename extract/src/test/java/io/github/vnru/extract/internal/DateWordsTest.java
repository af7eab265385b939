package io.github.vnru.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @Test
  void wordsOfWrittenOutDates_areData() {
    DateWords vi = DateWords.of("vi");
    assertTrue(vi.folded(DateWords.Kind.DAY_LEAD).containsKey("ngay"));
    assertTrue(vi.folded(DateWords.Kind.MONTH_LEAD).containsKey("thang"));
    assertTrue(vi.folded(DateWords.Kind.YEAR_LEAD).containsKey("nam"));
    DateWords en = DateWords.of("en");
    assertEquals(4, en.folded(DateWords.Kind.ORDINAL_SUFFIX).size());
    assertTrue(en.folded(DateWords.Kind.DAY_MONTH_LINK).containsKey("of"));
    assertEquals(7, en.folded(DateWords.Kind.WEEKDAY_SHORT).values().stream().distinct().count());
    assertTrue(DateWords.of("ru").folded(DateWords.Kind.YEAR_WORD).containsKey("года"));
    assertTrue(
        DateWords.everyLanguageWritten(DateWords.Kind.WEEKDAY_SHORT).containsAll(
            java.util.List.of("mon", "пн")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bad-dates-kind   | lang/bad-dates-kind/dates.tsv:3: unknown kind 'day-word'; expected one of",
      "bad-dates-range  | lang/bad-dates-range/dates.tsv:1: a weekday-short takes a value from 1 to 7",
      "bad-dates-suffix | lang/bad-dates-suffix/dates.tsv:2: an ordinal-suffix is letters glued to",
      "bad-dates-lead   | lang/bad-dates-lead/dates.tsv:2: a year-lead is words of letters, not '2021'",
      "bad-dates-alone  | lang/bad-dates-alone/dates.tsv:1: a day-lead needs a month-lead",
  })
  void load_badFile_namesFileAndLine(String code, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> DateWords.load(code));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }
}
