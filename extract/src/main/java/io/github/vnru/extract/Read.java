package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.Clause;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.model.Place;
import java.util.EnumSet;
import java.util.List;

/**
 * A sentence as the meeting stages read it: its pack phrases and clauses, {@link #place}: where
 * the whole sentence says something happened ({@link MeetingPlaces#placeIn}), or null, and {@link
 * #whereTextIs}: the same with its asides about persons (where "the same day" is spent
 * afterwards). Both are looked up when first asked: most sentences' never are.
 */
final class Read {
  final Scanned s;
  final List<Found> found;
  final List<Clause> clauses;
  private final MeetingPlaces places;
  /**
   * Every cue some phrase of {@link #found} {@link Found#is is}: the cue look-ups run through the
   * phrases for each place and clause asked of, and most sentences hold few of the cues asked.
   */
  private final EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
  private Place place;
  private boolean placeKnown;
  private Place whereTextIs;
  private boolean whereKnown;
  private List<ClauseReader.Range> quotations;

  Read(Scanned s, List<Found> found, List<Clause> clauses, MeetingPlaces places) {
    this.s = s;
    this.found = found;
    this.clauses = clauses;
    this.places = places;
    for (Found f : found) {
      Cue c = f.cue();
      if (c != null) {
        cues.add(c);
        if (c.wider() != null) {
          cues.add(c.wider());
        }
      }
    }
  }

  /** Whether some phrase of the sentence {@link Found#is is} {@code cue}. */
  boolean holds(Cue cue) {
    return cues.contains(cue);
  }

  Scanned s() {
    return s;
  }

  List<Found> found() {
    return found;
  }

  List<Clause> clauses() {
    return clauses;
  }

  /** Its quotations with no meeting word of their own ({@link ClauseReader#quotations}). */
  List<ClauseReader.Range> quotations() {
    if (quotations == null) {
      quotations = ClauseReader.quotations(s.text(), found);
    }
    return quotations;
  }

  Place place() {
    if (!placeKnown) {
      place = places.placeIn(this, 0, s.text().length(), false);
      placeKnown = true;
    }
    return place;
  }

  Place whereTextIs() {
    if (!whereKnown) {
      boolean asides = hasCue(Cue.ASIDE, Integer.MAX_VALUE);
      // without a date, no place of the sentence is dated to another occasion: its own place
      whereTextIs = !asides && s.sentence.dates().isEmpty() ? place()
          : places.placeIn(this, 0, s.text().length(), asides, true);
      whereKnown = true;
    }
    return whereTextIs;
  }

  /**
   * Whether the sentence holds a cue of {@code cue} that starts before {@code before}: asked of
   * every sentence, so a loop, not a stream.
   */
  boolean hasCue(Cue cue, int before) {
    if (!cues.contains(cue)) {
      return false;
    }
    for (Found f : found) {
      if (f.is(cue) && f.start() < before) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue of {@code cue} lies within {@code [from, to)} of the sentence. */
  boolean hasCueBetween(Cue cue, int from, int to) {
    if (!cues.contains(cue)) {
      return false;
    }
    for (Found f : found) {
      if (f.start() >= from && f.end() <= to && f.is(cue)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue of {@code cue} starts at {@code at}. */
  boolean cueAt(Cue cue, int at) {
    if (!cues.contains(cue)) {
      return false;
    }
    for (Found f : found) {
      if (f.start() == at && f.is(cue)) {
        return true;
      }
    }
    return false;
  }

  /** Where the first clause break after {@code from} stands, or {@code end} if none before it. */
  int breakAfter(int from, int end) {
    for (Found f : found) {
      if (f.is(Cue.CLAUSE_BREAK) && f.start() > from && f.start() < end) {
        return f.start();
      }
    }
    return end;
  }
}
