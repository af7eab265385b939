package io.github.vnru.parser.internal;

import io.github.vnru.extract.DateMention;
import io.github.vnru.extract.ExtractionInput;
import io.github.vnru.extract.ExtractionResult;
import io.github.vnru.extract.Extractor;
import io.github.vnru.extract.Segment;
import io.github.vnru.extract.SegmentKind;
import io.github.vnru.extract.Sentence;
import io.github.vnru.model.Article;
import io.github.vnru.model.ImmutableArticle;
import io.github.vnru.model.Language;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Warning;
import io.github.vnru.model.WarningKind;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ParseProblem;
import io.github.vnru.parser.ParseProblem.Reason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Internal: the parser's pipeline for one normalised text: headers, segmentation, sentences and
 * dates, language, then extraction, into an {@link Article}.
 */
public final class ArticleAssembler {
  /** How many warnings of one kind an article lists; more are counted in one last warning. */
  static final int MAX_WARNINGS_PER_KIND = 50;

  private ArticleAssembler() {}

  /**
   * What the pipeline saw, for tests: the article, every stretch of text with its role, and the
   * normalised text every offset of the article points into.
   */
  public record Parsed(Article article, List<Piece> pieces, ExtractionInput input, String text) {}

  /**
   * Parses normalised {@code text} (see {@link TextNormalizer}).
   *
   * @param source the source's name, for messages
   * @param id the article id
   * @throws ArticleParseException if the text holds no article text at all (only headers, credits
   *     or page junk)
   */
  public static Parsed assemble(String source, String id, String text, Extractor extractor)
      throws ArticleParseException {
    return assemble(source, id, text, extractor::extract);
  }

  /**
   * Parses normalised {@code text} with any extraction function (tests use a no-op one to time the
   * parser's own stages).
   *
   * @throws ArticleParseException if the text holds no article text at all
   */
  public static Parsed assemble(
      String source,
      String id,
      String text,
      Function<ExtractionInput, ExtractionResult> extraction)
      throws ArticleParseException {
    return assemble(source, id, text, Page.TEXT, extraction);
  }

  /**
   * What a page's markup already told about its text (see {@code internal.html.HtmlArticle}): the
   * text segmentation reads only the text before {@code contentEnd}; {@code extras} after it are
   * captions, credits, boilerplate and headline repeats whose roles the markup gave; the line at
   * {@code titleAt} is the title even if it does not read as a headline; a declared language
   * decides when the text's own votes tie.
   */
  public record Page(
      int contentEnd, List<Piece> extras, int titleAt, Optional<Language> declaredLanguage) {
    /** Plain text: no markup. */
    public static final Page TEXT = new Page(Integer.MAX_VALUE, List.of(), -1, Optional.empty());
  }

  /**
   * Parses normalised {@code text} of which the {@code page}'s markup already told some roles.
   *
   * @throws ArticleParseException if the text holds no article text at all
   */
  public static Parsed assemble(
      String source,
      String id,
      String text,
      Page page,
      Function<ExtractionInput, ExtractionResult> extraction)
      throws ArticleParseException {
    List<DateFinder.Issue> issues = new ArrayList<>();
    String content =
        page.contentEnd() >= text.length() ? text : text.substring(0, page.contentEnd());
    HeaderReader.Header header = HeaderReader.read(Line.split(content));
    issues.addAll(header.warnings());
    Optional<String> site = site(header);
    List<String> slug = SlugHeadline.slugWords(header.url());
    Segmenter.Layout layout =
        page == Page.TEXT
            ? Segmenter.segmentText(text, header.content(), site, slug)
            : Segmenter.segment(header.content(), site, slug);
    if (page != Page.TEXT) {
      layout = withMarkup(layout, page);
    }
    if (!layout.hasText()) {
      throw new ArticleParseException(
          ParseProblem.of(
              source,
              Reason.NO_TEXT,
              "no article text: the file holds only "
                  + (layout.all().isEmpty() ? "headers" : "headers, credits or page junk")));
    }
    issues.addAll(layout.warnings());

    // the published date: a cached copy's footer's (it states the original's), the header's, the
    // page's own timestamp, a dateline's with a year, the URL's path, and last a site's crawl
    // date above the title
    Optional<Segmenter.Footer> footer = layout.footer();
    Optional<PartialDate> published = footer.flatMap(Segmenter.Footer::date);
    if (published.isEmpty()) {
      // a header's month completed by the URL's day in it ("date 2024-06" and /2024/06/19/)
      published = dayIn(header.date(), header.url().flatMap(HeaderReader::urlDate));
    }
    if (published.isEmpty()) {
      published = layout.timestampDate();
    }
    if (published.isEmpty() && layout.dateline().isPresent()) {
      published = layout.dateline().get().date().filter(d -> d.year().isPresent());
    }
    if (published.isEmpty()) {
      // a date above the title within the URL's month is the page's own, not a crawl date
      // ("/201303/" and "11:03, 05/03/2013" above the headline)
      published = dayIn(header.url().flatMap(HeaderReader::urlDate), layout.siteDate());
    }
    if (published.isEmpty()) {
      published = layout.siteDate();
    }
    published = completedByDateline(published, layout.dateline());
    // a cached copy's publisher is the original's its footer names, not the cache's host
    Optional<String> publisher = footer.flatMap(Segmenter.Footer::host);
    if (publisher.isEmpty()) {
      publisher = header.url().flatMap(HeaderReader::host);
    }

    List<Piece> searchable = new ArrayList<>();
    layout.title().ifPresent(searchable::add);
    layout.lead().ifPresent(searchable::add);
    searchable.addAll(layout.paragraphs());
    searchable.addAll(layout.captionText());
    searchable.sort(Comparator.comparingInt(Piece::start));
    // days counted from the published date ("today") count from the dateline's when it has none
    Optional<PartialDate> countFrom =
        published.isPresent() ? published : layout.dateline().flatMap(Segmenter.Dateline::date);
    int datelineStart = layout.dateline().map(Segmenter.Dateline::start).orElse(-1);
    int datelineEnd = layout.dateline().map(Segmenter.Dateline::end).orElse(-1);
    List<Segment> segments = new ArrayList<>();
    List<PartialDate> anniversaries = new ArrayList<>();
    for (Piece p : searchable) {
      List<Sentence> sentences = new ArrayList<>();
      for (SentenceSplitter.Span s : layout.sentences(p)) {
        int start = p.start() + s.start();
        int end = start + s.text().length();
        // a dateline's date is the filing date, not an event's
        int skip = datelineStart >= start && datelineStart < end ? datelineEnd - start : 0;
        DateFinder.Result r = DateFinder.find(s.text(), start, countFrom, skip);
        issues.addAll(r.issues());
        anniversaries.addAll(r.anniversaries());
        sentences.add(new Sentence(start, s.text(), r.dates(), r.spans()));
      }
      segments.add(new Segment(kindOf(p, layout), p.start(), p.text(), sentences));
    }
    segments = yearsFromSameDays(segments, anniversaries);

    // the article's own text, piece by piece: the votes are per word, and no word spans two
    List<String> own = new ArrayList<>();
    layout.title().ifPresent(t -> own.add(t.text()));
    layout.lead().ifPresent(l -> own.add(l.text()));
    for (Piece p : layout.paragraphs()) {
      own.add(p.text());
    }
    if (own.isEmpty()) {
      layout.captionText().forEach(p -> own.add(p.text()));
    }
    Language language = LanguageGuesser.guess(own, page.declaredLanguage());
    Optional<PartialDate> filedOn = filedOn(layout.dateline(), published);
    if (filedOn.isEmpty()) {
      filedOn = eventPageDate(publisher, published);
    }
    if (issues.stream().anyMatch(i -> i.kind() == WarningKind.EVENT_DATE_UNKNOWN)) {
      filedOn = Optional.empty(); // a weekday that could not be placed may name another day
    }
    ExtractionInput input =
        new ExtractionInput(
            language,
            published.flatMap(PartialDate::toLocalDate),
            layout.dateline().flatMap(Segmenter.Dateline::place),
            datelineDay(layout.dateline()).isPresent(),
            filedOn,
            segments);

    issues.sort(Comparator.comparingInt(DateFinder.Issue::offset));
    // a hostile or odd text can repeat one problem thousands of times: list the first few of each
    // kind, then say how many more there were
    List<Warning> warnings = new ArrayList<>();
    int[] perKind = new int[WarningKind.values().length];
    for (DateFinder.Issue issue : issues) {
      if (++perKind[issue.kind().ordinal()] <= MAX_WARNINGS_PER_KIND) {
        warnings.add(Warning.at(issue.kind(), issue.offset(), issue.text(), issue.message()));
      }
    }
    for (WarningKind kind : WarningKind.values()) {
      int more = perKind[kind.ordinal()] - MAX_WARNINGS_PER_KIND;
      if (more > 0) {
        warnings.add(Warning.of(kind, more + " more warnings of this kind, not listed"));
      }
    }
    ImmutableArticle.Builder base = base(id, header, publisher, published, language, layout);
    Article article;
    try {
      ExtractionResult result = extraction.apply(input);
      for (String w : result.warnings()) {
        warnings.add(Warning.of(WarningKind.EXTRACTION, w));
      }
      article =
          base.addAllMeetings(result.meetings())
              .addAllMentions(result.mentions())
              .addAllPersons(result.persons())
              .addAllParties(result.parties())
              .addAllUnlistedPersons(result.unlistedPersons())
              .addAllWarnings(warnings)
              .build();
    } catch (RuntimeException e) {
      // Extraction must never make a readable article unparseable; report the bug as a warning,
      // in words (a malformed built-in pack file names its file and line), not a class name.
      String why = e.getMessage() != null && !e.getMessage().isBlank()
          ? e.getMessage() : "an internal error";
      warnings.add(
          Warning.of(
              WarningKind.EXTRACTION_FAILED, "extraction failed (a bug; please report it): " + why));
      article =
          base(id, header, publisher, published, language, layout).addAllWarnings(warnings).build();
    }
    List<Piece> pieces = new ArrayList<>(header.pieces());
    pieces.addAll(layout.all());
    return new Parsed(article, pieces, input, text);
  }

  /**
   * The site's name in the URL's host: the label before the top-level domain ({@code vnexpress} of
   * e.vnexpress.net), or before a generic second level ({@code nld} of nld.com.vn); a name of
   * four letters or more, so that short hosts name no junk.
   */
  private static Optional<String> site(HeaderReader.Header header) {
    return header.url().flatMap(HeaderReader::host).map(h -> {
      String[] labels = h.split("\\.");
      int k = labels.length - 2;
      if (k > 0 && SECOND_LEVELS.contains(labels[k])) {
        k--;
      }
      return k >= 0 ? labels[k].replace("-", "") : "";
    }).filter(l -> l.length() >= 4);
  }

  private static final Set<String> SECOND_LEVELS = Set.of("com", "org", "net", "gov", "edu", "co");

  /** An event page's date (see {@code lexicon/event-pages.txt}): the day of the event it records. */
  private static Optional<PartialDate> eventPageDate(
      Optional<String> publisher, Optional<PartialDate> published) {
    return publisher.filter(Lexicon::isEventPage).flatMap(h -> published)
        .filter(d -> d.day().isPresent());
  }

  /**
   * A day named without its year ("June 19") takes the year the article gives the same day
   * elsewhere ("… in Hanoi, on June 19, 2023" in a caption), else the year it gives that month
   * ("chiều 16/9" in a visit "từ ngày 15 – 18/9/2025"), when it gives it only one; the day an
   * anniversary is kept gives its month's year ("June 20" beside "(June 16, 1994-2024)": 2024).
   */
  private static List<Segment> yearsFromSameDays(
      List<Segment> segments, List<PartialDate> anniversaries) {
    Map<Integer, Integer> yearOf = new HashMap<>(); // month * 32 + day -> year, -1 when several
    Map<Integer, Integer> yearOfMonth = new HashMap<>(); // month -> year, -1 when several
    anniversaries.forEach(d -> noteYearOfMonth(yearOfMonth, d));
    boolean yearless = false;
    for (Segment g : segments) {
      for (Sentence s : g.sentences()) {
        for (DateMention d : s.dates()) {
          PartialDate p = d.date();
          if (p.day().isPresent() && p.year().isPresent()) {
            yearOf.merge(p.month().getAsInt() * 32 + p.day().getAsInt(), p.year().getAsInt(),
                (a, b) -> a.equals(b) ? a : -1);
          }
          noteYearOfMonth(yearOfMonth, p);
          yearless |= p.day().isPresent() && p.year().isEmpty();
        }
        // "Chiều 29/10, … từ ngày 28-30/10/2019": a span of days gives its month's year too
        s.spans().forEach(d -> noteYearOfMonth(yearOfMonth, d.date()));
      }
    }
    if (!yearless || yearOfMonth.isEmpty()) {
      return segments;
    }
    List<Segment> out = new ArrayList<>(segments.size());
    for (Segment g : segments) {
      List<Sentence> sentences = new ArrayList<>(g.sentences().size());
      for (Sentence s : g.sentences()) {
        List<DateMention> dates = new ArrayList<>(s.dates().size());
        for (DateMention d : s.dates()) {
          PartialDate p = d.date();
          Integer year = p.day().isPresent() && p.year().isEmpty()
              ? yearOf.getOrDefault(p.month().getAsInt() * 32 + p.day().getAsInt(),
                  yearOfMonth.get(p.month().getAsInt()))
              : null;
          dates.add(year == null || year < 0 ? d
              : new DateMention(d.start(), d.end(),
                  PartialDate.of(year, p.month().getAsInt(), p.day().getAsInt())));
        }
        sentences.add(new Sentence(s.start(), s.text(), dates, s.spans()));
      }
      out.add(new Segment(g.kind(), g.start(), g.text(), sentences));
    }
    return out;
  }

  /** Notes the year {@code p} gives its month, -1 when the article gives that month several. */
  private static void noteYearOfMonth(Map<Integer, Integer> yearOfMonth, PartialDate p) {
    if (p.month().isPresent() && p.year().isPresent()) {
      yearOfMonth.merge(p.month().getAsInt(), p.year().getAsInt(), (a, b) -> a.equals(b) ? a : -1);
    }
  }

  /**
   * The day a dateline that names a place and a day ({@code СОЧИ, 19 мая —}, {@code June 20, 2024,
   * Hanoi}) says the report was filed there, its year taken from the published date when it has
   * none. A dateline without a place is only a publication stamp.
   */
  private static Optional<PartialDate> filedOn(
      Optional<Segmenter.Dateline> dateline, Optional<PartialDate> published) {
    Optional<PartialDate> day = datelineDay(dateline);
    Optional<LocalDate> publishedDay = published.flatMap(PartialDate::toLocalDate);
    if (day.isEmpty() || day.get().year().isPresent() || publishedDay.isEmpty()) {
      return day;
    }
    LocalDate on = publishedDay.get();
    try {
      LocalDate filed =
          LocalDate.of(on.getYear(), day.get().month().getAsInt(), day.get().day().getAsInt());
      // filed on 31 December, published on 1 January
      return Optional.of(PartialDate.of(filed.isAfter(on) ? filed.minusYears(1) : filed));
    } catch (DateTimeException e) {
      return day; // 29 February of a year without it
    }
  }

  /** The day a dateline names for its place ({@code СОЧИ, 19 мая}), as written. */
  private static Optional<PartialDate> datelineDay(Optional<Segmenter.Dateline> dateline) {
    return dateline.filter(d -> d.place().isPresent() && d.placeDated())
        .flatMap(Segmenter.Dateline::date)
        .filter(d -> d.day().isPresent());
  }

  /**
   * {@code day} when it has a day and falls in {@code month}, a date with none; else {@code month}.
   */
  private static Optional<PartialDate> dayIn(
      Optional<PartialDate> month, Optional<PartialDate> day) {
    return month.isPresent() && month.get().day().isEmpty() && day.isPresent()
        && day.get().day().isPresent() && day.get().isCompatibleWith(month.get()) ? day : month;
  }

  /**
   * A year or year-month published date (from a URL path, say) completed by the dateline's month
   * and day when they agree with it: {@code /2001/02/} and {@code Ha Noi, Feb. 26 (VNA)} make
   * 2001-02-26.
   */
  private static Optional<PartialDate> completedByDateline(
      Optional<PartialDate> published, Optional<Segmenter.Dateline> dateline) {
    if (published.isEmpty() || published.get().day().isPresent() || dateline.isEmpty()) {
      return published;
    }
    Optional<PartialDate> d = dateline.get().date();
    if (d.isEmpty() || d.get().year().isPresent() || d.get().day().isEmpty()) {
      return published;
    }
    PartialDate p = published.get();
    int month = d.get().month().getAsInt();
    if (p.month().isPresent() && p.month().getAsInt() != month) {
      return published;
    }
    try {
      return Optional.of(PartialDate.of(p.year().getAsInt(), month, d.get().day().getAsInt()));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return published; // 29 February of a year without it
    }
  }

  /** The layout with the markup's title and roles added. */
  private static Segmenter.Layout withMarkup(Segmenter.Layout layout, Page page) {
    Optional<Piece> title = layout.title();
    List<Piece> paragraphs = new ArrayList<>(layout.paragraphs());
    List<Piece> all = new ArrayList<>(layout.all());
    List<DateFinder.Issue> warnings = new ArrayList<>(layout.warnings());
    if (title.isEmpty() && page.titleAt() >= 0) {
      for (int i = 0; i < paragraphs.size(); i++) {
        Piece p = paragraphs.get(i);
        if (p.start() == page.titleAt()) {
          Piece t = new Piece(Piece.Role.TITLE, p.start(), p.text());
          paragraphs.remove(i);
          all.remove(p);
          all.add(t);
          title = Optional.of(t);
          warnings.removeIf(w -> w.kind() == WarningKind.NO_TITLE);
          break;
        }
      }
    }
    List<Piece> captions = new ArrayList<>(layout.captions());
    List<Piece> captionText = new ArrayList<>(layout.captionText());
    List<Piece> credits = new ArrayList<>(layout.credits());
    List<Piece> boilerplate = new ArrayList<>(layout.boilerplate());
    for (Piece extra : page.extras()) {
      Piece p = extra;
      if (p.role() == Piece.Role.TITLE_REPEAT
          && (title.isEmpty() || !Segmenter.sameText(title.get().text(), p.text()))) {
        // the page's headline repeats a title the text did not take: keep it, as page text
        p = new Piece(Piece.Role.BOILERPLATE, p.start(), p.text());
      }
      all.add(p);
      switch (p.role()) {
        case CAPTION:
          captions.add(p);
          captionText.add(p);
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
    if (!paragraphs.isEmpty() || !captions.isEmpty()) {
      warnings.removeIf(w -> w.kind() == WarningKind.NO_BODY && !paragraphs.isEmpty());
    }
    return new Segmenter.Layout(
        title,
        layout.lead(),
        paragraphs,
        captions,
        captionText,
        credits,
        boilerplate,
        all,
        layout.footer(),
        layout.timestampDate(),
        layout.siteDate(),
        layout.dateline(),
        warnings,
        layout.split());
  }

  private static ImmutableArticle.Builder base(
      String id,
      HeaderReader.Header header,
      Optional<String> publisher,
      Optional<PartialDate> published,
      Language language,
      Segmenter.Layout layout) {
    return Article.builder()
        .id(id)
        .url(header.url())
        .publisher(publisher)
        .publishedDate(published)
        .language(language)
        .title(layout.title().map(Piece::text))
        .lead(layout.lead().map(Piece::text))
        .dateline(layout.dateline().flatMap(Segmenter.Dateline::place))
        .addAllParagraphs(texts(layout.paragraphs()))
        .addAllCaptions(texts(layout.captions()))
        .addAllCredits(texts(layout.credits()))
        .addAllBoilerplate(texts(layout.boilerplate()));
  }

  private static SegmentKind kindOf(Piece p, Segmenter.Layout layout) {
    if (layout.title().isPresent() && p == layout.title().get()) {
      return SegmentKind.TITLE;
    }
    if (layout.lead().isPresent() && p == layout.lead().get()) {
      return SegmentKind.LEAD;
    }
    return p.role() == Piece.Role.CAPTION ? SegmentKind.CAPTION : SegmentKind.PARAGRAPH;
  }

  private static List<String> texts(List<Piece> pieces) {
    List<String> out = new ArrayList<>(pieces.size());
    for (Piece p : pieces) {
      out.add(p.text());
    }
    return out;
  }
}
