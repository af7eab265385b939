package io.github.vnru.parser.internal;

import io.github.vnru.extract.Folding;
import io.github.vnru.extract.internal.DateWords;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.WarningKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Internal: reads the optional headers at the top of a raw article, in any order: a {@code date
 * YYYY-MM-DD} line, or {@code date YYYY-MM} or {@code date YYYY} when the page states only the
 * month or year (usually with a leading space; the article's first text may follow on the same
 * line), and a URL line. What follows them is the article's content.
 */
public final class HeaderReader {
  private HeaderReader() {}

  /**
   * The headers read.
   *
   * @param date the header date, if valid
   * @param url the URL line, as written
   * @param pieces the header stretches, for the record of where every line went
   * @param content the lines after the headers; the first may be the rest of a header line
   * @param warnings problems met, as {@code offset → message} pairs
   */
  public record Header(
      Optional<PartialDate> date,
      Optional<String> url,
      List<Piece> pieces,
      List<Line> content,
      List<DateFinder.Issue> warnings) {}

  /** Reads the headers of {@code lines}. */
  public static Header read(List<Line> lines) {
    List<Line> rest = new ArrayList<>(lines);
    List<Piece> pieces = new ArrayList<>();
    List<DateFinder.Issue> warnings = new ArrayList<>();
    Optional<PartialDate> date = Optional.empty();
    Optional<String> url = Optional.empty();
    int i = 0;
    boolean dateSeen = false;
    boolean urlSeen = false;
    for (int round = 0; round < 2; round++) {
      while (i < rest.size() && rest.get(i).isBlank()) {
        i++;
      }
      if (i >= rest.size()) {
        break;
      }
      Line line = rest.get(i);
      String t = line.text();
      int headerEnd = dateHeaderEnd(t);
      if (!dateSeen && headerEnd > 0) {
        dateSeen = true;
        String iso = t.substring(5, headerEnd);
        pieces.add(new Piece(Piece.Role.DATE_HEADER, line.start(), t.substring(0, headerEnd)));
        try {
          date = Optional.of(PartialDate.parse(iso));
        } catch (IllegalArgumentException e) {
          warnings.add(
              new DateFinder.Issue(
                  line.start() + 5,
                  WarningKind.IMPOSSIBLE_DATE,
                  iso,
                  "impossible date " + iso + "; date left unknown"));
        }
        Line remainder = line.from(headerEnd);
        if (remainder.isBlank()) {
          i++;
        } else {
          rest.set(i, remainder);
        }
      } else if (!urlSeen && isUrl(t)) {
        urlSeen = true;
        url = Optional.of(t);
        pieces.add(new Piece(Piece.Role.URL, line.start(), t));
        i++;
      } else {
        break;
      }
    }
    return new Header(date, url, pieces, rest.subList(i, rest.size()), warnings);
  }

  /**
   * The end of a {@code date DDDD}, {@code date DDDD-DD} or {@code date DDDD-DD-DD} header that
   * {@code t} starts with (then white space or the end), or -1.
   */
  static int dateHeaderEnd(String t) {
    if (!t.startsWith("date ")) {
      return -1;
    }
    int k = 5;
    for (int group = 0; group < 3; group++) {
      int digits = group == 0 ? 4 : 2;
      if (group > 0) {
        if (k >= t.length() || t.charAt(k) != '-') {
          break;
        }
        k++;
      }
      for (int d = 0; d < digits; d++, k++) {
        if (k >= t.length() || t.charAt(k) < '0' || t.charAt(k) > '9') {
          return -1;
        }
      }
    }
    return k == t.length() || TextNormalizer.isBlank(t.charAt(k)) ? k : -1;
  }

  /** Whether the whole line is one URL. */
  static boolean isUrl(String t) {
    String lower = t.length() > 8 ? t.substring(0, 8).toLowerCase(Locale.ROOT) : "";
    if (!(lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www."))) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (TextNormalizer.isBlank(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** {@code /2018/01/23}, {@code /2018-01-23}, {@code /20180123}, and Xinhua's {@code /2018-01/23}. */
  private static final java.util.regex.Pattern URL_YMD =
      java.util.regex.Pattern.compile(
          "/((?:19|20)\\d\\d)(?:([/-]?)(\\d\\d?)\\2|-(\\d\\d)/)(\\d\\d?)(?=[/._-]|$)");
  /** The month names of every language pack's {@code dates.tsv}, folded, longest first. */
  private static final java.util.Map<String, Integer> MONTHS =
      DateWords.everyLanguage(DateWords.Kind.MONTH);
  /** A day, a month's name and a year as one path segment: {@code /28feb2001/}. */
  private static final java.util.regex.Pattern URL_D_MON_Y =
      java.util.regex.Pattern.compile(
          "/(\\d\\d?)("
              + String.join(
                  "|", MONTHS.keySet().stream().map(java.util.regex.Pattern::quote).toList())
              + ")((?:19|20)\\d\\d)(?=/)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /**
   * The date a URL's path states: a whole date as a path segment ({@code /2001/03/02/}, {@code
   * /20160519/}, {@code /2021-06-21/}, {@code /28feb2001/}), or inside a name ({@code
   * fl-xpm-2001-03-02-0103011476-story}); a time stamp that starts with a date
   * ({@code -20231016172050148.htm}); a year segment with a month and a day segment later in the
   * path ({@code /2002/WORLD/asia/03/27/}); year and month segments whose next segment opens with
   * the same date written {@code yymmdd} ({@code /2007/09/070911_story}); a day, month and year in
   * a name whose order is certain because one number exceeds 12 or both are equal ({@code
   * russia-plant-11-22-2011}, {@code /11-11-2013/}); and, when no day is stated, a year and month
   * ({@code /2002/3/}). Digits that make no date (an article number) state none, and so does a
   * day and month whose order is not certain ({@code 03-04-2011}).
   */
  public static Optional<PartialDate> urlDate(String url) {
    int s = url.indexOf("://");
    s = url.indexOf('/', s < 0 ? 0 : s + 3);
    if (s < 0) {
      return Optional.empty();
    }
    int q = url.indexOf('?', s);
    String path = url.substring(s, q < 0 ? url.length() : q);
    java.util.regex.Matcher m = URL_YMD.matcher(path);
    while (m.find()) {
      String month = m.group(3) != null ? m.group(3) : m.group(4);
      if (m.group(2) != null && m.group(2).isEmpty()
          && (month.length() != 2 || m.group(5).length() != 2)) {
        continue;
      }
      Optional<PartialDate> d = date(m.group(1), month, m.group(5));
      if (d.isPresent()) {
        return d;
      }
    }
    // a whole date inside a name: fl-xpm-2001-03-02-0103011476-story
    m = URL_ISO_IN_NAME.matcher(path);
    while (m.find()) {
      Optional<PartialDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    m = URL_D_MON_Y.matcher(path);
    if (m.find()) {
      int month = MONTHS.get(Folding.fold(m.group(2).toLowerCase(Locale.ROOT)));
      return date(m.group(3), String.valueOf(month), m.group(1));
    }
    // a time stamp that starts with a date: -20231016172050148.htm
    m = PATH_STAMP.matcher(path);
    while (m.find()) {
      Optional<PartialDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    m = URL_Y_LATER_MD.matcher(path);
    if (m.find()) {
      Optional<PartialDate> d = date(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        return d;
      }
    }
    m = URL_YM_SHORT_STAMP.matcher(path);
    if (m.find() && m.group(1).endsWith(m.group(3)) && m.group(2).equals(m.group(4))) {
      Optional<PartialDate> d = date(m.group(1), m.group(2), m.group(5));
      if (d.isPresent()) {
        return d;
      }
    }
    m = URL_NN_NN_YYYY.matcher(path);
    while (m.find()) {
      Optional<PartialDate> d = inCertainOrder(m, m.group(4), true);
      if (d.isPresent()) {
        return d;
      }
    }
    m = URL_NN_NN_YY.matcher(path);
    while (m.find()) {
      Optional<PartialDate> d = inCertainOrder(m, "20" + m.group(4), false);
      if (d.isPresent()) {
        return d;
      }
    }
    m = URL_YM.matcher(path);
    if (m.find()) {
      int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
      if (month >= 1 && month <= 12) {
        return Optional.of(PartialDate.parse(m.group(1) + "-" + (month < 10 ? "0" : "") + month));
      }
    }
    return Optional.empty();
  }

  /** A year, month and day joined by hyphens inside a name: {@code -2001-03-02-}. */
  private static final java.util.regex.Pattern URL_ISO_IN_NAME =
      java.util.regex.Pattern.compile(
          "(?<=[_-])((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?=[/._-]|$)");
  /** A year segment, then later a month segment and a day segment: {@code /2002/WORLD/03/27/}. */
  private static final java.util.regex.Pattern URL_Y_LATER_MD =
      java.util.regex.Pattern.compile(
          "/((?:19|20)\\d\\d)/(?:[^/]+/){1,6}?(\\d\\d)/(\\d\\d)(?=/|$)");
  /** Year and month segments, then a segment opening with {@code yymmdd}: {@code /2007/09/070911_}. */
  private static final java.util.regex.Pattern URL_YM_SHORT_STAMP =
      java.util.regex.Pattern.compile(
          "/((?:19|20)\\d\\d)/(\\d\\d)/(\\d\\d)(\\d\\d)(\\d\\d)(?!\\d)");
  /** Two numbers and a four-digit year in a name: {@code plant-11-22-2011}, {@code /11-11-2013/}. */
  private static final java.util.regex.Pattern URL_NN_NN_YYYY =
      java.util.regex.Pattern.compile(
          "(?<=[/_-])(\\d\\d?)([-_.])(\\d\\d?)\\2((?:19|20)\\d\\d)(?=[/_.-]|$)");
  /**
   * Two numbers and a two-digit year of this century in a name, read only when one of the two
   * numbers can be no month: {@code russia-japan-10-31-10-106404238}.
   */
  private static final java.util.regex.Pattern URL_NN_NN_YY =
      java.util.regex.Pattern.compile(
          "(?<=[/_-])(\\d\\d?)([-_.])(\\d\\d?)\\2([0-2]\\d)(?=[/_.-]|$)");
  /** Year and month segments: {@code /2002/3/}, {@code /2001/02/}, {@code /201310/}. */
  private static final java.util.regex.Pattern URL_YM =
      java.util.regex.Pattern.compile("/((?:19|20)\\d\\d)(?:/(\\d\\d?)|(\\d\\d))(?=/)");

  /**
   * The date of a match's two numbers (groups 1 and 3) and {@code year}, when only one order of
   * day and month makes a date: one number is over 12, or ({@code sameIsCertain}) both are equal.
   */
  private static Optional<PartialDate> inCertainOrder(
      java.util.regex.Matcher m, String year, boolean sameIsCertain) {
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(3));
    boolean dayFirst = a > 12 || (sameIsCertain && a == b);
    boolean monthFirst = b > 12;
    if (dayFirst == monthFirst) {
      return Optional.empty();
    }
    return dayFirst ? date(year, m.group(3), m.group(1)) : date(year, m.group(1), m.group(3));
  }

  private static Optional<PartialDate> date(String y, String m, String d) {
    try {
      return Optional.of(PartialDate.of(java.time.LocalDate.of(
          Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The host of {@code url} in lower case without {@code www.}, if it has one. */
  public static Optional<String> host(String url) {
    int s = url.indexOf("://");
    s = s < 0 ? 0 : s + 3;
    int e = s;
    while (e < url.length() && "/?#".indexOf(url.charAt(e)) < 0) {
      e++;
    }
    String host = url.substring(s, e);
    int at = host.lastIndexOf('@');
    if (at >= 0) {
      host = host.substring(at + 1);
    }
    int colon = host.indexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1); // a fully qualified name: vovworld.vn.
    }
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return host.isEmpty() || host.indexOf('.') < 0 ? Optional.empty() : Optional.of(host);
  }

  private static final java.util.regex.Pattern PATH_STAMP =
      java.util.regex.Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(\\d{2})(\\d{2})\\d{0,12}(?!\\d)");

}
