package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.query.internal.Dates;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The events (real meetings, each with all its reports) of a {@link Corpus} that pass a chain of
 * filters. The filters are those of {@link MeetingQuery} and mean the same; an event matches when
 * at least one of its reports passes all of them. Counts and aggregations count events, not
 * articles. Results come in corpus order, as in every query type: an event where its first report
 * is. {@link #oldestFirst()} and {@link #timeline()} give date order: events whose year is known
 * oldest first, then those known only by month and day, then undated ones. {@link #limit} is an
 * intermediate step, as in every query type. Immutable.
 */
public final class EventQuery {
  private final MeetingQuery meetings;
  private final boolean dateOrder;
  private final long limit;

  EventQuery(MeetingQuery meetings) {
    this(meetings, false, Long.MAX_VALUE);
  }

  private EventQuery(MeetingQuery meetings, boolean dateOrder, long limit) {
    this.meetings = meetings;
    this.dateOrder = dateOrder;
    this.limit = limit;
  }

  private EventQuery with(MeetingQuery filtered) {
    return new EventQuery(filtered, dateOrder, limit);
  }

  /** This query in date order, oldest first; month-day dates follow, undated events come last. */
  public EventQuery oldestFirst() {
    return new EventQuery(meetings, true, limit);
  }

  /**
   * Events {@code name} took part in; see {@link MeetingQuery#involving(String)}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown or ambiguous
   */
  public EventQuery involving(String name) {
    return with(meetings.involving(name));
  }

  /**
   * Events the person {@code id} took part in.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the corpus knows no such person
   */
  public EventQuery involving(PersonId id) {
    return with(meetings.involving(id));
  }

  /**
   * Events {@code person} took part in.
   *
   * @throws NullPointerException if {@code person} is null
   */
  public EventQuery involving(Person person) {
    return with(meetings.involving(person));
  }

  /**
   * Events {@code name} also took part in; see {@link MeetingQuery#with(String)}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown or ambiguous
   */
  public EventQuery with(String name) {
    return with(meetings.with(name));
  }

  /**
   * Events the person {@code id} also took part in.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the corpus knows no such person
   */
  public EventQuery with(PersonId id) {
    return with(meetings.with(id));
  }

  /**
   * Events of the party {@code name}; see {@link MeetingQuery#ofParty(String)}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown or ambiguous
   */
  public EventQuery ofParty(String name) {
    return with(meetings.ofParty(name));
  }

  /**
   * Events of the party {@code id}.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the corpus knows no such party
   */
  public EventQuery ofParty(PartyId id) {
    return with(meetings.ofParty(id));
  }

  /**
   * Events of any of {@code kinds}.
   *
   * @throws NullPointerException if {@code kinds} or one of them is null
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public EventQuery ofKind(MeetingKind... kinds) {
    return with(meetings.ofKind(kinds));
  }

  /**
   * Events with a report dated from {@code from} to {@code to}; see {@link
   * MeetingQuery#between}.
   *
   * @throws NullPointerException if either date is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public EventQuery between(LocalDate from, LocalDate to) {
    return with(meetings.between(from, to));
  }

  /**
   * Events with a report dated in {@code year}.
   *
   * @throws NullPointerException if {@code year} is null
   */
  public EventQuery in(Year year) {
    return with(meetings.in(year));
  }

  /**
   * Events with a report dated from year {@code from} to year {@code to}, inclusive.
   *
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public EventQuery inYears(int from, int to) {
    return with(meetings.inYears(from, to));
  }

  /**
   * Events with a report dated within {@code range}.
   *
   * @throws NullPointerException if {@code range} is null
   */
  public EventQuery during(Range<LocalDate> range) {
    return with(meetings.during(range));
  }

  /** The same query, with uncertain dates included; see {@link MeetingQuery#includingUncertainDates()}. */
  public EventQuery includingUncertainDates() {
    return with(meetings.includingUncertainDates());
  }

  /**
   * Events with a report placing them in the country {@code iso}.
   *
   * @throws NullPointerException if {@code iso} is null
   * @throws IllegalArgumentException if {@code iso} is not two letters
   */
  public EventQuery inCountry(String iso) {
    return with(meetings.inCountry(iso));
  }

  /**
   * Events with a report placing them in {@code city}.
   *
   * @throws NullPointerException if {@code city} is null
   * @throws IllegalArgumentException if {@code city} is blank
   */
  public EventQuery inCity(String city) {
    return with(meetings.inCity(city));
  }

  /**
   * Events with a report in {@code language}.
   *
   * @throws NullPointerException if {@code language} is null
   */
  public EventQuery inLanguage(Language language) {
    return with(meetings.inLanguage(language));
  }

  /**
   * Events with a report from {@code publisher}.
   *
   * @throws NullPointerException if {@code publisher} is null
   */
  public EventQuery fromPublisher(String publisher) {
    return with(meetings.fromPublisher(publisher));
  }

  /**
   * Events with a report whose evidence contains {@code text}, ignoring case and diacritics.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public EventQuery containing(String text) {
    return with(meetings.containing(text));
  }

  /**
   * Events with a report that satisfies {@code predicate}.
   *
   * @throws NullPointerException if {@code predicate} is null
   */
  public EventQuery where(Predicate<? super Meeting> predicate) {
    return with(meetings.where(predicate));
  }

  private List<Event> events() {
    List<Event> all = dateOrder ? inDateOrder() : inCorpusOrder();
    return limit >= all.size() ? all : all.subList(0, (int) limit);
  }

  private List<Event> inCorpusOrder() {
    Index index = meetings.index();
    java.util.LinkedHashSet<Integer> ids = new java.util.LinkedHashSet<>();
    for (int r : meetings.rows()) {
      ids.add(index.eventOf[r]);
    }
    ImmutableList.Builder<Event> out = ImmutableList.builderWithExpectedSize(ids.size());
    ids.forEach(id -> out.add(index.event(id)));
    return out.build();
  }

  private List<Event> inDateOrder() {
    Index index = meetings.index();
    int[] rows = meetings.rows();
    int[] ids = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      ids[i] = index.eventOf[rows[i]];
    }
    int[] distinct = Arrays.stream(ids).sorted().distinct().toArray();
    Event[] events = new Event[distinct.length];
    long[] keys = new long[distinct.length];
    for (int i = 0; i < distinct.length; i++) {
      events[i] = index.event(distinct[i]);
      Optional<io.github.vnru.model.PartialDate> d = events[i].date();
      keys[i] = Aggregations.sortKey(Dates.group(d), Dates.sortKey(d), i, false);
    }
    Arrays.sort(keys);
    ImmutableList.Builder<Event> out = ImmutableList.builderWithExpectedSize(keys.length);
    for (long k : keys) {
      out.add(events[(int) (k & 0x7FFF_FFFFL)]);
    }
    return out.build();
  }

  /** The matching events, in this query's order, as an unmodifiable list. */
  public List<Event> list() {
    return events();
  }

  /** The matching events, in this query's order. */
  public Stream<Event> stream() {
    return events().stream();
  }

  /** The number of matching events (at most the limit). */
  public long count() {
    Index index = meetings.index();
    return Math.min(limit, Arrays.stream(meetings.rows()).map(r -> index.eventOf[r]).distinct().count());
  }

  /** The first matching event in this query's order, if any. */
  public Optional<Event> first() {
    return events().stream().findFirst();
  }

  /**
   * At most the first {@code n} matching events in this query's order: {@code
   * events().oldestFirst().limit(3).list()}.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public EventQuery limit(long n) {
    checkArgument(n >= 0, "limit %s is negative", n);
    return new EventQuery(meetings, dateOrder, Math.min(limit, n));
  }

  /** The number of matching events per year of their date; events without a known year are left out. */
  public Map<Year, Long> countByYear() {
    return Aggregations.byYear(events(), Event::date);
  }

  /** The number of matching events per party, by party id. */
  public Map<PartyId, Long> countByParty() {
    return Aggregations.byKeys(events(), Event::parties);
  }

  /** The number of matching events per participant, by person id. */
  public Map<PersonId, Long> countByPerson() {
    return Aggregations.byKeys(events(), Event::participants);
  }

  /** The number of matching events per kind. */
  public Map<MeetingKind, Long> countByKind() {
    return Aggregations.byKeys(events(), e -> List.of(e.kind()));
  }

  /** Who met whom: an edge per pair of participants, counting events. */
  public MeetingGraph graph() {
    return Aggregations.graph(events(), Event::participants, Event::date);
  }

  /** The matching events in date order (the same as {@code oldestFirst().list()}). */
  public List<Event> timeline() {
    return oldestFirst().list();
  }

  @Override
  public String toString() {
    return meetings + ".events()";
  }
}
