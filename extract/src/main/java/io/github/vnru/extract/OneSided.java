package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.Clause;
import io.github.vnru.extract.ClauseReader.PersonUse;
import io.github.vnru.extract.ClauseReader.TriggerUse;
import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A meeting reported with the persons of one country only ({@code The ministry held talks on July
 * 25 with a delegation led by X}): the clause that reports it, its day, its sides and the country
 * of the side it leaves unnamed, which a sentence soon after may name.
 */
record OneSided(Read read, Clause clause, PartialDate date, List<Item> sides,
    String otherCountry, MeetingKind kind) {

  /** How many sentences after a meeting reported with one side may name its other side. */
  static final int HOSTS_NAMED_WITHIN = 2;

  /** ... and how many, when that sentence opens with "For his part", "In reply" (OWN_PART). */
  static final int OWN_PART_WITHIN = 3;

  /**
   * The clause as a meeting reported with one side named, or null: a meeting word that took
   * place, not a letter, not referring back (unless {@code firstMeetingNamed}: no meeting was
   * named before it), and named persons all of one country, or, naming
   * none, the side the clause implies ({@code Đoàn đã có buổi làm việc với lãnh đạo tỉnh}: the
   * delegation's leader). Its day is the one {@link MeetingDates#dateOf} gives with the days
   * named before; its kind {@code referredKind} when its meeting words only refer back ("Tham
   * gia cuộc họp" after "cuộc họp trực tuyến"), else the call it reports, else a meeting.
   */
  static OneSided of(Read r, Clause c, List<Item> implied, PartialDate lastDate,
      PartialDate previousDate, PartialDate previousMeetingDate, SideCountries countries,
      boolean firstMeetingNamed, MeetingKind referredKind) {
    // "Tham dự buổi gặp mặt, về phía Đoàn Nga có: A; B": one side's list of those attending,
    // its first named the head, the other side's list to come
    boolean sideList = opensWithSideList(r, c, true)
        && c.triggers().stream().anyMatch(t -> t.tookPlace() && t.kind() == MeetingKind.MEETING
            && ClauseReader.cueRightBefore(r.s.text(), t.start(), t.end(), r.found,
                Cue.ATTENDANCE));
    // "những cuộc gặp hữu nghị": meetings in the plural are spoken of in general, no one meeting;
    // a meeting referred to ("At the meeting, A briefed …") only when none was named before it,
    // where the report starts with it
    if (!sideList && c.triggers().stream().noneMatch(t -> t.tookPlace()
        && (!t.reference() || firstMeetingNamed)
        && t.kind() == MeetingKind.MEETING
        && !ClauseReader.cueRightBefore(r.s.text(), t.start(), t.end(), r.found, Cue.PLURAL))) {
      return null;
    }
    List<Item> sides = new ArrayList<>();
    for (PersonUse p : c.persons()) {
      if (p.participant() && (!sideList || sides.isEmpty())) {
        sides.add(p.item());
      }
    }
    if (sides.isEmpty()) {
      // "Đoàn đã có buổi làm việc với lãnh đạo tỉnh X": the delegation's leader
      sides.addAll(implied);
    }
    Set<String> named = new HashSet<>();
    sides.forEach(it -> named.add(countries.of(it.id)));
    if (sides.isEmpty() || named.size() != 1
        || !(named.contains("VN") || named.contains("RU"))) {
      return null;
    }
    String other = named.contains("VN") ? "RU" : "VN";
    MeetingKind kind = referredKind != null
        && c.triggers().stream().allMatch(TriggerUse::reference) ? referredKind : MeetingKind.MEETING;
    // "… pledged … as they held a special online meeting": the call the clause reports
    for (TriggerUse t : c.triggers()) {
      if (t.tookPlace() && !t.reference()
          && (t.kind() == MeetingKind.VIDEO_CALL || t.kind() == MeetingKind.PHONE_CALL)) {
        kind = t.kind();
      }
    }
    // dated by the clause's own meeting word, whatever kind the meeting it refers to
    return new OneSided(r, c, MeetingDates.dateOf(r, c, MeetingKind.MEETING, lastDate, previousDate,
        previousMeetingDate), List.copyOf(sides), other, kind);
  }

  /**
   * This meeting ({@code At a working session with local officials on June 29, Son spoke highly
   * of …}) completed by a sentence soon after that reports no meeting and opens with a person of
   * its unnamed side ({@code The Governor of Vladimir province, Nikolai Vinogradov, acknowledged
   * …}): the hosts who spoke at it; else null, and null for the meeting {@code lastSides} just
   * reported, spoken of again ("Zyuganov said he was pleased to welcome").
   */
  MeetingDraft hostsNamedLater(Read r, List<Item> lastSides, SideCountries countries,
      MeetingPlaces places, MentionWords words) {
    // "Putin met his Chinese counterpart": the unnamed side is of a third country; "Deputy
    // Minister of Foreign Affairs received X": an office no one named later holds is the side
    // "leaders he had met, such as A and B": past meetings with each, not one that someone
    // named after them (in a caption, a statement of today) completes
    if (thirdCountryNamed(words) || unnamedOffice() || clause.recalled() && sides.size() > 1) {
      return null;
    }
    Clause c = r.clauses.get(0);
    boolean reportsMeeting = false;
    for (Clause x : r.clauses) {
      reportsMeeting |= !x.triggers().isEmpty();
    }
    // "Về phía Đài Sputnik, có ông A, Phó Tổng biên tập, ông B, …": a list of the side's persons,
    // the first named its head, the others with them
    boolean sideList = opensWithSideList(r, c, false);
    List<Item> hosts = new ArrayList<>();
    for (PersonUse p : c.persons()) {
      if (!p.participant()) {
        continue;
      }
      String country = countries.of(p.item().id);
      if (country != null && !country.equals(otherCountry)) {
        return null;
      }
      if (!sideList || hosts.isEmpty()) {
        hosts.add(p.item());
      }
    }
    if (hosts.isEmpty() || !otherCountry.equals(countries.of(hosts.get(0).id))) {
      return null;
    }
    // "President of the Socialist Republic of Vietnam.": a title alone, standing for its holder,
    // is a line's fragment or a label, and says nothing of anyone taking part
    Item host = hosts.get(0);
    if (hosts.size() == 1 && host.term != null && host.term.kind() == TermKind.TITLE
        && Chars.isWhitespaceOnly(r.s.text(), 0, host.start)
        && !Chars.hasLetterOrDigit(r.s.text(), host.end, r.s.text().length())) {
      return null;
    }
    // the host opens the sentence, or does right after "For her part,"; a sentence with a
    // meeting word of its own reports that meeting, unless the host answers ("In reply, X
    // expressed his belief that … the memorandum signed in 2013")
    int hostStart = Math.min(host.phraseStart, host.start);
    if (!ownPartRightBefore(r, c, hostStart) && (reportsMeeting
        || !sideList && !Chars.atMostWords(r.s.text(), c.start(), hostStart, 1))) {
      return null;
    }
    List<Item> all = new ArrayList<>(sides);
    all.addAll(hosts);
    Set<String> justReported = new HashSet<>();
    lastSides.forEach(it -> justReported.add(it.id));
    if (all.stream().allMatch(it -> justReported.contains(it.id))) {
      return null;
    }
    TriggerUse reported = new TriggerUse(clause.start(), clause.start(), kind, "",
        false, false, false, false, false);
    MeetingDraft d = MeetingDraft.of(read, clause, reported, clause.end(), kind, all);
    d.date = date;
    d.listed = sideList;
    d.place = places.placeIn(read, clause.start(), clause.end(), false);
    d.sentences.add(r.s);
    return d;
  }

  /**
   * Whether the report names a country other than Vietnam and Russia, but for one after a place
   * preposition: that may be the unnamed side's ("met his Chinese counterpart"), while a meeting
   * held "in Malaysia", on the sidelines of a summit, says nothing of who the other side is.
   */
  private boolean thirdCountryNamed(MentionWords words) {
    String text = read.s.text();
    for (Item i : read.s.items) {
      if (UnlistedOfficials.inThirdCountry(i) && !words.placePrepositionBefore(text, i.start)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether clause {@code c} names only persons of this meeting's unnamed side and refers back
   * to it, or, right in the next sentence, reports a meeting itself ("Đoàn … do Tổng lãnh sự
   * Popov dẫn đầu đã đến chào xã giao lãnh đạo UBND tỉnh. Phó Chủ tịch UBND tỉnh Võ Văn Cảnh chủ
   * trì buổi tiếp"): the two halves of one meeting.
   */
  boolean completedBy(Clause c, boolean nextSentence, SideCountries countries) {
    return refersBack(c, nextSentence)
        && c.persons().stream().filter(PersonUse::participant)
            .anyMatch(p -> otherCountry.equals(countries.of(p.item().id)))
        // persons of no known country may stand among them ("Phó Tổng giám đốc Mikhail Gusman")
        && c.persons().stream().filter(PersonUse::participant)
            .allMatch(p -> countries.of(p.item().id) == null
                || otherCountry.equals(countries.of(p.item().id)));
  }

  /**
   * Whether clause {@code c} names no side itself, refers back to this meeting as {@link
   * #completedBy} says, and {@code leaders} (the leaders of a delegation a later sentence names)
   * are all of this meeting's unnamed side.
   */
  boolean completedByLeaders(Clause c, boolean nextSentence, List<Item> leaders,
      SideCountries countries) {
    return refersBack(c, nextSentence)
        && c.persons().stream().noneMatch(PersonUse::participant)
        && leaders.stream().allMatch(it -> otherCountry.equals(countries.of(it.id)));
  }

  /** Whether clause {@code c} refers back to a meeting, or, {@code nextSentence}, reports one. */
  private static boolean refersBack(Clause c, boolean nextSentence) {
    return c.triggers().stream().anyMatch(TriggerUse::reference) || nextSentence
        && c.triggers().stream().anyMatch(t -> t.tookPlace() && t.kind() == MeetingKind.MEETING);
  }

  /**
   * Whether an {@link Cue#OWN_PART} cue opens clause {@code c} and ends, past a comma, right
   * before {@code at}.
   */
  private static boolean ownPartRightBefore(Read r, Clause c, int at) {
    for (Found f : r.found()) {
      if (f.cue() == Cue.OWN_PART && Chars.atMostWords(r.s.text(), c.start(), f.start(), 0)
          && Chars.atMostWords(r.s.text(), f.end(), at, 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether clause {@code c} of {@code r} opens with a {@link Cue#SIDE_LIST} cue, or, {@code
   * anywhere}, has one.
   */
  private static boolean opensWithSideList(Read r, Clause c, boolean anywhere) {
    for (Found f : r.found()) {
      if (f.cue() == Cue.SIDE_LIST && f.start() >= c.start() && f.end() <= c.end()
          && (anywhere || Chars.atMostWords(r.s.text(), c.start(), f.start(), 0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause has as its subject an office that names no one: a title with no name
   * after it, before the meeting word, that no later sentence gave a holder ({@link
   * TitlesNamedLater}); not a title in an aside about a side ("Son, who is also Head of …").
   */
  private boolean unnamedOffice() {
    int subjectEnd = clause.triggers().isEmpty() ? clause.start()
        : clause.triggers().get(0).start();
    for (Item it : read.s.items) {
      if (it.kind == TermKind.TITLE && !it.attached && !it.term.titleEntry().honorific()
          && it.start >= clause.start() && it.end <= subjectEnd && !nameAfter(it)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person's name follows the title past capitalised words only ({@code Bí thư T.Ư
   * Đoàn Nguyễn Anh Tuấn}): the title is that person's, though another stage named them.
   */
  private boolean nameAfter(Item title) {
    String text = read.s.text();
    for (Item it : read.s.items) {
      if (it.kind == TermKind.PERSON && it.start >= title.end) {
        for (String w : text.substring(title.end, it.start).strip().split(" +")) {
          if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0))) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
