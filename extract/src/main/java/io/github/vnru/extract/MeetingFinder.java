package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.Clause;
import io.github.vnru.extract.ClauseReader.PersonUse;
import io.github.vnru.extract.ClauseReader.TriggerUse;
import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Person;
import io.github.vnru.model.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the meetings of one article, in stages: {@link ClauseReader} reads each sentence into
 * clauses (meeting words, whether each took place, which persons are sides); pairing makes one
 * meeting per Vietnamese and Russian side of a clause; dates and places come from the clause,
 * then the sentence, then the visit; {@link MeetingAssembly} merges the reports of one meeting
 * and builds it. Not thread-safe.
 */
final class MeetingFinder {

  private final MentionFinder mentions;
  private final ClauseReader reader;
  private final Explanation explain;
  private final MeetingPlaces places;
  private final MeetingAssembly assembly;

  MeetingFinder(Lexicon lexicon, MentionFinder mentions, ExtractionInput input, Explanation explain) {
    this.mentions = mentions;
    this.reader = new ClauseReader();
    this.explain = explain;
    this.places = new MeetingPlaces(lexicon, input);
    this.assembly = new MeetingAssembly(lexicon, mentions, input, places);
  }

  /** How many sentences after a meeting reported with one side may name its other side. */
  private static final int HOSTS_NAMED_WITHIN = 2;

  /**
   * Per person id, the person's country ({@link #NO_COUNTRY} for none), looked up once: the
   * pairing asks it of the same few persons again and again, and the persons are all known.
   */
  private final Map<String, String> countries = new HashMap<>();
  /** The country of a person who has none (compared as this instance). */
  private static final String NO_COUNTRY = new String("");
  private static final String SOVIET_UNION = "SU";

  /** Per country, the person the article names most (see {@link #mostNamed}). */
  private Map<String, Item> mostNamed = Map.of();

  /**
   * A sentence with its pack phrases and clauses, {@link #place}: where the whole sentence says
   * something happened ({@link MeetingPlaces#placeIn}), or null, and {@link #whereTextIs}: the same
   * with its asides about persons (where "the same day" is spent afterwards). Both are looked up
   * when first asked: most sentences' never are.
   */
  static final class Read {
    final Scanned s;
    final List<Found> found;
    final List<Clause> clauses;
    private final MeetingPlaces places;
    private Place place;
    private boolean placeKnown;
    private Place whereTextIs;
    private boolean whereKnown;

    Read(Scanned s, List<Found> found, List<Clause> clauses, MeetingPlaces places) {
      this.s = s;
      this.found = found;
      this.clauses = clauses;
      this.places = places;
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

    Place place() {
      if (!placeKnown) {
        place = places.placeIn(this, 0, s.text().length(), false);
        placeKnown = true;
      }
      return place;
    }

    Place whereTextIs() {
      if (!whereKnown) {
        whereTextIs = hasCue(found, Cue.ASIDE, Integer.MAX_VALUE)
            ? places.placeIn(this, 0, s.text().length(), true) : place();
        whereKnown = true;
      }
      return whereTextIs;
    }
  }

  List<Meeting> find() {
    List<Read> read = new ArrayList<>();
    for (Scanned s : mentions.sentences()) {
      List<Found> found = phrasesRead(s);
      read.add(new Read(s, found, reader.read(s, found), places));
    }
    mostNamed = mostNamed(read);
    Map<Read, List<Item>> leaders = SidesNamedApart.leadersNamedAfter(read);
    List<MeetingDraft> drafts = new ArrayList<>();
    PartialDate lastDate = null;
    PartialDate previousSentenceDate = null;
    // the day the sentence before names when it reports a meeting itself
    PartialDate previousMeetingDate = null;
    // per sentence read so far, whether it reported a meeting (see whereTextWas)
    boolean[] reported = new boolean[read.size()];
    List<Item> previousPersons = List.of();
    boolean namedJustBefore = false;
    boolean reportedJustBefore = false;
    List<Item> lastSides = List.of();
    // a meeting reported with one side named, the other an institution ("The Public Security
    // Ministry held talks with a delegation led by X"): its clause, until a report names a person
    OneSided oneSided = null;
    int oneSidedAt = -1;
    // a transcript's speakers: "you" is the one addressed, else the other side's speaker; each
    // sentence's label read once, for the list and for the sentence's own turn below
    List<Optional<Item>> labels = new ArrayList<>(read.size());
    List<Item> speakers = new ArrayList<>();
    for (Read r : read) {
      Optional<Item> label = SidesNamedApart.speakerOf(r.s);
      labels.add(label);
      label.ifPresent(speakers::add);
    }
    Item speaker = null;
    Item addressee = null;
    Read previousRead = null;
    // per country, the leader the article gave that country's delegation ("do X dẫn đầu")
    Map<String, Item> delegationLeaders = new HashMap<>();
    for (int ri = 0; ri < read.size(); ri++) {
      Read r = read.get(ri);
      explain.sentence(r.s);
      boolean reportedHere = false;
      MeetingDraft hosted = oneSided != null && ri - oneSidedAt <= HOSTS_NAMED_WITHIN
          ? hostsNamedLater(r, oneSided, lastSides) : null;
      if (hosted != null) {
        explain.rule("names the other side of a meeting reported with one side");
        explain.draft(hosted.kind, hosted.participants.keySet(), hosted.date, hosted.place,
            hosted.recalled, hosted.reference);
        drafts.add(hosted);
        lastSides = hosted.sides;
        reportedHere = true;
        oneSided = null;
      }
      Optional<Item> label = labels.get(ri);
      if (label.isPresent()) {
        speaker = label.get();
        String own = country(speaker.id);
        addressee = addresseeOf(r.s, speaker)
            .or(() -> speakers.stream()
                .filter(it -> !java.util.Objects.equals(country(it.id), own)).findFirst())
            .orElse(null);
      } else if (speaker == null && hasCue(r.found, Cue.INTERVIEW, Integer.MAX_VALUE)) {
        // "In an interview with Sputnik, Ambassador X said …": the interviewee is the "I" after
        speaker = r.s.items.stream().filter(it -> it.kind == TermKind.PERSON && it.emitted)
            .findFirst().orElse(null);
      }
      for (Clause c : r.clauses) {
        explain.clause(r.s.text(), c);
        List<Item> implied = new ArrayList<>();
        if (c.bothSides()) {
          // "the two sides": those of the meeting just reported, else whom the sentence before
          // named; of a country whose side the clause's meeting word names, that side ("During a
          // working session with Mayor X, the two sides discussed": X, not the mayor's superior
          // met before)
          Set<String> namedHere = new HashSet<>();
          c.persons().stream()
              .filter(p -> p.participant() && p.item().start >= c.subjectEnd())
              .forEach(p -> namedHere.add(country(p.item().id)));
          (lastSides.isEmpty() ? previousPersons : lastSides).stream()
              .filter(it -> !namedHere.contains(country(it.id))).forEach(implied::add);
        } else if (c.pronounSubject() && !previousPersons.isEmpty()) {
          // "Đoàn … do X làm Trưởng đoàn. Tham gia Đoàn có Y. Đoàn đã làm việc với Z": the
          // delegation is the leader the article gave it, not the member named last
          Item previous = previousPersons.get(0);
          Item leader = c.ownDelegation() ? delegationLeaders.get(country(previous.id)) : null;
          implied.add(leader != null ? leader : previous);
        }
        if (c.delegation()) {
          // "the Russian delegation also held talks with X": headed by the one of that country
          // the meeting just reported was held with
          Set<String> named = new HashSet<>();
          c.persons().forEach(p -> named.add(country(p.item().id)));
          lastSides.stream().filter(it -> !named.contains(country(it.id))).forEach(implied::add);
          explain.rule("a delegation as a side: headed by its side of the meeting just reported");
        }
        if (c.firstPerson() && speaker != null) {
          implied.add(speaker);
        }
        if (c.secondPerson() && addressee != null) {
          implied.add(addressee);
        }
        if (leaders.containsKey(r)) {
          implied.addAll(leaders.get(r));
        }
        // "Bản ghi nhớ được ký kết … ngày 20/11 tại Hà Nội" right after the signing was reported:
        // a meeting word that names no one goes on with the meeting just reported
        if (implied.isEmpty() && reportedJustBefore && c.persons().isEmpty()
            && c.triggers().stream().anyMatch(TriggerUse::tookPlace)
            && c.triggers().stream().allMatch(t -> t.kind() == MeetingKind.MEETING)) {
          implied.addAll(lastSides);
          explain.rule("a meeting word naming no one goes on with the meeting just reported");
        }
        // "At the meeting, Minister Y said …": a report that refers back to a meeting reported
        // with one side names its other side, of the other country
        OneSided completes = null;
        if (implied.isEmpty() && oneSided != null
            && completesOneSided(c, oneSided, oneSided.read() == previousRead)) {
          completes = oneSided;
          implied.addAll(oneSided.sides());
          explain.rule("refers back to a meeting reported with one side: names its other side");
        }
        // only the sentence right before: a person named further back is no longer the topic
        List<Item> namedBefore = namedJustBefore ? previousPersons : List.of();
        boolean caption = pictured(r, c);
        if (caption) {
          explain.rule("names only: a photo caption showing them together");
        }
        List<MeetingDraft> found = caption ? pictures(r, c) : pairs(r, c, implied, namedBefore);
        if (found.isEmpty() && completes == null) {
          OneSided one = oneSided(r, c, implied, lastDate, previousSentenceDate,
              previousMeetingDate);
          if (one != null) {
            oneSided = one;
            oneSidedAt = ri;
          }
        } else if (!found.isEmpty()) {
          oneSided = null;
        }
        for (MeetingDraft d : found) {
          d.date = MeetingDates.dateOf(r, c, d.kind, lastDate, previousSentenceDate,
              previousMeetingDate);
          // "met A on May 5 and B on May 6": each counterpart's own day
          Item counterpart = lastSideAfter(d.sides, d.scopeStart);
          PartialDate own = counterpart == null ? null
              : MeetingDates.dayAfterCounterpart(r, c, d.scopeStart, counterpart);
          d.date = own != null ? own : d.date;
          if (d.referredTo) {
            d.ownDate = MeetingDates.dateOf(r, c, d.kind, null, null, null);
          }
          if (completes != null) {
            // the meeting is the one its first report tells, with that report's day and place
            d.reference = false;
            d.date = d.date != null ? d.date : completes.date();
            d.sentences.add(0, completes.read().s);
          }
          if (d.kind != MeetingKind.PHONE_CALL && d.kind != MeetingKind.VIDEO_CALL
              && d.kind != MeetingKind.LETTER) {
            // "A hội kiến B; thăm … cộng đồng người Việt tại Liên bang Nga": what the text does
            // after a semicolon has its own place
            int end = breakAfter(r, d.scopeStart, c.end());
            d.place = places.placeIn(r, d.scopeStart, Math.min(d.scopeEnd, end), false);
            if (d.place == null || d.place.city().isEmpty()) {
              // "tại Phủ Chủ tịch, A tiếp B trong khuôn khổ chuyến thăm Việt Nam": the clause's
              // city in the country of the visit is the more exact place
              Place inClause = places.placeIn(r, c.start(), end, false);
              if (d.place == null || inClause != null && inClause.city().isPresent()
                  && inClause.country().equals(d.place.country())) {
                d.place = inClause;
              }
            }
            if (d.place == null && completes != null) {
              d.place = places.placeIn(completes.read(), completes.clause().start(),
                  completes.clause().end(), false);
            }
            if (d.place == null) {
              int sentenceEnd = breakAfter(r, d.scopeStart, r.s.text().length());
              d.place = sentenceEnd == r.s.text().length() ? r.place()
                  : places.placeIn(r, 0, sentenceEnd, false);
            }
            if (d.place == null) {
              // where the text just was ("завершает работу во Владивостоке. … встретился"), as
              // "the same day" is spent there
              d.place = whereTextWas(read, reported, ri);
              d.placeCarried = d.place != null;
            }
          }
          explain.draft(d.kind, d.participants.keySet(), d.date, d.place, d.recalled, d.reference);
          drafts.add(d);
          if (!d.recalled && !d.reference) {
            lastSides = d.sides;
            reportedHere = true;
          }
        }
      }
      SidesNamedApart.delegationLeader(r).filter(it -> country(it.id) != null)
          .ifPresent(it -> delegationLeaders.put(country(it.id), it));
      reportedJustBefore = reportedHere;
      reported[ri] = reportedHere;
      previousSentenceDate = null;
      for (DateMention dm : r.s.sentence.dates()) {
        if (!MeetingPlaces.asideAfter(r, 0, dm.start() - r.s.sentence.start())) {
          // "the same day" is a day: a month named since ("in April 2009") is not it
          if (dm.date().day().isPresent()) {
            lastDate = dm.date();
          }
          previousSentenceDate = dm.date();
        }
      }
      previousMeetingDate = null;
      for (Clause c : r.clauses) {
        for (TriggerUse t : c.triggers()) {
          if (t.tookPlace()) {
            // the day the sentence gives its meeting ("tại buổi làm việc hôm qua (25/9), …, trong
            // chuyến thăm từ ngày 23-28/9"), else its last
            PartialDate own = MeetingDates.dateOf(r, c, t.kind(), null, null, null);
            previousMeetingDate = own != null ? own : previousSentenceDate;
          }
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
      previousRead = r;
    }
    return assembly.finish(assembly.merge(drafts), read);
  }

  /**
   * Where the text is before sentence {@code ri}: the place of the last sentence before it that
   * says where it is. A third country named alone in a sentence reporting no meeting is its topic
   * ("Terrorist threats existing in Syria"), not where the text has gone ("in Honolulu"). Looked
   * back for only when a meeting has no place of its own.
   */
  private static Place whereTextWas(List<Read> read, boolean[] reported, int ri) {
    for (int j = ri - 1; j >= 0; j--) {
      Place p = read.get(j).whereTextIs();
      if (p != null && (reported[j] || p.city().isPresent()
          || MeetingPlaces.isVietnamOrRussia(p.country()))) {
        return p;
      }
    }
    return null;
  }

  /**
   * A meeting reported with the persons of one country only: the clause that reports it, its
   * day, its sides and the country of the side it leaves unnamed.
   */
  private record OneSided(Read read, Clause clause, PartialDate date, List<Item> sides,
      String otherCountry) {}

  /**
   * The clause as a meeting reported with one side named ({@code The ministry held talks on July
   * 25 with a delegation led by X}), or null: a meeting word that took place, not a letter, not
   * referring back, and named persons all of one country, or, naming none, the side the clause
   * implies ({@code Đoàn đã có buổi làm việc với lãnh đạo tỉnh}: the delegation's leader).
   */
  private OneSided oneSided(Read r, Clause c, List<Item> implied, PartialDate lastDate,
      PartialDate previousDate, PartialDate previousMeetingDate) {
    if (c.triggers().stream()
        .noneMatch(t -> t.tookPlace() && !t.reference() && t.kind() == MeetingKind.MEETING)) {
      return null;
    }
    List<Item> sides = new ArrayList<>();
    for (PersonUse p : c.persons()) {
      if (p.participant()) {
        sides.add(p.item());
      }
    }
    if (sides.isEmpty()) {
      // "Đoàn đã có buổi làm việc với lãnh đạo tỉnh X": the delegation's leader
      sides.addAll(implied);
    }
    Set<String> countries = new HashSet<>();
    sides.forEach(it -> countries.add(country(it.id)));
    if (sides.isEmpty() || countries.size() != 1
        || !(countries.contains("VN") || countries.contains("RU"))) {
      return null;
    }
    String other = countries.contains("VN") ? "RU" : "VN";
    return new OneSided(r, c, MeetingDates.dateOf(r, c, MeetingKind.MEETING, lastDate, previousDate,
        previousMeetingDate), List.copyOf(sides), other);
  }

  /**
   * The meeting reported with one side ({@code At a working session with local officials on June
   * 29, Son spoke highly of …}) completed by a sentence soon after that reports no meeting and
   * opens with a person of its unnamed side ({@code The Governor of Vladimir province, Nikolai
   * Vinogradov, acknowledged …}): the hosts who spoke at it; else null, and null for the meeting
   * {@code lastSides} just reported, spoken of again ("Zyuganov said he was pleased to welcome").
   */
  private MeetingDraft hostsNamedLater(Read r, OneSided one, List<Item> lastSides) {
    // "Putin met his Chinese counterpart": the unnamed side is of a third country; "Deputy
    // Minister of Foreign Affairs received X": an office no one named later holds is the side
    if (UnlistedOfficials.otherCountryNamed(one.read().s.items) || unnamedOffice(one)) {
      return null;
    }
    Clause c = r.clauses.get(0);
    for (Clause x : r.clauses) {
      if (!x.triggers().isEmpty()) {
        return null;
      }
    }
    List<Item> hosts = new ArrayList<>();
    for (PersonUse p : c.persons()) {
      if (!p.participant()) {
        continue;
      }
      String country = country(p.item().id);
      if (country != null && !country.equals(one.otherCountry())) {
        return null;
      }
      hosts.add(p.item());
    }
    if (hosts.isEmpty() || !one.otherCountry().equals(country(hosts.get(0).id))
        || !ClauseReader.atMostWords(r.s.text(), c.start(),
            Math.min(hosts.get(0).phraseStart, hosts.get(0).start), 1)) {
      return null;
    }
    Clause first = one.clause();
    TriggerUse reported = new TriggerUse(first.start(), first.start(), MeetingKind.MEETING, "",
        false, false, false, false);
    List<Item> sides = new ArrayList<>(one.sides());
    sides.addAll(hosts);
    Set<String> justReported = new HashSet<>();
    lastSides.forEach(it -> justReported.add(it.id));
    if (sides.stream().allMatch(it -> justReported.contains(it.id))) {
      return null;
    }
    MeetingDraft d = draft(one.read(), first, reported, first.end(), MeetingKind.MEETING, sides)
        .orElseThrow();
    d.date = one.date();
    d.place = places.placeIn(one.read(), first.start(), first.end(), false);
    d.sentences.add(r.s);
    return d;
  }

  /**
   * Whether the clause names only persons of a one-sided meeting's unnamed side and refers back
   * to it, or, right in the next sentence, reports a meeting itself ("Đoàn … do Tổng lãnh sự
   * Popov dẫn đầu đã đến chào xã giao lãnh đạo UBND tỉnh. Phó Chủ tịch UBND tỉnh Võ Văn Cảnh chủ
   * trì buổi tiếp"): the two halves of one meeting.
   */
  private boolean completesOneSided(Clause c, OneSided one, boolean nextSentence) {
    return (c.triggers().stream().anyMatch(TriggerUse::reference) || nextSentence
            && c.triggers().stream()
                .anyMatch(t -> t.tookPlace() && t.kind() == MeetingKind.MEETING))
        && c.persons().stream().filter(PersonUse::participant)
            .anyMatch(p -> one.otherCountry().equals(country(p.item().id)))
        // persons of no known country may stand among them ("Phó Tổng giám đốc Mikhail Gusman")
        && c.persons().stream().filter(PersonUse::participant)
            .allMatch(p -> country(p.item().id) == null
                || one.otherCountry().equals(country(p.item().id)));
  }

  /**
   * The sentence's phrases without the cue words inside a date it states ("on May 9"), and
   * without the meeting words that need a person after them and have none ("paid a visit to
   * Vietnam").
   */
  private static List<Found> phrasesRead(Scanned s) {
    List<DateMention> dates = s.sentence.dates();
    if (dates.isEmpty() && !anyPersonAfterTrigger(s.phrases)) {
      return s.phrases;
    }
    int base = s.sentence.start();
    List<Found> out = new ArrayList<>(s.phrases.size());
    for (Found f : s.phrases) {
      // "paid a visit to Vietnam" is no meeting; "paid a visit to Governor X" is
      boolean noPerson = f.trigger().filter(t -> t.personAfter()).isPresent()
          && !personRightAfter(s, f.end());
      if (!(f.trigger().isEmpty() && insideADate(dates, base, f)) && !noPerson) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean anyPersonAfterTrigger(List<Found> phrases) {
    for (Found f : phrases) {
      if (f.trigger().filter(t -> t.personAfter()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person's name, or the title phrase before it, starts right after {@code at}, past a
   * place or party that qualifies the title ("shakes hands with Russian Minister … X").
   */
  private static boolean personRightAfter(Scanned s, int at) {
    for (boolean moved = true; moved; ) {
      moved = false;
      for (Item it : s.items) {
        if ((it.kind == TermKind.PLACE || it.kind == TermKind.PARTY) && it.start >= at
            && Chars.isWhitespaceOnly(s.text(), at, it.start)) {
          at = it.end;
          moved = true;
        }
      }
    }
    for (Item it : s.items) {
      int from = Math.min(it.phraseStart, it.start);
      if (it.kind == TermKind.PERSON && it.emitted && from >= at
          && Chars.isWhitespaceOnly(s.text(), at, from)) {
        return true;
      }
    }
    return false;
  }

  /** The side of {@code sides} that starts last after {@code from} (the first of a tie), or null. */
  private static Item lastSideAfter(List<Item> sides, int from) {
    Item last = null;
    for (Item it : sides) {
      if (it.start > from && (last == null || it.start > last.start)) {
        last = it;
      }
    }
    return last;
  }

  /** Whether {@code f} lies inside one of {@code dates}, of a sentence that starts at {@code base}. */
  private static boolean insideADate(List<DateMention> dates, int base, Found f) {
    for (DateMention d : dates) {
      if (d.start() - base <= f.start() && f.end() <= d.end() - base) {
        return true;
      }
    }
    return false;
  }

  /** The person a speaker addresses right after the label ({@code ...: President Putin, friends}). */
  private Optional<Item> addresseeOf(Scanned s, Item speaker) {
    int from = SidesNamedApart.labelEnd(s.text(), speaker.end);
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
   * Vietnamese and Russian side, or one for all when the clause says the meeting was joint or
   * names several persons on each side (two delegations). A part
   * with no subject takes the sentence's ({@code Putin sẽ hội đàm với A; hội kiến B}); a clause
   * whose subject is a pronoun takes the person the previous sentence is about, one in the first
   * person the speaker, and "the two leaders" the persons the previous sentence named. A meeting
   * word with no subject and only one side ({@code Главной темой встреч с X стали ...}) has the
   * person the previous sentence is about as its other side, when that person is of the other
   * country ({@code Serdyukov arrived in Hanoi. The talks with X ...}).
   */
  private List<MeetingDraft> pairs(Read r, Clause c, List<Item> implied, List<Item> namedBefore) {
    List<MeetingDraft> out = new ArrayList<>();
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
        // not of a list of who attended ("Tham dự cuộc gặp về phía TASS có A, B")
        if (partSubject.isEmpty() && !ClauseReader.cueRightBefore(
            r.s.text(), t.start(), t.end(), r.found, Cue.ATTENDANCE)) {
          partSubject = subjectAfterOpening(r.s.text(), c, t.end());
        }
      }
      int to = Math.min(breaks.get(part),
          i + 1 < triggers.size() ? triggers.get(i + 1).start() : c.end());
      // "met X, who had earlier met Y": a meeting word in an aside is the meeting of the person
      // the aside is about
      int aside = MeetingPlaces.asideComma(r, c.start(), t.start());
      // "These issues were discussed when A held talks with B": who is named after a word of
      // agreement that takes no one after it is the next meeting word's subject
      List<Item> afterAgreed = i > 0 && triggers.get(i - 1).agreed() && objects.get(i - 1).isEmpty()
          ? subjects(c, triggers.get(i - 1).end(), t.start()) : List.of();
      // "Медведев заметил, что A встретился с B": who is named after "that" met, not who said it
      List<Item> reported = reportedSubject(r, c, partStart, t.start());
      subject.add(aside >= 0 ? personBefore(c, aside)
          : !afterAgreed.isEmpty() ? afterAgreed : reported != null ? reported : partSubject);
      // those who agreed are its subject ("A и B договорились"), not names after it, but for
      // one they did it with ("A discussed the economy with B")
      objects.add(t.agreed() ? withWhom(r, c, t.end(), to) : subjects(c, t.end(), to));
      scopeEnd[i] = to;
    }
    // "talks ... held via video link", "held talks via video conferencing with X": a call or
    // video word next to a meeting word, one of the two with no sides of its own, tells how that
    // meeting was held
    MeetingKind[] kinds = new MeetingKind[triggers.size()];
    for (int i = 0; i < triggers.size(); i++) {
      kinds[i] = triggers.get(i).kind();
      boolean medium = kinds[i] == MeetingKind.PHONE_CALL || kinds[i] == MeetingKind.VIDEO_CALL;
      if (medium && i > 0 && kinds[i - 1] == MeetingKind.MEETING
          && objects.get(i).isEmpty() != objects.get(i - 1).isEmpty()) {
        kinds[i - 1] = kinds[i];
      }
    }
    // "held talks and signed agreements with X": a meeting word without objects shares the next
    // one's, unless its subject holds both sides ("A and B signed …, following meetings between
    // C and D")
    for (int i = triggers.size() - 2; i >= 0; i--) {
      if (objects.get(i).isEmpty() && !bothSides(subject.get(i))) {
        objects.set(i, objects.get(i + 1));
      }
    }
    for (int i = 0; i < triggers.size(); i++) {
      Map<String, Item> sides = new LinkedHashMap<>();
      // "nội dung hội đàm giữa A với B": a meeting between two named sides is theirs alone, not
      // also the subject's who speaks of it
      if (!between(r, triggers.get(i), objects.get(i))) {
        subject.get(i).forEach(it -> sides.putIfAbsent(it.id, it));
      }
      objects.get(i).forEach(it -> sides.putIfAbsent(it.id, it));
      // "các cuộc điện đàm cấp cao giữa lãnh đạo hai nước": meetings in the plural are others',
      // not the one the sentences around report
      TriggerUse t = triggers.get(i);
      boolean plural = !t.reference()
          && ClauseReader.cueRightBefore(r.s.text(), t.start(), t.end(), r.found, Cue.PLURAL);
      if (countries(sides).size() < 2 && !plural) {
        implied.forEach(it -> sides.putIfAbsent(it.id, it));
      }
      // whose visit it was held during, when the meeting names no one else of that country, nor
      // implies one ("Стороны обсудили …, в рамках визита Путина"; a meeting only referred back
      // to has its sides already: the frame is what was said there; nor do those who agreed or
      // discussed something: they are the subject)
      for (PersonUse p : c.persons()) {
        if (p.frame() && !triggers.get(i).reference() && !triggers.get(i).agreed()
            && !countries(sides).contains(country(p.item().id))) {
          sides.putIfAbsent(p.item().id, p.item());
        }
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
      boolean plans = hasCue(r.found, Cue.PLANNED, at);
      if (subject.get(i).isEmpty() && !plans && !plural && countries(sides).size() == 1) {
        // the sentence right before: its first person; for a report referring back to a meeting
        // that names a side the sentence before also named ("Шойгу передал То Ламу приветствие …
        // В ходе встречи Шойгу отметил"), the first it names of the other country
        String own = countries(sides).iterator().next();
        boolean continues = triggers.get(i).reference()
            && namedBefore.stream().anyMatch(it -> sides.containsKey(it.id));
        // of a joint session, everyone the sentence before named of the other country ("Về phía
        // đoàn Nga có A; B. Tiếp và làm việc với đoàn có C")
        List<Item> others = namedBefore.subList(0,
                continues || c.joint() ? namedBefore.size() : Math.min(1, namedBefore.size()))
            .stream().filter(it -> country(it.id) != null && !own.equals(country(it.id)))
            .toList();
        others.subList(0, c.joint() ? others.size() : Math.min(1, others.size()))
            .forEach(it -> sides.putIfAbsent(it.id, it));
      }
      List<Item> vn = new ArrayList<>();
      List<Item> ru = new ArrayList<>();
      List<Item> unknown = new ArrayList<>();
      for (Item it : sides.values()) {
        String country = country(it.id);
        if ("VN".equals(country)) {
          vn.add(it);
        } else if ("RU".equals(country)) {
          ru.add(it);
        } else if (country == null) {
          unknown.add(it);
        }
      }
      // "received a delegation of the Ministry of Defence of the Russian Federation, led by Major
      // General A.I. Zinchenko": a side of no known country, where the sentence names the other
      // side's country and no third one, is of that country
      if (unknown.size() == 1 && (vn.isEmpty() != ru.isEmpty())) {
        String missing = vn.isEmpty() ? "VN" : "RU";
        if (namesOnly(r, missing)) {
          (vn.isEmpty() ? vn : ru).addAll(unknown);
        }
      }
      // "A received the crew, B and C": of the persons after the meeting word, one of the
      // subject's own country came with the others, and met A only; not B as well
      if (!c.joint() && !subject.get(i).isEmpty()) {
        Set<String> own = new HashSet<>();
        subject.get(i).forEach(it -> own.add(country(it.id)));
        if (own.size() == 1 && !own.contains(null)) {
          List<Item> same = "VN".equals(own.iterator().next()) ? vn : ru;
          Set<String> company = new HashSet<>();
          boolean otherSeen = false;
          for (Item it : objects.get(i)) {
            String country = country(it.id);
            otherSeen |= country != null && !own.contains(country);
            if (otherSeen && own.contains(country)) {
              company.add(it.id);
            }
          }
          subject.get(i).forEach(it -> company.remove(it.id));
          same.removeIf(it -> company.contains(it.id));
        }
      }
      // several persons on each side met as two delegations, together ("A cùng B, C đã làm việc
      // với D và E"), not each with each; letters still go person to person
      boolean delegations = vn.size() > 1 && ru.size() > 1 && kinds[i] != MeetingKind.LETTER
          && !respective(r, c) && !c.separate();
      if ((c.joint() || delegations) && !vn.isEmpty() && !ru.isEmpty()) {
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

  /**
   * The persons named between the last {@link Cue#REPORTED} cue in {@code [from, to)} and
   * {@code to}, or null when there is no such cue or no one is named after it.
   */
  private List<Item> reportedSubject(Read r, Clause c, int from, int to) {
    int after = -1;
    for (Found f : r.found) {
      if (f.is(Cue.REPORTED) && f.start() >= from && f.end() <= to) {
        after = f.end();
      }
    }
    if (after < 0) {
      return null;
    }
    List<Item> named = subjects(c, after, to);
    return named.isEmpty() ? null : named;
  }

  /**
   * Whether a {@link Cue#BETWEEN} cue follows the meeting word {@code t} within its reach and the
   * persons after it are of both countries.
   */
  private boolean between(Read r, TriggerUse t, List<Item> objects) {
    for (Found f : r.found) {
      // after the meeting word, or the end of it ("talks between")
      if (f.is(Cue.BETWEEN) && f.start() > t.start()
          && (f.start() < t.end()
              || ClauseReader.atMostWords(r.s.text(), t.end(), f.start(), f.reach() - 1))) {
        Set<String> countries = new HashSet<>();
        objects.forEach(it -> countries.add(country(it.id)));
        return countries.contains("VN") && countries.contains("RU");
      }
    }
    return false;
  }

  /**
   * Whether the clause of {@code one} has as its subject an office that names no one: a title with
   * no name after it, before the meeting word, that no later sentence gave a holder ({@link
   * TitlesNamedLater}); not a title in an aside about a side ("Son, who is also Head of …").
   */
  private static boolean unnamedOffice(OneSided one) {
    Clause c = one.clause();
    int subjectEnd = c.triggers().isEmpty() ? c.start() : c.triggers().get(0).start();
    for (Item it : one.read().s.items) {
      if (it.kind == TermKind.TITLE && !it.attached && !it.term.titleEntry().honorific()
          && it.start >= c.start() && it.end <= subjectEnd) {
        return true;
      }
    }
    return false;
  }

  /** The side of {@code c} named last before {@code at}, alone, or none. */
  private static List<Item> personBefore(Clause c, int at) {
    Item last = null;
    for (PersonUse p : c.persons()) {
      if (p.participant() && p.item().end <= at) {
        last = p.item();
      }
    }
    return last == null ? List.of() : List.of(last);
  }

  /** Where the first clause break after {@code from} stands, or {@code end} if none before it. */
  private static int breakAfter(Read r, int from, int end) {
    for (Found f : r.found) {
      if (f.is(Cue.CLAUSE_BREAK) && f.start() > from && f.start() < end) {
        return f.start();
      }
    }
    return end;
  }

  /**
   * Whether {@code found} holds a cue of {@code cue} that starts before {@code before}: asked of
   * every sentence, so a loop, not a stream.
   */
  private static boolean hasCue(List<Found> found, Cue cue, int before) {
    for (Found f : found) {
      if (f.is(cue) && f.start() < before) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sentence is only names, joined by commas and "and" ({@code Nguyễn Tấn Dũng và Dmitry
   * Medvedev}): a photo's caption, which shows the persons together.
   */
  private static boolean pictured(Read r, Clause c) {
    if (!c.triggers().isEmpty() || r.clauses.size() != 1 || c.persons().size() < 2) {
      return false;
    }
    String text = r.s.text();
    boolean[] named = new boolean[text.length()];
    for (PersonUse p : c.persons()) {
      Arrays.fill(named, p.item().phraseStart, p.item().end, true);
    }
    for (Found f : r.found) {
      if (f.is(Cue.AND)) {
        Arrays.fill(named, f.start(), f.end(), true);
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (!named[i] && Character.isLetterOrDigit(ch)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The meetings a photo caption shows: one per Vietnamese and Russian person it names, each
   * joining the meeting the article reports of the same two, if any.
   */
  private List<MeetingDraft> pictures(Read r, Clause c) {
    TriggerUse shown = new TriggerUse(c.start(), c.start(), MeetingKind.MEETING, "", false, false,
        true, false);
    List<MeetingDraft> out = new ArrayList<>();
    for (PersonUse a : c.persons()) {
      for (PersonUse b : c.persons()) {
        if (a.participant() && b.participant() && "VN".equals(country(a.item().id))
            && "RU".equals(country(b.item().id))) {
          draft(r, c, shown, c.end(), MeetingKind.MEETING, List.of(a.item(), b.item()))
              .ifPresent(d -> {
                d.pictured = true;
                out.add(d);
              });
        }
      }
    }
    return out;
  }

  /**
   * Whether the sentence names a place of {@code country} and of no country other than Vietnam
   * and Russia.
   */
  private static boolean namesOnly(Read r, String country) {
    return !UnlistedOfficials.otherCountryNamed(r.s.items) && r.s.items.stream().anyMatch(
        it -> it.kind == TermKind.PLACE && it.term != null
            && it.term.placeEntry().map(pe -> pe.country().equals(country)).orElse(false));
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

  /**
   * The sides named after a word of company ({@link Cue#WITH}: with, với, с) in {@code [from,
   * to)} of a clause: whom those who agreed or discussed something did it with.
   */
  private static List<Item> withWhom(Read r, Clause c, int from, int to) {
    for (Found f : r.found) {
      if (f.is(Cue.WITH) && f.start() >= from && f.end() <= to) {
        return subjects(c, f.end(), to);
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

  private Optional<MeetingDraft> draft(
      Read r, Clause c, TriggerUse t, int scopeEnd, MeetingKind kind, List<Item> sides) {
    if (!t.tookPlace()) {
      explain.skipped(sides.stream().map(i -> i.id).toList(), t);
      return Optional.empty();
    }
    MeetingDraft d = new MeetingDraft();
    d.kind = kind;
    d.reference = t.reference();
    d.referredTo = t.reference() && !t.agreed();
    d.attendance = t.reference()
        && ClauseReader.cueRightBefore(r.s.text(), t.start(), t.end(), r.found, Cue.ATTENDANCE);
    d.recalled = c.recalled();
    d.scopeStart = t.start();
    d.scopeEnd = scopeEnd;
    for (Item it : sides) {
      d.participants.put(it.id, it.title == null ? null : it.title.strip());
    }
    d.sides = List.copyOf(sides);
    d.sentences.add(r.s);
    d.clauses.add(new MeetingDraft.ClauseSpan(r.s, c.start(), c.end()));
    return Optional.of(d);
  }

  /** Whether {@code persons} are of two countries or more. */
  private boolean bothSides(List<Item> persons) {
    String first = null;
    for (Item it : persons) {
      String c = country(it.id);
      if (c != null && first != null && !c.equals(first)) {
        return true;
      }
      first = first != null ? first : c;
    }
    return false;
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

  /** The person's country as a side of a meeting: a Soviet official is on Russia's side. */
  private String country(String id) {
    String c = countries.get(id);
    if (c == null) {
      c = mentions.person(id).flatMap(Person::country).orElse(NO_COUNTRY);
      if (SOVIET_UNION.equals(c)) {
        c = "RU"; // Russia's side of the relationship before 1992
      }
      countries.put(id, c);
    }
    return c == NO_COUNTRY ? null : c;
  }
}
