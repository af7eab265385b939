package io.github.vnru.parser.internal;

import io.github.vnru.extract.DateMention;
import io.github.vnru.extract.Folding;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.DateWords;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.WarningKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Internal: splits an article's content lines into title, lead, paragraphs, captions, credits and
 * boilerplate, so that every non-blank line ends up in exactly one of them (a repeated title or
 * lead is kept once).
 *
 * <p>First a line that glues several blocks together (a one-line article, or a caption glued to the
 * next paragraph) is cut after each photo credit that more text follows ({@code ... (Photo:
 * VNA)Hanoi (VNA) – ...}, {@code ... — VNA/VNS Photo Duy Trinh HÀ NỘI — ...}); each block is then
 * treated as a line. Rules, each on one line or one sentence, so the cost is linear; the word lists
 * are in {@code lexicon/}:
 *
 * <ul>
 *   <li>Boilerplate: a cached-page footer ({@code TITLE have 535 words, post on HOST at DATE. This
 *       is cached page ...}), which also gives title, publisher and date; page junk lines ({@code
 *       Phản hồi}, {@code Chia sẻ}, lines without letters or digits, a short line that is the
 *       site's name as the URL's host gives it: {@code APN News}); a section marker ({@code Các
 *       tin khác}, {@code Tin liên quan}, {@code Related news}) and everything after it (above
 *       the text, only the short lines up to its first paragraph); a trailing
 *       run of two or more {@code - headline} lines; an end mark {@code /.} or {@code Read full
 *       this story}; a timestamp line near the top ({@code 14:30, 05/04/2021}, {@code Thứ Hai,
 *       05/03/2012 10:40:00}, junk glued to it or not; a date block, day, month and year on lines
 *       of their own) and a timestamp glued to the title line.
 *       A timestamp under the title gives the published date; one above it (a site's crawl date)
 *       only when the page states no date of its own.
 *   <li>Credits: {@code Nguồn: ...}, {@code Source: ...}, short {@code Theo ...} and {@code By ...}
 *       lines, a line that is only an agency ({@code — VNS}, {@code TTXVN}), a wire byline ({@code
 *       (Reporting by ...; Editing by ...)}), and an agency credit ending a paragraph ({@code ...
 *       President Phúc. — VNS}, {@code ... countries.-VNA}).
 *   <li>Captions: lines and sentences starting with a photo credit ({@code Ảnh: ...}, {@code
 *       (Photo: VNA)}) together with the sentence before an inline credit ({@code ... Putin. Ảnh:
 *       TTXVN.}); sentences ending with a parenthesised photo credit; lines naming {@code VNA/VNS
 *       Photo}. A title's trailing photo credit is cut off into the captions.
 *   <li>Title: the first line of text that reads as a headline: one sentence without a final full
 *       stop. A dateline ({@code HÀ NỘI —}), a credit, or a full sentence of body text is never a
 *       title; a photo caption is the title only when its text before the credit reads as a
 *       headline and does not point at people in the picture ({@code (R)}), and in a hard-wrapped
 *       text a line whose sentence goes on in lower case on the next line is no title ({@code В
 *       данные} / {@code дни в Столице ...}). Otherwise a cached-page footer names the title, or
 *       there is none.
 *   <li>Lead: the line under the title when it is repeated verbatim next, or when it sits directly
 *       under the title and a blank line separates it from the body.
 *   <li>Paragraphs: one per body line, except in a hard-wrapped plain text (several lines carry on
 *       a sentence in lower case), where the body lines of a sentence wrapped over lines are one
 *       paragraph, line breaks included ({@link HardWrap}); a page's markup already marked its
 *       paragraphs.
 *   <li>Dateline: the first of the first three paragraphs that starts with one, in any usual shape
 *       ({@code MOSCOW —}, {@code Hanoi (VNA) –}, {@code HANOI, March 3 (Reuters) -}, {@code MOSCOW,
 *       April 5, 2021 (TASS) -}, {@code MOSCOW, May 9. /TASS/.}, {@code OREANDA-NEWS. October 28,
 *       2009.}, {@code RUSSIA, June 2 - MOSCOW —}).
 * </ul>
 */
public final class Segmenter {
  /** The most words of a headline ended by a full stop, and of one with a blank line under it. */
  private static final int SHORT_HEADLINE_WORDS = 10;
  private static final int HEADLINE_WORDS = 15;
  private static final Pattern MARK_EDGES = Pattern.compile("^[\\s….»>-]+|[\\s….»>:-]+$");
  private static final Pattern HOST_LIKE = Pattern.compile("\\p{L}\\.\\p{L}");
  private static final Pattern TIME = Pattern.compile("(?<!\\d)\\d{1,2}[:h]\\d{2}(?!\\d)");
  /** A time zone's offset with the day after it run into it ({@code GMT +320 September 2019}). */
  private static final Pattern OFFSET_INTO_DAY = Pattern.compile(
      "((?:GMT|UTC) ?[+-](?:1[0-4]|\\d))(?=(?:[12]\\d|3[01]|[1-9]) \\p{L})");
  /** A time of day alone on its line, and one ending a line after a day ({@code 14 марта, 19:41}). */
  private static final Pattern TIME_ALONE = Pattern.compile("\\d{1,2}:\\d{2}");
  private static final Pattern TIME_AFTER_DAY = Pattern.compile(",? \\d{1,2}:\\d{2}$");
  /** A word joined with underscores ({@code news_header_top_970_100}): a page's ad slot or key. */
  private static final Pattern IDENTIFIER = Pattern.compile("\\s*\\w+(?:_\\w+)+\\s*");

  /** An age rating ({@code 16+}), which Russian sites must print: no text of the article. */
  private static final Pattern AGE_RATING = Pattern.compile("\\s*\\d{1,2}\\+\\s*");
  /**
   * A short line ending in the age mark Russian sites print by their name ({@code Аргументы Недели
   * → В мире 13+}): the site's header.
   */
  private static final Pattern HEADER_WITH_AGE_RATING =
      Pattern.compile("(?:\\S+\\s+){1,7}(?:0|6|12|13|16|18)\\+\\s*");

  /** How many lines in a row of at most {@value #MENU_WORDS} words make a site's menu. */
  private static final int MENU_LINES = 5;
  private static final int MENU_WORDS = 3;
  /** The longest menu label, in chars: three long words. */
  private static final int MAX_MENU_ITEM = 40;

  /**
   * The lines of the site's menu at the page's top ({@code Trang chủ}, {@code Tra cứu}, {@code
   * Văn bản}, {@code Youtube}, one to a line): runs of at least {@value #MENU_LINES} lines of a
   * few words without punctuation (blank lines between them), before the first longer line.
   */
  private static boolean[] menuLines(List<Line> lines) {
    boolean[] menu = new boolean[lines.size()];
    int runStart = 0;
    int run = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String t = lines.get(i).text().strip();
      if (isMenuItem(t)) {
        runStart = run++ == 0 ? i : runStart;
        continue;
      }
      if (run >= MENU_LINES) {
        Arrays.fill(menu, runStart, i, true);
      }
      run = 0;
      if (t.length() > MAX_MENU_ITEM * 2 || Chars.words(t) > MENU_WORDS * 2) {
        return menu; // the page's text has begun
      }
    }
    return menu; // short lines to the end: no text a menu stands above
  }

  /** Whether {@code t} is a menu's label: a few words, no mark of a sentence or a date. */
  private static boolean isMenuItem(String t) {
    if (t.isEmpty() || t.length() > MAX_MENU_ITEM) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\'') {
        return false;
      }
    }
    return Chars.words(t) <= MENU_WORDS;
  }

  private static boolean isIdentifier(String t) {
    return t.indexOf('_') > 0 && IDENTIFIER.matcher(t).matches();
  }

  /**
   * A line that is only a phone number ({@code +84 974 265 162}) or an e-mail address: the
   * site's contact, no text of the article.
   */
  private static final Pattern CONTACT = Pattern.compile(
      "\\s*(?:\\+?\\(?\\d[\\d ().-]{6,18}\\d|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)\\s*");

  private static boolean isContact(String t) {
    if (t.length() > 40 || !CONTACT.matcher(t).matches()) {
      return false;
    }
    // a phone number has nine digits or more; fewer are a date or a range of years
    int digits = 0;
    for (int i = 0; i < t.length(); i++) {
      digits += Chars.isDigit(t.charAt(i)) ? 1 : 0;
    }
    return t.indexOf('@') > 0 || digits >= 9 && t.indexOf(' ') > 0;
  }

  /** More chars than a line of page furniture or a headline has: a paragraph of the text. */
  private static final int PARAGRAPH = 200;
  /** The fewest lines a paragraph of a hard-wrapped text is read from above a section's links. */
  private static final int WRAPPED_LINES = 3;

  /** The longest line that may be a date alone, in chars ({@code 30 сентября 2025 года}). */
  private static final int DATE_ALONE = 40;

  /** The shortest headline a preview line glued to text is taken to repeat, in chars. */
  private static final int MIN_GLUED_HEADLINE = 20;

  /** How many of a page's first lines a section marker glued to its words is looked for in. */
  private static final int GLUED_SECTION_LINES = 4;

  /** The longest line a headline with other news glued to it is taken to be, in chars. */
  private static final int GLUED_SECTION_LINE = 400;

  /** How many chars after a capital a glued section marker is looked for in. */
  private static final int SECTION_MARKER_WINDOW = 40;

  /** How many section labels a breadcrumb written without separators may have after its root. */
  private static final int BARE_PATH_LABELS = 2;
  /** The most words of a site's name spelt by its initials (Vietnam Academy of Social Sciences). */
  private static final int MAX_SITE_NAME_WORDS = 8;
  /** The most words (separators too) of a path glued before the headline it leads to. */
  private static final int PATH_WORDS = 8;
  /** What stands between a path's labels ({@code Home / News}, {@code Home > News}). */
  private static final String PATH_SEPARATORS = "/>»|·";

  /** A timestamp glued to the end of a line: {@code 25/02/2026 16:33}, {@code 16:33 25/02/2026}. */
  private static final Pattern GLUED_STAMP =
      Pattern.compile(
          "(?:^|\\s)\\(?(?:(?:\\d{1,2}:\\d{2}(?::\\d{2})?),?\\s{1,3})?"
              + "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})"
              + "(?:,?\\s{1,3}\\d{1,2}:\\d{2}(?::\\d{2})?)?"
              + "(?:\\s{0,3}\\(?(?:GMT|UTC)\\s{0,2}[+-]?\\s{0,2}\\d{0,2}(?::?\\d{2})?\\)?"
              + "|\\s{0,3}[+-]\\d{2}:?\\d{2})?\\)?$");

  private Segmenter() {}

  /**
   * A dateline: the place as written (none for an agency-only dateline such as {@code
   * OREANDA-NEWS. October 28, 2009.}), its date if it states one (a month-day when it states no
   * year), where it starts and ends in the normalised text, and whether the date is the place's:
   * not when a feed's region tag and date come before the report's own undated dateline ({@code
   * VIETNAM, January 23 - HÀ NỘI —}): the date is the feed's, not the day reported from there.
   */
  public record Dateline(Optional<String> place, Optional<PartialDate> date, int start, int end,
      boolean placeDated) {
    /** A dateline whose date, if any, is its place's. */
    public Dateline(Optional<String> place, Optional<PartialDate> date, int start, int end) {
      this(place, date, start, end, true);
    }
  }

  /** What a cached-page footer states. */
  public record Footer(Piece title, Optional<String> host, Optional<PartialDate> date) {}

  /**
   * An article's text parts.
   *
   * @param title the headline, if there is one
   * @param lead the standfirst, if any
   * @param paragraphs body paragraphs
   * @param captions captions, each whole
   * @param captionText the searchable part of each caption (without its photo credit)
   * @param credits credits
   * @param boilerplate page junk
   * @param all every stretch with its role, including repeats and headers, in no set order
   * @param footer the cached-page footer, if any
   * @param timestampDate a published date from the page's own timestamp (glued to the title, or a
   *     line under it), if any
   * @param siteDate a date from a timestamp line above the title (a site's crawl date), if any
   * @param dateline the dateline of one of the first paragraphs, if any
   * @param warnings a missing title or body, a timestamp that is no date
   * @param split per paragraph (by identity) that is a whole line's sentences, those sentences
   *     relative to the paragraph: the segmenter split the line already, and splitting the
   *     paragraph gives the same
   */
  public record Layout(
      Optional<Piece> title,
      Optional<Piece> lead,
      List<Piece> paragraphs,
      List<Piece> captions,
      List<Piece> captionText,
      List<Piece> credits,
      List<Piece> boilerplate,
      List<Piece> all,
      Optional<Footer> footer,
      Optional<PartialDate> timestampDate,
      Optional<PartialDate> siteDate,
      Optional<Dateline> dateline,
      List<DateFinder.Issue> warnings,
      Map<Piece, List<SentenceSplitter.Span>> split) {
    /** The sentences of {@code p}: {@code SentenceSplitter.split(p.text())}, split once. */
    public List<SentenceSplitter.Span> sentences(Piece p) {
      List<SentenceSplitter.Span> known = split.get(p);
      return known != null ? known : SentenceSplitter.split(p.text());
    }

    /** Whether the layout holds any of the article's own text. */
    public boolean hasText() {
      return title.isPresent() || lead.isPresent() || !paragraphs.isEmpty() || !captions.isEmpty();
    }
  }

  /** The index of the last line long enough to be a paragraph, or -1. */
  private static int lastLongLine(List<Line> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).text().length() > PARAGRAPH) {
        return i;
      }
    }
    return -1;
  }

  private enum Kind {
    BODY,
    BOILERPLATE,
    CREDIT,
    CAPTION,
    USED
  }

  /**
   * Segments the content lines after the headers, one paragraph per line (a page whose markup
   * marked its paragraphs); never fails, and says what it missed. On a page of the site {@code
   * site} (its name in the URL's host, {@code apnnews}), a short line that is the site's name is
   * page junk; {@code slug} is the words of the URL's slug ({@link SlugHeadline}), empty if none.
   */
  public static Layout segment(List<Line> rawLines, Optional<String> site, List<String> slug) {
    return segment(rawLines, null, site, slug);
  }

  /**
   * Segments the content lines of plain {@code text}, the normalised text the lines are of: as
   * {@link #segment(List, Optional, List)}, and when the text is hard-wrapped, the lines of a
   * sentence wrapped over several lines are one paragraph (see {@link HardWrap}), whose text is
   * the text from its first line's start to its last line's end, line breaks included.
   */
  public static Layout segmentText(
      String text, List<Line> rawLines, Optional<String> site, List<String> slug) {
    return segment(rawLines, text, site, slug);
  }

  /**
   * Segments; joins hard-wrapped lines of {@code normalised} (the normalised text) unless null;
   * a line naming the site is junk.
   */
  private static Layout segment(
      List<Line> rawLines, String normalised, Optional<String> site, List<String> slug) {
    List<Line> lines = unglue(rawLines);
    int label = sluggedHeadline(lines, slug);
    int n = lines.size();
    Kind[] kind = new Kind[n];
    Builder b = new Builder();
    List<DateFinder.Issue> warnings = new ArrayList<>();
    Footer footer = null;
    boolean inSection = false;
    int seen = 0;
    // a page may print its stamp under the headline's standfirst, its first paragraph, when
    // more of its text follows (a date under the last paragraph is the page's tail)
    int paragraphsSeen = 0;
    int lastLong = lastLongLine(lines);
    int[] stampAt = new int[n];
    List<Integer> stamps = new ArrayList<>();
    PartialDate[] stampDate = new PartialDate[n];
    boolean[] menu = menuLines(lines);
    for (int i = 0; i < n; i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      seen++;
      String t = line.text();
      kind[i] = Kind.BODY;
      if (menu[i]) {
        kind[i] = Kind.BOILERPLATE; // the site's menu
        continue;
      }
      if (i == label) {
        kind[i] = Kind.BOILERPLATE; // a section label glued before the headline
        continue;
      }
      if (inSection && !resumesText(lines, i) && (paragraphsSeen > 0 || t.length() <= PARAGRAPH
          && !wrappedParagraph(lines, i) && !proseLines(lines, i))) {
        kind[i] = Kind.BOILERPLATE;
        continue;
      }
      // a section marker above the text ("Xem thêm:" in a page's header) holds short link lines;
      // the first paragraph ends it, one line or hard-wrapped over several
      inSection = false;
      Footer fo = parseFooter(line);
      if (fo != null) {
        kind[i] = Kind.BOILERPLATE;
        if (footer == null) {
          footer = fo;
        }
        continue;
      }
      String key = junkKey(t);
      if (key != null && t.strip().endsWith(":") && Lexicon.TAG_LABELS.contains(key)) {
        // "Тема:" and, on the next line, the topic
        i = labelAndValue(lines, kind, i, v -> v.length() <= TAG_VALUE);
        continue;
      }
      if (key != null && Lexicon.POLL_LABELS.contains(key)) {
        // "ГОЛОСОВАНИЕ" and, on the next line, the poll's question
        i = labelAndValue(lines, kind, i, v -> v.endsWith("?"));
        continue;
      }
      // a site's name with the date glued on is the page's stamp, read below, not its junk
      boolean sourceStamp = (seen <= 6 || paragraphsSeen == 0) && sourceDate(t) >= 0;
      if (key != null && Lexicon.SECTION_MARKERS.contains(key)) {
        kind[i] = Kind.BOILERPLATE;
        // above the page's first line of its own (its headline), the marker is a menu's item
        inSection = anyBody(lines, kind, i);
      } else if (!sourceStamp && ((key != null
              && (Lexicon.JUNK.contains(anyNumber(key)) || namesSite(key, site)
                  || isButtonRow(key) || isFollowPrompt(key)))
          // a longer row of links; a line with a comma or a full stop is text, not buttons
          || key == null && t.length() <= MAX_BUTTON_ROW && t.indexOf('.') < 0
              && t.indexOf(',') < 0 && opensWithJunkWord(t)
              && isButtonRow(junkKey(t, MAX_BUTTON_ROW))
          || !Chars.hasLetterOrDigit(t, 0, t.length())
          || isEndMark(t)
          || opensWith(t, Lexicon.SITE_NOTICES)
          || opensWith(t, Lexicon.MEMBER_LABELS)
          || isBreadcrumb(t)
          || isBarMenuRow(t)
          || seen <= 6 && namesTheSectionOfTheNextLine(t, lines, i)
          || isSectionName(t)
          || seen == 1 && isPathWithoutSeparators(t)
          || isShortenedCopy(t, lines, i)
          || seen == 1 && isHeadlineGluedToText(t, lines, i)
          || seen <= 2 && isPathGluedToHeadline(t, lines, i)
          || isLinkTitle(t)
          || isSiteBanner(t, site)
          || isHeadlineList(t)
          || isIdentifier(t)
          || isContact(t)
          || seen <= 2 && isContactWithTodaysDate(t, line)
          || HeaderReader.isUrl(t) // a link, such as the page's own address printed again
          || t.indexOf('+') > 0 && (AGE_RATING.matcher(t).matches()
              || HEADER_WITH_AGE_RATING.matcher(t).matches()))) {
        kind[i] = Kind.BOILERPLATE;
      } else if (isCreditLine(t) || isCopyrightLine(t)
          || seen <= 6 && isNameAboveStamp(t, lines, i)) {
        kind[i] = Kind.CREDIT;
      } else if (t.length() <= CAPTION && (isCreditStart(t) || endsWithCopyright(t))
          || hasPhotoMarker(t)) {
        // a long line after a credit is the text the page glued to it
        kind[i] = Kind.CAPTION;
      } else if (seen <= 6 || paragraphsSeen == 0 || paragraphsSeen == 1 && i < lastLong) {
        // a page's timestamp stands near its top, before the first paragraph of its text or
        // under the standfirst
        Optional<PartialDate> ts = timestamp(t);
        int[] block = ts.isEmpty() ? dateBlock(lines, i) : null;
        if (block != null) {
          ts = fullDate(lines.get(i).text() + " " + lines.get(block[0]).text() + " "
              + lines.get(block[1]).text());
          if (ts.isPresent()) {
            kind[block[0]] = Kind.BOILERPLATE;
            kind[block[1]] = Kind.BOILERPLATE;
          }
        }
        int month = ts.isEmpty() && block == null ? monthHeading(lines.get(i)) : 0;
        int year = month == 0 ? -1 : yearLine(lines, i + 1);
        if (year >= 0) {
          // a month heading, its year on the next line ("Сентябрь" / "2024")
          ts = Optional.of(PartialDate.ofYearMonth(
              Integer.parseInt(lines.get(year).text().strip()), month));
          kind[year] = Kind.BOILERPLATE;
        }
        if (ts.isPresent()) {
          kind[i] = Kind.BOILERPLATE;
          stampDate[i] = ts.get();
          stamps.add(i);
          if (block != null) {
            i = block[1]; // past the block's month and year, which are read
            continue;
          }
        } else if (block == null && isCount(t)) {
          kind[i] = Kind.BOILERPLATE; // a view or comment count above the text
        }
      }
      if (kind[i] == Kind.BODY && t.length() > PARAGRAPH) {
        paragraphsSeen++;
      }
    }
    markTrailingBullets(lines, kind);
    markTrailingDatedLinks(lines, kind);
    markLeadingMenu(lines, kind);
    markCalendars(lines, kind);
    HardWrap.Join[] joins = null;
    if (normalised != null) {
      HardWrap.Join[] j = HardWrap.joins(lines, isBody(kind));
      joins = HardWrap.isHardWrapped(lines, j) ? j : null;
    }
    int wrapWidth = joins == null ? 0 : HardWrap.width(lines, joins);

    sectionLabelsAboveSluggedHeadline(lines, kind, site, slug);
    // the title: the first line of text, if it reads as a headline
    int first = -1;
    for (int i = 0; i < n && first < 0; i++) {
      if (kind[i] == Kind.BODY || kind[i] == Kind.CAPTION) {
        first = i;
      }
    }
    // past the page junk between them ("ЭНЦИКЛОПЕДИЯ ДОБРА", a poll, the headline)
    int below = first < 0 ? -1 : nextNonBlank(lines, first + 1);
    while (below >= 0 && kind[below] == Kind.BOILERPLATE) {
      below = nextNonBlank(lines, below + 1);
    }
    if (below >= 0 && kind[first] == Kind.BODY && kind[below] == Kind.BODY
        && isCapitalsBanner(lines.get(first).text()) && isHeadline(lines.get(below).text())
        && !isCapitalsBanner(lines.get(below).text())) {
      // "МЕДИАГРУППА «ЗВЕЗДА»" right above the headline: the site's banner in capitals
      kind[first] = Kind.BOILERPLATE;
      first = below;
    } else if (below >= 0 && kind[first] == Kind.BODY && kind[below] == Kind.BODY
        && oneWord(lines.get(first).text())
        && (joins == null || joins[first] == HardWrap.Join.NONE)) {
      // "Ханой", "News", "Рубрик" above the text: a section's label; no headline is one word
      kind[first] = Kind.BOILERPLATE;
      first = below;
    }
    first = headlineAboveStamp(lines, kind, first, stamps);
    Optional<PartialDate> timestampDate = Optional.empty();
    Piece title = null;
    int titleIndex = -1;
    String noTitle = null;
    if (first < 0) {
      noTitle = "no title: the file holds no line of article text";
    } else {
      Line l = lines.get(first);
      String t = l.text();
      Matcher stamp = GLUED_STAMP.matcher(t);
      int textEnd = t.length();
      // the stamp's date is digits: a line without one (most titles) is not searched
      if (kind[first] == Kind.BODY && hasAsciiDigit(t) && stamp.find() && stamp.start() > 0
          && TIME.matcher(
          t.substring(stamp.start())).find()) {
        textEnd = trimEnd(t, stamp.start());
      }
      int credit = kind[first] == Kind.CAPTION || textEnd < t.length() ? -1 : captionCredit(t);
      // "Президент Вьетнама умер … |": a bar closing the line, the site's name after it left
      // out, is the page's, not the headline's (a caption's credit may close with one too)
      int closingBar = trimEnd(t, textEnd) - 1;
      if (credit < 0 && closingBar > 0 && t.charAt(closingBar) == '|'
          && TextNormalizer.isBlank(t.charAt(closingBar - 1))) {
        textEnd = trimEnd(t, closingBar);
      }
      String head = t.substring(0, textEnd);
      Optional<Dateline> dl = dateline(t, l.start());
      if (dl.isPresent()) {
        noTitle =
            "no title: the text starts with the dateline '"
                + t.substring(0, dl.get().end() - l.start()).strip()
                + "'";
      } else if (joins != null
          && joins[first] != HardWrap.Join.NONE
          && (HardWrap.startsLower(lines.get(first + 1).text())
              || HardWrap.fills(lines, first, wrapWidth))) {
        noTitle = "no title: the text starts with a sentence wrapped over lines";
      } else if (kind[first] == Kind.CAPTION || credit == 0) {
        noTitle = "no title: the text starts with a photo caption";
      } else if (credit > 0) {
        String description = t.substring(0, trimEnd(t, credit));
        if (isHeadline(description) && !pointsAtPeople(description)) {
          titleIndex = first;
        } else {
          noTitle = "no title: the text starts with a photo caption";
        }
      } else if (pointsAtPeople(head)) {
        noTitle = "no title: the text starts with a photo caption";
      } else if (isHeadline(head) || isHeadlineWithStop(head, lines, first)
          // the line the URL's slug spells, whatever its stops ("Russia and Vietnam to strengthen
          // military cooperation.", "«Духовное наследие Хо Ши Мина. 50 лет спустя»")
          || SlugHeadline.spells(l, slug)) {
        titleIndex = first;
        if (textEnd < t.length()) {
          int at = t.length() - t.substring(textEnd).stripLeading().length();
          timestampDate = fullDate(t.substring(at));
          b.add(new Piece(Piece.Role.BOILERPLATE, l.start() + at, t.substring(at)));
        } else {
          // "… thường trú tại Hà Nội - 25/3/2002": a date the site writes after its headlines
          Matcher dated = DATED_HEADLINE.matcher(head);
          // its date has slashes: a headline without one is not searched
          if (head.indexOf('/') >= 0 && dated.find()) {
            timestampDate = fullDate(dated.group(1));
          }
        }
      } else {
        noTitle = "no title: the text starts with a full sentence of body text";
      }
      if (titleIndex >= 0) {
        kind[titleIndex] = Kind.USED;
        title = b.titleWithCredit(new Line(l.number(), l.start(), head), credit);
      }
    }
    boolean titleFromFooter = false;
    if (title == null && footer != null) {
      titleFromFooter = true;
      title = footer.title();
      b.add(title);
      noTitle = null;
    }
    if (noTitle != null) {
      int at = first >= 0 ? lines.get(first).start() : 0;
      String text = first >= 0 ? lines.get(first).text() : "";
      warnings.add(
          new DateFinder.Issue(
              at,
              WarningKind.NO_TITLE,
              text.substring(0, Math.min(text.length(), 80)),
              noTitle));
    }
    Dateline stampDateline = null;
    // the page's own timestamp stands under its title; one above it is the site's; of several
    // under it, the one with a time of day is the page's ("Chủ Nhật, 22/9/2024" then "Thứ Ba,
    // 23/2/2010 16:30": the first is the site's calendar)
    int own = -1;
    for (int i : stamps) {
      if (titleIndex >= 0 && i > titleIndex && timestampDate.isEmpty()
          && (own < 0 || !TIME.matcher(lines.get(own).text()).find()
              && TIME.matcher(lines.get(i).text()).find())) {
        own = i;
      }
    }
    if (own >= 0) {
      PartialDate date = stampDate[own];
      Line l = lines.get(own);
      timestampDate = Optional.of(date);
      stampDateline = stampPlace(l.text())
          .map(p -> new Dateline(Optional.of(p), Optional.of(date), l.start(), l.end()))
          .orElse(null);
    }
    Optional<PartialDate> siteDate = Optional.empty();
    for (int i : stamps) {
      if (titleIndex < 0 || i < titleIndex) {
        siteDate = Optional.of(stampDate[i]); // the last one above the text
      }
    }

    int next = titleIndex < 0 ? -1 : nextNonBlank(lines, titleIndex + 1);
    if (next >= 0 && kind[next] == Kind.BODY && sameText(lines.get(next).text(), title.text())) {
      kind[next] = Kind.USED;
      b.add(new Piece(Piece.Role.TITLE_REPEAT, lines.get(next).start(), lines.get(next).text()));
      next = nextNonBlank(lines, next + 1);
    }
    while (next >= 0 && kind[next] == Kind.BOILERPLATE && stampDate[next] != null) {
      next = nextNonBlank(lines, next + 1);
    }
    int lastBody = -1;
    for (int i = n - 1; i >= 0 && lastBody < 0; i--) {
      if (kind[i] == Kind.BODY) {
        lastBody = i;
      }
    }
    Optional<Piece> lead = Optional.empty();
    if (next >= 0 && kind[next] == Kind.BODY && titleIndex >= 0) {
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

    boolean[] runOn =
        joins == null ? new boolean[n] : HardWrap.runOns(lines, joins, isBody(kind), wrapWidth);
    Optional<Dateline> dateline = Optional.empty();
    int bodyUnits = 0;
    boolean textStarted = false;
    for (int i = 0; i < n; i++) {
      if (kind[i] == null || kind[i] == Kind.USED) {
        continue;
      }
      Line l = lines.get(i);
      if (runOn[i]) {
        // a sentence wrapped over lines: one paragraph from this line to the last that runs on
        int last = i;
        while (runOn[last]) {
          last++;
        }
        l = new Line(l.number(), l.start(), normalised.substring(l.start(), lines.get(last).end()));
        i = last;
      }
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
          // a dateline opens the text: on one of its first lines, or on any before its first
          // paragraph (under a picture's caption and credits)
          if (dateline.isEmpty() && (bodyUnits < 3 || !textStarted)) {
            dateline = dateline(l.text(), l.start());
          }
          textStarted |= l.text().length() > PARAGRAPH;
          // the headline repeated over the text is no paragraph of its own
          bodyUnits += title != null && l.text().strip().equals(title.text().strip()) ? 0 : 1;
          b.body(l);
      }
    }
    if (b.paragraphs.isEmpty()) {
      int at = title != null ? title.start() : first >= 0 ? lines.get(first).start() : 0;
      warnings.add(
          new DateFinder.Issue(
              at,
              WarningKind.NO_BODY,
              title != null ? title.text() : "",
              "no body: the text has no paragraph"
                  + (title != null ? " under the title" : "")));
    }
    if (dateline.isEmpty() && stampDateline != null) {
      dateline = Optional.of(stampDateline); // "March 1, 2001, Hanoi" under the title
    }
    warnings.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
    return new Layout(
        Optional.ofNullable(title),
        lead,
        b.paragraphs,
        b.captions,
        b.captionText,
        b.credits,
        b.boilerplate,
        b.all,
        Optional.ofNullable(footer),
        timestampDate,
        siteDate,
        dateline,
        warnings,
        b.split);
  }

  private static boolean[] isBody(Kind[] kind) {
    boolean[] body = new boolean[kind.length];
    for (int i = 0; i < kind.length; i++) {
      body[i] = kind[i] == Kind.BODY;
    }
    return body;
  }

  /** A headline's last words: a dash and a date in digits, after a word. */
  private static final Pattern DATED_HEADLINE =
      Pattern.compile("\\p{L}\\)? [-–] (\\d{1,2}/\\d{1,2}/\\d{4})$");

  /** How many chars a topic or a list of tags after a tag label may have. */
  private static final int TAG_VALUE = 80;
  /** The most words of one label of junk.txt. */
  private static final int MAX_LABEL_WORDS = 5;
  /** The longest row of page buttons and links read as one ("Карта сайта RSS Youtube …"). */
  private static final int MAX_BUTTON_ROW = 100;

  /** How many section labels may stand above a headline. */
  private static final int MAX_SECTION_LABELS = 3;

  /**
   * How many lines of a site's menus may stand above the headline the URL's slug spells
   * ("Featured", "War Analysis Russia's War …", "Newsletters", "Edit post").
   */
  private static final int MAX_LINES_ABOVE_SLUGGED = 30;

  /**
   * An ISO date and a time of day, or a dotted or slashed date, opening a line, then its text
   * after spaces or glued to a capital ("13/12/2024Chiều ngày 12 …"); after a date alone, only
   * text that starts with a capital.
   */
  private static final Pattern LEADING_STAMP =
      Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}[ T]\\d{1,2}:\\d{2}(?::\\d{2})?"
          + "(?: +(?=\\p{L})|(?=\\p{Lu}))"
          // a date alone before a small letter is the sentence's own ("26.11.2014 глава области
          // встретился …"), as a sentence starts with a capital
          + "|\\d{1,2}([./])\\d{1,2}\\1\\d{4} *(?=\\p{Lu})");

  /**
   * Cuts the first line of text where the URL's slug spells a headline glued between a section
   * label and the text, or one of the first lines where it spells the headline after a path to
   * the page ({@link SlugHeadline}); the label's index in {@code lines}, or -1.
   */
  private static int sluggedHeadline(List<Line> lines, List<String> slug) {
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < MAX_SECTION_LABELS; i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      // the first line: the headline glued between a label and the text; any of the first
      // few: a path to the page, then the headline ("All news / …" under the site's motto)
      Optional<SlugHeadline.Cut> cut = seen++ == 0 ? SlugHeadline.cut(lines.get(i), slug)
          : Optional.empty();
      if (cut.isEmpty()) {
        cut = SlugHeadline.afterPath(lines.get(i), slug);
      }
      if (cut.isEmpty()) {
        continue;
      }
      lines.remove(i);
      if (cut.get().rest() != null) {
        lines.add(i, cut.get().rest());
      }
      lines.add(i, cut.get().headline());
      if (cut.get().label() == null) {
        return -1;
      }
      lines.add(i, cut.get().label());
      return i;
    }
    return -1;
  }

  /**
   * Marks as junk the short lines of text above the line the URL's slug spells ("Chính trị",
   * "новости", "• Click to copy" above the headline), and a path to the page that opens with a
   * breadcrumb's root however long: the site's section labels and buttons; a
   * line that opens with the site's name however long ("Báo Đồng Nai điện tử"); and a line of
   * text above such a label, the site's masthead ("Cơ quan Trung ương của Hiệp hội …" above "•
   * Click để copy"): a headline's own subheading or kicker stands right by it, no label between.
   */
  private static void sectionLabelsAboveSluggedHeadline(
      List<Line> lines, Kind[] kind, Optional<String> site, List<String> slug) {
    if (slug.isEmpty()) {
      return; // no URL, or none with a slug: nothing to look for
    }
    int headline = -1;
    int above = 0;
    for (int i = 0; i < lines.size() && above <= MAX_LINES_ABOVE_SLUGGED && headline < 0; i++) {
      if (kind[i] == Kind.CAPTION) {
        return;
      }
      if (kind[i] == Kind.BODY) {
        if (SlugHeadline.spells(lines.get(i), slug)) {
          headline = i;
        }
        above++;
      }
    }
    boolean labelBetween = false;
    for (int j = headline - 1; j >= 0; j--) {
      if (kind[j] != Kind.BODY) {
        continue;
      }
      String t = lines.get(j).text();
      // "Trang chủ Chuyện ngoại giao Đời sống đối ngoại": the path to the page, however long;
      // "Nga vừa trao Việt Nam" above "Nga vừa trao Việt Nam "báu vật" …": the headline cut short
      if (SlugHeadline.labelLike(lines.get(j)) || namesSiteAtLength(t, site)
          || opensWithBreadcrumbRoot(t) || cutShort(t, lines.get(headline).text())) {
        labelBetween = true;
      } else if (!labelBetween || looksLikeBody(t)) {
        return;
      }
      kind[j] = Kind.BOILERPLATE;
    }
  }

  /**
   * Whether {@code t} is a site's banner: a short contact line, then a timestamp glued to its last
   * digit ({@code Đường dây nóng: 0983449277Thứ bảy, 27/07/2024 09:16 GMT+7}). The date is the
   * day the page was shown, not the article's: the whole line is page junk, no stamp.
   */
  private static boolean isContactWithTodaysDate(String t, Line line) {
    for (int p = 1; p < t.length(); p++) {
      // the digit first: the rarer of the two, and the cheaper test
      if (Chars.isDigit(t.charAt(p - 1)) && Character.isUpperCase(t.charAt(p))
          && timestamp(t.substring(p)).isPresent()) {
        return SlugHeadline.labelLike(new Line(line.number(), line.start(), t.substring(0, p)));
      }
    }
    return false;
  }

  /**
   * The first line of text once the site's labels above a headline are set aside: when the page's
   * first timestamp stands right under a line that reads as a headline, and only short labels or
   * a row of menu items stand between the text's first line and that line ({@code Home   Sitemap
   * Feedback   Contacts}, {@code Press centre News}), those are page junk and the headline is
   * the first line; a line of one word there is a label too, and the headline the first line of
   * text under the stamp; else {@code first} as it was.
   */
  private static int headlineAboveStamp(List<Line> lines, Kind[] kind, int first,
      List<Integer> stamps) {
    if (first < 0 || stamps.isEmpty() || stamps.get(0) <= first) {
      return first;
    }
    int above = stamps.get(0) - 1;
    while (above > first && lines.get(above).isBlank()) {
      above--;
    }
    if (above <= first || kind[above] != Kind.BODY || !isHeadline(lines.get(above).text())) {
      return first;
    }
    // no headline is one word: "News" above the stamp is one more label, the headline under it
    int headline = above;
    if (oneWord(lines.get(above).text())) {
      headline = stamps.get(0);
      while (headline < lines.size() && kind[headline] != Kind.BODY) {
        headline++;
      }
      if (headline == lines.size() || !isHeadline(lines.get(headline).text())) {
        return first;
      }
    }
    for (int j = first; j < headline; j++) {
      if (kind[j] == Kind.BODY && (j > above || !SlugHeadline.labelLike(lines.get(j))
          && !isMenuRow(lines.get(j).text()))) {
        return first;
      }
    }
    for (int j = first; j < headline; j++) {
      if (kind[j] == Kind.BODY) {
        kind[j] = Kind.BOILERPLATE;
      }
    }
    return headline;
  }

  /**
   * Whether {@code t} is a row of a site's menu: three or more items of at most {@value
   * #MENU_ITEM_WORDS} words each, set apart by runs of spaces ({@code Home   Sitemap   Feedback
   * Contacts   RUS}).
   */
  private static boolean isMenuRow(String t) {
    return isMenu(t.strip().split(" {2,}|\t+"), MENU_ITEM_WORDS);
  }

  /** The most words of a menu's item set apart by spaces. */
  private static final int MENU_ITEM_WORDS = 2;

  /**
   * Whether {@code t} is a row of a site's menu set apart by vertical bars: three or more items
   * of at most {@value #BAR_MENU_ITEM_WORDS} words each ({@code Trang chủ | Thời sự | Thế
   * giới}); a headline with its section and site after bars has more words ({@code Putin meets
   * To Lam | World | VOV}).
   */
  private static boolean isBarMenuRow(String t) {
    return t.indexOf('|') >= 0 && isMenu(t.strip().split("\\s*\\|\\s*"), BAR_MENU_ITEM_WORDS);
  }

  /** The most words of a menu's item set apart by bars; a headline has more. */
  private static final int BAR_MENU_ITEM_WORDS = 3;

  /**
   * Whether {@code items} are three or more, each opening with a letter, of at most {@code words}
   * words.
   */
  private static boolean isMenu(String[] items, int words) {
    if (items.length < 3) {
      return false;
    }
    for (String item : items) {
      if (item.isEmpty() || item.split(" ").length > words
          || !Character.isLetter(item.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code t} is the start of {@code headline}, a shorter copy of its first words. */
  private static boolean cutShort(String t, String headline) {
    String s = t.strip();
    String h = headline.strip();
    return !s.isEmpty() && s.length() < h.length() && h.startsWith(s)
        && !Character.isLetterOrDigit(h.charAt(s.length()));
  }

  /**
   * The lines with each glued line cut into blocks: after a page's date and time that open a
   * line, after a parenthesised photo credit that more text follows, after an agency photo
   * credit ({@code VNA/VNS Photo Name}) that a dateline follows, around a picture's alt text
   * and number ({@code hinh anh 1}), and, in the page's first lines, around a section marker
   * glued to the words beside it.
   */
  static List<Line> unglue(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    int seen = 0;
    Line previous = null;
    for (Line l : lines) {
      Line above = previous;
      previous = l;
      String t = l.text();
      // the page's top, where a list of other news may run into the headline
      boolean top = !l.isBlank() && ++seen <= GLUED_SECTION_LINES
          && t.length() <= GLUED_SECTION_LINE;
      String lower =
          t.indexOf("hoto") >= 0 || t.indexOf("HOTO") >= 0 ? t.toLowerCase(Locale.ROOT) : null;
      int from = 0;
      // a date opening a line that goes on the sentence of the line above ("… sáng ngày" above
      // "02/12/2021 Chủ tịch nước …", a hard-wrapped text) is the sentence's, not a stamp
      Matcher stamp = t.length() > 20 && Chars.isDigit(t.charAt(0)) && !goesOnAbove(above, l)
          ? LEADING_STAMP.matcher(t) : null;
      if (stamp != null && stamp.lookingAt()) {
        // "2006-02-17 10:44:21 Начавшийся вчера визит …", "05.07.2024 Медиаресурс …": the page's
        // stamp glued before the text
        out.add(new Line(l.number(), l.start(), t.substring(0, trimEnd(t, stamp.end()))));
        from = stamp.end();
      }
      while (from < t.length()) {
        int cut = gluedCut(t, lower, from);
        int section = top ? gluedSectionMarkerCut(t, from) : -1;
        cut = section >= 0 && (cut < 0 || section < cut) ? section : cut;
        if (cut < 0) {
          break;
        }
        out.add(new Line(l.number(), l.start() + from, t.substring(from, trimEnd(t, cut))));
        from = skipSpaces(t, cut);
      }
      out.add(from == 0 ? l : new Line(l.number(), l.start() + from, t.substring(from)));
    }
    return out;
  }

  /**
   * Whether the date opening {@code line} is the day of the sentence that the line right above it
   * left open with a word that makes it one ("… sáng ngày" above "02/12/2021 Chủ tịch nước …").
   */
  private static boolean goesOnAbove(Line above, Line line) {
    return above != null && above.number() + 1 == line.number() && !above.isBlank()
        && DateFinder.endsWithDayCue(above.text());
  }

  /**
   * Where a section marker glued to the words around it ({@code … Liên bang NgaTin khácĐảm bảo …}:
   * a page's list of other news run into its headline) cuts {@code t} from {@code from} on:
   * before the marker, or, the marker opening the block, after it; -1 if none.
   */
  private static int gluedSectionMarkerCut(String t, int from) {
    // the line's chars in the thread's array: every char of a page's first lines is read, and
    // charAt on a two-byte string costs more than the test
    char[] c = Chars.copyInto(LINE_CHARS, t);
    int n = t.length();
    for (int p = from; p < n; p++) {
      // most chars are no capital: ruled out by one table read, before the char before is read
      if (!Chars.isUpperCase(c[p])) {
        continue;
      }
      boolean glued = p > from && Chars.isLowerCase(c[p - 1]);
      // a block opens with the marker only where a cut before it made one (a line's start is no
      // glued place, and most lines are looked at only there)
      if (!glued && (p != from || from == 0)) {
        continue;
      }
      int end = sectionMarkerEnd(t, p);
      if (end < 0) {
        continue;
      }
      if (glued) {
        return p;
      }
      if (end < t.length() && Character.isUpperCase(t.charAt(end))) {
        return end;
      }
    }
    return -1;
  }

  /** Each thread's chars of the line {@link #gluedSectionMarkerCut} reads (it calls no reader). */
  private static final ThreadLocal<char[]> LINE_CHARS =
      ThreadLocal.withInitial(() -> new char[512]);

  /**
   * Whether line {@code i}, after a section marker inside the text, is the text going on: a
   * sentence longer than a headline set apart by a blank line, where a box of related links
   * holds headlines, each with its lead on the next line, if any.
   */
  /**
   * Whether a paragraph of a hard-wrapped text starts at line {@code i}: at least {@value
   * #WRAPPED_LINES} lines, each running on into the next, that together are as long as a
   * paragraph. Link titles do not run on, so a list of them is none.
   */
  private static boolean wrappedParagraph(List<Line> lines, int i) {
    int length = 0;
    int count = 0;
    for (int j = i; j < lines.size() && length < PARAGRAPH; j++) {
      length += lines.get(j).text().length() + 1;
      count++;
      if (!HardWrap.surelyRunsOn(lines, j)) {
        break;
      }
    }
    return length >= PARAGRAPH && count >= WRAPPED_LINES;
  }

  /**
   * Whether a line before {@code i} is still read as the article's own and is longer than a
   * menu's item (a headline is).
   */
  private static boolean anyBody(List<Line> lines, Kind[] kind, int i) {
    for (int j = 0; j < i; j++) {
      if (kind[j] == Kind.BODY && Chars.words(lines.get(j).text()) > MENU_ITEM_WORDS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether line {@code i} is a sentence longer than a headline and the next line that is not
   * blank a sentence longer than a short one: running text, which link titles are not, however
   * short its paragraphs.
   */
  private static boolean proseLines(List<Line> lines, int i) {
    int next = i + 1;
    while (next < lines.size() && lines.get(next).isBlank()) {
      next++;
    }
    return next < lines.size() && isSentence(lines.get(i).text(), HEADLINE_WORDS)
        && isSentence(lines.get(next).text(), SHORT_HEADLINE_WORDS);
  }

  private static boolean isSentence(String t, int moreWordsThan) {
    return HardWrap.endsSentence(t) && Chars.words(t) > moreWordsThan;
  }

  private static boolean resumesText(List<Line> lines, int i) {
    String t = lines.get(i).text();
    return lines.get(i - 1).isBlank() && HardWrap.endsSentence(t)
        && Chars.words(t) > HEADLINE_WORDS;
  }

  /** Where a section marker starting at {@code p} ends ({@code Tin khác}), or -1. */
  private static int sectionMarkerEnd(String t, int p) {
    String window = Folding.fold(t.substring(p, Math.min(t.length(), p + SECTION_MARKER_WINDOW)));
    for (String marker : Lexicon.SECTION_MARKERS) {
      if (window.startsWith(marker)) {
        for (int e = p + 1; e <= t.length(); e++) {
          if (Folding.fold(t.substring(p, e)).equals(marker)) {
            return e;
          }
        }
      }
    }
    return -1;
  }

  /** Where the first glued block of {@code t} ends and the next begins, or -1. */
  static int gluedCut(String t) {
    return gluedCut(t, t.toLowerCase(Locale.ROOT), 0);
  }

  /**
   * Where the first glued block of {@code t} from {@code from} on ends and the next begins, or
   * -1; {@code lower} is {@code t} in lower case, or null when it names no agency photo.
   */
  private static int gluedCut(String t, String lower, int from) {
    int path = from == 0 ? breadcrumbEnd(t) : -1;
    if (path > 0 && Chars.words(t.substring(path)) >= LISTED_HEADLINE_WORDS) {
      return path; // "Главная > Daily news > Vietnam’s new consul …": the path, then the headline
    }
    int image = imageLabelCut(t, from);
    if (image >= 0) {
      return image;
    }
    for (int open = t.indexOf('(', from); open >= 0; open = t.indexOf('(', open + 1)) {
      if (!isCreditStart(t.substring(open, Math.min(t.length(), open + 24)))) {
        continue;
      }
      int close = -1;
      for (int k = open + 1; k < Math.min(t.length(), open + 121) && close < 0; k++) {
        if (t.charAt(k) == ')') {
          close = k;
        }
      }
      if (close < 0) {
        continue;
      }
      int e = close + 1;
      if (e < t.length() && t.charAt(e) == '.') {
        e++;
      }
      if (skipSpaces(t, e) < t.length()) {
        return e;
      }
    }
    if (lower == null) {
      return -1; // no agency photo credit
    }
    for (String marker : Lexicon.PHOTO_MARKERS) {
      int m = lower.indexOf(marker, from);
      if (m < 0) {
        continue;
      }
      int e = m + marker.length();
      // then up to four words of a photographer's name (Title case), then a dateline
      for (int words = 0; words <= 4; words++) {
        int k = e;
        while (k < t.length() && t.charAt(k) == ' ') {
          k++;
        }
        if (k >= t.length()) {
          break;
        }
        if (dateline(t.substring(k, Math.min(t.length(), k + 200)), 0).isPresent()) {
          return e;
        }
        int w = k;
        while (w < t.length() && !TextNormalizer.isBlank(t.charAt(w))) {
          w++;
        }
        String word = t.substring(k, w);
        if (!isTitleCaseWord(word)) {
          break;
        }
        e = w;
      }
    }
    return -1;
  }

  /** The most words a picture's copyright line alone has ({@code © Sputnik / Виктор Толочко}). */
  private static final int COPYRIGHT_WORDS = 10;

  /**
   * Whether {@code t} is a picture's copyright alone: the sign, then a few words, no sentence
   * ({@code © Sputnik / Виктор Толочко}, {@code © РИА Новости}).
   */
  private static boolean isCopyrightLine(String t) {
    return !t.isEmpty() && t.charAt(0) == '©' && Chars.words(t) <= COPYRIGHT_WORDS
        && !t.endsWith(".") && !hasGluedSeam(t);
  }

  /**
   * Whether a capital follows a small letter inside a word of {@code t} ({@code © Ảnh : Christopher
   * CrouzetThiên nhiên Việt Nam}): the page glued a caption to the credit.
   */
  private static boolean hasGluedSeam(String t) {
    for (int i = 1; i < t.length(); i++) {
      if (Character.isUpperCase(t.charAt(i)) && Character.isLowerCase(t.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a picture's alt text and number ({@code hinh anh 1}) cut {@code t} from {@code from}
   * on: before the label when text comes before it, else after its number when text follows; or
   * -1.
   */
  private static int imageLabelCut(String t, int from) {
    if (!Lexicon.IMAGE_LABEL_SEARCH.in(t)) {
      return -1; // most lines: one search of the whole line
    }
    for (String label : Lexicon.IMAGE_LABELS) {
      for (int m = indexOfIgnoreCase(t, label, from); m >= 0;
          m = indexOfIgnoreCase(t, label, m + 1)) {
        int d = m + label.length();
        if (d + 1 >= t.length() || t.charAt(d) != ' ' || !Chars.isDigit(t.charAt(d + 1))
            || m > 0 && Character.isLetterOrDigit(t.charAt(m - 1))) {
          continue;
        }
        int e = d + 1;
        while (e < t.length() && Chars.isDigit(t.charAt(e))) {
          e++;
        }
        if (m > skipSpaces(t, from)) {
          return m;
        }
        if (skipSpaces(t, e) < t.length()) {
          return e;
        }
      }
    }
    return -1;
  }

  private static int indexOfIgnoreCase(String t, String lowerNeedle, int from) {
    for (int i = Math.max(0, from); i + lowerNeedle.length() <= t.length(); i++) {
      if (t.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static String stripTrailingMarks(String w) {
    int e = w.length();
    while (e > 0 && "-.'’".indexOf(w.charAt(e - 1)) >= 0) {
      e--;
    }
    return w.substring(0, e);
  }

  private static boolean isUpperWord(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters > 0;
  }

  private static boolean isTitleCaseWord(String w) {
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return w.length() > 1;
  }

  /** How many words each headline of a line of links to other articles has at least. */
  private static final int LISTED_HEADLINE_WORDS = 4;

  /**
   * Whether {@code t} is a line of links to other articles: two or more headlines joined by
   * {@code " / "}, each of at least {@value #LISTED_HEADLINE_WORDS} words ({@code Chủ tịch nước
   * chúc mừng … / Tổng bí thư chúc mừng …}); a breadcrumb's short labels ({@code Home / Политика
   * / …}) are no such line.
   */
  static boolean isHeadlineList(String t) {
    if (t.indexOf(" / ") < 0) {
      return false;
    }
    String[] parts = t.split(" / ");
    for (String part : parts) {
      if (part.isBlank() || Chars.words(part) < LISTED_HEADLINE_WORDS
          || !isHeadline(part)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code t} reads as a headline: one sentence of at most 250 characters that does not
   * end with a full stop, an ellipsis, a colon, a semicolon or a comma.
   */
  static boolean isHeadline(String t) {
    String s = t.strip();
    if (s.isEmpty() || s.length() > 250) {
      return false;
    }
    int e = s.length();
    while (e > 0 && "\"')]”’»".indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    // a quotation that trails off is a headline when the whole line is quoted ("«70 лет славному
    // пути…»"): a book's or a speech's words quoted as a title
    boolean quotedTrailingOff = e > 0 && s.charAt(e - 1) == '…' && e < s.length()
        && "\"'«“‘".indexOf(s.charAt(0)) >= 0 && Chars.words(s) <= QUOTED_HEADLINE_WORDS;
    if (e == 0 || ".…;:,".indexOf(s.charAt(e - 1)) >= 0 && !quotedTrailingOff) {
      return false;
    }
    List<SentenceSplitter.Span> parts = SentenceSplitter.split(s);
    // "Putin in Phuket? Thai PM invites Russian president for state visit": a short question or
    // exclamation, then the headline's statement
    return parts.size() == 1 || parts.size() == 2 && Chars.words(s) <= ASKING_HEADLINE_WORDS
        && "?!".indexOf(s.charAt(parts.get(0).end() - 1)) >= 0;
  }

  /** How many words a headline that opens with a question or an exclamation may have. */
  private static final int ASKING_HEADLINE_WORDS = 16;

  /** How many words a quoted headline that trails off ("«… пути…»") may have. */
  private static final int QUOTED_HEADLINE_WORDS = 12;

  /** Whether {@code t} is a few words in capitals ({@code МЕДИАГРУППА «ЗВЕЗДА»}). */
  private static boolean isCapitalsBanner(String t) {
    String s = t.strip();
    return !s.isEmpty() && Chars.words(s) <= BANNER_WORDS
        && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
  }

  /** How many words a banner in capitals above the headline may have. */
  private static final int BANNER_WORDS = 4;

  /**
   * Whether the first line is a headline ended by a full stop, as some Russian sites write them
   * ({@code Переговоры между Путиным и вьетнамским лидером длились 3,5 часа.}): one short sentence
   * in Cyrillic, of at most {@value #SHORT_HEADLINE_WORDS} words, or of at most {@value
   * #HEADLINE_WORDS} with a blank line under it. A longer first sentence is body text, and so is
   * one in Latin letters (English and Vietnamese headlines take no full stop).
   */
  private static boolean isHeadlineWithStop(String head, List<Line> lines, int first) {
    String s = head.strip();
    if (!s.endsWith(".") || s.endsWith("..") || !isCyrillic(s)
        || SentenceSplitter.split(s).size() != 1) {
      return false;
    }
    int words = Chars.words(s);
    boolean blankUnder = first + 1 < lines.size() && lines.get(first + 1).isBlank();
    return words <= SHORT_HEADLINE_WORDS || words <= HEADLINE_WORDS && blankUnder;
  }

  /** Whether most letters of {@code s} are Cyrillic. */
  private static boolean isCyrillic(String s) {
    int cyrillic = 0;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        cyrillic += Chars.isCyrillic(c) ? 1 : 0;
      }
    }
    return cyrillic * 2 > letters;
  }

  /** Whether a caption points at people in the picture: {@code (R)}, {@code (trái)}. */
  static boolean pointsAtPeople(String t) {
    return Lexicon.containsAny(t.toLowerCase(Locale.ROOT), Lexicon.PHOTO_POSITIONS);
  }

  /**
   * Where the photo credit that ends a one-sentence caption starts: a trailing {@code (Ảnh: ...)},
   * a last sentence {@code Ảnh: X - TTXVN}, one after a dash ({@code … - Ảnh: VGP}), or {@code
   * VNA/VNS Photo}; 0 when the whole text is a
   * credit, -1 when there is none.
   */
  static int captionCredit(String t) {
    if (t.length() > 400) {
      return -1;
    }
    if (isCreditStart(t)) {
      return 0;
    }
    int paren = trailingPhotoCredit(t);
    if (paren > 0) {
      return paren;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (String marker : Lexicon.PHOTO_MARKERS) {
      int m = lower.indexOf(marker);
      if (m >= 0) {
        int e = m;
        while (e > 0 && (TextNormalizer.isBlank(t.charAt(e - 1)) || "—–-".indexOf(t.charAt(e - 1)) >= 0)) {
          e--;
        }
        return e;
      }
    }
    // "… V. Titov - Ảnh: VGP/Hải Minh |": a credit after a dash
    for (int d = 1; d + 1 < t.length(); d++) {
      if ("—–-".indexOf(t.charAt(d)) >= 0 && TextNormalizer.isBlank(t.charAt(d - 1))
          && TextNormalizer.isBlank(t.charAt(d + 1))
          && isCreditStart(t.substring(d + 1).stripLeading())) {
        return trimEnd(t, d);
      }
    }
    List<SentenceSplitter.Span> sentences = SentenceSplitter.split(t);
    if (sentences.size() > 1) {
      SentenceSplitter.Span last = sentences.get(sentences.size() - 1);
      if (isCreditStart(last.text())) {
        return last.start();
      }
    }
    return -1;
  }

  /**
   * Whether the line is the title of a link or picture of the page: it ends with a dash and the
   * site's name ({@code … - Sputnik Việt Nam}).
   */
  static boolean isLinkTitle(String t) {
    int end = t.length();
    while (end > 0 && TextNormalizer.isBlank(t.charAt(end - 1))) {
      end--;
    }
    for (String site : Lexicon.LINK_TITLE_SITES) {
      int start = end - site.length();
      // compared in place: most lines end otherwise, and lower-casing each would cost
      if (start > 0 && t.regionMatches(true, start, site, 0, site.length())) {
        int dash = start;
        while (dash > 0 && TextNormalizer.isBlank(t.charAt(dash - 1))) {
          dash--;
        }
        if (dash > 0 && isDash(t, dash - 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Where the breadcrumb {@code t} opens with ends ({@code Главная > Daily news > }): past its
   * last separator; -1 when {@code t} opens with none.
   */
  private static int breadcrumbEnd(String t) {
    int r = breadcrumbRootEnd(t);
    int separator = r > 0 ? skipSpaces(t, r) : -1; // "Home   >  News & Events  >"
    if (r > 0 && separator + 1 < t.length() && "<>»/".indexOf(t.charAt(separator)) >= 0) {
      // past the last separator, the root's own at least ("Home >Politics"; some sites point
      // the other way: "Главная < Образование < Новости"; some use slashes: "Главная / Новости")
      int last = Math.max(Math.max(Math.max(r, t.lastIndexOf(" < ")), t.lastIndexOf(" / ")),
          Math.max(t.lastIndexOf(" > "), t.lastIndexOf(" » ")));
      return skipSpaces(t, last + 2);
    }
    if (r <= 0) {
      return sectionLabelEnd(t);
    }
    // a picture's alt text standing for the separator ("Главная arrow Новости arrow …")
    String word = separatorWordAt(t, separator);
    if (word != null) {
      // a path cut from the headline after it ends in the separator ("… arrow Tin tức arrow")
      String path = t.stripTrailing();
      return path.endsWith(" " + word) ? t.length()
          : skipSpaces(t, t.lastIndexOf(" " + word + " ") + word.length() + 2);
    }
    return -1;
  }

  /**
   * Whether {@code t} is a site section's name joining capitalised words with an ampersand
   * ({@code Russian Politics & Diplomacy}, {@code Business & Economy}): at most six words of
   * letters, each capitalised; a headline has a verb in lower case or a mark.
   */
  private static boolean isSectionName(String t) {
    String s = t.strip();
    return s.length() <= 60 && s.contains(" & ") && capitalisedWords(s, 3, 6, "&");
  }

  /**
   * Whether {@code s} is {@code min} to {@code max} words, each capitalised and of letters only,
   * {@code joiner} aside.
   */
  private static boolean capitalisedWords(String s, int min, int max, String joiner) {
    String[] words = s.split(" +");
    if (words.length < min || words.length > max) {
      return false;
    }
    for (String w : words) {
      if (!w.equals(joiner) && !(!w.isEmpty() && Character.isUpperCase(w.charAt(0))
          && w.chars().allMatch(Character::isLetter))) {
        return false;
      }
    }
    return true;
  }

  /** The most words a section's label before a path's separator may have, with no root. */
  private static final int SECTION_LABEL_WORDS = 3;

  /**
   * Where a path with no root word ends: one section label of at most {@value
   * #SECTION_LABEL_WORDS} words, no sentence's marks, and {@code >} or {@code »} ({@code News &
   * events > Cross Year Russia and Viet Nam launched in Moscow}); -1 if {@code t} opens with none.
   */
  private static int sectionLabelEnd(String t) {
    int sep = -1;
    for (int k = 0; k < Math.min(t.length(), 40) && sep < 0; k++) {
      char c = t.charAt(k);
      if (c == '>' || c == '»') {
        sep = k;
      } else if (".,;:!?<".indexOf(c) >= 0) {
        return -1;
      }
    }
    if (sep < 2 || t.charAt(sep - 1) != ' '
        || Chars.words(t.substring(0, sep)) > SECTION_LABEL_WORDS) {
      return -1;
    }
    // the label alone, once the headline after it is cut off as a line of its own
    if (t.substring(sep + 1).isBlank()) {
      return t.length();
    }
    return t.charAt(sep + 1) == ' ' ? skipSpaces(t, sep + 1) : -1;
  }

  /** The separator word of {@code breadcrumb-separators.txt} followed by a space at {@code at}. */
  private static String separatorWordAt(String t, int at) {
    for (String w : Lexicon.BREADCRUMB_SEPARATORS) {
      if (t.regionMatches(true, at, w, 0, w.length()) && at + w.length() < t.length()
          && t.charAt(at + w.length()) == ' ') {
        return t.substring(at, at + w.length());
      }
    }
    return null;
  }

  /**
   * Whether {@code t} is a breadcrumb alone ({@code Главная > Daily news >}, {@code Home > News >
   * Politics}): no headline of {@value #LISTED_HEADLINE_WORDS} words or more after its path.
   */
  private static boolean isBreadcrumb(String t) {
    int path = breadcrumbEnd(t);
    if (path > 0 && Chars.words(t.substring(path)) < LISTED_HEADLINE_WORDS) {
      return true;
    }
    // "Главная / Политика /": a path of slashes that ends with one holds no headline
    int r = path > 0 ? -1 : breadcrumbRootEnd(t);
    int separator = r > 0 ? skipSpaces(t, r) : -1;
    return r > 0 && separator < t.length() && t.charAt(separator) == '/'
        && t.strip().endsWith("/")
        || hasPathMark(t) && LABEL_PATH.matcher(t).matches();
  }

  /** The longest line read as a path of labels, in chars. */
  private static final int MAX_LABEL_PATH = 120;

  /** Whether {@code t} is short and holds a path's separator: most lines are neither. */
  private static boolean hasPathMark(String t) {
    if (t.length() > MAX_LABEL_PATH) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '>' || c == '»' || c == '→') {
        return true;
      }
    }
    return false;
  }

  /**
   * A path of short labels, whatever its root ({@code Thư viện Tỉnh Đồng Nai > trangtin}): two or
   * three labels of at most six words, no sentence's marks, joined by {@code >}, {@code »} or
   * {@code →}, maybe one more after the last ({@code PRO-GAS » Сжиженный газ » Новости »}).
   */
  private static final Pattern LABEL_PATH = Pattern.compile(
      "\\s*[^\\s.,;:!?>»→]+(?: [^\\s.,;:!?>»→]+){0,5}"
          + "(?: [>»→] [^\\s.,;:!?>»→]+(?: [^\\s.,;:!?>»→]+){0,5}){1,2}(?: [>»→])?\\s*");

  /**
   * Whether line {@code i}, {@code t}, is the next line, the headline, with text glued after it
   * ({@code … to Russian Federation From 14 to 22 of May, …} above {@code … to Russian
   * Federation}): a preview of the page, which the page then gives in full.
   */
  private static boolean isHeadlineGluedToText(String t, List<Line> lines, int i) {
    String headline = headlineBelow(lines, i);
    String s = t.strip();
    return headline != null && s.length() > headline.length()
        && s.startsWith(headline) && s.charAt(headline.length()) == ' ';
  }

  /**
   * The next non-blank line after line {@code i}, stripped, when it is long enough to be a
   * headline another line copies; else null.
   */
  private static String headlineBelow(List<Line> lines, int i) {
    int next = nextNonBlank(lines, i + 1);
    String headline = next < 0 ? "" : lines.get(next).text().strip();
    return headline.length() >= MIN_GLUED_HEADLINE ? headline : null;
  }

  /**
   * Whether line {@code i}, {@code t}, is a short path ending in the next line, the headline
   * ({@code / Главная / Все новости / …}, {@code Домой Экономика …} above {@code …}): a
   * breadcrumb that ends in the page's own title, which the page then gives alone.
   */
  private static boolean isPathGluedToHeadline(String t, List<Line> lines, int i) {
    String headline = headlineBelow(lines, i);
    if (headline == null) {
      return false;
    }
    String s = t.strip();
    int path = s.length() - headline.length();
    if (path <= 0 || !s.endsWith(headline)
        || s.charAt(path - 1) != ' ' || Chars.words(s.substring(0, path)) > PATH_WORDS) {
      return false;
    }
    // labels and separators only: "Ольга Любимова: Встретилась …" is a speaker, no path
    for (String label : s.substring(0, path).strip().split(" +")) {
      if (!(label.chars().allMatch(Character::isLetter)
          || label.length() == 1 && PATH_SEPARATORS.indexOf(label.charAt(0)) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code t} opens with a breadcrumb's root word and more ({@code Trang chủ …}). */
  private static boolean opensWithBreadcrumbRoot(String t) {
    String s = t.strip();
    int r = breadcrumbRootEnd(s);
    return r > 0 && r < s.length();
  }

  /**
   * Where the longest breadcrumb root that opens {@code s} as a whole word ends ({@code Home
   * page} rather than {@code Home}), or -1.
   */
  private static int breadcrumbRootEnd(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    int end = -1;
    for (String root : Lexicon.BREADCRUMB_ROOTS.startingLike(s.charAt(0))) {
      int r = root.length();
      if (r > end && s.regionMatches(true, 0, root, 0, r)
          && (r == s.length() || s.charAt(r) == ' ')) {
        end = r;
      }
    }
    return end;
  }

  /**
   * Whether {@code t}, a page's first line, is a breadcrumb written without separators: a root
   * and at most {@value #BARE_PATH_LABELS} capitalised labels ({@code Home page News}).
   */
  private static boolean isPathWithoutSeparators(String t) {
    String s = t.strip();
    int r = breadcrumbRootEnd(s);
    if (r < 0) {
      return false;
    }
    String[] labels = s.substring(r).strip().split(" +");
    if (labels.length > BARE_PATH_LABELS) {
      return false;
    }
    for (String label : labels) {
      if (!label.isEmpty() && !(Character.isUpperCase(label.codePointAt(0))
          && label.chars().allMatch(Character::isLetter))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether line {@code i}, {@code t}, is the last label of a breadcrumb on the next line ({@code
   * Quốc tế} above {@code Trang chủ > Tin tức > Quốc tế}): the section's name, not a headline.
   */
  private static boolean namesTheSectionOfTheNextLine(String t, List<Line> lines, int i) {
    if (i + 1 >= lines.size() || t.length() > 60) {
      return false;
    }
    String label = t.strip();
    String next = lines.get(i + 1).text().strip();
    if (label.isEmpty() || next.length() <= label.length() || !next.endsWith(label)
        || !isBreadcrumb(next)) {
      return false;
    }
    String before = next.substring(0, next.length() - label.length()).stripTrailing();
    return !before.isEmpty() && ">»›/".indexOf(before.charAt(before.length() - 1)) >= 0;
  }

  /**
   * Whether line {@code i}, {@code t}, is the next line cut short by an ellipsis ({@code
   * Construction of Orthodox church discussed at …} above the whole headline): a link's or
   * preview's copy of it.
   */
  private static boolean isShortenedCopy(String t, List<Line> lines, int i) {
    int last = t.length() - 1;
    while (last >= 0 && t.charAt(last) == ' ') {
      last--;
    }
    if (last < 0 || t.charAt(last) != '…' && t.charAt(last) != '.') {
      return false; // most lines end otherwise: nothing made for them
    }
    String s = t.strip();
    int cut = s.endsWith("…") ? s.length() - 1 : s.endsWith("...") ? s.length() - 3 : -1;
    int next = cut > 0 ? nextNonBlank(lines, i + 1) : -1;
    if (next < 0) {
      return false;
    }
    String head = s.substring(0, cut).strip();
    String following = lines.get(next).text().strip();
    return !head.isEmpty() && following.length() > head.length() && following.startsWith(head);
  }

  /**
   * Whether {@code t} opens with one of {@code openers}: a site's notice to its readers ({@code We
   * use cookies}), a forum member's profile line ({@code Зарегистрирован: 15 мар 2017}).
   */
  private static boolean opensWith(String t, Lexicon.Openers openers) {
    String s = t.strip();
    if (s.isEmpty()) {
      return false;
    }
    for (String notice : openers.startingLike(s.charAt(0))) {
      if (s.regionMatches(true, 0, notice, 0, notice.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the whole line is an end mark of a stored excerpt ({@code Read full this story}). */
  private static boolean isEndMark(String t) {
    if (t.length() > 40) {
      return false;
    }
    String lower = MARK_EDGES.matcher(t.toLowerCase(Locale.ROOT)).replaceAll("");
    return Lexicon.END_MARKS.contains(lower);
  }

  /** Where a trailing end mark ({@code … Read full this story}) starts, or -1. */
  static int trailingEndMark(String t, int end) {
    int from = Math.max(0, end - 60); // end marks are short: look at the tail only
    if (!mayEndInMark(t, from, end)) {
      return -1;
    }
    String lower = t.substring(from, end).toLowerCase(Locale.ROOT);
    int e = lower.length();
    while (e > 0 && isAfterEndMark(lower.charAt(e - 1))) {
      e--;
    }
    for (String mark : Lexicon.END_MARKS) {
      int s = e - mark.length();
      if (s > 0
          && lower.startsWith(mark, s)
          && !Character.isLetterOrDigit(lower.charAt(s - 1))) {
        return from + s;
      }
    }
    return -1;
  }

  /** White space and the closers an end mark may have after it ({@code Read more »}). */
  private static boolean isAfterEndMark(char c) {
    return TextNormalizer.isBlank(c) || "….»>:".indexOf(c) >= 0;
  }

  /**
   * Whether {@code t[from, end)} lower-cased may end in an end mark (white space and closers
   * after it): false when no mark's last three letters end it, each char lowered alone, as most
   * paragraphs end otherwise, without a lower-cased copy of each tail. Unsure (so true) at a char
   * that does not {@link #lowersAlone}; lowering changes no white space or closer.
   */
  private static boolean mayEndInMark(String t, int from, int end) {
    int e = end;
    while (e > from && isAfterEndMark(t.charAt(e - 1))) {
      e--;
    }
    for (String mark : Lexicon.END_MARKS) {
      boolean ends = true;
      for (int j = 1; j <= Math.min(3, mark.length()) && ends; j++) {
        if (e - j < from) {
          return true;
        }
        char c = t.charAt(e - j);
        if (!lowersAlone(c)) {
          return true;
        }
        ends = Character.toLowerCase(c) == mark.charAt(mark.length() - j);
      }
      if (ends) {
        return true;
      }
    }
    return false;
  }

  /** Where a trailing wire byline ({@code (Reporting by X; Editing by Y)}) starts, or -1. */
  static int trailingWireCredit(String t, int end) {
    if (end == 0 || t.charAt(end - 1) != ')') {
      return -1;
    }
    int open = t.lastIndexOf('(', end - 1);
    if (open < 0 || end - open > 300) {
      return -1;
    }
    return isWireCredit(t.substring(open + 1, end)) ? open : -1;
  }

  private static boolean isWireCredit(String t) {
    for (String cue : Lexicon.WIRE_CREDITS) {
      if (lowerPrefixStartsWith(t, 40, cue)) {
        return true;
      }
    }
    return false;
  }

  /** Collects pieces by role. */
  private static final class Builder {
    final List<Piece> paragraphs = new ArrayList<>();
    final List<Piece> captions = new ArrayList<>();
    final List<Piece> captionText = new ArrayList<>();
    final List<Piece> credits = new ArrayList<>();
    final List<Piece> boilerplate = new ArrayList<>();
    final List<Piece> all = new ArrayList<>();
    /** See {@link Layout#split}: by identity, as two pieces may hold the same text. */
    final Map<Piece, List<SentenceSplitter.Span>> split = new IdentityHashMap<>();

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

    /**
     * The title of a line; a photo credit from {@code credit} on (when positive) is cut off into
     * the captions.
     */
    Piece titleWithCredit(Line l, int credit) {
      String t = l.text();
      if (credit > 0) {
        int end = trimEnd(t, credit);
        if (end > 0) {
          caption(l.start() + credit, t.substring(credit), 0);
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
      int mark = trailingEndMark(t, end);
      if (mark > 0) {
        add(new Piece(Piece.Role.BOILERPLATE, l.start() + mark, t.substring(mark, end)));
        end = trimEnd(t, mark);
      }
      int wire = trailingWireCredit(t, end);
      if (wire > 0) {
        add(new Piece(Piece.Role.CREDIT, l.start() + wire, t.substring(wire, end)));
        end = trimEnd(t, wire);
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
        if (s.length() <= CAPTION && (isCreditStart(s) || hasPhotoMarker(s))) {
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
          Piece p = new Piece(Piece.Role.PARAGRAPH, l.start() + a, t.substring(a, z));
          add(p);
          if (k == 0 && j == m) {
            // the line's every sentence, with only white space before and after: splitting the
            // paragraph reads the same chars and decides the same, so its sentences are these
            List<SentenceSplitter.Span> own = new ArrayList<>(m);
            for (SentenceSplitter.Span s : sentences) {
              own.add(new SentenceSplitter.Span(s.start() - a, s.text()));
            }
            split.put(p, own);
          }
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
    int credit = captionCredit(t);
    if (credit <= 0) {
      String lower = t.toLowerCase(Locale.ROOT);
      int p = lower.indexOf("(photo");
      if (p <= 0) {
        return 0;
      }
      credit = p;
    }
    int e = credit;
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
    // collapse(a).equals(collapse(b)), compared as they are read: the first difference ends it,
    // and the title is compared with a whole paragraph
    int i = skipBlanks(a, 0);
    int j = skipBlanks(b, 0);
    while (true) {
      int x = -1;
      if (i < a.length()) {
        char c = a.charAt(i);
        if (TextNormalizer.isBlank(c)) {
          // a run of blanks: one space before more text, nothing at the end
          i = skipBlanks(a, i);
          x = i < a.length() ? ' ' : -1;
        } else {
          x = c;
          i++;
        }
      }
      int y = -1;
      if (j < b.length()) {
        char c = b.charAt(j);
        if (TextNormalizer.isBlank(c)) {
          j = skipBlanks(b, j);
          y = j < b.length() ? ' ' : -1;
        } else {
          y = c;
          j++;
        }
      }
      if (x != y) {
        return false;
      }
      if (x < 0) {
        return true;
      }
    }
  }

  private static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && TextNormalizer.isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Blanks trimmed, each inner run of them one space. */
  static String collapse(String s) {
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

  /**
   * Whether a short line is the site's name ({@code VnExpress International} on vnexpress.net,
   * {@code APN News} on apnnews.com): up to three words whose letters start with it, or words
   * whose initials spell it.
   */
  private static boolean namesSite(String key, Optional<String> site) {
    if (site.isEmpty()) {
      return false;
    }
    int words = key.split(" ").length;
    return words <= 3 && lettersStartWith(key, site.get())
        || words <= MAX_SITE_NAME_WORDS && spellsByInitials(key, site.get());
  }

  /** Whether the letters and digits of {@code key}, run together, start with {@code site}. */
  private static boolean lettersStartWith(String key, String site) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetterOrDigit(key.charAt(i))) {
        letters.append(key.charAt(i));
      }
    }
    return letters.length() > 0 && letters.toString().startsWith(site);
  }

  /**
   * Whether the first letters of {@code key}'s words, its function words left out, spell {@code
   * site} ({@code Vietnam Academy of Social Sciences} on vass.gov.vn).
   */
  private static boolean spellsByInitials(String key, String site) {
    if (site.length() < 3) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : key.split(" ")) {
      if (!w.isEmpty() && !Lexicon.FUNCTION_WORDS_EN.contains(w)
          && !Lexicon.FUNCTION_WORDS_VI.contains(w) && !Lexicon.FUNCTION_WORDS_RU.contains(w)) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString().equals(site);
  }

  /**
   * Whether a short line opens with the site's name in its first three words
   * ({@code Báo Đồng Nai điện tử} on baodongnai.com.vn); only above a headline the slug spells is
   * that enough to call it the site's, as a headline may open with a site's name.
   */
  private static boolean namesSiteAtLength(String t, Optional<String> site) {
    String key = junkKey(t);
    if (key == null) {
      return false;
    }
    String[] words = key.split(" ");
    return namesSite(String.join(" ", Arrays.copyOf(words, Math.min(3, words.length))), site);
  }

  /**
   * Whether the line is the site's banner: its name, then a dash or bar and a slogan ({@code
   * Vietnam.vn - Nền tảng quảng bá Việt Nam} on vietnam.vn's pages).
   */
  private static boolean isSiteBanner(String t, Optional<String> site) {
    if (site.isEmpty() || t.length() > BANNER) {
      return false;
    }
    for (int i = 1; i + 2 < t.length(); i++) {
      if (t.charAt(i) == ' ' && (isDash(t, i + 1) || t.charAt(i + 1) == '|')
          && t.charAt(i + 2) == ' ') {
        String key = junkKey(t.substring(0, i));
        return key != null && namesSite(key, site);
      }
    }
    return false;
  }

  /** The longest line a site's banner is taken to be. */
  private static final int BANNER = 80;

  /** A short line folded for matching against the junk lists, or null when long. */
  private static String junkKey(String t) {
    return junkKey(t, 40);
  }

  /** {@link #junkKey(String)} of a line up to {@code max} chars long. */
  private static String junkKey(String t, int max) {
    if (t.length() > max) {
      return null;
    }
    String f = Folding.fold(t).strip();
    int e = f.length();
    while (e > 0 && (f.charAt(e - 1) == ':' || f.charAt(e - 1) == '.' || f.charAt(e - 1) == ' ')) {
      e--;
    }
    return collapse(f.substring(0, e));
  }

  /** Whether the first word of {@code t} opens a label of junk.txt: one word folded, not the line. */
  private static boolean opensWithJunkWord(String t) {
    int a = 0;
    while (a < t.length() && TextNormalizer.isBlank(t.charAt(a))) {
      a++;
    }
    int b = a;
    while (b < t.length() && !TextNormalizer.isBlank(t.charAt(b))) {
      b++;
    }
    return b > a && Lexicon.JUNK_FIRST_WORDS.contains(Folding.fold(t.substring(a, b)));
  }

  /**
   * Whether {@code key} is a prompt to follow the site elsewhere, a site's name of one to four
   * words between its start and end ({@code theo doi bao gia lai tren google news}).
   */
  private static boolean isFollowPrompt(String key) {
    for (String[] p : Lexicon.FOLLOW_PROMPTS) {
      if (key.length() > p[0].length() + p[1].length() && key.startsWith(p[0])
          && key.endsWith(p[1])) {
        String name = key.substring(p[0].length(), key.length() - p[1].length()).strip();
        if (!name.isEmpty() && name.split(" ").length <= 4) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code key} is two or more of junk.txt's labels in a row ({@code вернуться назад
   * распечатать}): a row of page buttons.
   */
  private static boolean isButtonRow(String key) {
    String[] words = key.split(" ");
    if (words.length < 2) {
      return false;
    }
    // covered[i]: the first i words are whole labels, one after another
    boolean[] covered = new boolean[words.length + 1];
    covered[0] = true;
    for (int i = 0; i < words.length; i++) {
      if (!covered[i]) {
        continue;
      }
      StringBuilder label = new StringBuilder();
      // a label has a few words at most: longer runs need not be built to be ruled out
      for (int j = i; j < words.length && j < i + MAX_LABEL_WORDS; j++) {
        label.append(j > i ? " " : "").append(words[j]);
        // a row of two labels at least, not one label alone (JUNK.contains above)
        if ((i > 0 || j + 1 < words.length) && Lexicon.JUNK.contains(label.toString())) {
          covered[j + 1] = true;
        }
      }
    }
    return covered[words.length];
  }

  /**
   * {@code key} with each run of digits written {@code 0}, as junk.txt writes "any number"
   * ({@code 0 min read}); {@code key} itself when it has no digit.
   */
  private static String anyNumber(String key) {
    if (key.chars().noneMatch(c -> Chars.isDigit((char) c))) {
      return key;
    }
    StringBuilder sb = new StringBuilder(key.length());
    boolean inNumber = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean digit = Chars.isDigit(c);
      if (!digit || !inNumber) {
        sb.append(digit ? '0' : c);
      }
      inNumber = digit;
    }
    return sb.toString();
  }

  /** Whether {@code t} is a number alone, of at most seven digits. */
  private static boolean isCount(String t) {
    String s = t.strip();
    if (s.isEmpty() || s.length() > 7) {
      return false;
    }
    return s.chars().allMatch(c -> Chars.isDigit((char) c));
  }

  /** Whether {@code t} has a digit as a pattern's {@code \d} reads one (ASCII). */
  private static boolean hasAsciiDigit(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static String lowerPrefix(String t, int n) {
    return t.substring(0, Math.min(n, t.length())).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether lower-casing a string lowers {@code c} as {@link Character#toLowerCase(char)} does,
   * whatever its neighbours: all but {@code İ} (two chars), {@code Σ} (by context) and surrogates.
   */
  private static boolean lowersAlone(char c) {
    return c != '\u0130' && c != '\u03A3' && !Character.isSurrogate(c);
  }

  /**
   * {@code lowerPrefix(t, n).startsWith(prefix)}, compared in place: lower-casing a string lowers
   * each char on its own but for {@code İ} (two chars), {@code Σ} (by context) and surrogate
   * pairs, so up to the first of those, each char's own lower case is the copy's.
   */
  private static boolean lowerPrefixStartsWith(String t, int n, String prefix) {
    int m = Math.min(n, t.length());
    for (int i = 0; i < prefix.length(); i++) {
      if (i >= m) {
        return false;
      }
      char c = t.charAt(i);
      if (!lowersAlone(c)) {
        return lowerPrefix(t, n).startsWith(prefix);
      }
      if (Character.toLowerCase(c) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The first char of each photo-credit prefix (none is empty), each once. */
  private static final String CREDIT_PREFIX_FIRSTS = firstChars(Lexicon.PHOTO_CREDIT_PREFIXES);

  private static String firstChars(List<String> words) {
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (out.indexOf(w.substring(0, 1)) < 0) {
        out.append(w.charAt(0));
      }
    }
    return out.toString();
  }

  /** Whether {@code t} starts with a photo credit: {@code Ảnh: ...}, {@code (Photo: VNA)}. */
  static boolean isCreditStart(String t) {
    // asked of every line and sentence: most are ruled out by their first char, lowered, before a
    // comparison per prefix
    if (t.isEmpty() || lowersAlone(t.charAt(0))
        && CREDIT_PREFIX_FIRSTS.indexOf(Character.toLowerCase(t.charAt(0))) < 0) {
      return false;
    }
    for (String prefix : Lexicon.PHOTO_CREDIT_PREFIXES) {
      if (lowerPrefixStartsWith(t, 20, prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a short text names an agency photo ({@code VNA/VNS Photo}). */
  /**
   * Whether a line of text ends with a photo's copyright ({@code Дмитрий Медведев © Екатерина
   * Штукина/ POOL/ ТАСС}): a caption, its credit after the sign.
   */
  private static boolean endsWithCopyright(String t) {
    int c = t.indexOf('©');
    return c > 0 && Chars.words(t.substring(0, c)) >= 3 && Chars.words(t.substring(c)) <= 8;
  }

  static boolean hasPhotoMarker(String t) {
    if (t.length() > 400) {
      return false;
    }
    return Lexicon.PHOTO_MARKER_SEARCH.in(t);
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

  /**
   * Where a paragraph-ending agency credit ({@code ... . — VNS}, or glued to the sentence end:
   * {@code ... countries.-VNA}) starts, or -1.
   */
  static int trailingAgencyCredit(String t, int end) {
    int from = Math.max(0, end - 20);
    for (int i = end - 1; i >= from; i--) {
      char c = t.charAt(i);
      boolean afterSentence = i > 0 && ".!?\"”".indexOf(t.charAt(i - 1)) >= 0;
      if (c == '—' || c == '–' || (c == '-' && i > 0
          && (TextNormalizer.isBlank(t.charAt(i - 1)) || afterSentence))) {
        if (i == 0 || !(TextNormalizer.isBlank(t.charAt(i - 1)) || afterSentence)) {
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

  /** Whether a whole line is a credit: source, byline, wire byline or agency. */
  static boolean isCreditLine(String t) {
    if (isWireCredit(t) || (t.startsWith("(") && t.endsWith(")") && isWireCredit(t.substring(1)))) {
      return true;
    }
    String p = lowerPrefix(t, 12);
    if (p.startsWith("nguồn:")
        || p.startsWith("nguồn :")
        || p.startsWith("(nguồn:")
        || p.startsWith("source:")
        || p.startsWith("(source:")
        || p.startsWith("источник:")
        || p.startsWith("автор:")) {
      return true;
    }
    // a byline with a time of day that reads as a stamp is the page's stamp ("By A B   3 August
    // 2021 | 11:15 pm PT"), which dates the page
    if (t.length() <= 60 && t.indexOf(',') < 0 && t.indexOf('.') < 0
        && !(TIME.matcher(t).find() && timestamp(t).isPresent())) {
      String lower = t.toLowerCase(Locale.ROOT);
      for (String b : Lexicon.BYLINES) {
        int name = b.length() + 1;
        if (lower.startsWith(b) && name < t.length() && lower.charAt(b.length()) == ' '
            && Character.isUpperCase(t.charAt(name))) {
          return true;
        }
      }
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

  /**
   * Whether line {@code i}, {@code t}, is a name alone right above the page's timestamp: the
   * author's byline ({@code Chu Minh Khôi} over {@code 30/10/2025, 13:08}), two to four
   * capitalised words of letters only.
   */
  private static boolean isNameAboveStamp(String t, List<Line> lines, int i) {
    String s = t.strip();
    if (s.length() > 40 || !capitalisedWords(s, 2, 4, null)) {
      return false;
    }
    int next = nextNonBlank(lines, i + 1);
    return next >= 0 && timestamp(lines.get(next).text()).isPresent();
  }

  /** The longest text a photo credit's line or sentence is taken to be. */
  private static final int CAPTION = 160;

  /** The longest line a page's menu item above the text is taken to be. */
  private static final int MENU_ITEM = 40;

  /**
   * Marks a trailing run of two or more {@code - headline} body lines as boilerplate: links to
   * other stories ({@code >> Tổng Bí thư tiếp …}).
   */
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
      // a line cut into blocks (a headline glued to a caption) counts by its first block
      int head = i;
      while (head > 0 && lines.get(head - 1).number() == lines.get(i).number()) {
        head--;
      }
      if (!isBullet(lines.get(head).text())) {
        break;
      }
      for (int k = head; k <= i; k++) {
        if (kind[k] == Kind.BODY) {
          run.add(k);
        }
      }
      i = head - 1;
    }
    if (run.size() >= 2) {
      markTrailingRun(kind, run, i);
    }
  }

  /**
   * Marks the lines of {@code run} as boilerplate when a title and at least one body line stand
   * at or before {@code i}, the line before the run.
   */
  private static void markTrailingRun(Kind[] kind, List<Integer> run, int i) {
    int bodyBefore = 0;
    for (int k = 0; k <= i && bodyBefore < 2; k++) {
      if (kind[k] == Kind.BODY) {
        bodyBefore++;
      }
    }
    if (bodyBefore >= 2) {
      for (int k : run) {
        kind[k] = Kind.BOILERPLATE;
      }
    }
  }

  /**
   * Marks a trailing run of two or more headlines, each with its date alone on the next line
   * ({@code Primates … meet with Russian President Vladimir Putin} / {@code 23.04.2025}) or in
   * brackets at its end ({@code Chủ tịch nước tiếp Đại sứ Nga (14/01/2025)}), as boilerplate: the
   * page's list of other news under the text. A title and at least one body line before the run
   * are kept.
   */
  private static void markTrailingDatedLinks(List<Line> lines, Kind[] kind) {
    List<Integer> run = new ArrayList<>();
    int links = 0;
    int i = previousBody(lines, kind, lines.size() - 1, true);
    while (i >= 0) {
      String t = lines.get(i).text().strip();
      if (isHeadlineWithItsDate(t)) {
        run.add(i);
        links++;
        i = previousBody(lines, kind, i - 1, true);
        continue;
      }
      if (!isDateAlone(t)) {
        break;
      }
      int headline = previousBody(lines, kind, i - 1, false);
      if (headline < 0 || lines.get(headline).text().strip().length() > CAPTION
          || isDateAlone(lines.get(headline).text().strip())) {
        break;
      }
      run.add(i);
      run.add(headline);
      links++;
      i = previousBody(lines, kind, headline - 1, true);
    }
    if (links >= 2) {
      markTrailingRun(kind, run, i);
    }
  }

  /**
   * Whether {@code t} is a headline with its date in brackets at its end: no longer than a
   * caption, and no sentence ended before the brackets.
   */
  private static boolean isHeadlineWithItsDate(String t) {
    int open = t.lastIndexOf('(');
    if (!t.endsWith(")") || open <= 0 || t.length() > CAPTION) {
      return false;
    }
    String headline = t.substring(0, open).strip();
    return !headline.isEmpty() && !HardWrap.endsSentence(headline)
        && isDateAlone(t.substring(open + 1, t.length() - 1).strip());
  }

  /**
   * The last body line at or before {@code i}, or -1; with {@code orDate}, a line that is a date
   * alone counts as one whatever it was taken for (a timestamp near the top of a short page).
   */
  private static int previousBody(List<Line> lines, Kind[] kind, int i, boolean orDate) {
    while (i >= 0 && kind[i] != Kind.BODY
        && !(orDate && kind[i] != null && isDateAlone(lines.get(i).text().strip()))) {
      i--;
    }
    return i;
  }

  /** Whether {@code t} is a date and nothing else ({@code 23.04.2025}, {@code April 23, 2025}). */
  private static boolean isDateAlone(String t) {
    PartialDate d = dateAlone(t);
    return d != null && d.toLocalDate().isPresent();
  }

  /** The date {@code t} states and nothing else, or null. */
  private static PartialDate dateAlone(String t) {
    if (t.length() > DATE_ALONE || t.chars().noneMatch(c -> Chars.isDigit((char) c))) {
      return null; // most lines asked are text: no date finder run for them
    }
    List<DateMention> dates = DateFinder.find(t, 0, Optional.empty(), 0).dates();
    return dates.size() == 1 && dates.get(0).start() == 0 && dates.get(0).end() >= t.length()
        ? dates.get(0).date() : null;
  }

  /**
   * Marks a leading run of two or more short {@code • item} body lines as boilerplate: a page's
   * menu above the text ({@code • An Giang}, {@code • Binh Duong}), never its headline; with the
   * line after each item when every item has one, its description ({@code • English}, then
   * {@code ИЛЛЮСТРИРОВАННЫЙ ЖУРНАЛ ВЬЕТНАМ НА АНГЛИЙСКОМ ЯЗЫКЕ}).
   */
  private static void markLeadingMenu(List<Line> lines, Kind[] kind) {
    List<Integer> items = new ArrayList<>();
    List<Integer> descriptions = new ArrayList<>();
    boolean afterItem = false;
    for (int i = 0; i < lines.size(); i++) {
      if (kind[i] != Kind.BODY) {
        continue;
      }
      String t = lines.get(i).text().strip();
      if (isBullet(t) && t.length() <= MENU_ITEM) {
        items.add(i);
        afterItem = true;
      } else if (afterItem && descriptions.size() == items.size() - 1
          && t.length() <= 2 * MENU_ITEM) {
        descriptions.add(i);
        afterItem = false;
      } else {
        if (isBullet(t) && repeatsNextLine(lines, i, t.substring(t.startsWith(">>") ? 2 : 1))) {
          items.add(i); // a breadcrumb's last item, the headline that follows it
        }
        break;
      }
    }
    if (items.size() >= 2) {
      for (int k : items) {
        kind[k] = Kind.BOILERPLATE;
      }
      for (int k : descriptions) {
        kind[k] = Kind.BOILERPLATE;
      }
    }
  }

  /** Whether the next non-blank line after line {@code i} is the text {@code t}. */
  private static boolean repeatsNextLine(List<Line> lines, int i, String t) {
    int next = nextNonBlank(lines, i + 1);
    return next >= 0 && sameText(lines.get(next).text(), t);
  }

  /**
   * Marks label line {@code i} as boilerplate, and the next non-blank line too when its stripped
   * text is the label's {@code value}; returns the last line marked.
   */
  private static int labelAndValue(
      List<Line> lines, Kind[] kind, int i, Predicate<String> value) {
    kind[i] = Kind.BOILERPLATE;
    int next = nextNonBlank(lines, i + 1);
    if (next >= 0 && value.test(lines.get(next).text().strip())) {
      kind[next] = Kind.BOILERPLATE;
      return next;
    }
    return i;
  }

  /**
   * Marks runs of three or more body lines that are each a day and month alone ({@code 02
   * декабря}), times of day among them ({@code 15:56}), as boilerplate: a page's calendar of its
   * archive, no text of the article; and a day and month with its time of day ({@code 14 марта,
   * 19:41}): a stamp without its year, which dates nothing.
   */
  private static void markCalendars(List<Line> lines, Kind[] kind) {
    List<Integer> run = new ArrayList<>();
    int days = 0;
    for (int i = 0; i <= lines.size(); i++) {
      String t = i < lines.size() ? lines.get(i).text().strip() : null;
      if (t != null && (t.isEmpty() || kind[i] != Kind.BODY && kind[i] != null)) {
        continue;
      }
      // most lines are text: only a short one is asked more, for a time only if a digit ends it
      boolean isShort = t != null && t.length() <= DATE_ALONE + 7;
      boolean endsInDigit = isShort && !t.isEmpty() && Chars.isDigit(t.charAt(t.length() - 1));
      Matcher time = endsInDigit ? TIME_AFTER_DAY.matcher(t) : null;
      if (time != null && time.find() && isDayAlone(t.substring(0, time.start()))) {
        kind[i] = Kind.BOILERPLATE;
        continue;
      }
      boolean day = isShort && isDayAlone(t);
      if (day || endsInDigit && TIME_ALONE.matcher(t).matches()) {
        run.add(i);
        days += day ? 1 : 0;
        continue;
      }
      if (days >= 3) {
        run.forEach(k -> kind[k] = Kind.BOILERPLATE);
      }
      run.clear();
      days = 0;
    }
  }

  /** Whether {@code t} is a day and month and nothing else, with a year or not ({@code 02 мая}). */
  private static boolean isDayAlone(String t) {
    PartialDate d = dateAlone(t);
    return d != null && d.day().isPresent();
  }

  /** An item of a list: a bullet ({@code - }, {@code • }) or a link mark ({@code >> }, {@code » }). */
  private static boolean isBullet(String t) {
    int mark = t.startsWith(">>") ? 2 : 1;
    return t.length() > mark + 1
        && (mark == 2 || "-•*+–»›".indexOf(t.charAt(0)) >= 0)
        && TextNormalizer.isBlank(t.charAt(mark));
  }

  /**
   * A cached-page footer: {@code TITLE have N words, post on HOST at Month D, YYYY. This is cached
   * page on ...}; null when the line is not one.
   */
  static Footer parseFooter(Line line) {
    String t = line.text();
    int w = footerWords(t);
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
    Optional<PartialDate> date = Optional.empty();
    if (at > hostStart) {
      host = HeaderReader.host(t.substring(hostStart, at).trim());
      int stop = t.indexOf(". ", at);
      String dateText = t.substring(at + 4, stop < 0 ? t.length() : stop);
      date = fullDate(dateText);
    }
    int end = trimEnd(t, have);
    return new Footer(new Piece(Piece.Role.TITLE, line.start(), t.substring(0, end)), host, date);
  }

  /** What a cached-page footer's title and host stand between ({@link #parseFooter}). */
  private static final String FOOTER_WORDS = " words, post on ";
  /** Where {@link #FOOTER_WORDS}' comma stands in it. */
  private static final int FOOTER_COMMA = FOOTER_WORDS.indexOf(',');

  /**
   * {@code t.indexOf(FOOTER_WORDS)}, found from its comma: every line is asked, and a search for
   * the words stops at each space, the comma only at the line's few commas.
   */
  private static int footerWords(String t) {
    for (int c = t.indexOf(','); c >= 0; c = t.indexOf(',', c + 1)) {
      if (c >= FOOTER_COMMA && t.startsWith(FOOTER_WORDS, c - FOOTER_COMMA)) {
        return c - FOOTER_COMMA;
      }
    }
    return -1;
  }

  /** The first full date stated in {@code text}, if any. */
  private static Optional<PartialDate> fullDate(String text) {
    if (text.length() > 200) {
      return Optional.empty();
    }
    for (DateMention d : DateFinder.find(text, 0, Optional.empty(), 0).dates()) {
      if (d.date().toLocalDate().isPresent()) {
        return Optional.of(d.date());
      }
    }
    return Optional.empty();
  }

  /** The first date stated in {@code text}, a month-day too, if any. */
  private static Optional<PartialDate> anyDate(String text) {
    if (text.length() > 200) {
      return Optional.empty();
    }
    for (DateMention d : DateFinder.find(text, 0, Optional.empty(), 0).dates()) {
      if (d.date().day().isPresent()) {
        return Optional.of(d.date());
      }
    }
    return Optional.empty();
  }

  /**
   * The date of a timestamp line, if {@code t} is one: a short line with a full date and a time
   * or a weekday, or opening with a full date, a newspaper's issue number or a date label
   * ({@code Published: February 10, 2015}), and at most five words
   * ({@code 14:30, 05/04/2021}, {@code N°187, 10 октября 2002}, {@code Thứ Năm 20/06/2024 ,
   * 14:17 (GMT+7)}, {@code Thế giới Thứ Hai, 05/03/2012}, {@code July 1, 2024 | 10:14 GMT +7});
   * or a source's name of at most five words with a full numeric date glued to it ({@code Báo
   * Tin Tức09/05/2025}).
   */
  static Optional<PartialDate> timestamp(String line) {
    if (line.length() > 80) {
      return Optional.empty();
    }
    // "02:08 GMT +320 September 2019": a clock's zone offset run into the day after it
    String t = line.contains("GMT") || line.contains("UTC")
        ? OFFSET_INTO_DAY.matcher(line).replaceFirst("$1 ") : line;
    // "Báo Tin TứcBáo Tin Tức09/05/2025": a source's name with its date glued on, two spans of a
    // page run together; prose never glues a date to a word
    int sourceDate = sourceDate(t);
    if (sourceDate >= 0 && Chars.words(onceOver(t.substring(0, sourceDate))) <= 5) {
      return fullDate(t.substring(sourceDate));
    }
    List<DateMention> dates = DateFinder.find(t, 0, Optional.empty(), 0).dates();
    // the words of its dates are no words of the line ("Новости 12 апреля 2022 г. 10:17
    // обновлено 12 апреля 2022 г. 14:15")
    boolean[] inDate = new boolean[t.length()];
    for (DateMention d : dates) {
      Arrays.fill(inDate, d.start(), Math.min(d.end(), t.length()), true);
    }
    // "Экономика, 18.04.2024 19:44. Фото: Пресс-служба …": the photo's credit after the stamp is
    // no words of the line
    int end = creditAfterStamp(t, dates);
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < end; i++) {
      boolean letter = Character.isLetter(t.charAt(i)) && !inDate[i];
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    Optional<DateMention> full =
        dates.stream().filter(d -> d.date().toLocalDate().isPresent()).findFirst();
    // opening with a full date: "March 1, 2001, Hanoi", "26 july 2012"
    boolean opensWithDate = !dates.isEmpty() && dates.get(0) == full.orElse(null)
        && dates.get(0).start() == t.length() - t.stripLeading().length();
    // a line opening with a time of day, with a full date, is a page's stamp even among a few
    // furniture words ("15:49 - Thứ Hai, 09/12/2019 Lượt xem: 5393 In bài viết"); a headline
    // with a stamp glued to its end is not
    Matcher clock = TIME.matcher(t);
    boolean time = clock.find();
    boolean opensWithTime = time && clock.start() == t.length() - t.stripLeading().length();
    // so is a byline's ("By TASS, VnExpress International   May 16, 2016 | 07:10 pm PT")
    boolean byline = time && t.stripLeading().regionMatches(true, 0, "by ", 0, 3);
    boolean labelled = full.isPresent() && labelsDate(t, full.get().start());
    // a label's name and "on" before the date count too ("Published by: A B C on Sep 10, 2012")
    if (words > ((opensWithTime || byline || labelled) && full.isPresent() ? 8 : 5)
        || !(time || hasWeekday(t) || opensWithDate || opensWithIssueNumber(t) || labelled)) {
      return Optional.empty();
    }
    return full.map(d -> onItsWeekday(t, d));
  }

  /** Every language's weekdays and their abbreviations, folded, with their ISO numbers. */
  private static final Map<String, Integer> WEEKDAY_NUMBERS =
      DateWords.everyLanguage(DateWords.Kind.WEEKDAY, DateWords.Kind.WEEKDAY_SHORT);

  /** {@code name} once, when it is written twice in a row ({@code Báo điện tử VOVBáo điện tử VOV}). */
  private static String onceOver(String name) {
    int half = name.length() / 2;
    return name.length() % 2 == 0 && name.startsWith(name.substring(half))
        ? name.substring(0, half) : name;
  }

  /**
   * Where a full numeric date glued to the letter before it ends line {@code t} ({@code Báo Tin
   * Tức09/05/2025}), or -1; the pattern is tried only on a line ending in a digit.
   */
  private static int sourceDate(String t) {
    int end = t.length();
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || !Chars.isDigit(t.charAt(end - 1))) {
      return -1;
    }
    Matcher m = SOURCE_DATE.matcher(t);
    return m.find() ? m.start(1) : -1;
  }

  /** A full numeric date glued to the letter before it, ending its line. */
  private static final Pattern SOURCE_DATE =
      Pattern.compile("\\p{L}(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})\\s*$");

  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}");

  /**
   * A stamp's numeric date read on the weekday the stamp names: "Mon, 04/06/2015" is 6 April
   * (a Monday), not 4 June (a Thursday), when the day-first reading misses the weekday and the
   * month-first one meets it.
   */
  private static PartialDate onItsWeekday(String t, DateMention d) {
    LocalDate date = d.date().toLocalDate().orElseThrow();
    Integer weekday = weekdayBefore(t, d.start());
    if (weekday == null || date.getDayOfWeek().getValue() == weekday || date.getDayOfMonth() > 12
        || !NUMERIC_DATE.matcher(t.substring(d.start(), Math.min(d.end(), t.length()))).find()) {
      return d.date();
    }
    LocalDate swapped = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    return swapped.getDayOfWeek().getValue() == weekday ? PartialDate.of(swapped) : d.date();
  }

  /** The number of the weekday named before {@code end} of {@code t}, whole words, or null. */
  private static Integer weekdayBefore(String t, int end) {
    String folded = Folding.fold(t.substring(0, end)).toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Integer> w : WEEKDAY_NUMBERS.entrySet()) {
      String word = w.getKey();
      for (int i = folded.indexOf(word); i >= 0; i = folded.indexOf(word, i + 1)) {
        int e = i + word.length();
        if ((i == 0 || !Character.isLetter(folded.charAt(i - 1)))
            && (e >= folded.length() || !Character.isLetter(folded.charAt(e)))) {
          return w.getValue();
        }
      }
    }
    return null;
  }

  /**
   * Where a photo credit starts after a full stop past the last of {@code dates}, or the length of
   * {@code t}.
   */
  private static int creditAfterStamp(String t, List<DateMention> dates) {
    if (dates.isEmpty()) {
      return t.length();
    }
    for (int i = t.indexOf(". ", dates.get(dates.size() - 1).end()); i >= 0;
        i = t.indexOf(". ", i + 1)) {
      if (isCreditStart(t.substring(i + 2))) {
        return i;
      }
    }
    return t.length();
  }

  /**
   * A date laid out as a block, day, month and year each on its own line ({@code 27} / {@code
   * октября} / {@code 2021}): the indices of the month's and the year's lines after the day's
   * line {@code i}, or null.
   */
  private static int[] dateBlock(List<Line> lines, int i) {
    String day = lines.get(i).text().strip();
    if (day.isEmpty() || day.length() > 2 || !Chars.isDigit(day.charAt(0))
        || !Chars.isDigit(day.charAt(day.length() - 1))) {
      return null;
    }
    int month = nextNonBlank(lines, i + 1);
    int year = month < 0 ? -1 : yearLine(lines, month + 1);
    if (year < 0 || !lines.get(month).text().strip().matches("\\p{L}+\\.?")) {
      return null;
    }
    return new int[] {month, year};
  }

  /** Every language's month headings ({@code сентябрь}), folded, with their months. */
  private static final Map<String, Integer> MONTH_HEADINGS =
      DateWords.everyLanguage(DateWords.Kind.MONTH_HEADING);

  /** The month a line that is a month heading ({@code Сентябрь}) names, or 0. */
  private static int monthHeading(Line line) {
    String t = line.text().strip();
    return t.isEmpty() || t.length() > 12 ? 0
        : MONTH_HEADINGS.getOrDefault(Folding.fold(t.toLowerCase(Locale.ROOT)), 0);
  }

  /** The next non-blank line from {@code from} on when it is a year alone ({@code 2024}), or -1. */
  private static int yearLine(List<Line> lines, int from) {
    int year = nextNonBlank(lines, from);
    return year >= 0 && lines.get(year).text().strip().matches("\\d{4}") ? year : -1;
  }

  private static final Pattern STAMP_PLACE =
      Pattern.compile("^[ \\u00A0]*,[ \\u00A0]*(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2})[ \\u00A0]*$");

  /**
   * The place a timestamp line names after its date ({@code March 1, 2001, Hanoi}): the page says
   * where the event was, as a dateline does.
   */
  private static Optional<String> stampPlace(String t) {
    for (DateMention d : DateFinder.find(t, 0, Optional.empty(), 0).dates()) {
      Matcher m = STAMP_PLACE.matcher(t.substring(d.end()));
      return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether a line opens with a newspaper's issue number ({@code N°187}, {@code № 42}). */
  /**
   * Whether {@code t} opens with a date label and a colon or not, then the date at {@code at}; a
   * label that ends with "by" names who published first, then "on" the date ({@code Published by:
   * Carlyle Alan Thayer on Sep 10, 2012}).
   */
  private static boolean labelsDate(String t, int at) {
    int k = t.length() - t.stripLeading().length();
    for (String label : Lexicon.DATE_LABELS) {
      if (t.regionMatches(true, k, label, 0, label.length())) {
        int e = skipSpaces(t, k + label.length());
        e = e < t.length() && (t.charAt(e) == ':' || t.charAt(e) == ',') ? skipSpaces(t, e + 1) : e;
        if (e == at || label.endsWith(" by") && namedOnDate(t, e, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code t[from, at)} is a few words of a name and then "on" ({@code A B C on }). */
  private static boolean namedOnDate(String t, int from, int at) {
    String between = t.substring(from, Math.max(from, at)).strip();
    if (!between.endsWith(" on")) {
      return false;
    }
    String[] name = between.substring(0, between.length() - 3).strip().split(" +");
    if (name.length > 4) {
      return false;
    }
    for (String w : name) {
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean opensWithIssueNumber(String t) {
    String lower = t.stripLeading().toLowerCase(Locale.ROOT);
    for (String mark : Lexicon.ISSUE_MARKS) {
      if (lower.startsWith(mark)) {
        int k = skipSpaces(lower, mark.length());
        return k < lower.length() && Chars.isDigit(lower.charAt(k));
      }
    }
    return false;
  }

  /**
   * The weekdays of page timestamp lines, lower case as written: every language's weekdays and
   * their abbreviations ({@code Thứ Hai}, {@code Mon}, {@code Пятница}, {@code Пн}), from the
   * language packs' {@code dates.tsv}.
   */
  private static final List<String> STAMP_WEEKDAYS = stampWeekdays();

  private static List<String> stampWeekdays() {
    List<String> out = new ArrayList<>(DateWords.everyLanguageWritten(DateWords.Kind.WEEKDAY));
    out.addAll(DateWords.everyLanguageWritten(DateWords.Kind.WEEKDAY_SHORT));
    return List.copyOf(out);
  }

  private static boolean hasWeekday(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    for (String w : STAMP_WEEKDAYS) {
      for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
        int e = i + w.length();
        boolean endOk = e >= lower.length() || !Character.isLetterOrDigit(lower.charAt(e));
        // a weekday glued after junk (giớiThứ) still counts when it is capitalised
        boolean startOk = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1))
            || Character.isUpperCase(t.charAt(i));
        if (startOk && endOk) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The dateline a paragraph starts with, in any usual shape: an upper-case place and a dash
   * ({@code MOSCOW —}); a place in any case, a news agency in brackets and a dash ({@code Hanoi
   * (VNA) –}); an upper-case place, a date (a month-day when no year is stated), an optional agency
   * and a dash ({@code HÀ NỘI, 5/4/2021 (TTXVN) —}, {@code HANOI, March 3 (Reuters) -}); the same
   * with the agency between slashes ({@code MOSCOW, May 9. /TASS/.}); an agency, a date and a full
   * stop ({@code OREANDA-NEWS. October 28, 2009.}); a place, a date with its year and a full stop
   * ({@code Ростовская область, 20 февраля 2023.}); a place, a date and the agency in brackets
   * ({@code (Хабаровск, 24 мая, «Татар-информ», Алексей Минин).}); and two of them in a row
   * ({@code RUSSIA, June 2 - MOSCOW —}), where the second names the place.
   *
   * @param base the paragraph's offset, added to the dateline's start and end
   */
  public static Optional<Dateline> dateline(String t, int base) {
    Optional<Dateline> d = datelineAt(t, 0, base).map(x -> withAgencyAfter(t, base, x));
    if (d.isEmpty()) {
      return placeAndFullDate(t, base).or(() -> bracketed(t, base))
          .or(() -> dateAndSlashAgency(t, base)).or(() -> placeAndBracketedDate(t, base))
          .or(() -> placeCountryDateAgency(t, base));
    }
    int k = d.get().end() - base;
    while (k < t.length() && TextNormalizer.isBlank(t.charAt(k))) {
      k++;
    }
    Optional<Dateline> second = datelineAt(t, k, base);
    if (second.isPresent() && second.get().place().isPresent()) {
      return Optional.of(
          new Dateline(
              second.get().place(),
              second.get().date().or(() -> d.get().date()),
              base,
              second.get().end(),
              second.get().date().isPresent()));
    }
    return d;
  }

  /**
   * A paragraph opening with a place in up to four words, a comma, a date with its year and a full
   * stop: {@code Ростовская область, 20 февраля 2023. DON24.RU. Губернатор ...}, also in digits
   * ({@code 20.02.2023.}).
   */
  private static Optional<Dateline> placeAndFullDate(String t, int base) {
    int comma = t.indexOf(',');
    if (comma < 2 || comma > 40 || !Character.isUpperCase(t.charAt(0))) {
      return Optional.empty();
    }
    String place = t.substring(0, comma);
    if (!isPlaceName(place)) {
      return Optional.empty();
    }
    // the full stop after the date, not a dot inside it ("20.02.2023.")
    int dot = t.indexOf('.', comma);
    while (dot >= 0 && dot + 1 < t.length() && !TextNormalizer.isBlank(t.charAt(dot + 1))
        && Chars.isDigit(t.charAt(dot + 1))) {
      dot = t.indexOf('.', dot + 1);
    }
    if (dot < 0 || dot - comma > 30
        || dot + 1 < t.length() && !TextNormalizer.isBlank(t.charAt(dot + 1))) {
      return Optional.empty();
    }
    int end = base + dot + 1;
    return fullDate(t.substring(comma + 1, dot))
        .map(d -> new Dateline(Optional.of(place.strip()), Optional.of(d), base, end));
  }

  private static final Pattern PLACE_AND_BRACKET =
      Pattern.compile("^(\\p{Lu}[\\p{L} .'-]{1,30}?) \\(([^()]{5,80})\\)");

  /**
   * A paragraph opening with a place and the agency and a full date in brackets: {@code MOSCOW
   * (UrduPoint News / Sputnik - 16th September, 2021) Russian Foreign Minister …}; a place not in
   * capitals only before a known agency ({@code Hà Nội (TTXVN 17/3/2024) Theo …}).
   */
  private static Optional<Dateline> placeAndBracketedDate(String t, int base) {
    Matcher m = PLACE_AND_BRACKET.matcher(t);
    if (!m.find() || !isUpperWord(m.group(1).replace(" ", ""))
        && !(isPlaceName(m.group(1)) && afterAgency(m.group(2)) > 0)) {
      return Optional.empty();
    }
    List<DateMention> dates = DateFinder.find(m.group(2), 0, Optional.empty(), 0).dates();
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    DateMention last = dates.get(dates.size() - 1);
    if (last.date().toLocalDate().isEmpty() || last.end() < m.group(2).strip().length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(Optional.of(m.group(1).strip()), Optional.of(last.date()),
        base, base + m.end()));
  }

  private static final Pattern PLACE_COUNTRY_DATE_AGENCY = Pattern.compile(
      "^(\\p{Lu}[\\p{L} .'-]{1,30}?) \\((\\p{Lu}[\\p{L} ]{2,30})\\), "
          + "([^()]{3,30}) \\(([^()]{2,30})\\)(\\.|\\s*[-–—])");

  /**
   * A paragraph opening with a place in any case, its country in brackets, a date and a known
   * agency in brackets: {@code Ho Chi Minh (Vietnam), July 6 (EFE).} The place's words are a
   * city's here, never a person's.
   */
  private static Optional<Dateline> placeCountryDateAgency(String t, int base) {
    // most paragraphs have no bracket closed before a comma: no pattern is run for those
    if (t.indexOf("), ") < 0) {
      return Optional.empty();
    }
    Matcher m = PLACE_COUNTRY_DATE_AGENCY.matcher(t);
    if (!m.find() || !isPlaceName(m.group(1)) || !isPlaceName(m.group(2))
        || !isKnownAgency(m.group(4).strip())) {
      return Optional.empty();
    }
    return anyDate(m.group(3)).map(d ->
        new Dateline(Optional.of(m.group(1).strip()), Optional.of(d), base, base + m.end()));
  }

  /**
   * A paragraph opening with a full date, a full stop and the agency between slashes: {@code 23
   * марта 2021. /46ТВ/. Сегодня в Курск прибыл …}.
   */
  private static Optional<Dateline> dateAndSlashAgency(String t, int base) {
    int dot = t.indexOf('.');
    if (dot < 6 || dot > 30 || !Character.isDigit(t.charAt(0)) || !slashAgencyAt(t, dot + 1)) {
      return Optional.empty();
    }
    int open = skipSpaces(t, dot + 1);
    int close = t.indexOf('/', open + 1);
    if (close < 0 || close - open > 30) {
      return Optional.empty();
    }
    int end = close + 1 < t.length() && t.charAt(close + 1) == '.' ? close + 2 : close + 1;
    Optional<PartialDate> date = fullDate(t.substring(0, dot));
    return date.map(d -> new Dateline(Optional.empty(), Optional.of(d), base, base + end));
  }

  /**
   * A paragraph opening with a place, a date and the agency in brackets: {@code (Хабаровск, 24
   * мая, «Татар-информ», Алексей Минин).}, or with a full date alone in them: {@code (24 мая
   * 2019)}.
   */
  private static Optional<Dateline> bracketed(String t, int base) {
    int close = t.startsWith("(") ? t.indexOf(')') : -1;
    if (close < 0 || close > 100) {
      return Optional.empty();
    }
    int end = close + 1 < t.length() && t.charAt(close + 1) == '.' ? close + 2 : close + 1;
    // "(24 мая 2019) Вьетнам и Россия …": a full date alone in the brackets, or after the
    // agency's name ("(TTXVN 13/10/2002)")
    String inside = t.substring(1, close).strip();
    inside = inside.substring(Math.max(0, afterAgency(inside)));
    for (DateMention d : DateFinder.find(inside, 0, Optional.empty(), 0).dates()) {
      if (d.start() == 0 && d.end() >= inside.length() - 1 && d.date().toLocalDate().isPresent()) {
        return Optional.of(new Dateline(Optional.empty(), Optional.of(d.date()), base, base + end));
      }
    }
    String[] parts = t.substring(1, close).split(",");
    String place = parts[0].strip();
    if (parts.length < 3 || place.isEmpty() || !Character.isUpperCase(place.charAt(0))
        || !isPlaceName(place)) {
      return Optional.empty();
    }
    return anyDate(parts[1])
        .map(d -> new Dateline(Optional.of(place), Optional.of(d), base, base + end));
  }

  /** Whether {@code name} is a news agency of agencies.txt, in any case. */
  private static boolean isKnownAgency(String name) {
    return Lexicon.AGENCIES.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Where the text after a news agency's name opening {@code s} and the space after it starts
   * ({@code TTXVN 13/10/2002}), or -1 if {@code s} does not open with a known agency.
   */
  private static int afterAgency(String s) {
    int digit = 0;
    while (digit < s.length() && !Chars.isDigit(s.charAt(digit))) {
      digit++;
    }
    String name = s.substring(0, digit).strip();
    return !name.isEmpty() && digit < s.length()
        && isKnownAgency(name) ? digit : -1;
  }

  /** Whether {@code line} is one word: letters and digits with no space between. */
  private static boolean oneWord(String line) {
    String t = line.strip();
    return !t.isEmpty() && t.chars().noneMatch(Character::isWhitespace);
  }

  /** Whether {@code place} reads as a dateline's place: up to four words of letters and hyphens. */
  private static boolean isPlaceName(String place) {
    return place.split(" ").length <= 4
        && place.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-');
  }

  /**
   * A dateline ending in a dash followed by a news agency and a full stop ({@code СОЧИ, 19 мая —
   * РИА Новости.}, {@code HANOI — VNA.}) takes the agency in.
   */
  private static Dateline withAgencyAfter(String t, int base, Dateline d) {
    int k = d.end() - base;
    if (k <= 0 || k > t.length() || !isDash(t, k - 1)) {
      return d;
    }
    int a = skipSpaces(t, k);
    int dot = t.indexOf('.', a);
    if (dot <= a || dot - a > 25) {
      return d;
    }
    String agency = t.substring(a, dot).strip();
    if (!isKnownAgency(agency)) {
      return d;
    }
    return new Dateline(d.place(), d.date(), d.start(), base + dot + 1);
  }

  /** Whether an agency between slashes follows ({@code 26 марта. /ТАСС/.}). */
  private static boolean slashAgencyAt(String t, int i) {
    int a = skipSpaces(t, i);
    return a < t.length() && t.charAt(a) == '/';
  }

  private static Optional<Dateline> datelineAt(String t, int from, int base) {
    int n = Math.min(t.length(), from + 60);
    // the name: up to four words, all in upper case or all in Title case
    int i = from;
    int nameEnd = from;
    int words = 0;
    int letters = 0;
    int mode = 0; // 1 upper case, 2 Title case
    while (i < n && words < 4) {
      int w = i;
      while (w < t.length()
          && (Character.isLetter(t.charAt(w))
              || (w > i && "-.'’".indexOf(t.charAt(w)) >= 0))) {
        w++;
      }
      if (w == i) {
        break;
      }
      String word = t.substring(i, w);
      int m = isUpperWord(word) ? 1 : isTitleCaseWord(stripTrailingMarks(word)) ? 2 : 0;
      // "HCM City": a short abbreviation in capitals may open a name in Title case
      boolean abbreviationFirst = mode == 1 && m == 2 && words == 1 && nameEnd - from <= 4;
      if (m == 0 || (mode != 0 && m != mode && !abbreviationFirst)) {
        break;
      }
      mode = m;
      words++;
      for (int k = i; k < w; k++) {
        letters += Character.isLetter(t.charAt(k)) ? 1 : 0;
      }
      nameEnd = w;
      if (w + 1 < t.length() && t.charAt(w) == ' ' && Character.isLetter(t.charAt(w + 1))) {
        i = w + 1;
      } else {
        break;
      }
    }
    boolean upper = mode == 1;
    i = nameEnd;
    if (letters < 2 || i >= t.length()) {
      return Optional.empty();
    }
    String name = t.substring(from, i).strip();
    // a host has a dot: a name without one is not searched
    if (name.indexOf('.') >= 0 && HOST_LIKE.matcher(name).find()
        || isKnownAgency(name)) {
      return Optional.empty(); // a site or an agency (VOV.VN -), not a place
    }
    boolean stop = name.endsWith(".");
    String place = stop ? name.substring(0, name.length() - 1).strip() : name;
    if (place.isEmpty()) {
      return Optional.empty();
    }
    int k = skipSpaces(t, i);
    if (k >= t.length()) {
      return Optional.empty();
    }
    if (upper && !stop && (t.charAt(k) == '/' || t.charAt(k) == '(')) {
      // a place abroad with its country between slashes or brackets: БОАО /Китай/, 3 декабря.
      // /ТАСС/.; ТЯНЬЦЗИНЬ (Китай), 1 сен - РИА Новости.
      int close = t.indexOf(t.charAt(k) == '/' ? '/' : ')', k + 1);
      if (close > k + 1 && close - k <= 30 && close + 1 < t.length() && t.charAt(close + 1) == ',') {
        place = t.substring(from, close + 1).strip();
        k = close + 1;
      }
    }
    char c = t.charAt(k);
    if (stop) {
      if (!upper) {
        // a place, a date and the agency, full stops between: Москва. 24 февраля. INTERFAX.RU -
        return placeDateAgency(t, base, from, place, k);
      }
      // an agency, a date and a full stop: OREANDA-NEWS. October 28, 2009.
      if (place.indexOf(' ') >= 0) {
        return Optional.empty();
      }
      int dot = t.indexOf('.', k);
      if (dot < 0 || dot - k > 40) {
        return Optional.empty();
      }
      Optional<PartialDate> date = fullDate(t.substring(k, dot));
      return date.map(d -> new Dateline(Optional.empty(), Optional.of(d), base + from, base + dot + 1));
    }
    if (isDash(t, k) && upper) {
      return Optional.of(new Dateline(Optional.of(place), Optional.empty(), base + from, base + k + 1));
    }
    Optional<PartialDate> date = Optional.empty();
    if (c == ',') {
      // a place in Title case takes a date only before a known agency: Ha Noi, Feb. 26 (VNA) --
      int e = k + 1;
      int limit = Math.min(t.length(), k + 40);
      while (e < limit && t.charAt(e) != '(' && !isDash(t, e)
          && !(t.charAt(e) == '.' && (Chars.isDigit(t.charAt(e - 1)) || slashAgencyAt(t, e + 1))
              && (e + 1 >= t.length() || TextNormalizer.isBlank(t.charAt(e + 1))))) {
        e++;
      }
      if (e >= limit) {
        return Optional.empty();
      }
      date = anyDate(t.substring(k + 1, e));
      if (date.isEmpty()) {
        return Optional.empty();
      }
      k = skipSpaces(t, e);
      if (upper && k < t.length() && t.charAt(k) == '.') {
        // MOSCOW, May 9. /TASS/.
        int a = skipSpaces(t, k + 1);
        if (a < t.length() && t.charAt(a) == '/') {
          // the agency may name its correspondent: /RIA Novosti special correspondent/
          int close = t.indexOf('/', a + 1);
          if (close > a + 1 && close - a <= 45) {
            int end = close + 1;
            if (end < t.length() && t.charAt(end) == '.') {
              end++;
            }
            return Optional.of(new Dateline(Optional.of(place), date, base + from, base + end));
          }
        }
        return Optional.empty();
      }
      if (upper && k < t.length() && isDash(t, k)) {
        return Optional.of(new Dateline(Optional.of(place), date, base + from, base + k + 1));
      }
      if (k < t.length() && isDash(t, k) && !copulaAfter(t, k + 1)) {
        // a place in Title case, a date, a dash and maybe a known agency: Москва, 21 октября,
        // 2024, 14:44 — ИА Регнум.; a press release's Москва, 2 июня – заместитель министра …
        // ("Москва, 21 октября — это день встречи" is a sentence)
        return Optional.of(withAgencyAfter(t, base,
            new Dateline(Optional.of(place), date, base + from, base + k + 1)));
      }
    }
    if (k < t.length() && t.charAt(k) == '(') {
      int close = t.indexOf(')', k);
      if (close < 0 || close - k > 25) {
        return Optional.empty();
      }
      String agency = t.substring(k + 1, close).strip();
      if (agency.isEmpty()
          || !Character.isUpperCase(agency.charAt(0))
          || (!upper && !isKnownAgency(agency))) {
        return Optional.empty();
      }
      int d = skipSpaces(t, close + 1);
      if (d < t.length() && isDash(t, d)) {
        return Optional.of(new Dateline(Optional.of(place), date, base + from, base + d + 1));
      }
      if (date.isEmpty() && d < t.length()) {
        // the date after the agency, then the text: Moscow (AFP) Oct 29, 2010 President ...
        String after = t.substring(d, Math.min(t.length(), d + 40));
        for (DateMention m : DateFinder.find(after, 0, Optional.empty(), 0).dates()) {
          if (m.start() == 0 && m.date().toLocalDate().isPresent()) {
            return Optional.of(
                new Dateline(Optional.of(place), Optional.of(m.date()), base + from, base + d + m.end()));
          }
          break;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * After a place and its full stop at {@code k}: a day, a full stop, a known agency or its site,
   * and a dash ({@code Москва. 24 февраля. INTERFAX.RU - …}): the place and day; else empty.
   */
  private static Optional<Dateline> placeDateAgency(
      String t, int base, int from, String place, int k) {
    int dot = t.indexOf('.', k);
    if (place.indexOf(' ') >= 0 || dot < 0 || dot - k > 25) {
      return Optional.empty();
    }
    Optional<PartialDate> date = anyDate(t.substring(k, dot));
    int a = skipSpaces(t, dot + 1);
    int b = a;
    while (b < t.length() && !Character.isWhitespace(t.charAt(b))) {
      b++;
    }
    String agency = t.substring(a, b).toLowerCase(Locale.ROOT);
    int dash = skipSpaces(t, b);
    if (date.isEmpty() || dash >= t.length() || !isDash(t, dash)
        || !(Lexicon.AGENCIES.contains(agency) || agency.indexOf('.') > 0
            && Lexicon.AGENCIES.contains(agency.substring(0, agency.indexOf('.'))))) {
      return Optional.empty();
    }
    return Optional.of(new Dateline(Optional.of(place), date, base + from, base + dash + 1));
  }

  /** Whether the word after {@code from} (past spaces) is a copula ({@code это}). */
  private static boolean copulaAfter(String t, int from) {
    int a = skipSpaces(t, from);
    int b = Chars.lettersEnd(t, a);
    return b > a && Lexicon.COPULAS.contains(t.substring(a, b).toLowerCase(Locale.ROOT));
  }

  private static int skipSpaces(String t, int from) {
    int k = from;
    while (k < t.length() && TextNormalizer.isBlank(t.charAt(k))) {
      k++;
    }
    return k;
  }

  /** Whether a dash stands at {@code k}: an em or en dash, or a hyphen not inside a word. */
  private static boolean isDash(String t, int k) {
    char c = t.charAt(k);
    if (c == '—' || c == '–') {
      return true;
    }
    return c == '-'
        && (k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1))
            || k + 1 >= t.length() || TextNormalizer.isBlank(t.charAt(k + 1)));
  }
}
