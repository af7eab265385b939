package io.github.vnru.query;

import io.github.vnru.model.Article;
import io.github.vnru.model.Evidence;
import io.github.vnru.model.ImmutableArticle;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Participant;
import io.github.vnru.model.Party;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built persons, parties and articles shaped like the seeds' gold facts. */
final class Fixtures {
  static final PersonId TRONG = PersonId.of("nguyen-phu-trong");
  static final PersonId PUTIN = PersonId.of("vladimir-putin");
  static final PersonId TO_LAM = PersonId.of("to-lam");
  static final PersonId MEDVEDEV = PersonId.of("dmitry-medvedev");
  static final PersonId MIRONOV = PersonId.of("sergey-mironov");
  static final PersonId ZYUGANOV = PersonId.of("gennady-zyuganov");
  static final PersonId PHUC = PersonId.of("nguyen-xuan-phuc");

  private Fixtures() {}

  static List<Person> persons() {
    return List.of(
        person(TRONG, "Nguyễn Phú Trọng", "Trọng", "Tổng Bí thư Nguyễn Phú Trọng"),
        person(PUTIN, "Vladimir Putin", "V. Pu-tin", "Putin", "Pu-tin"),
        person(TO_LAM, "Tô Lâm", "Lâm"),
        person(MEDVEDEV, "Dmitry Medvedev", "Đ. Mét-vê-đép", "Madvedev"),
        person(MIRONOV, "Sergey Mironov", "Seigey Mironov"),
        person(ZYUGANOV, "Gennady Zyuganov", "G. Di-u-ga-nốp"),
        person(PHUC, "Nguyễn Xuân Phúc", "Phúc"));
  }

  private static Person person(PersonId id, String name, String... aliases) {
    return Person.builder().id(id).name(name).addAliases(aliases).build();
  }

  static List<Party> parties() {
    return List.of(
        party(PartyId.CPV, "VN", "Communist Party of Vietnam", "Đảng Cộng sản Việt Nam", "ĐCSVN"),
        party(PartyId.UR, "RU", "United Russia", "Đảng Nước Nga Thống nhất", "ER"),
        party(PartyId.SR, "RU", "A Just Russia", "Đảng nước Nga công bằng", "SRZP"),
        party(PartyId.KPRF, "RU", "Communist Party of the Russian Federation",
            "Đảng Cộng sản Liên bang Nga", "CPRF"));
  }

  private static Party party(PartyId id, String country, String en, String vi, String abbr) {
    return Party.builder()
        .id(id)
        .country(country)
        .putAllNames(Map.of("en", en, "vi", vi))
        .addAbbreviations(abbr)
        .build();
  }

  static Meeting meeting(
      MeetingKind kind,
      Optional<PartialDate> date,
      Optional<Place> place,
      List<PersonId> who,
      List<PartyId> parties,
      String sentence) {
    List<Participant> ps = new ArrayList<>();
    who.forEach(p -> ps.add(Participant.of(p)));
    return Meeting.builder()
        .kind(kind)
        .date(date)
        .place(place)
        .addAllParticipants(ps)
        .addAllParties(parties)
        .evidence(Evidence.of(sentence, Span.of(0, sentence.length())))
        .build();
  }

  static Article article(
      String id,
      Language language,
      Optional<String> publisher,
      Optional<PartialDate> published,
      List<PartyId> parties,
      Meeting... meetings) {
    ImmutableArticle.Builder b =
        Article.builder()
            .id(id)
            .language(language)
            .publisher(publisher)
            .publishedDate(published)
            .title("Article " + id)
            .addParagraphs("Body of " + id + ".")
            .addAllParties(parties);
    for (Meeting m : meetings) {
      b.addMeetings(m).addAllPersons(m.participantIds()).addAllParties(m.parties());
    }
    return b.build();
  }

  /**
   * The five seeds' gold facts, plus 005 (the 2021-04-05 call reported as 2021-04, in English)
   * and 006 (the Pyongyang meeting reported undated).
   */
  static List<Article> articles() {
    Optional<PartialDate> none = Optional.empty();
    return List.of(
        article("000", Language.VIETNAMESE, Optional.of("nhandan.vn"), Optional.empty(), List.of(),
            meeting(MeetingKind.MEETING, none, Optional.of(Place.ofCountry("RU")),
                List.of(TRONG, MIRONOV), List.of(PartyId.CPV, PartyId.SR),
                "Tổng Bí thư Nguyễn Phú Trọng tiếp Chủ tịch Đảng nước Nga công bằng S. Mi-rô-nốp.")),
        article("001", Language.VIETNAMESE, Optional.of("dangcongsan.vn"),
            Optional.of(PartialDate.of(2021, 4, 5)), List.of(),
            meeting(MeetingKind.PHONE_CALL, Optional.of(PartialDate.of(2021, 4, 5)),
                Optional.empty(), List.of(TRONG, PUTIN), List.of(PartyId.CPV),
                "Tổng Bí thư Nguyễn Phú Trọng điện đàm với Tổng thống Nga V. Pu-tin.")),
        article("002", Language.VIETNAMESE, Optional.of("baochinhphu.vn"),
            Optional.of(PartialDate.of(2025, 10, 11)), List.of(),
            meeting(MeetingKind.MEETING, Optional.of(PartialDate.of(2025, 10, 10)),
                Optional.of(Place.of("Pyongyang", "KP")), List.of(TO_LAM, MEDVEDEV),
                List.of(PartyId.CPV, PartyId.UR),
                "Tổng Bí thư Tô Lâm gặp Chủ tịch Đảng Nước Nga Thống nhất Đ. Mét-vê-đép.")),
        article("003", Language.ENGLISH, Optional.of("vietnamnews.vn"),
            Optional.of(PartialDate.of(2021, 12, 3)), List.of(),
            meeting(MeetingKind.MEETING, none, Optional.of(Place.of("Moscow", "RU")),
                List.of(PHUC, ZYUGANOV), List.of(PartyId.CPV, PartyId.KPRF),
                "President Phúc met Gennady Zyuganov, Chairman of the KPRF, in Moscow.")),
        article("004", Language.VIETNAMESE, Optional.empty(), Optional.empty(), List.of(),
            meeting(MeetingKind.PHONE_CALL, Optional.of(PartialDate.ofMonthDay(6, 11)),
                Optional.empty(), List.of(TRONG, PUTIN), List.of(PartyId.CPV),
                "Ngày 11/6, Tổng Bí thư Nguyễn Phú Trọng điện đàm với Tổng thống V. Pu-tin.")),
        article("005", Language.ENGLISH, Optional.of("www.VietnamNews.vn"),
            Optional.of(PartialDate.of(2021, 4, 6)), List.of(PartyId.UR),
            meeting(MeetingKind.PHONE_CALL, Optional.of(PartialDate.ofYearMonth(2021, 4)),
                Optional.empty(), List.of(PUTIN, TRONG), List.of(PartyId.CPV),
                "In April, Party chief Trọng held phone talks with President Putin.")),
        article("006", Language.ENGLISH, Optional.empty(), Optional.of(PartialDate.of(2025, 10, 12)),
            List.of(),
            meeting(MeetingKind.MEETING, none, Optional.empty(), List.of(MEDVEDEV, TO_LAM),
                List.of(PartyId.CPV, PartyId.UR),
                "General Secretary Tô Lâm met Dmitry Medvedev, chairman of United Russia.")));
  }

  static Corpus corpus() {
    Corpus.Builder b = Corpus.builder().addArticles(articles());
    persons().forEach(b::addPerson);
    parties().forEach(b::addParty);
    return b.build();
  }
}
