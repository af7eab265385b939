package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.Clause;
import io.github.vnru.extract.ClauseReader.PersonUse;
import io.github.vnru.extract.ClauseReader.TriggerUse;
import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.LanguagePack.TopicAt;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Evidence;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.model.Position;
import io.github.vnru.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the meetings of one article, in stages: {@link ClauseReader} reads each sentence into
 * clauses (meeting words, whether each took place, which persons are sides); pairing makes one
 * meeting per Vietnamese and Russian side of a clause; dates and places come from the clause,
 * then the sentence, then the visit; reports of one meeting are merged. Not thread-safe.
 */
final class MeetingFinder {
  /** How far (in words) a place cue reaches to the place it names. */
  private static final int AT_REACH_WORDS = 3;
  private static final int VISIT_REACH_WORDS = 6;
  /** The dashes that join two names into a relation: hyphen, en dash, em dash. */
  private static final String DASHES = "-–—";

  private final Lexicon lexicon;
  private final MentionFinder mentions;
  private final ExtractionInput input;
  private final ClauseReader reader;
  private final Explanation explain;

  MeetingFinder(Lexicon lexicon, MentionFinder mentions, ExtractionInput input, Explanation explain) {
    this.lexicon = lexicon;
    this.mentions = mentions;
    this.input = input;
    this.reader = new ClauseReader();
    this.explain = explain;
  }

  /** A meeting being assembled from one or more reports of it. */
  private static final class Draft {
    MeetingKind kind;
    final Map<String, String> participants = new LinkedHashMap<>();
    PartialDate date;
    Place place;
    boolean recalled;
    boolean reference;
    /** Where its meeting word's own words start and end: the word up to the next one. */
    int scopeStart;
    int scopeEnd;
    final List<Scanned> sentences = new ArrayList<>();
    final List<ClauseSpan> clauses = new ArrayList<>();
  }

  /** Where a clause that reports a meeting stands: {@code [start, end)} of a sentence. */
  private record ClauseSpan(Scanned s, int start, int end) {
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

  /** Per country, the person the article names most (see {@link #mostNamed}). */
  private Map<String, Item> mostNamed = Map.of();

  /**
   * A sentence with its pack phrases and clauses, {@code place}: where the whole sentence says
   * something happened ({@link #placeIn}), or null, and {@code whereTextIs}: the same with its
   * asides about persons (where "the same day" is spent afterwards).
   */
  private record Read(
      Scanned s, List<Found> found, List<Clause> clauses, Place place, Place whereTextIs) {}

  List<Meeting> find() {
    List<Read> read = new ArrayList<>();
    for (Scanned s : mentions.sentences()) {
      List<Found> found = outsideDates(s);
      Read r = new Read(s, found, reader.read(s, found), null, null);
      Place place = placeIn(r, 0, s.text().length(), false);
      boolean asides = r.found.stream().anyMatch(f -> f.is(Cue.ASIDE));
      read.add(new Read(s, r.found, r.clauses, place,
          asides ? placeIn(r, 0, s.text().length(), true) : place));
    }
    mostNamed = mostNamed(read);
    List<Draft> drafts = new ArrayList<>();
    PartialDate lastDate = null;
    PartialDate previousSentenceDate = null;
    Place lastPlace = null;
    List<Item> previousPersons = List.of();
    boolean namedJustBefore = false;
    // a transcript's speakers: "you" is the one addressed, else the other side's speaker
    List<Item> speakers = read.stream().map(r -> speakerOf(r.s)).flatMap(Optional::stream).toList();
    Item speaker = null;
    Item addressee = null;
    for (Read r : read) {
      explain.sentence(r.s);
      Optional<Item> label = speakerOf(r.s);
      if (label.isPresent()) {
        speaker = label.get();
        String own = country(speaker.id);
        addressee = addresseeOf(r.s, speaker)
            .or(() -> speakers.stream()
                .filter(it -> !java.util.Objects.equals(country(it.id), own)).findFirst())
            .orElse(null);
      }
      for (Clause c : r.clauses) {
        explain.clause(r.s.text(), c);
        List<Item> implied = new ArrayList<>();
        if (c.bothSides()) {
          implied.addAll(previousPersons);
        } else if (c.pronounSubject() && !previousPersons.isEmpty()) {
          implied.add(previousPersons.get(0));
        }
        if (c.firstPerson() && speaker != null) {
          implied.add(speaker);
        }
        if (c.secondPerson() && addressee != null) {
          implied.add(addressee);
        }
        // only the sentence right before: a person named further back is no longer the topic
        Item previousSubject = previousPersons.isEmpty() || !namedJustBefore
            ? null : previousPersons.get(0);
        for (Draft d : pairs(r, c, implied, previousSubject)) {
          d.date = dateOf(r, c, d, lastDate, previousSentenceDate);
          if (d.kind != MeetingKind.PHONE_CALL && d.kind != MeetingKind.VIDEO_CALL
              && d.kind != MeetingKind.LETTER) {
            d.place = placeIn(r, d.scopeStart, d.scopeEnd, false);
            if (d.place == null) {
              d.place = placeIn(r, c.start(), c.end(), false);
            }
            if (d.place == null) {
              d.place = r.place;
            }
            if (d.place == null && c.sameDay()) {
              d.place = lastPlace; // "the same day" is spent where the text just was
            }
          }
          explain.draft(d.kind, d.participants.keySet(), d.date, d.place, d.recalled, d.reference);
          drafts.add(d);
        }
      }
      lastPlace = r.whereTextIs != null ? r.whereTextIs : lastPlace;
      previousSentenceDate = null;
      for (DateMention dm : r.s.sentence.dates()) {
        if (!asideAfter(r, 0, dm.start() - r.s.sentence.start())) {
          lastDate = dm.date();
          previousSentenceDate = dm.date();
        }
      }
      List<Item> named = new ArrayList<>();
      for (Clause c : r.clauses) {
        for (PersonUse p : c.persons()) {
          if (p.participant()) {
            named.add(p.item());
          }
        }
      }
      if (!named.isEmpty()) {
        previousPersons = named;
      }
      namedJustBefore = !named.isEmpty();
    }
    return finish(merge(drafts), read);
  }

  /** The sentence's phrases without the cue words inside a date it states ("on May 9"). */
  private static List<Found> outsideDates(Scanned s) {
    List<DateMention> dates = s.sentence.dates();
    if (dates.isEmpty()) {
      return s.phrases;
    }
    int base = s.sentence.start();
    List<Found> out = new ArrayList<>(s.phrases.size());
    for (Found f : s.phrases) {
      boolean inDate = f.trigger().isEmpty() && dates.stream()
          .anyMatch(d -> d.start() - base <= f.start() && f.end() <= d.end() - base);
      if (!inDate) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The speaker a transcript's label names ({@code President Vladimir Putin: ...}, {@code Nguyen
   * Tan Dung (via interpreter): ...}), if any.
   */
  private static Optional<Item> speakerOf(Scanned s) {
    for (Item it : s.items) {
      if (it.kind == TermKind.PERSON && it.emitted) {
        return labelEnd(s.text(), it.end) >= 0 ? Optional.of(it) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The end of a speaker label's colon after {@code from}, or -1. */
  private static int labelEnd(String text, int from) {
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

  /** The person a speaker addresses right after the label ({@code ...: President Putin, friends}). */
  private Optional<Item> addresseeOf(Scanned s, Item speaker) {
    int from = labelEnd(s.text(), speaker.end);
    String own = country(speaker.id);
    for (Item it : s.items) {
      if (it.kind == TermKind.PERSON && it.emitted && it.start >= from
          && !it.id.equals(speaker.id) && !java.util.Objects.equals(country(it.id), own)) {
        return Optional.of(it);
      }
    }
    return Optional.empty();
  }

  /**
   * The meetings of one clause. Each meeting word has two sides: the subject (the names before the
   * first meeting word of its part of the clause) and its objects (the names after it, up to the
   * next meeting word). A word with no object of its own shares the next one's ({@code A received;
   * B held talks with; and C met X}: X is the counterpart of all three). One meeting per
   * Vietnamese and Russian side, or one for all when the clause says the meeting was joint. A part
   * with no subject takes the sentence's ({@code Putin sẽ hội đàm với A; hội kiến B}); a clause
   * whose subject is a pronoun takes the person the previous sentence is about, one in the first
   * person the speaker, and "the two leaders" the persons the previous sentence named. A meeting
   * word with no subject and only one side ({@code Главной темой встреч с X стали ...}) has the
   * person the previous sentence is about as its other side, when that person is of the other
   * country ({@code Serdyukov arrived in Hanoi. The talks with X ...}).
   */
  private List<Draft> pairs(Read r, Clause c, List<Item> implied, Item previousSubject) {
    List<Draft> out = new ArrayList<>();
    List<TriggerUse> triggers = c.triggers();
    if (triggers.isEmpty()) {
      return out;
    }
    // the clause's parts: a break starts a new part only where a meeting word follows it
    List<Integer> breaks = new ArrayList<>();
    for (Found f : r.found) {
      if (f.is(Cue.CLAUSE_BREAK) && f.start() > c.start() && f.end() < c.end()) {
        breaks.add(f.start());
      }
    }
    breaks.add(c.end());
    for (int k = breaks.size() - 2; k >= 0; k--) {
      int from = breaks.get(k);
      int to = breaks.get(k + 1);
      if (triggers.stream().noneMatch(t -> t.start() > from && t.start() < to)) {
        breaks.remove(k);
      }
    }
    List<Item> sentenceSubject = subjects(r.clauses.get(0), r.clauses.get(0).start(),
        r.clauses.get(0).subjectEnd());
    // per trigger: its part's subject and its own objects
    List<List<Item>> subject = new ArrayList<>();
    List<List<Item>> objects = new ArrayList<>();
    int[] scopeEnd = new int[triggers.size()];
    int part = 0;
    int partStart = c.start();
    List<Item> partSubject = null;
    for (int i = 0; i < triggers.size(); i++) {
      TriggerUse t = triggers.get(i);
      while (t.start() >= breaks.get(part)) {
        partStart = breaks.get(part++);
        partSubject = null;
      }
      if (partSubject == null) {
        partSubject = subjects(c, partStart, t.start());
        if (partSubject.isEmpty() && (partStart > c.start() || c != r.clauses.get(0))) {
          partSubject = sentenceSubject;
        }
        if (partSubject.isEmpty()) {
          partSubject = subjectAfterOpening(r.s.text(), c, t.end());
        }
      }
      int to = Math.min(breaks.get(part),
          i + 1 < triggers.size() ? triggers.get(i + 1).start() : c.end());
      subject.add(partSubject);
      objects.add(subjects(c, t.end(), to));
      scopeEnd[i] = to;
    }
    // "talks ... held via video link": a call or video word with no sides of its own tells how
    // the meeting before it was held
    MeetingKind[] kinds = new MeetingKind[triggers.size()];
    for (int i = 0; i < triggers.size(); i++) {
      kinds[i] = triggers.get(i).kind();
      boolean medium = kinds[i] == MeetingKind.PHONE_CALL || kinds[i] == MeetingKind.VIDEO_CALL;
      if (medium && i > 0 && objects.get(i).isEmpty()
          && kinds[i - 1] == MeetingKind.MEETING && !objects.get(i - 1).isEmpty()) {
        kinds[i - 1] = kinds[i];
      }
    }
    for (int i = triggers.size() - 2; i >= 0; i--) {
      if (objects.get(i).isEmpty()) {
        objects.set(i, objects.get(i + 1));
      }
    }
    for (int i = 0; i < triggers.size(); i++) {
      Map<String, Item> sides = new LinkedHashMap<>();
      subject.get(i).forEach(it -> sides.putIfAbsent(it.id, it));
      objects.get(i).forEach(it -> sides.putIfAbsent(it.id, it));
      if (countries(sides).size() < 2) {
        implied.forEach(it -> sides.putIfAbsent(it.id, it));
      }
      // "met his Vietnamese counterpart": the person of the other country the article names most
      if (countries(sides).size() == 1 && counterpartAfter(r, triggers.get(i), scopeEnd[i])) {
        String own = countries(sides).iterator().next();
        Item other = mostNamed.get("VN".equals(own) ? "RU" : "RU".equals(own) ? "VN" : "");
        if (other != null) {
          sides.putIfAbsent(other.id, other);
        }
      }
      // a sentence that speaks of plans before a subjectless meeting word ("will hold talks with
      // X, meet with Y") leaves it to its own sides; a purpose after it ("to sum up") does not
      int at = triggers.get(i).start();
      boolean plans = r.found.stream().anyMatch(f -> f.is(Cue.PLANNED) && f.start() < at);
      if (subject.get(i).isEmpty() && previousSubject != null && !plans
          && country(previousSubject.id) != null
          && countries(sides).size() == 1
          && !countries(sides).contains(country(previousSubject.id))) {
        sides.putIfAbsent(previousSubject.id, previousSubject);
      }
      List<Item> vn = new ArrayList<>();
      List<Item> ru = new ArrayList<>();
      for (Item it : sides.values()) {
        String country = country(it.id);
        if ("VN".equals(country)) {
          vn.add(it);
        } else if ("RU".equals(country)) {
          ru.add(it);
        }
      }
      if (c.joint() && !vn.isEmpty() && !ru.isEmpty()) {
        draft(r, c, triggers.get(i), scopeEnd[i], kinds[i], new ArrayList<>(sides.values()))
            .ifPresent(out::add);
        continue;
      }
      if (vn.size() > 1 && vn.size() == ru.size() && respective(r, c)) {
        for (int k = 0; k < vn.size(); k++) {
          draft(r, c, triggers.get(i), scopeEnd[i], kinds[i], List.of(vn.get(k), ru.get(k)))
              .ifPresent(out::add);
        }
        continue;
      }
      for (Item a : vn) {
        for (Item b : ru) {
          draft(r, c, triggers.get(i), scopeEnd[i], kinds[i], List.of(a, b)).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** Whether the clause pairs its two lists place by place ("their respective counterparts"). */
  private static boolean respective(Read r, Clause c) {
    return r.found.stream()
        .anyMatch(f -> f.is(Cue.RESPECTIVE) && f.start() >= c.start() && f.end() <= c.end());
  }

  /**
   * Whether a counterpart word stands in a meeting word's own words ({@code met his Vietnamese
   * counterpart}), not qualified by a third country ({@code his Chinese counterpart}).
   */
  private static boolean counterpartAfter(Read r, TriggerUse t, int scopeEnd) {
    for (Found f : r.found) {
      if (f.is(Cue.COUNTERPART) && f.start() >= t.end() && f.end() <= scopeEnd) {
        return r.s.items.stream().noneMatch(it -> it.kind == TermKind.PLACE && it.start >= t.end()
            && it.end <= f.start() && it.term != null && it.term.ref() instanceof PlaceEntry pe
            && !"VN".equals(pe.country()) && !"RU".equals(pe.country()));
      }
    }
    return false;
  }

  /**
   * Per country, the person the article names most as a possible side (the first of those named
   * equally often): who "his Vietnamese counterpart" is when the sentence does not say.
   */
  private Map<String, Item> mostNamed(List<Read> read) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Item> first = new LinkedHashMap<>();
    for (Read r : read) {
      for (Clause c : r.clauses) {
        for (PersonUse p : c.persons()) {
          if (p.participant()) {
            count.merge(p.item().id, 1, Integer::sum);
            first.putIfAbsent(p.item().id, p.item());
          }
        }
      }
    }
    Map<String, Item> out = new LinkedHashMap<>();
    Map<String, Integer> best = new LinkedHashMap<>();
    for (Map.Entry<String, Item> e : first.entrySet()) {
      String country = country(e.getKey());
      int n = count.get(e.getKey());
      if (country != null && n > best.getOrDefault(country, 0)) {
        best.put(country, n);
        out.put(country, e.getValue());
      }
    }
    return out;
  }

  /**
   * The subject of a sentence that opens with its meeting phrase ({@code Nhắc lại cuộc gặp với
   * X, Thủ tướng Y chúc mừng}, {@code Making a visit to X on May 6, Minister Y said}): the first
   * name after the phrase that follows a comma.
   */
  private static List<Item> subjectAfterOpening(String text, Clause c, int from) {
    for (PersonUse p : c.persons()) {
      int at = p.item().phraseStart;
      if (p.participant() && at >= from) {
        int i = at - 1;
        while (i > from && text.charAt(i) == ' ') {
          i--;
        }
        if (text.charAt(i) == ',') {
          return List.of(p.item());
        }
      }
    }
    return List.of();
  }

  /** The sides of a meeting named in {@code [from, to)} of a clause. */
  private static List<Item> subjects(Clause c, int from, int to) {
    List<Item> out = new ArrayList<>();
    for (PersonUse p : c.persons()) {
      if (p.participant() && p.item().start >= from && p.item().end <= to) {
        out.add(p.item());
      }
    }
    return out;
  }

  private Optional<Draft> draft(
      Read r, Clause c, TriggerUse t, int scopeEnd, MeetingKind kind, List<Item> sides) {
    if (!t.tookPlace()) {
      explain.skipped(sides.stream().map(i -> i.id).toList(), t);
      return Optional.empty();
    }
    Draft d = new Draft();
    d.kind = kind;
    d.reference = t.reference();
    d.recalled = c.recalled();
    d.scopeStart = t.start();
    d.scopeEnd = scopeEnd;
    for (Item it : sides) {
      d.participants.put(it.id, it.title == null ? null : it.title.strip());
    }
    d.sentences.add(r.s);
    d.clauses.add(new ClauseSpan(r.s, c.start(), c.end()));
    return Optional.of(d);
  }

  private Set<String> countries(Map<String, Item> sides) {
    Set<String> out = new LinkedHashSet<>();
    for (String id : sides.keySet()) {
      String c = country(id);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private String country(String id) {
    return mentions.person(id).flatMap(Person::country).orElse(null);
  }

  /**
   * The clause's date nearest before its meeting word, else the first after it; else the
   * sentence's last date before the clause; else, for {@code cùng ngày} / {@code the same day},
   * the date last named, and for {@code hôm sau} / {@code the next day} the day after it.
   */
  private static PartialDate dateOf(
      Read r, Clause c, Draft d, PartialDate lastDate, PartialDate previousSentenceDate) {
    int base = r.s.sentence.start();
    PartialDate before = null;
    PartialDate after = null;
    PartialDate earlier = null;
    // "On 2 May the ambassador recalled that in March, in a phone call, …": a day before a word
    // that recalls the meeting word after it is when it was recalled
    int recalledFrom = c.start();
    int trigger = c.triggers().stream().filter(t -> t.kind() == d.kind).mapToInt(TriggerUse::start)
        .findFirst().orElse(-1);
    if (c.recalled() && trigger >= 0) {
      for (Found f : r.found) {
        if (f.is(Cue.RECALLED) && f.start() >= c.start() && f.end() <= trigger) {
          recalledFrom = f.end();
          break;
        }
      }
    }
    for (DateMention dm : r.s.sentence.dates()) {
      int at = dm.start() - base;
      if (asideAfter(r, c.start(), at) || (at >= c.start() && at < recalledFrom)) {
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
    // "X said on Wednesday ... He said this in talks with Y": the pronoun goes on with the
    // sentence before, and so does its day
    if (c.pronounSubject() && previousSentenceDate != null) {
      return previousSentenceDate;
    }
    if (c.nextDay() && lastDate != null) {
      Optional<LocalDate> day = lastDate.toLocalDate();
      if (day.isPresent()) {
        return PartialDate.of(day.get().plusDays(1));
      }
      if (lastDate.month().isPresent() && lastDate.day().isPresent()) {
        LocalDate leap = LocalDate.of(2000, lastDate.month().getAsInt(), lastDate.day().getAsInt())
            .plusDays(1);
        return PartialDate.ofMonthDay(leap.getMonthValue(), leap.getDayOfMonth());
      }
    }
    return null;
  }

  /**
   * Merges the reports of one meeting: the same sides, dates that agree, and not a letter with a
   * meeting. A report that only refers back ({@code Tại cuộc hội đàm}) joins a meeting already
   * found and makes none of its own, unless the article reports no other meeting.
   */
  private List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft into = null;
      for (Draft e : out) {
        if (e.participants.keySet().equals(d.participants.keySet())
            && (e.kind == MeetingKind.LETTER) == (d.kind == MeetingKind.LETTER)
            && (e.date == null || d.date == null || e.date.isCompatibleWith(d.date))
            && !inPersonAndCall(e, d)) {
          into = e;
          break;
        }
      }
      if (into == null) {
        out.add(d);
        continue;
      }
      if (into.kind == MeetingKind.MEETING && d.kind != MeetingKind.MEETING && !d.reference) {
        into.kind = d.kind; // a call or video call is more specific than "met"
      }
      into.recalled &= d.recalled;
      into.reference &= d.reference;
      for (Map.Entry<String, String> e : d.participants.entrySet()) {
        if (betterTitle(e.getValue(), into.participants.get(e.getKey()))) {
          into.participants.put(e.getKey(), e.getValue());
        }
      }
      if (into.date == null || (d.date != null && moreExact(d.date, into.date))) {
        into.date = d.date != null ? d.date : into.date;
      }
      if (into.place == null || (into.place.city().isEmpty() && d.place != null
          && d.place.city().isPresent())) {
        into.place = d.place != null ? d.place : into.place;
      }
      into.sentences.addAll(d.sentences);
      into.clauses.addAll(d.clauses);
    }
    return out;
  }

  /** A meeting its own sentence places somewhere was held in person: it is not a call. */
  private static boolean inPersonAndCall(Draft a, Draft b) {
    return a.kind == MeetingKind.MEETING && a.place != null && isCall(b.kind)
        || b.kind == MeetingKind.MEETING && b.place != null && isCall(a.kind);
  }

  private static boolean isCall(MeetingKind k) {
    return k == MeetingKind.PHONE_CALL || k == MeetingKind.VIDEO_CALL;
  }

  private static boolean moreExact(PartialDate a, PartialDate b) {
    return a.isCompatibleWith(b) && a.year().isPresent() && b.year().isEmpty();
  }

  /**
   * Fills what a meeting's own sentences left open: a meeting of the visit the article reports
   * takes the visit's date and place; calls and letters have no place.
   */
  private List<Meeting> finish(List<Draft> drafts, List<Read> read) {
    PartialDate eventDate = eventDate(read);
    Place visitPlace = null;
    boolean visitDone = false;
    List<Meeting> out = new ArrayList<>();
    long current = drafts.stream().filter(d -> !d.recalled).count();
    Draft previous = null;
    for (Draft d : drafts) {
      // the visit's date dates the meetings during it, not a call or letter mentioned in passing
      if (d.date == null && !d.recalled && d.kind == MeetingKind.MEETING) {
        d.date = eventDate;
      }
      // a dated dateline dates what the report reports: every meeting of the visit, or its one call
      if (d.date == null && !d.recalled && (d.kind == MeetingKind.MEETING || current == 1)) {
        d.date = input.filedOn().orElse(null);
      }
      if (d.kind == MeetingKind.MEETING && !d.recalled) {
        if (d.place == null && previous != null && previous.place != null
            && (d.date == null || (previous.date != null && d.date.isCompatibleWith(previous.date)))) {
          d.place = previous.place; // "the same day, ..." in the same city
        }
        if (d.place == null) {
          if (!visitDone) {
            visitPlace = visitPlace(read);
            visitDone = true;
          }
          d.place = visitPlace;
        }
        previous = d;
      }
      if (d.kind != MeetingKind.MEETING) {
        d.place = null;
      }
      out.add(build(d, current == 1 && !d.recalled));
    }
    return out;
  }

  /** The date of the first body sentences that report a meeting that took place. */
  private static PartialDate eventDate(List<Read> read) {
    int body = 0;
    for (Read r : read) {
      if (r.s.segment == SegmentKind.TITLE) {
        continue;
      }
      if (++body > 3) {
        break;
      }
      boolean reports = r.clauses.stream().flatMap(c -> c.triggers().stream())
          .anyMatch(t -> t.tookPlace() && t.kind() != MeetingKind.LETTER && !t.reference());
      if (reports && !r.s.sentence.dates().isEmpty()) {
        return r.s.sentence.dates().get(0).date();
      }
    }
    return null;
  }

  /**
   * Where something happened in {@code [from, to)} of a sentence: a city right after {@code tại}
   * / {@code in}, else the first country or city right after such a word or a visit word, else
   * the dateline's place if the range says "here"; with {@code asides}, also in asides about
   * persons.
   */
  private Place placeIn(Read r, int from, int to, boolean asides) {
    String text = r.s.text();
    Place country = null;
    int countryEnd = -1;
    boolean countryAt = false;
    for (Item it : r.s.items) {
      if (it.kind != TermKind.PLACE || it.start < from || it.end > to
          || !(it.term != null && it.term.ref() instanceof PlaceEntry pe)
          || (!asides && asideAfter(r, from, it.start))) {
        continue;
      }
      boolean atRightBefore = cueBefore(r, text, it.start, Cue.AT, 0, from);
      // "the Russian President": a place that qualifies a title names no place, unless a
      // preposition of place stands right before it ("15 января в Ханое заместитель министра")
      if (qualifiesTitle(r, it) && !atRightBefore) {
        continue;
      }
      // "in Myanmar's capital city Nay Pyi Taw": a city of the country just named refines it
      if (country != null && country.city().isEmpty() && pe.isCity()
          && pe.country().equals(country.country())
          && it.start >= countryEnd && ClauseReader.words(text, countryEnd, it.start) <= 3) {
        return Place.of(pe.name(), pe.country());
      }
      boolean at = cueBefore(r, text, it.start, Cue.AT, AT_REACH_WORDS, from)
          || placeAndDay(r, it);
      // "tại Trụ sở Chính phủ Nga": a seat named with another country is that country's
      PlaceEntry owner = ownerCountry(r, it, pe);
      if (owner != null) {
        if (at && country == null) {
          country = owner.place();
          countryEnd = it.end;
          countryAt = true;
        }
        continue;
      }
      // a visit only invited or planned ("намерена посетить Россию") is not where anything was
      boolean visit = cueBefore(r, text, it.start, Cue.VISIT, VISIT_REACH_WORDS, from)
          && !cueBefore(r, text, it.start, Cue.INVITED, VISIT_REACH_WORDS + 4, from)
          && !cueBefore(r, text, it.start, Cue.PLANNED, VISIT_REACH_WORDS + 4, from);
      if (at && pe.isCity()) {
        return Place.of(pe.name(), pe.country());
      }
      // of a tour of several countries, the Vietnamese or Russian leg is where the two met
      boolean betterLeg = visit && !at && country != null && !countryAt
          && !isVietnamOrRussia(country.country()) && isVietnamOrRussia(pe.country());
      if ((at || visit) && (country == null || betterLeg)) {
        country = pe.place();
        countryEnd = it.end;
        countryAt = at;
      }
    }
    // "met here with visiting … Russian …": here is where it happened, not where a visitor is from
    if ((country == null || !countryAt) && here(r, from, to) && filedFrom() != null) {
      return filedFrom();
    }
    return country;
  }

  /**
   * The country right after a city's name, when it is another country's ({@code Trụ sở Chính phủ
   * Nga}: the seat of Russia's government, not Vietnam's), else null.
   */
  private static PlaceEntry ownerCountry(Read r, Item city, PlaceEntry pe) {
    if (!pe.isCity()) {
      return null;
    }
    for (Item next : r.s.items) {
      if (next.kind == TermKind.PLACE && next.start >= city.end
          && Chars.isWhitespaceOnly(r.s.text(), city.end, next.start)
          && next.term != null && next.term.ref() instanceof PlaceEntry owner
          && !owner.isCity() && !owner.country().equals(pe.country())) {
        return owner;
      }
    }
    return null;
  }

  /**
   * Whether {@code place} opens a stamp of place and day set off by a comma, as a heading ends
   * ({@code …с Фам Бинь Минем, Ханой, 16 апреля 2014 года}): there it happened.
   */
  private static boolean placeAndDay(Read r, Item place) {
    String text = r.s.text();
    int before = spacesBefore(text, place.start);
    if (before < 0 || text.charAt(before) != ',') {
      return false;
    }
    for (DateMention dm : r.s.sentence.dates()) {
      int at = dm.start() - r.s.sentence.start();
      if (at >= place.end) {
        String between = text.substring(place.end, at).strip();
        return between.equals(",") && dm.date().day().isPresent();
      }
    }
    return false;
  }

  /** Whether {@code [from, to)} says "here" of the place the report was filed from. */
  private static boolean here(Read r, int from, int to) {
    for (Found f : r.found) {
      if (f.is(Cue.HERE) && f.start() >= from && f.end() <= to && !asideAfter(r, from, f.start())) {
        return true;
      }
    }
    return false;
  }

  /** The place of the article's dateline, or null. */
  private Place filedFrom() {
    return input.dateline().flatMap(lexicon::place).map(PlaceEntry::place).orElse(null);
  }

  /**
   * Whether {@code at} lies in an aside about a person ({@code , who has also visited North
   * Korea,}) that opens after {@code from}: what the aside says is that person's, not the
   * meeting's. An aside runs from its comma to the next comma, or to the end of the sentence.
   */
  private static boolean asideAfter(Read r, int from, int at) {
    String text = r.s.text();
    for (Found f : r.found) {
      if (!f.is(Cue.ASIDE) || f.start() <= from || f.start() > at) {
        continue;
      }
      int comma = spacesBefore(text, f.start());
      if (comma < 0 || text.charAt(comma) != ',') {
        continue;
      }
      int end = text.indexOf(',', f.end());
      if (end < 0 || at < end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a place word qualifies the title or name right after it ({@code visiting Russian
   * President Putin}), owns a name ({@code Vietnam's National Assembly}) or is joined to another
   * by a dash ({@code Vietnam-EAEU}): it says whose the office is, or names a relation, not where
   * something happened.
   */
  private static boolean qualifiesTitle(Read r, Item place) {
    // "the Vietnam-EAEU agreement", "Việt Nam - Nga": a place joined to another by a dash names
    // a relation; "Vietnam's National Assembly" (not "Myanmar's capital"): the owner of a name
    if (dashJoined(r, place) || possessiveOfAName(r.s.text(), place.end)) {
      return true;
    }
    for (Item next : r.s.items) {
      if (next.start >= place.end && (next.kind == TermKind.TITLE || next.kind == TermKind.PERSON)
          && Chars.isWhitespaceOnly(r.s.text(), place.end, next.start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code 's} follows {@code end}, then a capitalised word. */
  private static boolean possessiveOfAName(String text, int end) {
    if (!(text.startsWith("'s ", end) || text.startsWith("’s ", end))) {
      return false;
    }
    return end + 3 < text.length() && Character.isUpperCase(text.charAt(end + 3));
  }

  /**
   * Whether {@code place} is joined by a dash to another name: right against it ({@code
   * Vietnam-EAEU}), or across spaces to another place ({@code Việt Nam - Nga}; not a caption's
   * {@code Hà Nội - Ảnh: …}).
   */
  private static boolean dashJoined(Read r, Item place) {
    String text = r.s.text();
    int e = place.end;
    if (e + 1 < text.length() && DASHES.indexOf(text.charAt(e)) >= 0
        && Character.isLetter(text.charAt(e + 1))) {
      return true;
    }
    if (place.start >= 2 && DASHES.indexOf(text.charAt(place.start - 1)) >= 0
        && Character.isLetter(text.charAt(place.start - 2))) {
      return true;
    }
    // a dash across spaces: only then look for the place on its other side
    int after = spacesAfter(text, e);
    int before = spacesBefore(text, place.start);
    boolean dashAfter = after < text.length() && DASHES.indexOf(text.charAt(after)) >= 0;
    boolean dashBefore = before >= 0 && DASHES.indexOf(text.charAt(before)) >= 0;
    if (!dashAfter && !dashBefore) {
      return false;
    }
    for (Item other : r.s.items) {
      if (other != place && other.kind == TermKind.PLACE) {
        String between = other.start >= e ? text.substring(e, other.start)
            : other.end <= place.start ? text.substring(other.end, place.start) : null;
        if (between != null && between.strip().length() == 1
            && DASHES.indexOf(between.strip().charAt(0)) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The first index from {@code i} on that is not a space ({@code text.length()} if none). */
  private static int spacesAfter(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** The last index before {@code i} that is not a space (-1 if none). */
  private static int spacesBefore(String text, int i) {
    int k = i - 1;
    while (k >= 0 && text.charAt(k) == ' ') {
      k--;
    }
    return k;
  }

  /** Whether a {@code cue} ends at most {@code reach} words before {@code at}, within the range. */
  private static boolean cueBefore(Read r, String text, int at, Cue cue, int reach, int from) {
    for (Found f : r.found) {
      if (f.is(cue) && f.start() >= from && f.end() <= at
          && ClauseReader.words(text, f.end(), at) <= reach) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place of the visit the article reports: a sentence reporting a meeting that names its
   * city, else a dated dateline's place, else the first place visited (the dateline's city when it
   * lies in the visited country), else the dateline's place.
   */
  private Place visitPlace(List<Read> read) {
    for (Read r : read) {
      boolean meeting = r.clauses.stream().flatMap(c -> c.triggers().stream())
          .anyMatch(t -> t.kind() == MeetingKind.MEETING && t.tookPlace());
      if (meeting) {
        if (r.place != null && r.place.city().isPresent()) {
          return r.place;
        }
      }
    }
    // the dateline says where the report was filed: there the reported meeting was held; a report
    // filed on a named day (ТЯНЬЦЗИНЬ, 1 сентября) was filed on the spot
    Place filed = filedFrom();
    if (filed != null && input.filedOn().isPresent()) {
      return filed;
    }
    Place visited = firstVisited(read);
    if (visited == null
        || (filed != null && visited.city().isEmpty() && filed.city().isPresent()
            && filed.country().equals(visited.country()))) {
      return filed; // the dateline's city in the visited country
    }
    return visited;
  }

  /**
   * The first place the article says was visited (not only invited to or planned); of a tour of
   * several countries ("visits to Kazakhstan, Azerbaijan and Russia"), the first in Vietnam or
   * Russia, where a meeting of the two was held.
   */
  private Place firstVisited(List<Read> read) {
    for (Read r : read) {
      String text = r.s.text();
      if (here(r, 0, text.length()) && filedFrom() != null) {
        return filedFrom(); // "HANOI - … arrived here yesterday"
      }
      Place first = null;
      for (Item it : r.s.items) {
        if (it.kind == TermKind.PLACE && it.term != null && it.term.ref() instanceof PlaceEntry pe
            && !qualifiesTitle(r, it)
            && cueBefore(r, text, it.start, Cue.VISIT, VISIT_REACH_WORDS, 0)
            && !cueBefore(r, text, it.start, Cue.INVITED, VISIT_REACH_WORDS + 4, 0)
            && !cueBefore(r, text, it.start, Cue.PLANNED, VISIT_REACH_WORDS + 4, 0)) {
          if (isVietnamOrRussia(pe.country())) {
            return pe.place();
          }
          first = first == null ? pe.place() : first;
        }
      }
      if (first != null) {
        return first;
      }
    }
    return null;
  }

  private static boolean isVietnamOrRussia(String country) {
    return country.equals("VN") || country.equals("RU");
  }

  /** Whether {@code candidate} is a better title than {@code current}: an office over a mere honorific. */
  private static boolean betterTitle(String candidate, String current) {
    if (candidate == null || candidate.isBlank()) {
      return false;
    }
    return current == null || (isHonorific(current) && !isHonorific(candidate));
  }

  private static boolean isHonorific(String title) {
    return MentionWords.honorific(title); // lang/<code>/mentions.tsv, list "honorific"
  }

  private Meeting build(Draft d, boolean articleTopics) {
    Scanned first = d.sentences.get(0);
    Evidence evidence =
        Evidence.of(first.text(), Span.of(first.sentence.start(), first.sentence.end()));
    var b = Meeting.builder().kind(d.kind).evidence(evidence).recalled(d.recalled);
    if (d.date != null) {
      b.date(d.date);
    }
    if (d.place != null) {
      b.place(d.place);
    }
    OptionalInt year = d.date != null ? d.date.year() : OptionalInt.empty();
    if (year.isEmpty()) {
      year = mentions.articleYear();
    }
    if (year.isEmpty()) {
      year = estimateYear(d.participants.keySet());
    }
    Set<PartyId> parties = new LinkedHashSet<>();
    for (Map.Entry<String, String> e : d.participants.entrySet()) {
      PersonId id = mentions.personId(e.getKey());
      b.addParticipant(
          e.getValue() == null ? Participant.of(id) : Participant.of(id, e.getValue()));
      Optional<Person> p = mentions.person(e.getKey());
      if (p.isPresent()) {
        if (year.isPresent()) {
          parties.addAll(p.get().partiesIn(year.getAsInt()));
        } else {
          p.get().memberships().stream().filter(m -> m.to().isEmpty())
              .forEach(m -> parties.add(m.party()));
        }
      }
    }
    b.addAllParties(parties);
    Set<String> topics = new TreeSet<>();
    for (ClauseSpan c : d.clauses) {
      c.addTopics(topics);
    }
    if (articleTopics) {
      for (Scanned s : mentions.sentences()) {
        new ClauseSpan(s, 0, s.text().length()).addTopics(topics);
      }
    }
    b.addAllTopics(topics);
    return b.build();
  }

  /**
   * The latest year in which every registered participant held some position, looking no later
   * than the registry's horizon (the year after the last it records), not the clock.
   */
  private OptionalInt estimateYear(Set<String> ids) {
    List<Person> persons = new ArrayList<>();
    for (String id : ids) {
      Optional<Person> p = mentions.person(id);
      if (p.isPresent() && p.get().registered() && !p.get().positions().isEmpty()) {
        persons.add(p.get());
      }
    }
    for (int y = lexicon.horizonYear(); y >= 1900; y--) {
      final int year = y;
      if (persons.stream().allMatch(p -> p.positions().stream().anyMatch((Position x) -> x.heldIn(year)))) {
        return OptionalInt.of(y);
      }
    }
    return OptionalInt.empty();
  }
}
