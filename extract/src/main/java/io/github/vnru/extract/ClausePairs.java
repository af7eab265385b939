package io.github.vnru.extract;

import io.github.vnru.extract.ClauseReader.Clause;
import io.github.vnru.extract.ClauseReader.PersonUse;
import io.github.vnru.extract.ClauseReader.TriggerUse;
import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.MeetingKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pairing stage of {@link MeetingFinder}: the meetings one clause reports, one per Vietnamese
 * and Russian side of each meeting word, or one for all when the meeting was joint; and the
 * meetings a photo caption of names only shows. Per article; not thread-safe.
 */
final class ClausePairs {
  /** The marks that close a quotation. */
  private static final String CLOSING_QUOTES = "\"”»";

  private final SideCountries countries;
  private final MentionFinder mentions;
  private final Explanation explain;
  private final List<Read> read;
  /**
   * Per country, the person the article names most (see {@link #mostNamed}); null until asked:
   * only a "counterpart" asks, and most articles have none.
   */
  private Map<String, Item> mostNamed;
  /** The sides of the meetings read so far as planned or denied, not as held, and where. */
  private final Map<Set<String>, Read> notHeld = new HashMap<>();

  ClausePairs(List<Read> read, SideCountries countries, MentionFinder mentions,
      Explanation explain) {
    this.countries = countries;
    this.mentions = mentions;
    this.explain = explain;
    this.read = read;
  }

  /** {@link #mostNamed(List, SideCountries)} of the article, made once, when first asked. */
  private Map<String, Item> mostNamed() {
    if (mostNamed == null) {
      mostNamed = mostNamed(read, countries);
    }
    return mostNamed;
  }

  /** Whether a meeting word of {@code triggers} starts inside {@code (from, to)}. */
  private static boolean triggerBetween(List<TriggerUse> triggers, int from, int to) {
    for (int k = 0; k < triggers.size(); k++) {
      int start = triggers.get(k).start();
      if (start > from && start < to) {
        return true;
      }
    }
    return false;
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
  List<MeetingDraft> pairs(Read r, Clause c, List<Item> implied, List<Item> namedBefore) {
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
      if (!triggerBetween(triggers, from, to)) {
        breaks.remove(k);
      }
    }
    List<Item> sentenceSubject = subjects(r.clauses.get(0), r.clauses.get(0).start(),
        r.clauses.get(0).subjectEnd());
    // per trigger: its part's subject and its own objects
    List<List<Item>> subject = new ArrayList<>();
    List<List<Item>> objects = new ArrayList<>();
    int[] scopeEnd = new int[triggers.size()];
    boolean[] owned = new boolean[triggers.size()];
    int part = 0;
    int partStart = c.start();
    List<Item> partSubject = null;
    for (int i = 0; i < triggers.size(); i++) {
      TriggerUse t = triggers.get(i);
      while (t.start() >= breaks.get(part)) {
        partStart = breaks.get(part++);
        partSubject = null;
      }
      // "Chào mừng X thăm Việt Nam, A chúc mừng B …": an opening phrase's sides are who it names
      // and the subject after its comma, not who that subject goes on to speak of
      int opening = -1;
      if (partSubject == null) {
        partSubject = subjects(c, partStart, t.start());
        if (partSubject.isEmpty() && (partStart > c.start() || c != r.clauses.get(0))) {
          partSubject = sentenceSubject;
        }
        // not of a list of who attended ("Tham dự cuộc gặp về phía TASS có A, B")
        if (partSubject.isEmpty() && !ClauseReader.cueRightBefore(
            r.s.text(), t.start(), t.end(), r.found, Cue.ATTENDANCE)) {
          partSubject = subjectAfterOpening(r.s.text(), c, t.end());
          // "A meeting between A, B and C took place": a comma of the list of sides, before its
          // "and", opens no phrase ("After talks between A and B, C said" still does)
          if (!partSubject.isEmpty() && listAfterBetween(r, t, partSubject.get(0))) {
            partSubject = List.of();
          }
          opening = partSubject.isEmpty() || t.reference()
              || !Chars.atMostWords(r.s.text(), partStart, t.start(), 2)
              ? -1 : partSubject.get(0).phraseStart;
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
      // "… applauded the outcomes of Volodin's talks with Hue": the owner of a meeting word
      // held it, whoever the sentence is about
      List<Item> owner = ownerRightBefore(r, c, t);
      owned[i] = !owner.isEmpty();
      subject.add(!owner.isEmpty() ? owner : aside >= 0 ? personBefore(c, aside)
          : !afterAgreed.isEmpty() ? afterAgreed : reported != null ? reported : partSubject);
      // those who agreed are its subject ("A и B договорились"), not names after it, but for
      // one they did it with ("A discussed the economy with B")
      int objectsEnd = opening >= 0 && !subjects(c, t.end(), Math.min(to, opening)).isEmpty()
          ? Math.min(to, opening) : to;
      objects.add(t.agreed() ? withWhom(r, c, t.end(), objectsEnd)
          : subjects(c, t.end(), objectsEnd));
      // "О сотрудничестве договорились губернатор A и посол B": the verb first, those who did it
      // together right after it (a title or a word before the first name at most)
      if (t.subjectsAfter() && subject.get(i).isEmpty() && objects.get(i).isEmpty()) {
        List<Item> after = subjects(c, t.end(), objectsEnd);
        if (!after.isEmpty() && Chars.atMostWords(
            r.s.text(), t.end(), Math.max(t.end(), after.get(0).phraseStart), 1)) {
          subject.set(i, after);
        }
      }
      scopeEnd[i] = to;
    }
    // "talks ... held via video link", "held talks via video conferencing with X": a call or
    // video word next to a meeting word, one of the two with no sides of its own, tells how that
    // meeting was held; not one that refers to a call ("reviewed the results of their phone
    // conversation")
    MeetingKind[] kinds = new MeetingKind[triggers.size()];
    for (int i = 0; i < triggers.size(); i++) {
      kinds[i] = triggers.get(i).kind();
      boolean medium = (kinds[i] == MeetingKind.PHONE_CALL || kinds[i] == MeetingKind.VIDEO_CALL)
          && !triggers.get(i).reference();
      if (medium && i > 0 && kinds[i - 1] == MeetingKind.MEETING
          && objects.get(i).isEmpty() != objects.get(i - 1).isEmpty()) {
        kinds[i - 1] = kinds[i];
      }
      // "have held, via videoconference, a meeting at the centre": one with no sides of its own
      // a word or two before the meeting word tells how that meeting was held, too
      MeetingKind before = i > 0 ? triggers.get(i - 1).kind() : null;
      if (kinds[i] == MeetingKind.MEETING
          && (before == MeetingKind.PHONE_CALL || before == MeetingKind.VIDEO_CALL)
          && objects.get(i - 1).isEmpty()
          && Chars.atMostWords(r.s.text(), triggers.get(i - 1).end(), triggers.get(i).start(), 2)) {
        kinds[i] = before;
      }
    }
    // "held talks and signed agreements with X": a meeting word without objects shares the next
    // one's, unless its subject holds both sides ("A and B signed …, following meetings between
    // C and D")
    for (int i = triggers.size() - 2; i >= 0; i--) {
      // nor the passive's agents of the next ("the joint statement signed by A and B")
      if (objects.get(i).isEmpty() && !countries.bothSides(subject.get(i))
          && !sidesAfter(r, triggers.get(i + 1), objects.get(i + 1), Cue.AGENT)) {
        objects.set(i, objects.get(i + 1));
      }
    }
    for (int i = 0; i < triggers.size(); i++) {
      Map<String, Item> sides = new LinkedHashMap<>();
      // "nội dung hội đàm giữa A với B": a meeting between two named sides is theirs alone, not
      // also the subject's who speaks of it
      boolean between = between(r, triggers.get(i), objects.get(i));
      if (!between) {
        // "… and praised highly the meeting in Moscow with Ngo Phuong Ly": the side "with" names
        // right after the meeting word is that side alone, not also one of its country named
        // before the word (the object of another verb, a visitor)
        String withSide = withRightAfter(r, triggers.get(i), objects.get(i));
        for (Item it : subject.get(i)) {
          if (withSide == null || !withSide.equals(countries.of(it.id))) {
            sides.putIfAbsent(it.id, it);
          }
        }
      }
      objects.get(i).forEach(it -> sides.putIfAbsent(it.id, it));
      // "các cuộc điện đàm cấp cao giữa lãnh đạo hai nước": meetings in the plural are others',
      // not the one the sentences around report
      TriggerUse t = triggers.get(i);
      boolean plural = !t.reference()
          && ClauseReader.cueRightBefore(r.s.text(), t.start(), t.end(), r.found, Cue.PLURAL);
      // when the sides are not both Vietnam's and Russia's ("he held meetings with President A
      // of Russia, President B of Uzbekistan": several countries, none of them the implied one's)
      Set<String> sideCountries = countries.of(sides.values());
      if (!(sideCountries.contains("VN") && sideCountries.contains("RU")) && !plural) {
        implied.forEach(it -> sides.putIfAbsent(it.id, it));
      }
      // whose visit it was held during, when the meeting names no one else of that country, nor
      // implies one ("Стороны обсудили …, в рамках визита Путина"; a meeting only referred back
      // to has its sides already: the frame is what was said there; nor do those who agreed or
      // discussed something: they are the subject)
      // (nor a subjectless meeting word, when the sentence right before named someone of that
      // country: "… Phó Thủ tướng Nga X chụp ảnh lưu niệm. Buổi gặp mặt … trong khuôn khổ chuyến
      // thăm của Tổng thống Putin" was X's)
      boolean subjectless = subject.get(i).isEmpty();
      for (PersonUse p : c.persons()) {
        String frameCountry = countries.of(p.item().id);
        if (p.frame() && !triggers.get(i).reference() && !triggers.get(i).agreed()
            && !countries.of(sides.values()).contains(frameCountry)
            // nor a visit still to come ("preparation for an upcoming Russia visit by X")
            && !r.hasCueBetween(Cue.PLANNED, triggers.get(i).end(), p.item().start)
            && !(subjectless && namedBefore.stream()
                .anyMatch(it -> Objects.equals(countries.of(it.id), frameCountry)))) {
          sides.putIfAbsent(p.item().id, p.item());
        }
      }
      // "met his Vietnamese counterpart": the person of the other country the article names most;
      // not when the sentence names one whose country is unknown ("met today with his
      // counterpart, Puy Thanh Son"): that one is the counterpart
      if (countries.of(sides.values()).size() == 1
          && sides.values().stream().allMatch(it -> countries.of(it.id) != null)
          && counterpartAfter(r, triggers.get(i), scopeEnd[i])) {
        String own = countries.of(sides.values()).iterator().next();
        Item other = mostNamed().get("VN".equals(own) ? "RU" : "RU".equals(own) ? "VN" : "");
        // a counterpart holds the same office: not one the article names in another ("Shoigu
        // after meeting his Vietnamese colleague …", the only Vietnamese named the president)
        if (other != null && !sameOfficeOrUnknown(other, sides.values())) {
          other = null;
        }
        if (other != null) {
          sides.putIfAbsent(other.id, other);
        }
      }
      // a sentence that speaks of plans before a subjectless meeting word ("will hold talks with
      // X, meet with Y") leaves it to its own sides; a purpose after it ("to sum up") does not
      int at = triggers.get(i).start();
      boolean plans = r.hasCue(Cue.PLANNED, at);
      if (subject.get(i).isEmpty() && !plans && !plural
          && countries.of(sides.values()).size() == 1) {
        // the sentence right before: its first person; for a report referring back to a meeting
        // that names a side the sentence before also named ("Шойгу передал То Ламу приветствие …
        // В ходе встречи Шойгу отметил"), the first it names of the other country
        String own = countries.of(sides.values()).iterator().next();
        boolean continues = triggers.get(i).reference()
            && namedBefore.stream().anyMatch(it -> sides.containsKey(it.id));
        // of a joint session, everyone the sentence before named of the other country ("Về phía
        // đoàn Nga có A; B. Tiếp và làm việc với đoàn có C")
        List<Item> others = namedBefore.subList(0,
                continues || c.joint() ? namedBefore.size() : Math.min(1, namedBefore.size()))
            .stream()
            .filter(it -> countries.of(it.id) != null && !own.equals(countries.of(it.id)))
            .toList();
        others.subList(0, c.joint() ? others.size() : Math.min(1, others.size()))
            .forEach(it -> sides.putIfAbsent(it.id, it));
      }
      List<Item> vn = new ArrayList<>();
      List<Item> ru = new ArrayList<>();
      List<Item> unknown = new ArrayList<>();
      for (Item it : sides.values()) {
        String country = countries.of(it.id);
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
      // "held talks with Minister Gavril Kirillinyi, Minister Timur Khandy, Mayor of Yakutsk Evgheni
      // Grigoriev": a person of no known country listed after the meeting word among the other
      // side's persons, all of one country, is of that side, where the sentence names no third
      // country (not of a letter: greetings go to many countries' leaders at once)
      if (!unknown.isEmpty() && !vn.isEmpty() && !ru.isEmpty() && !subject.get(i).isEmpty()
          && kinds[i] != MeetingKind.LETTER) {
        Set<String> listed = new HashSet<>();
        objects.get(i).forEach(it -> listed.add(countries.of(it.id)));
        listed.remove(null);
        Set<String> own = countries.of(subject.get(i));
        if (listed.size() == 1 && own.size() == 1 && !own.contains(null)
            && !own.containsAll(listed) && namesOnly(r, listed.iterator().next())) {
          List<Item> side = listed.contains("VN") ? vn : ru;
          unknown.stream().filter(objects.get(i)::contains).forEach(side::add);
        }
      }
      // "A received the crew, B and C": of the persons after the meeting word, one of the
      // subject's own country came with the others, and met A only; not B as well
      if (!c.joint() && !between && !subject.get(i).isEmpty()) {
        Set<String> own = new HashSet<>();
        subject.get(i).forEach(it -> own.add(countries.of(it.id)));
        if (own.size() == 1 && !own.contains(null)) {
          List<Item> same = "VN".equals(own.iterator().next()) ? vn : ru;
          Set<String> company = new HashSet<>();
          Item other = objects.get(i).stream()
              .filter(it -> countries.of(it.id) != null && !own.contains(countries.of(it.id)))
              .findFirst().orElse(null);
          for (Item it : objects.get(i)) {
            // one named before the other country's came with them too ("hosted a reception for
            // A and B"), unless "with" parts them ("a meeting of C and A with B") or A wrote to
            // B ("carried a message from A to B")
            if (other != null && own.contains(countries.of(it.id)) && (it.start > other.start
                || kinds[i] != MeetingKind.LETTER
                    && !r.hasCueBetween(Cue.WITH, it.end, other.start))) {
              company.add(it.id);
            }
          }
          subject.get(i).forEach(it -> company.remove(it.id));
          same.removeIf(it -> company.contains(it.id));
        }
      }
      // several persons on each side met as two delegations, together ("A cùng B, C đã làm việc
      // với D và E"), not each with each; letters still go person to person, even where the
      // clause speaks of a joint act ("exchanged letters on the anniversary of signing the
      // treaty")
      boolean delegations = vn.size() > 1 && ru.size() > 1 && !respective(r, c) && !c.separate();
      if ((c.joint() || delegations) && kinds[i] != MeetingKind.LETTER && !vn.isEmpty()
          && !ru.isEmpty()) {
        draft(r, c, triggers.get(i), scopeEnd[i], owned[i], kinds[i],
            new ArrayList<>(sides.values()))
            .ifPresent(out::add);
        continue;
      }
      if (vn.size() > 1 && vn.size() == ru.size() && respective(r, c)) {
        for (int k = 0; k < vn.size(); k++) {
          draft(r, c, triggers.get(i), scopeEnd[i], owned[i], kinds[i],
              List.of(vn.get(k), ru.get(k)))
              .ifPresent(out::add);
        }
        continue;
      }
      for (Item a : vn) {
        for (Item b : ru) {
          draft(r, c, triggers.get(i), scopeEnd[i], owned[i], kinds[i], List.of(a, b))
              .ifPresent(out::add);
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
   * Whether a {@link Cue#BETWEEN} or {@link Cue#AGENT} cue follows the meeting word {@code t}
   * within its reach and the persons after it are of both countries: they alone are its sides.
   */
  private boolean between(Read r, TriggerUse t, List<Item> objects) {
    return sidesAfter(r, t, objects, Cue.BETWEEN) || sidesAfter(r, t, objects, Cue.AGENT);
  }

  /**
   * Whether a {@code cue} follows the meeting word {@code t} within its reach and the persons after
   * it are of both countries.
   */
  private boolean sidesAfter(Read r, TriggerUse t, List<Item> objects, Cue cue) {
    if (cueAfter(r, t, cue) == null) {
      return false;
    }
    Set<String> named = countries.of(objects);
    return named.contains("VN") && named.contains("RU");
  }

  /** The first {@code cue} after the meeting word {@code t}, or the end of it, within its reach. */
  private static Found cueAfter(Read r, TriggerUse t, Cue cue) {
    for (Found f : r.found) {
      // after the meeting word, or the end of it ("talks between")
      if (f.is(cue) && f.start() > t.start()
          && (f.start() < t.end()
              || Chars.atMostWords(r.s.text(), t.end(), f.start(), f.reach() - 1))) {
        return f;
      }
    }
    return null;
  }

  /**
   * Whether {@code named}, after a comma, goes on the list of sides that a {@link Cue#BETWEEN}
   * after meeting word {@code t} opens: no "and" ({@link Cue#AND}) closed the list before it.
   */
  private static boolean listAfterBetween(Read r, TriggerUse t, Item named) {
    Found between = cueAfter(r, t, Cue.BETWEEN);
    return between != null && !r.hasCueBetween(Cue.AND, between.end(), named.start);
  }

  /**
   * The side of {@code c} whose owner's mark stands right before meeting word {@code t}
   * ("Volodin's talks"), alone, or none.
   */
  private static List<Item> ownerRightBefore(Read r, Clause c, TriggerUse t) {
    if (!r.holds(Cue.OWNER)) {
      return List.of();
    }
    String text = r.s.text();
    for (Found f : r.found) {
      if (f.is(Cue.OWNER) && f.end() <= t.start()
          && Chars.isWhitespaceOnly(text, f.end(), t.start())) {
        for (PersonUse p : c.persons()) {
          if (p.participant() && p.item().end == f.start()) {
            return List.of(p.item());
          }
        }
      }
    }
    return List.of();
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

  /**
   * Whether a sentence is only names, joined by commas and "and" ({@code Nguyễn Tấn Dũng và Dmitry
   * Medvedev}): a photo's caption, which shows the persons together.
   */
  static boolean pictured(Read r, Clause c) {
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
  List<MeetingDraft> pictures(Read r, Clause c) {
    TriggerUse shown = new TriggerUse(c.start(), c.start(), MeetingKind.MEETING, "", false, false,
        true, false, false);
    List<MeetingDraft> out = new ArrayList<>();
    for (PersonUse a : c.persons()) {
      for (PersonUse b : c.persons()) {
        if (a.participant() && b.participant() && "VN".equals(countries.of(a.item().id))
            && "RU".equals(countries.of(b.item().id))) {
          draft(r, c, shown, c.end(), false, MeetingKind.MEETING, List.of(a.item(), b.item()))
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
   * Per country, the person the most sentences of the article name as a possible side (the first
   * of those named equally often): who "his Vietnamese counterpart" is when the sentence does not
   * say. Sentences, not names: one sentence naming a leader thrice in asides names him once.
   */
  private static Map<String, Item> mostNamed(List<Read> read, SideCountries countries) {
    Map<String, Integer> count = new LinkedHashMap<>();
    Map<String, Item> first = new LinkedHashMap<>();
    Set<String> named = new HashSet<>();
    for (Read r : read) {
      named.clear();
      for (Clause c : r.clauses) {
        for (PersonUse p : c.persons()) {
          if (p.participant() && named.add(p.item().id)) {
            count.merge(p.item().id, 1, Integer::sum);
            first.putIfAbsent(p.item().id, p.item());
          }
        }
      }
    }
    Map<String, Item> out = new LinkedHashMap<>();
    Map<String, Integer> best = new LinkedHashMap<>();
    for (Map.Entry<String, Item> e : first.entrySet()) {
      String country = countries.of(e.getKey());
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
        // a quotation's end between ('"The talks went well," Putin said after …')
        while (i > from && (text.charAt(i) == ' ' || CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0)) {
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

  /**
   * The one country of {@code objects} when {@link Cue#WITH} stands at most two words after
   * meeting word {@code t} (or ends it: "talks with") and before them all; else null.
   */
  private String withRightAfter(Read r, TriggerUse t, List<Item> objects) {
    if (objects.isEmpty() || !r.holds(Cue.WITH)) {
      return null;
    }
    for (Found f : r.found) {
      if (f.is(Cue.WITH) && f.start() >= t.start() && f.end() <= objects.get(0).start
          && (f.end() <= t.end() || Chars.atMostWords(r.s.text(), t.end(), f.start(), 2))) {
        Set<String> of = countries.of(objects);
        return of.size() == 1 && objects.stream().allMatch(it -> countries.of(it.id) != null)
            ? of.iterator().next() : null;
      }
    }
    return null;
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

  /**
   * Whether a meeting of exactly {@code sides} was read as planned or denied in a sentence
   * before {@code r}.
   */
  boolean readAsNotHeldBefore(Set<String> sides, Read r) {
    Read where = notHeld.get(sides);
    return where != null && where != r;
  }

  /**
   * Whether {@code other} holds an office one of {@code sides} holds, as the article writes them,
   * or the article gives one of them none.
   */
  private boolean sameOfficeOrUnknown(Item other, Collection<Item> sides) {
    Set<String> office = mentions.roles(other.id);
    if (office.isEmpty()) {
      return true;
    }
    for (Item it : sides) {
      Set<String> own = mentions.roles(it.id);
      if (own.isEmpty() || own.stream().anyMatch(office::contains)) {
        return true;
      }
    }
    return false;
  }

  /** The meeting a word reports, or none (explained) when the word says it did not take place. */
  private Optional<MeetingDraft> draft(
      Read r, Clause c, TriggerUse t, int scopeEnd, boolean owned, MeetingKind kind,
      List<Item> sides) {
    if (!t.tookPlace()) {
      explain.skipped(sides.stream().map(i -> i.id).toList(), t);
      notHeld.putIfAbsent(sides.stream().map(i -> i.id).collect(Collectors.toSet()), r);
      return Optional.empty();
    }
    MeetingDraft d = MeetingDraft.of(r, c, t, scopeEnd, kind, sides);
    d.owned = owned;
    return Optional.of(d);
  }
}
