package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.Clause;
import io.github.vnru.extract.ClauseReader.TriggerUse;
import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.TopicAt;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Place;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A meeting being assembled from one or more reports of it ({@link MeetingFinder}). */
final class MeetingDraft {
  MeetingKind kind;
  final Map<String, String> participants = new LinkedHashMap<>();
  PartialDate date;
  Place place;
  /** Whether {@link #place} is only where the text last was, not what its own sentence says. */
  boolean placeCarried;
  boolean recalled;
  boolean reference;
  /** Whether only a photo caption showing the sides together reports it. */
  boolean pictured;
  /** Whether it only lists who attended a meeting already reported ("Tham dự hội đàm có …"). */
  boolean attendance;
  /**
   * Whether only the two sides' lists of those attending name it ("Về phía Nga có A; B. Về phía
   * Việt Nam có C"), each list's first the side.
   */
  boolean listed;
  /** Whether it is only referred to ("Tại cuộc hội đàm"), not reported nor agreed on. */
  boolean referredTo;
  /** For a meeting only referred to: the day its own sentence names, if any. */
  PartialDate ownDate;
  /** Whether a name's owner's mark stands before its meeting word ("Volodin's talks"). */
  boolean owned;
  /** Where its meeting word's own words start and end: the word up to the next one. */
  int scopeStart;
  int scopeEnd;
  final List<Scanned> sentences = new ArrayList<>();
  final List<ClauseSpan> clauses = new ArrayList<>();
  /**
   * Whether the sentence that first reports it states a span of days outside an aside about a
   * person ("on October 24-25"; not ", who is staying on after a November 18-19 forum,"): it took
   * place within the span, on no day the text names.
   */
  boolean withinSpan;
  /** The names that made it a side each, as its clause named them. */
  List<Item> sides = List.of();

  /**
   * The meeting that meeting word {@code t} of clause {@code c} of {@code r} reports, with the
   * {@code sides} the clause gives it, its word's own words reaching to {@code scopeEnd}.
   */
  static MeetingDraft of(
      Read r, Clause c, TriggerUse t, int scopeEnd, MeetingKind kind, List<Item> sides) {
    MeetingDraft d = new MeetingDraft();
    d.kind = kind;
    d.reference = t.reference();
    d.referredTo = t.reference() && !t.agreed();
    d.attendance = t.reference()
        && ClauseReader.cueRightBefore(r.s.text(), t.start(), t.end(), r.found, Cue.ATTENDANCE);
    d.recalled = c.recalled();
    d.scopeStart = t.start();
    d.scopeEnd = scopeEnd;
    d.setSides(sides);
    d.withinSpan = spanOutsideAsides(r);
    d.sentences.add(r.s);
    d.clauses.add(new ClauseSpan(r.s, c.start(), c.end()));
    return d;
  }

  /** Makes {@code sides} its sides and its participants, each with its title as printed. */
  void setSides(List<Item> sides) {
    participants.clear();
    for (Item it : sides) {
      participants.put(it.id, it.title == null ? null : it.title.strip());
    }
    this.sides = List.copyOf(sides);
  }

  /** Whether {@code r} states a span of days outside an aside about a person. */
  static boolean spanOutsideAsides(Read r) {
    for (DateMention span : r.s.sentence.spans()) {
      if (!MeetingPlaces.asideAfter(r, 0, span.start() - r.s.sentence.start())) {
        return true;
      }
    }
    return false;
  }

  /** Where a clause that reports a meeting stands: {@code [start, end)} of a sentence. */
  record ClauseSpan(Scanned s, int start, int end) {
    /**
     * Adds the topics of the clause's words: the topic words of its sentence within it that start
     * a word of the clause (its first word does, whatever comes before the clause).
     */
    void addTopics(Set<String> out) {
      for (TopicAt t : s.topics) {
        if (t.start() >= start && t.end() <= end && (t.wordStart() || t.start() == start)) {
          out.add(t.topic());
        }
      }
    }
  }
}
