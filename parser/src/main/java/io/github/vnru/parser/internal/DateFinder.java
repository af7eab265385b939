package io.github.vnru.parser.internal;

import io.github.vnru.extract.DateMention;
import io.github.vnru.extract.Folding;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.DateWords;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.WarningKind;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * day first, as the Vietnamese and Russian press write them, unless only month first makes a date
 * ({@code 11/19/2018}); a month name may take a comma and the year a slash ({@code December,
 * 17/2009}).
 *
 * <p>Not event dates: the two ends of a range ({@code 10/10/1945-10/10/2025}); a date that fills
 * a parenthesis by itself ({@code (April 22, 1870)}); a date whose clause names an anniversary or
 * holiday before it ({@code nhân dịp Quốc khánh 12/6}, {@code 150th anniversary}).
 *
 * <p>Resolution: a date without a year takes the year that makes it the most recent such day on or
 * before the published date (a month-only one, {@code 2017-03}, standing for its last day), or
 * stays a month-day ({@code --06-11}) when there is no published date. A weekday becomes the most recent such day on or before a full published date; without
 * one it is dropped with an {@link WarningKind#EVENT_DATE_UNKNOWN} issue, never stamped with
 * another day. A date after the published date, or one that does not exist, is dropped with an
 * {@link Issue}.
 *
 * <p>Every word of dates (month names, weekdays, day words, the words around a date's numbers
 * such as {@code ngày}, {@code tháng}, {@code năm}, {@code th}, {@code of}, {@code года},
 * relative days, anniversary words) is the language packs' {@code lang/<code>/dates.tsv}, read
 * through {@link DateWords}; this class holds only the shapes (digits, separators, spaces) and
 * builds its patterns from the words once, per language, at class load. Which language's words
 * take which shape is still here: month before day ({@code April 5}), a capitalised weekday alone
 * ({@code Monday}) and a month name with a year alone ({@code April 2021}) are English; a weekday
 * after a day cue ({@code во вторник}) and {@code month-in} ({@code в мае 2016}) Russian; a weekday
 * with or without a cue ({@code hôm thứ 5}, {@code Thứ Hai}) Vietnamese. Every pattern has
 * bounded repetition only, so a search costs time linear in the text.
 */
public final class DateFinder {
  /**
   * What may follow a year: no digit, unless a time of day glued to it starts there ({@code 24
   * Tháng Sáu 201412:00 SA}: a page's date line that lost its space).
   */
  private static final String YEAR_END = "(?!\\d(?!\\d?:\\d{2}))";
  private static final String SP = "[ \\u00A0]{1,2}";
  private static final DateWords EN = DateWords.of("en");
  private static final DateWords VI = DateWords.of("vi");
  private static final DateWords RU = DateWords.of("ru");
  /** Every pattern, in the order of their indices below; {@link Matchers} keeps one matcher each. */
  private static final List<Pattern> PATTERNS = new ArrayList<>();
  /** The month names a day or year follows, of the languages that write them before a day. */
  private static final Map<String, Integer> MONTH_NUMBERS = EN.folded(DateWords.Kind.MONTH);
  private static final String MONTHS = alternation(MONTH_NUMBERS.keySet());
  /** The words that make a bare day-month ({@code ngày 10/10}, {@code on 10/10}) a date. */
  private static final Set<String> DM_CUES =
      DateWords.everyLanguage(DateWords.Kind.DAY_CUE).keySet();
  private static final String DAY_CUE = alternation(VI.folded(DateWords.Kind.DAY_CUE).keySet());
  /** The words that lead a date written out ({@code ngày} 5 tháng 4 năm 2021). */
  private static final Set<String> DAY_LEADS =
      DateWords.everyLanguage(DateWords.Kind.DAY_LEAD).keySet();

  /** {@code 19/10/2004}, and as some pages print it, {@code 19/10/ 2004}. */
  private static final int DMY =
      add("(?<![\\p{L}\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2 ?(\\d{4})(?![\\d/]|[.-]\\d)");
  /** {@code 2023-03-02}, and as some pages print it, {@code 2023-3-2} or {@code 2016/03/31}. */
  private static final int ISO =
      add("(?<![\\p{L}\\d/.-])(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?![\\d/-])");
  private static final int DM =
      add("(?<![\\p{L}\\d/.-])(\\d{1,2})[/.-](\\d{1,2})(?![\\d/]|[.-]\\d)");
  /** A year in a date's text. */
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)");
  /** A span of days of one month: {@code 28-30/10/2019}, {@code 14-15/1}. */
  private static final int DAYS_DM =
      add("(?<![\\p{L}\\d/.-])(\\d{1,2}) ?[-–] ?\\d{1,2}([/.])(\\d{1,2})(?:\\2 ?(\\d{4}))?"
          + "(?![\\d/]|[.-]\\d)");
  /**
   * Per language, a day and the name of its month, with a year or not: {@code 3 December 2021},
   * {@code 5th of December}, {@code 19 мая}, {@code 10 октября 2025 года}, {@code 1 сентября 2025
   * г.}: one shape, each language's words ({@code month}, {@code ordinal-suffix}, {@code
   * day-month-link}, {@code year-word}).
   */
  private static final DayMonth[] DAY_MONTHS = dayMonths();
  private static final int EN_MDY =
      add(
          "(?<!\\p{L})("
              + MONTHS
              // a comma after the month only before a day and a year: "May, 18/2021", "October,
              // 20 2019" (not "in October, 20 delegates")
              + ")\\.?(?:,(?="
              + SP
              + "\\d{1,2}(?:/\\d{4}|,?" + SP + "\\d{4})))?"
              // "Feb.27": after the abbreviation's full stop, the day may follow with no space
              + "[ \\u00A0]{0,2}(\\d{1,2})"
              + optional(EN.folded(DateWords.Kind.ORDINAL_SUFFIX).keySet(), "", "")
              + "(?:(?:,?"
              + SP
              + "|/)(\\d{4}))?(?![\\p{L}\\d])");
  private static final int EN_MONTH_YEAR =
      add("(?<!\\p{L})(" + MONTHS + ")\\.?,?" + SP + "(\\d{4})" + YEAR_END);
  private static final Map<String, Integer> EN_WEEKDAYS = EN.folded(DateWords.Kind.WEEKDAY);
  private static final int EN_WEEKDAY =
      add("(?<!\\p{L})(" + alternation(EN_WEEKDAYS.keySet()) + ")(?!\\p{L})");
  /**
   * Per language, a date written out in words around its numbers: {@code ngày 5 tháng 4}, {@code
   * ngày 5 tháng 4 năm 2021} ({@code day-lead}, {@code month-lead}, {@code year-lead}).
   */
  private static final Led[] LONG_DATES = ledShapes(true);
  /** Per language, a month and year after a month word: {@code tháng 4/2021}, {@code tháng 4 năm 2021}. */
  private static final Led[] MONTH_YEARS = ledShapes(false);
  /**
   * Per language, a written-out date without its day word, as page date lines print it: {@code 16
   * Tháng 2 2006}, {@code 16 tháng 2, 2006}. Only with the year, as a bare {@code 3 tháng 5} is
   * as likely a count of months.
   */
  private static final Led[] DAY_FIRST_DATES = dayFirstShapes();
  /** A Vietnamese weekday, after a day word or not: {@code hôm thứ 5}, {@code Thứ Hai}. */
  private static final int VI_WEEKDAY =
      add(
          "(?<!\\p{L})(?:("
              + DAY_CUE
              + ")"
              + SP
              + ")?("
              + alternation(VI.folded(DateWords.Kind.WEEKDAY).keySet())
              + ")(?![\\p{L}\\d])");

  /** The months in the prepositional case: {@code в мае 2016 года}. */
  private static final Map<String, Integer> RU_MONTH_IN_NUMBERS =
      RU.folded(DateWords.Kind.MONTH_IN);
  /** {@code в мае 2016 года}, {@code в ноябре 2021 г.} */
  private static final int RU_MONTH_YEAR =
      add("(?<!\\p{L})(" + alternation(RU_MONTH_IN_NUMBERS.keySet()) + ")" + SP + "(\\d{4})"
          + YEAR_END);
  /** {@code во вторник}, {@code в пятницу}: the weekday after {@code в} or {@code во}. */
  private static final int RU_WEEKDAY =
      add(
          "(?<!\\p{L})(?:"
              + alternation(RU.folded(DateWords.Kind.DAY_CUE).keySet())
              + ")"
              + SP
              + "("
              + alternation(RU.folded(DateWords.Kind.WEEKDAY).keySet())
              + ")(?!\\p{L})");
  private static final Set<String> RU_DAY_CUES = RU.folded(DateWords.Kind.DAY_CUE).keySet();
  /** The Russian months a day takes, spelled out or abbreviated. */
  private static final Map<String, Integer> RU_MONTHS = RU.folded(DateWords.Kind.MONTH);
  /**
   * {@code июл 24, 2020}: a Russian month before the day and the year, as page timestamps made
   * with English date formats and Russian month names print them; only with the year, as a
   * month and a number alone ({@code мая 24 делегата}) are no date.
   */
  private static final int RU_MDY =
      add("(?<!\\p{L})(" + alternation(RU_MONTHS.keySet()) + ")\\.?" + SP + "(\\d{1,2}),?" + SP
          + "(\\d{4})" + YEAR_END);
  /**
   * Words that name a day by its distance from the published date, in every language: {@code
   * today} is the published date, {@code вчера} (yesterday) the day before.
   */
  private static final Map<String, Integer> RELATIVE_DAYS = DateWords.everyLanguage(
      DateWords.Kind.RELATIVE_DAY, DateWords.Kind.RELATIVE_DAY_ADVERB);
  /** The relative days as written, lower case: {@code tối qua} but not {@code tôi qua}. */
  private static final Set<String> RELATIVE_DAYS_WRITTEN = Set.copyOf(DateWords
      .everyLanguageWritten(DateWords.Kind.RELATIVE_DAY, DateWords.Kind.RELATIVE_DAY_ADVERB));
  /** The relative days that are one only as adverbs ({@code накануне}), folded. */
  private static final Set<String> RELATIVE_DAY_ADVERBS =
      DateWords.everyLanguage(DateWords.Kind.RELATIVE_DAY_ADVERB).keySet();
  /** How a word in the genitive ends, folded: after an adverb, it makes it a preposition. */
  private static final List<String> GENITIVE_ENDINGS =
      List.copyOf(DateWords.everyLanguage(DateWords.Kind.GENITIVE_ENDING).keySet());
  /** The first words of the relative days, to try them only where one can start. */
  private static final Set<String> RELATIVE_DAY_STARTS = firstWords(RELATIVE_DAYS.keySet());
  /** The words that join a date to a later day into a range, folded. */
  private static final Set<String> RANGE_LINKS =
      DateWords.everyLanguage(DateWords.Kind.RANGE_LINK).keySet();
  /** Words before a date that make it an anniversary or holiday, in every language. */
  private static final Set<String> HOLIDAY_CUES =
      DateWords.everyLanguage(DateWords.Kind.NOT_EVENT).keySet();
  /** The nouns for events, folded: after "today's" they make it a day. */
  private static final Set<String> EVENT_NOUNS =
      DateWords.everyLanguage(DateWords.Kind.EVENT_NOUN).keySet();
  /** How many words after a relative day's possessive may hold its event noun. */
  private static final int EVENT_NOUN_REACH_WORDS = 3;
  /** Words saying someone was born, in every language: they reach the whole clause. */
  private static final Set<String> BIRTH_CUES =
      DateWords.everyLanguage(DateWords.Kind.BIRTH).keySet();
  /** Words saying a visit ended, in every language: they reach the whole clause, both ways. */
  private static final Set<String> VISIT_END_CUES =
      DateWords.everyLanguage(DateWords.Kind.VISIT_END).keySet();
  /** How many words a holiday cue reaches to the date it makes a holiday's. */
  private static final int HOLIDAY_CUE_REACH_WORDS = 5;
  /** The Vietnamese weekdays as written, with diacritics: {@code thứ hai} but not {@code thu hai}. */
  private static final Set<String> VI_WEEKDAYS_WRITTEN =
      Set.copyOf(VI.written(DateWords.Kind.WEEKDAY));

  /**
   * One language's day-month shape ({@code 19 мая 2016 года}) and its month numbers; tried only
   * where a letter that can start its month or link word stands one or two chars after the
   * number's word. A month name in Latin letters is a date only capitalised or with a year
   * ({@code 7 may} is not).
   */
  private record DayMonth(int pattern, Map<String, Integer> months, String starts, boolean latin) {}

  private static DayMonth[] dayMonths() {
    List<DayMonth> out = new ArrayList<>();
    for (String code : DateWords.languages()) {
      DateWords w = DateWords.of(code);
      Map<String, Integer> months = w.folded(DateWords.Kind.MONTH);
      if (months.isEmpty()) {
        continue;
      }
      Set<String> links = w.folded(DateWords.Kind.DAY_MONTH_LINK).keySet();
      int pattern =
          add(
              "(?<![\\p{L}\\d])(\\d{1,2})"
                  + optional(w.folded(DateWords.Kind.ORDINAL_SUFFIX).keySet(), "", "")
                  + SP
                  + optional(links, "", SP)
                  + "("
                  + alternation(months.keySet())
                  + ")\\.?(?:,?"
                  + SP
                  + "(\\d{4})"
                  + optional(w.folded(DateWords.Kind.YEAR_WORD).keySet(), SP, "")
                  + ")?(?!\\p{L})" + YEAR_END);
      StringBuilder starts = new StringBuilder();
      boolean latin = true;
      for (String word : concat(months.keySet(), links)) {
        if (starts.indexOf(word.substring(0, 1)) < 0) {
          starts.append(word.charAt(0));
        }
      }
      for (String month : months.keySet()) {
        latin &= month.chars().allMatch(ch -> ch < 0x80);
      }
      out.add(new DayMonth(pattern, months, starts.toString(), latin));
    }
    return out.toArray(new DayMonth[0]);
  }

  /**
   * One language's date led by words ({@code ngày 5 tháng 4 năm 2021}, {@code tháng 4/2021}): its
   * pattern and the first words of its lead, to try it only where one stands.
   */
  /**
   * A date led by words: its pattern, the first words of its leads, and the leads each with a
   * space after it (the pattern starts with a lead, one or two spaces and a digit).
   */
  private record Led(int pattern, Set<String> starts, List<String> leads) {}

  private static Led[] ledShapes(boolean withDay) {
    List<Led> out = new ArrayList<>();
    for (String code : DateWords.languages()) {
      DateWords w = DateWords.of(code);
      Set<String> days = w.folded(DateWords.Kind.DAY_LEAD).keySet();
      Set<String> months = w.folded(DateWords.Kind.MONTH_LEAD).keySet();
      String years = alternationOrNone(w.folded(DateWords.Kind.YEAR_LEAD).keySet());
      if (months.isEmpty() || (withDay && days.isEmpty())) {
        continue;
      }
      String regex =
          withDay
              ? "(?<!\\p{L})(?:"
                  + alternation(days)
                  + ")"
                  + SP
                  + "(\\d{1,2})"
                  + SP
                  + "(?:"
                  + alternation(months)
                  + ")"
                  + SP
                  + "(\\d{1,2})(?:,?"
                  + SP
                  + "(?:"
                  + years
                  + ")"
                  + SP
                  + "(\\d{4}))?" + YEAR_END
              : "(?<!\\p{L})(?:"
                  + alternation(months)
                  + ")"
                  + SP
                  + "(\\d{1,2})(?:/|"
                  + SP
                  + "(?:"
                  + years
                  + ")"
                  + SP
                  + ")(\\d{4})" + YEAR_END;
      out.add(new Led(add(regex), firstWords(withDay ? days : months),
          (withDay ? days : months).stream().map(lead -> lead + " ").toList()));
    }
    return out.toArray(new Led[0]);
  }

  private static Led[] dayFirstShapes() {
    List<Led> out = new ArrayList<>();
    for (String code : DateWords.languages()) {
      DateWords w = DateWords.of(code);
      Set<String> months = w.folded(DateWords.Kind.MONTH_LEAD).keySet();
      if (w.folded(DateWords.Kind.DAY_LEAD).isEmpty() || months.isEmpty()) {
        continue;
      }
      String regex =
          "(?<![\\p{L}\\d/.-])(\\d{1,2})"
              + SP
              + "(?:"
              + alternation(months)
              + ")"
              + SP
              + "(\\d{1,2}),?"
              + SP
              + optional(w.folded(DateWords.Kind.YEAR_LEAD).keySet(), "", SP)
              + "(\\d{4})" + YEAR_END;
      out.add(new Led(add(regex), firstWords(months), List.of()));
    }
    return out.toArray(new Led[0]);
  }

  /** Adds a pattern to {@link #PATTERNS}, compiled once; its index. */
  private static int add(String regex) {
    PATTERNS.add(Pattern.compile(regex));
    return PATTERNS.size() - 1;
  }

  /**
   * An optional group of the phrases between {@code before} and {@code after} ({@code
   * (?:st|nd|rd|th)?}); nothing when there are none, as a language without such words writes its
   * dates without them.
   */
  private static String optional(Collection<String> phrases, String before, String after) {
    return phrases.isEmpty()
        ? ""
        : "(?:" + before + "(?:" + alternation(phrases) + ")" + after + ")?";
  }

  /** {@link #alternation}, or a group that never matches when there are no phrases. */
  private static String alternationOrNone(Collection<String> phrases) {
    return phrases.isEmpty() ? "(?!)" : alternation(phrases);
  }

  private static List<String> concat(Collection<String> a, Collection<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * Whether {@code text} ends with a word that makes a date right after it a day of the sentence
   * ({@code … sáng ngày}, {@code on}, {@code в}), as a day-month after it is read.
   */
  public static boolean endsWithDayCue(String text) {
    String f = Folding.fold(text);
    return DM_CUES.contains(previousWord(f, f.length()));
  }

  /**
   * A phrase a pattern matched as the tables write it, its words apart by one plain space: the
   * patterns take up to two spaces, no-break ones too ({@link #SP}), between a phrase's words
   * ("tháng  sáu").
   */
  private static String phrase(String matched) {
    return matched.indexOf('\u00A0') < 0 && matched.indexOf("  ") < 0
        ? matched
        : matched.replace('\u00A0', ' ').replace("  ", " ");
  }

  /** A regular-expression alternation of folded phrases, longest first, spaces as {@link #SP}. */
  private static String alternation(Collection<String> phrases) {
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder();
    for (String p : sorted) {
      if (b.length() > 0) {
        b.append('|');
      }
      String[] words = p.split(" ");
      for (int i = 0; i < words.length; i++) {
        b.append(i > 0 ? SP : "").append(Pattern.quote(words[i]));
      }
    }
    return b.toString();
  }

  private static Set<String> firstWords(Collection<String> phrases) {
    Set<String> out = new java.util.HashSet<>();
    for (String p : phrases) {
      out.add(p.split(" ")[0]);
    }
    return Set.copyOf(out);
  }

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

  /**
   * The event dates of a sentence, the first days of the spans of days it states, the problems, and
   * the days an anniversary is kept that it states as the first day and the year kept ("June 16,
   * 1994-2024": 16 June 2024), which date nothing but tell the year of their month.
   */
  public record Result(List<DateMention> dates, List<DateMention> spans, List<Issue> issues,
      List<PartialDate> anniversaries) {}

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
    /** Whether it opens a span of days ("May 21-23", "từ 21 đến 23/5"): no event, but noted. */
    boolean spanStart;
    /** The date that ends the span it opens, when one is written out; else null. */
    Candidate spanEnd;
    /** The year an anniversary of this day is kept in, written after it ("1994-2024"); else 0. */
    int keptIn;

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
   * @param written the sentence as written
   * @param base the sentence's offset in the normalised text
   * @param published the article's published date, if known
   * @param skipBefore dates starting before this relative offset are ignored (a dateline)
   */
  public static Result find(
      String written, int base, Optional<PartialDate> published, int skipBefore) {
    if (!mayHaveRunOfSpace(written)) {
      return findIn(written, base, published, skipBefore);
    }
    // "September  9", "on March\n11" (a paragraph wrapped over lines): read with each run of
    // white space one space, the dates placed back where they are written
    int[] at = new int[written.length()];
    String sentence = Chars.singleSpaced(written, at);
    int n = sentence.length();
    Result r = findIn(sentence, 0, published, Chars.singleSpacedOffset(at, n, skipBefore));
    if (r == NOTHING) {
      return r;
    }
    List<DateMention> dates = new ArrayList<>(r.dates().size());
    r.dates().forEach(d -> dates.add(written(d, at, base)));
    List<DateMention> spans = new ArrayList<>(r.spans().size());
    r.spans().forEach(d -> spans.add(written(d, at, base)));
    List<Issue> issues = new ArrayList<>(r.issues().size());
    for (Issue i : r.issues()) {
      // the text of a date (from its offset on) as written; the message quotes it as read
      int a = at[i.offset()];
      int e = i.text().isEmpty() ? a : at[i.offset() + i.text().length() - 1] + 1;
      issues.add(new Issue(base + a, i.kind(), written.substring(a, e), i.message()));
    }
    return new Result(dates, spans, issues, r.anniversaries());
  }

  /**
   * Whether normalised text may have a run of white space ({@link Chars#hasRunOfSpace}): the
   * normaliser leaves no white space but spaces, line breaks, tabs, form feeds and vertical tabs,
   * so a few searches for them (each over many chars at a time) rule out most sentences.
   */
  private static boolean mayHaveRunOfSpace(String normalised) {
    return normalised.indexOf("  ") >= 0 || normalised.indexOf('\n') >= 0
        || normalised.indexOf('\t') >= 0 || normalised.indexOf('\f') >= 0
        || normalised.indexOf('\u000B') >= 0;
  }

  /** Date {@code d}, found in a single-spaced sentence of map {@code at}, as written. */
  private static DateMention written(DateMention d, int[] at, int base) {
    return new DateMention(base + at[d.start()], base + at[d.end() - 1] + 1, d.date());
  }

  /** {@link #find} in a sentence with no run of white space. */
  private static Result findIn(
      String sentence, int base, Optional<PartialDate> published, int skipBefore) {
    Folded folded = new Folded(foldedChars(sentence), sentence.length());
    List<Candidate> all = new ArrayList<>();
    collect(sentence, folded, all);
    if (all.isEmpty()) {
      return NOTHING; // most sentences: no word that can start a date
    }
    String f = folded.text();
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
    List<DateMention> spans = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    List<PartialDate> anniversaries = new ArrayList<>();
    for (Candidate c : kept) {
      if (c.keptIn > 0) {
        anniversaries.add(keptDay(c));
      }
      if (c.spanStart) {
        // its problems go unreported: a span dates nothing
        resolve(c, sentence.substring(c.start, c.end), published, base, new ArrayList<>())
            .map(d -> withYearOfSpanEnd(d, c))
            .ifPresent(d -> spans.add(new DateMention(base + c.start, base + c.end, d)));
      }
      // a weekday or relative day beside the day itself ("chiều qua 3.9") only repeats it
      if (!c.event || ((c.kind == Kind.WEEKDAY || c.kind == Kind.RELATIVE) && hasDay)) {
        continue;
      }
      resolve(c, sentence.substring(c.start, c.end), published, base, issues)
          .ifPresent(d -> dates.add(new DateMention(base + c.start, base + c.end, d)));
    }
    return new Result(dates, spans, issues, anniversaries);
  }

  /** What a sentence without dates gives: nothing, read only. */
  private static final Result NOTHING = new Result(List.of(), List.of(), List.of(), List.of());

  /**
   * A sentence's folded chars ({@link #foldedChars}), and the same as a string for the patterns,
   * made when one is first tried: most sentences hold no word that can start a date, and never
   * need it. Only while {@link #find} reads this sentence: the chars are the thread's.
   */
  private static final class Folded {
    final char[] chars;
    final int length;
    private String text;

    Folded(char[] chars, int length) {
      this.chars = chars;
      this.length = length;
    }

    String text() {
      if (text == null) {
        text = new String(chars, 0, length);
      }
      return text;
    }
  }

  /** The day of {@code c} in the year its anniversary is kept. */
  private static PartialDate keptDay(Candidate c) {
    try {
      return PartialDate.of(c.keptIn, c.month, c.day);
    } catch (DateTimeException | IllegalArgumentException e) {
      return PartialDate.ofYearMonth(c.keptIn, c.month); // 29 February, kept in another year
    }
  }

  /**
   * A span's first day {@code d} with the year of the day that ends the span when it has none
   * ("từ ngày 29/11 đến ngày 2/12/2021": 29 November 2021; "30/12 – 2/1/2022": 30 December 2021).
   */
  private static PartialDate withYearOfSpanEnd(PartialDate d, Candidate c) {
    Candidate end = c.spanEnd;
    if (d.year().isPresent() || d.day().isEmpty() || end == null || end.kind != Kind.FULL) {
      return d;
    }
    int year = c.month > end.month ? end.year - 1 : end.year;
    try {
      return PartialDate.of(year, c.month, c.day);
    } catch (DateTimeException | IllegalArgumentException e) {
      return d; // "29/2" in a year without it: left as written
    }
  }

  private static final Set<String> MONTH_WORDS = MONTH_NUMBERS.keySet();
  private static final Set<String> WEEKDAY_WORDS = EN_WEEKDAYS.keySet();
  /** The words a Vietnamese weekday can start with: a day word or the weekday's own first word. */
  private static final Set<String> VI_WEEKDAY_STARTS = viWeekdayStarts();

  private static Set<String> viWeekdayStarts() {
    Set<String> out = new java.util.HashSet<>(VI.folded(DateWords.Kind.DAY_CUE).keySet());
    out.addAll(firstWords(VI.folded(DateWords.Kind.WEEKDAY).keySet()));
    return Set.copyOf(out);
  }
  /**
   * {@code [length * 128 + first char]}: whether some cue word has that length and first char, so
   * most words are ruled out without a substring and set look-ups.
   */
  private static final boolean[] WORD_SHAPES = wordShapes();
  /** A word that may start a month's date ({@link #EN_MDY}, {@link #EN_MONTH_YEAR}). */
  private static final int STARTS_MONTH = 1;
  /** A word that may start {@link #EN_WEEKDAY}. */
  private static final int STARTS_WEEKDAY = 1 << 1;
  /** A word that may start {@link #VI_WEEKDAY}. */
  private static final int STARTS_VI_WEEKDAY = 1 << 2;
  /** A word that may start a relative day. */
  private static final int STARTS_RELATIVE_DAY = 1 << 3;
  /** The bit of {@code LONG_DATES[0]}; {@code LONG_DATES[k]}'s is this shifted by {@code k}. */
  private static final int STARTS_LONG_DATE = 1 << 4;
  /** The bit of {@code MONTH_YEARS[0]}, after those of {@link #LONG_DATES}. */
  private static final int STARTS_MONTH_YEAR = STARTS_LONG_DATE << LONG_DATES.length;
  /**
   * Every word a date of those shapes can start with, and which patterns it may start (the
   * {@code STARTS_*} bits): one look-up in the text's chars, no substring and no look-up per
   * pattern.
   */
  private static final WordTable CUE_WORDS = new WordTable(cueWordStarts());

  /**
   * {@code [length * 256 + first char - U+0400]}: whether a Russian day cue, month (in the
   * genitive or the prepositional case) or relative day's first word has that length and first char, so most
   * Cyrillic words are ruled out without a substring and set look-ups.
   */
  private static final boolean[] CYRILLIC_SHAPES = cyrillicShapes();

  private static boolean[] cyrillicShapes() {
    boolean[] shapes = new boolean[12 * 256];
    List<String> words = new ArrayList<>(RU_DAY_CUES);
    words.addAll(RU_MONTH_IN_NUMBERS.keySet());
    words.addAll(RU_MONTHS.keySet());
    words.addAll(RELATIVE_DAY_STARTS);
    for (String w : words) {
      if (!w.isEmpty() && w.length() < 12 && isCyrillic(w.charAt(0))) {
        shapes[w.length() * 256 + (w.charAt(0) - '\u0400')] = true;
      }
    }
    return shapes;
  }

  /**
   * Each word the patterns tried at a word that is not a number and not Cyrillic start with, with
   * the bits of the patterns it may start.
   */
  private static Map<String, Integer> cueWordStarts() {
    Map<String, Integer> starts = new HashMap<>();
    mark(starts, MONTH_WORDS, STARTS_MONTH);
    mark(starts, WEEKDAY_WORDS, STARTS_WEEKDAY);
    mark(starts, VI_WEEKDAY_STARTS, STARTS_VI_WEEKDAY);
    mark(starts, RELATIVE_DAY_STARTS, STARTS_RELATIVE_DAY);
    for (int k = 0; k < LONG_DATES.length; k++) {
      mark(starts, LONG_DATES[k].starts(), STARTS_LONG_DATE << k);
    }
    for (int k = 0; k < MONTH_YEARS.length; k++) {
      mark(starts, MONTH_YEARS[k].starts(), STARTS_MONTH_YEAR << k);
    }
    return starts;
  }

  /** Adds {@code bit} to the bits of each of {@code words} in {@code starts}. */
  private static void mark(Map<String, Integer> starts, Collection<String> words, int bit) {
    words.forEach(w -> starts.merge(w, bit, (a, b) -> a | b));
  }

  private static boolean[] wordShapes() {
    boolean[] shapes = new boolean[16 * 128];
    for (String w : cueWordStarts().keySet()) {
      if (w.length() < 16 && w.charAt(0) < 128) {
        shapes[w.length() * 128 + w.charAt(0)] = true;
      }
    }
    return shapes;
  }

  /**
   * {@link Folding#fold(CharSequence)} as an array: the word scan reads the chars, the patterns
   * the string, and both are made from this one array.
   */
  private static char[] foldedChars(String sentence) {
    // copied, then folded in place: charAt on a two-byte string costs more than the fold; into
    // the thread's own array, as every sentence is folded (find calls nothing that finds dates)
    int n = sentence.length();
    char[] out = Chars.copyInto(FOLDED, sentence);
    for (int i = 0; i < n; i++) {
      out[i] = Folding.fold(out[i]);
    }
    return out;
  }

  /** Each thread's folded chars of the sentence being read: only the first of its length count. */
  private static final ThreadLocal<char[]> FOLDED = ThreadLocal.withInitial(() -> new char[512]);

  /**
   * The candidates of sentence {@code s}, folded {@code folded} (the word scan reads its array:
   * charAt on a two-byte string costs more than the tests; its string is made for a pattern).
   * Tries the patterns only at the starts of words that can begin them, each within a short
   * region, so the cost is linear in the text whatever it holds.
   */
  private static void collect(String s, Folded folded, List<Candidate> out) {
    char[] fc = folded.chars;
    int n = folded.length;
    Matchers ms = new Matchers(folded);
    int i = 0;
    while (i < n) {
      char c = fc[i];
      if (!Chars.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && j - i < 12 && Chars.isLetterOrDigit(fc[j])) {
        j++;
      }
      int end = Math.min(n, i + 48);
      if (Chars.isDigit(c)) {
        numberDates(s, folded, ms, i, j, end, out);
      } else if (isCyrillic(c)) {
        // most words are ruled out by length and first char alone, before a substring and look-ups
        boolean plausible = j - i <= 11 && CYRILLIC_SHAPES[(j - i) * 256 + (c - '\u0400')];
        String word = plausible ? new String(fc, i, j - i) : "";
        cyrillicDates(s, folded, ms, word, i, end, out);
      } else {
        boolean plausible = j - i >= 3 && j - i <= 9 && (j == n || !Chars.isLetterOrDigit(fc[j]))
            && c < 128 && WORD_SHAPES[(j - i) * 128 + c];
        // most words are ruled out by shape alone, before any look-up; the rest by one look-up,
        // which tells the patterns the word may start
        int starts = plausible ? CUE_WORDS.starts(fc, i, j) : 0;
        if (starts != 0) {
          wordDates(s, folded, ms, starts, i, end, out);
        }
      }
      while (j < n && Chars.isLetterOrDigit(fc[j])) {
        j++;
      }
      i = j;
    }
  }

  /*
   * The dates that may start at word i of the text, by the kind of its first char: methods of
   * their own, apart from the loop over the words, which the JIT compiled with its small calls
   * (the char tests, run for every word) left out once the patterns' code had filled the method.
   */

  /** The dates of the numbers' patterns that may start at the number {@code [i, j)}. */
  private static void numberDates(String s, Folded folded, Matchers ms, int i, int j, int end,
      List<Candidate> out) {
    char[] fc = folded.chars;
    int n = folded.length;
    // the number patterns start with one or two (ISO: four) ASCII digits and a separator:
    // checked first, as most numbers are no such date; the patterns still decide
    boolean daySeparator = digitsThen(fc, n, i, 1, "/.-") || digitsThen(fc, n, i, 2, "/.-");
    if (daySeparator) {
      tryAt(
          ms.get(DMY),
          i,
          end,
          m -> {
            // day first, unless only month first makes a date (11/19/2018, as US pages write)
            boolean monthFirst = num(m, 3) > 12 && num(m, 1) <= 12;
            out.add(monthFirst
                ? full(m, num(m, 4), num(m, 1), num(m, 3))
                : full(m, num(m, 4), num(m, 3), num(m, 1)));
          });
    }
    if (daySeparator) {
      tryAt(
          ms.get(DAYS_DM),
          i,
          end,
          m -> {
            // with its year, or after a day word ("từ ngày 14-15/1"): the first day of a span
            if (m.group(4) != null
                || DM_CUES.contains(previousWord(folded.text(), m.start()))) {
              Candidate span = dayOrMonthDay(m, m.group(4), num(m, 3), num(m, 1));
              span.event = false;
              span.spanStart = true;
              out.add(span);
            }
          });
    }
    if (digitsThen(fc, n, i, 4, "-/")) {
      tryAt(
          ms.get(ISO), i, end, m -> out.add(full(m, num(m, 1), num(m, 3), num(m, 4))));
    }
    if (daySeparator) {
      tryAt(
          ms.get(DM),
          i,
          end,
          m -> {
            // "hôm qua (25/9)": the day in brackets after its cue
            String f = folded.text();
            int at = m.start() > 0 && f.charAt(m.start() - 1) == '('
                ? m.start() - 1 : m.start();
            if (DM_CUES.contains(previousWord(f, at)) || relativeDayBefore(f, at)) {
              out.add(new Candidate(
                  m.start(), m.end(), Kind.MONTH_DAY, 0, num(m, 2), num(m, 1), null));
            }
          });
    }
    // the minutes of a time of day are no day ("11:01 May 17, 2013")
    boolean minutes = i > 0 && fc[i - 1] == ':';
    for (Led led : DAY_FIRST_DATES) {
      // only where a month word follows the number and one space
      if (!minutes && j + 1 < n && isSpace(fc[j]) && Chars.isLetter(fc[j + 1])
          && led.starts().contains(wordAt(fc, n, j + 1))) {
        tryAt(ms.get(led.pattern()), i, end,
            m -> out.add(full(m, num(m, 3), num(m, 2), num(m, 1))));
      }
    }
    for (int k = 0; !minutes && k < DAY_MONTHS.length; k++) {
      DayMonth dm = DAY_MONTHS[k];
      // only where the month (or its link word) can start, one or two chars after the number
      if (j + 1 < n && dm.starts().indexOf(fc[j + 1]) >= 0
          || j + 2 < n && dm.starts().indexOf(fc[j + 2]) >= 0) {
        tryAt(
            ms.get(dm.pattern()),
            i,
            end,
            m -> {
              // "7 may" is a day only when capitalised; with a year ("26 july 2012") it always is
              if (!dm.latin() || isCapitalAscii(s, m.start(2), m.end(2)) || m.group(3) != null) {
                out.add(dayOrMonthDay(
                    m, m.group(3), dm.months().get(phrase(m.group(2))), num(m, 1)));
              }
            });
      }
    }
  }

  /** The dates of the Russian words' patterns that may start at {@code word}, at {@code i}. */
  private static void cyrillicDates(String s, Folded folded, Matchers ms, String word, int i,
      int end, List<Candidate> out) {
    if (RU_DAY_CUES.contains(word)) {
      tryAt(
          ms.get(RU_WEEKDAY),
          i,
          end,
          m -> out.add(new Candidate(m.start(), m.end(), Kind.WEEKDAY, 0, 0, 0,
              DayOfWeek.of(RU.folded(DateWords.Kind.WEEKDAY).get(phrase(m.group(1)))))));
    } else if (word.length() >= 3 && RU_MONTH_IN_NUMBERS.containsKey(word)) {
      tryAt(
          ms.get(RU_MONTH_YEAR),
          i,
          end,
          m -> out.add(new Candidate(m.start(), m.end(), Kind.YEAR_MONTH, num(m, 2),
              RU_MONTH_IN_NUMBERS.get(phrase(m.group(1))), 0, null)));
    } else if (RELATIVE_DAY_STARTS.contains(word)) {
      relativeDay(s, folded.text(), i, out);
    } else if (RU_MONTHS.containsKey(word)) {
      tryAt(
          ms.get(RU_MDY),
          i,
          end,
          m -> out.add(full(m, num(m, 3), RU_MONTHS.get(phrase(m.group(1))), num(m, 2))));
    }
  }

  /** The dates of the patterns {@code starts} tells may start at the word at {@code i}. */
  private static void wordDates(String s, Folded folded, Matchers ms, int starts, int i, int end,
      List<Candidate> out) {
    if ((starts & STARTS_MONTH) != 0) {
      tryAt(
        ms.get(EN_MDY),
          i,
          end,
          m -> {
            if (isCapitalAscii(s, m.start(1), m.end(1))) {
              out.add(dayOrMonthDay(
                  m, m.group(3), MONTH_NUMBERS.get(phrase(m.group(1))), num(m, 2)));
            }
          });
      tryAt(
        ms.get(EN_MONTH_YEAR),
          i,
          end,
          m -> {
            if (isCapitalAscii(s, m.start(1), m.end(1))) {
              out.add(
                  new Candidate(
                      m.start(), m.end(), Kind.YEAR_MONTH, num(m, 2),
                      MONTH_NUMBERS.get(phrase(m.group(1))), 0, null));
            }
          });
    }
    if ((starts & STARTS_WEEKDAY) != 0) {
      tryAt(
        ms.get(EN_WEEKDAY),
          i,
          end,
          m -> {
            if (isCapitalAscii(s, m.start(1), m.end(1))) {
              DayOfWeek dow = DayOfWeek.of(EN_WEEKDAYS.get(phrase(m.group(1))));
              out.add(new Candidate(m.start(), m.end(), Kind.WEEKDAY, 0, 0, 0, dow));
            }
          });
    }
    for (int k = 0; starts != 0 && k < LONG_DATES.length; k++) {
      if ((starts & STARTS_LONG_DATE << k) != 0
          && leadThenDigit(folded.text(), i, LONG_DATES[k])) {
        Led led = LONG_DATES[k];
        tryAt(
            ms.get(led.pattern()),
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
    }
    for (int k = 0; starts != 0 && k < MONTH_YEARS.length; k++) {
      if ((starts & STARTS_MONTH_YEAR << k) != 0
          && leadThenDigit(folded.text(), i, MONTH_YEARS[k])) {
        Led led = MONTH_YEARS[k];
        tryAt(
            ms.get(led.pattern()),
            i,
            end,
            m ->
                out.add(
                    new Candidate(
                        m.start(), m.end(), Kind.YEAR_MONTH, num(m, 2), num(m, 1), 0, null)));
      }
    }
    if ((starts & STARTS_VI_WEEKDAY) != 0 && viWeekdayCanStart(folded.text(), i)) {
      tryAt(ms.get(VI_WEEKDAY), i, end, m -> viWeekday(s, m, out));
    }
    if ((starts & STARTS_RELATIVE_DAY) != 0) {
      relativeDay(s, folded.text(), i, out);
    }
  }

  /**
   * The patterns' matchers over one text, made once per thread and pointed at each new text on
   * first use (a matcher is costly to make, cheap to reset).
   */
  /**
   * Words with bits of their own, looked up by a range of a char array, without a string for the
   * range.
   */
  private static final class WordTable {
    /** The words, open addressing by {@link String#hashCode}. */
    private final String[] words;
    /**
     * Each slot's word's hash code: most look-ups are of no word, ruled out by the hash without
     * reading a string.
     */
    private final int[] hashes;
    /** Each slot's word's bits. */
    private final int[] bits;

    WordTable(Map<String, Integer> entries) {
      words = new String[Integer.highestOneBit(Math.max(16, entries.size() * 4))];
      hashes = new int[words.length];
      bits = new int[words.length];
      entries.forEach((w, b) -> {
        int k = w.hashCode() & (words.length - 1);
        while (words[k] != null) {
          k = (k + 1) & (words.length - 1);
        }
        words[k] = w;
        hashes[k] = w.hashCode();
        bits[k] = b;
      });
    }

    /** The bits of the word {@code chars[from, to)}, or 0 when it is none of the words. */
    int starts(char[] chars, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + chars[i];
      }
      for (int k = h & (words.length - 1); words[k] != null; k = (k + 1) & (words.length - 1)) {
        if (hashes[k] == h && words[k].length() == to - from && sameChars(words[k], chars, from)) {
          return bits[k];
        }
      }
      return 0;
    }

    private static boolean sameChars(String w, char[] chars, int from) {
      for (int i = 0; i < w.length(); i++) {
        if (w.charAt(i) != chars[from + i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class Matchers {
    private static final ThreadLocal<Matcher[]> CACHE =
        ThreadLocal.withInitial(() -> new Matcher[PATTERNS.size()]);
    private final Folded folded;
    private final Matcher[] matchers = CACHE.get();
    private final boolean[] pointed = new boolean[PATTERNS.size()];

    Matchers(Folded folded) {
      this.folded = folded;
    }

    Matcher get(int k) {
      if (!pointed[k]) {
        pointed[k] = true;
        if (matchers[k] == null) {
          matchers[k] = PATTERNS.get(k).matcher(folded.text()).useTransparentBounds(true)
              .useAnchoringBounds(false);
        } else {
          matchers[k].reset(folded.text());
        }
      }
      return matchers[k];
    }
  }

  /**
   * A Vietnamese weekday as written with its diacritics ({@code thứ Hai}, not {@code thu hai}), after
   * a day word ({@code hôm thứ 5}) or capitalised and in words ({@code Thứ Hai}).
   */
  private static void viWeekday(String s, Matcher m, List<Candidate> out) {
    boolean cue = m.group(1) != null;
    String written = s.substring(m.start(2), m.end(2)).toLowerCase(Locale.ROOT)
        .replaceAll("[ \\u00A0]+", " ");
    if (!VI_WEEKDAYS_WRITTEN.contains(written)) {
      return;
    }
    int lastWord = written.lastIndexOf(' ') + 1;
    boolean digit = Character.isDigit(written.charAt(lastWord));
    boolean capital = Character.isUpperCase(s.charAt(m.end(2) - (written.length() - lastWord)));
    if (cue || (!digit && capital)) {
      int day = VI.folded(DateWords.Kind.WEEKDAY).get(Folding.fold(written));
      out.add(new Candidate(m.start(), m.end(), Kind.WEEKDAY, 0, 0, 0, DayOfWeek.of(day)));
    }
  }

  private static final List<String> VI_WEEKDAY_PHRASES =
      List.copyOf(VI.folded(DateWords.Kind.WEEKDAY).keySet());
  private static final List<String> VI_DAY_CUES =
      List.copyOf(VI.folded(DateWords.Kind.DAY_CUE).keySet());
  /** The first chars of {@link #VI_WEEKDAY_PHRASES}, each once; null if one may start anywhere. */
  private static final String VI_WEEKDAY_FIRSTS = firstChars(VI_WEEKDAY_PHRASES);

  /**
   * The distinct first chars of {@code phrases}, in one string: no phrase is read from a char not
   * in it ({@link #phraseEnd}); null when a phrase is empty or starts with a space, which {@link
   * #phraseEnd} reads as more than one char.
   */
  private static String firstChars(List<String> phrases) {
    StringBuilder out = new StringBuilder();
    for (String p : phrases) {
      if (p.isEmpty() || p.charAt(0) == ' ') {
        return null;
      }
      if (out.indexOf(p.substring(0, 1)) < 0) {
        out.append(p.charAt(0));
      }
    }
    return out.toString();
  }

  /**
   * Whether {@link #VI_WEEKDAY}'s pattern can match from {@code i}: a weekday with no letter or
   * digit after it starts there, or a day cue, one or two spaces and such a weekday. The words
   * that start one ({@code thu}, {@code ngay}, {@code vao}) are frequent ({@code thủ tướng}), and
   * this rules most out faster than the pattern; where it does not, the pattern decides.
   */
  private static boolean viWeekdayCanStart(String f, int i) {
    if (viWeekdayAt(f, i)) {
      return true;
    }
    for (String cue : VI_DAY_CUES) {
      int e = phraseEnd(f, i, cue);
      if (e >= 0 && e < f.length() && isSpace(f.charAt(e))) {
        int p = e + 1;
        if (p < f.length() && isSpace(f.charAt(p))) {
          p++;
        }
        if (viWeekdayAt(f, p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a weekday starts at {@code p}, no letter or digit after it ({@code (?![\p{L}\d])}). */
  private static boolean viWeekdayAt(String f, int p) {
    // most places are ruled out by their first char, before any phrase is read
    if (VI_WEEKDAY_FIRSTS != null
        && (p >= f.length() || VI_WEEKDAY_FIRSTS.indexOf(f.charAt(p)) < 0)) {
      return false;
    }
    for (String w : VI_WEEKDAY_PHRASES) {
      int e = phraseEnd(f, p, w);
      if (e >= 0) {
        if (e == f.length()) {
          return true;
        }
        char c = f.charAt(e);
        if (Character.isSurrogate(c) || !(Character.isLetter(c) || (c >= '0' && c <= '9'))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The end of {@code phrase} read from {@code p} as {@link #alternation} writes it (each space as
   * {@link #SP}: one or two of space and no-break space), or -1.
   */
  private static int phraseEnd(String f, int p, String phrase) {
    int n = f.length();
    for (int k = 0; k < phrase.length(); k++) {
      char c = phrase.charAt(k);
      if (c == ' ') {
        int spaces = 0;
        while (spaces < 2 && p < n && isSpace(f.charAt(p))) {
          p++;
          spaces++;
        }
        if (spaces == 0) {
          return -1;
        }
      } else if (p < n && f.charAt(p) == c) {
        p++;
      } else {
        return -1;
      }
    }
    return p;
  }

  /**
   * Whether one of {@code led}'s leads, one or two spaces and an ASCII digit start at {@code i},
   * as its pattern begins ({@code tháng} is frequent, {@code tháng 4} less so).
   */
  private static boolean leadThenDigit(String f, int i, Led led) {
    for (String lead : led.leads()) {
      int e = phraseEnd(f, i, lead);
      if (e >= 0 && e < f.length() && f.charAt(e) >= '0' && f.charAt(e) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code count} ASCII digits and then one of {@code separators} start at {@code i}. */
  private static boolean digitsThen(char[] f, int n, int i, int count, String separators) {
    if (i + count >= n) {
      return false;
    }
    for (int k = i; k < i + count; k++) {
      if (f[k] < '0' || f[k] > '9') {
        return false;
      }
    }
    return separators.indexOf(f[i + count]) >= 0;
  }

  /** A char of {@link #SP}. */
  /** The letters of the word that starts at {@code i}, or "" when none does. */
  private static String wordAt(char[] fc, int n, int i) {
    int j = i;
    while (j < n && j - i < 12 && Chars.isLetter(fc[j])) {
      j++;
    }
    return new String(fc, i, j - i);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0';
  }

  /** A relative day ({@code today}, {@code hôm qua}, {@code вчера}) starting at {@code i}, if any. */
  private static void relativeDay(String s, String f, int i, List<Candidate> out) {
    for (Map.Entry<String, Integer> e : RELATIVE_DAYS.entrySet()) {
      String phrase = e.getKey();
      int end = i + phrase.length();
      if (f.startsWith(phrase, i) && (end == f.length() || !Chars.isLetterOrDigit(f.charAt(end)))
          && RELATIVE_DAYS_WRITTEN.contains(s.substring(i, end).toLowerCase(Locale.ROOT))) {
        // "накануне визита": before a word in the genitive, "on the eve of", no day; "today's
        // partnership": the present, no day, unlike "today's talks"
        if ((!RELATIVE_DAY_ADVERBS.contains(phrase) || !genitiveAfter(f, end))
            && (!possessiveAt(f, end) || eventNounAfter(f, end + 2))) {
          out.add(new Candidate(i, end, Kind.RELATIVE, 0, 0, e.getValue(), null));
        }
        return;
      }
    }
  }

  /** Whether {@code f} has a possessive ending ({@code 's}, {@code ’s}) as a word at {@code at}. */
  private static boolean possessiveAt(String f, int at) {
    return at + 1 < f.length() && (f.charAt(at) == '\'' || f.charAt(at) == '\u2019')
        && f.charAt(at + 1) == 's' && (at + 2 == f.length() || !Chars.isLetterOrDigit(f.charAt(at + 2)));
  }

  /** Whether one of the few words from {@code from} is an {@link #EVENT_NOUNS event noun}. */
  private static boolean eventNounAfter(String f, int from) {
    int at = from;
    for (int k = 0; k < EVENT_NOUN_REACH_WORDS; k++) {
      int a = spacesEnd(f, at);
      int b = Chars.lettersEnd(f, a);
      if (b == a) {
        return false;
      }
      if (EVENT_NOUNS.contains(f.substring(a, b))) {
        return true;
      }
      // a hyphened word is one ("high-level")
      at = b < f.length() && f.charAt(b) == '-' ? Chars.lettersEnd(f, b + 1) : b;
    }
    return false;
  }

  /** Whether the word after {@code end}, spaces apart, ends as a word in the genitive does. */
  private static boolean genitiveAfter(String f, int end) {
    int a = spacesEnd(f, end);
    int b = Chars.lettersEnd(f, a);
    if (b - a < 3) {
      return false;
    }
    String word = f.substring(a, b);
    for (String ending : GENITIVE_ENDINGS) {
      if (word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private static void tryAt(
      Matcher m, int from, int to, java.util.function.Consumer<Matcher> onMatch) {
    m.region(from, to);
    if (m.lookingAt()) {
      onMatch.accept(m);
    }
  }

  /** Whether both texts name a year, and not the same one. */
  private static boolean yearsDiffer(String a, String b) {
    Matcher x = YEAR.matcher(a);
    Matcher y = YEAR.matcher(b);
    return x.find() && y.find() && !x.group().equals(y.group());
  }

  private static void classify(String f, List<Candidate> kept) {
    for (int i = 0; i + 1 < kept.size(); i++) {
      Candidate a = kept.get(i);
      Candidate b = kept.get(i + 1);
      if (b.start - a.end <= 5) {
        String between = f.substring(a.end, b.start).trim();
        // "Friday - May 17, 2013": a weekday set before its own date, not a span's first day
        boolean weekdayOfDate = a.kind == Kind.WEEKDAY && b.kind != Kind.WEEKDAY;
        if (between.length() == 1 && isDash(between.charAt(0)) && !weekdayOfDate) {
          a.event = false;
          // "12/06/1990 – 12/06/2019": years apart, an anniversary's, not a span of days
          a.spanStart = !yearsDiffer(f.substring(a.start, a.end), f.substring(b.start, b.end));
          a.spanEnd = b;
          b.event = false;
        }
      }
    }
    // "from December 8 to 12": a date, a range word and a later day are a span, not a day
    for (int i = 0; i < kept.size(); i++) {
      Candidate c = kept.get(i);
      if ((dayAndDashBefore(f, c.start) || dayAndRangeLinkBefore(f, c.start))
          && monthInWords(f, c.start, c.end)) {
        c.event = false; // "8-9 декабря", "с 21 по 22 октября": the range's last day
      }
      int to = rangeFollows(f, c.end);
      if (to >= 0) {
        // the range's last day, led by its day word too ("đến ngày 2 tháng 12 năm 2021")
        Candidate next = i + 1 < kept.size() ? kept.get(i + 1) : null;
        Candidate last = next != null && next.start <= to && next.end > to ? next : null;
        c.event = false;
        c.spanStart = last == null
            || !yearsDiffer(f.substring(c.start, c.end), f.substring(last.start, last.end));
        if (last != null) {
          last.event = false; // the range's last day
          c.spanEnd = last;
        }
      }
    }
    int previousEnd = 0;
    for (Candidate c : kept) {
      // a date in brackets is an aside ("Quốc khánh (2/9)"), unless it names the day a relative
      // word means ("hôm qua (25/9)"), or its day word says it is the day of what it follows
      // ("Phiên họp lần thứ 36 (ngày 1 tháng 12 năm 2025)", as "(ngày 1/12/2025)")
      if (c.event && isParenthesised(f, c.start, c.end) && !relativeDayBefore(f, c.start - 1)
          && !DAY_LEADS.contains(wordAt(f.toCharArray(), f.length(), c.start))) {
        c.event = false;
      }
      if (c.event && hasHolidayCue(f, Math.max(previousEnd, c.start - 80), c.start)) {
        c.event = false;
      }
      // "Volodin on Monday afternoon concluded his official visit, during which he co-chaired …"
      if (c.event && endsAVisit(f, c.start, c.end)) {
        c.event = false;
      }
      // "(June 16, 1994-2024)": the day an anniversary counts from, to the year it is kept
      if (c.event && c.kind == Kind.FULL) {
        c.keptIn = laterYearAfterDash(f, c.end, c.year);
        c.event = c.keptIn == 0;
      }
      previousEnd = c.end;
    }
  }

  /**
   * The year later than {@code year} that follows {@code end} alone after a dash ("1994-2024"), or
   * 0.
   */
  private static int laterYearAfterDash(String f, int end, int year) {
    int i = spacesEnd(f, end);
    if (i >= f.length() || !isDash(f.charAt(i))) {
      return 0;
    }
    int d = spacesEnd(f, i + 1);
    int e = d;
    while (e < f.length() && Chars.isDigit(f.charAt(e))) {
      e++;
    }
    if (e - d != 4 || e < f.length()
        && (Chars.isLetter(f.charAt(e)) || f.charAt(e) == '/' || f.charAt(e) == '.')) {
      return 0;
    }
    int later = Integer.parseInt(f, d, e, 10);
    return later > year ? later : 0;
  }

  /**
   * Where the day's number starts when a range word or a dash and a number follow {@code end}
   * ({@code  to 12}, {@code  đến 12/12}, {@code -23}), else -1.
   */
  private static int rangeFollows(String f, int end) {
    int i = spacesEnd(f, end);
    if (i < f.length() && isDash(f.charAt(i))) {
      // "May 21-23": a dash and a later day (one or two digits, not a time: "24/12/2013 - 06:58")
      int d = spacesEnd(f, i + 1);
      int e = d;
      while (e < f.length() && e - d < 3 && Chars.isDigit(f.charAt(e))) {
        e++;
      }
      boolean day = e > d && e - d <= 2
          && (e == f.length() || !Chars.isDigit(f.charAt(e)) && f.charAt(e) != ':'
              && f.charAt(e) != 'h');
      return day ? d : -1;
    }
    int w = Chars.lettersEnd(f, i);
    if (w == i || !RANGE_LINKS.contains(f.substring(i, w))) {
      return -1;
    }
    w = spacesEnd(f, w);
    int v = Chars.lettersEnd(f, w);
    if (v > w && DM_CUES.contains(f.substring(w, v))) {
      w = spacesEnd(f, v); // "đến ngày 12/12": a day word may stand before the number
    }
    return w < f.length() && Chars.isDigit(f.charAt(w)) ? w : -1;
  }

  /**
   * Whether a day's number and a dash stand right before {@code start} ({@code 8-9 декабря},
   * {@code 21 – 23 May}), not the end of a date or a time ({@code 10/10/1945-}, {@code 06:58 -}).
   */
  private static boolean dayAndDashBefore(String f, int start) {
    int i = spacesStart(f, start);
    if (i == 0 || !isDash(f.charAt(i - 1)) || start >= f.length()
        || !Chars.isDigit(f.charAt(start))) {
      return false;
    }
    i = spacesStart(f, i - 1);
    int e = i;
    while (i > 0 && e - i < 3 && Chars.isDigit(f.charAt(i - 1))) {
      i--;
    }
    return e > i && e - i <= 2 && (i == 0 || !Chars.isLetterOrDigit(f.charAt(i - 1))
        && "/.:-".indexOf(f.charAt(i - 1)) < 0);
  }

  /**
   * Whether a day's number and a range word stand right before {@code start} ({@code с 21 по 22
   * октября}, {@code from 8 to 12 December}).
   */
  private static boolean dayAndRangeLinkBefore(String f, int start) {
    int w = spacesStart(f, start);
    int i = w;
    while (i > 0 && Character.isLetter(f.charAt(i - 1))) {
      i--;
    }
    if (i == w || !RANGE_LINKS.contains(f.substring(i, w)) || start >= f.length()
        || !Chars.isDigit(f.charAt(start))) {
      return false;
    }
    int e = spacesStart(f, i);
    int d = e;
    while (d > 0 && e - d < 3 && Chars.isDigit(f.charAt(d - 1))) {
      d--;
    }
    return e > d && e - d <= 2 && e < i && (d == 0 || !Chars.isLetterOrDigit(f.charAt(d - 1))
        && "/.:-".indexOf(f.charAt(d - 1)) < 0);
  }

  /** Whether {@code [start, end)} holds a letter: the date names its month in words. */
  private static boolean monthInWords(String f, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(f.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—';
  }

  /** Where the spaces right before {@code i} start. */
  private static int spacesStart(String f, int i) {
    while (i > 0 && f.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  private static int spacesEnd(String f, int i) {
    while (i < f.length() && f.charAt(i) == ' ') {
      i++;
    }
    return i;
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

  /** The marks that end a clause for the cue words of dates. */
  private static final String CLAUSE_MARKS = ",;:()[]";

  private static boolean hasHolidayCue(String f, int from, int to) {
    int s = to;
    while (s > from && CLAUSE_MARKS.indexOf(f.charAt(s - 1)) < 0) {
      s--;
    }
    String window = f.substring(s, to);
    for (String cue : HOLIDAY_CUES) {
      int at = window.lastIndexOf(cue);
      // "the 75th anniversary of diplomatic relations in Hanoi on January 15": a cue more than a
      // few words before the date qualifies something else, and the date is the event's
      if (at >= 0 && Chars.atMostWords(window, at + cue.length(), window.length(),
          HOLIDAY_CUE_REACH_WORDS)) {
        return true;
      }
    }
    return hasWord(window, BIRTH_CUES);
  }

  /** Whether the clause of {@code f[start, end)} holds words saying a visit ended. */
  private static boolean endsAVisit(String f, int start, int end) {
    int a = start;
    while (a > 0 && CLAUSE_MARKS.indexOf(f.charAt(a - 1)) < 0) {
      a--;
    }
    int b = end;
    while (b < f.length() && CLAUSE_MARKS.indexOf(f.charAt(b)) < 0) {
      b++;
    }
    // the clause alone is searched: most dates stand in long sentences
    return hasWord(f.substring(a, b), VISIT_END_CUES);
  }

  /** Whether one of {@code words} stands in {@code clause} as whole words. */
  private static boolean hasWord(String clause, Set<String> words) {
    for (String w : words) {
      int at = clause.indexOf(w);
      int end = at + w.length();
      if (at >= 0 && (at == 0 || !Chars.isLetterOrDigit(clause.charAt(at - 1)))
          && (end == clause.length() || !Chars.isLetterOrDigit(clause.charAt(end)))) {
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
          if (latest.isEmpty()) {
            return Optional.of(md);
          }
          // a month-only published date stands for its last day: a page of March 2017 reporting
          // 3 March reports 3 March 2017 (a year-old day would carry its year)
          return mostRecent(c.month, c.day, latest.get()).map(PartialDate::of).or(() -> Optional.of(md));
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
          if (c.day == 0 && published.isPresent() && published.get().day().isPresent()) {
            return published; // "today" is the day a dateline states, year or not
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

  private static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u04FF';
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

  /**
   * Whether a relative day ends right before {@code pos}, or before a comma there: {@code chiều
   * nay 3/12}, {@code hôm nay, 17/5}.
   */
  private static boolean relativeDayBefore(String f, int pos) {
    String before = f.substring(Math.max(0, pos - 24), pos).stripTrailing();
    if (before.endsWith(",")) {
      before = before.substring(0, before.length() - 1).stripTrailing();
    }
    for (String phrase : RELATIVE_DAYS.keySet()) {
      if (before.endsWith(phrase)
          && (before.length() == phrase.length()
              || !Character.isLetter(before.charAt(before.length() - phrase.length() - 1)))) {
        return true;
      }
    }
    return false;
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
