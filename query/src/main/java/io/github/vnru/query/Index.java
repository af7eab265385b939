package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vnru.model.Article;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.Party;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.query.internal.Dates;
import io.github.vnru.query.internal.IntList;
import io.github.vnru.query.internal.NameIndex;
import io.github.vnru.query.internal.YearIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables and indexes of a {@link Corpus}, built once. Meetings are rows {@code 0..m-1}, in
 * article order; article {@code a}'s meetings are rows {@code meetingStart[a]..meetingStart[a+1]}.
 * Per-row facts are primitive columns and posting lists are sorted {@code int[]}s, so a corpus of
 * a million meetings costs tens of megabytes beyond the articles themselves.
 */
final class Index {
  final ImmutableList<Article> articles;
  final ImmutableMap<PersonId, Person> persons;
  final ImmutableMap<PartyId, Party> parties;
  final NameIndex<PersonId> personNames;
  final NameIndex<PartyId> partyNames;

  // dictionaries
  final Map<PersonId, Integer> personCode = new HashMap<>();
  final Map<PartyId, Integer> partyCode = new HashMap<>();
  final Map<String, Integer> countryCode = new HashMap<>();
  final Map<String, Integer> cityCode = new HashMap<>();
  final Map<String, Integer> publisherCode = new HashMap<>();

  // meeting table
  final int[] meetingStart;
  final Meeting[] meetings;
  final int[] articleOf;
  final byte[] kind;
  final byte[] dateGroup;
  /**
   * Per row, the first epoch day it could be in the high 32 bits and the last in the low 32, for
   * rows whose year is known; {@link Long#MIN_VALUE} otherwise. One array, so a date filter costs
   * one memory access per candidate.
   */
  final long[] dayRange;
  final int[] dateKey;
  final int[] personStart;
  final int[] personCodes;
  final int[] partyStart;
  final int[] partyCodes;
  final int[] country;
  final int[] city;
  final int[][] meetingsByPerson;
  /** Each person's meetings by year, so a person-and-years query reads only its own rows. */
  final YearIndex[] personMeetingsByYear;
  final int[][] meetingsByParty;
  final int[][] meetingsByKind;
  final int[][] meetingsByCountry;
  final YearIndex meetingsByYear;
  final int[] monthDayMeetings;
  final long[] meetingsPerLanguage;
  final long[] meetingsPerPublisher;

  // article table
  final byte[] articleLanguage;
  final int[] articlePublisher;
  final long[] published;
  /** Per article: the last day its published date could be, or {@link #NO_DATE}. */
  final long[] publishedLatest;
  final int[][] articlesByLanguage;
  final int[][] articlesByPublisher;
  final int[][] articlesByPerson;
  final int[][] articlesByParty;

  // events: eventOf[row]; members of event e are eventMembers[eventStart[e]..eventStart[e+1]]
  final int[] eventOf;
  final int[] eventStart;
  final int[] eventMembers;

  static final long NO_DATE = Long.MIN_VALUE;

  Index(List<Article> articleList, Iterable<Person> extraPersons, Iterable<Party> extraParties) {
    this.articles = ImmutableList.copyOf(articleList);
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      checkArgument(ids.add(a.id()), "duplicate article id %s", a.id());
    }

    // persons and parties: registry entries, then those articles found unlisted, then bare ids
    Map<PersonId, Person> ps = new TreeMap<>();
    extraPersons.forEach(p -> ps.putIfAbsent(p.id(), p));
    for (Article a : articles) {
      a.unlistedPersons().forEach(p -> ps.putIfAbsent(p.id(), p));
    }
    this.persons = ImmutableMap.copyOf(ps);
    Map<PartyId, Party> pts = new TreeMap<>();
    extraParties.forEach(p -> pts.putIfAbsent(p.id(), p));
    this.parties = ImmutableMap.copyOf(pts);

    Set<PersonId> allPersons = new TreeSet<>(ps.keySet());
    Set<PartyId> allParties = new TreeSet<>(pts.keySet());
    for (Article a : articles) {
      allPersons.addAll(a.persons());
      allParties.addAll(a.parties());
      for (Meeting m : a.meetings()) {
        allPersons.addAll(m.participantIds());
        allParties.addAll(m.parties());
      }
    }
    NameIndex.Builder<PersonId> pn = NameIndex.builder("person");
    for (PersonId id : allPersons) {
      personCode.put(id, personCode.size());
      pn.add(id, id.value());
      Person p = ps.get(id);
      if (p != null) {
        pn.add(id, p.name());
        p.names().values().forEach(n -> pn.add(id, n));
        p.aliases().forEach(n -> pn.add(id, n));
      }
    }
    this.personNames = pn.build();
    NameIndex.Builder<PartyId> qn = NameIndex.builder("party");
    for (PartyId id : allParties) {
      partyCode.put(id, partyCode.size());
      qn.add(id, id.value());
      Party p = pts.get(id);
      if (p != null) {
        p.names().values().forEach(n -> qn.add(id, n));
        p.abbreviations().forEach(n -> qn.add(id, n));
        p.aliases().forEach(n -> qn.add(id, n));
      }
    }
    this.partyNames = qn.build();

    // articles
    int na = articles.size();
    articleLanguage = new byte[na];
    articlePublisher = new int[na];
    published = new long[na];
    publishedLatest = new long[na];
    meetingStart = new int[na + 1];
    List<IntList> byLanguage = lists(Language.values().length);
    List<IntList> byPublisher = new ArrayList<>();
    List<IntList> byPersonA = lists(personCode.size());
    List<IntList> byPartyA = lists(partyCode.size());
    int total = 0;
    for (int a = 0; a < na; a++) {
      Article art = articles.get(a);
      meetingStart[a] = total;
      total += art.meetings().size();
      articleLanguage[a] = (byte) art.language().ordinal();
      byLanguage.get(art.language().ordinal()).add(a);
      articlePublisher[a] =
          art.publisher().map(p -> code(publisherCode, publisher(p), byPublisher)).orElse(-1);
      if (articlePublisher[a] >= 0) {
        byPublisher.get(articlePublisher[a]).add(a);
      }
      published[a] =
          art.publishedDate().flatMap(d -> d.earliest()).map(d -> d.toEpochDay()).orElse(NO_DATE);
      publishedLatest[a] =
          art.publishedDate().flatMap(d -> d.latest()).map(d -> d.toEpochDay()).orElse(NO_DATE);
      for (PersonId p : new TreeSet<>(art.persons())) {
        byPersonA.get(personCode.get(p)).add(a);
      }
      for (PartyId p : new TreeSet<>(art.parties())) {
        byPartyA.get(partyCode.get(p)).add(a);
      }
    }
    meetingStart[na] = total;
    articlesByLanguage = arrays(byLanguage);
    articlesByPublisher = arrays(byPublisher);
    articlesByPerson = arrays(byPersonA);
    articlesByParty = arrays(byPartyA);

    // meetings
    meetings = new Meeting[total];
    articleOf = new int[total];
    kind = new byte[total];
    dateGroup = new byte[total];
    dayRange = new long[total];
    dateKey = new int[total];
    personStart = new int[total + 1];
    partyStart = new int[total + 1];
    country = new int[total];
    city = new int[total];
    int[] yearOf = new int[total];
    IntList pc = new IntList(total * 2);
    IntList qc = new IntList(total * 2);
    List<IntList> byPerson = lists(personCode.size());
    List<IntList> byParty = lists(partyCode.size());
    List<IntList> byKind = lists(MeetingKind.values().length);
    List<IntList> byCountry = new ArrayList<>();
    IntList monthDay = new IntList();
    List<IntList> unusedCities = new ArrayList<>();
    meetingsPerLanguage = new long[Language.values().length];
    meetingsPerPublisher = new long[publisherCode.size()];
    int row = 0;
    for (int a = 0; a < na; a++) {
      Article art = articles.get(a);
      meetingsPerLanguage[articleLanguage[a]] += art.meetings().size();
      if (articlePublisher[a] >= 0) {
        meetingsPerPublisher[articlePublisher[a]] += art.meetings().size();
      }
      for (Meeting m : art.meetings()) {
        meetings[row] = m;
        articleOf[row] = a;
        kind[row] = (byte) m.kind().ordinal();
        byKind.get(m.kind().ordinal()).add(row);
        dateGroup[row] = Dates.group(m.date());
        dateKey[row] = Dates.sortKey(m.date());
        yearOf[row] = m.date().flatMap(d -> boxed(d.year())).orElse(0);
        dayRange[row] =
            dateGroup[row] == Dates.KNOWN_YEAR
                ? (Dates.lo(m.date().get()) << 32) | (Dates.hi(m.date().get()) & 0xFFFFFFFFL)
                : Long.MIN_VALUE;
        if (dateGroup[row] == Dates.MONTH_DAY) {
          monthDay.add(row);
        }
        personStart[row] = pc.size();
        for (PersonId p : m.participantIds()) {
          int c = personCode.get(p);
          pc.add(c);
          byPerson.get(c).add(row);
        }
        partyStart[row] = qc.size();
        for (PartyId p : m.parties()) {
          int c = partyCode.get(p);
          qc.add(c);
          byParty.get(c).add(row);
        }
        final int r = row;
        country[row] =
            m.place().map(pl -> code(countryCode, pl.country(), byCountry)).orElse(-1);
        if (country[row] >= 0) {
          byCountry.get(country[row]).add(r);
        }
        city[row] =
            m.place()
                .flatMap(pl -> pl.city())
                .map(c -> code(cityCode, NameIndex.compact(c), unusedCities))
                .orElse(-1);
        row++;
      }
    }
    personStart[total] = pc.size();
    partyStart[total] = qc.size();
    personCodes = pc.toArray();
    partyCodes = qc.toArray();
    meetingsByPerson = arrays(byPerson);
    personMeetingsByYear = new YearIndex[meetingsByPerson.length];
    for (int c = 0; c < meetingsByPerson.length; c++) {
      personMeetingsByYear[c] = YearIndex.over(meetingsByPerson[c], yearOf);
    }
    meetingsByParty = arrays(byParty);
    meetingsByKind = arrays(byKind);
    meetingsByCountry = arrays(byCountry);
    meetingsByYear = YearIndex.of(yearOf);
    monthDayMeetings = monthDay.toArray();

    eventOf = new int[total];
    IntList starts = new IntList();
    IntList members = new IntList(total);
    EventGrouping.build(this, starts, members);
    eventStart = starts.toArray();
    eventMembers = members.toArray();
  }

  private static Optional<Integer> boxed(java.util.OptionalInt i) {
    return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
  }

  static String publisher(String p) {
    String s = p.trim().toLowerCase(Locale.ROOT);
    return s.startsWith("www.") ? s.substring(4) : s;
  }

  private static int code(Map<String, Integer> dict, String key, List<IntList> postings) {
    Integer c = dict.get(key);
    if (c == null) {
      c = dict.size();
      dict.put(key, c);
      postings.add(new IntList());
    }
    return c;
  }

  private static List<IntList> lists(int n) {
    List<IntList> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new IntList(4));
    }
    return out;
  }

  private static int[][] arrays(List<IntList> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = lists.get(i).toArray();
    }
    return out;
  }

  int meetingCount() {
    return meetings.length;
  }

  int eventCount() {
    return eventStart.length - 1;
  }

  MeetingRecord record(int row) {
    Meeting m = meetings[row];
    List<String> names = new ArrayList<>(m.participants().size());
    for (var p : m.participants()) {
      Person person = persons.get(p.person());
      names.add(person == null ? p.person().value() : person.name());
    }
    return new MeetingRecord(m, articles.get(articleOf[row]), names);
  }

  boolean hasPerson(int row, int code) {
    for (int i = personStart[row]; i < personStart[row + 1]; i++) {
      if (personCodes[i] == code) {
        return true;
      }
    }
    return false;
  }

  boolean hasParty(int row, int code) {
    for (int i = partyStart[row]; i < partyStart[row + 1]; i++) {
      if (partyCodes[i] == code) {
        return true;
      }
    }
    return false;
  }

  /** Expands sorted article rows to their sorted meeting rows. */
  int[] meetingsOf(int[] articleRows) {
    IntList out = new IntList();
    for (int a : articleRows) {
      for (int r = meetingStart[a]; r < meetingStart[a + 1]; r++) {
        out.add(r);
      }
    }
    return out.toArray();
  }

  /** The event with number {@code e}. */
  Event event(int e) {
    List<MeetingRecord> sources = new ArrayList<>();
    for (int i = eventStart[e]; i < eventStart[e + 1]; i++) {
      sources.add(record(eventMembers[i]));
    }
    return new Event(sources);
  }
}
