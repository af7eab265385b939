package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Place;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a meeting was held: the place its own clause or sentence names after a word of place or
 * visit ({@code tại}, {@code in}, {@code посетить}), the dateline's place when the text says
 * "here", else the place of the visit the article reports. Places that qualify a title ("the
 * Russian President"), that an aside says of a person, or that only an invitation or plan names
 * are no meeting's place.
 */
final class MeetingPlaces {
  /** How far (in words) a place cue reaches to the place it names. */
  private static final int AT_REACH_WORDS = 3;
  /** How many words an organisation's name may run from its seat's cue to its country. */
  private static final int ORGANISATION_NAME_WORDS = 6;
  private static final int VISIT_REACH_WORDS = 6;
  /** How long a venue's name and an address in brackets after it may be, in words. */
  private static final int VENUE_WORDS = 10;
  private static final int ADDRESS_WORDS = 6;
  /** The dashes that join two names into a relation: hyphen, en dash, em dash. */
  private static final String DASHES = "-–—";

  private final Lexicon lexicon;
  /**
   * Each registry place as a meeting's place ({@link PlaceEntry#place}), made once per article:
   * the sentences ask of the same places again and again, and each Place built is validated.
   */
  private final Map<PlaceEntry, Place> places = new IdentityHashMap<>();
  private final ExtractionInput input;
  /**
   * Whether the dateline is a country's name alone ({@code VIETNAM, January 23 -}): a news feed's
   * region tag, not where a report was filed, since a wire dateline names a city.
   */
  private final boolean regionTag;

  MeetingPlaces(Lexicon lexicon, ExtractionInput input) {
    this.lexicon = lexicon;
    this.input = input;
    this.regionTag = input.dateline().flatMap(lexicon::place)
        .filter(p -> p.kind().equals("country")).isPresent();
  }

  /**
   * Where something happened in {@code [from, to)} of a sentence: a city right after {@code tại}
   * / {@code in}, else the first country or city right after such a word or a visit word, else
   * the dateline's place if the range says "here"; with {@code asides}, also in asides about
   * persons.
   */
  Place placeIn(Read r, int from, int to, boolean asides) {
    return placeIn(r, from, to, asides, false);
  }

  /**
   * {@link #placeIn(Read, int, int, boolean)}; {@code carried}: asked for where the text is, to
   * carry to a meeting of a later sentence, which a place the text dates to another occasion is
   * not ("Diễn đàn lần thứ I tổ chức tại Việt Nam tháng 5/2019, …" in a report of 2024). A
   * meeting's own clause keeps such a place: a recalled meeting was held there.
   */
  Place placeIn(Read r, int from, int to, boolean asides, boolean carried) {
    String text = r.s().text();
    Place country = null;
    int countryEnd = -1;
    boolean countryAt = false;
    boolean countryRightAfterAt = false;
    // the country owns a common noun ("Vietnam's foreign policy"): only a city of it after it is
    // a place
    boolean countryOwns = false;
    // a preposition of place governs the first place after it: "in Vietnam, the Kaluga
    // delegation" says nothing was in Kaluga
    int placeBefore = from;
    for (Item it : r.s().items) {
      if (it.kind != TermKind.PLACE || it.start < from || it.end > to
          || !(it.term != null && it.term.ref() instanceof PlaceEntry pe)
          || (!asides && asideAfter(r, from, it.start)) || purposeBefore(r, from, it.start)
          || saidBefore(r, from, it.start) || quoted(r, it)
          || aboutTheVisit(r, from, it.start) || carried && placeOfAnotherTime(r, it)) {
        continue;
      }
      int governedFrom = it.start >= placeBefore ? placeBefore : from;
      placeBefore = Math.max(placeBefore, it.end);
      // "Vietnam hosted talks between A and B": the host is where they were held
      if (r.cueAt(Cue.HOST, Chars.skipWhitespace(text, it.end))) {
        return pe.isCity() ? place(pe) : Place.ofCountry(pe.country());
      }
      // "who is in Hanoi": the preposition of place inside the phrase of presence
      boolean at = cueBefore(r, text, it.start, Cue.AT, AT_REACH_WORDS, governedFrom)
          || atBeforeKind(r, text, it.start, governedFrom)
          || cueBefore(r, text, it.start, Cue.PRESENCE, 0, from)
          || !pe.isCity() && cueBefore(r, text, it.start, Cue.AT_ORGANISATION,
              ORGANISATION_NAME_WORDS, from)
          || placeAndDay(r, it) || venueAddress(r, text, it, from);
      // "делегация Калужской области": whose delegation, not where it was
      if (cueBefore(r, text, it.start, Cue.ORIGIN, 0, from)) {
        continue;
      }
      // a visit only invited, planned or still to come ("намерена посетить Россию", "накануне
      // визита … во Вьетнам") is not where anything was, whatever preposition leads to it; nor is
      // where someone was invited ("пригласил вьетнамского коллегу То Лама в Москву")
      if (cueBefore(r, text, it.start, Cue.INVITED, VISIT_REACH_WORDS + 4, from)
          || cueBefore(r, text, it.start, Cue.PLANNED, VISIT_REACH_WORDS + 4, from)) {
        continue;
      }
      boolean visit = visited(r, text, it, from);
      // with no word of place or visit before it, a place is no more than a city refining the
      // country just named: most places are ruled out here, before the checks below
      if (!at && !visit && (country == null || !pe.isCity())) {
        continue;
      }
      // "tại tỉnh Ulyanovsk", "the Ulyanovsk region": the region of a city's name is in its
      // country, not the city
      boolean city = pe.isCity() && !regionWordBeside(r, text, it);
      Place named = city || !pe.isCity() ? place(pe) : Place.ofCountry(pe.country());
      boolean atRightBefore = cueBefore(r, text, it.start, Cue.AT, 0, from);
      // "мероприятия с МЧС России": a country after an organisation's acronym is the
      // organisation's, a place only when something happened at the organisation ("в МИД России")
      int acronym = city ? -1 : acronymBefore(text, it.start, it.end);
      if (acronym >= 0 && !cueBefore(r, text, acronym, Cue.AT, 0, from)) {
        continue;
      }
      // "the Russian President": a place that qualifies a title names no place, unless a
      // preposition of place stands right before it ("15 января в Ханое заместитель министра")
      if (qualifiesTitle(r, it) && !atRightBefore || officeSeat(r, it)) {
        continue;
      }
      // "in Myanmar's capital city Nay Pyi Taw": a city of the country just named refines it
      if (country != null && country.city().isEmpty() && city
          && pe.country().equals(country.country())
          && it.start >= countryEnd && Chars.atMostWords(text, countryEnd, it.start, 3)) {
        return named;
      }
      // "tại Trụ sở Chính phủ Nga": a seat named with another country is that country's
      PlaceEntry owner = ownerCountry(r, it, pe);
      if (owner != null) {
        if (at && country == null) {
          country = place(owner);
          countryEnd = it.end;
          countryAt = true;
        }
        continue;
      }
      if (at && city) {
        return named;
      }
      // of a tour of several countries, the Vietnamese or Russian leg is where the two met
      // ("After visiting North Korea, Putin arrived in Vietnam, where …")
      boolean betterLeg = (visit || at) && country != null && !countryAt
          && !isVietnamOrRussia(country.country()) && isVietnamOrRussia(pe.country());
      // "в штаб-квартире посольства Вьетнама в Российской Федерации", "the Vietnamese Embassy in
      // Russia": a country right after another's, past a preposition of place (and the office's
      // word), is where the other's office is, when the preposition before that one reached it
      // past other words
      boolean closerAt = atRightBefore && country != null && countryAt && !countryRightAfterAt
          && Chars.atMostWords(text, countryEnd, it.start, 2);
      if ((at || visit) && (country == null || betterLeg || closerAt)) {
        country = named;
        countryEnd = it.end;
        countryAt = at;
        countryRightAfterAt = atRightBefore;
        countryOwns = !city && ownsCommonNoun(r, text, it.end);
      }
    }
    if (countryOwns) {
      country = null;
    }
    if (country == null) {
      country = countryReferredBack(r, text, from, to);
    }
    // "met here with visiting … Russian …": here is where it happened, not where a visitor is from
    if ((country == null || !countryAt) && here(r, from, to) && filedFrom() != null) {
      return filedFrom();
    }
    return country;
  }

  /**
   * Whether an owner's mark at {@code at} makes the name before it the owner of a common noun
   * ("Vietnam's foreign policy"), not of a name ("China's Hainan province").
   */
  private static boolean ownsCommonNoun(Read r, String text, int at) {
    if (!r.holds(Cue.OWNER)) {
      return false;
    }
    for (Found f : r.found()) {
      if (f.start() == at && f.is(Cue.OWNER)) {
        int next = Chars.skipWhitespace(text, f.end());
        return next < text.length() && Character.isLowerCase(text.charAt(next));
      }
    }
    return false;
  }

  /**
   * The country a visit in the range refers back to ("visited Saint Petersburg as part of his
   * official visit to the country", "as part of the officer's trip to the country" after "Russian
   * Deputy Prime Minister"): the country of the place named last before it in the sentence; null
   * when there is none, or the visit was only planned or invited.
   */
  private static Place countryReferredBack(Read r, String text, int from, int to) {
    if (!r.holds(Cue.COUNTRY_BACK)) {
      return null;
    }
    for (Found f : r.found()) {
      if (!f.is(Cue.COUNTRY_BACK) || f.start() < from || f.end() > to
          || !cueBefore(r, text, f.start(), Cue.VISIT, VISIT_REACH_WORDS, from)
          || cueBefore(r, text, f.start(), Cue.INVITED, VISIT_REACH_WORDS + 4, from)
          || cueBefore(r, text, f.start(), Cue.PLANNED, VISIT_REACH_WORDS + 4, from)) {
        continue;
      }
      // the visitor's country in the visit's own words is not the one visited ("the Vietnamese
      // officer's trip to the country")
      int visitFrom = f.start();
      for (Found v : r.found()) {
        if (v.is(Cue.VISIT) && v.end() <= f.start()) {
          visitFrom = v.start();
        }
      }
      PlaceEntry last = null;
      for (Item it : r.s().items) {
        if (it.kind == TermKind.PLACE && it.end <= visitFrom
            && !cueAfter(r, text, it.end, Cue.VISITOR_BEFORE, 1)
            && it.term != null && it.term.ref() instanceof PlaceEntry pe) {
          last = pe;
        }
      }
      return last == null ? null : Place.ofCountry(last.country());
    }
    return null;
  }

  /** Whether a {@code cue} starts at most {@code reach} words after {@code at}. */
  private static boolean cueAfter(Read r, String text, int at, Cue cue, int reach) {
    if (!r.holds(cue)) {
      return false;
    }
    for (Found f : r.found()) {
      if (f.is(cue) && f.start() >= at && Chars.atMostWords(text, at, f.start(), reach)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The country right after a city's name, when it is another country's ({@code Trụ sở Chính phủ
   * Nga}: the seat of Russia's government, not Vietnam's), else null.
   */
  private static PlaceEntry ownerCountry(Read r, Item city, PlaceEntry pe) {
    if (!pe.isCity()) {
      return null;
    }
    for (Item next : r.s().items) {
      if (next.kind == TermKind.PLACE && next.start >= city.end
          && Chars.isWhitespaceOnly(r.s().text(), city.end, next.start)
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
    String text = r.s().text();
    int before = spacesBefore(text, place.start);
    if (before < 0 || text.charAt(before) != ',') {
      return false;
    }
    for (DateMention dm : r.s().sentence.dates()) {
      int at = dm.start() - r.s().sentence.start();
      if (at >= place.end) {
        String between = text.substring(place.end, at).strip();
        return between.equals(",") && dm.date().day().isPresent();
      }
    }
    return false;
  }

  /**
   * Whether the place ends the address in brackets after a venue a place word leads to ("tại trụ
   * sở Trung tâm Thông tấn Quốc gia (số 5 Lý Thường Kiệt, Hà Nội)"): where the venue is.
   */
  private static boolean venueAddress(Read r, String text, Item place, int from) {
    int close = spacesAfter(text, place.end);
    if (close >= text.length() || text.charAt(close) != ')') {
      return false;
    }
    int open = text.lastIndexOf('(', place.start);
    return open >= from && text.indexOf(')', open) == close
        && Chars.atMostWords(text, open, place.start, ADDRESS_WORDS)
        && cueBefore(r, text, open, Cue.AT, VENUE_WORDS, from);
  }

  /** Whether {@code [from, to)} says "here" of the place the report was filed from. */
  private static boolean here(Read r, int from, int to) {
    for (Found f : r.found()) {
      if (f.is(Cue.HERE) && f.start() >= from && f.end() <= to && !asideAfter(r, from, f.start())) {
        return true;
      }
    }
    return false;
  }

  /** The place of a dateline that names the day ({@code МОСКВА, 1 сентября}), or null. */
  Place filedOnTheDay() {
    return input.datelineDated() ? filedFrom() : null;
  }

  /**
   * The day the report was filed, which dates the meetings it reports; none when the dateline is
   * a news feed's region tag ({@link #regionTag}).
   */
  Optional<PartialDate> filedDay() {
    return regionTag ? Optional.empty() : input.filedOn();
  }

  /**
   * The place of the article's dateline, or null; of a place abroad with its country after it
   * between slashes or brackets ({@code БОАО /Китай/}, {@code ТЯНЬЦЗИНЬ (Китай)}), the place when
   * the registry lists it, else the country.
   */
  private Place filedFrom() {
    if (regionTag) {
      return null;
    }
    return input.dateline().flatMap(d -> lexicon.place(d).or(() -> placeAbroad(d)))
        .map(this::place).orElse(null);
  }

  /**
   * Of a dateline naming a place abroad with its country between slashes or brackets ({@code БОАО
   * /Китай/}, {@code ТЯНЬЦЗИНЬ (Китай)}): the place when listed, else the country.
   */
  private Optional<PlaceEntry> placeAbroad(String dateline) {
    int open = dateline.indexOf('/');
    char closer = '/';
    if (open < 0) {
      open = dateline.indexOf('(');
      closer = ')';
    }
    int close = open < 0 ? -1 : dateline.lastIndexOf(closer);
    if (close <= open + 1) {
      return Optional.empty();
    }
    String country = dateline.substring(open + 1, close);
    return lexicon.place(dateline.substring(0, open)).or(() -> lexicon.place(country));
  }

  /**
   * Whether {@code at} lies in an aside about a person ({@code , who has also visited North
   * Korea,}) that opens after {@code from}: what the aside says is that person's, not the
   * meeting's. An aside runs from its comma to the next comma, or to the end of the sentence.
   */
  static boolean asideAfter(Read r, int from, int at) {
    return asideComma(r, from, at) >= 0;
  }

  /** The comma that opens the aside {@code at} lies in, as {@link #asideAfter} asks; else -1. */
  static int asideComma(Read r, int from, int at) {
    if (!r.holds(Cue.ASIDE)) {
      return -1; // most sentences: no aside, asked of every place
    }
    String text = r.s().text();
    for (Found f : r.found()) {
      if (!f.is(Cue.ASIDE) || f.start() <= from || f.start() > at || r.cueAt(Cue.PRESENCE, f.start())) {
        continue;
      }
      int end = ClauseReader.asideEnd(text, f);
      if (end >= 0 && at < end) {
        return spacesBefore(text, f.start());
      }
    }
    return -1;
  }

  /**
   * Whether a {@link Cue#PURPOSE} cue in {@code [from, at)} reaches {@code at}, no comma between: a
   * place there says what something is for ("nhằm hỗ trợ Trung tâm … khai trương ở Hà Nội"), not
   * where it happened ("с целью информирования …, 24 февраля в Кремле" is).
   */
  private static boolean purposeBefore(Read r, int from, int at) {
    if (!r.holds(Cue.PURPOSE)) {
      return false;
    }
    String text = r.s().text();
    for (Found f : r.found()) {
      if (f.is(Cue.PURPOSE) && f.start() >= from && f.end() <= at
          && noneOf(text, f.end(), at, ",;")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of saying in {@code [from, at)} opens what was said, which names no meeting: a
   * place there is in the words reported ("A khẳng định … hợp tác … tại Việt Nam"), not where the
   * meeting was ("A said at the talks in Moscow", "заметил, что A был в Казани и встретился с B"
   * speak of a meeting again).
   */
  private static boolean saidBefore(Read r, int from, int at) {
    if (!r.holds(Cue.SPEAKER) && !r.holds(Cue.REPORTED)) {
      return false;
    }
    boolean said = false;
    for (Found f : r.found()) {
      if (f.trigger().isPresent() && said) {
        return false;
      }
      said |= f.start() >= from && f.end() <= at && (f.is(Cue.SPEAKER) || f.is(Cue.REPORTED));
    }
    return said;
  }

  /** The most words a quotation that names something ("Những ngày Moscow tại Hà Nội") has. */
  private static final int QUOTED_NAME_WORDS = 8;

  /**
   * Whether a place stands inside a quotation with no meeting word of its own ({@code "Our joint
   * venture has worked for forty years in Vietnam," A said at a meeting with B}): what a side
   * said, not where they met; a short one names an event or a work.
   */
  private static boolean quoted(Read r, Item place) {
    // a loop, not a stream: asked of every place a sentence's places are looked for in
    List<ClauseReader.Range> quotations = r.quotations();
    for (int k = 0; k < quotations.size(); k++) {
      ClauseReader.Range q = quotations.get(k);
      if (q.start() < place.start && place.end <= q.end()
          && !Chars.atMostWords(r.s().text(), q.start() + 1, q.end(), QUOTED_NAME_WORDS)) {
        return true;
      }
    }
    return false;
  }

  /** Whether none of {@code chars} stands in {@code [from, to)} of {@code text}. */
  private static boolean noneOf(String text, int from, int to, String chars) {
    for (int i = from; i < to; i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
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
    if (dashJoined(r, place) || possessiveOfAName(r.s().text(), place.end)) {
      return true;
    }
    // "his visiting Russian counterpart", "người đồng cấp Nga": whose counterpart, not where
    for (Found f : r.found()) {
      if (f.is(Cue.COUNTERPART)
          && (f.start() >= place.end && Chars.isWhitespaceOnly(r.s().text(), place.end, f.start())
              || f.end() <= place.start
                  && Chars.isWhitespaceOnly(r.s().text(), f.end(), place.start))) {
        return true;
      }
    }
    for (Item next : r.s().items) {
      if (next.kind != TermKind.TITLE && next.kind != TermKind.PERSON) {
        continue;
      }
      // right before the title or name, inside the title's phrase before the name ("visiting
      // Chairman of the Russian Security Council X"), or the title's own qualifier ("встречи
      // президента Вьетнама")
      if (next.start >= place.end && (Chars.isWhitespaceOnly(r.s().text(), place.end, next.start)
          || next.kind == TermKind.PERSON && next.phraseStart <= place.start)
          || next.kind == TermKind.TITLE && next.end <= place.start
              && place.end <= next.qualifiedEnd) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code place} is where a title's office is, between the title and its holder's name
   * ({@code посла Вьетнама в России Нго Дык Маня}, {@code Ambassador in Vietnam, Mr. X}): the
   * word before it is an office-place word right after the title's own words.
   */
  private boolean officeSeat(Read r, Item place) {
    String text = r.s().text();
    boolean afterTitle = false;
    for (Item t : r.s().items) {
      if (t.kind == TermKind.TITLE && t.qualifiedEnd <= place.start
          && lexicon.isOfficePlaceWord(text, t.qualifiedEnd, place.start)) {
        afterTitle = true;
      } else if (afterTitle && t.kind == TermKind.PERSON && t.start >= place.end) {
        return Chars.atMostWords(text, place.end, t.start, 1);
      }
    }
    return false;
  }

  /**
   * The start of the acronym right before {@code start} (one space between: two capitals or more
   * and no other letter), or -1; never when the place itself is written in capitals (a headline).
   */
  private static int acronymBefore(String text, int start, int end) {
    if (start < 3 || text.charAt(start - 1) != ' ' || Chars.isUpperCase(text.charAt(end - 1))) {
      return -1;
    }
    int b = start - 1;
    while (b > 0 && Chars.isLetter(text.charAt(b - 1))) {
      if (!Chars.isUpperCase(text.charAt(b - 1))) {
        return -1;
      }
      b--;
    }
    return start - 1 - b >= 2 ? b : -1;
  }

  /** Whether {@code 's} follows {@code end}, then a capitalised word. */
  private static boolean possessiveOfAName(String text, int end) {
    return MentionWords.possessiveAt(text, end) > 0 && text.startsWith(" ", end + 2)
        && end + 3 < text.length() && Character.isUpperCase(text.charAt(end + 3));
  }

  /**
   * Whether {@code place} is joined by a dash to another name: right against it ({@code
   * Vietnam-EAEU}), or across spaces to another place ({@code Việt Nam - Nga}; not a caption's
   * {@code Hà Nội - Ảnh: …}).
   */
  private static boolean dashJoined(Read r, Item place) {
    String text = r.s().text();
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
    for (Item other : r.s().items) {
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

  /** Whether a {@link Cue#REGION} word stands right before or right after the place {@code it}. */
  private static boolean regionWordBeside(Read r, String text, Item it) {
    if (cueBefore(r, text, it.start, Cue.REGION, 0, 0)) {
      return true;
    }
    for (Found f : r.found()) {
      if (f.is(Cue.REGION) && f.start() >= it.end
          && Chars.atMostWords(text, it.end, f.start(), 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the place {@code it} is one visited: a visit word soon before it ("visiting Russia"),
   * or, from {@code from} on, right after it ("a working Vietnam visit"); not a visit spoken of
   * as before what is reported ("since the state visit to Russia", a {@link Cue#PURPOSE} cue).
   */
  private static boolean visited(Read r, String text, Item it, int from) {
    return (cueBefore(r, text, it.start, Cue.VISIT, VISIT_REACH_WORDS, from)
            || r.cueAt(Cue.VISIT_AFTER, Chars.skipWhitespace(text, it.end)))
        && !aboutTheVisit(r, from, it.start) && !purposeBefore(r, from, it.start);
  }

  /**
   * Whether a relative word right after a visit word stands in {@code [from, at)}: the places in
   * the clause it opens ("a state visit that comes as Moscow is seeking … over its war in
   * Ukraine") say what the visit is about, not where it was.
   */
  private static boolean aboutTheVisit(Read r, int from, int at) {
    if (!r.holds(Cue.RELATIVE) || !r.holds(Cue.VISIT)) {
      return false; // most sentences: no relative word, asked of every place
    }
    for (Found f : r.found()) {
      if (f.is(Cue.RELATIVE) && f.start() >= from && f.end() <= at
          && cueBefore(r, r.s().text(), f.start(), Cue.VISIT, 0, 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the place at {@code at} follows its kind ("city of"), and a place cue stands a few
   * words before the kind ("in the central city of Da Nang").
   */
  private static boolean atBeforeKind(Read r, String text, int at, int from) {
    if (!r.holds(Cue.PLACE_KIND)) {
      return false;
    }
    for (Found f : r.found()) {
      if (f.is(Cue.PLACE_KIND) && f.start() >= from && f.end() <= at
          && Chars.isWhitespaceOnly(text, f.end(), at)
          && cueBefore(r, text, f.start(), Cue.AT, AT_REACH_WORDS, from)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a {@code cue} ends at most {@code reach} words before {@code at}, within the range. */
  private static boolean cueBefore(Read r, String text, int at, Cue cue, int reach, int from) {
    if (!r.holds(cue)) {
      return false; // each place asks of several cues, most of them in no sentence
    }
    for (Found f : r.found()) {
      if (f.is(cue) && f.start() >= from && f.end() <= at
          && Chars.atMostWords(text, f.end(), at, reach)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The place of the visit the article reports: a sentence reporting a meeting that names its
   * city, else a dated dateline's place, else the first place visited, else the third country
   * the first such sentence names (a summit's); an undated dateline is where the report was
   * written, no meeting's place (corpus/README.md, "A dateline").
   */
  Visit visit(List<Read> read) {
    Place country = null;
    for (Read r : read) {
      // a word that says only what the sides did together ("attended") reports no meeting of one
      boolean meeting = r.clauses().stream().flatMap(c -> c.triggers().stream())
          .anyMatch(t -> t.kind() == MeetingKind.MEETING && t.tookPlace() && !t.agreed());
      if (meeting && r.place() != null) {
        if (r.place().city().isPresent()) {
          return new Visit(r.place(), Set.of(), null);
        }
        country = country != null || isVietnamOrRussia(r.place().country()) ? country : r.place();
      }
    }
    // a dated dateline (ТЯНЬЦЗИНЬ, 1 сентября) heads that day's news from that place; an undated
    // one says only where the report was written
    Place filed = filedOnTheDay();
    if (filed != null) {
      return new Visit(filed, Set.of(), null);
    }
    Visit visited = firstVisited(read);
    // "had separate meetings with leaders from A, B and Russia on the sidelines of the forum in
    // China": else the third country of the first meeting reported there (a summit's)
    return visited != null ? visited : country != null ? new Visit(country, Set.of(), null) : null;
  }

  /**
   * A visit's place and, when the first place the article says was visited gave it, the persons
   * the sentence naming it names (else none) and the date written right after the place (else
   * null): a visit by none of a meeting's sides ("this year President X paid an official visit to
   * Russia", in the words of an ambassador received at home), or one dated months from the
   * meeting ("since President X's state visit to Vietnam in June", said at a meeting of 23
   * October), is another occasion, whose place is not the meeting's.
   */
  record Visit(Place place, Set<String> visitors, PartialDate when) {
    /** Whether the meeting of {@code participants} held on {@code date} was one of the visit's. */
    boolean of(Set<String> participants, PartialDate date) {
      return (visitors.isEmpty() || participants.stream().anyMatch(visitors::contains))
          && (when == null || date == null || !MeetingDates.monthsApart(when, date));
    }
  }

  /**
   * The first place the article says was visited (not only invited to or planned), with the
   * persons its sentence names; of a tour of several countries ("visits to Kazakhstan,
   * Azerbaijan and Russia"), the first in Vietnam or Russia, where a meeting of the two was held.
   */
  private Visit firstVisited(List<Read> read) {
    for (Read r : read) {
      String text = r.s().text();
      if (here(r, 0, text.length()) && filedFrom() != null) {
        return new Visit(filedFrom(), personsNamed(r), null); // "HANOI - … arrived here yesterday"
      }
      Place first = null;
      PartialDate firstWhen = null;
      for (Item it : r.s().items) {
        if (it.kind == TermKind.PLACE && it.term != null && it.term.ref() instanceof PlaceEntry pe
            && !qualifiesTitle(r, it) && !cueBefore(r, text, it.start, Cue.ORIGIN, 0, 0)
            && visited(r, text, it, 0)
            && !cueBefore(r, text, it.start, Cue.INVITED, VISIT_REACH_WORDS + 4, 0)
            && !cueBefore(r, text, it.start, Cue.PLANNED, VISIT_REACH_WORDS + 4, 0)
            && !placeOfAnotherTime(r, it)) {
          if (isVietnamOrRussia(pe.country())) {
            return new Visit(place(pe), personsNamed(r), dateAfter(r, it));
          }
          if (first == null) {
            first = place(pe);
            firstWhen = dateAfter(r, it);
          }
        }
      }
      if (first != null) {
        return new Visit(first, personsNamed(r), firstWhen);
      }
    }
    return null;
  }

  private static Set<String> personsNamed(Read r) {
    Set<String> named = new HashSet<>();
    for (Item it : r.s().items) {
      if (it.kind == TermKind.PERSON && it.emitted && it.id != null) {
        named.add(it.id);
      }
    }
    return named;
  }

  /**
   * Whether {@code place} is dated right after it two months or more from the publication ("в
   * ходе визита в Россию в мае 2025 года" in a report of January 2026): another occasion.
   */
  private boolean placeOfAnotherTime(Read r, Item place) {
    PartialDate when = dateAfter(r, place);
    return when != null && input.publishedDate().isPresent()
        && MeetingDates.monthsApart(when, input.publishedDate().get().getYear(),
            input.publishedDate().get().getMonthValue());
  }

  /** The date written at most two words after {@code place} ("to Vietnam in June 2024"). */
  private static PartialDate dateAfter(Read r, Item place) {
    int base = r.s().sentence.start();
    for (DateMention dm : r.s().sentence.dates()) {
      int at = dm.start() - base;
      if (at >= place.end && Chars.atMostWords(r.s().text(), place.end, at, 2)) {
        return dm.date();
      }
    }
    return null;
  }

  /** {@code e.place()}, looked up once per article (the lexicon makes the registry's once). */
  private Place place(PlaceEntry e) {
    return places.computeIfAbsent(e, lexicon::place);
  }

  static boolean isVietnamOrRussia(String country) {
    return country.equals("VN") || country.equals("RU");
  }
}
