package io.github.vnru.query.internal;

import io.github.vnru.model.PartialDate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Partial dates as numbers: a group (year known, month-day only, undated), the first and last
 * epoch day a date could be, and a sort key. Not API.
 */
public final class Dates {
  /** The group of a date whose year is known. */
  public static final byte KNOWN_YEAR = 0;
  /** The group of a month-day date ({@code --06-11}). */
  public static final byte MONTH_DAY = 1;
  /** The group of an undated meeting. */
  public static final byte UNDATED = 2;

  /** The first day a {@link PartialDate} can be. */
  public static final long MIN_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  /** The last day a {@link PartialDate} can be. */
  public static final long MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private Dates() {}

  /** The group of {@code date}. */
  public static byte group(Optional<PartialDate> date) {
    if (date.isEmpty()) {
      return UNDATED;
    }
    return date.get().year().isPresent() ? KNOWN_YEAR : MONTH_DAY;
  }

  /**
   * A key ordering dates within their group: {@code yyyymmdd} with unknown parts as 0 for a known
   * year, {@code mmdd} for a month-day, 0 when undated.
   */
  public static int sortKey(Optional<PartialDate> date) {
    if (date.isEmpty()) {
      return 0;
    }
    PartialDate d = date.get();
    return d.year().orElse(0) * 10000 + d.month().orElse(0) * 100 + d.day().orElse(0);
  }

  /** The first epoch day {@code date} could be (any year for a month-day). */
  public static long lo(PartialDate date) {
    if (date.year().isPresent()) {
      return date.earliest().orElseThrow().toEpochDay();
    }
    int m = date.month().orElseThrow();
    int d = date.day().orElseThrow();
    return LocalDate.of(m == 2 && d == 29 ? 4 : 1, m, d).toEpochDay();
  }

  /** The last epoch day {@code date} could be (any year for a month-day). */
  public static long hi(PartialDate date) {
    if (date.year().isPresent()) {
      return date.latest().orElseThrow().toEpochDay();
    }
    int m = date.month().orElseThrow();
    int d = date.day().orElseThrow();
    return LocalDate.of(m == 2 && d == 29 ? 9996 : 9999, m, d).toEpochDay();
  }

  /**
   * Whether {@code date} falls in the inclusive epoch-day range {@code [from, to]}: when {@code
   * uncertain} is false, every day it could be must fall inside; when true, some day must. An
   * undated meeting never matches.
   */
  public static boolean matches(Optional<PartialDate> date, long from, long to, boolean uncertain) {
    if (date.isEmpty()) {
      return false;
    }
    PartialDate d = date.get();
    long lo = lo(d);
    long hi = hi(d);
    if (!uncertain) {
      return from <= lo && hi <= to;
    }
    if (d.year().isPresent()) {
      return lo <= to && hi >= from;
    }
    return monthDayFallsIn(d.month().orElseThrow(), d.day().orElseThrow(), from, to);
  }

  private static boolean monthDayFallsIn(int month, int day, long from, long to) {
    long a = Math.max(from, MIN_DAY);
    long b = Math.min(to, MAX_DAY);
    if (a > b) {
      return false;
    }
    int y0 = LocalDate.ofEpochDay(a).getYear();
    int y1 = LocalDate.ofEpochDay(b).getYear();
    if (y1 - y0 > 12) {
      return true;
    }
    for (int y = y0; y <= y1; y++) {
      if (month == 2 && day == 29 && !java.time.Year.isLeap(y)) {
        continue;
      }
      long e = LocalDate.of(y, month, day).toEpochDay();
      if (e >= a && e <= b) {
        return true;
      }
    }
    return false;
  }
}
