package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The last stages of {@link MeetingFinder}: reports of one meeting merged into one, then each
 * meeting finished (the article's day and place where its reports name none, its parties, titles,
 * topics and evidence) and built.
 */
final class MeetingAssembly {
  private final Lexicon lexicon;
  private final MentionFinder mentions;
  private final ExtractionInput input;
  private final MeetingPlaces places;
  private final SideCountries countries;

  MeetingAssembly(Lexicon lexicon, MentionFinder mentions, ExtractionInput input,
      MeetingPlaces places, SideCountries countries) {
    this.lexicon = lexicon;
    this.mentions = mentions;
    this.input = input;
    this.places = places;
    this.countries = countries;
  }

  /**
   * Merges the reports of one meeting: the same sides, dates that agree, and not a letter with a
   * meeting (but a photo caption showing the two joins their letter). A report that only refers back ({@code Tại cuộc hội đàm}) joins a meeting already
   * found and makes none of its own, unless the article reports no other meeting.
   */
  List<MeetingDraft> merge(List<MeetingDraft> drafts) {
    List<MeetingDraft> out = new ArrayList<>();
    for (MeetingDraft d : captionsLast(drafts)) {
      MeetingDraft into = null;
      for (MeetingDraft e : out) {
        if (sameSides(e, d)
            // a photo of the two illustrates whatever the text reports of them, a letter too
            && ((e.kind == MeetingKind.LETTER) == (d.kind == MeetingKind.LETTER)
                || d.pictured || e.pictured)
            // "At the talks, …" refers back to the meeting reported: its date is that one's
            && (d.reference || e.date == null || d.date == null || e.date.isCompatibleWith(d.date))
            // a report that refers back cannot tell the meeting was not a call, nor can one that
            // only says the sides met when it came first ("discussed … during a phone talk")
            && (d.reference || e.reference && e.kind == MeetingKind.MEETING
                || !inPersonAndCall(e, d))
            // a call recalled beside the meeting reported is another ("… who telephoned me some
            // time ago")
            && (e.recalled == d.recalled || e.kind == d.kind || d.reference || e.reference)) {
          into = e;
          break;
        }
      }
      if (into == null) {
        // "Tham dự hội đàm về phía Việt Nam có A, B": who attended the meeting just reported,
        // whose sides are named, came with them; they are sides only of one that lacks theirs
        if (!d.attendance || out.isEmpty() || !namesSidesOf(out.get(out.size() - 1), d)) {
          out.add(d);
        }
        continue;
      }
      // a call or video call is more specific than "met", and than a word that only says the
      // sides agreed or discussed ("A và B đã thảo luận … trong cuộc điện đàm")
      if (into.kind == MeetingKind.MEETING && d.kind != MeetingKind.MEETING
          && (!d.reference || into.pictured || into.reference && !into.referredTo)) {
        into.kind = d.kind;
      }
      into.recalled &= d.recalled;
      into.pictured &= d.pictured;
      // the evidence is the first sentence that reports it, not one that only refers back to it
      boolean reportFirst = into.reference && !d.reference;
      into.withinSpan = reportFirst ? d.withinSpan : into.withinSpan;
      into.reference &= d.reference;
      into.referredTo &= d.referredTo;
      for (Map.Entry<String, String> e : d.participants.entrySet()) {
        if (!into.participants.containsKey(e.getKey())
            || betterTitle(e.getValue(), into.participants.get(e.getKey()))) {
          into.participants.put(e.getKey(), e.getValue());
        }
      }
      if (into.date == null || (!d.reference && d.date != null && moreExact(d.date, into.date))) {
        into.date = d.date != null ? d.date : into.date;
      }
      // a city refines a country only within it ("House of Moscow in Hanoi" does not move talks
      // in Russia); a report places the meeting rather than a sentence that only refers back
      if (into.place == null || reportFirst && d.place != null
          || into.place.city().isEmpty() && d.place != null && d.place.city().isPresent()
              && d.place.country().equals(into.place.country())
          // a place a sentence states ("shakes hands … in Moscow") over one carried from where
          // the text was before
          || into.placeCarried && d.place != null && !d.placeCarried && !d.reference) {
        if (d.place != null) {
          into.place = d.place;
          into.placeCarried = d.placeCarried;
        }
      }
      into.sentences.addAll(reportFirst ? 0 : into.sentences.size(), d.sentences);
      into.clauses.addAll(d.clauses);
    }
    // "Tham dự buổi tiếp về phía RANEPA có A; … Về phía Học viện có B; … Phát biểu tại buổi
    // tiếp, C …": lists of those attending give the sides only of a meeting no report names
    out.removeIf(d -> d.listed && out.stream().anyMatch(e -> !e.listed && !e.recalled
        && e.kind == MeetingKind.MEETING
        && e.participants.keySet().stream().anyMatch(d.participants::containsKey)));
    // "Tại buổi hội kiến, A đánh giá cao kết quả cuộc điện đàm với B": a meeting only referred
    // to, beside meetings the article reports, is not theirs: dated by its own sentence alone
    if (out.stream().anyMatch(d -> !d.reference)) {
      for (MeetingDraft d : out) {
        if (d.reference && d.referredTo) {
          d.date = d.ownDate;
        }
      }
    }
    return out;
  }

  /**
   * The drafts with those a photo caption reports put last: a caption illustrates what the text
   * reports ("tiếp … tháng 5/2015" under a report of 22 October shows an earlier occasion), so
   * the text's reports meet each other first.
   */
  private static List<MeetingDraft> captionsLast(List<MeetingDraft> drafts) {
    List<MeetingDraft> text = new ArrayList<>();
    List<MeetingDraft> captions = new ArrayList<>();
    for (MeetingDraft d : drafts) {
      (d.sentences.get(0).segment == SegmentKind.CAPTION ? captions : text).add(d);
    }
    text.addAll(captions);
    return text;
  }

  /**
   * Whether two reports name the same meeting's sides: the same persons, or, both recalled or
   * neither, some of those of a session of more than two ("Chào mừng đoàn của Đại sứ X …, Chủ tịch Y nhấn
   * mạnh" after the session of Y with X and Z was reported).
   */
  private boolean sameSides(MeetingDraft a, MeetingDraft b) {
    Set<String> x = a.participants.keySet();
    Set<String> y = b.participants.keySet();
    return x.equals(y) || a.recalled == b.recalled
        && (x.size() > 2 && x.containsAll(y) || y.size() > 2 && y.containsAll(x));
  }

  /** Whether {@code meeting} names someone of each country {@code attended} names. */
  private boolean namesSidesOf(MeetingDraft meeting, MeetingDraft attended) {
    Set<String> named = new HashSet<>();
    meeting.participants.keySet().forEach(id -> named.add(countries.of(id)));
    for (String id : attended.participants.keySet()) {
      if (!named.contains(countries.of(id))) {
        return false;
      }
    }
    return true;
  }

  /** A meeting its own sentence places somewhere was held in person: it is not a call. */
  private static boolean inPersonAndCall(MeetingDraft a, MeetingDraft b) {
    return a.kind == MeetingKind.MEETING && a.place != null && !a.placeCarried && isCall(b.kind)
        || b.kind == MeetingKind.MEETING && b.place != null && !b.placeCarried && isCall(a.kind);
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
  List<Meeting> finish(List<MeetingDraft> drafts, List<Read> read) {
    // "led a delegation to Russia for a working trip from January 20-23": a report of several
    // days, whose meetings the visit's first day or the dateline's does not date
    boolean leadSpansDays = leadSpansDays(read);
    long current = drafts.stream().filter(d -> !d.recalled).count();
    PartialDate eventDate = leadSpansDays ? null : eventDate(read, current == 1);
    MeetingPlaces.Visit visit = null;
    boolean visitDone = false;
    // the report was filed on that day there: abroad, that is where a summit's meeting was held
    Place filedOn = places.filedOnTheDay();
    Place filedAbroad =
        filedOn != null && !MeetingPlaces.isVietnamOrRussia(filedOn.country()) ? filedOn : null;
    List<Meeting> out = new ArrayList<>();
    MeetingDraft previous = null;
    for (MeetingDraft d : drafts) {
      // the visit's date dates the meetings during it, not a call or letter mentioned in passing,
      // nor a meeting its sentence says took place within a span of days ("on October 24-25");
      // the dateline's day neither
      if (d.date == null && !d.recalled && d.kind == MeetingKind.MEETING && !d.withinSpan) {
        d.date = eventDate;
      }
      // a dated dateline dates what the report reports: every meeting of the visit, or its one
      // call; not a meeting its own sentence places in another country ("RUSSIA, January 22 - …
      // As part of the forum in Beijing, a meeting was held between …")
      boolean elsewhere = d.kind == MeetingKind.MEETING && !d.placeCarried && d.place != null
          && filedOn != null && !filedOn.country().equals(d.place.country());
      if (d.date == null && !d.recalled && (d.kind == MeetingKind.MEETING || current == 1)
          && !d.withinSpan && !leadSpansDays && !elsewhere) {
        d.date = places.filedDay().orElse(null);
      }
      if (d.kind == MeetingKind.MEETING && !d.recalled) {
        // "the same day, ..." in the same city: the meeting of that day before it, rather than
        // where the text last was
        boolean sameDayAsPrevious = previous != null && previous.date != null && d.date != null
            && d.date.day().isPresent() && d.date.isCompatibleWith(previous.date);
        if ((d.place == null || d.placeCarried && sameDayAsPrevious) && previous != null
            && previous.place != null && (d.date == null || sameDayAsPrevious)) {
          d.place = previous.place;
        }
        boolean otherOccasion = otherOccasion(d.date, eventDate);
        if (otherOccasion && d.placeCarried) {
          d.place = null; // where the text just was is the visit's place, not that occasion's
        }
        // "ТЯНЬЦЗИНЬ (Китай), 1 сен": a report filed that day in a third country reports a meeting
        // held there (at a summit), not where a visit the text speaks of went
        if (d.placeCarried && !otherOccasion && filedAbroad != null) {
          d.place = filedAbroad;
        }
        if ((d.place == null || d.place.city().isEmpty()) && !otherOccasion) {
          if (!visitDone) {
            visit = places.visit(read);
            visitDone = true;
          }
          // a meeting in the visited country took place in the visit's city, when the article
          // gives one ("ХАНОЙ, 16 сен … находящийся с визитом во Вьетнаме, провел переговоры")
          if (visit != null && visit.of(d.participants.keySet(), d.date) && (d.place == null
              || visit.place().city().isPresent()
                  && visit.place().country().equals(d.place.country()))) {
            d.place = visit.place();
          }
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

  /**
   * Whether a meeting dated {@code date} by its own sentence was held on another occasion than
   * the visit the article reports ("hồi tháng 6/2025" in a report of 25 December): two months or
   * more from the visit's month, or without one, from the publication's.
   */
  private boolean otherOccasion(PartialDate date, PartialDate eventDate) {
    if (date == null) {
      return false;
    }
    if (eventDate != null && eventDate.year().isPresent() && eventDate.month().isPresent()) {
      return MeetingDates.monthsApart(date, eventDate.year().getAsInt(),
          eventDate.month().getAsInt());
    }
    return input.publishedDate()
        .map(p -> MeetingDates.monthsApart(date, p.getYear(), p.getMonthValue())).orElse(false);
  }

  /** Whether the first body sentence states a span of days outside an aside about a person. */
  private static boolean leadSpansDays(List<Read> read) {
    for (Read r : read) {
      if (r.s().segment != SegmentKind.TITLE) {
        return MeetingDraft.spanOutsideAsides(r);
      }
    }
    return false;
  }

  /**
   * The date of the first body sentences that report a meeting that took place; of an article
   * reporting {@code oneMeeting}, also one that reports a visit made ("3 февраля Посол … находились
   * в штаб-квартире … с рабочим визитом"): its one meeting was that day's. A visit of several
   * meetings, or one the sentence says spanned days, lasted several days, which its first sentence
   * does not tell apart, unless the sentence says the visit lasted one day.
   */
  private static PartialDate eventDate(List<Read> read, boolean oneMeeting) {
    int body = 0;
    // the first sentence of the text proper: a caption above it is not its lead
    boolean leadSeen = false;
    for (Read r : read) {
      if (r.s().segment == SegmentKind.TITLE) {
        continue;
      }
      if (++body > 3) {
        break;
      }
      boolean lead = !leadSeen && r.s().segment != SegmentKind.CAPTION;
      leadSeen |= lead;
      // a visit of one day dates its meetings as a report of one meeting does ("paid a one-day
      // visit to Hanoi on November 12 … Putin met Vietnam's top three leaders")
      boolean oneDay = oneMeeting || r.hasCue(Cue.ONE_DAY, Integer.MAX_VALUE);
      // or, of one meeting, a lead that says when and where the news happened ("Sáng 30/10, tại
      // sân bay Nội Bài, Cục … tiếp nhận lô hàng": the handover later told was that day's)
      if (!r.s().sentence.dates().isEmpty() && (reportsMeeting(r)
          || oneDay && (r.hasCue(Cue.VISIT, Integer.MAX_VALUE)
                  || lead && r.hasCue(Cue.AT, Integer.MAX_VALUE))
              && !r.hasCue(Cue.PLANNED, Integer.MAX_VALUE)
              && !r.hasCue(Cue.INVITED, Integer.MAX_VALUE)
              && !MeetingDraft.spanOutsideAsides(r))) {
        return r.s().sentence.dates().get(0).date();
      }
    }
    return null;
  }

  /** Whether a clause of {@code r} reports a meeting that took place: no letter, no reference. */
  private static boolean reportsMeeting(Read r) {
    for (ClauseReader.Clause c : r.clauses()) {
      for (ClauseReader.TriggerUse t : c.triggers()) {
        if (t.tookPlace() && t.kind() != MeetingKind.LETTER && !t.reference()) {
          return true;
        }
      }
    }
    return false;
  }

  private static final String SOVIET_UNION = "SU";

  /**
   * Whether the meeting, placed in Russia, had a Soviet official as a side: then Russia was the
   * Soviet Union ("Xtalin tiếp Chủ tịch Hồ Chí Minh tại Mátxcơva").
   */
  private boolean inTheSovietUnion(MeetingDraft d) {
    return "RU".equals(d.place.country()) && d.participants.keySet().stream()
        .anyMatch(id -> mentions.person(id).flatMap(Person::country)
            .filter(SOVIET_UNION::equals).isPresent());
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

  private Meeting build(MeetingDraft d, boolean articleTopics) {
    Scanned first = d.sentences.get(0);
    Evidence evidence =
        Evidence.of(first.text(), Span.of(first.sentence.start(), first.sentence.end()));
    var b = Meeting.builder().kind(d.kind).evidence(evidence).recalled(d.recalled);
    if (d.date != null) {
      b.date(d.date);
    }
    if (d.place != null) {
      b.place(!inTheSovietUnion(d) ? d.place : d.place.city()
          .map(c -> Place.of(c, SOVIET_UNION)).orElse(Place.ofCountry(SOVIET_UNION)));
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
    for (MeetingDraft.ClauseSpan c : d.clauses) {
      c.addTopics(topics);
    }
    if (articleTopics) {
      for (Scanned s : mentions.sentences()) {
        new MeetingDraft.ClauseSpan(s, 0, s.text().length()).addTopics(topics);
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
      if (allHeldSomePosition(persons, y)) {
        return OptionalInt.of(y);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether each of {@code persons} held some position in {@code year} (loops: asked per year). */
  private static boolean allHeldSomePosition(List<Person> persons, int year) {
    for (Person p : persons) {
      boolean held = false;
      for (Position x : p.positions()) {
        if (x.heldIn(year)) {
          held = true;
          break;
        }
      }
      if (!held) {
        return false;
      }
    }
    return true;
  }

  private String country(String id) {
    return mentions.person(id).flatMap(Person::country).orElse(null);
  }
}
