package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.Clause;
import io.github.vnru.extract.ClauseReader.TriggerUse;
import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a meeting was held, from its own clause, then its sentence, then the day the text last
 * named ("cùng ngày", "the same day", "hôm sau"); asides about a person and the day a meeting was
 * recalled on are not its day.
 */
final class MeetingDates {
  private MeetingDates() {}

  /**
   * Whether {@code date}, with a year and a month, lies two months or more from the month {@code
   * year}-{@code month}: another occasion than that month's ("hồi tháng 6/2025" in a report of 25
   * December).
   */
  static boolean monthsApart(PartialDate date, int year, int month) {
    return date.year().isPresent() && date.month().isPresent()
        && Math.abs(date.year().getAsInt() * 12 + date.month().getAsInt() - (year * 12 + month))
            >= 2;
  }

  /**
   * Whether {@code a} and {@code b}, both with a month, lie two months or more apart: by year and
   * month when both have a year, else by month alone, around the turn of the year (a visit "in
   * December" is near a meeting of 3 January).
   */
  static boolean monthsApart(PartialDate a, PartialDate b) {
    if (a.month().isEmpty() || b.month().isEmpty()) {
      return false;
    }
    if (a.year().isPresent() && b.year().isPresent()) {
      return monthsApart(a, b.year().getAsInt(), b.month().getAsInt());
    }
    int months = Math.abs(a.month().getAsInt() - b.month().getAsInt());
    return Math.min(months, 12 - months) >= 2;
  }

  /**
   * The clause's date nearest before its meeting word, else the first after it; else the
   * sentence's last date before the clause; else, for {@code cùng ngày} / {@code the same day},
   * the date last named; for a pronoun subject, the day of the sentence before; for a report
   * referring back, the day of the sentence before when that one reports a meeting
   * ({@code previousMeetingDate}); and for {@code hôm sau} / {@code the next day} the day after
   * the date last named.
   */
  static PartialDate dateOf(
      Read r, Clause c, MeetingKind kind, PartialDate lastDate, PartialDate previousSentenceDate,
      PartialDate previousMeetingDate) {
    int base = r.s().sentence.start();
    PartialDate before = null;
    PartialDate after = null;
    PartialDate earlier = null;
    // "On 2 May the ambassador recalled that in March, in a phone call, …": a day before a word
    // that recalls the meeting word after it is when it was recalled
    int recalledFrom = c.start();
    int trigger = firstTriggerStart(c, kind);
    if (c.recalled() && trigger >= 0) {
      for (Found f : r.found()) {
        if (f.is(Cue.RECALLED) && f.start() >= c.start() && f.end() <= trigger) {
          recalledFrom = f.end();
          break;
        }
      }
    }
    for (DateMention dm : r.s().sentence.dates()) {
      int at = dm.start() - base;
      if (MeetingPlaces.asideAfter(r, c.start(), at) || (at >= c.start() && at < recalledFrom)) {
        continue; // "X, who arrived on Monday, met Y": Monday is X's; and a recalling's day
      }
      if (at < c.start()) {
        earlier = dm.date();
      } else if (at < c.end()) {
        if (at <= c.subjectEnd()) {
          before = dm.date();
        } else if (after == null) {
          after = dm.date();
        }
      }
    }
    // "X, who arrived in Hanoi on June 19, held talks with Y the next day": the day after the one
    // named before the words, in an aside or not
    if (c.nextDay()) {
      PartialDate named = dateBeforeCue(r, c, Cue.NEXT_DAY, base);
      PartialDate nextDay = named == null ? null : dayAfter(named);
      if (nextDay != null) {
        return nextDay;
      }
    }
    if (before != null) {
      return before;
    }
    if (after != null) {
      return after;
    }
    if (earlier != null && !c.recalled()) {
      return earlier;
    }
    if (c.sameDay()) {
      return lastDate;
    }
    // "the next day" says the day outright, before any day carried from the sentence before
    PartialDate afterLast = c.nextDay() && lastDate != null ? dayAfter(lastDate) : null;
    if (afterLast != null) {
      return afterLast;
    }
    // "X said on Wednesday ... He said this in talks with Y": the pronoun goes on with the
    // sentence before, and so does its day
    if (c.pronounSubject() && previousSentenceDate != null) {
      return previousSentenceDate;
    }
    // "… a working session in Moscow on September 5. A and B discussed …": a report referring
    // back to the meeting the sentence before reported, on the day that sentence names
    if (previousMeetingDate != null && trigger >= 0 && onlyReferences(c, kind)) {
      return previousMeetingDate;
    }
    return null;
  }

  /** The day after {@code d}, or null when {@code d} names no day. */
  private static PartialDate dayAfter(PartialDate d) {
    Optional<LocalDate> day = d.toLocalDate();
    if (day.isPresent()) {
      return PartialDate.of(day.get().plusDays(1));
    }
    if (d.month().isPresent() && d.day().isPresent()) {
      // a leap year, so that 29 February has a day after it
      LocalDate leap = LocalDate.of(2000, d.month().getAsInt(), d.day().getAsInt()).plusDays(1);
      return PartialDate.ofMonthDay(leap.getMonthValue(), leap.getDayOfMonth());
    }
    return null;
  }

  /** The last date the sentence names before the clause's first {@code cue}, or null. */
  private static PartialDate dateBeforeCue(Read r, Clause c, Cue cue, int base) {
    int at = -1;
    for (Found f : r.found()) {
      if (f.is(cue) && f.start() >= c.start() && f.end() <= c.end()) {
        at = f.start();
        break;
      }
    }
    if (at < 0) {
      return null;
    }
    PartialDate last = null;
    for (DateMention dm : r.s().sentence.dates()) {
      if (dm.end() - base <= at) {
        last = dm.date();
      }
    }
    return last;
  }

  /** Whether every meeting word of {@code kind} in the clause refers back to a meeting. */
  private static boolean onlyReferences(Clause c, MeetingKind kind) {
    for (TriggerUse t : c.triggers()) {
      if (t.kind() == kind && !t.reference()) {
        return false;
      }
    }
    return true;
  }

  /** Where the clause's first meeting word of {@code kind} starts, or -1. */
  private static int firstTriggerStart(Clause c, MeetingKind kind) {
    for (TriggerUse t : c.triggers()) {
      if (t.kind() == kind) {
        return t.start();
      }
    }
    return -1;
  }

  /**
   * Whether every day clause {@code c} names lies in {@code [from, to)}, and one does: the words
   * of one meeting word, whose days are its own.
   */
  static boolean daysOnlyWithin(Read r, Clause c, int from, int to) {
    int base = r.s().sentence.start();
    boolean any = false;
    for (DateMention dm : r.s().sentence.dates()) {
      int at = dm.start() - base;
      if (at >= c.start() && at < c.end()) {
        if (at < from || at >= to) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /**
   * Of a clause that names a day after each of several counterparts ("met A on May 5 and B on May
   * 6"), the day right after {@code counterpart}, with no other side named between; null when
   * the clause names fewer than two days after the first one met, or one before (that day is
   * every meeting's).
   */
  static PartialDate dayAfterCounterpart(Read r, Clause c, int triggerStart, Item counterpart) {
    int base = r.s().sentence.start();
    // "had phone talks on June 11 with X": a day before the first one met is every meeting's
    int firstMet = counterpart.start;
    for (ClauseReader.PersonUse p : c.persons()) {
      if (p.participant() && p.item().start > triggerStart) {
        firstMet = Math.min(firstMet, p.item().start);
      }
    }
    int daysAfter = 0;
    DateMention next = null;
    for (DateMention dm : r.s().sentence.dates()) {
      int at = dm.start() - base;
      if (at < c.start() || at >= c.end() || dm.date().day().isEmpty()) {
        continue;
      }
      // "visited A on July 6 … the statement signed by B and C on November 30": a day after an
      // earlier meeting word is that word's
      if (at < firstMet
          && !(at < triggerStart && c.triggers().stream().anyMatch(t -> t.start() < at))) {
        return null;
      }
      daysAfter++;
      if (next == null && at >= counterpart.end) {
        next = dm;
      }
    }
    if (daysAfter < 2 || next == null) {
      return null;
    }
    int nextAt = next.start() - base;
    for (ClauseReader.PersonUse p : c.persons()) {
      if (p.participant() && p.item().start >= counterpart.end && p.item().start < nextAt) {
        return null;
      }
    }
    return next.date();
  }
}
