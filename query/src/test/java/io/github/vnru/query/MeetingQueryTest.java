package io.github.vnru.query;

import static io.github.vnru.query.Fixtures.MEDVEDEV;
import static io.github.vnru.query.Fixtures.PUTIN;
import static io.github.vnru.query.Fixtures.TO_LAM;
import static io.github.vnru.query.Fixtures.TRONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Range;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PersonId;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class MeetingQueryTest {
  private final Corpus corpus = Fixtures.corpus();

  private static List<String> ids(List<MeetingRecord> records) {
    return records.stream().map(MeetingRecord::articleId).collect(Collectors.toList());
  }

  private List<String> ids(MeetingQuery q) {
    return ids(q.records());
  }

  @Test
  void involving_anySpellingOfAName_findsThePerson() {
    for (String name :
        List.of("Nguyễn Phú Trọng", "nguyen phu trong", "NGUYEN-PHU-TRONG", "Trọng", "trong",
            "phu trong", "Tổng Bí thư Nguyễn Phú Trọng")) {
      assertEquals(List.of("000", "001", "004", "005"), ids(corpus.meetings().involving(name)),
          name);
    }
    for (String name : List.of("V. Pu-tin", "putin", "Pu tin", "Vladimir Putin", "vladimir-putin")) {
      assertEquals(List.of("001", "004", "005"), ids(corpus.meetings().involving(name)), name);
    }
  }

  @Test
  void involving_idAndPerson_matchName() {
    assertEquals(
        corpus.meetings().involving("putin").list(), corpus.meetings().involving(PUTIN).list());
    assertEquals(
        corpus.meetings().involving("putin").list(),
        corpus.meetings().involving(corpus.persons().resolve("Putin")).list());
  }

  @Test
  void involvingWith_twoPersons_meetBoth() {
    assertEquals(List.of("002", "006"), ids(corpus.meetings().involving("Tô Lâm").with("Madvedev")));
    assertEquals(0, corpus.meetings().involving(TO_LAM).with(PUTIN).count());
  }

  @Test
  void involving_unknownName_suggestsTheClosest() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> corpus.meetings().involving("Putn"));
    assertEquals("unknown person 'Putn'; closest: vladimir-putin", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> corpus.meetings().involving(PersonId.of("vladimir-putn")));
    assertTrue(e.getMessage().contains("closest: vladimir-putin"), e.getMessage());
  }

  @Test
  void involving_ambiguousName_listsTheCandidates() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> corpus.meetings().involving("Nguyễn"));
    assertEquals(
        "ambiguous person 'Nguyễn': could be nguyen-phu-trong, nguyen-xuan-phuc", e.getMessage());
  }

  @Test
  void nullArguments_throwNpeNamingTheArgument() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> corpus.meetings().involving((String) null));
    assertEquals("person name", e.getMessage());
    assertThrows(NullPointerException.class, () -> corpus.meetings().ofParty((PartyId) null));
    assertThrows(NullPointerException.class, () -> corpus.meetings().between(null, null));
    assertThrows(NullPointerException.class, () -> corpus.meetings().where(null));
    assertThrows(NullPointerException.class, () -> corpus.meetings().ofKind((MeetingKind) null));
  }

  @Test
  void ofParty_byIdNameOrAbbreviation() {
    List<String> ur = List.of("002", "006");
    assertEquals(ur, ids(corpus.meetings().ofParty(PartyId.UR)));
    assertEquals(ur, ids(corpus.meetings().ofParty("UR")));
    assertEquals(ur, ids(corpus.meetings().ofParty("Đảng Nước Nga Thống nhất")));
    assertEquals(ur, ids(corpus.meetings().ofParty("united russia")));
    assertEquals(7, corpus.meetings().ofParty("ĐCSVN").count());
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> corpus.meetings().ofParty("United Rusia"));
    assertEquals("unknown party 'United Rusia'; closest: UR", e.getMessage());
  }

  @Test
  void ofKind_oneOrSeveral() {
    assertEquals(List.of("001", "004", "005"), ids(corpus.meetings().ofKind(MeetingKind.PHONE_CALL)));
    assertEquals(7, corpus.meetings().ofKind(MeetingKind.PHONE_CALL, MeetingKind.MEETING).count());
    assertEquals(0, corpus.meetings().ofKind(MeetingKind.LETTER).count());
    assertThrows(IllegalArgumentException.class, () -> corpus.meetings().ofKind());
  }

  @Test
  void theTrongPutinPhoneCallsOf2020And2021() {
    List<Meeting> calls = corpus.meetings()
        .involving("Nguyễn Phú Trọng")
        .with("putin")
        .ofKind(MeetingKind.PHONE_CALL)
        .between(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))
        .sortedByDate()
        .list();
    assertEquals(2, calls.size());
    assertEquals(Optional.of(PartialDate.ofYearMonth(2021, 4)), calls.get(0).date());
    assertEquals(Optional.of(PartialDate.of(2021, 4, 5)), calls.get(1).date());
  }

  @Test
  void dates_partialDateMatchesOnlyWhenEveryDayItCouldBeIsInside() {
    MeetingQuery q = corpus.meetings();
    // 2021-04 lies within April and within 2021, not within 2021-04-05..2021-12-31
    assertEquals(List.of("001", "005"),
        ids(q.between(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30))));
    assertEquals(List.of("001"),
        ids(q.between(LocalDate.of(2021, 4, 5), LocalDate.of(2021, 12, 31))));
    assertEquals(List.of("001", "004", "005"),
        ids(q.between(LocalDate.of(2021, 4, 5), LocalDate.of(2021, 12, 31))
            .includingUncertainDates()));
    // --06-11 falls in no bounded range unless uncertain dates are included
    assertEquals(List.of("001", "005"), ids(q.in(Year.of(2021))));
    assertEquals(List.of("001", "004", "005"), ids(q.in(Year.of(2021)).includingUncertainDates()));
    assertEquals(List.of("001", "005"), ids(q.includingUncertainDates()
        .between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 10))));
    // the unbounded range holds every day a month-day could be; undated meetings never match
    assertEquals(List.of("001", "002", "004", "005"), ids(q.during(Range.all())));
  }

  @Test
  void dates_rangesOfEveryShape() {
    assertEquals(List.of("002"), ids(corpus.meetings().in(Year.of(2025))));
    assertEquals(List.of("002"), ids(corpus.meetings().inYears(2022, 2030)));
    assertEquals(List.of("002"),
        ids(corpus.meetings().during(Range.atLeast(LocalDate.of(2025, 10, 10)))));
    assertEquals(List.of(),
        ids(corpus.meetings().during(Range.greaterThan(LocalDate.of(2025, 10, 10)))));
    assertEquals(List.of("001"),
        ids(corpus.meetings().during(Range.openClosed(LocalDate.of(2021, 4, 4),
            LocalDate.of(2021, 4, 5)))));
  }

  @Test
  void dates_reversedRange_isAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> corpus.meetings().between(LocalDate.of(2021, 12, 31), LocalDate.of(2020, 1, 1)));
    assertEquals("from 2021-12-31 is after to 2020-01-01", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> corpus.meetings().inYears(2021, 2020));
    assertEquals("from 2021 is after to 2020", e.getMessage());
  }

  @Test
  void placeLanguagePublisherTextAndPredicate() {
    assertEquals(List.of("000", "003"), ids(corpus.meetings().inCountry("ru")));
    assertEquals(List.of("002"), ids(corpus.meetings().inCountry("KP")));
    assertEquals(List.of(), ids(corpus.meetings().inCountry("CN")));
    assertThrows(IllegalArgumentException.class, () -> corpus.meetings().inCountry("Russia"));
    assertEquals(List.of("002"), ids(corpus.meetings().inCity("PYONGYANG")));
    assertEquals(List.of("003", "005", "006"), ids(corpus.meetings().inLanguage(Language.ENGLISH)));
    assertEquals(List.of("003", "005"), ids(corpus.meetings().fromPublisher("VietnamNews.vn")));
    assertEquals(List.of("001", "004"), ids(corpus.meetings().containing("PU-TIN")));
    assertEquals(List.of("002", "006"), ids(corpus.meetings().containing("to lam")));
    assertEquals(List.of("000", "002", "003", "006"),
        ids(corpus.meetings().where(m -> m.kind() == MeetingKind.MEETING)));
    assertThrows(IllegalArgumentException.class, () -> corpus.meetings().containing(" "));
  }

  @Test
  void sorting_newestFirst_putsMonthDaysThenUndatedLast() {
    assertEquals(List.of("002", "001", "005", "004", "000", "003", "006"),
        ids(corpus.meetings().newestFirst().records()));
    assertEquals(List.of("005", "001", "002", "004", "000", "003", "006"),
        ids(corpus.meetings().oldestFirst().records()));
    assertEquals(ids(corpus.meetings().oldestFirst().records()), ids(corpus.meetings().timeline()));
  }

  @Test
  void sorting_limitAndSkip() {
    SortedMeetingQuery newest = corpus.meetings().newestFirst();
    assertEquals(List.of("002", "001"), ids(newest.limit(2).records()));
    assertEquals(List.of("001", "005"), ids(newest.skip(1).limit(2).records()));
    assertEquals(List.of("005"), ids(newest.limit(3).skip(2).records()));
    assertEquals(0, newest.limit(0).count());
    assertEquals(Optional.of(PartialDate.of(2025, 10, 10)), newest.first().flatMap(Meeting::date));
    assertEquals("002", newest.firstRecord().orElseThrow().articleId());
    assertThrows(IllegalArgumentException.class, () -> newest.limit(-1));
  }

  @Test
  void terminals() {
    MeetingQuery trong = corpus.meetings().involving("Trọng");
    assertEquals(4, trong.count());
    assertEquals(4, trong.stream().count());
    assertEquals(trong.list().get(0), trong.first().orElseThrow());
    assertEquals(Optional.empty(), trong.with(MEDVEDEV).first());
    assertThrows(UnsupportedOperationException.class, () -> trong.list().clear());
    assertThrows(UnsupportedOperationException.class, () -> trong.records().clear());
  }

  @Test
  void aggregations() {
    MeetingQuery all = corpus.meetings();
    assertEquals(Map.of(Year.of(2021), 2L, Year.of(2025), 1L), all.countByYear());
    assertEquals(
        Map.of(PartyId.CPV, 7L, PartyId.UR, 2L, PartyId.SR, 1L, PartyId.KPRF, 1L),
        all.countByParty());
    assertEquals(
        Map.of(MeetingKind.MEETING, 4L, MeetingKind.PHONE_CALL, 3L), all.countByKind());
    assertEquals(4L, all.countByPerson().get(TRONG));
    assertEquals(List.of(PartyId.CPV, PartyId.KPRF, PartyId.SR, PartyId.UR),
        List.copyOf(all.countByParty().keySet()));
    MeetingGraph g = all.graph();
    Edge e = g.edge(PUTIN, TRONG).orElseThrow();
    assertEquals(3, e.count());
    assertEquals(Optional.of(PartialDate.ofYearMonth(2021, 4)), e.first());
    assertEquals(Optional.of(PartialDate.of(2021, 4, 5)), e.last());
    assertEquals(e, g.edges().get(0));
    assertEquals(4, g.edges().size());
    assertEquals(2, g.edgesOf(TRONG).size());
    assertEquals(7, g.persons().size());
  }
}
