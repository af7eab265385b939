package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Evidence;
import io.github.vnru.model.Language;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the meetings of one article from its scanned sentences. Not thread-safe. */
final class MeetingFinder {
  private static final int CURRENT_YEAR = 2025;

  /** A trigger phrase and the kind of meeting it reports. */
  private record Trigger(Pattern pattern, MeetingKind kind) {}

  private static final List<Trigger> VI_TRIGGERS =
      List.of(
          t("(?:điện đàm|hội đàm|hội kiến|gặp|gặp gỡ|hội nghị|trao đổi) trực tuyến|cầu truyền hình"
              + "|qua (?:video|hình thức trực tuyến)|truyền hình trực tuyến", MeetingKind.VIDEO_CALL),
          t("điện đàm|cuộc gọi|gọi điện|nói chuyện (?:qua|bằng) điện thoại"
              + "|trao đổi (?:qua|bằng) điện thoại", MeetingKind.PHONE_CALL),
          t("hội kiến|hội đàm|gặp gỡ|gặp mặt|cuộc gặp|gặp|tiếp kiến|đón tiếp|tiếp đón|chào đón"
              + "|làm việc với|tiếp(?!\\s+(?:tục|theo|cận|nhận|xúc|thu|nối|sức|tế|diễn|giáp|viện"
              + "|thị|tuyến|quản|lời|ứng|cư|hợp|bước|nữa|đó|sau|đến|tới|theo))",
              MeetingKind.MEETING),
          t("gửi thư|thư chúc mừng|điện mừng|điện chúc mừng|thư cảm ơn|gửi điện|thư trả lời"
              + "|bức thư|thông điệp|(?<!bí )thư(?! ký| viện| mục| tịch)", MeetingKind.LETTER));
  private static final List<Trigger> EN_TRIGGERS =
      List.of(
          t("video calls?|video conferences?|videoconferences?|video links?|online talks"
              + "|virtual (?:meeting|talks|summit)s?|online meetings?|via video", MeetingKind.VIDEO_CALL),
          t("phone calls?|phone conversations?|telephone conversations?|telephone talks"
              + "|phone talks|telephone calls?|phoned|by (?:tele)?phone|over the (?:tele)?phone"
              + "|spoke on the phone", MeetingKind.PHONE_CALL),
          t("met|meets?|meeting|held talks|hold talks|holds talks|talks with|talks between"
              + "|received|receives|receiving|reception|hosted|hosts|sat down with"
              + "|in talks|talks in", MeetingKind.MEETING),
          t("letters?|messages?|congratulatory|cables?", MeetingKind.LETTER));

  private static Trigger t(String regex, MeetingKind kind) {
    return new Trigger(
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        kind);
  }

  private static final Pattern NOT_PARTICIPANT_BEFORE =
      Pattern.compile(
          "(?:thăm hỏi|lời chào|lời chúc|chuyển lời|gửi lời|mời|invited?|invitation to"
              + "|greetings to|regards to|greetings of|greetings from|on behalf of|leadership of"
              + "|anniversary of|kỷ niệm|tưởng niệm|birthday of|sự lãnh đạo của|lãnh đạo của"
              + "|congratulated|chúc mừng)(?:\\s+\\S+){0,3}\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NOT_PARTICIPANT_AFTER =
      Pattern.compile(
          "^['’]s\\s+(?:greetings|invitation|message|regards|letter|best wishes)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RECALL =
      Pattern.compile(
          "(?<![\\p{L}])(?:trước đây|trước đó|năm ngoái|từng|nhắc lại|hồi tưởng|lần trước"
              + "|cuộc gặp trước|previous|previously|earlier|last year|recalled|had met|once met"
              + "|in the past)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AT_PLACE =
      Pattern.compile(
          "(?:tại|ở|in|at|đến|tới)\\s+(?:(?:thủ đô|thành phố|tp\\.?|điện|the capital(?: city)?"
              + "(?: of)?|the)\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern VISIT_PLACE =
      Pattern.compile(
          "(?:thăm|visit(?:ing|s|ed)?(?: to)?|trip to|tour of)(?:\\s+\\S+){0,6}?\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern INVITED =
      Pattern.compile("mời|invit", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern COOPERATION =
      Pattern.compile("hợp tác|cooperat|collaborat|partnership", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> TOPICS = topics();

  private static Map<String, String> topics() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("dầu khí|oil and gas|oil & gas|petroleum", "oil and gas");
    m.put("năng lượng|energy", "energy");
    m.put("điện hạt nhân|nuclear power|nuclear energy", "nuclear power");
    m.put("quốc phòng|defen[cs]e|military", "defence");
    m.put("an ninh|security", "security");
    m.put("giáo dục|education", "education");
    m.put("đào tạo|training", "training");
    m.put("thương mại|trade", "trade");
    m.put("kinh tế|econom", "economy");
    m.put("đầu tư|investment", "investment");
    m.put("du lịch|tourism", "tourism");
    m.put("y tế|health", "health");
    m.put("covid-19|covid|vắc-xin|vaccine", "COVID-19");
    m.put("văn hóa|văn hoá|cultur", "culture");
    m.put("khoa học|science", "science");
    m.put("công nghệ|technolog", "technology");
    m.put("giao thông|transport", "transport");
    m.put("nông nghiệp|agricultur", "agriculture");
    m.put("lao động|labour|labor", "labour");
    m.put("kênh đảng|party channel|inter-party|party-to-party", "party relations");
    m.put("thể thao|sport", "sport");
    return m;
  }

  private final Lexicon lexicon;
  private final MentionFinder mentions;
  private final ExtractionInput input;
  private final Language language;

  MeetingFinder(Lexicon lexicon, MentionFinder mentions, ExtractionInput input) {
    this.lexicon = lexicon;
    this.mentions = mentions;
    this.input = input;
    this.language = input.language();
  }

  /** A meeting being assembled from one or more sentences. */
  private static final class Draft {
    MeetingKind kind;
    final Map<String, String> participants = new LinkedHashMap<>();
    PartialDate date;
    Place place;
    boolean recalled;
    final List<Scanned> sentences = new ArrayList<>();
    final List<String> clauses = new ArrayList<>();
  }

  List<Meeting> find() {
    List<Draft> drafts = new ArrayList<>();
    for (Scanned s : mentions.sentences()) {
      String text = s.text();
      int clauseStart = 0;
      for (String clause : text.split(";", -1)) {
        int cs = clauseStart;
        int ce = cs + clause.length();
        clauseStart = ce + 1;
        List<int[]> trigs = triggers(clause);
        if (trigs.isEmpty()) {
          continue;
        }
        for (int k = 0; k < trigs.size(); k++) {
          int[] tr = trigs.get(k);
          MeetingKind kind = MeetingKind.values()[tr[2]];
          // Subjects before the first trigger take part in each; objects up to the next trigger.
          int from = k == 0 ? cs : cs + tr[0];
          int to = k + 1 < trigs.size() ? cs + trigs.get(k + 1)[0] : ce;
          Map<String, String> parts = participants(s, cs, cs + trigs.get(0)[0], from, to);
          addDraft(drafts, s, clause, kind, cs + tr[0], cs, ce, parts);
        }
      }
    }
    return finish(drafts);
  }

  /** Trigger matches in a clause, as {start, end, kind ordinal}, by start, without overlaps. */
  private List<int[]> triggers(String clause) {
    List<int[]> out = new ArrayList<>();
    for (Trigger t : language == Language.ENGLISH ? EN_TRIGGERS : VI_TRIGGERS) {
      Matcher m = t.pattern.matcher(clause);
      while (m.find()) {
        int a = m.start();
        int b = m.end();
        if (out.stream().noneMatch(x -> x[0] < b && a < x[1])) {
          out.add(new int[] {a, b, t.kind.ordinal()});
        }
      }
    }
    out.sort((x, y) -> Integer.compare(x[0], y[0]));
    // A letter trigger next to a meeting trigger ("thư" in a talk) does not start a new event.
    if (out.stream().anyMatch(x -> x[2] != MeetingKind.LETTER.ordinal())) {
      out.removeIf(x -> x[2] == MeetingKind.LETTER.ordinal());
    } else if (out.size() > 1) {
      out.subList(1, out.size()).clear();
    }
    return out;
  }

  private Map<String, String> participants(
      Scanned s, int cs, int subjectEnd, int from, int to) {
    String text = s.text();
    Map<String, String> parts = new LinkedHashMap<>();
    for (Item it : s.items) {
      if (it.kind != TermKind.PERSON || it.start < cs) {
        continue;
      }
      boolean subject = it.end <= subjectEnd;
      boolean object = it.start >= from && it.end <= to;
      if (!subject && !object) {
        continue;
      }
      String before = text.substring(Math.max(cs, it.phraseStart - 60), it.phraseStart);
      if (NOT_PARTICIPANT_BEFORE.matcher(before).find()
          || NOT_PARTICIPANT_AFTER.matcher(text.substring(it.end)).find()) {
        continue;
      }
      String title = it.title;
      if (!parts.containsKey(it.id) || parts.get(it.id) == null) {
        parts.put(it.id, title == null ? null : title.strip());
      }
    }
    return parts;
  }

  private void addDraft(
      List<Draft> drafts, Scanned s, String clause, MeetingKind kind, int trigger, int cs, int ce,
      Map<String, String> parts) {
    if (parts.size() < 2) {
      return;
    }
    Draft d = new Draft();
    d.kind = kind;
    d.participants.putAll(parts);
    d.sentences.add(s);
    d.clauses.add(clause);
    d.date = dateOf(s, trigger);
    d.recalled = RECALL.matcher(clause).find()
        || (d.date != null && d.date.year().isPresent()
            && input.publishedDate().isPresent()
            && d.date.year().getAsInt() < input.publishedDate().get().getYear());
    if (kind != MeetingKind.PHONE_CALL && kind != MeetingKind.VIDEO_CALL) {
      d.place = placeIn(s, cs, ce);
    }
    merge(drafts, d);
  }

  private List<Meeting> finish(List<Draft> drafts) {
    PartialDate eventDate = eventDate();
    List<Meeting> out = new ArrayList<>();
    long current = drafts.stream().filter(d -> !d.recalled).count();
    Draft previous = null;
    for (Draft d : drafts) {
      if (d.date == null && !d.recalled) {
        d.date = eventDate;
      }
      if (d.kind == MeetingKind.MEETING && d.place == null && previous != null
          && previous.place != null && !d.recalled
          && (d.date == null || previous.date == null || d.date.isCompatibleWith(previous.date))) {
        d.place = previous.place; // "the same day, ..." in the same city
      }
      if (d.kind == MeetingKind.MEETING && d.place == null) {
        d.place = articlePlace();
      }
      if (d.kind == MeetingKind.MEETING && !d.recalled) {
        previous = d;
      }
      if (d.kind == MeetingKind.PHONE_CALL || d.kind == MeetingKind.VIDEO_CALL) {
        d.place = null;
      }
      out.add(build(d, current == 1 && !d.recalled));
    }
    return out;
  }

  private void merge(List<Draft> drafts, Draft d) {
    for (Draft e : drafts) {
      boolean sameSet = e.participants.keySet().equals(d.participants.keySet());
      boolean subset = e.participants.keySet().containsAll(d.participants.keySet())
          || d.participants.keySet().containsAll(e.participants.keySet());
      if (!subset || e.recalled != d.recalled) {
        continue;
      }
      boolean kindsOk = e.kind == d.kind
          || (sameSet && e.kind != MeetingKind.LETTER && d.kind != MeetingKind.LETTER);
      if (!kindsOk) {
        continue;
      }
      if (e.date != null && d.date != null && !e.date.isCompatibleWith(d.date)) {
        continue;
      }
      if (d.kind.ordinal() > e.kind.ordinal() && d.kind != MeetingKind.LETTER) {
        e.kind = d.kind; // PHONE_CALL/VIDEO_CALL are more specific than MEETING
      }
      d.participants.forEach(
          (k, v) -> {
            if (e.participants.get(k) == null) {
              e.participants.put(k, v);
            }
          });
      if (e.date == null || (d.date != null && moreExact(d.date, e.date))) {
        e.date = d.date != null ? d.date : e.date;
      }
      if (e.place == null || (e.place.city().isEmpty() && d.place != null
          && d.place.city().isPresent())) {
        e.place = d.place != null ? d.place : e.place;
      }
      e.sentences.addAll(d.sentences);
      e.clauses.addAll(d.clauses);
      return;
    }
    drafts.add(d);
  }

  private static boolean moreExact(PartialDate a, PartialDate b) {
    return a.isCompatibleWith(b) && a.year().isPresent() && b.year().isEmpty();
  }

  /** The sentence's event date nearest before the trigger, else the first after it. */
  private static PartialDate dateOf(Scanned s, int trigger) {
    DateMention best = null;
    for (DateMention d : s.sentence.dates()) {
      int local = d.start() - s.sentence.start();
      if (local <= trigger) {
        best = d;
      } else if (best == null) {
        best = d;
        break;
      }
    }
    return best == null ? null : best.date();
  }

  /** A date in the first body sentences that report an event. */
  private PartialDate eventDate() {
    int body = 0;
    for (Scanned s : mentions.sentences()) {
      if (s.segment == SegmentKind.TITLE) {
        continue;
      }
      if (++body > 3) {
        break;
      }
      boolean hasTrigger = false;
      for (Trigger t : language == Language.ENGLISH ? EN_TRIGGERS : VI_TRIGGERS) {
        if (t.kind != MeetingKind.LETTER && t.pattern.matcher(s.text()).find()) {
          hasTrigger = true;
        }
      }
      if (hasTrigger && !s.sentence.dates().isEmpty()) {
        return s.sentence.dates().get(0).date();
      }
    }
    return null;
  }

  private Place placeIn(Scanned s, int cs, int ce) {
    String text = s.text();
    Place country = null;
    for (Item it : s.items) {
      if (it.kind != TermKind.PLACE || it.start < cs || it.end > ce
          || !(it.term != null && it.term.ref() instanceof PlaceEntry pe)) {
        continue;
      }
      String before = text.substring(Math.max(cs, it.start - 40), it.start);
      boolean at = AT_PLACE.matcher(before).find();
      boolean visit = VISIT_PLACE.matcher(before).find() && !INVITED.matcher(before).find();
      if (at && pe.isCity()) {
        return Place.of(pe.name(), pe.country());
      }
      if ((at || visit) && country == null) {
        country = pe.isCity() ? Place.of(pe.name(), pe.country()) : Place.ofCountry(pe.country());
      }
    }
    return country;
  }

  private Place articlePlace() {
    // "Tại cuộc gặp ở Bình Nhưỡng": a sentence about the meeting that names its city.
    for (Scanned s : mentions.sentences()) {
      if (triggers(s.text()).stream().anyMatch(x -> x[2] == MeetingKind.MEETING.ordinal())) {
        Place p = placeIn(s, 0, s.text().length());
        if (p != null && p.city().isPresent()) {
          return p;
        }
      }
    }
    if (input.dateline().isPresent()) {
      Optional<PlaceEntry> p = lexicon.place(input.dateline().get());
      if (p.isPresent()) {
        return p.get().isCity()
            ? Place.of(p.get().name(), p.get().country())
            : Place.ofCountry(p.get().country());
      }
    }
    for (Scanned s : mentions.sentences()) {
      String text = s.text();
      for (Item it : s.items) {
        if (it.kind == TermKind.PLACE && it.term != null
            && it.term.ref() instanceof PlaceEntry pe) {
          String before = text.substring(Math.max(0, it.start - 40), it.start);
          if (VISIT_PLACE.matcher(before).find() && !INVITED.matcher(before).find()) {
            return pe.isCity() ? Place.of(pe.name(), pe.country()) : Place.ofCountry(pe.country());
          }
        }
      }
    }
    return null;
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
      PersonId id = PersonId.of(e.getKey());
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
    List<String> texts = new ArrayList<>(d.clauses);
    if (articleTopics) {
      for (Scanned s : mentions.sentences()) {
        if (COOPERATION.matcher(s.text()).find()) {
          texts.add(s.text());
        }
      }
    }
    for (String text : texts) {
      String low = text.toLowerCase(Locale.ROOT);
      TOPICS.forEach(
          (re, topic) -> {
            if (Pattern.compile("(?<![\\p{L}])(?:" + re + ")", Pattern.UNICODE_CASE)
                .matcher(low).find()) {
              topics.add(topic);
            }
          });
    }
    b.addAllTopics(topics);
    return b.build();
  }

  /** The latest year up to now in which every registered participant held some position. */
  private OptionalInt estimateYear(Set<String> ids) {
    for (int y = CURRENT_YEAR; y >= 1900; y--) {
      boolean all = true;
      for (String id : ids) {
        Optional<Person> p = mentions.person(id);
        if (p.isEmpty() || !p.get().registered() || p.get().positions().isEmpty()) {
          continue;
        }
        final int year = y;
        if (p.get().positions().stream().noneMatch((Position x) -> x.heldIn(year))) {
          all = false;
          break;
        }
      }
      if (all) {
        return OptionalInt.of(y);
      }
    }
    return OptionalInt.empty();
  }
}
