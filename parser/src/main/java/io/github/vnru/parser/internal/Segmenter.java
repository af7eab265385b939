package io.github.vnru.parser.internal;

import io.github.vnru.extract.DateMention;
import io.github.vnru.extract.Folding;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ParseProblem;
import io.github.vnru.parser.ParseProblem.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Internal: splits an article's content lines into title, lead, paragraphs, captions, credits and
 * boilerplate, so that every non-blank line ends up in exactly one of them (a repeated title or
 * lead is kept once).
 *
 * <p>Rules, each on one line or one sentence, so the cost is linear:
 *
 * <ul>
 *   <li>Boilerplate: a cached-page footer ({@code TITLE have 535 words, post on HOST at DATE. This
 *       is cached page ...}), which also gives title, publisher and date; page junk lines ({@code
 *       Phản hồi}, {@code Chia sẻ}, lines without letters or digits); a section marker ({@code Các
 *       tin khác}, {@code Tin liên quan}, {@code Related news}) and everything after it; a trailing
 *       run of two or more {@code - headline} lines; an end mark {@code /.}; a timestamp line
 *       under the title ({@code 14:30, 05/04/2021}), which also gives the published date.
 *   <li>Credits: {@code Nguồn: ...}, {@code Source: ...}, short {@code Theo ...} and {@code By ...}
 *       lines, a line that is only an agency ({@code — VNS}, {@code TTXVN}), and an agency credit
 *       ending a paragraph ({@code ... President Phúc. — VNS}).
 *   <li>Captions: lines and sentences starting with a photo credit ({@code Ảnh: ...}, {@code
 *       (Photo: VNA)}) together with the sentence before an inline credit ({@code ... Putin. Ảnh:
 *       TTXVN.}); sentences ending with a parenthesised photo credit; lines naming {@code VNA/VNS
 *       Photo}. A title's trailing photo credit is cut off into the captions.
 *   <li>Title: the first remaining line, unless it is body text (a dateline such as {@code MOSCOW
 *       —}, or a full sentence) and a footer names the title.
 *   <li>Lead: the line under the title when it is repeated verbatim next, or when it sits directly
 *       under the title and a blank line separates it from the body.
 * </ul>
 */
public final class Segmenter {
  private static final Set<String> SECTION_MARKERS =
      Set.of(
          "cac tin khac", "tin khac", "tin lien quan", "bai lien quan", "tin cung chuyen muc",
          "xem them", "doc them", "related news", "related articles", "related", "read more",
          "more news", "other news", "see also", "most read", "doc nhieu nhat", "tin moi nhat",
          "latest news", "tin noi bat");
  private static final Set<String> JUNK =
      Set.of(
          "phan hoi", "binh luan", "chia se", "in bai", "in bai viet", "gui bai", "gui phan hoi",
          "share", "comments", "comment", "print", "tweet", "like", "email", "back to top",
          "len dau trang", "tro ve", "top", "quay lai", "tags", "tag", "tu khoa", "gop y",
          "y kien ban doc", "viet binh luan", "dang nhap", "bao loi", "theo doi", "follow");
  private static final List<String> CREDIT_PREFIXES =
      List.of("ảnh:", "ảnh :", "(ảnh:", "(ảnh :", "ảnh minh họa", "(ảnh minh họa", "ảnh tư liệu",
          "(ảnh tư liệu", "photo:", "(photo:", "(photo ", "photo by", "nguồn ảnh", "(nguồn ảnh");
  private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:h]\\d{2}(?!\\d)");

  private Segmenter() {}

  /** A dateline: the place as written, its date if it states one, and its end offset. */
  public record Dateline(String place, Optional<LocalDate> date, int end) {}

  /** What a cached-page footer states. */
  public record Footer(Piece title, Optional<String> host, Optional<LocalDate> date) {}

  /**
   * An article's text parts.
   *
   * @param title the headline
   * @param lead the standfirst, if any
   * @param paragraphs body paragraphs
   * @param captions captions, each whole
   * @param captionText the searchable part of each caption (without its photo credit)
   * @param credits credits
   * @param boilerplate page junk
   * @param all every stretch with its role, including repeats and headers, in no set order
   * @param footer the cached-page footer, if any
   * @param timestampDate a published date from a timestamp line, if any
   * @param dateline the first paragraph's dateline, if any
   */
  public record Layout(
      Piece title,
      Optional<Piece> lead,
      List<Piece> paragraphs,
      List<Piece> captions,
      List<Piece> captionText,
      List<Piece> credits,
      List<Piece> boilerplate,
      List<Piece> all,
      Optional<Footer> footer,
      Optional<LocalDate> timestampDate,
      Optional<Dateline> dateline) {}

  private enum Kind {
    BODY,
    BOILERPLATE,
    CREDIT,
    CAPTION,
    USED
  }

  /**
   * Segments the content lines after the headers.
   *
   * @throws ArticleParseException if there is no title or no body
   */
  public static Layout segment(String source, List<Line> lines, Locator locator)
      throws ArticleParseException {
    int n = lines.size();
    Kind[] kind = new Kind[n];
    Builder b = new Builder();
    Footer footer = null;
    boolean inSection = false;
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String t = line.text();
      kind[i] = Kind.BODY;
      if (inSection) {
        kind[i] = Kind.BOILERPLATE;
        continue;
      }
      Footer fo = parseFooter(line);
      if (fo != null) {
        kind[i] = Kind.BOILERPLATE;
        if (footer == null) {
          footer = fo;
        }
        continue;
      }
      String key = junkKey(t);
      if (key != null && SECTION_MARKERS.contains(key)) {
        kind[i] = Kind.BOILERPLATE;
        inSection = true;
      } else if ((key != null && JUNK.contains(key)) || !hasLetterOrDigit(t)) {
        kind[i] = Kind.BOILERPLATE;
      } else if (isCreditLine(t)) {
        kind[i] = Kind.CREDIT;
      } else if (isCreditStart(t) || hasPhotoMarker(t)) {
        kind[i] = Kind.CAPTION;
      }
    }
    markTrailingBullets(lines, kind);

    int first = -1;
    for (int i = 0; i < n && first < 0; i++) {
      if (kind[i] == Kind.BODY) {
        first = i;
      }
    }
    boolean titleFromFooter = false;
    int titleIndex = -1;
    if (first < 0) {
      if (footer == null) {
        throw new ArticleParseException(
            ParseProblem.of(source, Reason.NO_TITLE, "no title: the file holds no article text"));
      }
      titleFromFooter = true;
    } else {
      String t = lines.get(first).text();
      Optional<Dateline> dl = dateline(t, 0);
      if (footer != null
          && !sameText(t, footer.title().text())
          && (dl.isPresent() || looksLikeBody(t))) {
        titleFromFooter = true;
      } else if (dl.isPresent()) {
        Line l = lines.get(first);
        throw new ArticleParseException(
            ParseProblem.at(
                source,
                Reason.NO_TITLE,
                locator.line(l.start()),
                locator.column(l.start()),
                "no title: the text starts with the dateline '"
                    + dl.get().place()
                    + "' and no footer names the title"));
      } else {
        titleIndex = first;
      }
    }
    Piece title;
    if (titleFromFooter) {
      title = footer.title();
      b.add(title);
    } else {
      Line l = lines.get(titleIndex);
      kind[titleIndex] = Kind.USED;
      title = b.titleWithCredit(l);
    }

    int next = titleFromFooter ? -1 : nextNonBlank(lines, titleIndex + 1);
    if (next >= 0 && kind[next] == Kind.BODY && sameText(lines.get(next).text(), title.text())) {
      kind[next] = Kind.USED;
      b.add(new Piece(Piece.Role.TITLE_REPEAT, lines.get(next).start(), lines.get(next).text()));
      next = nextNonBlank(lines, next + 1);
    }
    Optional<LocalDate> timestampDate = Optional.empty();
    if (next >= 0 && kind[next] == Kind.BODY) {
      Optional<LocalDate> ts = timestamp(lines.get(next).text());
      if (ts.isPresent()) {
        timestampDate = ts;
        kind[next] = Kind.BOILERPLATE;
        next = nextNonBlank(lines, next + 1);
      }
    }
    int lastBody = -1;
    for (int i = n - 1; i >= 0 && lastBody < 0; i--) {
      if (kind[i] == Kind.BODY) {
        lastBody = i;
      }
    }
    Optional<Piece> lead = Optional.empty();
    if (next >= 0 && kind[next] == Kind.BODY && !titleFromFooter) {
      Line l = lines.get(next);
      int after = nextNonBlank(lines, next + 1);
      boolean repeated =
          after >= 0 && kind[after] == Kind.BODY && lines.get(after).text().equals(l.text());
      boolean tight =
          l.number() == lines.get(titleIndex).number() + 1
              && next + 1 < n
              && lines.get(next + 1).isBlank();
      int lastOther = repeated ? after : next;
      if (lastBody > lastOther
          && l.text().length() <= 600
          && dateline(l.text(), 0).isEmpty()
          && (repeated || tight)) {
        Piece p = new Piece(Piece.Role.LEAD, l.start(), l.text());
        lead = Optional.of(p);
        b.add(p);
        kind[next] = Kind.USED;
        if (repeated) {
          kind[after] = Kind.USED;
          b.add(
              new Piece(Piece.Role.LEAD_REPEAT, lines.get(after).start(), lines.get(after).text()));
        }
      }
    }

    Optional<Dateline> dateline = Optional.empty();
    boolean firstParagraph = true;
    for (int i = 0; i < n; i++) {
      if (kind[i] == null || kind[i] == Kind.USED) {
        continue;
      }
      Line l = lines.get(i);
      switch (kind[i]) {
        case BOILERPLATE:
          b.add(new Piece(Piece.Role.BOILERPLATE, l.start(), l.text()));
          break;
        case CREDIT:
          b.add(new Piece(Piece.Role.CREDIT, l.start(), l.text()));
          break;
        case CAPTION:
          b.caption(l.start(), l.text(), searchablePartOfCaptionLine(l.text()));
          break;
        default:
          if (firstParagraph) {
            firstParagraph = false;
            dateline = dateline(l.text(), l.start());
          }
          b.body(l);
      }
    }
    if (b.paragraphs.isEmpty()) {
      int at = title.start();
      throw new ArticleParseException(
          ParseProblem.at(
              source,
              Reason.NO_BODY,
              locator.line(at),
              locator.column(at),
              "no body: no paragraph follows the title"));
    }
    return new Layout(
        title,
        lead,
        b.paragraphs,
        b.captions,
        b.captionText,
        b.credits,
        b.boilerplate,
        b.all,
        Optional.ofNullable(footer),
        timestampDate,
        dateline);
  }

  /** Collects pieces by role. */
  private static final class Builder {
    final List<Piece> paragraphs = new ArrayList<>();
    final List<Piece> captions = new ArrayList<>();
    final List<Piece> captionText = new ArrayList<>();
    final List<Piece> credits = new ArrayList<>();
    final List<Piece> boilerplate = new ArrayList<>();
    final List<Piece> all = new ArrayList<>();

    void add(Piece p) {
      all.add(p);
      switch (p.role()) {
        case PARAGRAPH:
          paragraphs.add(p);
          break;
        case CAPTION:
          captions.add(p);
          break;
        case CREDIT:
          credits.add(p);
          break;
        case BOILERPLATE:
          boilerplate.add(p);
          break;
        default:
          break;
      }
    }

    void caption(int start, String text, int searchableEnd) {
      add(new Piece(Piece.Role.CAPTION, start, text));
      if (searchableEnd > 0) {
        captionText.add(new Piece(Piece.Role.CAPTION, start, text.substring(0, searchableEnd)));
      }
    }

    /** The title of a line, with a trailing photo credit cut off into the captions. */
    Piece titleWithCredit(Line l) {
      String t = l.text();
      int paren = trailingPhotoCredit(t);
      if (paren > 0) {
        int end = trimEnd(t, paren);
        if (end > 0) {
          caption(l.start() + paren, t.substring(paren), 0);
          Piece p = new Piece(Piece.Role.TITLE, l.start(), t.substring(0, end));
          add(p);
          return p;
        }
      }
      Piece p = new Piece(Piece.Role.TITLE, l.start(), t);
      add(p);
      return p;
    }

    void body(Line l) {
      String t = l.text();
      int end = t.length();
      if (t.endsWith("/.")) {
        end -= 2;
        add(new Piece(Piece.Role.BOILERPLATE, l.start() + end, "/."));
        end = trimEnd(t, end);
      }
      int credit = trailingAgencyCredit(t, end);
      if (credit > 0) {
        add(new Piece(Piece.Role.CREDIT, l.start() + credit, t.substring(credit, end)));
        end = trimEnd(t, credit);
      }
      if (end <= 0) {
        return;
      }
      List<SentenceSplitter.Span> sentences = SentenceSplitter.split(t.substring(0, end));
      int m = sentences.size();
      boolean[] caption = new boolean[m];
      int[] searchEnd = new int[m]; // for a caption's first sentence: searchable end, relative
      for (int k = 0; k < m; k++) {
        String s = sentences.get(k).text();
        if (s.length() <= 160 && (isCreditStart(s) || hasPhotoMarker(s))) {
          caption[k] = true;
          if (k > 0 && !caption[k - 1]) {
            caption[k - 1] = true;
            searchEnd[k - 1] = sentences.get(k - 1).end();
          } else {
            searchEnd[k] = -1;
          }
        } else {
          int paren = trailingPhotoCredit(s);
          if (paren > 0) {
            caption[k] = true;
            searchEnd[k] = sentences.get(k).start() + trimEnd(s, paren);
          }
        }
      }
      int k = 0;
      while (k < m) {
        int j = k;
        if (caption[k]) {
          // a caption: its descriptive sentence (if any) and the credit right after it
          j = k + 1;
          if (searchEnd[k] > 0 && j < m && caption[j] && searchEnd[j] == 0 && isCredit(sentences.get(j))) {
            j++;
          }
          int a = sentences.get(k).start();
          int z = sentences.get(j - 1).end();
          int se = searchEnd[k] > 0 ? searchEnd[k] - a : 0;
          caption(l.start() + a, t.substring(a, z), se);
        } else {
          while (j < m && !caption[j]) {
            j++;
          }
          int a = sentences.get(k).start();
          int z = sentences.get(j - 1).end();
          add(new Piece(Piece.Role.PARAGRAPH, l.start() + a, t.substring(a, z)));
        }
        k = j;
      }
    }

    private static boolean isCredit(SentenceSplitter.Span s) {
      return isCreditStart(s.text()) || hasPhotoMarker(s.text());
    }
  }

  /** The relative end of the searchable part of a caption line; 0 if it has none. */
  private static int searchablePartOfCaptionLine(String t) {
    if (isCreditStart(t)) {
      return 0;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    int p = lower.indexOf("vna/vns photo");
    if (p < 0) {
      p = lower.indexOf("vna photo");
    }
    if (p < 0) {
      p = lower.indexOf("(photo");
    }
    if (p < 0) {
      return 0;
    }
    int e = p;
    while (e > 0 && (TextNormalizer.isBlank(t.charAt(e - 1)) || "—–-".indexOf(t.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }

  private static int nextNonBlank(List<Line> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static int trimEnd(String t, int end) {
    int e = end;
    while (e > 0 && TextNormalizer.isBlank(t.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** Whether two texts are equal after NFC (already) and collapsing white space. */
  static boolean sameText(String a, String b) {
    return collapse(a).equals(collapse(b));
  }

  private static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TextNormalizer.isBlank(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether a line reads as body text rather than a headline. */
  private static boolean looksLikeBody(String t) {
    char last = t.charAt(t.length() - 1);
    return t.length() > 200 || last == '.' || last == '!' || last == '?';
  }

  /** A short line folded for matching against the junk lists, or null when long. */
  private static String junkKey(String t) {
    if (t.length() > 40) {
      return null;
    }
    String f = Folding.fold(t).trim();
    int e = f.length();
    while (e > 0 && (f.charAt(e - 1) == ':' || f.charAt(e - 1) == '.' || f.charAt(e - 1) == ' ')) {
      e--;
    }
    return collapse(f.substring(0, e));
  }

  private static boolean hasLetterOrDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String lowerPrefix(String t, int n) {
    return t.substring(0, Math.min(n, t.length())).toLowerCase(Locale.ROOT);
  }

  /** Whether {@code t} starts with a photo credit: {@code Ảnh: ...}, {@code (Photo: VNA)}. */
  static boolean isCreditStart(String t) {
    String p = lowerPrefix(t, 20);
    for (String prefix : CREDIT_PREFIXES) {
      if (p.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a short text names an agency photo ({@code VNA/VNS Photo}). */
  static boolean hasPhotoMarker(String t) {
    if (t.length() > 400) {
      return false;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    return lower.contains("vna/vns photo") || lower.contains("vna photo");
  }

  /** Where a trailing parenthesised photo credit ({@code (Ảnh: X - TTXVN).}) starts, or -1. */
  static int trailingPhotoCredit(String t) {
    int end = t.length();
    if (end > 0 && t.charAt(end - 1) == '.') {
      end--;
    }
    if (end == 0 || t.charAt(end - 1) != ')') {
      return -1;
    }
    int open = t.lastIndexOf('(', end - 1);
    if (open <= 0 || end - open > 120) {
      return -1;
    }
    return isCreditStart(t.substring(open, end)) ? open : -1;
  }

  /** Where a paragraph-ending agency credit ({@code ... . — VNS}) starts, or -1. */
  static int trailingAgencyCredit(String t, int end) {
    int from = Math.max(0, end - 20);
    for (int i = end - 1; i >= from; i--) {
      char c = t.charAt(i);
      if (c == '—' || c == '–' || (c == '-' && i > 0 && TextNormalizer.isBlank(t.charAt(i - 1)))) {
        if (i == 0 || !TextNormalizer.isBlank(t.charAt(i - 1))) {
          return -1;
        }
        String agency = t.substring(i + 1, end).trim();
        return isAgency(agency) && trimEnd(t, i) > 0 ? i : -1;
      }
    }
    return -1;
  }

  /** Whether {@code s} is an agency code: upper-case letters, digits, {@code + /}, 2..15. */
  private static boolean isAgency(String s) {
    if (s.length() < 2 || s.length() > 15) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (!(Character.isDigit(c) || c == '+' || c == '/' || c == ' ')) {
        return false;
      }
    }
    return letters >= 2;
  }

  /** Whether a whole line is a credit: source, byline or agency. */
  static boolean isCreditLine(String t) {
    String p = lowerPrefix(t, 12);
    if (p.startsWith("nguồn:")
        || p.startsWith("nguồn :")
        || p.startsWith("(nguồn:")
        || p.startsWith("source:")
        || p.startsWith("(source:")) {
      return true;
    }
    if (t.length() <= 60
        && (p.startsWith("theo ") || p.startsWith("by "))
        && t.indexOf(',') < 0
        && t.indexOf('.') < 0
        && t.length() > 3
        && Character.isUpperCase(t.charAt(p.indexOf(' ') + 1))) {
      return true;
    }
    if (t.length() <= 20) {
      int i = 0;
      while (i < t.length() && ("—–-".indexOf(t.charAt(i)) >= 0 || TextNormalizer.isBlank(t.charAt(i)))) {
        i++;
      }
      return isAgency(t.substring(i));
    }
    return false;
  }

  /** Marks a trailing run of two or more {@code - headline} body lines as boilerplate. */
  private static void markTrailingBullets(List<Line> lines, Kind[] kind) {
    int i = lines.size() - 1;
    while (i >= 0 && kind[i] != Kind.BODY) {
      i--;
    }
    List<Integer> run = new ArrayList<>();
    while (i >= 0) {
      if (kind[i] != Kind.BODY) {
        i--; // blank lines and other page junk inside the run do not end it
        continue;
      }
      if (!isBullet(lines.get(i).text())) {
        break;
      }
      run.add(i);
      i--;
    }
    int bodyBefore = 0;
    for (int k = 0; k <= i && bodyBefore < 2; k++) {
      if (kind[k] == Kind.BODY) {
        bodyBefore++;
      }
    }
    // keep a title and at least one body line before the run
    if (run.size() >= 2 && bodyBefore >= 2) {
      for (int k : run) {
        kind[k] = Kind.BOILERPLATE;
      }
    }
  }

  private static boolean isBullet(String t) {
    return t.length() > 2
        && "-•*+–".indexOf(t.charAt(0)) >= 0
        && TextNormalizer.isBlank(t.charAt(1));
  }

  /**
   * A cached-page footer: {@code TITLE have N words, post on HOST at Month D, YYYY. This is cached
   * page on ...}; null when the line is not one.
   */
  static Footer parseFooter(Line line) {
    String t = line.text();
    int w = t.indexOf(" words, post on ");
    if (w < 0) {
      return null;
    }
    int have = t.lastIndexOf(" have ", w);
    if (have <= 0) {
      return null;
    }
    for (int i = have + 6; i < w; i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return null;
      }
    }
    int hostStart = w + " words, post on ".length();
    int at = t.indexOf(" at ", hostStart);
    Optional<String> host = Optional.empty();
    Optional<LocalDate> date = Optional.empty();
    if (at > hostStart) {
      host = HeaderReader.host(t.substring(hostStart, at).trim());
      int stop = t.indexOf(". ", at);
      String dateText = t.substring(at + 4, stop < 0 ? t.length() : stop);
      date = fullDate(dateText);
    }
    int end = trimEnd(t, have);
    return new Footer(new Piece(Piece.Role.TITLE, line.start(), t.substring(0, end)), host, date);
  }

  /** The first full date stated in {@code text}, if any. */
  private static Optional<LocalDate> fullDate(String text) {
    if (text.length() > 200) {
      return Optional.empty();
    }
    for (DateMention d : DateFinder.find(text, 0, Optional.empty(), 0).dates()) {
      if (d.date().toLocalDate().isPresent()) {
        return d.date().toLocalDate();
      }
    }
    return Optional.empty();
  }

  /** The date of a timestamp line ({@code 14:30, 05/04/2021}), if {@code t} is one. */
  static Optional<LocalDate> timestamp(String t) {
    if (t.length() > 60 || !TIME.matcher(t).find()) {
      return Optional.empty();
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      boolean letter = Character.isLetter(t.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words <= 4 ? fullDate(t) : Optional.empty();
  }

  /**
   * The dateline a paragraph starts with: an upper-case place, then a dash ({@code MOSCOW —}), an
   * agency and a dash ({@code HÀ NỘI (TTXVN) —}), or a date, an optional agency and a dash ({@code
   * HÀ NỘI, 5/4/2021 (TTXVN) —}, {@code MOSCOW, April 5, 2021 (Reuters) -}).
   *
   * @param base the paragraph's offset, added to the dateline's end
   */
  public static Optional<Dateline> dateline(String t, int base) {
    int n = Math.min(t.length(), 60);
    int i = 0;
    int letters = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          break;
        }
        letters++;
      } else if (!(c == ' ' || c == '.' || c == '\'' || c == '’')) {
        break;
      }
      i++;
    }
    if (letters < 2 || i >= t.length() || Character.isLetter(t.charAt(i))) {
      return Optional.empty();
    }
    String place = t.substring(0, i).trim();
    int k = i;
    while (k < t.length() && t.charAt(k) == ' ') {
      k++;
    }
    if (k >= t.length()) {
      return Optional.empty();
    }
    char c = t.charAt(k);
    if (c == '—' || c == '–') {
      return Optional.of(new Dateline(place, Optional.empty(), base + k + 1));
    }
    if (c == '(' || c == ',') {
      int limit = Math.min(t.length(), k + 60);
      for (int j = k + 1; j < limit; j++) {
        char d = t.charAt(j);
        if (d == '—' || d == '–' || (d == '-' && t.charAt(j - 1) == ' ')) {
          String middle = t.substring(k, j);
          Optional<LocalDate> date = c == ',' ? fullDate(middle) : Optional.empty();
          if (c == '(' || date.isPresent()) {
            return Optional.of(new Dateline(place, date, base + j + 1));
          }
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
