package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.TriggerUse;
import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Meeting stage: sides a meeting's own sentence does not name, named apart from it: the leaders
 * of the delegations the next sentence names, and the speakers of a transcript.
 */
final class SidesNamedApart {
  /** How many sentences after a meeting's report the leader of its delegation may be named. */
  private static final int LEADER_NAMED_WITHIN = 3;
  /** A comma, one word and a dash: a verb left out ("A, вьетнамскую — B"). */
  private static final Pattern GAPPED = Pattern.compile(",\\s*\\p{L}+\\s*[—–]\\s*");

  private SidesNamedApart() {}

  /**
   * Per sentence that reports a meeting, the leaders of delegations the next sentence names with
   * {@link Cue#LED_BY} cues and no meeting word of its own ("… received a delegation of the CPRF.
   * The delegation was led by L.I. Kalashnikov."; "The dialogue took place in Hanoi. The
   * Vietnamese delegation was led by A, and the Russian delegation was headed by B."), or the
   * next sentences, one delegation each: the
   * meeting's other side when its own sentence names only one, both sides when it names none.
   * Per cue, the person named first after it, else (the first cue) the last before it ("X led
   * the delegation"); never one the sentence names in another role ("the greetings of Y").
   */
  static Map<Read, List<Item>> leadersNamedAfter(List<Read> read) {
    Map<Read, List<Item>> out = new IdentityHashMap<>();
    // per sentence that named leaders, the meeting's: one delegation per sentence ("Đoàn đại
    // biểu Việt Nam do ông A dẫn đầu. Đoàn đại biểu Liên bang Nga do ông B dẫn đầu.")
    Map<Read, Read> ledAt = new IdentityHashMap<>();
    for (int i = 1; i < read.size(); i++) {
      Read r = read.get(i);
      List<Found> cues = cues(r, Cue.LED_BY);
      if (cues.isEmpty() || tookPlace(r)) {
        continue;
      }
      // the sentence that reported the meeting, with none reported since: the next one, or one a
      // sentence or two before that say no more of it ("… встретился с делегацией провинции.
      // Гости посетили область с ознакомительной поездкой. Делегацию возглавил X.")
      Read before = null;
      for (int j = i - 1; j >= Math.max(0, i - LEADER_NAMED_WITHIN) && before == null; j--) {
        if (reportsMeeting(read.get(j))) {
          // past reports that name no one and no day to the one that dates it ("Kỳ họp … đã được
          // tổ chức tại Hà Nội từ ngày 29/10-31/10/2014", then a caption "Kỳ họp lần thứ 5 …")
          while (j > 0 && namesNoOne(read.get(j)) && namesNoDay(read.get(j))
              && tookPlace(read.get(j - 1)) && namesNoOne(read.get(j - 1))) {
            j--;
          }
          before = read.get(j);
        } else if (ledAt.containsKey(read.get(j))) {
          before = ledAt.get(read.get(j));
        } else if (!namesNoOne(read.get(j))) {
          break; // a sentence between names someone: the text has moved on to them
        }
      }
      if (before == null) {
        continue;
      }
      // a person the sentence names in another role ("conveyed the greetings of Y") leads nothing
      Set<Item> others = Collections.newSetFromMap(new IdentityHashMap<>());
      r.clauses().forEach(c -> c.persons().stream().filter(p -> !p.participant())
          .forEach(p -> others.add(p.item())));
      List<Item> leaders = new ArrayList<>();
      for (int k = 0; k < cues.size(); k++) {
        int to = k + 1 < cues.size() ? cues.get(k + 1).start() : Integer.MAX_VALUE;
        Item leader = leaderOf(r, cues.get(k).end(), to, k == 0, others);
        if (leader != null && !leaders.contains(leader)) {
          leaders.add(leader);
          // "Российскую делегацию возглавлял A, вьетнамскую — B": the verb left out after a dash
          Item gapped = gappedAfter(r, leader, others);
          if (gapped != null && !leaders.contains(gapped)) {
            leaders.add(gapped);
          }
        }
      }
      if (!leaders.isEmpty()) {
        ledAt.put(r, before);
        List<Item> all = out.computeIfAbsent(before, x -> new ArrayList<>());
        leaders.stream().filter(it -> !all.contains(it)).forEach(all::add);
      }
    }
    return out;
  }

  /**
   * The leader a sentence that reports no meeting gives a delegation with a {@link Cue#LED_BY}
   * cue ("Đoàn công tác tỉnh … do đồng chí X làm Trưởng đoàn đã đến thăm Nga"): the person named
   * first after the cue, else the last before it; none when the sentence names another role's.
   */
  static Optional<Item> delegationLeader(Read r) {
    List<Found> cues = cues(r, Cue.LED_BY);
    if (cues.isEmpty() || tookPlace(r) || namesAnotherRole(r)) {
      return Optional.empty();
    }
    return Optional.ofNullable(leaderOf(r, cues.get(0).end(), Integer.MAX_VALUE, true, Set.of()));
  }

  /**
   * The visitor a sentence that reports no meeting names as its one person, right before a visit
   * word ("On 24 May, President of the Academy X visited JINR"): the one whom "the guests" later
   * stands for, when no one was said to lead them.
   */
  static Optional<Item> visitor(Read r) {
    if (!r.holds(Cue.VISIT) || tookPlace(r) || namesAnotherRole(r)) {
      return Optional.empty();
    }
    Item one = null;
    for (ClauseReader.Clause c : r.clauses()) {
      for (ClauseReader.PersonUse p : c.persons()) {
        if (one != null && !one.id.equals(p.item().id)) {
          return Optional.empty();
        }
        one = p.item();
      }
    }
    if (one == null) {
      return Optional.empty();
    }
    String text = r.s().text();
    for (Found f : r.found()) {
      if (f.is(Cue.VISIT) && f.start() >= one.end
          && Chars.atMostWords(text, one.end, f.start(), VISITOR_WORDS_BEFORE)) {
        return Optional.of(one);
      }
    }
    return Optional.empty();
  }

  /** How many words may stand between a visitor's name and the visit word ("X has visited"). */
  private static final int VISITOR_WORDS_BEFORE = 2;

  /**
   * The cues of {@code cue} in {@code r}, in order: every sentence read is asked, and most have
   * none (a loop, not a stream, as it runs per sentence).
   */
  private static List<Found> cues(Read r, Cue cue) {
    List<Found> out = List.of();
    for (Found f : r.found()) {
      if (f.is(cue)) {
        if (out.isEmpty()) {
          out = new ArrayList<>();
        }
        out.add(f);
      }
    }
    return out;
  }

  private static boolean namesNoDay(Read r) {
    return r.s.sentence.dates().isEmpty() && r.s.sentence.spans().isEmpty();
  }

  private static boolean namesNoOne(Read r) {
    return r.s.items.stream().noneMatch(it -> it.kind == TermKind.PERSON);
  }

  /** Whether a clause of {@code r} names a person who takes no part ("the greetings of Y"). */
  private static boolean namesAnotherRole(Read r) {
    for (ClauseReader.Clause c : r.clauses()) {
      for (ClauseReader.PersonUse p : c.persons()) {
        if (!p.participant()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The person a {@link Cue#LED_BY} cue ending at {@code from} names: the first in {@code [from,
   * to)} that no comma parts from the cue, else, when {@code orBefore}, the last before {@code
   * from} ("X led the delegation", "do X làm trưởng đoàn, thành phần đoàn có Y": X, not the
   * member listed after the comma); never one of {@code others}.
   */
  private static Item leaderOf(Read r, int from, int to, boolean orBefore, Set<Item> others) {
    Item leader = null;
    int comma = r.s().text().indexOf(',', from);
    for (Item it : r.s().items) {
      if (it.kind == TermKind.PERSON && it.emitted && !others.contains(it)) {
        if (it.start >= from && it.start < to
            && (!orBefore || leader == null || comma < 0 || comma >= it.phraseStart)) {
          return it;
        }
        if (orBefore && it.start < from) {
          leader = it;
        }
      }
    }
    return leader;
  }

  /**
   * The person named next after {@code leader}, a comma, one word and a dash ({@code A,
   * вьетнамскую — заместитель министра B}): the same verb, left out, leads the other delegation;
   * or null.
   */
  private static Item gappedAfter(Read r, Item leader, Set<Item> others) {
    String text = r.s().text();
    for (Item it : r.s().items) {
      if (it.kind == TermKind.PERSON && it.emitted && !others.contains(it)
          && it.start >= leader.end) {
        // the dash may be followed by the person's title ("— заместитель министра B")
        return GAPPED.matcher(text.substring(leader.end, it.start)).lookingAt() ? it : null;
      }
    }
    return null;
  }

  /** Whether a meeting word of the sentence reports a meeting that took place. */
  private static boolean tookPlace(Read r) {
    return r.clauses().stream().flatMap(c -> c.triggers().stream()).anyMatch(TriggerUse::tookPlace);
  }

  /**
   * Whether a sentence reports a meeting its delegations' leaders may be the sides of: not one
   * whose only meeting word needs both sides in its own clause ("X attended from the university"
   * at a forum, before "The Vietnamese delegation was headed by Y").
   */
  private static boolean reportsMeeting(Read r) {
    return r.clauses().stream().flatMap(c -> c.triggers().stream())
        .anyMatch(t -> t.tookPlace() && !t.agreed());
  }

  /**
   * The speaker a transcript's label names ({@code President Vladimir Putin: ...}, {@code Nguyen
   * Tan Dung (via interpreter): ...}), if any.
   */
  static Optional<Item> speakerOf(Scanned s) {
    for (Item it : s.items) {
      if (it.kind == TermKind.PERSON && it.emitted) {
        return labelEnd(s.text(), it.end) >= 0 ? Optional.of(it) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The end of a speaker label's colon after {@code from}, or -1. */
  static int labelEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '(') {
      int close = text.indexOf(')', i);
      i = close < 0 ? text.length() : close + 1;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
    }
    return i < text.length() && text.charAt(i) == ':' ? i + 1 : -1;
  }
}
