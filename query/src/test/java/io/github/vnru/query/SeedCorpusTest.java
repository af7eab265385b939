package io.github.vnru.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vnru.model.Language;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PersonId;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every filter and aggregation on the embedded seeds, checked against their gold facts. */
final class SeedCorpusTest {
  private static final String S0 = "000_5d566a5fd76334e6";

  private static List<String> prefixes(List<MeetingRecord> records) {
    return records.stream().map(r -> r.articleId().substring(0, 3)).collect(Collectors.toList());
  }

  @Test
  void seeds_haveFiveArticlesAndTheirMeetings() {
    Corpus seeds = Corpus.seeds();
    assertEquals(5, seeds.articleCount());
    assertEquals(S0, seeds.articleList().get(0).id());
    assertEquals(5, seeds.meetings().ofKind(MeetingKind.MEETING, MeetingKind.PHONE_CALL).count());
  }

  @Test
  void theCpvsMeetings() {
    assertEquals(List.of("000", "001", "002", "003", "004"),
        prefixes(Corpus.seeds().meetings().ofParty("Đảng Cộng sản Việt Nam")
            .ofKind(MeetingKind.MEETING, MeetingKind.PHONE_CALL).records()));
  }

  @Test
  void thePhoneCallsWithPutin() {
    Corpus seeds = Corpus.seeds();
    assertEquals(List.of("001", "004"), prefixes(seeds.meetings().involving("V. Pu-tin")
        .with("nguyen phu trong").ofKind(MeetingKind.PHONE_CALL).records()));
    assertEquals(List.of("001"), prefixes(seeds.meetings().involving("putin").inYears(2020, 2021)
        .records()));
    assertEquals(List.of("001", "004"), prefixes(seeds.meetings().involving("putin")
        .in(Year.of(2021)).includingUncertainDates().records()));
    // Newest first still puts a date of unknown year (--06-11) after every dated meeting.
    assertEquals(
        List.of(Optional.of(PartialDate.of(2021, 4, 5)), Optional.of(PartialDate.ofMonthDay(6, 11))),
        seeds.meetings().involving("putin").ofKind(MeetingKind.PHONE_CALL).newestFirst()
            .list().stream().map(m -> m.date()).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void everythingIn2025() {
    Corpus seeds = Corpus.seeds();
    assertEquals(List.of("002"), prefixes(seeds.meetings().in(Year.of(2025)).records()));
    assertEquals(List.of("002"), prefixes(seeds.meetings().inCountry("KP").inCity("Pyongyang")
        .ofParty(PartyId.UR).records()));
    assertEquals(List.of("002"), prefixes(seeds.meetings().involving("Tô Lâm").with("Medvedev")
        .records()));
  }

  @Test
  void englishSeedAndPlaces() {
    Corpus seeds = Corpus.seeds();
    assertEquals(List.of("003"), prefixes(seeds.meetings().inLanguage(Language.ENGLISH)
        .involving("Zyuganov").records()));
    assertEquals(List.of("003"), prefixes(seeds.meetings().ofParty("KPRF").inCity("Moscow")
        .records()));
    assertEquals(List.of("000"), prefixes(seeds.meetings().ofParty(PartyId.SR)
        .involving(PersonId.of("sergey-mironov")).records()));
    assertEquals(1, seeds.articles().inLanguage(Language.ENGLISH).count());
  }

  @Test
  void aggregationsOnTheSeeds() {
    MeetingQuery m = Corpus.seeds().meetings()
        .ofKind(MeetingKind.MEETING, MeetingKind.PHONE_CALL);
    assertEquals(5L, m.countByParty().get(PartyId.CPV));
    assertEquals(3L, m.countByPerson().get(PersonId.of("nguyen-phu-trong")));
    assertEquals(2L, m.countByKind().get(MeetingKind.PHONE_CALL));
    assertEquals(1L, m.countByYear().get(Year.of(2025)));
    assertEquals(2, m.graph().edge(PersonId.of("nguyen-phu-trong"), PersonId.of("vladimir-putin"))
        .orElseThrow().count());
    assertEquals(5, m.timeline().size());
    // 001 (2021-04-05) and 004 (--06-11) are not compatible: two calls, five events
    assertEquals(5, Corpus.seeds().events().ofKind(MeetingKind.MEETING, MeetingKind.PHONE_CALL)
        .count());
  }
}
