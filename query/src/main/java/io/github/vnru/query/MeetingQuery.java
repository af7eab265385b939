package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.vnru.extract.Folding;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.query.internal.Clause;
import io.github.vnru.query.internal.Clauses;
import io.github.vnru.query.internal.Dates;
import io.github.vnru.query.internal.NameIndex;
import io.github.vnru.query.internal.Planner;
import io.github.vnru.query.internal.YearIndex;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The meetings of a {@link Corpus} that pass a chain of filters. Each filter returns a new
 * immutable query; filters combine with AND, in any order, and never change the corpus. Results
 * come in corpus order (article by article) unless sorted with {@link #oldestFirst()} or {@link
 * #newestFirst()}.
 *
 * <p><b>Dates.</b> Date filters ({@link #between}, {@link #in(Year)}, {@link #inYears}, {@link
 * #during}) compare every day a meeting could have taken place. A meeting known only as {@code
 * 2021-04}, {@code 2021} or {@code --06-11} (a day in an unknown year) matches a range only when
 * <em>every</em> day it could be falls inside it, so {@code 2021-04} matches {@code inYears(2021,
 * 2021)} but not {@code between(2021-04-05, 2021-12-31)}, and {@code --06-11} matches no bounded
 * range. After {@link #includingUncertainDates()}, such a meeting matches when <em>some</em> day it
 * could be falls inside. A meeting with no date at all never matches a date filter. Several date
 * filters each apply, like any other filters.
 *
 * <p><b>Counts.</b> A meeting is one report by one article; the same real meeting reported by two
 * articles counts twice here. Use {@link #events()} to count real meetings.
 *
 * <p>Filters on indexed facts (persons, parties, kinds, years, countries, languages, publishers)
 * use the corpus's posting lists, so a selective query costs about the size of its smallest
 * posting list, not the size of the corpus.
 */
public final class MeetingQuery {
  private final Corpus corpus;
  private final Index index;
  private final ImmutableList<Clause> clauses;
  private final ImmutableList<long[]> ranges;
  private final boolean uncertain;
  /** The codes of the persons filtered on, for the person-by-year index. */
  private final ImmutableList<Integer> persons;

  MeetingQuery(Corpus corpus) {
    this(corpus, ImmutableList.of(), ImmutableList.of(), false, ImmutableList.of());
  }

  private MeetingQuery(
      Corpus corpus,
      ImmutableList<Clause> clauses,
      ImmutableList<long[]> ranges,
      boolean uncertain,
      ImmutableList<Integer> persons) {
    this.corpus = corpus;
    this.index = corpus.index();
    this.clauses = clauses;
    this.ranges = ranges;
    this.uncertain = uncertain;
    this.persons = persons;
  }

  private MeetingQuery and(Clause c) {
    return new MeetingQuery(
        corpus,
        ImmutableList.<Clause>builder().addAll(clauses).add(c).build(),
        ranges,
        uncertain,
        persons);
  }

  // ---- persons

  /**
   * Meetings {@code name} took part in. The name may be any name, alias or id of a known person,
   * in any case, with or without diacritics ({@code "nguyen phu trong"}, {@code "V. Pu-tin"}), or
   * a run of words of one ({@code "putin"}).
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown (the message names the closest
   *     known persons) or ambiguous
   */
  public MeetingQuery involving(String name) {
    return involvingCode(corpus.persons().resolveId(name));
  }

  /**
   * Meetings the person {@code id} took part in.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the corpus knows no such person
   */
  public MeetingQuery involving(PersonId id) {
    return involvingCode(corpus.persons().check(id));
  }

  /**
   * Meetings {@code person} took part in.
   *
   * @throws NullPointerException if {@code person} is null
   */
  public MeetingQuery involving(Person person) {
    checkNotNull(person, "person");
    return involvingCode(person.id());
  }

  /**
   * Meetings {@code name} also took part in: the same as {@link #involving(String)}, read as the
   * second person of {@code involving(a).with(b)}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown or ambiguous
   */
  public MeetingQuery with(String name) {
    return involving(name);
  }

  /**
   * Meetings the person {@code id} also took part in.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the corpus knows no such person
   */
  public MeetingQuery with(PersonId id) {
    return involving(id);
  }

  /**
   * Meetings {@code person} also took part in.
   *
   * @throws NullPointerException if {@code person} is null
   */
  public MeetingQuery with(Person person) {
    return involving(person);
  }

  private MeetingQuery involvingCode(PersonId id) {
    Integer code = index.personCode.get(id);
    if (code == null) {
      return and(Clauses.indexed(0, () -> new int[0], row -> false));
    }
    int[] postings = index.meetingsByPerson[code];
    MeetingQuery q = and(Clauses.exact(postings, row -> index.hasPerson(row, code)));
    return new MeetingQuery(
        corpus,
        q.clauses,
        ranges,
        uncertain,
        ImmutableList.<Integer>builder().addAll(persons).add(code).build());
  }

  // ---- parties

  /**
   * Meetings of the party {@code name} (its id, abbreviation, name in any language or alias, in
   * any case, with or without diacritics): meetings whose {@link Meeting#parties()} include it.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown (the message names the closest
   *     known parties) or ambiguous
   */
  public MeetingQuery ofParty(String name) {
    return ofPartyCode(corpus.parties().resolveId(name));
  }

  /**
   * Meetings of the party {@code id}.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the corpus knows no such party
   */
  public MeetingQuery ofParty(PartyId id) {
    return ofPartyCode(corpus.parties().check(id));
  }

  private MeetingQuery ofPartyCode(PartyId id) {
    int code = index.partyCode.get(id);
    int[] postings = index.meetingsByParty[code];
    return and(Clauses.exact(postings, row -> index.hasParty(row, code)));
  }

  // ---- kind

  /**
   * Meetings of any of {@code kinds}.
   *
   * @throws NullPointerException if {@code kinds} or one of them is null
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public MeetingQuery ofKind(MeetingKind... kinds) {
    checkNotNull(kinds, "kinds");
    checkArgument(kinds.length > 0, "no meeting kind given");
    boolean[] allowed = new boolean[MeetingKind.values().length];
    List<int[]> lists = new ArrayList<>();
    long estimate = 0;
    for (MeetingKind k : kinds) {
      checkNotNull(k, "kind");
      if (!allowed[k.ordinal()]) {
        allowed[k.ordinal()] = true;
        lists.add(index.meetingsByKind[k.ordinal()]);
        estimate += index.meetingsByKind[k.ordinal()].length;
      }
    }
    return and(Clauses.indexed(estimate, () -> Planner.union(lists), row -> allowed[index.kind[row]]));
  }

  // ---- dates

  /**
   * Meetings from {@code from} to {@code to}, both inclusive. See the class documentation for
   * partial dates.
   *
   * @throws NullPointerException if either date is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}: {@code from 2021-12-31
   *     is after to 2020-01-01}
   */
  public MeetingQuery between(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!from.isAfter(to), "from %s is after to %s", from, to);
    return dates(from.toEpochDay(), to.toEpochDay());
  }

  /**
   * Meetings in {@code year}. See the class documentation for partial dates.
   *
   * @throws NullPointerException if {@code year} is null
   */
  public MeetingQuery in(Year year) {
    checkNotNull(year, "year");
    return between(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * Meetings from the start of year {@code from} to the end of year {@code to}, both inclusive.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to} or either is not a valid
   *     year
   */
  public MeetingQuery inYears(int from, int to) {
    checkArgument(from <= to, "from %s is after to %s", from, to);
    return between(Year.of(from).atDay(1), Year.of(to).atMonth(12).atEndOfMonth());
  }

  /**
   * Meetings within {@code range}, whose ends may be open, closed or absent. See the class
   * documentation for partial dates.
   *
   * @throws NullPointerException if {@code range} is null
   */
  public MeetingQuery during(Range<LocalDate> range) {
    checkNotNull(range, "range");
    long lo = Long.MIN_VALUE;
    long hi = Long.MAX_VALUE;
    if (range.hasLowerBound()) {
      lo = range.lowerEndpoint().toEpochDay() + (range.lowerBoundType().equals(
          com.google.common.collect.BoundType.OPEN) ? 1 : 0);
    }
    if (range.hasUpperBound()) {
      hi = range.upperEndpoint().toEpochDay() - (range.upperBoundType().equals(
          com.google.common.collect.BoundType.OPEN) ? 1 : 0);
    }
    return dates(lo, hi);
  }

  /**
   * The same query, but a partially dated meeting ({@code 2021-04}, {@code --06-11}) matches a
   * date filter when some day it could be falls inside the range, not only when every day does.
   * Undated meetings still never match a date filter.
   */
  public MeetingQuery includingUncertainDates() {
    return new MeetingQuery(corpus, clauses, ranges, true, persons);
  }

  private MeetingQuery dates(long lo, long hi) {
    return new MeetingQuery(
        corpus,
        clauses,
        ImmutableList.<long[]>builder().addAll(ranges).add(new long[] {lo, hi}).build(),
        uncertain,
        persons);
  }

  private static int firstYear(long lo) {
    return lo <= Dates.MIN_DAY ? 1 : lo > Dates.MAX_DAY ? 10000 : LocalDate.ofEpochDay(lo).getYear();
  }

  private static int lastYear(long hi) {
    return hi >= Dates.MAX_DAY ? 9999 : hi < Dates.MIN_DAY ? 0 : LocalDate.ofEpochDay(hi).getYear();
  }

  /** Whether meetings known only as a month-day can match the range {@code [y0, y1]}. */
  private boolean monthDaysMatch(int y0, int y1) {
    return uncertain || (y0 <= 4 && y1 >= 9996);
  }

  /**
   * A driver for a person within a date range: that person's meetings in the range's years, read
   * from the person-by-year index. A superset of the matches, so every clause is still tested.
   */
  private Clause personInYears(int code, long lo, long hi) {
    int y0 = firstYear(lo);
    int y1 = lastYear(hi);
    YearIndex years = index.personMeetingsByYear[code];
    return Clauses.indexed(years.count(y0, y1), () -> years.rows(y0, y1), row -> true);
  }

  private Clause dateClause(long lo, long hi) {
    boolean u = uncertain;
    int y0 = firstYear(lo);
    int y1 = lastYear(hi);
    boolean monthDays = monthDaysMatch(y0, y1);
    long estimate = index.meetingsByYear.count(y0, y1)
        + (monthDays ? index.monthDayMeetings.length : 0);
    return Clauses.indexed(
        estimate,
        () -> {
          int[] years = index.meetingsByYear.rows(y0, y1);
          return monthDays ? Planner.union(List.of(years, index.monthDayMeetings)) : years;
        },
        row -> {
          // One long per row for the common case: no Meeting or Optional is touched.
          long range = index.dayRange[row];
          if (range != Long.MIN_VALUE) {
            long first = range >> 32;
            long last = (int) range;
            return u ? first <= hi && last >= lo : lo <= first && last <= hi;
          }
          return index.dateGroup[row] == Dates.MONTH_DAY
              && lo <= hi
              && Dates.matches(index.meetings[row].date(), lo, hi, u);
        });
  }

  // ---- place

  /**
   * Meetings held in the country with ISO 3166-1 alpha-2 code {@code iso}, in any case.
   *
   * @throws NullPointerException if {@code iso} is null
   * @throws IllegalArgumentException if {@code iso} is not two letters
   */
  public MeetingQuery inCountry(String iso) {
    checkNotNull(iso, "iso");
    String c = iso.trim().toUpperCase(Locale.ROOT);
    checkArgument(c.matches("[A-Z]{2}"), "country '%s' is not an ISO 3166-1 alpha-2 code", iso);
    Integer code = index.countryCode.get(c);
    if (code == null) {
      return and(Clauses.indexed(0, () -> new int[0], row -> false));
    }
    int[] postings = index.meetingsByCountry[code];
    return and(Clauses.exact(postings, row -> index.country[row] == code));
  }

  /**
   * Meetings held in {@code city}, compared ignoring case, diacritics, punctuation and spaces
   * ({@code "hanoi"} matches {@code Hà Nội}).
   *
   * @throws NullPointerException if {@code city} is null
   * @throws IllegalArgumentException if {@code city} is blank
   */
  public MeetingQuery inCity(String city) {
    checkNotNull(city, "city");
    String c = NameIndex.compact(city);
    checkArgument(!c.isEmpty(), "blank city '%s'", city);
    Integer code = index.cityCode.get(c);
    int want = code == null ? -2 : code;
    return and(Clauses.scan(row -> index.city[row] == want));
  }

  // ---- article facts

  /**
   * Meetings reported by articles in {@code language}.
   *
   * @throws NullPointerException if {@code language} is null
   */
  public MeetingQuery inLanguage(Language language) {
    checkNotNull(language, "language");
    int l = language.ordinal();
    return and(
        Clauses.indexed(
            index.meetingsPerLanguage[l],
            () -> index.meetingsOf(index.articlesByLanguage[l]),
            row -> index.articleLanguage[index.articleOf[row]] == l));
  }

  /**
   * Meetings reported by articles of {@code publisher}, a host such as {@code vietnamnews.vn}
   * (case and a leading {@code www.} ignored).
   *
   * @throws NullPointerException if {@code publisher} is null
   */
  public MeetingQuery fromPublisher(String publisher) {
    checkNotNull(publisher, "publisher");
    Integer code = index.publisherCode.get(Index.publisher(publisher));
    if (code == null) {
      return and(Clauses.indexed(0, () -> new int[0], row -> false));
    }
    return and(
        Clauses.indexed(
            index.meetingsPerPublisher[code],
            () -> index.meetingsOf(index.articlesByPublisher[code]),
            row -> index.articlePublisher[index.articleOf[row]] == code));
  }

  /**
   * Meetings whose evidence sentence contains {@code text}, ignoring case and diacritics.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public MeetingQuery containing(String text) {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "blank search text");
    String needle = Folding.fold(text.strip());
    return and(
        Clauses.scan(
            row -> Folding.fold(index.meetings[row].evidence().sentence()).contains(needle)));
  }

  /**
   * Meetings that satisfy {@code predicate}. The predicate must not have side effects; it may be
   * called on meetings in any order.
   *
   * @throws NullPointerException if {@code predicate} is null
   */
  public MeetingQuery where(Predicate<? super Meeting> predicate) {
    checkNotNull(predicate, "predicate");
    return and(Clauses.scan(row -> predicate.test(index.meetings[row])));
  }

  // ---- sorting

  /** This query sorted by date, oldest first; month-day dates follow, undated meetings come last. */
  public SortedMeetingQuery oldestFirst() {
    return new SortedMeetingQuery(this, false, 0, Long.MAX_VALUE);
  }

  /** This query sorted by date, newest first; month-day dates follow, undated meetings come last. */
  public SortedMeetingQuery newestFirst() {
    return new SortedMeetingQuery(this, true, 0, Long.MAX_VALUE);
  }

  /**
   * At most the first {@code n} meetings in corpus order; an intermediate step, as in every query
   * type: {@code meetings().limit(2).list()}.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SortedMeetingQuery limit(long n) {
    checkArgument(n >= 0, "limit %s is negative", n);
    return new SortedMeetingQuery(this, false, true, 0, n);
  }

  /**
   * This query in corpus order without its first {@code n} meetings.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SortedMeetingQuery skip(long n) {
    checkArgument(n >= 0, "skip %s is negative", n);
    return new SortedMeetingQuery(this, false, true, n, Long.MAX_VALUE);
  }

  /** The same as {@link #oldestFirst()}. */
  public SortedMeetingQuery sortedByDate() {
    return oldestFirst();
  }

  // ---- terminals

  Index index() {
    return index;
  }

  int[] rows() {
    List<Clause> all = new ArrayList<>(clauses);
    for (long[] r : ranges) {
      all.add(dateClause(r[0], r[1]));
      if (!monthDaysMatch(firstYear(r[0]), lastYear(r[1]))) {
        for (int code : persons) {
          all.add(personInYears(code, r[0], r[1]));
        }
      }
    }
    return Planner.run(index.meetingCount(), all);
  }

  /** The matching meetings, in corpus order, as an unmodifiable list. */
  public List<Meeting> list() {
    return Arrays.stream(rows()).mapToObj(r -> index.meetings[r]).collect(
        ImmutableList.toImmutableList());
  }

  /** The matching meetings with their articles, in corpus order, as an unmodifiable list. */
  public List<MeetingRecord> records() {
    return Arrays.stream(rows()).mapToObj(index::record).collect(ImmutableList.toImmutableList());
  }

  /** The matching meetings, in corpus order. */
  public Stream<Meeting> stream() {
    return IntStream.of(rows()).mapToObj(r -> index.meetings[r]);
  }

  /** The number of matching meetings (reports, not events: see {@link #events()}). */
  public long count() {
    return rows().length;
  }

  /** The first matching meeting in corpus order, if any. */
  public Optional<Meeting> first() {
    int[] rows = rows();
    return rows.length == 0 ? Optional.empty() : Optional.of(index.meetings[rows[0]]);
  }

  /** Whether no meeting matches. */
  public boolean isEmpty() {
    return count() == 0;
  }

  /**
   * The events (real meetings) with at least one report that passes this query's filters. See
   * {@link Corpus#events()} for how reports are grouped into events.
   */
  public EventQuery events() {
    return new EventQuery(this);
  }

  // ---- aggregations

  /** The number of matching meetings per year, by year; meetings without a known year are left out. */
  public Map<Year, Long> countByYear() {
    return Aggregations.byYear(list(), Meeting::date);
  }

  /** The number of matching meetings per party of theirs, by party id. */
  public Map<PartyId, Long> countByParty() {
    return Aggregations.byKeys(list(), Meeting::parties);
  }

  /** The number of matching meetings per participant, by person id. */
  public Map<PersonId, Long> countByPerson() {
    return Aggregations.byKeys(list(), Meeting::participantIds);
  }

  /** The number of matching meetings per kind, in the order of {@link MeetingKind}. */
  public Map<MeetingKind, Long> countByKind() {
    return Aggregations.byKeys(list(), m -> List.of(m.kind()));
  }

  /**
   * Who met whom in the matching meetings: an edge per pair of participants, with the number of
   * meetings and the first and last of their dates whose year is known.
   */
  public MeetingGraph graph() {
    return Aggregations.graph(list(), Meeting::participantIds, Meeting::date);
  }

  /**
   * The matching meetings in date order with their articles: oldest first, then month-day dates,
   * then undated meetings.
   */
  public List<MeetingRecord> timeline() {
    return oldestFirst().records();
  }

  @Override
  public String toString() {
    return "MeetingQuery(" + clauses.size() + " filters" + (ranges.isEmpty() ? "" : ", " + ranges.size() + " date ranges") + ")";
  }
}
