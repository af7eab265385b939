package io.github.vnru.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PartialDateTest {

  @ParameterizedTest
  @ValueSource(strings = {"2021", "2021-04", "2021-04-05", "--06-11", "--02-29"})
  void parse_everyForm_roundTripsThroughToString(String text) {
    assertEquals(text, PartialDate.parse(text).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "21", "2021-13", "2021-02-30", "--13-01", "--02-30", "2021/04/05", "x"})
  void parse_malformedOrImpossible_namesTheText(String text) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
    assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
  }

  @Test
  void precision_and_parts_followTheForm() {
    PartialDate monthDay = PartialDate.parse("--06-11");
    assertEquals(PartialDate.Precision.MONTH_DAY, monthDay.precision());
    assertEquals(OptionalInt.empty(), monthDay.year());
    assertEquals(OptionalInt.of(6), monthDay.month());
    assertEquals(Optional.empty(), monthDay.toLocalDate());
    assertEquals(PartialDate.Precision.YEAR_MONTH, PartialDate.parse("2021-04").precision());
    assertEquals(
        Optional.of(LocalDate.of(2021, 4, 5)), PartialDate.parse("2021-04-05").toLocalDate());
  }

  @Test
  void earliestAndLatest_spanEveryPossibleDay() {
    assertEquals(Optional.of(LocalDate.of(2020, 2, 1)), PartialDate.parse("2020-02").earliest());
    assertEquals(Optional.of(LocalDate.of(2020, 2, 29)), PartialDate.parse("2020-02").latest());
    assertEquals(Optional.of(LocalDate.of(2021, 12, 31)), PartialDate.parse("2021").latest());
    assertEquals(Optional.empty(), PartialDate.parse("--06-11").earliest());
  }

  @Test
  void isCompatibleWith_agreesWhereBothAreKnown() {
    PartialDate monthDay = PartialDate.parse("--06-11");
    assertTrue(monthDay.isCompatibleWith(PartialDate.parse("2021-06-11")));
    assertTrue(monthDay.isCompatibleWith(PartialDate.parse("2021")));
    assertTrue(PartialDate.parse("2021-06").isCompatibleWith(PartialDate.parse("2021-06-30")));
    assertFalse(monthDay.isCompatibleWith(PartialDate.parse("2021-06-12")));
    assertFalse(PartialDate.parse("2021").isCompatibleWith(PartialDate.parse("2020-06")));
  }

  @Test
  void compareTo_putsKnownYearsFirstInOrder() {
    List<PartialDate> dates = new ArrayList<>();
    for (String s : new String[] {"--01-01", "2021-04-05", "2021", "2020-12"}) {
      dates.add(PartialDate.parse(s));
    }
    dates.sort(null);
    assertEquals("[2020-12, 2021, 2021-04-05, --01-01]", dates.toString());
  }

  @Test
  void factories_rejectImpossibleParts() {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.of(2021, 2, 29));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.ofYear(0));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.ofYearMonth(2021, 0));
    assertEquals("--02-29", PartialDate.ofMonthDay(2, 29).toString());
  }

  @Test
  void equalsAndHashCode_dependOnValue() {
    assertEquals(PartialDate.parse("2021-04"), PartialDate.ofYearMonth(2021, 4));
    assertEquals(PartialDate.parse("2021-04").hashCode(), PartialDate.ofYearMonth(2021, 4).hashCode());
    assertFalse(PartialDate.parse("2021-04").equals(PartialDate.parse("2021")));
  }
}
