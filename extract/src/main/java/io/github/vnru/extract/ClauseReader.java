package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.LanguagePack.Trigger;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.MeetingKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage one of meeting finding: reads one sentence into clauses, each with its meeting words (and
 * whether each took place) and the persons named in it (and whether each is a side of a meeting).
 * Knows no words itself: every word comes from the {@link LanguagePack}.
 */
final class ClauseReader {
  /** How far (in words) a cue reaches to the names it qualifies. */
  private static final int CUE_REACH_WORDS = 4;
  /** How many words an organisation's name may run between a title and its holder's name. */
  private static final int ORGANISATION_WORDS = 8;
  /** How near (in chars) a negation stands before its trigger. */
  private static final int NEGATION_REACH = 12;

  /** A meeting word in a clause and what the words around it say of it. */
  record TriggerUse(
      int start, int end, MeetingKind kind, String text, boolean planned, boolean negated,
      boolean reference, boolean agreed, boolean subjectsAfter) {
    boolean tookPlace() {
      return !planned && !negated;
    }
  }

  /**
   * A person named in a clause; {@code whyNot} is null for a side of the meeting. A {@code frame}
   * person is whose visit the meeting was held during ({@code Trong khuôn khổ chuyến thăm của X,
   * Y hội kiến}): not a side, unless the meeting names no one else of that person's country.
   */
  record PersonUse(Item item, String whyNot, boolean frame) {
    boolean participant() {
      return whyNot == null;
    }
  }

  /** One clause of a sentence: offsets local to the sentence. */
  record Clause(
      int start, int end, List<TriggerUse> triggers, List<PersonUse> persons, boolean recalled,
      boolean joint, boolean separate, boolean sameDay, boolean nextDay, int subjectEnd,
      boolean pronounSubject, String pronounCountry, boolean firstPerson, boolean secondPerson,
      boolean bothSides, boolean delegation, boolean ownDelegation, boolean guests,
      boolean delegationObject) {}

  /** A stretch {@code [start, end)} of a sentence. */
  record Range(int start, int end) {
    boolean contains(int a, int b) {
      return start <= a && b <= end;
    }
  }

  /**
   * The clauses of {@code s}; {@code found} are its pack phrases ({@link
   * io.github.vnru.extract.internal.SentenceMatcher.Matches#phrases}).
   */
  List<Clause> read(Scanned s, List<Found> found) {
    String text = s.text();
    List<Item> persons = new ArrayList<>();
    for (Item it : s.items) {
      if (it.kind == TermKind.PERSON && it.emitted) {
        persons.add(it);
      }
    }
    List<Range> bounds = clauseBounds(text, found, persons);
    String[] whyNot = new String[persons.size()];
    boolean[] frame = new boolean[persons.size()];
    // both only mark persons: a sentence that names none (quoted reads every char) is spared them
    if (!persons.isEmpty()) {
      List<Item> titles = new ArrayList<>();
      for (Item it : s.items) {
        if (it.kind == TermKind.TITLE && !it.attached) {
          titles.add(it);
        }
      }
      exclusions(text, persons, titles, found, bounds, whyNot, frame);
      quoted(text, persons, found, whyNot);
    }
    List<Clause> out = new ArrayList<>();
    boolean planned = false;
    for (Range b : bounds) {
      Clause c = clause(s, b.start(), b.end(), found, persons, whyNot, frame, planned);
      planned = anyPlanned(c.triggers());
      out.add(c);
    }
    return out;
  }

  /**
   * Whether {@code f} follows a date with a day, white space between: "Ngày 5/1 vừa qua" is the
   * last 5 January, the day of what is reported, not a past recalled.
   */
  private static boolean rightAfterADay(Scanned s, Found f) {
    int base = s.sentence.start();
    for (DateMention dm : s.sentence.dates()) {
      int end = dm.end() - base;
      if (dm.date().day().isPresent() && end <= f.start()
          && Chars.isWhitespaceOnly(s.text(), end, f.start())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code [start, end)} of {@code text} is all that a pair of round brackets holds. */
  private static boolean aloneInBrackets(String text, int start, int end) {
    return start > 0 && end < text.length() && text.charAt(start - 1) == '('
        && text.charAt(end) == ')';
  }

  /**
   * One clause; {@code plannedBefore}: the clause before it reports a plan, which a clause that
   * opens with its meeting word shares ({@code Putin sẽ hội đàm với A; hội kiến B}).
   */
  private Clause clause(
      Scanned s, int cs, int ce, List<Found> found, List<Item> persons, String[] whyNot,
      boolean[] frame, boolean plannedBefore) {
    String text = s.text();
    List<TriggerUse> triggers = new ArrayList<>();
    boolean recalled = false;
    List<Found> recalls = null; // made only for a clause that has such a cue (a hot path)
    boolean joint = false;
    boolean separate = false;
    boolean sameDay = false;
    boolean nextDay = false;
    for (Found f : found) {
      if (f.start() < cs || f.end() > ce) {
        continue;
      }
      // the phrase's cue read once, not once per cue asked of (every clause asks of every phrase)
      Cue cue = f.cue();
      // "между Вьетнамом и СССР (ранее), Россией (ныне)": a word alone in brackets qualifies the
      // word before them, not the meeting
      if (cue == Cue.RECALLED && !aloneInBrackets(text, f.start(), f.end())
          && !rightAfterADay(s, f)) {
        // a cue with a reach qualifies a meeting word that near it only (below)
        if (f.reach() == Integer.MAX_VALUE) {
          recalled = true;
        } else {
          recalls = recalls == null ? new ArrayList<>(2) : recalls;
          recalls.add(f);
        }
      }
      joint |= cue == Cue.JOINT;
      separate |= cue == Cue.SEPARATE;
      sameDay |= cue == Cue.SAME_DAY;
      nextDay |= cue == Cue.NEXT_DAY;
      if (f.trigger().isPresent()) {
        Trigger t = f.trigger().get();
        boolean opens = triggers.isEmpty() && Chars.atMostWords(text, cs, f.start(), 0);
        // "sẽ hội đàm với A và gặp B": a verb joined to a planned one is planned too, and so is a
        // meeting it governs ("will co-chair the second meeting of the committee")
        TriggerUse last = triggers.isEmpty() ? null : triggers.get(triggers.size() - 1);
        boolean joined = last != null && last.planned() && (andRightBefore(text, f, found)
            || Chars.atMostWords(text, last.end(), f.start(), 3)
                && noComma(text, last.end(), f.start()));
        triggers.add(new TriggerUse(f.start(), f.end(), t.kind().get(),
            text.substring(f.start(), f.end()),
            !t.past() && (planned(text, f, found, cs) || opens && plannedBefore || joined
                || opensClause(text, cs, f.start(), 1) && cueAfter(text, f, found, ce, Cue.PLANNED)
                || besidesAPlan(text, f, found, cs, ce))
                // "would be received", "sẽ được tiếp": a word of the past tense after a plan;
                // "attend another reception hosted by X": a participle right after a planned
                // meeting word says who holds it
                || t.past() && (plannedRightBefore(text, f, found)
                    || joined && Chars.atMostWords(text, last.end(), f.start(), 0)),
            negated(text, f, found)
                || opensClause(text, cs, f.start(), 2) && cueAfter(text, f, found, ce, Cue.NEGATED),
            reference(text, f, found) || t.agreed(), t.agreed(), t.subjectsAfter()));
      }
    }
    // "Chào mừng X thăm Việt Nam, A khẳng định … đã dành cho Việt Nam … trước đây": the past
    // that words far from the meeting word speak of is not the meeting's ("Trước đây, A đã gặp
    // B" is: commas do not stop this reach, nor do names and titles count)
    for (Found f : recalls == null ? List.<Found>of() : recalls) {
      for (TriggerUse t : triggers) {
        recalled |= Chars.atMostSmallWords(text, Math.min(f.end(), t.end()),
            Math.max(f.start(), t.start()), f.reach());
      }
    }
    // A letter word beside a meeting word ("trao thư" at talks) reports no letter of its own.
    if (anyNotLetter(triggers)) {
      triggers.removeIf(t -> t.kind() == MeetingKind.LETTER);
    }
    List<PersonUse> uses = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      Item it = persons.get(i);
      if (it.start >= cs && it.end <= ce) {
        uses.add(new PersonUse(it, whyNot[i], frame[i]));
      }
    }
    int subjectEnd = triggers.isEmpty() ? cs : triggers.get(0).start();
    boolean pronoun = false;
    String pronounCountry = null;
    boolean ownDelegation = false;
    boolean guests = false;
    boolean firstPerson = false;
    boolean secondPerson = false;
    boolean bothSides = false;
    boolean delegation = false;
    boolean delegationObject = false;
    for (Found f : found) {
      Cue cue = f.cue();
      if (cue != null && f.start() >= cs && f.end() <= ce) {
        boolean delegationCue = cue == Cue.OWN_DELEGATION || cue == Cue.GUESTS;
        boolean subject = (cue == Cue.PRONOUN || delegationCue)
            && f.end() <= subjectEnd
            && !insideAPerson(persons, f.start());
        pronoun |= subject;
        if (subject && cue == Cue.PRONOUN && pronounCountry == null) {
          pronounCountry = countryInside(s.items, f);
        }
        ownDelegation |= subject && delegationCue;
        guests |= subject && cue == Cue.GUESTS;
        // "X tiếp đoàn": the delegation received, its leader not named here
        delegationObject |= delegationCue && !triggers.isEmpty()
            && f.start() >= triggers.get(0).end() && uses.stream()
                .noneMatch(p -> p.item().start >= f.end() && p.item().end <= ce);
        firstPerson |= cue == Cue.FIRST_PERSON;
        secondPerson |= cue == Cue.SECOND_PERSON;
        // "the Russian minister" stands for a side; "Russian leader Putin" is a title of a name, and
        // so is "X, deputy director on the Russian side of the centre"
        delegation |= cue == Cue.DELEGATION && !nameRightAfter(text, f, persons)
            && !describesNameBefore(text, f, persons, found);
        // a cue may hold the meeting word itself ("their meeting took place")
        bothSides |= cue == Cue.BOTH_SIDES
            && (f.start() < subjectEnd || subjectAfterOpening(text, cs, triggers, f));
      }
    }
    // "các buổi làm việc với A, B và C": several sessions, whatever one of them is called
    // "Earlier the same day", "Trước đó, cùng ngày": on the day just named, not in the past
    recalled &= !sameDay && !nextDay;
    return new Clause(cs, ce, List.copyOf(triggers), List.copyOf(uses), recalled,
        joint && !separate, separate, sameDay, nextDay, subjectEnd, pronoun, pronounCountry,
        firstPerson, secondPerson, bothSides, delegation, ownDelegation, guests, delegationObject);
  }

  /**
   * The country a place inside phrase {@code f} names ("the Russian leader": RU), or null: a
   * pronoun that says whose side it is stands for one of that country.
   */
  private static String countryInside(List<Item> items, Found f) {
    for (Item it : items) {
      if (it.kind == TermKind.PLACE && it.start >= f.start() && it.end <= f.end()
          && it.term != null && it.term.placeEntry().isPresent()) {
        return it.term.placeEntry().get().country();
      }
    }
    return null;
  }

  /**
   * A plan cue in the clause that reaches the trigger (it may share words with it: "to hold"
   * before "hold talks") without crossing a comma (unless its reach is the whole clause), with no
   * past cue between.
   */
  private static boolean planned(String text, Found trigger, List<Found> found, int cs) {
    boolean planned = false;
    // a plan of the clause before a "before" that opens the meeting word's own phrase
    boolean planSoFar = false;
    for (Found f : found) {
      if (f.start() >= trigger.start()) {
        break;
      }
      if (f.start() < cs) {
        continue;
      }
      int from = Math.min(f.end(), trigger.start());
      // a cue with a reach stops at a comma; one without (the whole clause) does not
      if (f.is(Cue.PLANNED) && Chars.atMostWords(text, from, trigger.start(), f.reach())
          && (f.reach() == Integer.MAX_VALUE
              || noComma(text, from, trigger.start()))) {
        planned = true;
      } else if (f.is(Cue.PAST)) {
        planned = false;
        planSoFar = false;
      } else if (f.is(Cue.THEN) && planSoFar && Chars.atMostWords(text, from, trigger.start(), 3)
          && noComma(text, from, trigger.start())) {
        planned = true;
      }
      planSoFar |= f.is(Cue.PLANNED);
    }
    // "sẽ tham gia nhiều hoạt động như: Hội kiến ông X; dâng hoa …": what a plan lists after a
    // colon, item by item, is planned too
    return planned || planSoFar && opensListedItem(text, trigger.start(), found, cs);
  }

  /**
   * Whether a meeting word at {@code at} opens an item of a list that a colon after a plan cue
   * of the clause opens: right after that colon or after a semicolon following it.
   */
  private static boolean opensListedItem(String text, int at, List<Found> found, int cs) {
    int k = at - 1;
    while (k > cs && Character.isWhitespace(text.charAt(k))) {
      k--;
    }
    if (k <= cs || text.charAt(k) != ':' && text.charAt(k) != ';') {
      return false;
    }
    int colon = text.lastIndexOf(':', k);
    if (colon < cs) {
      return false;
    }
    for (Found f : found) {
      if (f.start() >= cs && f.end() <= colon && f.is(Cue.PLANNED)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code trigger} stands in a phrase a {@link Cue#BESIDES} word opens at most three words
   * before it, and a plan cue follows the comma that ends the phrase, in the clause ("Apart from the
   * talks with Lavrov, Son will hold meetings with …"): the talks are to come as the rest is.
   */
  private static boolean besidesAPlan(
      String text, Found trigger, List<Found> found, int cs, int ce) {
    boolean besides = false;
    for (Found f : found) {
      if (f.start() >= trigger.start()) {
        break;
      }
      besides |= f.is(Cue.BESIDES) && f.start() >= cs
          && Chars.atMostWords(text, f.end(), trigger.start(), 3);
    }
    if (!besides) {
      return false;
    }
    int comma = text.indexOf(',', trigger.end());
    if (comma < 0 || comma >= ce) {
      return false;
    }
    for (Found f : found) {
      if (f.start() > comma && f.start() < ce && (f.is(Cue.PLANNED) || f.is(Cue.FUTURE))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether at most {@code words} words stand before the word at {@code at} in its clause, or
   * after an opening phrase set off by a comma ("On September 27, negotiations are scheduled …"):
   * the word heads the clause's subject. A cancellation reaches past a word more than a plan does
   * ("The planned meeting between A and B was cancelled", "Putin's meeting with B did not take
   * place").
   */
  private static boolean opensClause(String text, int cs, int at, int words) {
    int comma = text.lastIndexOf(',', at - 1);
    return Chars.atMostWords(text, cs, at, words)
        || comma >= cs && Chars.atMostWords(text, comma, at, words);
  }

  /**
   * Whether a meeting word that opens its clause, as its subject, is followed by a cue of {@code
   * cue} in the clause before any other meeting word or past cue, with no comma between: a plan
   * ("A meeting will also be held with …", "Встреча … состоится в Москве") or a cancellation ("A
   * meeting between A and B was cancelled", "Встреча … была отменена").
   */
  private static boolean cueAfter(String text, Found trigger, List<Found> found, int ce, Cue cue) {
    for (Found f : found) {
      if (f.start() < trigger.end() || f == trigger) {
        continue;
      }
      int comma = text.indexOf(',', trigger.end());
      // a past cue ends a plan, not a cancellation ("đã bị hoãn")
      if (f.start() >= ce || f.trigger().isPresent() || f.is(Cue.PAST) && cue == Cue.PLANNED
          || comma >= 0 && comma < f.start()) {
        return false;
      }
      if (f.is(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code person}, the first after a {@link Cue#PRINCIPAL} cue, is whose aide is meant:
   * an office standing for its holder, not a name, and not the aide's own office that holds the
   * cue ("Aide to the Russian President" standing for the aide).
   */
  private static boolean principalAfter(Found cue, Item person) {
    return person.term != null && person.term.kind() == TermKind.TITLE
        && person.start >= cue.end();
  }

  private static boolean andRightBefore(String text, Found trigger, List<Found> found) {
    // a list of verbs: "will hold talks with A, meet with B, and ..."
    String before = text.substring(0, trigger.start()).stripTrailing();
    if (before.endsWith(",")) {
      return true;
    }
    for (Found f : found) {
      if (f.is(Cue.AND) && f.end() <= trigger.start()
          && Chars.isWhitespaceOnly(text, f.end(), trigger.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(String text, Found trigger, List<Found> found) {
    for (Found f : found) {
      if (f.is(Cue.NEGATED) && f.end() <= trigger.start()
          && trigger.start() - f.end() <= NEGATION_REACH
          && !text.substring(f.end(), trigger.start()).contains(",")) {
        return true;
      }
      // "was welcomed at Noi Bai airport by X", "В аэропорту X встретил Y": a welcome on arrival
      // is a ceremony, not a meeting, however long the names and titles between
      if (f.is(Cue.ARRIVAL) && (f.end() <= trigger.start() || trigger.end() <= f.start())) {
        int from = Math.min(f.end(), trigger.end());
        int to = Math.max(f.start(), trigger.start());
        if (Chars.atMostSmallWords(text, from, to, f.reach()) && noComma(text, from, to)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a plan cue stands within a word before the trigger, no comma between ({@code will be
   * received}): a passive or participle of the past tense that is still to come.
   */
  private static boolean plannedRightBefore(String text, Found trigger, List<Found> found) {
    for (Found f : found) {
      if (f.is(Cue.PLANNED) && f.end() <= trigger.start()
          && Chars.atMostWords(text, f.end(), trigger.start(), 1)
          && noComma(text, f.end(), trigger.start())) {
        return true;
      }
    }
    return false;
  }

  /** "Tại cuộc hội đàm", "At the meeting": the trigger right after a reference cue. */
  private static boolean reference(String text, Found trigger, List<Found> found) {
    return cueRightBefore(text, trigger.start(), trigger.end(), found, Cue.REFERENCE);
  }

  /**
   * Whether a cue of {@code cue} stands right before the meeting word at {@code start}..{@code
   * end}, or ends in it ("tại buổi" and "buổi làm việc"; "tại hội đàm").
   */
  static boolean cueRightBefore(String text, int start, int end, List<Found> found, Cue cue) {
    for (Found f : found) {
      if (!f.is(cue)) {
        continue;
      }
      if (f.end() <= start && Chars.isWhitespaceOnly(text, f.end(), start)
          || f.start() < start && f.end() > start && f.end() <= end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks the persons named inside a quotation with no meeting word of its own ({@code Matviyenko
   * said: «A visit of our party's leader Dmitry Medvedev is planned»}): what someone said of
   * them, not a side of the meeting the sentence reports.
   */
  private static void quoted(String text, List<Item> persons, List<Found> found, String[] why) {
    for (Range q : quotations(text, found)) {
      for (int k = 0; k < persons.size(); k++) {
        if (why[k] == null && persons.get(k).start > q.start() && persons.get(k).end <= q.end()) {
          why[k] = "inside a quotation";
        }
      }
    }
  }

  /**
   * The quotations of {@code text} with no meeting word of their own, in order: what someone
   * said; one still open where the sentence ends runs to its end.
   */
  static List<Range> quotations(String text, List<Found> found) {
    List<Range> quotations = new ArrayList<>(0);
    int open = -1;
    char close = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : 0;
      if (open < 0 && (c == '«' || c == '“' || c == '„' || c == '"')) {
        open = i;
        close = c == '«' ? '»' : c == '"' ? '"' : '”';
      } else if (open >= 0 && (c == close || close == '”' && c == '“' || c == 0)) {
        if (!anyTrigger(found, open, i)) {
          quotations.add(new Range(open, i));
        }
        open = -1;
      }
    }
    return quotations;
  }

  /**
   * Whether {@code cue} is the subject right after a clause's opening meeting phrase: "During the
   * talks with X, the two sides agreed", "Tại cuộc hội đàm với X, hai bên nhất trí".
   */
  private static boolean subjectAfterOpening(
      String text, int cs, List<TriggerUse> triggers, Found cue) {
    if (triggers.isEmpty() || !Chars.atMostWords(text, cs, triggers.get(0).start(), 2)) {
      return false;
    }
    int comma = text.lastIndexOf(',', cue.start());
    return comma >= triggers.get(0).end() && Chars.atMostWords(text, comma + 1, cue.start(), 0);
  }

  /**
   * Per person, why it is not a side of a meeting (null if it is): a cue before it reaches the
   * whole list of names it opens ({@code lời chào của A, B và C}); a cue after a name covers
   * the name before it ({@code X's envoy}), unless it covers only what follows ({@code
   * NOT_PARTICIPANT_AFTER}: {@code Володин по приглашению Мана}).
   */
  private static void exclusions(String text, List<Item> persons, List<Item> titles,
      List<Found> found, List<Range> bounds, String[] why, boolean[] frame) {
    for (Found f : found) {
      if (f.is(Cue.NOT_PARTICIPANT)) {
        for (int i = 0; i < persons.size(); i++) {
          if (persons.get(i).end <= f.start()
              && Chars.isWhitespaceOnly(text, persons.get(i).end, f.start())) {
            why[i] = "'" + text.substring(f.start(), f.end()) + "' after the name";
          }
        }
      }
      int word = f.is(Cue.ALSO_PRESENT) ? nextTriggerStart(found, f.start(), text.length()) : -1;
      if (word >= 0 && word < text.length()
          && (word < f.end() || Chars.atMostWords(text, f.end(), word, 1))) {
        // past the meeting word it refers to ("Cùng tham dự buổi tiếp có A, B"), up to the next
        int end = nextTriggerStart(found, word + 1, clauseOf(bounds, f, text.length()).end());
        for (int i = 0; i < persons.size(); i++) {
          if (persons.get(i).start >= f.end() && persons.get(i).end <= end) {
            why[i] = "'" + text.substring(f.start(), f.end()) + "' before the meeting word";
          }
        }
      }
      if (f.is(Cue.NOT_PARTICIPANT_REST) && !overlapsTrigger(f, found)
          && !saysWhatLetterSays(f, found, bounds)) {
        int clauseEnd = clauseOf(bounds, f, text.length()).end();
        // up to the next meeting word: a new predicate has sides of its own
        int end = nextTriggerStart(found, f.end(), clauseEnd);
        for (int i = 0; i < persons.size(); i++) {
          if (persons.get(i).start >= f.end() && persons.get(i).end <= end) {
            why[i] = "'" + text.substring(f.start(), f.end()) + "' earlier in the clause";
          }
        }
      } else if ((f.is(Cue.NOT_PARTICIPANT) || f.is(Cue.NOT_PARTICIPANT_AFTER))
          && sideListBefore(found, bounds, f, text.length())) {
        // "Về phía Việt Nam, buổi làm việc có sự tham dự của A và B": the side's own list
        continue;
      } else if (f.is(Cue.NOT_PARTICIPANT) || f.is(Cue.NOT_PARTICIPANT_AFTER)
          || f.is(Cue.FRAME) || f.is(Cue.PRINCIPAL)) {
        listExclusions(text, persons, titles, found, f, why, frame);
      } else if (f.is(Cue.ASIDE)) {
        asideExclusions(text, persons, found, f, why);
      } else if (f.cue() == Cue.FUTURE) {
        plannedSubject(text, persons, found, f, why);
      } else if (f.cue() == Cue.SPEAKER) {
        speakerTag(text, persons, found, f, why);
      } else if (f.cue() == Cue.SPEAKER_NEXT) {
        speakerNamedNext(text, persons, found, f, why);
      } else if (f.is(Cue.NOT_PARTICIPANT_BEFORE) && !namesWriter(f, found, bounds)) {
        int i = personRightBefore(text, persons, f.start());
        if (i >= 0) {
          why[i] = "'" + text.substring(f.start(), f.end()) + "' after the name";
        }
      }
    }
  }

  /**
   * The exclusions a cue before names makes ({@code NOT_PARTICIPANT}, {@code
   * NOT_PARTICIPANT_AFTER}, {@code FRAME}, {@code PRINCIPAL}): the first name after {@code f} it
   * reaches, and the list that name opens. A method of its own: inside {@link #exclusions} it
   * made that method too large for the JIT to inline the small calls of its loop.
   */
  private static void listExclusions(String text, List<Item> persons, List<Item> titles,
      List<Found> found, Found f, String[] why, boolean[] frame) {
    int first = -1;
    for (int i = 0; i < persons.size() && first < 0; i++) {
      Item p = persons.get(i);
      if (p.phraseStart >= f.end() || p.start >= f.end()) {
        first = i;
      }
    }
    if (first < 0 || !reaches(text, f, phraseStartAfter(text, titles, f.end(), persons.get(first)))
        || anyTrigger(found, f.end(), persons.get(first).start)
        || f.is(Cue.PRINCIPAL) && !principalAfter(f, persons.get(first))) {
      return;
    }
    String cue = "'" + text.substring(f.start(), f.end()) + "' before the name";
    why[first] = cue;
    frame[first] = f.is(Cue.FRAME);
    // the name its long title stood for, later in the same phrase ("visit to Russia by Vice
    // Chairman of the Vietnam - Russia Friendship Association Trinh Quoc Khanh")
    while (first + 1 < persons.size()
        && namedAgain(text, found, persons.get(first), persons.get(first + 1))) {
      first++;
      why[first] = cue;
      frame[first] = f.is(Cue.FRAME);
    }
    int last = first;
    boolean joined = false;
    // a phrase opening the sentence ends at the last comma before the meeting word ("In the
    // presence of X, A and B signed"; "Dưới sự chứng kiến của X, Y và Z, hai bên ký")
    int phraseEnd = text.length();
    int opening = text.lastIndexOf(',', f.start());
    // after a connective at most ("Then, under the witness of X, A and B signed")
    if ((opening < 0 || text.lastIndexOf(',', opening - 1) < 0
            && Chars.atMostWords(text, 0, opening, 1))
        && noTriggerBefore(found, f.start())) {
      int comma = text.lastIndexOf(',', nextTriggerStart(found, f.end(), text.length()));
      phraseEnd = comma >= persons.get(first).end ? comma : text.length();
    }
    // a cue with a reach stops at a comma, its list too; a name led by its own title with
    // no comma or joining word before it starts a new phrase ("В присутствии Владимира
    // Путина вице-премьер A и губернатор B подписали"); a list closed by its "and" ends
    // at the next comma ("under the witness of A and B, C and D signed")
    while (last + 1 < persons.size() && persons.get(last + 1).start < phraseEnd
        && listGap(text, persons.get(last).end, persons.get(last + 1).phraseStart, found,
            f.reach() == Integer.MAX_VALUE ? titles : List.of())
        && !newTitledPhrase(text, persons.get(last), persons.get(last + 1))
        && (f.reach() == Integer.MAX_VALUE && !joined || noComma(text,
            persons.get(last).end, persons.get(last + 1).phraseStart))) {
      joined |= hasAnd(found, persons.get(last).end, persons.get(last + 1).phraseStart);
      last++;
    }
    joined |= last > first && listEndsAt(text, found, persons.get(last).end);
    // "lời chào của A, B và C" is a list; "thừa ủy quyền của A, Thứ trưởng B chủ trì" is not:
    // names after commas alone, with no "và" / "and" closing them, are a new phrase
    for (int i = first + 1; i <= last; i++) {
      // the same person named again by a stacked title ("Tổng Bí thư, Chủ tịch nước …")
      if (joined || persons.get(i).id.equals(persons.get(first).id)) {
        why[i] = cue;
        frame[i] = f.is(Cue.FRAME);
      }
    }
    // the name the list's last long title stood for ("в присутствии губернатора A и
    // секретаря парткома провинции B", the secretary's title read as B before B's name)
    while (joined && last + 1 < persons.size()
        && namedAgain(text, found, persons.get(last), persons.get(last + 1))) {
      last++;
      why[last] = cue;
      frame[last] = f.is(Cue.FRAME);
    }
  }

  /**
   * Where the phrase of {@code p} starts, read from {@code from} on: its own, or the first title
   * after {@code from} that leads it past an organisation's name the registry does not know, no
   * comma between ("cùng dự có Bộ trưởng Bộ Phát triển Kinh tế Maksim Reshetnikov").
   */
  private static int phraseStartAfter(String text, List<Item> titles, int from, Item p) {
    for (Item t : titles) {
      if (t.start >= from && t.end <= p.phraseStart) {
        return noMark(text, t.end, p.phraseStart, ",;:")
            && Chars.atMostWords(text, t.end, p.phraseStart, ORGANISATION_WORDS)
            ? t.start : p.phraseStart;
      }
    }
    return p.phraseStart;
  }

  /**
   * Whether {@code b} names again the person {@code a} stood for, in the same phrase: the name
   * after its title ("Vice Chairman of the Association Trinh Quoc Khanh"), or after a comma and a
   * form of address ("Chairman of Rosneft, Mr. Igor Sechin").
   */
  private static boolean namedAgain(String text, List<Found> found, Item a, Item b) {
    if (!b.id.equals(a.id) || anyTrigger(found, a.end, b.start)) {
      return false;
    }
    int comma = text.indexOf(',', a.end);
    return comma < 0 || comma >= b.start
        || noComma(text, comma + 1, b.start) && Chars.atMostWords(text, comma + 1, b.start, 1);
  }

  /**
   * The subject of a new phrase whose verb is still to come, after a meeting word and a comma
   * ({@code Tại hội đàm, A nói …, B sẽ sang Việt Nam}; {@code …, and B will visit Hanoi}): what
   * is said of B, no side of the meeting reported.
   */
  private static void plannedSubject(
      String text, List<Item> persons, List<Found> found, Found plan, String[] why) {
    int i = personRightBefore(text, persons, plan.start());
    if (i >= 0) {
      int meetingWord = lastTriggerEnd(found, persons.get(i).phraseStart);
      // or before one: "Putin sẽ có chuyến thăm Việt Nam vào tháng 7 tới, thông tin được đưa ra
      // trong buổi tiếp Thứ trưởng … của Thủ tướng B": what is said of A, no side of B's meeting
      int next = meetingWord > 0 ? -1 : nextTriggerStart(found, plan.end(), text.length());
      if (meetingWord > 0 && !noComma(text, meetingWord, persons.get(i).phraseStart)
          || next > 0 && next < text.length() && !noComma(text, plan.end(), next)) {
        why[i] = "'" + text.substring(plan.start(), plan.end()) + "' after the name";
      }
    }
  }

  /**
   * The one who reports a sentence, named between a comma and a verb of saying that ends it,
   * after a meeting word ({@code A met B in Hanoi, Minister C said.}): no side, unless the report
   * is in the first person ({@code I met B, C said.}: C is its "I").
   */
  private static void speakerTag(
      String text, List<Item> persons, List<Found> found, Found say, String[] why) {
    if (!endsSentence(text, say.end())) {
      return;
    }
    for (Found f : found) {
      if (f.is(Cue.FIRST_PERSON)) {
        return;
      }
    }
    int i = personRightBefore(text, persons, say.start());
    // the one who says a sentence reporting no meeting before the name is what it is about
    if (i < 0 || lastTriggerEnd(found, persons.get(i).phraseStart) == 0) {
      return;
    }
    int before = persons.get(i).phraseStart;
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    if (before > 0 && text.charAt(before - 1) == ',') {
      why[i] = "'" + text.substring(say.start(), say.end()) + "' after the name: who reports it";
    }
  }

  /**
   * "Переговоры A с B — не главная тема, заявил пресс-секретарь X": the one named after a verb of
   * saying that follows a comma or dash, past the meeting words, reports the sentence and is no side.
   */
  private static void speakerNamedNext(
      String text, List<Item> persons, List<Found> found, Found say, String[] why) {
    int before = say.start();
    while (before > 0 && text.charAt(before - 1) == ' ') {
      before--;
    }
    if (before == 0 || ",—–-".indexOf(text.charAt(before - 1)) < 0
        || lastTriggerEnd(found, before) == 0) {
      return;
    }
    // "«Спасибо … за теплую встречу», — отметил губернатор": who is quoted speaks of a meeting
    // of his own
    int mark = before - 1;
    while (mark > 0 && (text.charAt(mark - 1) == ' ' || text.charAt(mark - 1) == ',')) {
      mark--;
    }
    if (mark > 0 && "»”\"".indexOf(text.charAt(mark - 1)) >= 0) {
      return;
    }
    int comma = text.indexOf(',', say.end());
    String speaker = null;
    for (int i = 0; i < persons.size(); i++) {
      Item p = persons.get(i);
      int from = Math.min(p.phraseStart, p.start);
      if (from < say.end() || comma >= 0 && comma < from) {
        continue;
      }
      // the title's holder, then the name after it: one person ("пресс-секретарь X")
      if (speaker != null && !speaker.equals(p.id)) {
        return;
      }
      speaker = p.id;
      why[i] = "'" + text.substring(say.start(), say.end()) + "' before the name: who reports it";
    }
  }

  /** The person named right before {@code at}, only white space between: its index, or -1. */
  private static int personRightBefore(String text, List<Item> persons, int at) {
    for (int i = persons.size() - 1; i >= 0; i--) {
      Item p = persons.get(i);
      if (p.end <= at) {
        return Chars.isWhitespaceOnly(text, p.end, at) ? i : -1;
      }
    }
    return -1;
  }

  /** Whether only closing punctuation follows {@code at} to the sentence's end. */
  private static boolean endsSentence(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /** The end of the last meeting word that ends by {@code to}, or 0. */
  private static int lastTriggerEnd(List<Found> found, int to) {
    int end = 0;
    for (Found f : found) {
      if (f.end() <= to && f.trigger().isPresent()) {
        end = Math.max(end, f.end());
      }
    }
    return end;
  }

  /**
   * Who an aside about a person names ({@code received X, who handed over a letter from Y}, from
   * its comma to the next) is no side of the clause's meeting, unless the aside reports a meeting
   * of its own ({@code , who had met Y}: that one is the person's, see MeetingFinder).
   */
  private static void asideExclusions(
      String text, List<Item> persons, List<Found> found, Found aside, String[] why) {
    int end = asideEnd(text, aside);
    if (end < 0) {
      return;
    }
    for (Found f : found) {
      if (f.start() >= aside.end() && f.end() <= end && f.trigger().isPresent()
          && f.trigger().get().kind().filter(k -> k != MeetingKind.LETTER).isPresent()) {
        return;
      }
    }
    for (int i = 0; i < persons.size(); i++) {
      if (why[i] == null && persons.get(i).start >= aside.end() && persons.get(i).end <= end) {
        why[i] = "in an aside ('" + text.substring(aside.start(), aside.end()) + "')";
      }
    }
  }

  /**
   * Where the aside an {@link Cue#ASIDE} word opens ends: at the next comma, or at the end of the
   * sentence; -1 when no comma stands right before the word, which then opens no aside.
   */
  static int asideEnd(String text, Found aside) {
    int comma = aside.start() - 1;
    while (comma >= 0 && text.charAt(comma) == ' ') {
      comma--;
    }
    if (comma < 0 || text.charAt(comma) != ',') {
      return -1;
    }
    int end = text.indexOf(',', aside.end());
    return end < 0 ? text.length() : end;
  }

  /** Whether no meeting word of {@code found} starts before {@code at}. */
  private static boolean noTriggerBefore(List<Found> found, int at) {
    for (Found f : found) {
      if (f.trigger().isPresent() && f.start() < at) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a cue before a name reaches it: within its own reach and never across a comma, colon
   * or semicolon ({@code trong khuôn khổ chuyến thăm … của X,}), else within a few words.
   */
  private static boolean reaches(String text, Found cue, int nameStart) {
    int to = Math.max(cue.end(), nameStart);
    if (cue.reach() == Integer.MAX_VALUE) {
      return Chars.atMostWords(text, cue.end(), to, CUE_REACH_WORDS);
    }
    // a colon or semicolon parts a phrase from the list it leads to ("on behalf of the company to
    // the following: Professor X; …")
    return Chars.atMostWords(text, cue.end(), to, cue.reach())
        && noMark(text, cue.end(), to, ",:;");
  }

  /** Whether no comma stands in {@code [from, to)} of {@code text}. */
  private static boolean noComma(String text, int from, int to) {
    return noMark(text, from, to, ",");
  }

  /** Whether none of {@code marks} stands in {@code [from, to)} of {@code text}. */
  private static boolean noMark(String text, int from, int to, String marks) {
    for (int i = Math.max(from, 0); i < to && i < text.length(); i++) {
      if (marks.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code next} is led by a title of its own right after {@code name}, no comma or word
   * between.
   */
  private static boolean newTitledPhrase(String text, Item name, Item next) {
    return next.phraseStart < next.start && name.end <= next.phraseStart
        && Chars.isWhitespaceOnly(text, name.end, next.phraseStart);
  }

  /**
   * Whether only commas, spaces and list words stand between two names, and the first name's
   * office: a title after a comma, with no name after it, up to the list word or comma that
   * ends it ("có ông A, Phó Chủ nhiệm Ủy ban X, An ninh và Đối ngoại, và ông B").
   */
  private static boolean listGap(
      String text, int from, int to, List<Found> found, List<Item> titles) {
    if (to < from) {
      return true;
    }
    StringBuilder rest = new StringBuilder(text.substring(from, to));
    int comma = text.indexOf(',', from);
    // the office's words, blanked, are no words of the gap (a cue word among them included)
    int office = to;
    int lastComma = text.lastIndexOf(',', to - 1);
    for (Item t : titles) {
      int end = -1;
      if (comma >= 0 && t.start > comma && t.end <= to
          && Chars.atMostWords(text, comma + 1, t.start, 1)) {
        office = comma + 1;
        end = Math.max(lastSeparator(found, t.end, to), lastComma);
      } else if (t.start >= from && lastComma >= t.end && lastComma < to
          && Chars.atMostWords(text, from, t.start, 1) && noComma(text, t.end, lastComma)
          && Chars.atMostWords(text, lastComma + 1, to, 1)) {
        // the office before the name, set apart by a comma ("and Chairman of X, Mr. B")
        office = t.start;
        end = lastComma;
      }
      if (end >= 0) {
        for (int i = office; i < end; i++) {
          rest.setCharAt(i - from, ' ');
        }
        break;
      }
    }
    for (Found f : found) {
      if (f.start() >= from && f.end() <= to) {
        // ", and" may end a clause (SUBJECT_BREAK), but between two names it joins them
        if (!f.is(Cue.AND) && !f.is(Cue.SUBJECT_BREAK) && !f.is(Cue.NOT_PARTICIPANT)
            && !f.is(Cue.NOT_PARTICIPANT_AFTER) && (f.start() < office
                || rest.charAt(f.start() - from) != ' ')) {
          return false;
        }
        for (int i = f.start(); i < f.end(); i++) {
          rest.setCharAt(i - from, ' ');
        }
      }
    }
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (!Character.isWhitespace(c) && c != ',') {
        return false;
      }
    }
    return true;
  }

  /** Where the last list word ("và", "and") in {@code [from, to)} starts; -1 if none. */
  private static int lastSeparator(List<Found> found, int from, int to) {
    int last = -1;
    for (Found f : found) {
      if ((f.is(Cue.AND) || f.is(Cue.SUBJECT_BREAK)) && f.start() >= from && f.end() <= to) {
        last = Math.max(last, f.start());
      }
    }
    return last;
  }

  /** Whether "and others" ({@code LIST_END}) closes a list of names right after {@code p}. */
  private static boolean listEndsAt(String text, List<Found> found, int p) {
    for (Found f : found) {
      if (f.is(Cue.LIST_END) && f.start() >= p
          && listGap(text, p, f.start(), List.of(), List.of())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAnd(List<Found> found, int from, int to) {
    for (Found f : found) {
      if ((f.is(Cue.AND) || f.is(Cue.SUBJECT_BREAK)) && f.start() >= from && f.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cue shares words with a meeting word: then the words are the meeting itself
   * ("sent her greetings to A" is the letter; "conveyed the greetings of A to B" is not).
   */
  private static boolean overlapsTrigger(Found cue, List<Found> found) {
    for (Found f : found) {
      if (f.trigger().isPresent() && f.start() < cue.end() && cue.start() < f.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code cue} follows a letter word of its clause: the greetings or sympathy it names are
   * what the letter says ("gửi điện thăm hỏi đến B", "cabled his greetings to B"), and the
   * letter's addressee after it is a side.
   */
  private static boolean saysWhatLetterSays(Found cue, List<Found> found, List<Range> bounds) {
    int clauseStart = clauseOf(bounds, cue, cue.end()).start();
    for (Found f : found) {
      if (f.start() >= clauseStart && f.end() <= cue.start()
          && f.trigger().flatMap(Trigger::kind).orElse(null) == MeetingKind.LETTER) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code cue} holds a letter word in a clause with no meeting word ("Putin's message
   * said …"): the one named before it wrote the letter. Beside a meeting word the letter was
   * handed over there, and its writer is no side ("conveyed Putin's message to B at the talks").
   */
  private static boolean namesWriter(Found cue, List<Found> found, List<Range> bounds) {
    Range clause = clauseOf(bounds, cue, Integer.MAX_VALUE);
    boolean letter = false;
    for (Found f : found) {
      if (f.trigger().isPresent() && clause.contains(f.start(), f.end())) {
        if (f.trigger().get().kind().get() != MeetingKind.LETTER) {
          return false;
        }
        letter |= f.start() < cue.end() && cue.start() < f.end();
      }
    }
    return letter;
  }

  private static boolean anyTrigger(List<Found> found, int from, int to) {
    for (Found f : found) {
      if (f.start() >= from && f.end() <= to && f.trigger().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first of {@code bounds} that holds {@code f}, else the whole sentence of {@code length}.
   * This and {@link #nextTriggerStart} are loops, not streams: a sentence's every cue of its kind
   * asks.
   */
  /** Whether a {@code SIDE_LIST} cue ("Về phía Việt Nam") opens {@code f}'s clause before it. */
  private static boolean sideListBefore(List<Found> found, List<Range> bounds, Found f,
      int length) {
    Range clause = clauseOf(bounds, f, length);
    for (Found g : found) {
      if (g.start() >= f.start()) {
        return false;
      }
      if (g.cue() == Cue.SIDE_LIST && g.start() >= clause.start()) {
        return true;
      }
    }
    return false;
  }

  private static Range clauseOf(List<Range> bounds, Found f, int length) {
    for (Range b : bounds) {
      if (b.contains(f.start(), f.end())) {
        return b;
      }
    }
    return new Range(0, length);
  }

  /**
   * The start of the first meeting word of {@code found} that starts in {@code [from, limit)},
   * else {@code limit}.
   */
  private static int nextTriggerStart(List<Found> found, int from, int limit) {
    for (Found x : found) {
      if (x.trigger().isPresent() && x.start() >= from && x.start() < limit) {
        return x.start();
      }
    }
    return limit;
  }

  /** Whether a meeting word of {@code found} lies in {@code part}. */
  private static boolean holdsTrigger(List<Found> found, Range part) {
    for (Found f : found) {
      if (f.trigger().isPresent() && part.contains(f.start(), f.end())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the clause break opening {@code part} holds a PLANNED or FUTURE cue. */
  private static boolean opensWithPlan(List<Found> found, Range part) {
    for (Found b : found) {
      if (b.start() == part.start() && b.is(Cue.CLAUSE_BREAK)) {
        for (Found f : found) {
          if ((f.is(Cue.PLANNED) || f.is(Cue.FUTURE)) && f.start() >= b.start()
              && f.end() <= b.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** How many words a title set off after a name may run before a side's word it holds. */
  private static final int DESCRIPTION_WORDS = 8;

  /** Whether {@code at} lies in one of {@code persons}, a title before the name included. */
  private static boolean insideAPerson(List<Item> persons, int at) {
    for (Item p : persons) {
      if (p.phraseStart <= at && at < p.end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Clause bounds: the sentence split at clause breaks, a part without a meeting word joined to
   * the one before it, and a clause whose meeting word has no name after it joined to the next
   * ({@code A received; B held talks with; and C met X}: X is the counterpart of all three).
   */
  private static List<Range> clauseBounds(String text, List<Found> found, List<Item> persons) {
    // with no meeting word, every part joins the one before it: the whole sentence
    if (noTriggerBefore(found, Integer.MAX_VALUE)) {
      return List.of(new Range(0, text.length()));
    }
    List<Range> raw = new ArrayList<>();
    int from = 0;
    for (Found f : found) {
      if (f.is(Cue.CLAUSE_BREAK) || f.is(Cue.SUBJECT_BREAK) && anyTrigger(found, from, f.start())
          && subjectBefore(f, found, persons)) {
        raw.add(new Range(from, f.start()));
        // the break's own words open the next clause: "will" of "and will meet" keeps it a plan
        from = f.start();
      }
    }
    raw.add(new Range(from, text.length()));
    // a part without a meeting word continues the list before it ("met A; B, and C"), unless
    // its break announces a plan of its own ("провёл переговоры с A и встретится с B")
    for (int k = raw.size() - 1; k > 0; k--) {
      Range part = raw.get(k);
      if (!holdsTrigger(found, part) && !opensWithPlan(found, part)) {
        raw.set(k - 1, new Range(raw.get(k - 1).start(), part.end()));
        raw.remove(k);
      }
    }
    List<Range> out = new ArrayList<>();
    Range open = null;
    for (int k = 0; k < raw.size(); k++) {
      Range b = open == null ? raw.get(k) : new Range(open.start(), raw.get(k).end());
      open = null;
      int lastTrigger = -1;
      for (Found f : found) {
        if (f.trigger().isPresent() && b.contains(f.start(), f.end())) {
          lastTrigger = f.end();
        }
      }
      final int lt = lastTrigger;
      // "… qua điện đàm giữa lãnh đạo hai nước: A điện đàm với B": a colon opens the list of
      // who met whom, which the general words before it do not join
      boolean dangling = lt >= 0 && noneWithin(persons, lt, b.end())
          && !(b.end() < text.length() && text.charAt(b.end()) == ':');
      if (dangling && k < raw.size() - 1) {
        open = b;
      } else {
        out.add(b);
      }
    }
    return out;
  }

  /**
   * Whether a person's phrase starts inside {@code cue} ("Russian Minister of Economic Development
   * X") or right after it, past white space only.
   */
  private static boolean nameRightAfter(String text, Found cue, List<Item> persons) {
    for (Item p : persons) {
      if (p.phraseStart > cue.start() && (p.phraseStart < cue.end()
          || Chars.isWhitespaceOnly(text, cue.end(), p.phraseStart))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code cue} lies in the words set off by a comma right after a name ("Aleksey
   * Svichit, deputy director general on the Russian side of the centre"): they describe that
   * person, who is named, and stand for no side of their own; not after "and", nor past another
   * name or a meeting word.
   */
  private static boolean describesNameBefore(
      String text, Found cue, List<Item> persons, List<Found> found) {
    for (Item p : persons) {
      int comma = Chars.skipWhitespace(text, p.end);
      if (p.end > cue.start() || comma >= cue.start() || text.charAt(comma) != ','
          || !Chars.atMostWords(text, comma, cue.start(), DESCRIPTION_WORDS)) {
        continue;
      }
      boolean between = found.stream().anyMatch(f -> f.start() > comma && f.start() < cue.start()
          && (f.trigger().isPresent() || f.is(Cue.AND)));
      if (!between && persons.stream().noneMatch(o -> o.start >= p.end && o.start < cue.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person is named between {@code cue} and the next meeting word: a new subject, not
   * the second of a list of subjects ("A, head of X, and B, head of Y, talked").
   */
  private static boolean subjectBefore(Found cue, List<Found> found, List<Item> persons) {
    int verb = -1;
    for (Found f : found) {
      if (f.trigger().isPresent() && f.start() >= cue.end()) {
        verb = f.start();
        break;
      }
    }
    for (Item p : persons) {
      if (p.start >= cue.end() && p.end <= verb) {
        return true;
      }
    }
    return false;
  }

  // Loops, not streams, in the three checks below: they run for every clause of every sentence.

  /** Whether some trigger is not a letter's. */
  private static boolean anyNotLetter(List<TriggerUse> triggers) {
    for (TriggerUse t : triggers) {
      if (t.kind() != MeetingKind.LETTER) {
        return true;
      }
    }
    return false;
  }

  /** Whether no person lies within {@code [from, to]}. */
  private static boolean noneWithin(List<Item> persons, int from, int to) {
    for (Item p : persons) {
      if (p.start >= from && p.end <= to) {
        return false;
      }
    }
    return true;
  }

  /** Whether some trigger is planned. */
  private static boolean anyPlanned(List<TriggerUse> triggers) {
    for (TriggerUse t : triggers) {
      if (t.planned()) {
        return true;
      }
    }
    return false;
  }
}
