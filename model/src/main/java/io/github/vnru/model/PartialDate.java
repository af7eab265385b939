package io.github.vnru.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A date known only as precisely as the source states it: a year ({@code 2021}), a month
 * ({@code 2021-04}), a full date ({@code 2021-04-05}), or a day of a month in an unknown year
 * ({@code --06-11}). JSON and {@link #toString()} use exactly these ISO forms.
 *
 * <p>Ordering puts dates with a known year first, by their earliest possible day, then month-days.
 */
public final class PartialDate implements Comparable<PartialDate> {

  /** How much of a {@link PartialDate} is known. */
  public enum Precision {
    YEAR,
    YEAR_MONTH,
    DAY,
    MONTH_DAY
  }

  private static final int NONE = 0;
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH_DAY = Pattern.compile("--\\d{2}-\\d{2}");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing((PartialDate d) -> d.year == NONE)
          .thenComparingInt(d -> d.year)
          .thenComparingInt(d -> d.month)
          .thenComparingInt(d -> d.day);

  private final int year;
  private final int month;
  private final int day;

  private PartialDate(int year, int month, int day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /** A full date. */
  public static PartialDate of(LocalDate date) {
    checkNotNull(date, "date");
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * A full date.
   *
   * @throws IllegalArgumentException if no such day exists
   */
  public static PartialDate of(int year, int month, int day) {
    try {
      return of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "impossible date %04d-%02d-%02d", year, month, day), e);
    }
  }

  /** A year alone; {@code year} must lie in 1..9999. */
  public static PartialDate ofYear(int year) {
    checkYear(year);
    return new PartialDate(year, NONE, NONE);
  }

  /** A month of a year; {@code month} in 1..12. */
  public static PartialDate ofYearMonth(int year, int month) {
    checkYear(year);
    checkArgument(month >= 1 && month <= 12, "month %s is not in 1..12", month);
    return new PartialDate(year, month, NONE);
  }

  /** A day of a month whose year is unknown; February 29 is allowed. */
  public static PartialDate ofMonthDay(int month, int day) {
    try {
      MonthDay.of(month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "impossible month-day --%02d-%02d", month, day), e);
    }
    return new PartialDate(NONE, month, day);
  }

  /**
   * Reads {@code 2021}, {@code 2021-04}, {@code 2021-04-05} or {@code --06-11}.
   *
   * @throws IllegalArgumentException naming the text if it is none of these forms or no such
   *     date exists
   */
  @JsonCreator
  public static PartialDate parse(String text) {
    checkNotNull(text, "text");
    String s = text.trim();
    try {
      if (YEAR.matcher(s).matches()) {
        return ofYear(Integer.parseInt(s));
      }
      if (YEAR_MONTH.matcher(s).matches()) {
        return ofYearMonth(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5)));
      }
      if (DAY.matcher(s).matches()) {
        return of(
            Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(5, 7)),
            Integer.parseInt(s.substring(8)));
      }
      if (MONTH_DAY.matcher(s).matches()) {
        return ofMonthDay(Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(5)));
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid partial date '" + text + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "invalid partial date '" + text + "'; expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD");
  }

  private static void checkYear(int year) {
    checkArgument(year >= 1 && year <= 9999, "year %s is not in 1..9999", year);
  }

  /** Which parts are known. */
  public Precision precision() {
    if (year == NONE) {
      return Precision.MONTH_DAY;
    }
    if (month == NONE) {
      return Precision.YEAR;
    }
    return day == NONE ? Precision.YEAR_MONTH : Precision.DAY;
  }

  /** The year, if known. */
  public OptionalInt year() {
    return year == NONE ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** The month (1..12), if known. */
  public OptionalInt month() {
    return month == NONE ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /** The day of the month, if known. */
  public OptionalInt day() {
    return day == NONE ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /** The exact day, when year, month and day are all known. */
  public Optional<LocalDate> toLocalDate() {
    return precision() == Precision.DAY
        ? Optional.of(LocalDate.of(year, month, day))
        : Optional.empty();
  }

  /** The first day this date could be; empty when the year is unknown. */
  public Optional<LocalDate> earliest() {
    switch (precision()) {
      case YEAR:
        return Optional.of(LocalDate.of(year, 1, 1));
      case YEAR_MONTH:
        return Optional.of(LocalDate.of(year, month, 1));
      case DAY:
        return toLocalDate();
      default:
        return Optional.empty();
    }
  }

  /** The last day this date could be; empty when the year is unknown. */
  public Optional<LocalDate> latest() {
    switch (precision()) {
      case YEAR:
        return Optional.of(LocalDate.of(year, 12, 31));
      case YEAR_MONTH:
        return Optional.of(YearMonth.of(year, month).atEndOfMonth());
      case DAY:
        return toLocalDate();
      default:
        return Optional.empty();
    }
  }

  /**
   * Whether some day could be both this date and {@code other}: equal where both are known. A
   * month-day {@code --06-11} is compatible with {@code 2021-06-11}, {@code 2021-06} and {@code
   * 2021}.
   */
  public boolean isCompatibleWith(PartialDate other) {
    return compatible(year, other.year)
        && compatible(month, other.month)
        && compatible(day, other.day);
  }

  private static boolean compatible(int a, int b) {
    return a == NONE || b == NONE || a == b;
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate
        && ((PartialDate) o).year == year
        && ((PartialDate) o).month == month
        && ((PartialDate) o).day == day;
  }

  @Override
  public int hashCode() {
    return (year * 13 + month) * 32 + day;
  }

  /** The ISO form: {@code 2021}, {@code 2021-04}, {@code 2021-04-05} or {@code --06-11}. */
  @JsonValue
  @Override
  public String toString() {
    switch (precision()) {
      case YEAR:
        return String.format(Locale.ROOT, "%04d", year);
      case YEAR_MONTH:
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
      case DAY:
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
      default:
        return String.format(Locale.ROOT, "--%02d-%02d", month, day);
    }
  }
}
