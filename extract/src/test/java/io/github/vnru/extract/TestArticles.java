package io.github.vnru.extract;

import io.github.vnru.model.Language;
import io.github.vnru.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@link ExtractionInput}s by hand for tests: one segment per line (the first is the
 * title), sentences split on {@code ". "}, and a few simple date forms resolved against the
 * published date, much as the parser would.
 */
final class TestArticles {
  private static final Pattern VI_DATE =
      Pattern.compile("[Nn]gày (\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");
  private static final Pattern EN_DATE =
      Pattern.compile(
          "\\b(January|February|March|April|May|June|July|August|September|October|November"
              + "|December) (\\d{1,2})(?:, (\\d{4}))?");
  private static final List<String> MONTHS =
      List.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december");

  private TestArticles() {}

  /** A Vietnamese article without a published date or dateline. */
  static ExtractionInput vi(String text) {
    return input(Language.VIETNAMESE, null, null, text);
  }

  /** An English article without a published date or dateline. */
  static ExtractionInput en(String text) {
    return input(Language.ENGLISH, null, null, text);
  }

  /** An article; {@code published} and {@code dateline} may be null. */
  static ExtractionInput input(
      Language language, LocalDate published, String dateline, String text) {
    List<Segment> segments = new ArrayList<>();
    int offset = 0;
    boolean first = true;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) {
        segments.add(
            new Segment(
                first ? SegmentKind.TITLE : SegmentKind.PARAGRAPH,
                offset,
                line,
                sentences(line, offset, published)));
        first = false;
      }
      offset += line.length() + 1;
    }
    return new ExtractionInput(
        language, Optional.ofNullable(published), Optional.ofNullable(dateline), false,
        Optional.empty(), segments);
  }

  private static List<Sentence> sentences(String line, int offset, LocalDate published) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    while (start < line.length()) {
      int dot = line.indexOf(". ", start);
      while (dot > 0 && (dot < 2 || !Character.isLetter(line.charAt(dot - 2)))
          && Character.isUpperCase(line.charAt(dot - 1))) {
        dot = line.indexOf(". ", dot + 1); // an initial: "V. Pu-tin"
      }
      int end = dot < 0 ? line.length() : dot + 1;
      String text = line.substring(start, end);
      out.add(new Sentence(offset + start, text, dates(text, offset + start, published)));
      start = end;
      while (start < line.length() && line.charAt(start) == ' ') {
        start++;
      }
    }
    return out;
  }

  private static List<DateMention> dates(String text, int offset, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = VI_DATE.matcher(text);
    while (m.find()) {
      if (!parenthesised(text, m)) {
        add(out, offset, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(3), published);
      }
    }
    m = EN_DATE.matcher(text);
    while (m.find()) {
      int month = MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1;
      if (!parenthesised(text, m)) {
        add(out, offset, m, Integer.parseInt(m.group(2)), month, m.group(3), published);
      }
    }
    return out;
  }

  /** A historical date in parentheses, "(April 22, 1870)", is no event date, as in the parser. */
  private static boolean parenthesised(String text, Matcher m) {
    return m.start() > 0 && text.charAt(m.start() - 1) == '(';
  }

  private static void add(
      List<DateMention> out, int offset, Matcher m, int day, int month, String year,
      LocalDate published) {
    PartialDate d;
    if (year != null) {
      d = PartialDate.of(Integer.parseInt(year), month, day);
    } else if (published != null) {
      d = PartialDate.of(published.getYear(), month, day);
    } else {
      d = PartialDate.ofMonthDay(month, day);
    }
    out.add(new DateMention(offset + m.start(), offset + m.end(), d));
  }
}
