package io.github.vnru.parser.internal;

import io.github.vnru.extract.DateMention;
import io.github.vnru.extract.Folding;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.WarningKind;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal: finds the event dates a sentence states, resolved against the published date.
 *
 * <p>Forms: {@code 05/4/2021}, {@code 5.4.2021}, {@code 2021-04-05}, {@code ngày 10/10} (day
 * first, and only after a day word such as {@code ngày}, {@code hôm}, {@code sáng}, {@code on},
 * since a bare {@code 1/3} is as often a fraction), {@code ngày 5 tháng 4 năm 2021}, {@code tháng
 * 4/2021}, {@code April 5}, {@code December 3, 2021}, {@code 3 December 2021}, {@code April 2021},
 * and weekdays ({@code on Monday}, {@code hôm thứ 5}, {@code thứ Hai}). Numeric dates are read
 * day first in both languages, as the Vietnamese press writes them.
 *
 * <p>Not event dates: the two ends of a range ({@code 10/10/1945-10/10/2025}); a date that fills
 * a parenthesis by itself ({@code (April 22, 1870)}); a date whose clause names an anniversary or
 * holiday before it ({@code nhân dịp Quốc khánh 12/6}, {@code 150th anniversary}).
 *
 * <p>Resolution: a date without a year takes the year that makes it the most recent such day on or
 * before the published date, or stays a month-day ({@code --06-11}) when that is not certain: no
 * published date, or a month-only one ({@code 2017-03}) under which the year could be either of
 * two. A weekday becomes the most recent such day on or before a full published date; without
 * one it is dropped with an {@link WarningKind#EVENT_DATE_UNKNOWN} issue, never stamped with
 * another day. A date after the published date, or one that does not exist, is dropped with an
 * {@link Issue}.
 *
 * <p>Every pattern has bounded repetition only, so a search costs time linear in the text.
 */
public final class DateFinder {
  private static final String SP = "[ \\u00A0]{1,2}";
  private static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
  private static final String DAY_CUE = "hom|vao|ngay|sang|chieu|toi|trua|dem|khuya";

  private static final Pattern DMY =
      Pattern.compile(
          "(?<![\\p{L}\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/]|[.-]\\d)");
  private static final Pattern ISO =
      Pattern.compile("(?<![\\p{L}\\d/.-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  private static final Pattern DM =
      Pattern.compile("(?<![\\p{L}\\d/.-])(\\d{1,2})[/.-](\\d{1,2})(?![\\d/]|[.-]\\d)");
  private static final Pattern VN_LONG =
      Pattern.compile(
          "(?<!\\p{L})ngay"
              + SP
              + "(\\d{1,2})"
              + SP
              + "thang"
              + SP
              + "(\\d{1,2})(?:,?"
              + SP
              + "nam"
              + SP
              + "(\\d{4}))?(?!\\d)");
  private static final Pattern VN_MONTH_YEAR =
      Pattern.compile("(?<!\\p{L})thang" + SP + "(\\d{1,2})(?:/|" + SP + "nam" + SP + ")(\\d{4})(?!\\d)");
  private static final Pattern EN_MDY =
      Pattern.compile(
          "(?<!\\p{L})("
              + MONTHS
              + ")\\.?"
              + SP
              + "(\\d{1,2})(?:st|nd|rd|th)?(?:,?"
              + SP
              + "(\\d{4}))?(?![\\p{L}\\d])");
  private static final Pattern EN_DMY =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?"
              + SP
              + "(?:of"
              + SP
              + ")?("
              + MONTHS
              + ")\\.?(?:,?"
              + SP
              + "(\\d{4}))?(?![\\p{L}\\d])");
  private static final Pattern EN_MONTH_YEAR =
      Pattern.compile("(?<!\\p{L})(" + MONTHS + ")\\.?,?" + SP + "(\\d{4})(?!\\d)");
  private static final Pattern EN_WEEKDAY =
      Pattern.compile(
          "(?<!\\p{L})(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\\p{L})");
  private static final Pattern VI_WEEKDAY =
      Pattern.compile(
          "(?<!\\p{L})(?:("
              + DAY_CUE
              + ")"
              + SP
              + ")?(thu)"
              + SP
              + "(hai|ba|tu|nam|sau|bay|[2-7])(?![\\p{L}\\d])");
  private static final Pattern VI_SUNDAY =
      Pattern.compile("(?<!\\p{L})(" + DAY_CUE + ")" + SP + "(chu)" + SP + "nhat(?!\\p{L})");

  /**
   * Russian month names in the genitive ({@code 19 мая}) and abbreviated ({@code 10 окт}), folded
   * ({@code й} is {@code и}); the month's number is its index in {@link #RU_MONTH_STEMS}.
   */
  private static final String RU_MONTHS =
      "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
          + "|янв|февр|фев|мар|апр|июн|июл|авг|сент|сен|окт|нояб|ноя|дек";
  /** The first three letters of the Russian months, January first. */
  private static final List<String> RU_MONTH_STEMS =
      List.of("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек");
  /** The months in the prepositional case: {@code в мае 2016 года}. */
  private static final String RU_MONTHS_IN =
      "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре";
  /** {@code 19 мая}, {@code 10 октября 2025 года}, {@code 10 окт}, {@code 1 сентября 2025 г.} */
  private static final Pattern RU_DMY =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,2})"
              + SP
              + "("
              + RU_MONTHS
              + ")\\.?(?:,?"
              + SP
              + "(\\d{4})(?:"
              + SP
              + "(?:года|г\\.))?)?(?![\\p{L}\\d])");
  /** {@code в мае 2016 года}, {@code в ноябре 2021 г.} */
  private static final Pattern RU_MONTH_YEAR =
      Pattern.compile("(?<!\\p{L})(" + RU_MONTHS_IN + ")" + SP + "(\\d{4})(?!\\d)");
  /** {@code во вторник}, {@code в пятницу}: the weekday after {@code в} or {@code во}. */
  private static final Pattern RU_WEEKDAY =
      Pattern.compile(
          "(?<!\\p{L})(?:в|во)"
              + SP
              + "(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\\p{L})");
  private static final List<String> RU_WEEKDAYS =
      List.of("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье");
  /**
   * Words that name a day by its distance from the published date: {@code сегодня} (today) is
   * the published date, {@code вчера} (yesterday) the day before.
   */
  private static final java.util.Map<String, Integer> RU_RELATIVE_DAYS =
      java.util.Map.of("сегодня", 0, "вчера", -1, "позавчера", -2);

  private static final Set<String> DM_CUES =
      Set.of("ngay", "hom", "sang", "chieu", "toi", "trua", "dem", "khuya", "on", "vao");
  private static final List<String> HOLIDAY_CUES =
      List.of(
          "ky niem",
          "quoc khanh",
          "nhan dip",
          "anniversary",
          "national day",
          "independence day",
          "victory day",
          "birthday",
          "ngay sinh",
          "sinh nhat",
          "thanh lap",
          "founded",
          "founding",
          "born",
          "occasion",
          "holiday",
          "ngay le");

  private DateFinder() {}

  /**
   * A date left unknown, with the reason.
   *
   * @param offset where {@code text} starts in the normalised text
   * @param kind what kind of problem
   * @param text the date as written
   * @param message what happened
   */
  public record Issue(int offset, WarningKind kind, String text, String message) {}

  /** The event dates of a sentence, and the problems met. */
  public record Result(List<DateMention> dates, List<Issue> issues) {}

  private enum Kind {
    FULL,
    MONTH_DAY,
    YEAR_MONTH,
    WEEKDAY,
    /** A day counted from the published date ({@code вчера}); {@code day} holds the offset. */
    RELATIVE
  }

  private static final class Candidate {
    final int start;
    final int end;
    final Kind kind;
    final int year;
    final int month;
    final int day;
    final DayOfWeek weekday;
    boolean event = true;

    Candidate(int start, int end, Kind kind, int year, int month, int day, DayOfWeek weekday) {
      this.start = start;
      this.end = end;
      this.kind = kind;
      this.year = year;
      this.month = month;
      this.day = day;
      this.weekday = weekday;
    }
  }

  /**
   * The event dates of {@code sentence}.
   *
   * @param sentence the sentence as written
   * @param base the sentence's offset in the normalised text
   * @param published the article's published date, if known
   * @param skipBefore dates starting before this relative offset are ignored (a dateline)
   */
  public static Result find(
      String sentence, int base, Optional<PartialDate> published, int skipBefore) {
    String f = Folding.fold(sentence);
    List<Candidate> all = new ArrayList<>();
    collect(sentence, f, all);
    all.sort(
        Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> -(c.end - c.start)));
    List<Candidate> kept = new ArrayList<>();
    int lastEnd = -1;
    for (Candidate c : all) {
      if (c.start >= lastEnd && c.start >= skipBefore) {
        kept.add(c);
        lastEnd = c.end;
      }
    }
    classify(f, kept);
    boolean hasDay = false;
    for (Candidate c : kept) {
      hasDay |= c.event && (c.kind == Kind.FULL || c.kind == Kind.MONTH_DAY);
    }
    List<DateMention> dates = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    for (Candidate c : kept) {
      if (!c.event || (c.kind == Kind.WEEKDAY && hasDay)) {
        continue;
      }
      resolve(c, sentence.substring(c.start, c.end), published, base, issues)
          .ifPresent(d -> dates.add(new DateMention(base + c.start, base + c.end, d)));
    }
    return new Result(dates, issues);
  }

  private static final Set<String> MONTH_WORDS = Set.of(MONTHS.split("\\|"));
  private static final Set<String> WEEKDAY_WORDS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> VI_WEEKDAY_STARTS = Set.of(DAY_CUE.split("\\|"));
  /**
   * {@code [length * 128 + first char]}: whether some cue word has that length and first char, so
   * most words are ruled out without a substring and set look-ups.
   */
  private static final boolean[] WORD_SHAPES = wordShapes();

  private static boolean[] wordShapes() {
    boolean[] shapes = new boolean[16 * 128];
    List<String> words = new ArrayList<>(MONTH_WORDS);
    words.addAll(WEEKDAY_WORDS);
    words.addAll(VI_WEEKDAY_STARTS);
    words.addAll(List.of("ngay", "thang", "thu"));
    for (String w : words) {
      if (w.length() < 16 && w.charAt(0) < 128) {
        shapes[w.length() * 128 + w.charAt(0)] = true;
      }
    }
    return shapes;
  }

  /**
   * Tries the patterns only at the starts of words that can begin them, each within a short
   * region, so the cost is linear in the text whatever it holds.
   */
  private static void collect(String s, String f, List<Candidate> out) {
    int n = f.length();
    Matchers ms = new Matchers(f);
    int i = 0;
    while (i < n) {
      char c = f.charAt(i);
      if (!Chars.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && j - i < 12 && Chars.isLetterOrDigit(f.charAt(j))) {
        j++;
      }
      int end = Math.min(n, i + 48);
      if (Chars.isDigit(c)) {
        tryAt(
            ms.get(0), i, end, m -> out.add(full(m, num(m, 4), num(m, 3), num(m, 1))));
        tryAt(
            ms.get(1), i, end, m -> out.add(full(m, num(m, 1), num(m, 2), num(m, 3))));
        tryAt(
            ms.get(2),
            i,
            end,
            m -> {
              if (DM_CUES.contains(previousWord(f, m.start()))) {
                out.add(
                    new Candidate(m.start(), m.end(), Kind.MONTH_DAY, 0, num(m, 2), num(m, 1), null));
              }
            });
        tryAt(
            ms.get(3),
            i,
            end,
            m -> {
              // "7 may" is a day only when capitalised; with a year ("26 july 2012") it always is
              if (isCapitalAscii(s, m.start(2), m.end(2)) || m.group(3) != null) {
                out.add(dayOrMonthDay(m, m.group(3), month(m.group(2)), num(m, 1)));
              }
            });
        if (j + 1 < n && isCyrillic(f.charAt(j + 1)) || j + 2 < n && isCyrillic(f.charAt(j + 2))) {
          tryAt(
              ms.get(11),
              i,
              end,
              m -> out.add(dayOrMonthDay(m, m.group(3), russianMonth(m.group(2)), num(m, 1))));
        }
      } else if (isCyrillic(c)) {
        String word = j - i <= 11 ? f.substring(i, j) : "";
        if (word.equals("в") || word.equals("во")) {
          tryAt(
              ms.get(13),
              i,
              end,
              m -> out.add(new Candidate(m.start(), m.end(), Kind.WEEKDAY, 0, 0, 0,
                  DayOfWeek.of(RU_WEEKDAYS.indexOf(m.group(1)) + 1))));
        } else if (word.length() >= 3 && RU_MONTHS_IN.contains(word)) {
          tryAt(
              ms.get(12),
              i,
              end,
              m -> out.add(new Candidate(m.start(), m.end(), Kind.YEAR_MONTH, num(m, 2),
                  russianMonth(m.group(1)), 0, null)));
        } else if (RU_RELATIVE_DAYS.containsKey(word)
            && (j == n || !Chars.isLetterOrDigit(f.charAt(j)))) {
          out.add(new Candidate(i, j, Kind.RELATIVE, 0, 0, RU_RELATIVE_DAYS.get(word), null));
        }
      } else {
        boolean plausible = j - i >= 3 && j - i <= 9 && (j == n || !Chars.isLetterOrDigit(f.charAt(j)))
            && c < 128 && WORD_SHAPES[(j - i) * 128 + c];
        // most words are ruled out by shape alone, before any substring or set look-up
        String word = plausible ? f.substring(i, j) : "";
        if (plausible && MONTH_WORDS.contains(word)) {
          tryAt(
            ms.get(4),
              i,
              end,
              m -> {
                if (isCapitalAscii(s, m.start(1), m.end(1))) {
                  out.add(dayOrMonthDay(m, m.group(3), month(m.group(1)), num(m, 2)));
                }
              });
          tryAt(
            ms.get(5),
              i,
              end,
              m -> {
                if (isCapitalAscii(s, m.start(1), m.end(1))) {
                  out.add(
                      new Candidate(
                          m.start(), m.end(), Kind.YEAR_MONTH, num(m, 2), month(m.group(1)), 0,
                          null));
                }
              });
        }
        if (plausible && WEEKDAY_WORDS.contains(word)) {
          tryAt(
            ms.get(6),
              i,
              end,
              m -> {
                if (isCapitalAscii(s, m.start(1), m.end(1))) {
                  DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                  out.add(new Candidate(m.start(), m.end(), Kind.WEEKDAY, 0, 0, 0, dow));
                }
              });
        }
        if (word.equals("ngay")) {
          tryAt(
            ms.get(7),
              i,
              end,
              m -> {
                if (m.group(3) != null) {
                  out.add(full(m, num(m, 3), num(m, 2), num(m, 1)));
                } else {
                  out.add(
                      new Candidate(
                          m.start(), m.end(), Kind.MONTH_DAY, 0, num(m, 2), num(m, 1), null));
                }
              });
        }
        if (word.equals("thang")) {
          tryAt(
            ms.get(8),
              i,
              end,
              m ->
                  out.add(
                      new Candidate(
                          m.start(), m.end(), Kind.YEAR_MONTH, num(m, 2), num(m, 1), 0, null)));
        }
        if (plausible && (word.equals("thu") || VI_WEEKDAY_STARTS.contains(word))) {
          tryAt(
            ms.get(9), i, end, m -> viWeekday(s, m, out));
        }
        if (plausible && VI_WEEKDAY_STARTS.contains(word)) {
          tryAt(
            ms.get(10),
              i,
              end,
              m -> {
                if (s.substring(m.start(2), m.end(2)).toLowerCase(Locale.ROOT).equals("chủ")) {
                  out.add(new Candidate(m.start(), m.end(), Kind.WEEKDAY, 0, 0, 0, DayOfWeek.SUNDAY));
                }
              });
        }
      }
      while (j < n && Chars.isLetterOrDigit(f.charAt(j))) {
        j++;
      }
      i = j;
    }
  }

  /**
   * The patterns' matchers over one text, made once per thread and pointed at each new text on
   * first use (a matcher is costly to make, cheap to reset).
   */
  private static final class Matchers {
    private static final Pattern[] PATTERNS = {
      DMY, ISO, DM, EN_DMY, EN_MDY, EN_MONTH_YEAR, EN_WEEKDAY, VN_LONG, VN_MONTH_YEAR, VI_WEEKDAY,
      VI_SUNDAY, RU_DMY, RU_MONTH_YEAR, RU_WEEKDAY
    };
    private static final ThreadLocal<Matcher[]> CACHE =
        ThreadLocal.withInitial(() -> new Matcher[PATTERNS.length]);
    private final String text;
    private final Matcher[] matchers = CACHE.get();
    private final boolean[] pointed = new boolean[PATTERNS.length];

    Matchers(String text) {
      this.text = text;
    }

    Matcher get(int k) {
      if (!pointed[k]) {
        pointed[k] = true;
        if (matchers[k] == null) {
          matchers[k] =
              PATTERNS[k].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        } else {
          matchers[k].reset(text);
        }
      }
      return matchers[k];
    }
  }

  private static void viWeekday(String s, Matcher m, List<Candidate> out) {
    boolean cue = m.group(1) != null;
    String thu = s.substring(m.start(2), m.end(2)).toLowerCase(Locale.ROOT);
    String day = m.group(3);
    boolean digit = Character.isDigit(day.charAt(0));
    boolean capital = Character.isUpperCase(s.charAt(m.start(3)));
    if (thu.equals("thứ") && (cue || (!digit && capital))) {
      out.add(new Candidate(m.start(), m.end(), Kind.WEEKDAY, 0, 0, 0, vietnameseDay(day)));
    }
  }

  private static void tryAt(
      Matcher m, int from, int to, java.util.function.Consumer<Matcher> onMatch) {
    m.region(from, to);
    if (m.lookingAt()) {
      onMatch.accept(m);
    }
  }

  private static void classify(String f, List<Candidate> kept) {
    for (int i = 0; i + 1 < kept.size(); i++) {
      Candidate a = kept.get(i);
      Candidate b = kept.get(i + 1);
      if (b.start - a.end <= 5) {
        String between = f.substring(a.end, b.start).trim();
        if (between.equals("-") || between.equals("–") || between.equals("—")) {
          a.event = false;
          b.event = false;
        }
      }
    }
    int previousEnd = 0;
    for (Candidate c : kept) {
      if (c.event && isParenthesised(f, c.start, c.end)) {
        c.event = false;
      }
      if (c.event && hasHolidayCue(f, Math.max(previousEnd, c.start - 80), c.start)) {
        c.event = false;
      }
      previousEnd = c.end;
    }
  }

  private static boolean isParenthesised(String f, int start, int end) {
    int i = start - 1;
    while (i >= 0 && f.charAt(i) == ' ') {
      i--;
    }
    int j = end;
    while (j < f.length() && f.charAt(j) == ' ') {
      j++;
    }
    return i >= 0 && f.charAt(i) == '(' && j < f.length() && f.charAt(j) == ')';
  }

  private static boolean hasHolidayCue(String f, int from, int to) {
    int s = to;
    while (s > from && ",;:()[]".indexOf(f.charAt(s - 1)) < 0) {
      s--;
    }
    String window = f.substring(s, to);
    for (String cue : HOLIDAY_CUES) {
      if (window.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<PartialDate> resolve(
      Candidate c,
      String text,
      Optional<PartialDate> published,
      int base,
      List<Issue> issues) {
    int at = base + c.start;
    Optional<LocalDate> latest = published.flatMap(PartialDate::latest);
    Optional<LocalDate> earliest = published.flatMap(PartialDate::earliest);
    switch (c.kind) {
      case FULL:
        {
          LocalDate d;
          try {
            d = LocalDate.of(c.year, c.month, c.day);
          } catch (DateTimeException e) {
            issues.add(impossible(at, text, c.year, c.month, c.day));
            return Optional.empty();
          }
          if (latest.isPresent() && d.isAfter(latest.get())) {
            issues.add(future(at, text, d.toString(), published.get()));
            return Optional.empty();
          }
          return Optional.of(PartialDate.of(d));
        }
      case MONTH_DAY:
        {
          PartialDate md;
          try {
            md = PartialDate.ofMonthDay(c.month, c.day);
          } catch (IllegalArgumentException e) {
            issues.add(
                new Issue(
                    at,
                    WarningKind.IMPOSSIBLE_DATE,
                    text,
                    String.format(
                        Locale.ROOT,
                        "impossible date --%02d-%02d; date left unknown",
                        c.month,
                        c.day)));
            return Optional.empty();
          }
          if (earliest.isEmpty()) {
            return Optional.of(md);
          }
          // the year is certain only when every day the published date could be gives the same
          Optional<LocalDate> early = mostRecent(c.month, c.day, earliest.get());
          Optional<LocalDate> late = mostRecent(c.month, c.day, latest.get());
          if (early.isPresent() && early.equals(late)) {
            return Optional.of(PartialDate.of(early.get()));
          }
          return Optional.of(md);
        }
      case YEAR_MONTH:
        {
          if (c.month < 1 || c.month > 12 || c.year < 1) {
            issues.add(
                new Issue(
                    at,
                    WarningKind.IMPOSSIBLE_DATE,
                    text,
                    String.format(
                        Locale.ROOT,
                        "impossible month %04d-%02d; date left unknown",
                        c.year,
                        c.month)));
            return Optional.empty();
          }
          PartialDate ym = PartialDate.ofYearMonth(c.year, c.month);
          if (latest.isPresent() && ym.earliest().get().isAfter(latest.get())) {
            issues.add(future(at, text, ym.toString(), published.get()));
            return Optional.empty();
          }
          return Optional.of(ym);
        }
      case RELATIVE:
        {
          Optional<LocalDate> day = published.flatMap(PartialDate::toLocalDate);
          if (day.isPresent()) {
            return Optional.of(PartialDate.of(day.get().plusDays(c.day)));
          }
          issues.add(
              new Issue(
                  at,
                  WarningKind.EVENT_DATE_UNKNOWN,
                  text,
                  "'" + text + "' without a full published date to count from; date left unknown"));
          return Optional.empty();
        }
      default:
        {
          Optional<LocalDate> day = published.flatMap(PartialDate::toLocalDate);
          if (day.isPresent()) {
            return Optional.of(
                PartialDate.of(day.get().with(TemporalAdjusters.previousOrSame(c.weekday))));
          }
          issues.add(
              new Issue(
                  at,
                  WarningKind.EVENT_DATE_UNKNOWN,
                  text,
                  "weekday '"
                      + text
                      + "' without a full published date to count back from; date left unknown"));
          return Optional.empty();
        }
    }
  }

  /** The most recent {@code month}-{@code day} on or before {@code limit}, within 8 years. */
  private static Optional<LocalDate> mostRecent(int month, int day, LocalDate limit) {
    for (int y = limit.getYear(); y >= limit.getYear() - 8 && y >= 1; y--) {
      try {
        LocalDate d = LocalDate.of(y, month, day);
        if (!d.isAfter(limit)) {
          return Optional.of(d);
        }
      } catch (DateTimeException e) {
        // February 29 in a common year: try an earlier year
      }
    }
    return Optional.empty();
  }

  private static Issue impossible(int offset, String text, int y, int m, int d) {
    return new Issue(
        offset,
        WarningKind.IMPOSSIBLE_DATE,
        text,
        String.format(Locale.ROOT, "impossible date %04d-%02d-%02d; date left unknown", y, m, d));
  }

  private static Issue future(int offset, String text, String date, PartialDate published) {
    return new Issue(
        offset,
        WarningKind.DATE_AFTER_PUBLISHED,
        text,
        "date " + date + " is after the published date " + published + "; date left unknown");
  }

  private static Candidate full(Matcher m, int year, int month, int day) {
    return new Candidate(m.start(), m.end(), Kind.FULL, year, month, day, null);
  }

  private static Candidate dayOrMonthDay(Matcher m, String year, int month, int day) {
    return year == null
        ? new Candidate(m.start(), m.end(), Kind.MONTH_DAY, 0, month, day, null)
        : new Candidate(m.start(), m.end(), Kind.FULL, Integer.parseInt(year), month, day, null);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int month(String name) {
    String p = name.substring(0, 3);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(p) / 3 + 1;
  }

  /** The number of a Russian month name, genitive, prepositional or abbreviated, folded. */
  private static int russianMonth(String name) {
    // in calendar order, so that марта is March before ма (May) is tried
    for (int k = 0; k < RU_MONTH_STEMS.size(); k++) {
      if (name.startsWith(RU_MONTH_STEMS.get(k))) {
        return k + 1;
      }
    }
    return 0;
  }

  private static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u04FF';
  }

  private static DayOfWeek vietnameseDay(String day) {
    switch (day) {
      case "hai":
      case "2":
        return DayOfWeek.MONDAY;
      case "ba":
      case "3":
        return DayOfWeek.TUESDAY;
      case "tu":
      case "4":
        return DayOfWeek.WEDNESDAY;
      case "nam":
      case "5":
        return DayOfWeek.THURSDAY;
      case "sau":
      case "6":
        return DayOfWeek.FRIDAY;
      default:
        return DayOfWeek.SATURDAY;
    }
  }

  /** Whether {@code s[start, end)} is ASCII with an upper-case first letter. */
  private static boolean isCapitalAscii(String s, int start, int end) {
    if (!Character.isUpperCase(s.charAt(start))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The folded word just before {@code pos}, at most 10 letters, after at most 3 spaces. */
  private static String previousWord(String f, int pos) {
    int i = pos;
    int spaces = 0;
    while (i > 0 && (f.charAt(i - 1) == ' ' || f.charAt(i - 1) == '\u00A0') && spaces < 3) {
      i--;
      spaces++;
    }
    int end = i;
    while (i > 0 && end - i < 10 && Character.isLetter(f.charAt(i - 1))) {
      i--;
    }
    return f.substring(i, end);
  }
}
