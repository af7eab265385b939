package io.github.vnru.query;

import io.github.vnru.model.MeetingKind;
import io.github.vnru.query.internal.Dates;
import io.github.vnru.query.internal.IntList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups the meeting rows of an {@link Index} into events by the rule documented on {@link
 * Corpus#events()}. Reports are grouped only with reports of the same kind and participant set;
 * within such a group every report is first given the days its meeting can have been held on,
 * judged from its own date and its article's published date, and then placed:
 *
 * <ol>
 *   <li>every distinct full date is one event (a day and month without a year, in an article with
 *       a published date, is first resolved to the last such day on or before it);
 *   <li>reports known only to a span of days (a year or a month; an undated report of news, from
 *       its article's published date) join the one event whose days meet their span, narrowest
 *       span first; with none they start an event of their own that later reports may join; with
 *       two or more they stay alone;
 *   <li>a day and month without a year (and without a published date) joins the one event that
 *       can be on that day and month; reports of the same day and month that match none are one
 *       event per country they name (those naming a country placed first, so one naming none
 *       joins only a single event it fits);
 *   <li>an undated recalled report joins the one event of the year before its article (the days
 *       before its published date);
 *   <li>anything else (an undated report in an undated article) stays alone.
 * </ol>
 *
 * <p>A report never joins an event that already holds a report of its own article (an article
 * reports two meetings of the same people when it names them twice) or whose reports name another
 * country than it does (the first report naming one gives an event its country; reports of one
 * full date are one event whatever they say), and never joins two events,
 * so an imprecise report cannot bridge two dated meetings. A group of {@code k} reports costs
 * {@code O(k log k)} (a day and month without a year looks up each year its group's spans cover,
 * or each span when there are fewer), so the whole is near-linear in the number of meetings.
 * Groups are found person by person (a group's reports all name its lowest-coded participant),
 * which keeps each look-up table small. The result does not depend on the order the articles
 * come in: spans are placed narrowest first, and reports that tie fit the same events.
 */
final class EventGrouping {
  /** A report of news (not recalled) is published at most this many days after the meeting. */
  static final int NEWS_DAYS = 7;
  /** An undated recalled meeting is looked for this many days back from its article. */
  static final int RECALL_DAYS = 365;
  /**
   * A published date may be this many days earlier than the meeting it reports: pages are dated
   * in their own time zone, or by the first version of a story that was updated.
   */
  static final int LATE_DAYS = 1;

  private static final long NONE = Long.MIN_VALUE;

  private final Index index;

  private EventGrouping(Index index) {
    this.index = index;
  }

  /**
   * Fills {@code index.eventOf} and appends to {@code starts} and {@code members} the events of
   * every row of {@code index}: event {@code e}'s rows, ascending, are {@code
   * members[starts[e]..starts[e+1]]}, and events are numbered by their first row.
   */
  static void build(Index index, IntList starts, IntList members) {
    new EventGrouping(index).run(starts, members);
  }

  /** The kind and sorted participant codes that a report must share with another to be grouped. */
  private record Key(byte kind, int[] persons) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.kind == kind && Arrays.equals(k.persons, persons);
    }

    @Override
    public int hashCode() {
      // person codes are small and dense: Arrays.hashCode would give many pairs one hash
      int h = kind;
      for (int p : persons) {
        h = h * 0x9E3779B1 + p;
      }
      return h ^ (h >>> 15);
    }
  }

  private void run(IntList starts, IntList members) {
    int n = index.meetings.length;
    // events as lists of rows; each group's events in the order they were made
    List<IntList> events = new ArrayList<>();
    // a group's reports all name its first participant (the lowest person code), so the groups
    // are found person by person in that person's meetings: small maps, rows in order
    for (int person = 0; person < index.meetingsByPerson.length; person++) {
      int[] rowsOfPerson = index.meetingsByPerson[person];
      if (rowsOfPerson.length == 0) {
        continue;
      }
      Map<Key, IntList> groups = new HashMap<>();
      List<IntList> order = new ArrayList<>();
      for (int row : rowsOfPerson) {
        int from = index.personStart[row];
        int to = index.personStart[row + 1];
        int lowest = Integer.MAX_VALUE;
        for (int k = from; k < to; k++) {
          lowest = Math.min(lowest, index.personCodes[k]);
        }
        if (lowest != person) {
          continue; // grouped with its lowest participant
        }
        int[] codes = Arrays.copyOfRange(index.personCodes, from, to);
        Arrays.sort(codes);
        groups.computeIfAbsent(new Key(index.kind[row], codes), k -> {
          IntList g = new IntList(1);
          order.add(g);
          return g;
        }).add(row);
      }
      for (IntList g : order) {
        if (g.size() == 1) {
          events.add(g);
        } else {
          new Group(g.toArray()).place(events);
        }
      }
    }
    // number events by their first report, so that event order follows the corpus; first rows
    // are distinct, so one pass over the rows finds them in order
    int[][] rowsOf = new int[events.size()][];
    int[] startingAt = new int[n];
    Arrays.fill(startingAt, -1);
    for (int e = 0; e < rowsOf.length; e++) {
      rowsOf[e] = events.get(e).toArray();
      Arrays.sort(rowsOf[e]);
      startingAt[rowsOf[e][0]] = e;
    }
    for (int first = 0; first < n; first++) {
      if (startingAt[first] < 0) {
        continue;
      }
      starts.add(members.size());
      for (int row : rowsOf[startingAt[first]]) {
        index.eventOf[row] = starts.size() - 1;
        members.add(row);
      }
    }
    starts.add(members.size());
  }

  /** An event being built: its rows and, when others may join it, the days it can be on. */
  private static final class Ev {
    final IntList rows = new IntList(2);
    final int number;
    long lo;
    long hi;
    /** Whether it has a full date ({@code lo == hi}, fixed) rather than a span that narrows. */
    final boolean day;
    /** The country its reports place it in (the first that names one), or -1. */
    int country = -1;

    Ev(int number, long lo, long hi, boolean day) {
      this.number = number;
      this.lo = lo;
      this.hi = hi;
      this.day = day;
    }
  }

  /** How a report's date places it. */
  private enum Shape {
    DAY,
    SPAN,
    MONTH_DAY,
    RECALLED,
    ALONE
  }

  /** The reports of one kind and participant set, in corpus order, and the events they make. */
  private final class Group {
    private final int[] rows;
    private final Shape[] shape;
    private final long[] lo;
    private final long[] hi;
    private final List<Ev> made = new ArrayList<>();
    /**
     * The events others may join that overlap no other such event, by their first possible day
     * (so by their last day too); a new span only starts an event where none is.
     */
    private final NavigableMap<Long, Ev> open = new TreeMap<>();
    /**
     * The events others may join that were started where an event holding a report of the same
     * article already was (an article naming two meetings of the same people), so may overlap.
     */
    private final List<Ev> overlapping = new ArrayList<>();
    /** Whether the last {@link #candidates} search met an event of {@link #open}. */
    private boolean metOpen;
    /** The open events with a span rather than a full date, and the days they cover. */
    private final List<Ev> spans = new ArrayList<>();
    private long spanFrom;
    private long spanTo;
    /**
     * Whether report {@code i}'s article has another report in this group (rows come in article
     * order, so such reports are neighbours); only those can meet an event of their own article.
     */
    private final boolean[] shared;
    /** Event and article of every report of {@link #shared} placed (see {@link #pair}). */
    private final Set<Long> reported = new HashSet<>();

    Group(int[] rows) {
      this.rows = rows;
      this.shape = new Shape[rows.length];
      this.lo = new long[rows.length];
      this.hi = new long[rows.length];
      this.shared = new boolean[rows.length];
      for (int i = 1; i < rows.length; i++) {
        if (article(i) == article(i - 1)) {
          shared[i] = true;
          shared[i - 1] = true;
        }
      }
    }

    void place(List<IntList> out) {
      for (int i = 0; i < rows.length; i++) {
        classify(i);
      }
      // 1. full dates
      Map<Long, Ev> byDay = new HashMap<>();
      Map<Integer, List<Ev>> byMonthDay = new HashMap<>();
      for (int i = 0; i < rows.length; i++) {
        if (shape[i] == Shape.DAY) {
          Ev e = byDay.get(lo[i]);
          if (e == null) {
            e = open(lo[i], lo[i], true);
            byDay.put(lo[i], e);
            LocalDate d = LocalDate.ofEpochDay(lo[i]);
            byMonthDay.computeIfAbsent(d.getMonthValue() * 32 + d.getDayOfMonth(),
                k -> new ArrayList<>()).add(e);
          }
          add(e, i);
        }
      }
      // 2. spans, narrowest first
      List<Integer> spanRows = new ArrayList<>();
      for (int i = 0; i < rows.length; i++) {
        if (shape[i] == Shape.SPAN) {
          spanRows.add(i);
        }
      }
      spanRows.sort((x, y) -> {
        int c = Long.compare(hi[x] - lo[x], hi[y] - lo[y]);
        return c != 0 ? c : Long.compare(lo[x], lo[y]);
      });
      for (int i : spanRows) {
        Ev[] found = new Ev[2];
        int count = candidates(i, lo[i], hi[i], found);
        if (count == 1) {
          Ev e = found[0];
          if (!e.day && (lo[i] > e.lo || hi[i] < e.hi)) {
            narrow(e, Math.max(e.lo, lo[i]), Math.min(e.hi, hi[i]));
          }
          add(e, i);
        } else if (count == 0) {
          add(open(lo[i], hi[i], false), i);
        } else {
          add(alone(), i);
        }
      }
      // 3. day and month without a year, and no published date: the reports that name a country
      // first, so one naming none joins the event of its day only when a single one can hold it,
      // whatever order the articles come in
      Map<Long, List<Ev>> unmatched = new HashMap<>();
      Map<Ev, Long> pinned = new HashMap<>();
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < rows.length; i++) {
          if (shape[i] != Shape.MONTH_DAY || (index.country[rows[i]] >= 0) != (pass == 0)) {
            continue;
          }
          Ev[] found = new Ev[2];
          int count = 0;
          for (Ev e : byMonthDay.getOrDefault((int) lo[i], List.of())) {
            if (!shut(e, i)) {
              found[count++] = e;
              if (count == 2) {
                break;
              }
            }
          }
          if (count < 2) {
            count = spansOn((int) lo[i] / 32, (int) lo[i] % 32, i, found, count);
            // a span already holding another day and month is no longer on this one
            int kept = 0;
            for (int k = 0; k < count; k++) {
              Long day = pinned.get(found[k]);
              if (day == null || day == lo[i]) {
                found[kept++] = found[k];
              }
            }
            count = kept;
          }
          if (count == 0) {
            // reports of this day and month that match no event: one event per country they name
            List<Ev> same = unmatched.computeIfAbsent(lo[i], k -> new ArrayList<>());
            for (Ev e : same) {
              if (!shut(e, i)) {
                found[count++] = e;
                if (count == 2) {
                  break;
                }
              }
            }
            if (count == 0) {
              Ev e = alone();
              same.add(e);
              found[count++] = e;
            }
          }
          Ev only = found[0];
          if (count == 1) {
            add(only, i);
            if (!only.day) {
              pinned.put(only, lo[i]);
            }
          } else {
            add(alone(), i);
          }
        }
      }
      // 4. undated recalled meetings: the one event of the year before the article
      for (int i = 0; i < rows.length; i++) {
        if (shape[i] == Shape.RECALLED) {
          Ev[] found = new Ev[2];
          add(candidates(i, lo[i], hi[i], found) == 1 ? found[0] : alone(), i);
        }
      }
      // 5. the rest
      for (int i = 0; i < rows.length; i++) {
        if (shape[i] == Shape.ALONE) {
          add(alone(), i);
        }
      }
      for (Ev e : made) {
        out.add(e.rows);
      }
    }

    private int article(int i) {
      return index.articleOf[rows[i]];
    }

    /**
     * Puts up to two open events whose days meet {@code [from, to]} and that hold no report of
     * report {@code i}'s article into {@code found}, and returns how many there were (at most 2).
     * The events of {@link #open} do not overlap, so those before the last one starting on or
     * before {@code from} end before it.
     */
    private int candidates(int i, long from, long to, Ev[] found) {
      int count = 0;
      metOpen = false;
      Long start = open.floorKey(from);
      for (Ev e : open.subMap(start == null ? from : start, true, to, true).values()) {
        if (e.hi >= from) {
          metOpen = true;
          if (!shut(e, i)) {
            found[count++] = e;
            if (count == 2) {
              return 2;
            }
          }
        }
      }
      for (Ev e : overlapping) {
        if (e.lo <= to && e.hi >= from && !shut(e, i)) {
          found[count++] = e;
          if (count == 2) {
            return 2;
          }
        }
      }
      return count;
    }

    /**
     * Whether report {@code i} may not join event {@code e}: {@code e} already holds a report of
     * its article, or its reports place it in another country than report {@code i} does.
     */
    private boolean shut(Ev e, int i) {
      int c = index.country[rows[i]];
      return c >= 0 && e.country >= 0 && c != e.country
          || shared[i] && reported.contains(pair(e, i));
    }

    /** Event {@code e} and report {@code i}'s article as one number, its bits spread for hashing. */
    private long pair(Ev e, int i) {
      long x = (((long) e.number << 32) | article(i)) * 0x9E3779B97F4A7C15L;
      return x ^ (x >>> 29);
    }

    /**
     * Adds to {@code found} (holding {@code count}) the open events with a span, not a full date,
     * that can be on a {@code month}-{@code day} and hold no report of report {@code i}'s article,
     * up to two in all, and returns the new count. Looks day by day through the years the spans
     * cover when they are fewer than the spans, else through the spans.
     */
    private int spansOn(int month, int day, int i, Ev[] found, int count) {
      if (spans.isEmpty()) {
        return count;
      }
      int first = LocalDate.ofEpochDay(spanFrom).getYear();
      int last = LocalDate.ofEpochDay(spanTo).getYear();
      if (last - first + 1 < spans.size()) {
        // at most one event of open holds a given day
        for (int y = first; y <= last; y++) {
          if (month == 2 && day == 29 && !Year.isLeap(y)) {
            continue;
          }
          long d = LocalDate.of(y, month, day).toEpochDay();
          Map.Entry<Long, Ev> at = open.floorEntry(d);
          if (at != null) {
            Ev e = at.getValue();
            if (!e.day && e.hi >= d && !shut(e, i) && (count == 0 || found[0] != e)) {
              found[count++] = e;
              if (count == 2) {
                return 2;
              }
            }
          }
        }
        for (Ev e : overlapping) {
          if (canBeOn(e.lo, e.hi, month, day) && !shut(e, i)) {
            found[count++] = e;
            if (count == 2) {
              return 2;
            }
          }
        }
      } else {
        for (Ev e : spans) {
          if (canBeOn(e.lo, e.hi, month, day) && !shut(e, i)) {
            found[count++] = e;
            if (count == 2) {
              return 2;
            }
          }
        }
      }
      return count;
    }

    /** A new event others may join, on the days {@code [from, to]}. */
    private Ev open(long from, long to, boolean day) {
      Ev e = new Ev(made.size(), from, to, day);
      made.add(e);
      if (day || !metOpen) {
        open.put(from, e);
      } else {
        overlapping.add(e);
      }
      if (!day) {
        spans.add(e);
        spanFrom = spans.size() == 1 ? from : Math.min(spanFrom, from);
        spanTo = spans.size() == 1 ? to : Math.max(spanTo, to);
      }
      return e;
    }

    /** Narrows span event {@code e} to {@code [from, to]}, within its days. */
    private void narrow(Ev e, long from, long to) {
      if (open.get(e.lo) == e) {
        open.remove(e.lo);
        open.put(from, e);
      }
      e.lo = from;
      e.hi = to;
    }

    private Ev alone() {
      Ev e = new Ev(made.size(), NONE, NONE, false);
      made.add(e);
      return e;
    }

    private void add(Ev e, int i) {
      e.rows.add(rows[i]);
      if (e.country < 0) {
        e.country = index.country[rows[i]];
      }
      if (shared[i]) {
        reported.add(pair(e, i));
      }
    }

    /** Sets the shape of report {@code i} and the days it can be on. */
    private void classify(int i) {
      int row = rows[i];
      int a = index.articleOf[row];
      long pubFrom = index.published[a];
      long pubTo = index.publishedLatest[a];
      boolean published = pubFrom != Index.NO_DATE && pubTo != Index.NO_DATE;
      if (index.dateGroup[row] == Dates.KNOWN_YEAR) {
        // a full date is a span of one day; a year or a month, of more
        long from = index.dayRange[row] >> 32;
        long to = (int) index.dayRange[row];
        set(i, from == to ? Shape.DAY : Shape.SPAN, from, to);
      } else if (index.dateGroup[row] == Dates.MONTH_DAY) {
        int month = index.dateKey[row] / 100;
        int day = index.dateKey[row] % 100;
        if (published) {
          long d = lastOnOrBefore(month, day, pubTo + LATE_DAYS);
          set(i, Shape.DAY, d, d);
        } else if (index.kind[row] == MeetingKind.LETTER.ordinal()) {
          // letters mark yearly occasions (a national day, the new year), so a day and month
          // without a year does not tell one letter from the next year's
          set(i, Shape.ALONE, 0, 0);
        } else {
          set(i, Shape.MONTH_DAY, month * 32 + day, 0);
        }
      } else if (!published) {
        set(i, Shape.ALONE, 0, 0);
      } else if (index.meetings[row].recalled()) {
        // a meeting recalled was held before the day its article reports, not on it nor after
        // ("have met twice: in Hanoi in 2013 and in Sochi in 2014", ahead of that day's talks)
        set(i, Shape.RECALLED, pubFrom - RECALL_DAYS, pubFrom - 1);
      } else {
        set(i, Shape.SPAN, pubFrom - NEWS_DAYS, pubTo + LATE_DAYS);
      }
    }

    private void set(int i, Shape s, long from, long to) {
      shape[i] = s;
      lo[i] = from;
      hi[i] = to;
    }
  }

  /** Whether some day of {@code [from, to]} (epoch days) is a {@code month}-{@code day}. */
  static boolean canBeOn(long from, long to, int month, int day) {
    int y = LocalDate.ofEpochDay(from).getYear();
    // February 29 comes back within eight years
    for (int k = 0; k <= 8; k++, y++) {
      if (month == 2 && day == 29 && !Year.isLeap(y)) {
        continue;
      }
      long d = LocalDate.of(y, month, day).toEpochDay();
      if (d >= from) {
        return d <= to;
      }
    }
    return false;
  }

  /** The epoch day of the last {@code month}-{@code day} on or before epoch day {@code limit}. */
  static long lastOnOrBefore(int month, int day, long limit) {
    LocalDate l = LocalDate.ofEpochDay(limit);
    for (int y = l.getYear(); ; y--) {
      if (month == 2 && day == 29 && !Year.isLeap(y)) {
        continue;
      }
      LocalDate d = LocalDate.of(y, month, day);
      if (!d.isAfter(l)) {
        return d.toEpochDay();
      }
    }
  }
}
