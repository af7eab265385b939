package io.github.vnru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.ImmutableMeeting;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.Mention;
import io.github.vnru.model.MentionKind;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Participant;
import io.github.vnru.model.Person;
import io.github.vnru.model.Place;
import io.github.vnru.model.PersonId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** One test per extraction rule, on short hand-made articles. */
final class ExtractorTest {
  private static final Extractor EXTRACTOR = Extractor.of(Registry.defaults());

  private static ExtractionResult vi(String text) {
    return EXTRACTOR.extract(TestArticles.vi(text));
  }

  private static ExtractionResult en(String text) {
    return EXTRACTOR.extract(TestArticles.en(text));
  }

  /** How many mentions of {@code id} the result holds. */
  private static long mentionsOf(ExtractionResult r, String id) {
    return r.mentions().stream().filter(m -> m.id().equals(id)).count();
  }

  private static ExtractionResult ru(String text) {
    return EXTRACTOR.extract(TestArticles.input(Language.RUSSIAN, null, null, text));
  }

  /** The place of {@code r}'s one meeting, if it has one. */
  private static Optional<Place> placeOfOnlyMeeting(ExtractionResult r) {
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    return r.meetings().get(0).place();
  }

  /** The city of {@code r}'s one meeting (which must have one). */
  private static String cityOfOnlyMeeting(ExtractionResult r) {
    return placeOfOnlyMeeting(r).orElseThrow().city().orElseThrow();
  }

  /** The first meeting participant of {@code r} who is {@code id}. */
  private static Participant participant(ExtractionResult r, String id) {
    return r.meetings().stream().flatMap(m -> m.participants().stream())
        .filter(p -> p.person().value().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static Set<String> persons(ExtractionResult r) {
    Set<String> s = new TreeSet<>();
    r.persons().forEach(p -> s.add(p.value()));
    return s;
  }

  /** Asserts that {@code r} names at least the persons {@code ids}. */
  private static void assertNamesAtLeast(ExtractionResult r, String... ids) {
    assertTrue(persons(r).containsAll(Set.of(ids)), persons(r).toString());
  }

  private static Set<String> parties(ExtractionResult r) {
    Set<String> s = new TreeSet<>();
    r.parties().forEach(p -> s.add(p.value()));
    return s;
  }

  private static Set<String> ids(Meeting m) {
    Set<String> s = new TreeSet<>();
    m.participantIds().forEach(p -> s.add(p.value()));
    return s;
  }

  @Test
  void meetings_transcript_youIsTheOtherSidesSpeakerWhenNoOneIsNamedAfterTheLabel() {
    ExtractionResult r =
        en("Transcript\nDmitry Medvedev: Dear Comrade General Secretary, welcome."
            + "\nToday we are meeting with you again."
            + "\nNguyen Phu Trong: Thank you, Prime Minister.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of("dmitry-medvedev", "nguyen-phu-trong"), ids(r.meetings().get(0)));
  }

  @Test
  void meetings_rightAfterTheWelcome_isOnTheDayTheWelcomeWasNamed() {
    ExtractionResult r =
        vi("Tin\nNgày 12/11, lễ đón Tổng thống Vladimir Putin diễn ra trọng thể."
            + " Ngay sau lễ đón, Chủ tịch nước Trương Tấn Sang và Tổng thống Vladimir Putin hội đàm.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(java.util.Optional.of(io.github.vnru.model.PartialDate.ofMonthDay(11, 12)),
        r.meetings().get(0).date());
  }

  @Test
  void meetings_ofAOneDayVisit_takeItsDay() {
    ExtractionResult r = en("News\nA visit by Governor Ivan Petrovsky is the latest sign of ties."
        + " Governor Ivan Petrovsky paid a one-day visit to Hanoi on November 12 to advance the"
        + " partnership. This was his third visit to Vietnam and his second as governor.\nGovernor"
        + " Ivan Petrovsky met Prime Minister Nguyen Van Lam and Minister Tran Van Hung.");
    assertEquals(2, r.meetings().size(), r.meetings().toString());
    for (Meeting m : r.meetings()) {
      assertEquals(Optional.of(PartialDate.ofMonthDay(11, 12)), m.date(), m.toString());
    }
  }

  @Test
  void meetings_aReportReferringBackToTheSentenceBefore_takesItsDay() {
    ExtractionResult r =
        en("News\nThe two ministries held a working session in Moscow on September 5."
            + " Deputy Minister Nguyen Van Lam and First Deputy Minister Ivan Petrovsky discussed"
            + " training.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Optional.of(PartialDate.ofMonthDay(9, 5)), r.meetings().get(0).date());
  }

  @Test
  void meetings_referringBackToASession_takeTheDayOfThatSessionNotOfTheVisitAfterIt() {
    ExtractionResult r =
        vi("Tin\nBuổi làm việc giữa hai bộ diễn ra ngày 25/9, trong khuôn khổ chuyến thăm Liên bang"
            + " Nga từ ngày 23/9 đến ngày 28/9. Phát biểu tại buổi làm việc, Thứ trưởng Nguyễn Văn"
            + " Lâm đề nghị Thứ trưởng thứ nhất Ivan Petrovsky xem xét đề xuất.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Optional.of(PartialDate.ofMonthDay(9, 25)), r.meetings().get(0).date());
  }

  @Test
  void meetings_aClauseAboutTheVisit_namesNoPlaceOfIt() {
    ExtractionResult r = en("Deals signed\nPresident Vladimir Putin held talks with President To"
        + " Lam during a state visit that comes as Moscow is seeking partners over its war in"
        + " Ukraine.");
    assertEquals(Optional.empty(), placeOfOnlyMeeting(r));
  }

  @Test
  void meetings_inAProvince_areInItsCountry() {
    ExtractionResult r = vi("Tin\nNgày 5/3, tại tỉnh Khánh Hòa, Chủ tịch UBND tỉnh Nguyễn Văn Lam"
        + " đã tiếp Tổng lãnh sự Ivan Petrovsky.");
    assertEquals("VN", placeOfOnlyMeeting(r).orElseThrow().country());
    assertTrue(placeOfOnlyMeeting(r).orElseThrow().city().isEmpty());
    // a province's bare name right after a word of place; alone, it is a given name
    ExtractionResult bare = vi("Tin\nNgày 3/4, ông Nguyễn Thái Bình đã tiếp Tổng lãnh sự Nga Ivan"
        + " Petrovsky tại Thái Bình.");
    assertEquals("VN", placeOfOnlyMeeting(bare).orElseThrow().country());
    assertEquals(Set.of("nguyen-thai-binh", "ivan-petrovsky"), persons(bare));
  }

  @Test
  void meetings_inACityWhoseNameIsAGivenName_areThereAndTheNameStaysAPersons() {
    ExtractionResult r = en("News\nOn May 5, Chairman of the Provincial People's Committee Le Hong"
        + " Vinh received Russian Consul General Ivan Petrovsky in Vinh City.");
    assertEquals("Vinh", cityOfOnlyMeeting(r));
    assertEquals(Set.of("le-hong-vinh", "ivan-petrovsky"), persons(r));
  }

  @Test
  void meetings_inACityNamedAfterItsKindAndWordsDescribingIt_areThere() {
    assertEquals("Da Nang", cityOfOnlyMeeting(en("News\nPresident Nguyen Van Lam met Governor Ivan"
        + " Petrovsky in the central city of Da Nang.")));
    assertEquals("Vladivostok", cityOfOnlyMeeting(en("News\nPresident Nguyen Van Lam met Governor"
        + " Ivan Petrovsky in the Far Eastern city of Vladivostok.")));
    assertEquals("Sochi", cityOfOnlyMeeting(en("News\nPresident Nguyen Van Lam said after meeting"
        + " his counterpart, Ivan Petrovsky, in the Black Sea resort of Sochi.")));
  }

  @Test
  void meetings_atASummitAbroad_areInItsCountry() {
    ExtractionResult r = en("News\nPresident Nguyen Van Lam on May 15 had separate meetings with"
        + " leaders from Laos, Russia and Chile on the sidelines of the forum in China.\n\n"
        + "Talking with Russian President Ivan Petrovsky, President Nguyen Van Lam praised the"
        + " partnership.");
    assertEquals("CN", placeOfOnlyMeeting(r).orElseThrow().country());
  }

  @Test
  void meetings_atAVenueWithItsAddressInBrackets_areInTheAddressCity() {
    assertEquals("Hanoi", cityOfOnlyMeeting(vi("Tin\nChiều 24/2, tại trụ sở Trung tâm Thông tấn"
        + " Quốc gia (số 5 Lý Thường Kiệt, Hà Nội), Tổng Giám đốc Nguyễn Văn Lam đã hội đàm với"
        + " Tổng giám đốc Ivan Petrovsky.")));
    // a city in brackets that no place word leads to is an aside
    ExtractionResult aside = vi("Tin\nChiều 24/2, Tổng Giám đốc Nguyễn Văn Lam (Hà Nội) đã"
        + " hội đàm với Tổng giám đốc Ivan Petrovsky.");
    assertTrue(placeOfOnlyMeeting(aside).isEmpty(), aside.meetings().toString());
  }

  @Test
  void persons_officialStyleWithAPatronymicOfAGivenNameInA_areNamed() {
    // Никитич, the patronymic of Nikita, written the French way
    ExtractionResult r = en("News\nFor his part, Petrovsky Ivan Nikititch, of the Russian Academy"
        + " of Sciences, said he hopes for more cooperation.");
    assertTrue(persons(r).contains("ivan-petrovsky"), persons(r).toString());
  }

  @Test
  void meetings_gladnessAtMeetingAgain_isTheMeetingReported_notOneOnALaterDay() {
    ExtractionResult r = vi("Tin\nNgày 1/12/2021, Chủ tịch nước Nguyễn Xuân Phúc đã hội kiến Chủ"
        + " tịch Đảng Nước Nga Thống nhất Dmitry Medvedev. Chủ tịch nước bày tỏ vui mừng gặp lại"
        + " đồng chí Medvedev, chúc cho Đại hội sắp tới của Đảng vào ngày 04/12/2021 thành công.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Optional.of(PartialDate.of(2021, 12, 1)), r.meetings().get(0).date());
  }

  @Test
  void meetings_inRussia_whenARegistryPersonsGivenNameIsNga_areStillInRussia() {
    // Nguyễn Phương Nga is listed: her given name, the word for Russia, is no short form
    ExtractionResult r = vi("Tin\nChiều 9/5, Chủ tịch nước Trương Tấn Sang đã hội đàm với Tổng"
        + " thống Vladimir Putin tại Liên bang (LB) Nga.");
    assertEquals("RU", placeOfOnlyMeeting(r).orElseThrow().country());
  }

  @Test
  void meetings_ofAVisitorSaidToBeInACityNow_areThereButNotWhereTheVisitorOnceWas() {
    assertEquals("Hanoi", cityOfOnlyMeeting(en("News\nOn March 6, Deputy Prime Minister Nguyen"
        + " Van Lam received Deputy Minister Ivan Petrovsky, who is in Hanoi to attend a forum.")));
    ExtractionResult past = en("News\nOn March 6, Deputy Prime Minister Nguyen Van Lam received"
        + " Deputy Minister Ivan Petrovsky, who has worked in Hanoi for years.");
    assertTrue(placeOfOnlyMeeting(past).isEmpty(), past.meetings().toString());
  }

  @Test
  void meetings_inACountrysCommonNoun_areNotThere_butInItsNamedProvince_are() {
    ExtractionResult policy = en("News\nRussia is a priority in Vietnam's foreign policy, Prime"
        + " Minister Pham Minh Chinh said during a meeting with Deputy Prime Minister Alexander"
        + " Novak on October 23.");
    assertTrue(placeOfOnlyMeeting(policy).isEmpty(), policy.meetings().toString());
    ExtractionResult province = en("News\nPrime Minister Pham Minh Chinh met Deputy Prime"
        + " Minister Alexander Novak on October 23 in China's Hainan province.");
    assertEquals("CN", placeOfOnlyMeeting(province).orElseThrow().country());
  }

  @Test
  void meetings_areNotInAVisitDatedMonthsFromThem() {
    ExtractionResult r = en("News\nPrime Minister Nguyen Van Lam met Deputy Prime Minister Ivan"
        + " Petrovsky on October 23.\n\nLam praised the ties since President Vladimir Putin's"
        + " state visit to Vietnam in June 2024.");
    assertTrue(placeOfOnlyMeeting(r).isEmpty(), r.meetings().toString());
    ExtractionResult sameMonth = en("News\nPrime Minister Nguyen Van Lam met Deputy Prime"
        + " Minister Ivan Petrovsky on October 23.\n\nLam praised the ties during his official"
        + " visit to Vietnam in October 2024.");
    assertEquals("VN", placeOfOnlyMeeting(sameMonth).orElseThrow().country());
  }

  @Test
  void persons_aNewspapersNameAfterItsKind_isNoPerson() {
    ExtractionResult r = en("News\nGeneral Nguyen Van Lam held talks with his Russian counterpart"
        + " Ivan Petrovsky, the army newspaper Quan Doi Nhan Dan reported.");
    assertEquals(Set.of("nguyen-van-lam", "ivan-petrovsky"), persons(r));
    assertEquals(1, r.meetings().size(), r.meetings().toString());
  }

  @Test
  void persons_aTitleOfADepartmentNamedForAContinent_namesNoOne() {
    ExtractionResult r = vi("Tin\nCùng dự có bà Phạm Thái Như Mai, Phó Trưởng ban Châu Âu - Liên"
        + " hiệp các tổ chức hữu nghị Việt Nam.");
    assertFalse(persons(r).contains("chau-au"), persons(r).toString());
    assertTrue(persons(r).contains("pham-thai-nhu-mai"), persons(r).toString());
  }

  @Test
  void persons_aRankBeforeAGivenName_isTheOneOfThatNameInAnOfficeOfThatRank() {
    // Phan Van Giang was chief of the general staff in 2019; no other Giang held such an office
    ExtractionResult r = EXTRACTOR.extract(TestArticles.input(Language.ENGLISH,
        LocalDate.of(2019, 8, 18), null, "News\nGeneral Giang welcomed Russian Minister of"
            + " Defence Sergey Shoigu to the Vietnam Corner."));
    assertTrue(persons(r).contains("phan-van-giang"), persons(r).toString());
    assertEquals(1, r.meetings().size(), r.meetings().toString());
  }

  @Test
  void meetings_afterAPressServiceNamedWithAPlace_areNotThere() {
    // whose press service spoke, not where anything was
    ExtractionResult r = ru("Новость\nТелеграмму с соболезнованиями направил Иван Петровский,"
        + " сообщили в пресс-службе Кремля.\n\nИван Петровский отметил, что неоднократно"
        + " встречался с Нгуен Ван Ламом.");
    assertTrue(placeOfOnlyMeeting(r).isEmpty(), r.meetings().toString());
  }

  @Test
  void meetings_thatEveningOrTheSameAfternoon_isOnTheDayLastNamed() {
    for (String cue : List.of("That evening", "The same afternoon", "That same day")) {
      ExtractionResult r =
          en("News\nOn May 22, Foreign Minister Sergey Lavrov arrived in Hanoi. " + cue
              + ", General Secretary Nguyen Phu Trong received Foreign Minister Sergey Lavrov.");
      assertEquals(1, r.meetings().size(), cue + ": " + r.meetings());
      assertEquals(Optional.of(PartialDate.ofMonthDay(5, 22)), r.meetings().get(0).date(), cue);
    }
  }

  @Test
  void meetings_aPronounGoingOnFromTheSentenceBefore_takesItsDay() {
    ExtractionResult r =
        en("News\nPresident Vladimir Putin spoke on May 22 of strong ties."
            + " He said this in talks with General Secretary Nguyen Phu Trong.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(java.util.Optional.of(io.github.vnru.model.PartialDate.ofMonthDay(5, 22)),
        r.meetings().get(0).date());
  }

  /**
   * A headline in Title Case capitalises its verbs and small words: they are no names, and the
   * body names the person again.
   */
  @Test
  void mentions_inATitleCaseHeadline_areOnlyNamesAlreadyKnown() {
    ExtractionResult visit = en("Russian PM To Make Official Visit To Vietnam\nRussian Prime"
        + " Minister Mikhail Mishustin will pay an official visit to Vietnam.");
    assertEquals(Set.of("mikhail-mishustin"), persons(visit));
    ExtractionResult trip = en("Deputy Minister Of Justice Tran Tien Dung Ended His Business Trip"
        + " To Russia\nDeputy Minister of Justice Tran Tien Dung ended his trip on Friday.");
    assertEquals(Set.of("tran-tien-dung"), persons(trip));
    // in sentence case, the headline's capitals still mark a name
    ExtractionResult plain = en("Deputy Minister of Justice Tran Tien Dung ends trip to Russia\n"
        + "The trip ended on Friday.");
    assertEquals(Set.of("tran-tien-dung"), persons(plain));
    // an office before a capitalised verb still stands for its holder
    ExtractionResult office = en("Russian President Congratulate Party General Secretary To Lam\n"
        + "Russian President Vladimir Putin sent a letter of congratulations to To Lam.");
    assertEquals(2, mentionsOf(office, "vladimir-putin"));
  }

  /** Moscow and Saint Petersburg as the Vietnamese press most often spells them. */
  @Test
  void meetings_inRussianCitiesSpelledTheVietnameseWay_arePlacedThere() {
    for (String city : List.of("Mátxcơva", "Mátx-cơ-va", "Matxcơva", "Mát-xcơ-va")) {
      ExtractionResult r = vi("Hội đàm\nNgày 10/5, tại " + city + ", Thủ tướng Phạm Minh Chính đã"
          + " hội đàm với Thủ tướng Nga Mikhail Mishustin.");
      assertEquals("Moscow", r.meetings().get(0).place().orElseThrow().city().orElseThrow(), city);
    }
    ExtractionResult spb = vi("Hội kiến\nNgày 10/5, tại Xanh Pêtécbua, Thủ tướng Phạm Minh Chính"
        + " đã hội kiến Tổng thống Vladimir Putin.");
    assertEquals("Saint Petersburg", spb.meetings().get(0).place().orElseThrow().city().orElseThrow());
  }

  /** Moscow, when a Soviet official met there, was in the Soviet Union. */
  @Test
  void meetings_inRussiaWithASovietOfficial_areInTheSovietUnion() {
    ExtractionResult r = vi("Hồ Chí Minh và Xtalin\nTháng 2 năm 1950, tại Mátxcơva, Chủ tịch Hồ Chí"
        + " Minh hội kiến Tổng Bí thư Stalin.");
    assertEquals("Moscow, SU", r.meetings().get(0).place().orElseThrow().toString());
  }

  @Test
  void meetings_twoEventsInOneArticle_areKeptApart() {
    ExtractionResult r =
        vi("Thủ tướng Phạm Minh Chính thăm Nga\n"
            + "Ngày 10/5, tại Mát-xcơ-va, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nga"
            + " Mikhail Mishustin. Cùng ngày, Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Duma"
            + " Quốc gia Vyacheslav Volodin.");
    assertEquals(2, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of("mikhail-mishustin", "pham-minh-chinh"), ids(r.meetings().get(0)));
    assertEquals(Set.of("pham-minh-chinh", "vyacheslav-volodin"), ids(r.meetings().get(1)));
    assertEquals("Moscow", r.meetings().get(0).place().orElseThrow().city().orElseThrow());
    assertEquals("--05-10", r.meetings().get(0).date().orElseThrow().toString());
  }

  @Test
  void meetings_onlineTalks_areVideoCalls() {
    ExtractionResult r =
        en("PM Chính holds online talks with Mishustin\n"
            + "Prime Minister Phạm Minh Chính held online talks with Russian Prime Minister"
            + " Mikhail Mishustin on energy and trade.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    Meeting m = r.meetings().get(0);
    assertEquals(MeetingKind.VIDEO_CALL, m.kind());
    assertTrue(m.place().isEmpty());
    assertTrue(m.topics().containsAll(Set.of("energy", "trade")), m.topics().toString());
  }

  @Test
  void places_aCountryAfterAnOrganisationsAcronym_isWhereOnlyWhenTheTextIsAtIt() {
    ExtractionResult r = ru(
        "Встреча\nГлава МЧС России Александр Куренков провел встречу во Вьетнаме с министром"
            + " То Ламом.\nМинистр готов участвовать в мероприятиях с МЧС России.\nКуренков"
            + " также провел встречу с премьер-министром Фам Минь Тинем.");
    assertEquals(2, r.meetings().size(), r.meetings().toString());
    assertEquals("VN", r.meetings().get(1).place().orElseThrow().country());
    ExtractionResult at = ru(
        "Встреча\nСергей Лавров провел встречу с министром Буй Тхань Шоном в МИД России.");
    assertEquals("RU", at.meetings().get(0).place().orElseThrow().country());
  }

  @Test
  void places_aPlaceInWhatAMeetingIsFor_isNotWhereItWasHeld() {
    ExtractionResult r = en("Talks\nDirector Ivan Petrovsky and Minister Nguyen Van Lam signed the"
        + " memorandum to implement a centre for nuclear science in Vietnam.");
    assertTrue(placeOfOnlyMeeting(r).isEmpty(), r.meetings().toString());
    ExtractionResult launch = en("Talks\nMinister Nguyen Van Lam signed an agreement with Governor"
        + " Ivan Petrovsky to launch the dairy cow project in Moscow.");
    assertTrue(placeOfOnlyMeeting(launch).isEmpty(), launch.meetings().toString());
    ExtractionResult vi = vi("Tin\nBản ghi nhớ được ký giữa Hiệu trưởng Ivan Petrovsky và Giám đốc"
        + " Nguyễn Văn Lâm nhằm hỗ trợ Trung tâm do trường khai trương ở Hà Nội.");
    assertTrue(placeOfOnlyMeeting(vi).isEmpty(), vi.meetings().toString());
    // where goods, flights or a railway go: no one was there
    ExtractionResult route = ru("Встреча\nГубернатор: начата проработка железной дороги из России"
        + " во Вьетнам\nОб этом заявил губернатор Иван Петровский на встрече с послом Нгуен Ван"
        + " Ламом.");
    assertTrue(placeOfOnlyMeeting(route).isEmpty(), route.meetings().toString());
  }

  @Test
  void places_theVisitAMeetingIsSaidToComeAfter_isNotWhereItWasHeld() {
    // the talks' own sentence names no place; a visit spoken of as before them is no visit of
    // theirs: neither it nor the article's visit places them
    ExtractionResult vi = vi("Tin\nNgày 9/12, Bộ trưởng Nguyễn Văn Lâm hội đàm với Thư ký Ivan"
        + " Petrovsky.\nTại hội đàm, Bộ trưởng Nguyễn Văn Lâm cho biết, kể từ chuyến thăm chính thức"
        + " Liên bang Nga của Tổng Bí thư, tháng 5/2025, quan hệ hai nước phát triển mạnh mẽ.");
    assertTrue(placeOfOnlyMeeting(vi).isEmpty(), vi.meetings().toString());
    ExtractionResult en = en("Talks\nOn December 9, Minister Nguyen Van Lam held talks with"
        + " Secretary Ivan Petrovsky.\nAt the talks, Lam said relations had grown since the state"
        + " visit to Russia in May.");
    assertTrue(placeOfOnlyMeeting(en).isEmpty(), en.meetings().toString());
    ExtractionResult ru = ru("Встреча\n9 декабря министр Нгуен Ван Лам провел переговоры с"
        + " секретарем Иваном Петровским.\nНа переговорах Лам отметил, что после государственного"
        + " визита в Россию в мае отношения двух стран развиваются.");
    assertTrue(placeOfOnlyMeeting(ru).isEmpty(), ru.meetings().toString());
  }

  @Test
  void places_aPlaceThatHostedTheMeeting_isWhereItWasHeld() {
    ExtractionResult r = vi("Tin\nViệt Nam đăng cai phiên họp, tại đó Bộ trưởng Nguyễn Văn Lâm hội"
        + " đàm với Bộ trưởng Ivan Petrovsky.");
    assertEquals("VN", placeOfOnlyMeeting(r).orElseThrow().country());
  }

  @Test
  void places_theSeatOfAnOfficeBetweenTitleAndName_isNoMeetingsPlace() {
    // "посла Вьетнама в России X": where the ambassador serves, not where they met
    ExtractionResult posting = ru(
        "Встреча\nСостоялась встреча министра Сергея Лаврова и посла Вьетнама в России Нгуен"
            + " Ван Тхыонга.");
    assertTrue(placeOfOnlyMeeting(posting).isEmpty(), posting.meetings().toString());
    ExtractionResult held = ru(
        "Встреча\nВ Москве состоялась встреча министра Сергея Лаврова и посла Вьетнама Нгуен"
            + " Ван Тхыонга.");
    assertEquals("Moscow", cityOfOnlyMeeting(held));
  }

  @Test
  void places_aPlaceRightAfterADelegationWord_isWhoseDelegation_notWhereItWas() {
    String lead = "Новость\nГубернатор Иван Петровский заявил о потенциале сотрудничества.\n";
    ExtractionResult r = ru(lead + "В ходе визита делегация Калужской области была принята"
        + " президентом Вьетнама Во Ван Тхыонгом.");
    assertTrue(placeOfOnlyMeeting(r).isEmpty(), r.meetings().toString());
    ExtractionResult visit = ru(lead + "В ходе визита во Вьетнам делегация Калужской области"
        + " была принята президентом Вьетнама Во Ван Тхыонгом.");
    assertEquals("VN", placeOfOnlyMeeting(visit).orElseThrow().country());
  }

  @Test
  void places_aCountryQualifyingACounterpart_orWhereAVisitorCameFrom_isNotWhereItWas() {
    ExtractionResult counterpart = en("Talks\nDeputy Prime Minister Nguyen Van Lam received his"
        + " visiting Russian counterpart Ivan Petrovsky on Monday.");
    assertTrue(placeOfOnlyMeeting(counterpart).isEmpty(), counterpart.meetings().toString());
    ExtractionResult from = en("Talks\nDeputy Prime Minister Nguyen Van Lam received a visiting"
        + " delegation from Russia led by Governor Ivan Petrovsky.");
    assertTrue(placeOfOnlyMeeting(from).isEmpty(), from.meetings().toString());
  }

  @Test
  void places_aVisitToTheCountry_isToTheCountryNamedBefore_notTheVisitorsOwn() {
    ExtractionResult en = en("Talks\nDeputy Minister Nguyen Van Lam on July 6 paid a courtesy"
        + " visit to Russian Governor Ivan Petrovsky as part of the Vietnamese officer's trip to"
        + " the country.");
    assertEquals("RU", placeOfOnlyMeeting(en).orElseThrow().country(), en.meetings().toString());
    ExtractionResult vi = vi("Hội kiến\nBộ trưởng Nguyễn Văn Lâm hội kiến Thống đốc Ivan Petrovsky"
        + " của Nga trong chuyến thăm chính thức nước này.");
    assertEquals("RU", placeOfOnlyMeeting(vi).orElseThrow().country(), vi.meetings().toString());
    ExtractionResult planned = en("Talks\nDeputy Minister Nguyen Van Lam met Russian Governor Ivan"
        + " Petrovsky ahead of his planned visit to the country.");
    assertTrue(placeOfOnlyMeeting(planned).isEmpty(), planned.meetings().toString());
  }

  @Test
  void places_aVisitByNoneOfTheMeetingsSides_isAnotherOccasion() {
    String reception = "Talks\nPrime Minister Nguyen Van Lam received Ambassador Ivan Petrovsky."
        + " The ambassador said the year had been special for the two countries.\n";
    ExtractionResult other = en(reception + "This year President Tran Van Khoi paid an official"
        + " visit to Russia.");
    assertTrue(placeOfOnlyMeeting(other).isEmpty(), other.meetings().toString());
    ExtractionResult own = en(reception + "Lam paid an official visit to Russia this year.");
    assertEquals("RU", placeOfOnlyMeeting(own).orElseThrow().country(), own.meetings().toString());
  }

  @Test
  void places_anOfficeOfOneCountryInAnother_isInTheOther() {
    ExtractionResult ru = ru("Новость\nВ штаб-квартире посольства Вьетнама в Российской Федерации"
        + " посол Нгуен Ван Лам принял губернатора Ивана Петровского.");
    assertEquals("RU", placeOfOnlyMeeting(ru).orElseThrow().country(), ru.meetings().toString());
    ExtractionResult en = en("News\nAt the headquarters of the Embassy of Vietnam in Russia,"
        + " Ambassador Nguyen Van Lam received Governor Ivan Petrovsky.");
    assertEquals("RU", placeOfOnlyMeeting(en).orElseThrow().country(), en.meetings().toString());
    ExtractionResult adjective = en("News\nAmbassador Nguyen Van Lam met Governor Ivan Petrovsky at"
        + " the headquarters of the Vietnamese Embassy in Russia.");
    assertEquals("RU", placeOfOnlyMeeting(adjective).orElseThrow().country(),
        adjective.meetings().toString());
  }

  @Test
  void meetings_aMeetingWordOpeningASentenceSoonAfter_goesOnWithTheMeetingReported() {
    ExtractionResult r = ru("Новость\nВице-премьер Иван Петровский заявил на встрече с"
        + " премьер-министром Вьетнама Нгуен Ван Ламом, что стороны работают над вопросом."
        + " Петровский подчеркнул значение сотрудничества. Все это работает на связанность стран."
        + " Встреча состоялась на полях саммита в Малайзии.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals("MY", placeOfOnlyMeeting(r).orElseThrow().country(), r.meetings().toString());
  }

  @Test
  void meetings_anEarlierWordAloneInBrackets_recallsNothing() {
    ExtractionResult r = ru("Новость\nНа встрече с губернатором Иваном Петровым посол Нгуен Ван"
        + " Лам отметил сотрудничество между Вьетнамом и СССР (ранее), Россией (ныне).");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertFalse(r.meetings().get(0).recalled(), r.meetings().toString());
  }

  @Test
  void meetings_theOneMeetingOfAVisit_isDatedByTheSentenceReportingTheVisit() {
    String visit = "News\nOn February 3, Ambassador Nguyen Van Lam was in Moscow on a working"
        + " visit.\nAmbassador Nguyen Van Lam met Governor Ivan Petrov at the headquarters.";
    ExtractionResult one = en(visit);
    assertEquals(PartialDate.ofMonthDay(2, 3), one.meetings().get(0).date().orElseThrow(),
        one.meetings().toString());
    // of two meetings the visit's first day dates neither: the visit may have lasted days
    ExtractionResult two = en(visit + " The ambassador also met Minister Sergey Lavrov.");
    assertEquals(2, two.meetings().size(), two.meetings().toString());
    assertTrue(two.meetings().stream().allMatch(m -> m.date().isEmpty()), two.meetings().toString());
  }

  @Test
  void meetings_atTheMeeting_joinsTheVideoCallItRefersTo() {
    ExtractionResult r =
        en("Deputy Prime Minister Dmitry Chernyshenko held talks via video link with Deputy"
            + " Prime Minister Trinh Dinh Dung.\n"
            + "At the meeting, Deputy Prime Minister of the Russian Federation Dmitry Chernyshenko"
            + " and Deputy Prime Minister Trinh Dinh Dung discussed trade and preparations for"
            + " the next meeting of the commission in Russia.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(MeetingKind.VIDEO_CALL, r.meetings().get(0).kind());
    assertTrue(r.meetings().get(0).place().isEmpty());
  }

  @Test
  void meetings_talksWithANewCounterpart_thenTheTwoSides_addAMeeting() {
    ExtractionResult r =
        en("General Secretary To Lam met President Vladimir Putin in Moscow.\n"
            + "The visit lasted three days.\n"
            + "During the talks with Prime Minister Mikhail Mishustin, the two sides agreed to"
            + " boost trade.");
    Set<Set<String>> pairs = new HashSet<>();
    r.meetings().forEach(m -> pairs.add(ids(m)));
    assertEquals(Set.of(Set.of("to-lam", "vladimir-putin"), Set.of("to-lam", "mikhail-mishustin")),
        pairs);
  }

  @Test
  void meetings_withNoPlaceOfTheirOwn_areWhereTheTripWent() {
    ExtractionInput in =
        TestArticles.input(Language.RUSSIAN, LocalDate.of(2023, 5, 1), null,
            "Новость\nВстречу с Президентом Вьетнама Во Ван Тхыонгом министр Сергей Лавров назвал"
                + " главным событием. По его словам, рабочая поездка во Вьетнам была полезной.");
    ExtractionResult r = EXTRACTOR.extract(in);
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals("VN", r.meetings().get(0).place().orElseThrow().country());
  }

  @Test
  void meetings_datedToAnotherOccasion_takeNeitherTheTripsPlaceNorWhereTheTextWas() {
    ExtractionInput in =
        TestArticles.input(Language.ENGLISH, LocalDate.of(2025, 12, 26), null,
            "News\nOn December 25, Ambassador Dang Minh Khoi held talks in Moscow with the"
                + " leaders of the agency. In June 2025, President Vladimir Putin met Deputy Prime"
                + " Minister Tran Hong Ha.");
    ExtractionResult r = EXTRACTOR.extract(in);
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Optional.empty(), r.meetings().get(0).place(), r.meetings().toString());
  }

  @Test
  void meetings_aMeetingWordNamingNoOne_isTheMeetingJustReported_notDatedByItsSentence() {
    ExtractionResult r =
        en("News\nMinister Nguyen Van Lam held talks with Governor Ivan Petrovsky in Moscow on"
            + " September 9, 2019. The bilateral talks aimed at implementing the agreement signed"
            + " and in effect on October 5, 2016.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(PartialDate.of(2019, 9, 9), r.meetings().get(0).date().orElseThrow());
  }

  @Test
  void meetings_theFirstMeetingNamedAsKnown_isPlacedByTheSentenceAfter() {
    ExtractionResult r =
        en("News\nGeneral Director Vu Viet Trang and Director General Andrey Kondrashov discussed"
            + " cooperation at their meeting on Wednesday.\nThe meeting took place on the sidelines"
            + " of the board meeting held in China’s Hainan province.");
    assertEquals("CN", placeOfOnlyMeeting(r).orElseThrow().country());
  }

  @Test
  void meetings_aVisitsFrame_isNoSideWhereTheSentenceBeforeNamedSomeoneOfItsCountry() {
    ExtractionResult r = vi("Tin\nThứ trưởng Nguyễn Văn Lâm cùng Phó Thủ tướng Nga Ivan Petrovsky"
        + " chụp ảnh lưu niệm tại Phân viện Puskin.\nBuổi gặp mặt diễn ra tại Phân viện Puskin"
        + " trong khuôn khổ chuyến thăm cấp Nhà nước của Tổng thống Putin.");
    assertTrue(r.meetings().stream().noneMatch(m -> ids(m).contains("vladimir-putin")),
        r.meetings().toString());
  }

  @Test
  void places_aPlaceTheReportStates_overOneCarriedFromWhereTheTextWas() {
    ExtractionResult r = en("Ties\nRussia is keen on expanding cultural and people to people"
        + " interaction with Vietnam and welcomes the decision on making Russian a compulsory"
        + " subject in Vietnamese schools.\n"
        + "Russian Prime Minister Mikhail Mishustin made his statement during a meeting with"
        + " Vietnamese President Nguyen Xuan Phuc this week.\nPresident Nguyen Xuan Phuc shakes"
        + " hands with Prime Minister Mikhail Mishustin in Moscow on December 1.");
    assertEquals("Moscow", cityOfOnlyMeeting(r));
  }

  @Test
  void meetings_aListOfWhoElseAttended_doesNotEndTheMeetingItsOtherSideCompletes() {
    ExtractionResult r = vi("Tin\nNgày 24/11, Đoàn đại biểu tỉnh Thanh Hóa do đồng chí Nguyễn Văn"
        + " Lâm, Bí thư Tỉnh ủy làm trưởng đoàn đã làm việc với Hội đồng Lập pháp thành phố Saint"
        + " Petersburg.\nCùng tham dự buổi làm việc có các đồng chí: Trần Văn Khoa, Phó Chủ tịch"
        + " HĐND tỉnh; Lê Văn Hải, Giám đốc Sở Ngoại vụ.\nĐồng chí Ivan Petrovsky, Phó Chủ tịch Hội"
        + " đồng Lập pháp thành phố Saint Petersburg tiếp và làm việc với đoàn.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of("ivan-petrovsky", "nguyen-van-lam"), ids(r.meetings().get(0)));
  }

  @Test
  void meetings_aTranscriptsSpeakerGreetingSomeoneByName_metThem() {
    // "Good afternoon, dear Mr X!": a greeting before the words of address
    ExtractionResult r = ru("Стенограмма встречи:\nВ. ПУТИН: Добрый день, уважаемый господин"
        + " То Лам! Уважаемые товарищи!\nПрежде всего хочу выразить благодарность.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of("to-lam", "vladimir-putin"), ids(r.meetings().get(0)));
  }

  @Test
  void meetings_aTitleAloneAfterAMeetingWithOneSide_namesNoOtherSide() {
    // a line broken inside a sentence: "… on his election as" / "President of …"
    ExtractionResult r = en("News\nSpeaking at the talks, President Vladimir Putin thanked the"
        + " Vietnamese delegation.\nThe President of the Russian Federation sent his regards to"
        + " General Secretary To Lam and congratulated Comrade Luong Cuong on his election as\n"
        + "President of the Socialist Republic of Vietnam.");
    assertEquals(List.of(), r.meetings(), r.meetings().toString());
  }

  @Test
  void mentions_aGivenNameAfterAFormOfAddress_isTheOneOfThatNameInAnOfficeTheArticleNames() {
    // never named in full: "Ms. Ngan" of an article that calls her "the NA Chairwoman"
    ExtractionResult r = en("News\nThe NA Chairwoman also received veterans.\nMs Ngan and"
        + " Vyacheslav Volodin held talks in Moscow.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of("nguyen-thi-kim-ngan", "vyacheslav-volodin"), ids(r.meetings().get(0)));
    // without the office, no one
    r = en("News\nThe delegation also met veterans.\nMs Ngan and Vyacheslav Volodin held talks.");
    assertEquals(0, mentionsOf(r, "nguyen-thi-kim-ngan"), r.mentions().toString());
  }

  @Test
  void mentions_aTitleOfAnOrganisationTheRegistryDoesNotKnow_standsForNoHolderItKnows() {
    ExtractionResult r = en("News\nDeputy Minister Nguyen Van Lam met Mr. Alexei Miller, Chairman"
        + " of Gazprom.\nAttending were Mr. Tran Van Binh - Chairman of the Board of Directors of"
        + " Lotus Power Corporation, and others.");
    assertEquals(1, mentionsOf(r, "alexei-miller"), r.mentions().toString());
    // a country the registry knows: its holder
    r = en("News\nPresident Vladimir Putin held talks with Deputy Minister Nguyen Van Lam.\n"
        + "The President of the Russian Federation thanked the guests.");
    assertEquals(2, mentionsOf(r, "vladimir-putin"), r.mentions().toString());
  }

  @Test
  void places_aSiteInOneCity_placesTheMeetingThere() {
    // the Joint Institute for Nuclear Research is in Dubna, as the Kremlin is in Moscow
    ExtractionResult r = en("News\nAt JINR, Ambassador Dang Minh Khoi met JINR Director Grigory"
        + " Trubnikov on May 24.");
    assertEquals("Dubna", cityOfOnlyMeeting(r));
  }

  @Test
  void places_whereSomethingWasFounded_placeNoMeeting() {
    ExtractionResult r = en("News\nThe group, founded in 1993 in Moscow, invests in Vietnam.\n"
        + "Prime Minister Pham Minh Chinh received Vladimir Yevtushenkov, chairman of the group.");
    assertEquals(Optional.empty(), placeOfOnlyMeeting(r).flatMap(Place::city));
    r = vi("Tin tức\nTập đoàn thành lập năm 1993 tại Moscow và đầu tư tại Việt Nam.\n"
        + "Thủ tướng Phạm Minh Chính tiếp ông Vladimir Yevtushenkov, Chủ tịch Tập đoàn.");
    assertEquals(Optional.empty(), placeOfOnlyMeeting(r).flatMap(Place::city));
    r = ru("Новость\nКомпания, основанная в 1993 году в Москве, инвестирует во Вьетнам.\n"
        + "Премьер-министр Фам Минь Тинь принял Владимира Евтушенкова, председателя компании.");
    assertEquals(Optional.empty(), placeOfOnlyMeeting(r).flatMap(Place::city));
  }

  @Test
  void places_inWhatASideSaid_placeNoMeeting_unlessItSpeaksOfAMeetingAgain() {
    // the place is in the words reported, not where the two worked together
    ExtractionResult r = vi("Tin tức\nLàm việc với ông Ivan Petrovsky, Phó Thủ tướng Trịnh Đình Dũng"
        + " khẳng định Chính phủ ủng hộ hợp tác phát triển đường sắt tại Việt Nam.");
    assertEquals(Optional.empty(), placeOfOnlyMeeting(r));
    r = en("News\nAt a meeting with Ivan Petrovsky, Deputy Prime Minister Trinh Dinh Dung affirmed"
        + " that the government supports railway projects in Vietnam.");
    assertEquals(Optional.empty(), placeOfOnlyMeeting(r));
    // what was said names a meeting: the place is that meeting's
    r = ru("Новость\nМедведев заметил, что Нгуен Ван Лам был в Казани и встретился с Иваном"
        + " Петровским.");
    assertEquals("RU", placeOfOnlyMeeting(r).orElseThrow().country());
  }

  @Test
  void places_inAQuotation_placeNoMeeting_unlessTheQuotationIsAShortName() {
    // the quoted words are what a side said, not where the two met
    ExtractionResult r = en("News\n\"Our joint venture has worked for forty years in Vietnam and"
        + " in Russia,\" Nguyen Van Lam said at a meeting with Ivan Petrovsky.");
    assertEquals(Optional.empty(), placeOfOnlyMeeting(r));
    r = en("News\nNguyen Van Lam said at a meeting with Ivan Petrovsky: \"Our joint venture has"
        + " worked for forty years in Vietnam\".");
    assertEquals(Optional.empty(), placeOfOnlyMeeting(r));
    // a short quotation names an event: the place in it is where the event is
    r = en("News\nNguyen Van Lam met Ivan Petrovsky at the opening of \"Culture Week in Hanoi\".");
    assertEquals("Hanoi", placeOfOnlyMeeting(r).flatMap(Place::city).orElseThrow());
  }

  @Test
  void meetings_inThePresenceOfAListEndingInATitleAndItsName_haveNoneOfTheListAsSides() {
    // named before in full, the secretary is named by his title before his name
    ExtractionResult r = EXTRACTOR.extract(TestArticles.input(Language.RUSSIAN,
        LocalDate.of(2024, 11, 29), null, "Новость\nВ Петербург прибыл Чан Куок Кыонг.\nДокумент"
        + " подписали губернатор Иван Петровский и посол Нгуен Ван Лам в присутствии губернатора"
        + " Александра Беглова и секретаря партийного комитета провинции Дьенбьен"
        + " Социалистической Республики Вьетнам Чан Куок Кыонга."));
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of("ivan-petrovsky", "nguyen-van-lam"), ids(r.meetings().get(0)));
  }

  @Test
  void meetings_inThePastPerfect_areRecalled() {
    ExtractionResult r = en("News\nThe leader noted that he had held meetings with President Ivan"
        + " Petrovsky.\nPrime Minister Nguyen Van Lam spoke first.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertTrue(r.meetings().get(0).recalled(), r.meetings().toString());
  }

  @Test
  void meetings_saidToBeMany_areRecalledAndNotPlacedAtTheDateline() {
    for (ExtractionResult r : List.of(
        en("News\nMOSCOW, September 21. President Ivan Petrovsky noted that he repeatedly met with"
            + " President Nguyen Van Lam."),
        ru("Новость\nМОСКВА, 21 сентября. Президент Иван Петровский отметил, что неоднократно"
            + " встречался с президентом Нгуен Ван Ламом."),
        vi("Tin\nMátxcơva, ngày 21/9. Tổng thống Ivan Petrovsky cho biết đã nhiều lần gặp Chủ tịch"
            + " nước Nguyễn Văn Lâm."))) {
      assertEquals(1, r.meetings().size(), r.meetings().toString());
      assertTrue(r.meetings().get(0).recalled(), r.meetings().toString());
      assertEquals(Optional.empty(), r.meetings().get(0).place(), r.meetings().toString());
    }
  }

  @Test
  void meetings_thePastTheWordsReportedSpeakOf_farFromTheMeetingWord_isNotTheMeetings() {
    ExtractionResult r = vi("Tin\nChào mừng Thống đốc Ivan Petrovsky thăm Việt Nam, Chủ tịch nước"
        + " Nguyễn Văn Lâm khẳng định nhân dân Việt Nam luôn ghi nhớ sự giúp đỡ mà nhân dân Liên Xô"
        + " đã dành cho Việt Nam trong sự nghiệp đấu tranh giải phóng dân tộc trước đây.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertFalse(r.meetings().get(0).recalled(), r.meetings().toString());
    // near the meeting word, names and titles between, it recalls the meeting
    r = vi("Tin\nTrước đây, Chủ tịch nước Nguyễn Văn Lâm đã tiếp Thống đốc Ivan Petrovsky.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertTrue(r.meetings().get(0).recalled(), r.meetings().toString());
    // right after a day, "vừa qua" is the last such day: the day of what is reported
    r = vi("Tin\nNgày 5/1 vừa qua, Thủ tướng Nguyễn Văn Lâm đã tiếp ông Ivan Petrovsky.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertFalse(r.meetings().get(0).recalled(), r.meetings().toString());
    assertEquals("--01-05", r.meetings().get(0).date().map(Object::toString).orElse(null));
  }

  @Test
  void meetings_earlierTheSameDay_areOnThatDayNotRecalled() {
    for (ExtractionResult r : List.of(
        en("News\nPresident Ivan Petrovsky received Ambassador Nguyen Van Lam on May 5. Earlier the"
            + " same day, Governor Pavel Orlovsky met Ambassador Nguyen Van Lam."),
        vi("Tin\nNgày 5/5, Tổng thống Ivan Petrovsky tiếp Đại sứ Nguyễn Văn Lâm. Trước đó, cùng ngày,"
            + " Thống đốc Pavel Orlovsky đã gặp Đại sứ Nguyễn Văn Lâm."))) {
      assertEquals(2, r.meetings().size(), r.meetings().toString());
      for (Meeting m : r.meetings()) {
        assertFalse(m.recalled(), r.meetings().toString());
        assertEquals("--05-05", m.date().map(Object::toString).orElse(null), m.toString());
      }
    }
  }

  @Test
  void meetings_firstOfAllOrRememberingNow_recallNothingOrAMeetingPast() {
    ExtractionResult r = ru(
        "Новость\nПрежде всего губернатор Иван Петровский провел встречу с послом Нгуен Ван"
            + " Ламом.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertFalse(r.meetings().get(0).recalled(), "'прежде всего' is 'first of all'");
    r = ru("Новость\nГубернатор Иван Петровский с благодарностью вспоминает встречу с послом Нгуен"
            + " Ван Ламом.");
    assertTrue(r.meetings().get(0).recalled(), r.meetings().toString());
    // having recalled: "напомнив"
    r = ru("Новость\nНапомнив о встрече с послом Нгуен Ван Ламом, губернатор Иван Петровский"
            + " выступил на форуме.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertTrue(r.meetings().get(0).recalled(), r.meetings().toString());
  }

  @Test
  void meetings_theDelegationOfACountry_isHeadedByItsSideOfTheLastMeeting() {
    ExtractionResult r =
        en("President Luong Cuong received KPRF Chairman Gennady Zyuganov in Hanoi.\n"
            + "The Russian delegation also held talks with Prime Minister Pham Minh Chinh.");
    Set<Set<String>> pairs = new HashSet<>();
    r.meetings().forEach(m -> pairs.add(ids(m)));
    assertEquals(Set.of(Set.of("luong-cuong", "gennady-zyuganov"),
        Set.of("pham-minh-chinh", "gennady-zyuganov")), pairs);
  }

  @Test
  void meetings_aMeetingWordNamingNoOne_goesOnWithTheMeetingJustReported() {
    ExtractionResult r =
        vi("Ký bản ghi nhớ\nThứ trưởng Trương Thanh Hoài và Thứ trưởng Nga Alexey Gruzdev đã ký"
            + " Bản ghi nhớ về hợp tác công nghiệp.\nBản ghi nhớ được ký kết ngày 20/11 tại Hà Nội.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals("--11-20", r.meetings().get(0).date().orElseThrow().toString());
    assertEquals(Optional.of("Hanoi"), r.meetings().get(0).place().orElseThrow().city());
  }

  @Test
  void meetings_aCaptionOfNamesOnly_showsTheTwoTogether() {
    ExtractionResult r =
        en("Trade talks\nPrime Minister Nguyen Tan Dung and Prime Minister Dmitry Medvedev.\n"
            + "Trade between the two countries fell last year.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of("nguyen-tan-dung", "dmitry-medvedev"), ids(r.meetings().get(0)));
  }

  @Test
  void meetings_ofAVisit_areWhereTheVisitorWent_withTheVisitorBetween() {
    ExtractionInput in =
        TestArticles.input(Language.RUSSIAN, LocalDate.of(2015, 4, 7), null,
            "Новость\nНгуен Тан Зунг и Дмитрий Медведев\nВ рамках визита премьер-министра России"
                + " Дмитрия Медведева в Ханой подписаны соглашения.");
    ExtractionResult r = EXTRACTOR.extract(in);
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Optional.of("Hanoi"), r.meetings().get(0).place().orElseThrow().city());
  }

  @Test
  void meetings_aCaptionAndAReport_areOneMeetingEvidencedByTheReport() {
    ExtractionResult r =
        en("Trade talks\nPrime Minister Nguyen Tan Dung and Prime Minister Dmitry Medvedev.\n"
            + "Prime Minister Nguyen Tan Dung held talks with Dmitry Medvedev in Hanoi.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertTrue(r.meetings().get(0).evidence().sentence().contains("held talks"),
        r.meetings().get(0).evidence().sentence());
  }

  @Test
  void meetings_titleAndBodyRestatingOneEvent_areMerged() {
    ExtractionResult r =
        vi("Tổng Bí thư Nguyễn Phú Trọng điện đàm với Tổng thống Putin\n"
            + "Ngày 11/6, Tổng Bí thư Nguyễn Phú Trọng đã có cuộc điện đàm với Tổng thống Nga"
            + " Vladimir Putin.");
    assertEquals(1, r.meetings().size());
    assertEquals(MeetingKind.PHONE_CALL, r.meetings().get(0).kind());
    assertEquals("--06-11", r.meetings().get(0).date().orElseThrow().toString());
    assertEquals(Set.of(PartyId.CPV), r.meetings().get(0).parties());
  }

  @Test
  void meetings_greetingsConveyed_doNotMakeAParticipant() {
    ExtractionResult r =
        en("Trọng meets Mironov\n"
            + "General Secretary Nguyễn Phú Trọng met A Just Russia Chairman Sergey Mironov and"
            + " conveyed greetings to President Vladimir Putin.");
    assertEquals(1, r.meetings().size());
    assertEquals(Set.of("nguyen-phu-trong", "sergey-mironov"), ids(r.meetings().get(0)));
    assertTrue(persons(r).contains("vladimir-putin"));
  }

  @Test
  void meetings_invitation_isNoMeeting() {
    ExtractionResult r =
        vi("Lời mời\nTổng Bí thư Tô Lâm trân trọng mời Tổng thống Putin thăm Việt Nam.");
    assertTrue(r.meetings().isEmpty(), r.meetings().toString());
  }

  @Test
  void meetings_letter_isALetter() {
    ExtractionResult r =
        vi("Điện mừng\nTổng Bí thư Tô Lâm gửi điện mừng Tổng thống Nga Vladimir Putin.");
    assertEquals(MeetingKind.LETTER, r.meetings().get(0).kind());
  }

  @Test
  void meetings_pastMeetingWithBothSides_isRecalled() {
    ExtractionResult r =
        en("Ties\nThe two leaders recalled the talks between General Secretary Nguyễn Phú Trọng"
            + " and President Vladimir Putin in Sochi.");
    assertEquals(1, r.meetings().size());
    assertTrue(r.meetings().get(0).recalled());
    assertEquals("Sochi", r.meetings().get(0).place().orElseThrow().city().orElseThrow());
  }

  @Test
  void persons_aForeignSpeakerOrAnOrganisationsOfficer_namedWithTheTitle_areFound() {
    ExtractionResult r =
        en("Talks\nChairman Tran Thanh Man met Fukushiro Nukaga, Speaker of the House of"
            + " Representatives of Japan, and Secretary General of the Black Sea Economic"
            + " Cooperation Organisation Lazar Comanescu.");
    assertNamesAtLeast(r, "fukushiro-nukaga", "lazar-comanescu");
  }

  @Test
  void persons_aGroupAfterATitleWord_isNoOne() {
    ExtractionResult r = vi("Kazan\nThủ tướng Phạm Minh Chính lên đường dự Hội nghị BRICS mở rộng"
        + " theo lời mời của Tổng thống Vladimir Putin, Chủ tịch Nhóm BRICS năm 2024.");
    assertEquals(Set.of("pham-minh-chinh", "vladimir-putin"), persons(r));
  }

  @Test
  void persons_aSovietLeadersSurnameAfterAnotherGivenName_isSomeoneElse() {
    ExtractionResult r = ru("Визит\nСергей Шойгу посетил Вьетнам, сообщила корреспондент Елена"
        + " Черненко.");
    assertEquals(Set.of("sergei-shoigu"), persons(r));
  }

  @Test
  void meetings_officialsOfTwoCountriesReceivedTogether_eachOfTheCountryNamedAfterTheirName() {
    ExtractionResult r = en("Talks\nDeputy Prime Minister Nguyen Van Lam received General Ivan"
        + " Petrovsky of Russia and Major General Li Wenhua of China.");
    assertEquals(List.of(Set.of("nguyen-van-lam", "ivan-petrovsky")),
        r.meetings().stream().map(ExtractorTest::ids).toList());
  }

  @Test
  void persons_otherCountriesLeadersAtSummits_areTheRegistrys() {
    ExtractionResult ru =
        ru("Саммит\nПутин провёл встречу с президентом Узбекистана Шавкатом Мирзиёевым и"
            + " президентом США Джорджем Бушем.");
    assertNamesAtLeast(ru, "shavkat-mirziyoyev", "george-w-bush");
    ExtractionResult en = en("Summit\nPM Phuc also met with German Chancellor Angela Merkel and"
        + " South Korea's President Moon Jae-in.");
    assertNamesAtLeast(en, "angela-merkel", "moon-jae-in");
  }

  @Test
  void persons_transliteratedNames_findTheRegistryPerson() {
    ExtractionResult r =
        vi("Gặp gỡ\nChủ tịch Đảng Cộng sản Liên bang Nga G. Du-ga-nốp tiếp Bộ trưởng Ngoại giao"
            + " Bùi Thanh Sơn; X. La-vrốp và Đ. Mét-vê-đép cũng có mặt.");
    assertEquals(
        Set.of("bui-thanh-son", "dmitry-medvedev", "gennady-zyuganov", "sergey-lavrov"),
        persons(r));
    assertEquals(Set.of("bui-thanh-son", "gennady-zyuganov"), ids(r.meetings().get(0)));
  }

  @Test
  void persons_initialsBeforeASurname_areTheFullNameOfThatInitial() {
    ExtractionResult r = en("News\nThe memorandum was signed in the presence of Governor I."
        + " Petrovsky.\nGovernor Ivan Petrovsky then met Minister Nguyen Van Lam.");
    assertEquals(Set.of("ivan-petrovsky", "nguyen-van-lam"), persons(r));
    // another initial is someone else
    ExtractionResult other = en("News\nThe memorandum was signed in the presence of Governor A."
        + " Petrovsky.\nGovernor Ivan Petrovsky then met Minister Nguyen Van Lam.");
    assertTrue(persons(other).contains("a-petrovsky"), persons(other).toString());
  }

  @Test
  void persons_aRussianNameOneLetterOffAListedRussians_isThatPerson_whateverTheTitle() {
    // a Russian given name and a surname with a Russian ending make a Russian: the listed Russian
    // of that given name and a surname a letter off is he, though "head" is none of his titles
    ExtractionResult r = en("Security\nAlexander Vasilyevich Bornikov, head of the security"
        + " service, also spoke at the conference.");
    assertEquals(Set.of("alexander-bortnikov"), persons(r));
  }

  @Test
  void persons_misspelledInOfficialStyle_findTheRegistryPerson() {
    ExtractionResult r =
        en("Security talks\nThe Russian delegation was led by its Secretary Patrusev Nikolay"
            + " Platonovich.");
    assertEquals(Set.of("nikolai-patrushev"), persons(r));
    // a surname one letter off a listed one, whose spelled-out given name is another, is someone
    // else: "V. Zolotov" in the registry is Viktor, not Vladimir
    ExtractionResult other = en("Institute\nThe Institute President Kolotov Vladimir Nikolaevich"
        + " said that the Institute had organized workshops.");
    assertEquals(Set.of("vladimir-kolotov"), persons(other));
  }

  @Test
  void persons_surnameOnlyParticipant_inEnglish() {
    ExtractionResult r =
        en("Lavrov meets Son\nForeign Minister Bùi Thanh Sơn met Lavrov in Moscow on March 3.");
    assertEquals(Set.of("bui-thanh-son", "sergey-lavrov"), ids(r.meetings().get(0)));
  }

  @Test
  void persons_vietnameseGivenName_needsATitle_andAFullMentionOrTheOffice() {
    // without a full mention, only after the title of an office he held
    assertTrue(persons(vi("Tin\nChủ tịch nước Phúc phát biểu.")).contains("nguyen-xuan-phuc"));
    assertFalse(persons(vi("Tin\nĐại sứ Phúc phát biểu.")).contains("nguyen-xuan-phuc"));
    ExtractionResult r =
        vi("Tin\nChủ tịch nước Nguyễn Xuân Phúc đến Nga. Chủ tịch nước Phúc phát biểu. Hạnh Phúc"
            + " là điều quan trọng.");
    long phuc = mentionsOf(r, "nguyen-xuan-phuc");
    assertEquals(2, phuc);
  }

  @Test
  void persons_afterAColon_areAListUnlessALabelOpensIt() {
    assertEquals(Set.of("bui-dinh-khang", "pham-van-hoa"),
        persons(vi("Đoàn\nTham gia đoàn có các đồng chí: Bùi Đình Khang - Phó Chủ tịch UBND tỉnh;"
            + " Phạm Văn Hoá - Giám đốc Sở Công thương.")));
    assertEquals(Set.of(), persons(vi("Đoàn\nẢnh: Bùi Đình Khang")));
  }

  @Test
  void persons_institutionNamedAfterSomeone_isNoMention() {
    ExtractionResult r =
        vi("Hợp tác\nHọc viện Chính trị Quốc gia Hồ Chí Minh hợp tác với Trường Đảng. Đoàn đến"
            + " Thành phố Hồ Chí Minh.");
    assertFalse(persons(r).contains("ho-chi-minh"));
    ExtractionResult monument =
        vi("Viếng\nĐoàn đặt hoa tại tượng đài Chủ tịch Hồ Chí Minh và Lăng Lenin.");
    assertEquals(Set.of("ho-chi-minh", "vladimir-lenin"), persons(monument));
  }

  @Test
  void persons_aPersonsNameThatIsAlsoACitysShortName_isTheCityAfterInOrInAListOfPlaces() {
    assertEquals(Set.of(), persons(en("Fleet\nThe ships were met by Russia's consul general in Ho"
        + " Chi Minh. Singers will perform in the cities of Hanoi and Ho Chi Minh.")));
    assertEquals(Set.of(), persons(en("Ports\nShips sail between Vladivostok and the ports of Hai"
        + " Phong and Ho Chi Minh, and the union met in Ho Chi Minh city.")));
    // a capitalised word or a possessive after the name, or no place before "and": the person
    assertEquals(Set.of("ho-chi-minh"), persons(en("Visit\nThe delegation laid a wreath in Ho Chi"
        + " Minh Mausoleum.")));
    assertEquals(Set.of("ho-chi-minh"), persons(en("Expo\nThe talks on Vietnam and Ho Chi Minh's"
        + " heritage went on.")));
    assertEquals(Set.of("ho-chi-minh", "vladimir-lenin"), persons(en("Books\nThe books of Lenin and Ho Chi Minh were"
        + " shown.")));
  }

  @Test
  void persons_capitalisedWordsBeforeABodysWordInLowerCase_nameWhatTheBodyIsOf() {
    // "the East Asia department": the department's region, not a person after the title "head"
    assertEquals(Set.of(), persons(en("Visit\nThe head of the East Asia department of the State"
        + " Department will visit Hanoi. The head of the Khanh Hoa province will come too.")));
  }

  @Test
  void places_aVisitorWhoFlewIn_placesTheReportsMeetingsInTheCountryHeFlewTo() {
    ExtractionResult r = ru("Переговоры\nПрезидент России Владимир Путин во время переговоров"
        + " поздравил То Лама. Накануне Путин прилетел во Вьетнам в рамках государственного визита.");
    assertEquals("VN", placeOfOnlyMeeting(r).orElseThrow().country());
  }

  @Test
  void places_ofATourTheVietnameseOrRussianLegTravelledOnToIsWhereTheTwoMet() {
    assertEquals("VN", placeOfOnlyMeeting(en("Talks\nAfter visiting North Korea, President"
        + " Vladimir Putin went to Vietnam, where he held talks with President To Lam."))
        .orElseThrow().country());
    assertEquals("VN", placeOfOnlyMeeting(en("Talks\nAfter visiting North Korea, President"
        + " Vladimir Putin arrived in Vietnam, where he held talks with President To Lam."))
        .orElseThrow().country());
    assertEquals("VN", placeOfOnlyMeeting(ru("Переговоры\nПосле посещения Северной Кореи, Путин"
        + " отправился во Вьетнам, где провел переговоры с главой государства То Ламом."))
        .orElseThrow().country());
  }

  @Test
  void meetings_aRelativeClauseDatingADocumentsSigning_isNoSigningInTheText() {
    ExtractionResult r = en("Talks\nPresident Ivan Petrovsky held talks with President Nguyen Van"
        + " Lam on June 29.\nThe two sides concurred to carry out the trade agreement that was"
        + " signed on May 29, 2015.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
  }

  @Test
  void titles_aDeputysTitle_isNoStandInForTheMinister() {
    ExtractionResult r =
        en("Talks\nForeign Minister Sergey Lavrov spoke on Monday. The weather was fine. On"
            + " Tuesday, Deputy Minister of Foreign Affairs of Russia received Vietnamese Ambassador"
            + " Dang Minh Khoi in Moscow.");
    assertEquals(List.of(), r.meetings(), r.meetings().toString());
  }

  @Test
  void meetings_aSideNamedByAnOfficeNoOneHolds_takesNoHostFromTheNextSentence() {
    ExtractionResult r =
        en("Talks\nOn Tuesday, Deputy Minister of Foreign Affairs of Russia received Vietnamese"
            + " Ambassador Dang Minh Khoi in Moscow. Foreign Minister Sergey Lavrov spoke on"
            + " Monday.");
    assertEquals(List.of(), r.meetings(), r.meetings().toString());
  }

  @Test
  void persons_anEpithetNamesThePersonOnItsOwn_aShortFormOnlyAfterTheFullName() {
    assertEquals(Set.of("ho-chi-minh"),
        persons(vi("Kỷ niệm\nNăm 2023 đánh dấu 100 năm ngày Bác Hồ đến Nga.")));
    assertEquals(Set.of("ho-chi-minh"),
        persons(en("Anniversary\nThe year marks a century since Uncle Ho came to Russia.")));
    assertEquals(Set.of(), persons(vi("Kỷ niệm\nÔng Trọng đến Nga.")));
  }

  @Test
  void persons_unlistedInLatinLetters_keepTheGivenNameAsPrinted_andTheUsualSurnameEnding() {
    ExtractionResult r =
        en("Talks\nGovernor Radiy Kukushkin met Rector Konstantin Mogilevskyi in Hanoi.");
    assertEquals(Set.of("radiy-kukushkin", "konstantin-mogilevsky"), persons(r));
    // -ая letter by letter: -aya
    assertEquals(Set.of("natalia-kukushkinskaya"),
        persons(en("Talks\nDirector Natalia Kukushkinskaia met the guests in Hanoi.")));
  }

  @Test
  void persons_surnameFirstAfterAnOrganisationsName_isTheTitlesHolder() {
    ExtractionResult r = en("Talks\nVice Secretary Nguyen Van Lam received Deputy Chairwoman of the"
        + " Federation of Trade Unions of Kaluga region, Petrovskaya Maria.");
    assertEquals(Set.of("nguyen-van-lam", "maria-petrovskaya"), persons(r));
    assertEquals(1, r.meetings().size(), r.meetings().toString());
  }

  @Test
  void meetings_aCounterpartOfNoKnownCountry_listedAmongTheOtherSides_isOfThatSide() {
    ExtractionResult r = en("News\nDuring the trip to Yakutia, Consul General Nguyen Van Lam also"
        + " held talks with Minister of Ethnic Affairs Gavril Kirillinsky, Minister of Trade Timur"
        + " Petrovsky and Mayor of Yakutsk Sergey Pavlov.");
    assertEquals(3, r.meetings().size(), r.meetings().toString());
    assertTrue(r.meetings().stream().anyMatch(m -> ids(m).contains("gavril-kirillinsky")),
        r.meetings().toString());
  }

  @Test
  void persons_aSurnameBeforeItsInitials_isReadAsTheInitialsThenTheSurname() {
    // Russian official style: "Kukushkin M.A." is M. A. Kukushkin, in any case in Cyrillic
    assertEquals(Set.of("nguyen-van-lam", "m-kukushkin"), persons(en("Talks\nDeputy Minister"
        + " Nguyen Van Lam met Deputy Minister of Justice Kukushkin M.A in Moscow.")));
    assertEquals(Set.of("nguyen-van-lam", "a-kukushkin"),
        persons(ru("Встреча\n"
            + "Министр Нгуен Ван Лам встретился с заместителем министра Кукушкиным А.Э. в Москве.")));
  }

  @Test
  void persons_unlistedByTitle_getAnIdAndCountry() {
    // a made-up official: the registry must not know him
    ExtractionResult r =
        vi("Hội kiến\nThư ký Hội đồng An ninh Liên bang Nga Boris Fyodorovich Kukushkin đã hội"
            + " kiến Tổng Bí thư Tô Lâm tại Hà Nội. Kukushkin cảm ơn.");
    assertTrue(persons(r).contains("boris-kukushkin"), persons(r).toString());
    Person p = r.unlistedPersons().get(0);
    assertEquals("boris-kukushkin", p.id().value());
    assertEquals("RU", p.country().orElseThrow());
    assertFalse(p.registered());
    assertEquals(Set.of("boris-kukushkin", "to-lam"), ids(r.meetings().get(0)));
    assertEquals("Hanoi", r.meetings().get(0).place().orElseThrow().city().orElseThrow());
  }

  @Test
  void persons_unlistedDeputyPrimeMinister_inEnglish() {
    ExtractionResult r =
        en("Talks\nDeputy Prime Minister Dmitry Chernyshenko received Ambassador Đặng Minh Khôi"
            + " in Moscow.");
    assertNamesAtLeast(r, "dmitry-chernyshenko", "dang-minh-khoi");
    assertEquals(1, r.meetings().size());
  }

  @Test
  void participants_anOfficeReplacesAnHonorific() {
    ExtractionResult r =
        vi("Gặp\nNgày 10/10, ông Dmitry Medvedev đã hội kiến Tổng Bí thư Tô Lâm."
            + " Chủ tịch Đảng Nước Nga Thống nhất Dmitry Medvedev hội kiến Tổng Bí thư Tô Lâm.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    Participant medvedev = participant(r, "dmitry-medvedev");
    assertEquals(java.util.Optional.of("Chủ tịch Đảng Nước Nga Thống nhất"), medvedev.title());
  }

  @Test
  void participants_aTitlesPhraseRunsOnToTheName() {
    ExtractionResult r =
        en("Talks\nGeneral Secretary To Lam received Chairman of the State Duma of the Federal"
            + " Assembly of Russia Vyacheslav Volodin.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    Participant volodin = participant(r, "vyacheslav-volodin");
    assertEquals(
        java.util.Optional.of("Chairman of the State Duma of the Federal Assembly of Russia"),
        volodin.title());
  }

  @Test
  void participants_stackedTitlesAreAllTheNames() {
    ExtractionResult r =
        en("Talks\nPrime Minister Nguyen Xuan Phuc met President Vladimir Putin. Deputy Prime"
            + " Minister and Foreign Minister Pham Binh Minh met Foreign Minister Sergey Lavrov.");
    Participant minh = participant(r, "pham-binh-minh");
    assertEquals(java.util.Optional.of("Deputy Prime Minister and Foreign Minister"), minh.title());
  }

  @Test
  void persons_unlistedName_dropsAnEnglishPossessive() {
    ExtractionResult r =
        en("Visit\nDeputy Prime Minister Đặng Xuân Nam's visit to Moscow went well.");
    assertTrue(persons(r).contains("dang-xuan-nam"), persons(r).toString());
  }

  @Test
  void parties_bareCapitalisedParty_isTheCpv() {
    assertEquals(Set.of("CPV"), parties(vi("Tin\nĐảng ta luôn coi trọng. Ban Chấp hành Trung"
        + " ương Đảng họp.")));
    assertEquals(Set.of(), parties(vi("Tin\nĐảng Dân chủ Mỹ họp; các đảng phái.")));
    assertEquals(Set.of(), parties(vi("Tin\nÔng Ivan Petrovsky, lãnh đạo khối Đảng chính trị"
        + " “Những con người mới”, phát biểu.")));
    // the parties of several countries are no one party
    assertEquals(Set.of(), parties(vi("Tin\nÔng gặp các nhà lãnh đạo Đảng của các nước xã hội"
        + " chủ nghĩa.")));
  }

  @Test
  void parties_bareCapitalisedPartyAfterAnotherNamedInFull_isThatParty() {
    assertEquals(Set.of("CPSU"), parties(vi("Tin\nÔng phụ trách các Đại hội Đảng Cộng sản Liên Xô"
        + " và những hoạt động quốc tế của Đảng.")));
    // unless its own country follows it
    assertEquals(Set.of("KPRF", "CPV"), parties(vi("Tin\nĐảng Cộng sản Liên bang Nga đánh giá"
        + " cao Đảng và Nhà nước Việt Nam.")));
  }

  @Test
  void parties_bareCapitalisedPartyInRussian_isTheCpv_unlessANameInQuotesFollows() {
    assertEquals(Set.of("CPV"), parties(ru("Новость\nВице-премьер подчеркнул, что Партия,"
        + " Государство и народ Вьетнама высоко ценят отношения с Россией.")));
    assertEquals(Set.of(), parties(ru("Новость\nОн выступил на съезде Партии «Новые люди».")));
    assertEquals(Set.of(), parties(vi("Tin\nÔng phát biểu tại Đại hội Đảng “Nước Nga Mới”.")));
  }

  @Test
  void parties_communistPartyWithoutItsCountry_isTheCpvInVietnamese() {
    assertEquals(Set.of("CPV"), parties(vi("Tin\nNguyên Tổng Bí thư BCH TƯ Đảng Cộng sản – ông"
        + " Nguyễn Văn Lâm.")));
    assertEquals(Set.of("KPRF"), parties(vi("Tin\nĐảng Cộng sản Liên bang Nga họp.")));
  }

  @Test
  void persons_capitalisedWordsAfterAKindOfPlace_nameThePlace_notAPerson() {
    assertEquals(Set.of(), persons(vi("Tin\nPhó Chủ tịch UBND tỉnh Khánh Hòa phát biểu.")));
    assertEquals(Set.of("pham-thi-thanh-tra"), persons(vi("Tin\nChủ tịch UBND tỉnh Yên Bái"
        + " Phạm Thị Thanh Trà phát biểu.")));
    assertEquals(Set.of("nguyen-van-lam"), persons(vi("Tin\nChủ tịch HĐND thành phố Nguyễn Văn Lâm"
        + " phát biểu.")));
  }

  @Test
  void persons_aPlaceWrittenAsAName_namesNoOne_norDoWordsAfterIt() {
    assertEquals(Set.of(), persons(vi("Tin\nCác tàu của Hạm đội Thái Bình Dương đã rời cảng.")));
    // "Nga" after it is also a given name: the run is still the fleet's name
    assertEquals(Set.of(), persons(vi("Tin\nCác chiến sĩ Hạm đội Thái Bình Dương Nga đã tham quan.")));
  }

  @Test
  void persons_capitalisedWordsAfterATitleOpeningWithAnInstitutionWord_nameNoOne() {
    // the words after "Hiệu trưởng" are the school's; read as a name, the earlier "Đại" would be
    // its short form
    assertEquals(Set.of("nguyen-van-long"),
        persons(vi("Tin\nTại Trường Đại học PCCC, Bộ Công an tổ chức buổi gặp mặt.\nVề phía Việt"
            + " Nam có đồng chí Nguyễn Văn Long – Hiệu trưởng Trường Đại học PCCC.")));
  }

  @Test
  void persons_aThirdCountrysTitleBeforeAName_givesThatPerson() {
    // "Ethiopia" is a country: the title is Ethiopia's prime minister's, not Vietnam's
    assertEquals(Set.of("vladimir-putin", "abiy-ahmed"), persons(en("News\nVladimir Putin held"
        + " talks with Prime Minister of Ethiopia Abiy Ahmed.\nPrime Minister Pham Minh Chinh"
        + " spoke.")).stream().filter(id -> !id.equals("pham-minh-chinh"))
        .collect(java.util.stream.Collectors.toSet()));
    assertNamesAtLeast(en("News\nThe delegation was welcomed by State Secretary of the Ministry"
        + " of Foreign Affairs of Norway Marianne Hagen."), "marianne-hagen");
  }

  @Test
  void persons_summitLeadersTheRegistryLists_areFoundUntitled() {
    // leaders that summit reports name in passing, without a title the id rule would need
    assertNamesAtLeast(ru("Новости\nДо этого Путин провёл встречи с Дени Сассу-Нгессо, Эмомали"
        + " Рахмоном и Шахбазом Шарифом."), "denis-sassou-nguesso", "emomali-rahmon",
        "shehbaz-sharif");
  }

  @Test
  void place_aVisitTheMeetingWasHeldDuring_notAnArrivalAfterIt() {
    assertEquals("RU", placeOfOnlyMeeting(en("News\nPrior to his arrival in Norway, Prime Minister"
        + " Nguyen Xuan Phuc paid an official visit to Russia, during which he held talks with his"
        + " Russian counterpart Dmitry Medvedev.")).orElseThrow().country());
  }

  @Test
  void place_aSideVisitingACountry_inTheParticiple_placesTheMeeting() {
    assertEquals(Optional.of("VN"), placeOfOnlyMeeting(ru("Новости\nВ конце июня Нгуен Фу Чонг"
        + " провел переговоры с Президентом России Владимиром Путиным, посетившим Вьетнам."))
        .map(p -> p.country()));
  }

  @Test
  void persons_aNameInAnInstitutionsNameInQuotesOrInAnotherCase_isNoMention() {
    Map<String, Set<String>> cases = Map.of(
        // the institute's director is named, its namesake is not
        "Участвовал научный руководитель проекта «Институт Хо Ши Мина СПбГУ» профессор Колотов.",
        Set.of("vladimir-kolotov"),
        "Он выступил в Институте Хо Ши Мина.", Set.of(),
        "Университет посетила делегация Центрального комитета Союза молодежи Хо Ши Мина.",
        Set.of(),
        "Посол вручил награду Институту Хо Ши Мина.", Set.of(),
        "Затем открыли памятный знак на проспекте Хо Ши Мина.", Set.of(),
        // the generic word in lower case, and a union "named after" its namesake
        "В Москве открылся первый институт Хо Ши Мина.", Set.of(),
        "Приехал секретарь ЦК Союза Коммунистической молодёжи имени Хо Ши Мина.", Set.of());
    cases.forEach((sentence, want) -> {
      ExtractionResult r = EXTRACTOR.extract(
          TestArticles.input(Language.RUSSIAN, null, null, "Новость\n" + sentence));
      assertEquals(want, persons(r), sentence);
    });
  }

  @Test
  void persons_aShipNamedAfterSomeone_isNoMention() {
    assertEquals(Set.of(), persons(ru(
        "Новости\nВ порт прибыл большой морской танкер \"Борис Бутома\" Тихоокеанского флота.")));
    assertEquals(Set.of(), persons(en("News\nThe tanker \"Boris Butoma\" arrived in Da Nang.")));
  }

  @Test
  void persons_aVietnameseNameInTheWesternOrder_isTheRegistrysPerson() {
    assertEquals(Set.of("dang-minh-khoi"), persons(en("Forum\nThe forum was also attended by"
        + " Vietnamese Ambassador Extraordinary and Plenipotentiary to Russia Minh Khoi Dang.")));
  }

  @Test
  void persons_anArmysName_isNoOnesName() {
    assertEquals(Set.of(), persons(en("News\nThe memorandum between the General Department of"
        + " Politics of the Vietnam People's Army and the General Military-Political Department of"
        + " the Russian Armed Forces was signed.")));
  }

  @Test
  void persons_aPeriodicalsNameAfterATitle_isNoOnesName() {
    assertEquals(Set.of("truong-giang-long", "boris-komotsky"),
        persons(en("News\nTruong Giang Long, Deputy Editor-in-Chief of the Communist Review - the"
            + " organ of the Party - and Boris Komotskiy met in Moscow.")));
  }

  @Test
  void persons_nameOfAThingNamedAfterAPerson_isNoMention() {
    assertEquals(Set.of(), persons(vi("Tin\nĐoàn thăm Trường THPT số 76 mang tên Chủ tịch Hồ Chí"
        + " Minh.")));
    assertEquals(Set.of(), persons(en("Visit\nThe delegation visited a school named after"
        + " President Ho Chi Minh.")));
    assertEquals(Set.of(), persons(vi("Tin\nHội đàm tại trụ sở (số 5 Lý Thường Kiệt, Hà Nội).")));
    assertEquals(Set.of(), persons(vi("Tin\nĐoàn làm việc với T.Ư Đoàn TNCS Hồ Chí Minh.")));
    assertEquals(Set.of(), persons(en("Award\nThe consul worked with the Ho Chi Minh Union of"
        + " Friendship Organizations and received the Ho Chi Minh Order.")));
    assertEquals(Set.of(), persons(en("Expo\nThe Expo opens at the exhibition centre on Do Duc Duc"
        + " street, Nam Tu Liem district, Hanoi.")));
  }

  @Test
  void persons_titlesSetOffAfterAName_standForNoOneNamedLater() {
    assertEquals(Set.of("nguyen-van-lam", "le-thi-hoa"), persons(vi("Tin\nAnh Nguyễn Văn Lâm, Ủy"
        + " viên Ban Chấp hành, Bí thư T.Ư Đoàn, đã tiếp đoàn. Cùng dự có chị Lê Thị Hoa, Bí thư"
        + " T.Ư Đoàn.")));
  }

  @Test
  void persons_titlePhraseGoesOnPastAPlacesPossessive() {
    assertTrue(persons(en("Talks\nHe received Governor of Russia’s Kaluga oblast Vladislav"
        + " Shapsha.")).contains("vladislav-shapsha"));
  }

  @Test
  void persons_shortFormAfterATitle_isTheOneOfThatNameWhoHeldTheOffice() {
    assertEquals(Set.of("nguyen-xuan-phuc"),
        persons(en("Welcome\nPM Phuc and his spouse were welcomed at the airport.")));
    // someone else of that given name is named in full; a longer name goes on after the word
    assertEquals(Set.of("hoang-xuan-phuc"), persons(en("Talks\nDeputy Minister Hoang Xuan Phuc"
        + " led the delegation. Deputy Minister Phuc met the hosts.")));
    assertTrue(persons(en("Talks\nJustice Minister Phuc Van Binh met the hosts."))
        .stream().noneMatch("nguyen-xuan-phuc"::equals));
  }

  @Test
  void mentions_diacriticProseSpellsNamesWithTheirDiacritics() {
    // "Nghệ An do đồng chí" folds to "… an do …", as "Ấn Độ" does: prose that writes its
    // diacritics would have written India's too
    ExtractionResult r = vi("Tin\nĐoàn công tác tỉnh Nghệ An do đồng chí Nguyễn Văn Thông làm"
        + " Trưởng đoàn đã đến thăm Nga.");
    assertTrue(r.mentions().stream().noneMatch(m -> m.id().equals("India")), r.mentions()::toString);
    assertTrue(vi("Tin\nThủ tướng đã thăm Ấn Độ và Nga.").mentions().stream()
        .anyMatch(m -> m.id().equals("India")));
    // a sentence that writes no diacritics still finds the spellings that have them
    assertTrue(en("News\nThe minister arrived in Ha Noi on Monday.").mentions().stream()
        .anyMatch(m -> m.id().equals("Hanoi")));
  }

  @Test
  void persons_unlistedPersonsLastWordInsideAnotherName_namesNoOne() {
    // "An" of Bùi Thanh An inside the province "Nghệ An" is not him
    ExtractionResult r = vi("Tin\nPhó Chủ tịch UBND tỉnh Bùi Thanh An phát biểu. Ông An cảm ơn."
        + " Đoàn công tác tỉnh Nghệ An đã đến thăm Nga.");
    assertEquals(2, mentionsOf(r, "bui-thanh-an"), r.mentions()::toString);
  }

  @Test
  void persons_anArticleOpeningASentence_isNotTheUnlistedPersonsShortForm() {
    // "An official reception": the article, though Trần Hà An is named before; "An said" is him
    ExtractionResult r = en("News\nProfessor Ivan Petrovsky presented the award to Doctor Tran Ha"
        + " An in Dalat. An official reception was held after the ceremony. Later, An said so.");
    assertEquals(2, mentionsOf(r, "tran-ha-an"), r.mentions()::toString);
  }

  @Test
  void persons_aBodysNameAfterATitle_isNoPerson() {
    // "Complex", "Research": a body's words, however its name ends
    assertEquals(Set.of("nguyen-van-lam", "ivan-petrovsky"), persons(en("News\nPresident Nguyen"
        + " Van Lam met Prof. Ivan Petrovsky, General Director of the Eye Microsurgery Complex, in"
        + " Hanoi, and the director of the Institute for Nuclear Research.")));
  }

  @Test
  void sides_theGuestsWelcomed_areTheVisitingDelegationsLeader() {
    // not the envoy named in between
    ExtractionResult r = en("News\nOn 20 March, a delegation headed by Vice-President Nguyen Van Lam"
        + " visited Dubna. Ambassador Le Van Binh took part in the work of the delegation. At the"
        + " Directorate the guests were welcomed by Vice-Director Ivan Petrovsky.");
    assertEquals(1, r.meetings().size(), r.meetings()::toString);
    assertEquals(Set.of("nguyen-van-lam", "ivan-petrovsky"), ids(r.meetings().get(0)));
  }

  @Test
  void sides_aVisitStillToCome_framesNoMeetingBeforeIt() {
    // whose upcoming visit the session prepares did not attend it
    ExtractionResult r = en("News\nMinister Nguyen Van Lam met Ambassador Gennady Bezdetko. The"
        + " ambassador said the working session is a step of preparation for an upcoming Russia"
        + " visit by President Nguyen Xuan Phuc.");
    assertEquals(1, r.meetings().size(), r.meetings()::toString);
  }

  @Test
  void place_thirdCountryNamedAloneBeforeTheMeeting_isItsTopicNotItsPlace() {
    ExtractionResult r = en("News\nTerrorist threats existing in Syria can reach other regions of"
        + " the world. This was stated by Defence Minister Sergei Shoigu at the meeting with his"
        + " Vietnamese counterpart Ngo Xuan Lich.");
    assertEquals(1, r.meetings().size(), r.meetings()::toString);
    assertEquals(Optional.empty(), r.meetings().get(0).place());
    assertEquals(Set.of("ngo-xuan-lich", "sergei-shoigu"), persons(en("PM Visits Bulgaria\n"
        + "Defence Minister Sergei Shoigu met Ngo Xuan Lich.")));
  }

  @Test
  void persons_registeredSurnameAfterAnUnlistedNamesake_isTheNamesake() {
    ExtractionResult r = en("News\nThe delegation met with Lavrov Ivan, head of the City Duma's"
        + " commission. Lavrov said he hopes for closer ties.");
    assertEquals(Set.of("ivan-lavrov"), persons(r));
    ExtractionResult named = en("News\nSergey Lavrov met with Lavrov Ivan, head of the City"
        + " Duma's commission. Lavrov said he hopes for closer ties.");
    assertEquals(Set.of("ivan-lavrov", "sergey-lavrov"), persons(named));
  }

  @Test
  void unlisted_titledNameWithAnUnlistedGivenName_isReadBySurnameEnding() {
    ExtractionResult r = ru(
        "Новости\nГубернатора сопровождали министр культуры Ирада Аюпова и пресс-секретарь"
            + " Лилия Галимова.");
    assertEquals(Set.of("irada-ayupova", "liliya-galimova"), persons(r));
    // after a title in the genitive a man's name ends as a woman's nominative does: both words
    // in а are a man's name in the genitive
    assertEquals(Set.of("ilfat-gilmutdinov"), persons(ru(
        "Новости\nГубернатор принял министра Ильфата Гилмутдинова.")));
    assertEquals(Set.of("aidar-gilmutdinov"), persons(ru(
        "Новости\nГубернатор принял министра Айдара Гилмутдинова.")));
    // an adjective is no given name, and a surname's gender must be the given name's
    assertEquals(Set.of(), persons(ru(
        "Новости\nЕго встретил глава Великий Новгородов и министр Дворца Пионеров.")));
  }

  @Test
  void parties_aVietnamesePlacesPartyCommittee_isTheCpvs() {
    assertEquals(Set.of("CPV"), parties(en("News\nSecretary of the Hanoi Party Committee Nguyen"
        + " Van Lam received Governor Ivan Petrovsky.")));
    assertEquals(Set.of(), parties(en("News\nSecretary of the Moscow Party Committee Ivan"
        + " Petrovsky received Nguyen Van Lam.")));
    // a level of the party's organisation before the word names no other party
    assertEquals(Set.of("CPV"), parties(en("News\nNguyen Van Lam, Deputy Secretary of the"
        + " Provincial Party Committee, received Governor Ivan Petrovsky.")));
    assertEquals(Set.of(), parties(en("News\nNguyen Van Lam, a guest of the Liberal Party,"
        + " received Governor Ivan Petrovsky.")));
  }

  @Test
  void parties_vietnameseCommunistPartyWithTheAdjectiveFirst_isTheCpv() {
    ExtractionResult r = ru(
        "Новости\nПрезидент заявил, что вьетнамская Коммунистическая партия помнит эту помощь.");
    assertEquals(Set.of("CPV"), parties(r));
  }

  @Test
  void parties_barePartyWordInsideATitle_namesTheParty() {
    ExtractionResult r = vi("Tin\nThượng tướng Phan Văn Giang, Ủy viên Trung ương Đảng, hội kiến"
        + " Bộ trưởng Sergei Shoigu.");
    assertEquals(Set.of("CPV"), parties(r));
    Mention party = r.mentions().stream().filter(m -> m.kind() == MentionKind.PARTY)
        .findFirst().orElseThrow();
    assertEquals("Đảng", party.text());
    assertEquals(r.mentions().stream().mapToInt(Mention::start).sorted().boxed().toList(),
        r.mentions().stream().map(Mention::start).toList(), "mentions stay in text order");
    assertEquals(Set.of(), parties(vi("Tin\nThượng tướng Phan Văn Giang, Ủy viên Bộ Chính trị,"
        + " hội kiến Bộ trưởng Sergei Shoigu.")));
  }

  @Test
  void parties_englishBareParty_isTheCpvUnlessANameStandsBeforeIt() {
    assertEquals(Set.of("CPV"), parties(en("News\nHe met Party General Secretary Tô Lâm.")));
    assertEquals(Set.of("CPV"), parties(en("News\nThe Party's line was discussed.")));
    assertEquals(Set.of("CPV"),
        parties(en("News\nHe sent a message to Vietnamese Party General Secretary Tô Lâm.")));
    assertEquals(Set.of("CPV"), parties(en("News\nHe met Vietnam's Communist Party chief.")));
    assertEquals(Set.of(), parties(en("News\nThe Democratic Party met; a party was held.")));
    // a kind of party: the one whose member the titles after it name
    assertEquals(Set.of("CPV"), parties(en("News\nPutin met Communist Party General Secretary"
        + " Nguyen Phu Trong.")));
    assertEquals(Set.of(), parties(en("News\nPutin met Communist Party General Secretary Gennady"
        + " Zyuganov; the Communist Party spoke.")));
    assertEquals(Set.of("CPV"), parties(en("News\nPutin met party Secretary General Nguyen Phu"
        + " Trong.")));
    assertEquals(Set.of(), parties(en("News\nA party was held; the party chief spoke.")));
    // a Vietnamese city's possessive before it: the city's committee of the Party
    assertEquals(Set.of("CPV"), parties(en("News\nSecretary of Da Nang's Party Committee Nguyen"
        + " Van Lam spoke.")));
  }

  @Test
  void parties_theRussianParty_afterKprf() {
    ExtractionResult r =
        en("KPRF\nHe praised the KPRF. The support of the Russian Party is remembered.");
    List<Mention> parties =
        r.mentions().stream().filter(m -> m.kind() == io.github.vnru.model.MentionKind.PARTY)
            .toList();
    assertEquals(3, parties.size(), parties.toString());
    assertEquals("the Russian Party", parties.get(2).text());
    assertEquals("KPRF", parties.get(2).id());
  }

  @Test
  void titles_anOfficeAlone_namesNoOne() {
    ExtractionInput in =
        TestArticles.input(Language.VIETNAMESE, LocalDate.of(2019, 5, 1), null,
            "Tin\nChủ tịch Đảng Nước Nga Thống nhất phát biểu; Chủ tịch Đảng Dân chủ Tự do Nga"
                + " cũng dự.");
    assertEquals(Set.of(), persons(EXTRACTOR.extract(in)));
  }

  @Test
  void titles_anOfficeHeldLongBeforeTheArticle_standsForNoOneNamedForIt() {
    ExtractionInput in =
        TestArticles.input(Language.ENGLISH, LocalDate.of(2021, 12, 16), null,
            "News\nThe museum keeps a portrait of Vladimir Lenin. The Chairman of the Russian"
                + " State Duma Committee spoke.");
    ExtractionResult r = EXTRACTOR.extract(in);
    assertEquals(1, mentionsOf(r, "vladimir-lenin"),
        r.mentions().toString());
  }

  @Test
  void titles_standingForAPersonNamedEarlier_resolveToThatHolder() {
    ExtractionInput in =
        TestArticles.input(Language.VIETNAMESE, LocalDate.of(2019, 5, 1), null,
            "Tin\nÔng Dmitry Medvedev đến Hà Nội. Chủ tịch Đảng Nước Nga Thống nhất phát biểu.");
    ExtractionResult r = EXTRACTOR.extract(in);
    assertEquals(Set.of("dmitry-medvedev"), persons(r));
    assertEquals(2, mentionsOf(r, "dmitry-medvedev"));
  }

  @Test
  void meetings_partiesComeFromMembershipsAtTheMeetingYear() {
    ExtractionInput in =
        TestArticles.input(Language.ENGLISH, LocalDate.of(2010, 3, 1), null,
            "Talks\nPrime Minister Nguyễn Tấn Dũng met Prime Minister Vladimir Putin in Moscow.");
    Meeting m = EXTRACTOR.extract(in).meetings().get(0);
    assertEquals(Set.of(PartyId.CPV), m.parties());
  }

  @Test
  void mentions_spansPointIntoTheText() {
    String text = "Tin\nTổng thống Liên bang Nga V. Pu-tin điện đàm với Tổng Bí thư Tô Lâm.";
    ExtractionResult r = vi(text);
    for (Mention m : r.mentions()) {
      assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
    }
    assertTrue(r.persons().contains(PersonId.of("vladimir-putin")));
  }

  @Test
  void junk_namingFamousPeopleWithoutMeeting_givesNoMeeting() {
    ExtractionResult r =
        en("Headlines\nPutin, Trump and Xi Jinping were in the news; markets fell.");
    assertTrue(r.meetings().isEmpty());
    assertEquals(Set.of("donald-trump", "vladimir-putin", "xi-jinping"), persons(r));
  }

  @Test
  void explain_saysWhyAPersonIsNotASide() {
    String why = EXTRACTOR.explain(TestArticles.vi(
        "Thủ tướng Phạm Minh Chính chuyển lời thăm hỏi của Tổng Bí thư Tô Lâm và hội kiến"
            + " Tổng thống Vladimir Putin."));
    assertTrue(why.contains("person to-lam: not a side"), why);
    assertTrue(why.contains("MEETING [pham-minh-chinh, vladimir-putin]"), why);
  }

  @Test
  void explain_andOthersClosesTheListAnAttendanceCueOpens() {
    String why = EXTRACTOR.explain(TestArticles.input(Language.RUSSIAN, null, null,
        "Президент Иван Петровский провёл переговоры с министром Нгуен Ван Ламом, в переговорах"
            + " приняли участие министр Павел Смирнов, губернатор Ольга Петрова и другие."));
    assertTrue(why.contains("person pavel-smirnov: not a side"), why);
    assertTrue(why.contains("person olga-petrova: not a side"), why);
  }

  @Test
  void explain_namesTheRuleThatMadeACaptionAMeeting() {
    String why = EXTRACTOR.explain(TestArticles.en(
        "Trade talks\nPrime Minister Nguyen Tan Dung and Prime Minister Dmitry Medvedev."));
    assertTrue(why.contains("rule: names only: a photo caption"), why);
  }

  @Test
  void explain_saysAPlannedMeetingIsNone() {
    String why = EXTRACTOR.explain(TestArticles.en(
        "President Vladimir Putin will meet General Secretary To Lam."));
    assertTrue(why.contains("planned, not a meeting"), why);
    assertTrue(why.endsWith("none\n"), why);
  }

  @Test
  void meetings_theSameDay_isSpentWhereTheTextJustWas() {
    ExtractionResult r =
        en("Summit ends\nThe leaders met in Honolulu, the US, on November 12."
            + " On the same day, President Truong Tan Sang had a meeting with Russian President"
            + " Dmitry Medvedev.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals("Honolulu", r.meetings().get(0).place().orElseThrow().city().orElseThrow());
  }

  @Test
  void meetings_anAsideAboutAPerson_doesNotDateTheMeeting() {
    ExtractionResult r =
        EXTRACTOR.extract(TestArticles.input(Language.ENGLISH, LocalDate.of(2000, 7, 28), null,
            "Minister visits\nForeign Minister Igor Ivanov, who visited North Korea on July 24,"
                + " met Foreign Minister Nguyen Dy Nien in Hanoi on July 26."
                + " On the same day, President Tran Duc Luong received Igor Ivanov."));
    assertEquals(2, r.meetings().size(), r.meetings().toString());
    for (Meeting m : r.meetings()) {
      assertEquals("Hanoi", m.place().orElseThrow().city().orElseThrow(), m.toString());
      assertEquals(PartialDate.of(LocalDate.of(2000, 7, 26)), m.date().orElseThrow(), m.toString());
    }
  }

  @Test
  void meetings_onlyReferredTo_besideAReportedOne_areDatedByTheirOwnSentence() {
    ExtractionResult r =
        vi("Hội kiến\nChiều ngày 24/2/2026, Bộ trưởng Lê Hoài Trung hội kiến Tổng thống Vladimir"
            + " Putin. Tại buổi hội kiến, Tổng thống Vladimir Putin đánh giá cao kết quả cuộc điện"
            + " đàm với Tổng Bí thư Tô Lâm ngay sau Đại hội.");
    assertEquals(2, r.meetings().size(), r.meetings().toString());
    Meeting call = r.meetings().stream().filter(m -> m.kind() == MeetingKind.PHONE_CALL)
        .findFirst().orElseThrow();
    assertEquals(Optional.empty(), call.date(), call.toString());
    Meeting met = r.meetings().stream().filter(m -> m.kind() == MeetingKind.MEETING)
        .findFirst().orElseThrow();
    assertEquals(PartialDate.of(LocalDate.of(2026, 2, 24)), met.date().orElseThrow());
  }

  @Test
  void meetings_aPlaceAfterASemicolon_isTheNextActivitys() {
    ExtractionResult r =
        vi("Thăm Nga\nChiều 26/7, Chủ tịch nước Trương Tấn Sang đã tới Thủ đô Moscow. Tối cùng"
            + " ngày, Chủ tịch nước Trương Tấn Sang đã có cuộc hội kiến với Thủ tướng Dmitry"
            + " Medvedev; thăm cộng đồng người Việt tại Liên bang Nga.");
    assertEquals("Moscow", cityOfOnlyMeeting(r));
  }

  @Test
  void meetings_aVisitStillToCome_isNoMeetingsPlace() {
    ExtractionResult ru = ru(
        "Встреча\nВице-премьер Иван Петровский в рамках подготовки визита Президента России"
            + " Владимира Путина в Социалистическую Республику Вьетнам провёл встречу с"
            + " вице-премьером Нгуен Ван Ламом.");
    assertEquals(1, ru.meetings().size(), ru.toString());
    assertEquals(Optional.empty(), ru.meetings().get(0).place(), ru.toString());
    ExtractionResult en = en("Meeting\nAhead of the President's visit to Vietnam, Deputy Prime"
        + " Minister Ivan Petrovsky met Deputy Prime Minister Nguyen Van Lam.");
    assertEquals(1, en.meetings().size(), en.toString());
    assertEquals(Optional.empty(), en.meetings().get(0).place(), en.toString());
  }

  @Test
  void meetings_aSeatOfGovernmentOrACityInARussianCase_placesTheMeeting() {
    assertEquals("Hanoi", cityOfOnlyMeeting(vi("Tiếp\nSáng nay, tại trụ sở Chính phủ, Phó Thủ"
        + " tướng Nguyễn Văn Lâm đã tiếp Thống đốc Ivan Petrovsky.")));
    assertEquals("Da Nang", cityOfOnlyMeeting(ru(
        "Встреча\nВ Дананге вице-премьер Вьетнама Нгуен Ван Лам"
            + " встретился с губернатором Иваном Петровским.")));
  }

  @Test
  void anOfficeNamedAlone_isNoPersonTheArticleTitlesOnlyWithAnotherOffice() {
    // Vuong Dinh Hue chaired the National Assembly later; here he is a Deputy Prime Minister
    ExtractionResult r = en("Cooperation between the two countries keeps growing this year\nThe"
        + " delegation included Deputy Prime Minister Vuong Dinh Hue. She also visited a school in"
        + " Minsk. Visiting Russia, the NA leader met with Prime Minister Dmitry Medvedev.");
    assertTrue(r.mentions().stream().noneMatch(m -> m.text().equals("NA leader")),
        r.mentions()::toString);
    // stacked titles are all the person's ("General Secretary and President")
    ExtractionResult trong = en("Cooperation between the two countries keeps growing this"
        + " year\nParty General Secretary and President Nguyen Phu Trong arrived in Moscow. He laid"
        + " a wreath at the Tomb of the Unknown Soldier. The Party leader met with President"
        + " Vladimir Putin.");
    assertTrue(trong.mentions().stream().anyMatch(m -> m.text().equals("Party leader")
        && m.id().equals("nguyen-phu-trong")), trong.mentions()::toString);
  }

  @Test
  void aVietnameseNameInRussianLetters_isAVietnamese_afterATitleOfRussia() {
    ExtractionResult r = ru(
        "Сотрудничество двух стран продолжает развиваться\nДмитрий Чернышенко посетил"
            + " университет.\nВыразив честь приветствовать вице-премьера России ректор ХГУ Ле Куан"
            + " провел экскурсию по университету.");
    assertEquals(List.of(Set.of("le-quan", "dmitry-chernyshenko")), r.meetings().stream()
        .map(ExtractorTest::ids).toList(), r.toString());
  }

  @Test
  void meetings_withSeveralCounterpartsEachFollowedByADay_takeEachItsOwnDay() {
    ExtractionResult r = en("News of the visit\nMinister Nguyen Van Lam met Governor Ivan Petrovsky"
        + " on May 5 and Mayor Pavel Sidorov in Moscow on May 6.");
    Map<String, Optional<PartialDate>> days = new TreeMap<>();
    r.meetings().forEach(m -> days.put(m.participants().get(1).person().value(), m.date()));
    assertEquals(Map.of("ivan-petrovsky", Optional.of(PartialDate.ofMonthDay(5, 5)),
        "pavel-sidorov", Optional.of(PartialDate.ofMonthDay(5, 6))), days, r.toString());
    // a day right after the meeting word is every meeting's
    ExtractionResult shared = en("News of the visit\nMinister Nguyen Van Lam met on May 5 with"
        + " Governor Ivan Petrovsky and Mayor Pavel Sidorov, on the eve of May 6.");
    shared.meetings().forEach(m -> assertEquals(Optional.of(PartialDate.ofMonthDay(5, 5)),
        m.date(), shared.toString()));
    // a day after an earlier meeting word of the sentence is that word's
    ExtractionResult two = en("News of the visit\nPaying a courtesy visit to Governor Ivan"
        + " Petrovsky on May 5, Minister Nguyen Van Lam praised the agreement signed by President"
        + " Tran Van Hoa and President Pavel Sidorov on March 3.");
    Map<String, Optional<PartialDate>> twoDays = new TreeMap<>();
    two.meetings().forEach(m -> twoDays.put(m.participants().get(1).person().value(), m.date()));
    assertEquals(Map.of("ivan-petrovsky", Optional.of(PartialDate.ofMonthDay(5, 5)),
        "pavel-sidorov", Optional.of(PartialDate.ofMonthDay(3, 3))), twoDays, two.toString());
  }

  @Test
  void meetings_theNextDay_isTheDayAfterTheOneLastNamed_evenForAGuestNamedByOffice() {
    ExtractionResult r =
        EXTRACTOR.extract(TestArticles.input(Language.ENGLISH, LocalDate.of(2024, 5, 7), null,
            "Visit\nGovernor Ivan Petrovsky arrived in Hanoi on May 4. The next day, the Russian"
                + " guest met Deputy Prime Minister Nguyen Van Lam."));
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(PartialDate.of(LocalDate.of(2024, 5, 5)), r.meetings().get(0).date().orElseThrow());
  }

  @Test
  void meetings_aCityRightAfterItsCountry_placesTheMeetingThere() {
    ExtractionResult r =
        en("Leaders meet\nPrime Minister Nguyen Tan Dung met Prime Minister Dmitry Medvedev in"
            + " Myanmar's capital city Nay Pyi Taw on November 12.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals("Naypyidaw", r.meetings().get(0).place().orElseThrow().city().orElseThrow());
  }

  @Test
  void meetings_aCityNamedAfterItsKind_placesTheMeetingThere() {
    ExtractionResult r =
        en("Leaders meet\nPrime Minister Nguyen Tan Dung and his Russian counterpart, Vladimir"
            + " Putin, reached consensus during their talks in the capital city of Moscow on"
            + " Dec. 15.");
    assertEquals("Moscow", cityOfOnlyMeeting(r));
  }

  @Test
  void meetings_aDelegationReceivedRightAfterItsVisitorCame_isTheVisitorOnThatDay() {
    ExtractionResult r =
        vi("Hải quân\nĐô đốc Ivan Petrov cùng đoàn công tác thăm Việt Nam từ 4 đến 8/12. Chiều ngày"
            + " 4/12, Đô đốc Ivan Petrov đã đến thăm Quân chủng Hải quân. Chuẩn đô đốc Nguyễn Văn"
            + " Nam chủ trì tiếp đoàn.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(PartialDate.ofMonthDay(12, 4), r.meetings().get(0).date().orElseThrow());
  }

  @Test
  void meetings_atThePartyHeadquartersAbbreviated_areInHanoi() {
    ExtractionResult r =
        vi("Tiếp khách\nNgày 16/9, tại Trụ sở T.Ư Đảng, Tổng Bí thư Tô Lâm đã tiếp ông Nikolai"
            + " Patrushev.");
    assertEquals("Hanoi", cityOfOnlyMeeting(r));
  }

  @Test
  void meetings_aVisitDatedMonthsBeforeThePublication_placesNone() {
    ExtractionResult r = EXTRACTOR.extract(TestArticles.input(Language.VIETNAMESE,
        LocalDate.of(2026, 1, 9), null,
        "Tiếp khách\nThủ tướng Nguyễn Văn An tiếp ông Ivan Petrov, Chủ tịch tập đoàn Nga. Hai bên"
            + " đánh giá cao kết quả chuyến thăm Nga ngày 10/5/2025 của Tổng Bí thư."));
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Optional.empty(), r.meetings().get(0).place());
  }

  @Test
  void meetings_aPrepositionOfPlace_governsOnlyThePlaceRightAfterIt() {
    ExtractionResult r =
        en("Talks\nDeputy Prime Minister Nguyen Van Lam had a meeting with Governor Ivan"
            + " Petrovsky on November 23. During their stay in Vietnam, the Kaluga delegation"
            + " worked with ministries.");
    assertTrue(placeOfOnlyMeeting(r).flatMap(Place::city).isEmpty(), r.meetings().toString());
  }

  @Test
  void meetings_whereABusinessInvestsOrPeopleStudied_isNoMeetingsPlace() {
    for (ExtractionResult r : List.of(
        en("Talks\nDeputy Prime Minister Nguyen Van Lam held talks with Governor Ivan Petrovsky on"
            + " the projects of firms investing in Vietnam."),
        en("Talks\nTalking to the chairman of the group, Ivan Petrovsky, President Nguyen Van Lam"
            + " welcomed the group for cooperating in building a factory in Hai Phong City."),
        vi("Hội đàm\nPhó Thủ tướng Nguyễn Văn Lâm hội đàm với Thống đốc Ivan Petrovsky về các dự"
            + " án của doanh nghiệp Nga đầu tư tại Việt Nam."),
        en("Meeting\nPresident To Lam and President Vladimir Putin had a meeting with Vietnamese"
            + " alumni who had studied in Russia."),
        vi("Gặp mặt\nChủ tịch nước Tô Lâm và Tổng thống Vladimir Putin gặp mặt cựu sinh viên"
            + " Việt Nam từng học tập tại Nga."))) {
      assertEquals(Optional.empty(), placeOfOnlyMeeting(r), r.meetings().toString());
    }
  }

  @Test
  void meetings_aConferenceCityAbroad_placesTheMeeting() {
    ExtractionResult r =
        en("Talks\nChairman Tran Thanh Man met Chairwoman Valentina Matviyenko on the sidelines"
            + " of the conference in Geneva.");
    assertEquals("Geneva", cityOfOnlyMeeting(r));
    assertEquals("CH", placeOfOnlyMeeting(r).orElseThrow().country());
  }

  @Test
  void meetings_aPlaceAndDayStampEndingAHeading_placesTheMeeting() {
    ExtractionResult r =
        en("Remarks\nRemarks by Foreign Minister Sergey Lavrov after talks with Foreign Minister"
            + " Pham Binh Minh, Hanoi, April 16, 2014.");
    assertEquals("Hanoi", cityOfOnlyMeeting(r));
  }

  @Test
  void meetings_theDayOfTheClauseThatRecallsAMeeting_isNotTheMeetingsDay() {
    ExtractionResult r =
        en("Ambassador speaks\nOn May 2 the ambassador recalled that President Vladimir Putin and"
            + " General Secretary Nguyen Phu Trong had a phone conversation in March.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertTrue(r.meetings().get(0).recalled());
    assertEquals(Optional.empty(), r.meetings().get(0).date());
  }

  @Test
  void meetings_theResultsOfOnesTalks_spokenOfAtAMeeting_areOfTalksHeldBefore() {
    ExtractionResult r =
        en("Putin receives\nForeign Minister Le Hoai Trung paid a courtesy call on President"
            + " Vladimir Putin in Moscow on February 24.\nWelcoming Trung, Putin spoke highly of the"
            + " results of his telephone talks with General Secretary To Lam held right after the"
            + " congress.");
    Meeting call = r.meetings().stream().filter(m -> m.kind() == MeetingKind.PHONE_CALL)
        .findFirst().orElseThrow(() -> new AssertionError(r.meetings().toString()));
    assertEquals(Optional.empty(), call.date(), r.meetings().toString());
  }

  @Test
  void meetings_theSeatOfTheVietnameseGovernment_isInHanoi() {
    ExtractionResult r =
        EXTRACTOR.extract(TestArticles.input(Language.VIETNAMESE, null, null,
            "Thủ tướng tiếp\nTại Trụ sở Chính phủ, Thủ tướng Nguyễn Tấn Dũng đã tiếp Tổng giám"
                + " đốc Rosatom Sergei Kiriyenko."));
    assertEquals("Hanoi", cityOfOnlyMeeting(r));
    // as Russian renders "Government Headquarters"
    ExtractionResult ru = ru("Встреча\nВ правительственной штаб-квартире премьер-министр Нгуен Тан"
        + " Зунг принял генерального директора Росатома Сергея Кириенко.");
    assertEquals("Hanoi", cityOfOnlyMeeting(ru));
  }

  @Test
  void meetings_theSeatOfARegionalGovernment_isInItsCapital() {
    ExtractionResult r =
        ru("Встреча\nРаис Татарстана Рустам Минниханов встретился с генеральным консулом"
                + " Вьетнама Динь Ван Донгом в Доме Правительства РТ.");
    assertEquals("Kazan", cityOfOnlyMeeting(r));
  }

  @Test
  void meetings_aCitysNameBesideARegionWord_isTheRegionInItsCountry() {
    ExtractionResult vi =
        EXTRACTOR.extract(TestArticles.input(Language.VIETNAMESE, null, null,
            "Làm việc\nTại tỉnh Ulyanovsk, Phó Chủ tịch tỉnh Nguyễn Văn Lâm đã làm việc với"
                + " Thống đốc Ivan Petrovsky."));
    ExtractionResult en =
        EXTRACTOR.extract(TestArticles.input(Language.ENGLISH, null, null,
            "Talks\nIn the Ulyanovsk region, Vice Chairman Nguyen Van Lam held talks with"
                + " Governor Ivan Petrovsky."));
    for (ExtractionResult r : List.of(vi, en)) {
      Place place = r.meetings().get(0).place().orElseThrow();
      assertEquals("RU", place.country());
      assertEquals(Optional.empty(), place.city());
    }
  }

  @Test
  void meetings_aPlaceJoinedByADashOrOwningAName_namesNoPlace() {
    ExtractionResult r =
        en("Ministers meet\nForeign Minister Pham Binh Minh held talks with Foreign Minister"
            + " Sergey Lavrov in Moscow. They will cooperate in implementing the Vietnam-EAEU"
            + " agreement. They praised the coordination at forums of Vietnam's National Assembly."
            + " On the same day, Pham Binh Minh met Duma Chairman Vyacheslav Volodin.");
    assertEquals(2, r.meetings().size(), r.meetings().toString());
    for (Meeting m : r.meetings()) {
      assertEquals("Moscow", m.place().orElseThrow().city().orElseThrow(), m.toString());
    }
  }

  @Test
  void meetings_aCountryInsideAVisitorsTitle_isNotWhereTheyMet() {
    for (String name : List.of("Dmitry Medvedev", "Ivan Petrovsky")) {
      ExtractionResult r =
          en("Leaders meet\nGeneral Secretary Nguyen Van Lam said on Monday at a meeting with"
              + " visiting Chairman of the Russian Security Council " + name + ".");
      assertEquals(1, r.meetings().size(), r.meetings().toString());
      assertTrue(r.meetings().get(0).place().isEmpty(), r.meetings().toString());
    }
  }

  @Test
  void meetings_aCountryQualifyingATitle_isNotWhereTheyMet() {
    ExtractionResult r = ru(
        "Вьетнамцы потянулись к России\n10 мая власти и делегация подписали соглашение."
            + " Рассмотрение проекта прошло в рамках встречи президента Вьетнама и главы нашего"
            + " региона губернатора Воробьева. Чыонг Тан Шанг заверил журналистов.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertTrue(r.meetings().get(0).place().isEmpty(), r.meetings().toString());
  }

  @Test
  void meetings_aCityInAnotherCountry_doesNotRefineAMeetingsCountry() {
    ExtractionResult r =
        en("Leaders meet\nOn a working visit to Russia, Vice Chairman Nguyen Van Lam held talks"
            + " with Governor Ivan Petrovsky. The two leaders also discussed the House of Moscow"
            + " in Hanoi project.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    Place place = r.meetings().get(0).place().orElseThrow();
    assertEquals("RU", place.country(), r.meetings().toString());
  }

  @Test
  void unlisted_aWeekdayBeforeATitle_isNoName() {
    ExtractionResult r =
        en("Leaders meet\nOn Tuesday, General Secretary of the Communist Party of Vietnam Central"
            + " Committee Nguyen Phu Trong received Sergei Shoigu.");
    assertEquals(Set.of("nguyen-phu-trong", "sergei-shoigu"), persons(r));
  }

  @Test
  void unlisted_aMeetingWordInATitleCaseHeadline_isNoName() {
    ExtractionResult r = en("Public Security Minister Holds Talks With Russian Secretary Of"
        + " Security Council\nMinister To Lam held talks with Nikolai Patrushev.");
    assertEquals(Set.of("to-lam", "nikolai-patrushev"), persons(r));
  }

  @Test
  void unlisted_aTatarOrBashkirGivenName_leadsARussianName() {
    ExtractionResult r = ru(
        "Визит\nПродолжается визит делегации во главе с Премьер-министром Правительства Рустэмом"
            + " Мардановым.");
    assertEquals(Set.of("rustem-mardanov"), persons(r));
  }

  @Test
  void unlisted_aGivenNameSpeltLetterByLetterInOfficialOrder_isRead() {
    assertEquals(Set.of("aleksandr-yuldashev"),
        persons(en("Ships arrive\nRear Admiral Yuldashev Aleksandr Yurevich arrived in Da Nang.")));
    assertEquals(Set.of("aleksandr-yuldashev"), persons(vi("Tàu cập cảng\nĐội tàu do Chuẩn Đô đốc"
        + " Yuldashev Aleksandr Yurevich làm trưởng đoàn đã cập cảng.")));
  }

  @Test
  void unlisted_aSurnamePrintedTwice_isOneName() {
    assertEquals(Set.of("andrey-petrovsky"), persons(en("Talks in Hanoi\nDeputy Minister of"
        + " Education of Russia Andrey Petrovsky Petrovsky highlighted Russian teaching.")));
  }

  @Test
  void mentions_aDoctrineNamedAfterPersons_namesNoOne() {
    assertEquals(Set.of(), persons(vi("Đại hội\nĐảng kiên định chủ nghĩa Mác-Lênin và chủ trương"
        + " xây dựng chủ nghĩa xã hội.")));
  }

  @Test
  void places_whereSomeoneWasInvited_isNoMeetingsPlace() {
    ExtractionResult r = ru(
        "Переговоры\nВо время переговоров президент России Владимир Путин пригласил вьетнамского"
            + " коллегу То Лама в Москву.");
    assertEquals(1, r.meetings().size(), r.toString());
    assertEquals(Optional.empty(), placeOfOnlyMeeting(r));
  }

  /** The city of the one meeting of an English article filed from {@code dateline}. */
  private static String cityFiledFrom(String dateline, String text) {
    return cityOfOnlyMeeting(
        EXTRACTOR.extract(TestArticles.input(Language.ENGLISH, null, dateline, text)));
  }

  @Test
  void meetings_hereAndInTheCity_areTheDatelinePlace() {
    assertEquals("Hanoi", cityFiledFrom("HANOI", "Minister visits\nForeign Minister Igor"
        + " Ivanov arrived here yesterday. He met Foreign Minister Nguyen Dy Nien."));
    assertEquals("Ho Chi Minh City", cityFiledFrom("HCM City", "City leader hosts guest\n"
        + "Secretary Nguyen Van Lam hosted a reception for Governor Ivan Petrovsky in the city"
        + " on July 26."));
  }

  @Test
  void meetings_subjectlessMeetingWord_takesThePersonThePreviousSentenceIsAbout() {
    ExtractionResult r =
        en("Minister visits\nDefence Minister Anatoly Serdyukov arrived in Hanoi."
            + " The talks with President Nguyen Minh Triet focused on security.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of("anatoly-serdyukov", "nguyen-minh-triet"), ids(r.meetings().get(0)));
  }

  @Test
  void unlisted_nameAfterARankClosedByAComma_isAVietnameseOfficialInAnEnglishText() {
    ExtractionResult r =
        en("Ministers meet\nDefense Minister Sergei Shoigu held talks with Deputy Defense Minister"
            + " Senior Lieutenant General, Tran Van Kiem, in Moscow.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of("sergei-shoigu", "tran-van-kiem"), ids(r.meetings().get(0)));
  }

  @Test
  void mentions_theLastWordOfALongerVietnameseName_isNoShortFormOfAListedPerson() {
    // Sơn is Nguyễn Kim Sơn's short form; in Phạm Bảo Sơn it is the end of another's name
    assertEquals(Set.of("nguyen-kim-son", "pham-bao-son", "ivan-petrovsky"), persons(en("Talks\n"
        + "Minister Nguyen Kim Son met Rector Ivan Petrovsky. Deputy Director Pham Bao Son also"
        + " attended.")));
  }

  @Test
  void places_theSeatOfAVietnameseMinistry_isHanoi_unlessAnotherCountryFollows() {
    assertEquals(Optional.of(Place.of("Hanoi", "VN")), placeOfOnlyMeeting(vi("Tiếp\nNgày 15/1,"
        + " tại trụ sở Bộ Ngoại giao, Thứ trưởng Lê Thị Thu Hằng đã tiếp Đại sứ Gennady"
        + " Bezdetko.")));
    assertEquals("RU", placeOfOnlyMeeting(vi("Hội đàm\nNgày 9/4, tại trụ sở Bộ Quốc phòng Nga,"
        + " Bộ trưởng Phan Văn Giang đã hội đàm với Bộ trưởng Sergei Shoigu.")).orElseThrow()
        .country());
  }

  @Test
  void meetings_aCountryBeforeVisitOrAStayInIt_isTheVisitedOne() {
    ExtractionResult adjunct = en("Talks\nPresident Nguyen Minh Triet held talks with Prime"
        + " Minister Dmitry Medvedev, who is on a working Vietnam visit.");
    assertEquals("VN", adjunct.meetings().get(0).place().orElseThrow().country());
    ExtractionResult stay = en("Talks\nPrime Minister Dmitry Medvedev met President Nguyen Minh"
        + " Triet. He wished the delegation a pleasant stay in Vietnam.");
    assertEquals("VN", stay.meetings().get(0).place().orElseThrow().country());
  }

  @Test
  void meetings_arrivingInACountry_isVisitingIt() {
    ExtractionResult r =
        en("Talks\nI welcome the Russian delegation who have arrived in Vietnam on an official visit."
            + " Prime Minister Dmitry Medvedev held talks with Prime Minister Nguyen Tan Dung.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals("VN", r.meetings().get(0).place().orElseThrow().country());
  }

  @Test
  void meetings_aMeetingPlacedSomewhere_isNotTheCallOfTheSamePair() {
    ExtractionResult r =
        en("Ministers talk\nForeign Minister Pham Binh Minh had a phone conversation with Foreign"
            + " Minister Sergey Lavrov. Pham Binh Minh and Sergey Lavrov at a joint press conference"
            + " in Hanoi.");
    assertEquals(2, r.meetings().size(), r.meetings().toString());
    assertEquals(Set.of(MeetingKind.PHONE_CALL, MeetingKind.MEETING),
        Set.of(r.meetings().get(0).kind(), r.meetings().get(1).kind()));
  }

  /**
   * A sentence set with runs of spaces, a tab or a line break (justified or hard-wrapped text) is
   * read as with single spaces; what is found in it points at the text as written.
   */
  @Test
  void runsOfWhiteSpace_readAsOneSpace_foundWhereWritten() {
    String single = "Talks\nDeputy Governor Pavel Gribanov of Tomsk Oblast received Ambassador"
        + " Dang Minh Khoi in Tomsk on April 5, 2023.";
    String spaced = single.replace("Pavel Gribanov", "Pavel  Gribanov")
        .replace("received Ambassador", "received\tAmbassador")
        .replace("Dang Minh Khoi", "Dang  Minh   Khoi").replace("in Tomsk", "in  Tomsk");
    ExtractionResult expected = en(single);
    ExtractionResult r = en(spaced);
    assertEquals(1, expected.meetings().size(), expected.meetings().toString());
    assertEquals(ImmutableMeeting.copyOf(expected.meetings().get(0))
        .withEvidence(r.meetings().get(0).evidence()), r.meetings().get(0));
    String sentence = spaced.substring(spaced.indexOf('\n') + 1);
    assertEquals(sentence, r.meetings().get(0).evidence().sentence());
    assertEquals(sentence.length(), r.meetings().get(0).evidence().span().end()
        - r.meetings().get(0).evidence().span().start());
    assertEquals(expected.mentions().size(), r.mentions().size());
    for (Mention m : r.mentions()) {
      assertEquals(m.text(), spaced.substring(m.start(), m.end()), m.toString());
    }
    assertTrue(r.mentions().stream().anyMatch(m -> m.text().equals("Dang  Minh   Khoi")),
        r.mentions().toString());
  }

  @Test
  void meetings_ofADelegationLedToACountry_areInIt() {
    ExtractionResult r = en("Trip\nParty official Le Hoai Trung led a delegation to Russia for a"
        + " working trip. The delegation held meetings with Deputy Prime Minister Dmitry"
        + " Chernyshenko.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals("RU", r.meetings().get(0).place().orElseThrow().country());
  }

  @Test
  void unlistedPersons_aCompanyNamedWithItsLegalForm_isNoPerson() {
    ExtractionResult r = en("Round table\nOleg Nizhelsky, General Director of Russia's Bronemed"
        + " LLC, met Ambassador Dang Minh Khoi in Moscow.");
    assertEquals(Set.of("oleg-nizhelsky", "dang-minh-khoi"), persons(r));
  }

  @Test
  void dates_theNextDay_isTheDayAfterTheOneNamedBefore_inAnAsideToo() {
    ExtractionResult r = en("Talks\nPresident Vladimir Putin, who arrived in Hanoi on June 19, held"
        + " talks with President To Lam the next day.");
    assertEquals(1, r.meetings().size(), r.meetings().toString());
    assertEquals(Optional.of(PartialDate.ofMonthDay(6, 20)), r.meetings().get(0).date());
  }
}
