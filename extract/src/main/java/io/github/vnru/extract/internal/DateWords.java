package io.github.vnru.extract.internal;

import io.github.vnru.extract.Folding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of dates, read from every language pack's {@code lang/<code>/dates.tsv}: month and
 * weekday names, the words that make a bare {@code 10/10} a day, the words that lead or follow the
 * numbers of a written-out date ({@code ngày 5 tháng 4 năm 2021}, {@code 5th of December}, {@code
 * 2016 года}), words naming a day by its distance from the published date, and words that make a
 * date an anniversary rather than an event. The date finder applies the words of every language
 * to any text, as a Vietnamese article may quote an English date; the only home of these words.
 */
public final class DateWords {
  /** What a row of {@code dates.tsv} says. */
  public enum Kind {
    /** A month's name (value: 1–12) as a day or year follows it. */
    MONTH("month", true, 1, 12),
    /** A month's name in the form a year alone takes (Russian prepositional; value: 1–12). */
    MONTH_IN("month-in", true, 1, 12),
    /**
     * A month's name as a page's date heading writes it, its year alone on the next line ({@code
     * Сентябрь} / {@code 2024}; value: 1–12); read only there.
     */
    MONTH_HEADING("month-heading", true, 1, 12),
    /** A weekday (value: 1 Monday … 7 Sunday). */
    WEEKDAY("weekday", true, 1, 7),
    /**
     * A weekday's abbreviation as page timestamps write it ({@code Mon}, {@code Пн}; value: 1
     * Monday … 7 Sunday); not read in running text.
     */
    WEEKDAY_SHORT("weekday-short", true, 1, 7),
    /** A word that makes a following bare day-month ({@code ngày 10/10}) a date. */
    DAY_CUE("day-cue", false),
    /** A word before a day's number that opens a written-out date ({@code ngày 5 tháng 4}). */
    DAY_LEAD("day-lead", false),
    /** A word before a month's number ({@code tháng 4}, {@code tháng 4 năm 2021}). */
    MONTH_LEAD("month-lead", false),
    /** A word before a year's number ({@code năm 2021}). */
    YEAR_LEAD("year-lead", false),
    /** Letters glued to a day's number that make it an ordinal ({@code 5th}, {@code 1st}). */
    ORDINAL_SUFFIX("ordinal-suffix", false),
    /** A word between a day and the month's name after it ({@code 5th of December}). */
    DAY_MONTH_LINK("day-month-link", false),
    /** A word after a year that belongs to the date ({@code 2016 года}). */
    YEAR_WORD("year-word", false),
    /** A day counted from the published date (value: days, {@code -1} yesterday). */
    RELATIVE_DAY("relative-day", true, -9999, 9999),
    /**
     * A day counted from the published date only as an adverb: a word after it in the genitive
     * (a {@link #GENITIVE_ENDING}) makes it a preposition ({@code накануне визита}, on the eve of
     * the visit); value as {@link #RELATIVE_DAY}.
     */
    RELATIVE_DAY_ADVERB("relative-day-adverb", true, -9999, 9999),
    /** How a word in the genitive ends (for {@link #RELATIVE_DAY_ADVERB}). */
    GENITIVE_ENDING("genitive-ending", false),
    /**
     * A noun for an event: after a relative day's possessive ({@code today's talks}) it makes the
     * relative day that event's day; a possessive without one names no day ({@code today's
     * partnership}, the present).
     */
    EVENT_NOUN("event-noun", false),
    /** A word before a date that makes it an anniversary or holiday, not an event. */
    NOT_EVENT("not-event", false),
    /**
     * A word saying someone was born: a date after it in its clause, however far, is a birth
     * date, not an event ({@code born in Hanoi's Dong Anh area on April 14, 1944}).
     */
    BIRTH("birth", false),
    /**
     * Words saying a visit ended ({@code concluded his official visit}): a date in their clause,
     * before or after them, is the day the visit ended, not the day of its meetings.
     */
    VISIT_END("visit-end", false),
    /**
     * A word between a date and a later day that makes the two a range ({@code from December 8 to
     * 12}, {@code từ 8 đến 12/12}): the first is a visit's start, not an event's day.
     */
    RANGE_LINK("range-link", false);

    private final String label;
    private final boolean valued;
    private final int min;
    private final int max;

    Kind(String label, boolean valued) {
      this(label, valued, 0, 0);
    }

    Kind(String label, boolean valued, int min, int max) {
      this.label = label;
      this.valued = valued;
      this.min = min;
      this.max = max;
    }

    /** The kind's name in {@code dates.tsv} ({@code day-lead}). */
    public String label() {
      return label;
    }

    /** Whether a phrase of this kind is words of letters only, matched before or after numbers. */
    private boolean lettersOnly() {
      return this == DAY_LEAD || this == MONTH_LEAD || this == YEAR_LEAD || this == DAY_MONTH_LINK
          || this == ORDINAL_SUFFIX;
    }
  }

  /** The language packs whose date words are read. */
  private static final List<String> LANGUAGES = List.of("vi", "en", "ru");

  private static final Map<String, DateWords> BY_LANGUAGE = new LinkedHashMap<>();

  static {
    for (String code : LANGUAGES) {
      BY_LANGUAGE.put(code, load(code));
    }
  }

  private final Map<Kind, Map<String, Integer>> words = new EnumMap<>(Kind.class);
  private final Map<Kind, List<String>> written = new EnumMap<>(Kind.class);

  private DateWords() {}

  /** The date words of one language pack ({@code vi}, {@code en}, {@code ru}), read once. */
  public static DateWords of(String code) {
    DateWords w = BY_LANGUAGE.get(code);
    if (w == null) {
      throw new IllegalArgumentException("no language pack '" + code + "'");
    }
    return w;
  }

  /** The folded phrases of the kinds {@code kinds} in every language pack, longest first. */
  public static Map<String, Integer> everyLanguage(Kind... kinds) {
    Map<String, Integer> all = new LinkedHashMap<>();
    for (Kind kind : kinds) {
      for (DateWords w : BY_LANGUAGE.values()) {
        all.putAll(w.folded(kind));
      }
    }
    return sortedByLength(all);
  }

  /**
   * The phrases of the kinds {@code kinds} in every language pack as written, lower case, in
   * pack order.
   */
  public static List<String> everyLanguageWritten(Kind... kinds) {
    List<String> all = new ArrayList<>();
    for (Kind kind : kinds) {
      for (DateWords w : BY_LANGUAGE.values()) {
        all.addAll(w.written(kind));
      }
    }
    return List.copyOf(all);
  }

  /** The language packs whose date words are read, in order ({@code vi}, {@code en}, {@code ru}). */
  public static List<String> languages() {
    return LANGUAGES;
  }

  /**
   * The phrases of one kind, folded (lower case, no diacritics, {@code đ} as {@code d}), with
   * their values ({@code 0} for kinds without one), longest first.
   */
  public Map<String, Integer> folded(Kind kind) {
    return words.get(kind);
  }

  /** The phrases of one kind as written in the file, lower case, in file order. */
  public List<String> written(Kind kind) {
    return written.get(kind);
  }

  /** Reads and checks {@code lang/<code>/dates.tsv}; package-private for the tests of its errors. */
  static DateWords load(String code) {
    DateWords out = new DateWords();
    PackLines.Line firstDayLead = null;
    for (Kind k : Kind.values()) {
      out.words.put(k, new LinkedHashMap<>());
      out.written.put(k, new ArrayList<>());
    }
    for (PackLines.Line line : PackLines.read(code, "dates.tsv", 2, 3)) {
      Kind kind = null;
      for (Kind k : Kind.values()) {
        if (k.label.equals(line.cols()[0])) {
          kind = k;
        }
      }
      if (kind == null) {
        List<String> labels = new ArrayList<>();
        for (Kind k : Kind.values()) {
          labels.add(k.label);
        }
        throw line.error("unknown kind '" + line.cols()[0] + "'; expected one of " + labels);
      }
      if (kind.valued != (line.cols().length == 3)) {
        throw line.error(
            "a " + kind.label + (kind.valued ? " needs a value" : " takes no value"));
      }
      int value = 0;
      if (kind.valued) {
        try {
          value = Integer.parseInt(line.cols()[2]);
        } catch (NumberFormatException e) {
          throw line.error("value '" + line.cols()[2] + "' is not a whole number");
        }
        if (value < kind.min || value > kind.max) {
          throw line.error(
              "a " + kind.label + " takes a value from " + kind.min + " to " + kind.max
                  + ", not " + value);
        }
      }
      String phrase = line.cols()[1].toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (phrase.isEmpty()) {
        throw line.error("empty phrase");
      }
      if (kind.lettersOnly() && !phrase.matches("\\p{L}+(?: \\p{L}+)*")) {
        throw line.error("a " + kind.label + " is words of letters, not '" + phrase + "'");
      }
      if (kind == Kind.ORDINAL_SUFFIX && phrase.contains(" ")) {
        throw line.error(
            "an ordinal-suffix is letters glued to the day's number ('th'), not '" + phrase + "'");
      }
      if (kind == Kind.DAY_LEAD && firstDayLead == null) {
        firstDayLead = line;
      }
      Integer before = out.words.get(kind).put(fold(phrase), value);
      if (before != null && before != value) {
        throw line.error("'" + phrase + "' is listed twice with different values");
      }
      out.written.get(kind).add(phrase);
    }
    if (firstDayLead != null && out.words.get(Kind.MONTH_LEAD).isEmpty()) {
      throw firstDayLead.error(
          "a day-lead needs a month-lead in the same file, as a written-out date names both"
              + " (ngày 5 tháng 4)");
    }
    for (Kind k : Kind.values()) {
      out.words.put(k, sortedByLength(out.words.get(k)));
      out.written.put(k, List.copyOf(out.written.get(k)));
    }
    return out;
  }

  private static Map<String, Integer> sortedByLength(Map<String, Integer> words) {
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(words.entrySet());
    sorted.sort((a, b) -> b.getKey().length() - a.getKey().length());
    Map<String, Integer> m = new LinkedHashMap<>();
    sorted.forEach(e -> m.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(m);
  }

  /** Folds as the date finder folds a sentence; {@code й} is read as {@code и}. */
  private static String fold(String phrase) {
    return Folding.fold(phrase);
  }
}
