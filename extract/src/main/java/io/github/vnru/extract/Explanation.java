package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.Clause;
import io.github.vnru.extract.ClauseReader.PersonUse;
import io.github.vnru.extract.ClauseReader.TriggerUse;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Place;
import java.util.Collection;

/**
 * The reasons behind the meetings of one article, sentence by sentence, as plain text for a
 * person ({@code vnru parse --explain}). The {@link #NONE} instance records nothing and costs
 * nothing.
 */
class Explanation {
  /** Records nothing. */
  static final Explanation NONE = new Explanation();

  void sentence(Scanned s) {}

  void clause(String sentence, Clause c) {}

  void skipped(Collection<String> sides, TriggerUse t) {}

  /** A rule of the meeting stage that decided something the clause's words do not show. */
  void rule(String what) {}

  void draft(MeetingKind kind, Collection<String> sides, PartialDate date, Place place,
      boolean recalled, boolean reference) {}

  /** An explanation that writes into a text. */
  static final class Text extends Explanation {
    private final StringBuilder out = new StringBuilder();

    @Override
    void sentence(Scanned s) {
      out.append("\n[").append(s.segment.name().toLowerCase(java.util.Locale.ROOT)).append(" @").append(s.sentence.start())
          .append("] ").append(s.text()).append('\n');
    }

    @Override
    void clause(String sentence, Clause c) {
      if (c.triggers().isEmpty() && c.persons().isEmpty()) {
        return;
      }
      for (TriggerUse t : c.triggers()) {
        out.append("  meeting word '").append(t.text()).append("' (").append(t.kind()).append(')');
        if (t.planned()) {
          out.append(": planned, not a meeting");
        } else if (t.negated()) {
          out.append(": negated, not a meeting");
        } else if (t.reference()) {
          out.append(": refers back to a meeting already reported");
        }
        out.append('\n');
      }
      if (c.triggers().isEmpty()) {
        out.append("  no meeting word in this clause\n");
      }
      for (PersonUse p : c.persons()) {
        out.append("  person ").append(p.item().id).append(p.participant()
            ? ": a side of the meeting" : ": not a side (" + p.whyNot() + ")").append('\n');
      }
      if (c.recalled()) {
        out.append("  recalled: a past meeting\n");
      }
    }

    @Override
    void rule(String what) {
      out.append("  rule: ").append(what).append('\n');
    }

    @Override
    void skipped(Collection<String> sides, TriggerUse t) {
      out.append("  => no meeting ").append(sides).append(": '").append(t.text()).append("' is ")
          .append(t.planned() ? "planned" : "negated").append('\n');
    }

    @Override
    void draft(MeetingKind kind, Collection<String> sides, PartialDate date, Place place,
        boolean recalled, boolean reference) {
      out.append("  => ").append(kind).append(' ').append(sides)
          .append(" date ").append(date == null ? "-" : date)
          .append(" place ").append(place == null ? "-" : place)
          .append(recalled ? " (recalled)" : "")
          .append(reference ? " (joins a meeting already found, if any)" : "").append('\n');
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
