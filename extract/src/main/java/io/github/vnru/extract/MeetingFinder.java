package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.Clause;
import io.github.vnru.extract.ClauseReader.PersonUse;
import io.github.vnru.extract.ClauseReader.TriggerUse;
import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.LanguagePack.Trigger;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the meetings of one article, in stages: {@link ClauseReader} reads each sentence into
 * clauses (meeting words, whether each took place, which persons are sides); pairing makes one
 * meeting per Vietnamese and Russian side of a clause ({@link ClausePairs}), or completes a
 * meeting reported with one side ({@link OneSided}); dates ({@link MeetingDates}) and places
 * ({@link MeetingPlaces}) come from the clause, then the sentence, then the visit; {@link
 * MeetingAssembly} merges the reports of one meeting and builds it. Not thread-safe.
 */
final class MeetingFinder {
  /**
   * How many sentences after a meeting is reported a sentence that opens with a meeting word
   * naming no one still goes on with it.
   */
  private static final int GOES_ON_SENTENCES = 3;

  /**
   * How many words of greeting and address may stand between a speaker's label and the one
   * addressed ("Добрый день, уважаемый господин X!").
   */
  private static final int ADDRESS_WORDS = 4;

  private final MentionFinder mentions;
  private final ClauseReader reader;
  private final Explanation explain;
  private final MeetingPlaces places;
  private final MeetingAssembly assembly;
  private final SideCountries countries;
  private final MentionWords words;

  MeetingFinder(Lexicon lexicon, MentionFinder mentions, ExtractionInput input, Explanation explain) {
    this.mentions = mentions;
    this.reader = new ClauseReader();
    this.explain = explain;
    this.places = new MeetingPlaces(lexicon, input);
    this.countries = new SideCountries(mentions);
    this.words = MentionWords.of(input.language());
    this.assembly = new MeetingAssembly(lexicon, mentions, input, places, countries);
  }

  List<Meeting> find() {
    List<Scanned> sentences = mentions.sentences();
    List<List<Found>> founds = new ArrayList<>(sentences.size());
    boolean meetingWords = false;
    for (Scanned s : sentences) {
      List<Found> found = phrasesRead(s, words);
      founds.add(found);
      meetingWords = meetingWords || anyMeetingWord(found);
    }
    List<Read> read = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      // "A congratulated B on his election" is a letter in a report of congratulations; in one
      // that tells of a meeting or call, the greeting was given there
      List<Found> found = meetingWords ? withoutGreetings(founds.get(i)) : founds.get(i);
      read.add(new Read(sentences.get(i), found, reader.read(sentences.get(i), found), places));
    }
    Walk walk = new Walk(read);
    for (int ri = 0; ri < read.size(); ri++) {
      walk.sentence(ri);
    }
    return assembly.finish(assembly.merge(walk.drafts), read);
  }

  /** Whether {@code found} holds a word of a meeting, a call or an agreement: no letter word. */
  private static boolean anyMeetingWord(List<Found> found) {
    for (Found f : found) {
      if (f.what() instanceof Trigger t && t.kind().isPresent()
          && t.kind().get() != MeetingKind.LETTER) {
        return true;
      }
    }
    return false;
  }

  /** {@code found} without its words of greeting ({@link Trigger#greeting}). */
  private static List<Found> withoutGreetings(List<Found> found) {
    for (Found f : found) {
      if (f.what() instanceof Trigger t && t.greeting()) {
        List<Found> out = new ArrayList<>(found);
        out.removeIf(x -> x.what() instanceof Trigger g && g.greeting());
        return out;
      }
    }
    return found;
  }

  /**
   * One walk over an article's sentences, in order: the meetings found, and what each sentence
   * leaves for those after it (the meeting last reported, the persons last named, the last
   * dates). A sentence, each of its clauses and what it leaves are read by methods of their own:
   * the JIT compiles them apart, where one method of them all (3,500 bytes of bytecode, compiled
   * again for each of its loops) took a third of the compiler's time while the parser warmed up.
   */
  private final class Walk {
    private final List<Read> read;
    private final ClausePairs pairing;
    private final Map<Read, List<Item>> leaders;
    private final List<MeetingDraft> drafts = new ArrayList<>();
    private PartialDate lastDate;
    private PartialDate previousSentenceDate;
    // the day the sentence before names when it reports a meeting itself
    private PartialDate previousMeetingDate;
    // per sentence read so far, whether it reported a meeting (see whereTextWas)
    private final boolean[] reported;
    private List<Item> previousPersons = List.of();
    // whom that sentence named in other roles ("the visit to Vietnam by B")
    private List<Item> previousOthers = List.of();
    // everyone named so far, in every role
    private final List<Item> namedSoFar = new ArrayList<>();
    // the kind of the last call reported with no one named, and its sentence
    private MeetingKind callNamingNoOne;
    private int callNamingNoOneAt = -2;
    private boolean namedJustBefore;
    private boolean reportedJustBefore;
    // the sentence that last reported a meeting
    private int reportedAt = -1;
    private List<Item> lastSides = List.of();
    /** The kind of the meeting {@link #lastSides} took part in. */
    private MeetingKind lastKind;
    // a meeting reported with one side named, the other an institution ("The Public Security
    // Ministry held talks with a delegation led by X"): its clause, until a report names a person
    private OneSided oneSided;
    private int oneSidedAt = -1;
    // a transcript's speakers: "you" is the one addressed, else the other side's speaker; each
    // sentence's label read once, for the list and for the sentence's own turn below
    private final List<Optional<Item>> labels;
    private final List<Item> speakers = new ArrayList<>();
    private Item speaker;
    private Item addressee;
    // a meeting reported with no side named ("Встреча состоялась в рамках визита …"), until a
    // transcript of it names them or another meeting is reported
    private Sideless sideless;
    private Read previousRead;
    // per country, the leader the article gave that country's delegation ("do X dẫn đầu")
    private final Map<String, Item> delegationLeaders = new HashMap<>();
    /** Whether the sentence being read reported a meeting. */
    private boolean reportedHere;

    Walk(List<Read> read) {
      this.read = read;
      this.pairing = new ClausePairs(read, countries, mentions, explain);
      this.leaders = SidesNamedApart.leadersNamedAfter(read);
      this.reported = new boolean[read.size()];
      this.labels = new ArrayList<>(read.size());
      for (Read r : read) {
        Optional<Item> label = SidesNamedApart.speakerOf(r.s);
        labels.add(label);
        label.ifPresent(speakers::add);
      }
    }

    /**
     * The day on which the sentence right before, reporting no meeting, told what a side of
     * {@code d} said, that side named before its verb of saying and the day right at the verb
     * ("PM Chinh on November 9 affirmed that … . Receiving X in Hanoi, Chinh said …", "…, Deputy
     * PM Dung said on December 11. Receiving X, …"): the lead sums up what was said at the
     * meeting its next sentence reports, that day. Null otherwise.
     */
    private PartialDate daySpokenJustBefore(MeetingDraft d) {
      if (d.recalled || !namedJustBefore || reportedJustBefore || previousRead == null
          || !previousRead.holds(Cue.SPEAKER)) {
        return null;
      }
      Item speaker = previousPersons.get(0);
      if (!d.participants.containsKey(speaker.id)) {
        return null;
      }
      String text = previousRead.s.text();
      for (Found f : previousRead.found) {
        if (f.is(Cue.SPEAKER) && f.start() >= speaker.end) {
          // named before what was said, not in it ("a notice said that A and B held talks")
          int base = previousRead.s.sentence.start();
          for (DateMention dm : previousRead.s.sentence.dates()) {
            int at = dm.start() - base;
            int end = dm.end() - base;
            if (dm.date().day().isPresent() && (at >= speaker.end && end <= f.start()
                    && Chars.atMostWords(text, speaker.end, at, 1)
                    && Chars.atMostWords(text, end, f.start(), 1)
                || at >= f.end() && Chars.atMostWords(text, f.end(), at, 1))) {
              return dm.date();
            }
          }
          return null;
        }
      }
      return null;
    }

    /** Reads sentence {@code ri}: its meetings, then what it leaves for the sentences after it. */
    void sentence(int ri) {
      Read r = read.get(ri);
      explain.sentence(r.s);
      reportedHere = false;
      // "For his part, X …" marks the other side's turn a sentence further on than a bare name
      MeetingDraft hosted = oneSided != null && (ri - oneSidedAt <= OneSided.HOSTS_NAMED_WITHIN
          || ri - oneSidedAt <= OneSided.OWN_PART_WITHIN && r.cueAt(Cue.OWN_PART, 0))
          ? oneSided.hostsNamedLater(r, lastSides, countries, places, words) : null;
      if (hosted != null) {
        explain.rule("names the other side of a meeting reported with one side");
        explain.draft(hosted.kind, hosted.participants.keySet(), hosted.date, hosted.place,
            hosted.recalled, hosted.reference);
        drafts.add(hosted);
        lastSides = hosted.sides;
        lastKind = hosted.kind;
        reportedHere = true;
        oneSided = null;
      }
      Optional<Item> label = labels.get(ri);
      if (label.isPresent()) {
        speaker = label.get();
        String own = countries.of(speaker.id);
        Optional<Item> named = addresseeOf(r.s, speaker);
        addressee = named
            .or(() -> speakers.stream()
                .filter(it -> !java.util.Objects.equals(countries.of(it.id), own)).findFirst())
            .orElse(null);
        if (sideless != null && named.isPresent() && Chars.atMostWords(r.s.text(),
            SidesNamedApart.labelEnd(r.s.text(), speaker.end), named.get().start,
            ADDRESS_WORDS)) {
          // "Встреча состоялась … Из стенограммы: A: Уважаемый B!": the meeting whose
          // transcript it is was held by its speaker and the one the speaker addresses
          explain.rule("a transcript's speaker and the one addressed: the meeting reported before");
          MeetingDraft told = draft(sideless, List.of(speaker, named.get()), read, reported);
          drafts.add(told);
          lastSides = told.sides;
          lastKind = told.kind;
          reportedHere = true;
          sideless = null;
        }
      } else if (speaker == null && r.hasCue(Cue.INTERVIEW, Integer.MAX_VALUE)) {
        // "In an interview with Sputnik, Ambassador X said …": the interviewee is the "I" after
        speaker = r.s.items.stream().filter(it -> it.kind == TermKind.PERSON && it.emitted)
            .findFirst().orElse(null);
      }
      // only the sentence right before: a person named further back is no longer the topic; a
      // meeting's sides (not another letter's) are never the writer of a letter reported there
      List<Item> namedBefore = namedJustBefore ? previousPersons : List.of();
      List<Item> namedBeforeNoWriters =
          namedJustBefore ? withoutLetterWriters(previousPersons, previousRead) : List.of();
      for (Clause c : r.clauses) {
        // a clause with no meeting word reports no meeting and leaves nothing for those after it
        // (its pairs, one-sided report and references all start from a meeting word), unless it
        // is a photo caption; two clauses in three are such. Explained, each is read for the
        // rules it tells
        if (explain != Explanation.NONE || !c.triggers().isEmpty() || ClausePairs.pictured(r, c)) {
          clause(r, ri, c, namedBefore, namedBeforeNoWriters);
        }
      }
      carryOver(r, ri);
    }

    /**
     * Whether the sentence right before names no person but an office none of the sides of the
     * meeting last reported holds ("Russian Minister of Industry and Trade is on a visit to
     * Vietnam. He is holding talks with …"): a pronoun after it is that office's holder, not a
     * side of that meeting.
     */
    private boolean officeNamedJustBefore() {
      if (previousRead == null
          || previousRead.s.items.stream().anyMatch(it -> it.kind == TermKind.PERSON)) {
        return false;
      }
      Set<String> sidesOffices = new HashSet<>();
      lastSides.forEach(it -> sidesOffices.addAll(mentions.roles(it.id)));
      return previousRead.s.items.stream().anyMatch(it -> it.kind == TermKind.TITLE
          && !it.attached && !sidesOffices.contains(it.id));
    }

    /**
     * Reads clause {@code c} of sentence {@code ri}: its sides (those it names, and those it
     * implies: the sentence before, a speaker, a delegation's leader), then its meetings, dated
     * and placed; {@code namedBefore} are whom the sentence right before named as sides.
     */
    private void clause(Read r, int ri, Clause c, List<Item> namedBefore,
        List<Item> namedBeforeNoWriters) {
      explain.clause(r.s.text(), c);
      List<Item> implied = new ArrayList<>();
      // whether a side is the visitor the sentence before named, on that sentence's day
      boolean visitorJustBefore = false;
      if (c.bothSides()) {
        // "the two sides": those of the meeting just reported, else whom the sentence before
        // named; of a country whose side the clause's meeting word names, that side ("During a
        // working session with Mayor X, the two sides discussed": X, not the mayor's superior
        // met before)
        Set<String> namedHere = new HashSet<>();
        c.persons().stream()
            .filter(p -> p.participant() && p.item().start >= c.subjectEnd())
            .forEach(p -> namedHere.add(countries.of(p.item().id)));
        (lastSides.isEmpty() ? previousPersons : lastSides).stream()
            .filter(it -> !namedHere.contains(countries.of(it.id))).forEach(implied::add);
        if (lastSides.isEmpty() && implied.size() == 1) {
          // "PM A spoke of the visit to Vietnam by Prime Minister B. … The two PMs exchanged
          // views": counterparts, of the other country and the same office; one named before
          // in another role is the other
          String own = countries.of(implied.get(0).id);
          Set<String> office = mentions.roles(implied.get(0).id);
          previousOthers.stream()
              .filter(it -> countries.of(it.id) != null && !countries.of(it.id).equals(own)
                  && !namedHere.contains(countries.of(it.id))
                  && mentions.roles(it.id).stream().anyMatch(office::contains))
              .findFirst().ifPresent(implied::add);
          // "Nhận lời mời của Thủ tướng A, Thủ tướng B đã thăm … Lễ đón B … hai Thủ tướng đã
          // hội đàm": else the one of that office the article named last, earlier on
          if (implied.size() == 1) {
            Item last = lastNamed(it -> countries.of(it.id) != null
                && !countries.of(it.id).equals(own) && !namedHere.contains(countries.of(it.id))
                && mentions.roles(it.id).stream().anyMatch(office::contains));
            if (last != null) {
              implied.add(last);
            }
          }
        }
      } else if (c.pronounCountry() != null && !officeNamedJustBefore()) {
        // "Putin will meet President A. … the Russian leader met B": of that country, the one the
        // sentence before named, else the side of the meeting last reported, else the one the
        // article named last
        Predicate<Item> ofCountry = it -> c.pronounCountry().equals(countries.of(it.id));
        Item previous = previousPersons.stream().filter(ofCountry).findFirst()
            .or(() -> lastSides.stream().filter(ofCountry).findFirst())
            .orElseGet(() -> lastNamed(ofCountry));
        if (previous != null) {
          implied.add(previous);
        }
      } else if (c.pronounSubject() && !previousPersons.isEmpty() && !officeNamedJustBefore()) {
        // "Đoàn … do X làm Trưởng đoàn. Tham gia Đoàn có Y. Đoàn đã làm việc với Z": the
        // delegation is the leader the article gave it, not the member named last
        Item previous = previousPersons.get(0);
        Item leader = c.ownDelegation() ? delegationLeaders.get(countries.of(previous.id)) : null;
        // "the guests": a delegation reported, never whoever was named last (a journal's founder)
        if (leader != null || !c.guests()) {
          implied.add(leader != null ? leader : previous);
        }
      }
      if (c.delegationObject()) {
        // "X đã tiếp đoàn": the delegation is the leader the article gave the other country's
        // delegation ("đoàn … do ông Y dẫn đầu đã thăm Liên bang Nga")
        Set<String> named = new HashSet<>();
        c.persons().stream().filter(PersonUse::participant)
            .forEach(p -> named.add(countries.of(p.item().id)));
        String other = named.size() == 1 && (named.contains("VN") || named.contains("RU"))
            ? (named.contains("VN") ? "RU" : "VN") : null;
        Item leader = other == null ? null : delegationLeaders.get(other);
        if (leader == null && other != null && namedJustBefore
            && previousRead.hasCue(Cue.VISIT, Integer.MAX_VALUE)) {
          // "B, Tư lệnh Hải quân Nga, đến thăm Quân chủng Hải quân. A chủ trì tiếp đoàn": the
          // visitor the sentence before named leads the delegation received
          leader = previousPersons.stream().filter(it -> other.equals(countries.of(it.id)))
              .findFirst().orElse(null);
          visitorJustBefore = leader != null;
        }
        if (leader != null) {
          implied.add(leader);
          explain.rule("the delegation received: led by whom the article said led it");
        }
      }
      // "Tại buổi gặp gỡ, thay mặt cán bộ phía Việt Nam, ông X báo cáo": at the meeting referred
      // back to, one of a country that already has a side there was present, no new side
      if (c.delegation() && c.pronounCountry() == null && !presentAtReferredMeeting(c, lastSides)) {
        // "the Russian delegation also held talks with X": headed by the one of that country
        // the meeting just reported was held with
        Set<String> named = new HashSet<>();
        c.persons().forEach(p -> named.add(countries.of(p.item().id)));
        lastSides.stream().filter(it -> !named.contains(countries.of(it.id)))
            .forEach(implied::add);
        explain.rule("a delegation as a side: headed by its side of the meeting just reported");
        if (lastSides.isEmpty() && c.persons().stream().anyMatch(PersonUse::participant)
            && c.triggers().stream().anyMatch(TriggerUse::reference)) {
          // "PM A told Russian Deputy PM B … During the reception for the Russian leader, A
          // said": referring to a meeting not reported before, the one of another country the
          // article named last
          Item last = lastNamed(
              it -> countries.of(it.id) != null && !named.contains(countries.of(it.id)));
          if (last != null) {
            implied.add(last);
            explain.rule("a delegation as a side: the one of its country named last");
          }
        }
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
      boolean goesOn = false;
      // "… Встреча состоялась на полях … в Малайзии" a few sentences on: a meeting word opening
      // its sentence goes on with the meeting last reported, when none was reported since; a
      // letter is not gone on with ("… gửi điện thăm hỏi tới B. … Thảo luận")
      if (implied.isEmpty() && lastKind != MeetingKind.LETTER && (reportedJustBefore
              || reportedAt >= 0 && ri - reportedAt <= GOES_ON_SENTENCES && opensSentence(r, c))
          && c.persons().stream().noneMatch(PersonUse::participant)
          && c.triggers().stream().anyMatch(TriggerUse::tookPlace)
          && c.triggers().stream().allMatch(t -> t.kind() == MeetingKind.MEETING)) {
        implied.addAll(lastSides);
        goesOn = true;
        explain.rule("a meeting word naming no one goes on with the meeting just reported");
      }
      // "Телефонный разговор прошёл в конструктивной атмосфере": a call word opening a sentence
      // that names no one, after the meeting reported, tells how that meeting was held
      if (implied.isEmpty() && !lastSides.isEmpty() && !c.recalled() && c == r.clauses.get(0)
          && c.persons().stream().noneMatch(PersonUse::participant)
          && c.triggers().stream().anyMatch(t -> t.tookPlace() && !t.reference()
              && (t.kind() == MeetingKind.PHONE_CALL || t.kind() == MeetingKind.VIDEO_CALL)
              && Chars.atMostWords(r.s.text(), c.start(), t.start(), 1))) {
        implied.addAll(lastSides);
        explain.rule("a call word naming no one tells how the meeting reported was held");
      }
      // "X told Y that … . A phone conversation was held …": a call that names no one, right
      // after a sentence that reported no meeting and named one person of each country, is
      // theirs
      if (implied.isEmpty() && !reportedJustBefore && namedJustBefore && !c.recalled()
          && c.persons().isEmpty()
          && c.triggers().stream().anyMatch(t -> t.tookPlace() && !t.reference()
              && (t.kind() == MeetingKind.PHONE_CALL || t.kind() == MeetingKind.VIDEO_CALL))) {
        Item vn = countries.onlyOneOf(previousPersons, "VN");
        Item ru = countries.onlyOneOf(previousPersons, "RU");
        if (vn != null && ru != null) {
          implied.add(vn);
          implied.add(ru);
          explain.rule("a call naming no one: the two the sentence before named");
        }
      }
      // "At the meeting, Minister Y said …": a report that refers back to a meeting reported
      // with one side names its other side, of the other country
      OneSided completes = null;
      if (implied.isEmpty() && oneSided != null
          && oneSided.completedBy(c, oneSided.read() == previousRead, countries)) {
        completes = oneSided;
        implied.addAll(oneSided.sides());
        explain.rule("refers back to a meeting reported with one side: names its other side");
      }
      // "A принял делегацию … . Встреча была посвящена … . Делегацию возглавляет B": referred
      // back to, the meeting reported with one side has the delegation's leader named after
      // it as its other side
      if (completes == null && oneSided != null && leaders.containsKey(r)
          && implied.equals(leaders.get(r)) && oneSided.completedByLeaders(
              c, oneSided.read() == previousRead, implied, countries)) {
        completes = oneSided;
        implied.addAll(oneSided.sides());
        explain.rule("refers back to a meeting reported with one side: its other side the "
            + "delegation's leader named after");
      }
      boolean letterHere = c.triggers().stream().anyMatch(t -> t.kind() == MeetingKind.LETTER);
      boolean caption = ClausePairs.pictured(r, c);
      if (caption) {
        explain.rule("names only: a photo caption showing them together");
      }
      List<MeetingDraft> found = caption ? pairing.pictures(r, c)
          : pairing.pairs(r, c, implied, letterHere ? namedBefore : namedBeforeNoWriters);
      if (!found.isEmpty() && welcomeOnArrival(r, c, previousRead, found)) {
        explain.rule("the welcome on arrival the sentence before reported: no meeting");
        found = List.of();
      }
      if (found.isEmpty() && completes == null) {
        OneSided one = OneSided.of(r, c, implied, lastDate, previousSentenceDate,
            previousMeetingDate, countries, lastSides.isEmpty(),
            callNamingNoOneAt == ri - 1 ? callNamingNoOne : null);
        if (one != null) {
          oneSided = one;
          oneSidedAt = ri;
          // "… Về phía Học viện có B, Vụ trưởng. C chủ trì tiếp đoàn": the one who hosted it is
          // that side, not the first of its list; the other list's first stays the other side
          for (MeetingDraft d : drafts) {
            if (d.listed && one.sides().stream().anyMatch(it -> !d.participants
                .containsKey(it.id) && d.sides.stream()
                    .anyMatch(x -> Objects.equals(countries.of(x.id), countries.of(it.id))))) {
              String own = countries.of(one.sides().get(0).id);
              List<Item> sides = new ArrayList<>(one.sides());
              d.sides.stream().filter(x -> !Objects.equals(countries.of(x.id), own))
                  .forEach(sides::add);
              d.setSides(sides);
            }
          }
        }
        if (one == null && c.triggers().stream().anyMatch(MeetingFinder::inPersonTookPlace)
            && c.persons().stream().noneMatch(PersonUse::participant)) {
          sideless = new Sideless(ri, c, lastDate, previousSentenceDate, previousMeetingDate);
        }
        // "đã diễn ra cuộc họp trực tuyến giữa lãnh đạo A và lãnh đạo B": a call naming no one,
        // which the next sentence's "Tham gia cuộc họp, về phía A có …" refers to
        if (one == null && c.persons().stream().noneMatch(PersonUse::participant)) {
          for (TriggerUse t : c.triggers()) {
            if (t.tookPlace() && !t.reference() && (t.kind() == MeetingKind.VIDEO_CALL
                || t.kind() == MeetingKind.PHONE_CALL)) {
              callNamingNoOne = t.kind();
              callNamingNoOneAt = ri;
            }
          }
        }
      } else if (!found.isEmpty()) {
        oneSided = null;
        sideless = null;
      }
      for (MeetingDraft d : found) {
        // "Putin will meet Trọng on 6 September … Priority attention during the talks between
        // Putin and Trọng will focus on …": the talks referred to, spoken of in the future, are
        // the ones planned
        if (d.reference && (r.hasCueBetween(Cue.FUTURE, c.start(), c.end())
                || r.hasCueBetween(Cue.PLANNED, c.start(), c.end()))
            && pairing.readAsNotHeldBefore(d.participants.keySet(), r)
            && drafts.stream().noneMatch(
                e -> !e.recalled && e.participants.keySet().equals(d.participants.keySet()))) {
          explain.rule("refers to a meeting read as planned or denied: no meeting");
          continue;
        }
        d.date = MeetingDates.dateOf(r, c, d.kind, lastDate, previousSentenceDate,
            previousMeetingDate);
        // "met A on May 5 and B on May 6": each counterpart's own day
        Item counterpart = lastSideAfter(d.sides, d.scopeStart);
        PartialDate own = counterpart == null ? null
            : MeetingDates.dayAfterCounterpart(r, c, d.scopeStart, counterpart);
        d.date = own != null ? own : d.date;
        // "Welcoming A, X applauded the outcomes of A's talks with B on October 15": the days
        // in the words of a meeting owned by a name are that meeting's alone
        if (own == null && d.date != null && dayOfAnOwnedMeetingAfter(r, c, d, found)) {
          d.date = null;
        }
        if (d.date == null && visitorJustBefore) {
          d.date = previousSentenceDate;
        }
        if (d.date == null) {
          d.date = daySpokenJustBefore(d);
        }
        if (d.referredTo) {
          d.ownDate = MeetingDates.dateOf(r, c, d.kind, null, null, null);
        }
        // it is the meeting just reported: a day its sentence gives something else ("The
        // talks aimed at implementing the agreement signed on October 5th, 2016") is not its
        d.reference |= goesOn;
        if (completes != null) {
          // the meeting is the one its first report tells, with that report's day, place and
          // kind ("… held a special online meeting. … Minister A attended the meeting")
          d.kind = d.kind == MeetingKind.MEETING ? completes.kind() : d.kind;
          d.reference = false;
          d.date = d.date != null ? d.date : completes.date();
          d.sentences.add(0, completes.read().s);
          d.withinSpan = MeetingDraft.spanOutsideAsides(completes.read());
        }
        if (d.kind != MeetingKind.PHONE_CALL && d.kind != MeetingKind.VIDEO_CALL
            && d.kind != MeetingKind.LETTER) {
          placeIn(d, read, reported, ri, c, completes);
        }
        explain.draft(d.kind, d.participants.keySet(), d.date, d.place, d.recalled, d.reference);
        drafts.add(d);
        // the first meeting the article names is the one it reports, even when its sentence
        // speaks of it as known ("A and B discussed … at their meeting on Wednesday. The
        // meeting took place in China's Hainan province")
        if (!d.recalled && (!d.reference || lastSides.isEmpty())) {
          lastSides = d.sides;
          lastKind = d.kind;
          reportedHere = true;
        }
      }
    }

    /** The person the article named last, so far, of those {@code which} accepts; or null. */
    private Item lastNamed(Predicate<Item> which) {
      for (int k = namedSoFar.size() - 1; k >= 0; k--) {
        if (which.test(namedSoFar.get(k))) {
          return namedSoFar.get(k);
        }
      }
      return null;
    }

    /**
     * What sentence {@code ri} leaves for the sentences after it: delegations' leaders, whether
     * it reported a meeting, its dates, whom it named.
     */
    private void carryOver(Read r, int ri) {
      // the first leader the article gives a country's delegation leads it: a group headed by
      // another that joins it later does not take it over ("representatives of the Embassy
      // headed by Ambassador X also joined the delegation")
      SidesNamedApart.delegationLeader(r).filter(it -> countries.of(it.id) != null)
          .ifPresent(it -> delegationLeaders.putIfAbsent(countries.of(it.id), it));
      // "X visited JINR. … the guests were welcomed by A": a visitor leads the guests unless the
      // article says who led them
      SidesNamedApart.visitor(r).filter(it -> countries.of(it.id) != null)
          .ifPresent(it -> delegationLeaders.putIfAbsent(countries.of(it.id), it));
      reportedJustBefore = reportedHere;
      reportedAt = reportedHere ? ri : reportedAt;
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
      List<Item> others = new ArrayList<>();
      for (Clause c : r.clauses) {
        for (PersonUse p : c.persons()) {
          (p.participant() ? named : others).add(p.item());
        }
      }
      namedSoFar.addAll(named);
      namedSoFar.addAll(others);
      if (!named.isEmpty()) {
        previousPersons = named;
        previousOthers = others;
      }
      namedJustBefore = !named.isEmpty();
      // "Cùng tham dự buổi làm việc có …": a list of who else attended, naming no side, goes on
      // with the meeting before it, which the next sentence may still complete
      if (!named.isEmpty() || others.isEmpty() || !r.hasCue(Cue.ALSO_PRESENT, Integer.MAX_VALUE)) {
        previousRead = r;
      }
    }
  }

  /**
   * Whether the clause's days all lie in the words of a meeting word after {@code d}'s that a
   * name owns ("A's talks with B on October 15"), of other sides than {@code d}'s.
   */
  private static boolean dayOfAnOwnedMeetingAfter(Read r, Clause c, MeetingDraft d,
      List<MeetingDraft> found) {
    for (MeetingDraft e : found) {
      if (e.owned && e.scopeStart >= d.scopeEnd
          && !e.participants.keySet().equals(d.participants.keySet())
          && MeetingDates.daysOnlyWithin(r, c, e.scopeStart, e.scopeEnd)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Places meeting {@code d}, reported by clause {@code c} of sentence {@code ri}: where its own
   * words say, else its clause, else the first report of the meeting it completes, else its
   * sentence, else where the text just was.
   */
  private void placeIn(MeetingDraft d, List<Read> read, boolean[] reported, int ri, Clause c,
      OneSided completes) {
    Read r = read.get(ri);
    // "A hội kiến B; thăm … cộng đồng người Việt tại Liên bang Nga": what the text does after a
    // semicolon has its own place
    int end = r.breakAfter(d.scopeStart, c.end());
    d.place = places.placeIn(r, d.scopeStart, Math.min(d.scopeEnd, end), false);
    if (d.place == null || d.place.city().isEmpty()) {
      // "tại Phủ Chủ tịch, A tiếp B trong khuôn khổ chuyến thăm Việt Nam": the clause's city in
      // the country of the visit is the more exact place
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
      int sentenceEnd = r.breakAfter(d.scopeStart, r.s.text().length());
      d.place = sentenceEnd == r.s.text().length() ? r.place()
          : places.placeIn(r, 0, sentenceEnd, false);
    }
    if (d.place == null) {
      // where the text just was ("завершает работу во Владивостоке. … встретился"), as "the same
      // day" is spent there
      d.place = whereTextWas(read, reported, ri);
      d.placeCarried = d.place != null;
    }
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
   * The sentence's phrases without the cue words inside a date it states ("on May 9"), and
   * without the meeting words that need a person after them and have none ("paid a visit to
   * Vietnam").
   */
  private static List<Found> phrasesRead(Scanned s, MentionWords words) {
    List<DateMention> dates = s.sentence.dates();
    if (dates.isEmpty() && !anyPersonAfterTrigger(s.phrases)) {
      return s.phrases;
    }
    int base = s.sentence.start();
    List<Found> out = new ArrayList<>(s.phrases.size());
    for (Found f : s.phrases) {
      // "paid a visit to Vietnam" is no meeting; "paid a visit to Governor X" is
      boolean noPerson = f.trigger().filter(t -> t.personAfter()).isPresent()
          && !personRightAfter(s, f.end(), words);
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
   * place or party that qualifies the title ("shakes hands with Russian Minister … X") and words
   * that say when the title was held ("shakes hands with then Prime Minister X").
   */
  private static boolean personRightAfter(Scanned s, int at, MentionWords words) {
    for (boolean moved = true; moved; ) {
      moved = false;
      int a = Chars.skipWhitespace(s.text(), at);
      int b = Chars.lettersEnd(s.text(), a);
      if (b > a && words.isTitleTime(s.text().substring(a, b))) {
        at = b;
        moved = true;
      }
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
    String own = countries.of(speaker.id);
    for (Item it : s.items) {
      if (it.kind == TermKind.PERSON && it.emitted && it.start >= from
          && !it.id.equals(speaker.id) && !java.util.Objects.equals(countries.of(it.id), own)) {
        return Optional.of(it);
      }
    }
    return Optional.empty();
  }

  /**
   * A meeting clause {@code c} of sentence {@code ri} reported, no side named, with the days the
   * text had named when it did (its own is read only if its sides are named later).
   */
  private record Sideless(int ri, Clause c, PartialDate lastDate,
      PartialDate previousSentenceDate, PartialDate previousMeetingDate) {}

  /** The meeting {@code x} reported, its sides named later. */
  private MeetingDraft draft(Sideless x, List<Item> sides, List<Read> read, boolean[] reported) {
    TriggerUse t = x.c().triggers().stream().filter(MeetingFinder::inPersonTookPlace)
        .findFirst().orElseThrow();
    MeetingDraft d =
        MeetingDraft.of(read.get(x.ri()), x.c(), t, x.c().end(), MeetingKind.MEETING, sides);
    d.date = MeetingDates.dateOf(read.get(x.ri()), x.c(), MeetingKind.MEETING, x.lastDate(),
        x.previousSentenceDate(), x.previousMeetingDate());
    placeIn(d, read, reported, x.ri(), x.c(), null);
    return d;
  }

  /**
   * Whether clause {@code c} only refers back to a meeting and names someone of a country that
   * already has a side there, among {@code lastSides}: one present at it.
   */
  private boolean presentAtReferredMeeting(Clause c, List<Item> lastSides) {
    return !c.triggers().isEmpty() && c.triggers().stream().allMatch(TriggerUse::reference)
        && c.persons().stream().anyMatch(p -> lastSides.stream()
            .anyMatch(it -> Objects.equals(countries.of(it.id), countries.of(p.item().id))));
  }

  /**
   * Whether clause {@code c}, reporting {@code found}, goes on with a guest's arrival at an
   * airport the sentence before reported ("… to welcome Putin at the airport. A, B and C met
   * Russian President Putin"): in person, with the guest that sentence named, naming no place or
   * day of its own, it tells who welcomed the guest there, a ceremony. The one person that
   * sentence named as this one's subject met someone ("… greet Mr Trong at the airport. Mr Trong
   * meets with Prime Minister Medvedev").
   */
  private boolean welcomeOnArrival(Read r, Clause c, Read previous, List<MeetingDraft> found) {
    if (previous == null || !previous.holds(Cue.ARRIVAL) || r.holds(Cue.ARRIVAL)
        || !r.s.sentence.dates().isEmpty()
        || !c.triggers().stream().allMatch(t -> t.kind() == MeetingKind.MEETING)
        || places.placeIn(r, c.start(), c.end(), false) != null) {
      return false;
    }
    Set<String> guests = new HashSet<>();
    previous.s.items.stream().filter(it -> it.kind == TermKind.PERSON)
        .forEach(it -> guests.add(it.id));
    int verb = c.triggers().isEmpty() ? -1 : c.triggers().get(0).start();
    return found.stream().allMatch(d -> d.participants.keySet().stream().anyMatch(guests::contains))
        && (guests.size() > 1 || c.persons().stream().noneMatch(p -> p.item().start < verb
            && guests.contains(p.item().id)));
  }

  private static boolean inPersonTookPlace(TriggerUse t) {
    return t.tookPlace() && !t.reference() && t.kind() == MeetingKind.MEETING;
  }

  /** Whether clause {@code c} opens sentence {@code r} with a meeting word that took place. */
  private static boolean opensSentence(Read r, Clause c) {
    return c == r.clauses.get(0) && c.triggers().stream()
        .anyMatch(t -> t.tookPlace() && Chars.atMostWords(r.s.text(), c.start(), t.start(), 0));
  }

  /**
   * {@code persons} less the writers of a letter {@code r} reports ("Beglov has sent a message to
   * the delegates. The message was handed over to X": Beglov handed nothing over).
   */
  private static List<Item> withoutLetterWriters(List<Item> persons, Read r) {
    if (r == null) {
      return persons;
    }
    List<Item> out = persons;
    for (Clause c : r.clauses) {
      for (TriggerUse t : c.triggers()) {
        if (t.kind() != MeetingKind.LETTER || !t.tookPlace()) {
          continue;
        }
        for (PersonUse p : c.persons()) {
          if (p.item().end <= t.start() && out.contains(p.item())) {
            out = new ArrayList<>(out);
            out.remove(p.item());
          }
        }
      }
    }
    return out;
  }
}
