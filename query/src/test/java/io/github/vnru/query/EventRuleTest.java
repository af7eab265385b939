package io.github.vnru.query;

import static io.github.vnru.query.Fixtures.MEDVEDEV;
import static io.github.vnru.query.Fixtures.PHUC;
import static io.github.vnru.query.Fixtures.PUTIN;
import static io.github.vnru.query.Fixtures.TRONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vnru.model.Article;
import io.github.vnru.model.ImmutableMeeting;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The same-event rule of {@link Corpus#events()} on small hand-built corpora: which reports of one
 * pair are one meeting, by their dates and their articles' published dates.
 */
final class EventRuleTest {
  private static final Optional<PartialDate> UNDATED = Optional.empty();

  private static Optional<PartialDate> day(int y, int m, int d) {
    return Optional.of(PartialDate.of(y, m, d));
  }

  private static Meeting talks(Optional<PartialDate> date, PersonId... who) {
    return Fixtures.meeting(MeetingKind.MEETING, date, Optional.empty(), List.of(who), List.of(),
        "They met.");
  }

  private static Meeting recalled(Optional<PartialDate> date, PersonId... who) {
    return ImmutableMeeting.copyOf(talks(date, who)).withRecalled(true);
  }

  private static Meeting of(MeetingKind kind, Optional<PartialDate> date, PersonId... who) {
    return Fixtures.meeting(kind, date, Optional.empty(), List.of(who), List.of(), "They spoke.");
  }

  private static Article article(String id, Optional<PartialDate> published, Meeting... ms) {
    return Fixtures.article(id, Language.ENGLISH, Optional.empty(), published, List.of(), ms);
  }

  /** Each event as the sorted ids of the articles reporting it, in corpus order. */
  private static List<Set<String>> events(Article... articles) {
    return Corpus.of(articles).events().list().stream()
        .map(e -> (Set<String>) new TreeSet<>(e.articleIds()))
        .collect(Collectors.toList());
  }

  private static Set<String> ids(String... ids) {
    return new TreeSet<>(List.of(ids));
  }

  @Test
  void sameDay_isOneEvent_differentDays_twoEvents() {
    assertEquals(List.of(ids("a", "b", "d"), ids("c")), events(
        article("a", day(2019, 5, 23), talks(day(2019, 5, 22), PHUC, MEDVEDEV)),
        article("b", UNDATED, talks(day(2019, 5, 22), MEDVEDEV, PHUC)),
        article("c", day(2019, 5, 24), talks(day(2019, 5, 23), PHUC, MEDVEDEV)),
        article("d", day(2019, 6, 1), recalled(day(2019, 5, 22), PHUC, MEDVEDEV))));
  }

  @Test
  void sameDay_butOtherParticipantsOrKind_areOtherEvents() {
    assertEquals(List.of(ids("a"), ids("b"), ids("c")), events(
        article("a", UNDATED, talks(day(2024, 6, 20), TRONG, PUTIN)),
        article("b", UNDATED, talks(day(2024, 6, 20), TRONG, PUTIN, MEDVEDEV)),
        article("c", UNDATED, of(MeetingKind.PHONE_CALL, day(2024, 6, 20), TRONG, PUTIN))));
  }

  @Test
  void undatedReport_joinsTheMeetingItsArticleWasPublishedShortlyAfter() {
    // published the same day, the day after, a week after: the news of that meeting
    assertEquals(List.of(ids("a", "b", "c", "d")), events(
        article("a", day(2016, 5, 16), talks(day(2016, 5, 16), PHUC, MEDVEDEV)),
        article("b", day(2016, 5, 16), talks(UNDATED, PHUC, MEDVEDEV)),
        article("c", day(2016, 5, 17), talks(UNDATED, MEDVEDEV, PHUC)),
        article("d", day(2016, 5, 23), talks(UNDATED, PHUC, MEDVEDEV))));
    // a page dated the day before the meeting (time zones) still reports it
    assertEquals(List.of(ids("a", "b")), events(
        article("a", UNDATED, talks(day(2009, 12, 16), PHUC, MEDVEDEV)),
        article("b", day(2009, 12, 15), talks(UNDATED, PHUC, MEDVEDEV))));
  }

  @Test
  void undatedReport_publishedLongAfter_isNotThatMeeting() {
    // eight days and more after: not the news of it (and nothing says it is the same one)
    assertEquals(List.of(ids("a"), ids("b"), ids("c")), events(
        article("a", day(2016, 5, 16), talks(day(2016, 5, 16), PHUC, MEDVEDEV)),
        article("b", day(2016, 5, 24), talks(UNDATED, PHUC, MEDVEDEV)),
        article("c", day(2019, 5, 23), talks(UNDATED, PHUC, MEDVEDEV))));
    // published before it: not it either
    assertEquals(List.of(ids("a"), ids("b")), events(
        article("a", UNDATED, talks(day(2016, 5, 16), PHUC, MEDVEDEV)),
        article("b", day(2016, 5, 14), talks(UNDATED, PHUC, MEDVEDEV))));
  }

  @Test
  void undatedReports_ofTheSameWeek_areOneMeeting_evenWithoutADatedReport() {
    assertEquals(List.of(ids("a", "b"), ids("c")), events(
        article("a", day(2025, 9, 28), talks(UNDATED, TRONG, PUTIN)),
        article("b", day(2025, 9, 30), talks(UNDATED, PUTIN, TRONG)),
        article("c", day(2025, 1, 15), talks(UNDATED, TRONG, PUTIN))));
  }

  @Test
  void undatedReport_inAnUndatedArticle_isNeverGrouped() {
    // it could be any meeting of the two, in any year, even when only one is known
    assertEquals(List.of(ids("a"), ids("b"), ids("c")), events(
        article("a", day(2016, 5, 16), talks(day(2016, 5, 16), PHUC, MEDVEDEV)),
        article("b", UNDATED, talks(UNDATED, PHUC, MEDVEDEV)),
        article("c", UNDATED, talks(UNDATED, PHUC, MEDVEDEV))));
  }

  @Test
  void recalledReport_isAnchoredOnItsOwnDate_notOnItsArticle() {
    // recalled in 2023 with its date 2021-11-30: that meeting, not one near 2023-07-06
    assertEquals(List.of(ids("a", "c"), ids("b")), events(
        article("a", day(2021, 11, 30), talks(day(2021, 11, 30), PHUC, PUTIN)),
        article("b", day(2023, 7, 5), talks(day(2023, 7, 5), PHUC, PUTIN)),
        article("c", day(2023, 7, 6), recalled(day(2021, 11, 30), PHUC, PUTIN))));
  }

  @Test
  void undatedRecalledReport_joinsTheOneMeetingOfTheYearBeforeItsArticle() {
    // "during their recent phone call": the one call of the past year
    assertEquals(List.of(ids("a"), ids("b", "c")), events(
        article("a", day(2024, 8, 8), of(MeetingKind.PHONE_CALL, day(2024, 8, 8), TRONG, PUTIN)),
        article("b", day(2026, 1, 24), of(MeetingKind.PHONE_CALL, day(2026, 1, 24), TRONG, PUTIN)),
        article("c", day(2026, 2, 24), recalledCall(TRONG, PUTIN))));
    // two meetings in that year: it could be either, so it stays alone
    assertEquals(List.of(ids("a"), ids("b"), ids("c")), events(
        article("a", day(2025, 6, 1), of(MeetingKind.PHONE_CALL, day(2025, 6, 1), TRONG, PUTIN)),
        article("b", day(2026, 1, 24), of(MeetingKind.PHONE_CALL, day(2026, 1, 24), TRONG, PUTIN)),
        article("c", day(2026, 2, 24), recalledCall(TRONG, PUTIN))));
    // it was held before its article: a meeting the day after the article is not it (a visit
    // announced for tomorrow, and last year's talks recalled)
    assertEquals(List.of(ids("a", "c"), ids("b")), events(
        article("a", day(2021, 9, 28), talks(day(2021, 9, 28), PHUC, PUTIN)),
        article("b", day(2022, 7, 6), talks(day(2022, 7, 6), PHUC, PUTIN)),
        article("c", day(2022, 7, 5), recalled(UNDATED, PHUC, PUTIN))));
    // nor the meeting of its article's own day ("have met twice: in Hanoi and in Sochi", recalled
    // ahead of that day's talks)
    assertEquals(List.of(ids("a"), ids("c")), events(
        article("a", day(2018, 9, 6), talks(day(2018, 9, 6), TRONG, PUTIN)),
        article("c", day(2018, 9, 6), recalled(UNDATED, TRONG, PUTIN))));
    // an undated recalled report in an undated article is never grouped
    assertEquals(List.of(ids("a"), ids("c")), events(
        article("a", day(2026, 1, 24), of(MeetingKind.PHONE_CALL, day(2026, 1, 24), TRONG, PUTIN)),
        article("c", UNDATED, recalledCall(TRONG, PUTIN))));
  }

  private static Meeting recalledCall(PersonId... who) {
    return ImmutableMeeting.copyOf(of(MeetingKind.PHONE_CALL, UNDATED, who)).withRecalled(true);
  }

  private static Meeting talksIn(String country, Optional<PartialDate> date, PersonId... who) {
    return Fixtures.meeting(MeetingKind.MEETING, date, Optional.of(Place.ofCountry(country)),
        List.of(who), List.of(), "They met.");
  }

  @Test
  void reportsPlacingTheMeetingInDifferentCountries_areDifferentMeetings() {
    // talks in Moscow on a 24 November of no stated year, and an undated report of talks in
    // Hanoi published that week of 2018: the days fit, the countries do not
    assertEquals(List.of(ids("a"), ids("b")), events(
        article("a", UNDATED, talksIn("RU", Optional.of(PartialDate.parse("--11-24")), PHUC,
            PUTIN)),
        article("b", day(2018, 11, 26), talksIn("VN", UNDATED, PHUC, PUTIN))));
    // a report that names no country may join either
    assertEquals(List.of(ids("a", "b")), events(
        article("a", UNDATED, talksIn("RU", Optional.of(PartialDate.parse("--11-24")), PHUC,
            PUTIN)),
        article("b", day(2018, 11, 26), talks(UNDATED, PHUC, PUTIN))));
    // two sessions on a 4 December of no stated year, one in Russia and one in Vietnam, are two;
    // a report of that day naming no country fits both and joins neither, in any order
    List<Article> sessions = new ArrayList<>(List.of(
        article("a", UNDATED, talksIn("RU", Optional.of(PartialDate.parse("--12-04")), PHUC,
            PUTIN)),
        article("b", UNDATED, talksIn("VN", Optional.of(PartialDate.parse("--12-04")), PHUC,
            PUTIN)),
        article("c", UNDATED, talksIn("RU", Optional.of(PartialDate.parse("--12-04")), PHUC,
            PUTIN)),
        article("d", UNDATED, talks(Optional.of(PartialDate.parse("--12-04")), PHUC, PUTIN))));
    Random r = new Random(5);
    for (int i = 0; i < 10; i++) {
      Collections.shuffle(sessions, r);
      assertEquals(Set.of(ids("a", "c"), ids("b"), ids("d")),
          Set.copyOf(events(sessions.toArray(new Article[0]))));
    }
  }

  @Test
  void undatedReport_betweenTwoDatedMeetings_bridgesNeither() {
    // 2016 and 2019 talks of one pair, and an undated report of an article of 2018 between
    // them, of one of them, or of both weeks: the dated meetings always stay two events
    assertEquals(List.of(ids("a"), ids("b"), ids("c")), events(
        article("a", day(2016, 5, 16), talks(day(2016, 5, 16), PHUC, MEDVEDEV)),
        article("b", day(2018, 11, 19), talks(UNDATED, PHUC, MEDVEDEV)),
        article("c", day(2019, 5, 22), talks(day(2019, 5, 22), PHUC, MEDVEDEV))));
    assertEquals(List.of(ids("a"), ids("b", "c")), events(
        article("a", day(2016, 5, 16), talks(day(2016, 5, 16), PHUC, MEDVEDEV)),
        article("b", day(2019, 5, 23), talks(UNDATED, PHUC, MEDVEDEV)),
        article("c", day(2019, 5, 22), talks(day(2019, 5, 22), PHUC, MEDVEDEV))));
    // two meetings within a week: a report published after both could be either
    assertEquals(List.of(ids("a"), ids("b"), ids("c")), events(
        article("a", day(2019, 5, 20), talks(day(2019, 5, 20), PHUC, MEDVEDEV)),
        article("b", day(2019, 5, 23), talks(UNDATED, PHUC, MEDVEDEV)),
        article("c", day(2019, 5, 22), talks(day(2019, 5, 22), PHUC, MEDVEDEV))));
    // a year alone is compatible with both dated meetings of that year, so it joins neither
    assertEquals(List.of(ids("a"), ids("b"), ids("c")), events(
        article("a", UNDATED, talks(day(2019, 5, 20), PHUC, MEDVEDEV)),
        article("b", UNDATED, talks(Optional.of(PartialDate.ofYear(2019)), PHUC, MEDVEDEV)),
        article("c", UNDATED, talks(day(2019, 11, 22), PHUC, MEDVEDEV))));
  }

  @Test
  void partialDate_joinsTheOneMeetingItIsCompatibleWith() {
    assertEquals(List.of(ids("a", "b", "d"), ids("c")), events(
        article("a", UNDATED, talks(day(2019, 5, 22), PHUC, MEDVEDEV)),
        article("b", UNDATED, talks(Optional.of(PartialDate.ofYearMonth(2019, 5)), PHUC,
            MEDVEDEV)),
        article("c", UNDATED, talks(day(2018, 11, 19), PHUC, MEDVEDEV)),
        article("d", UNDATED, talks(Optional.of(PartialDate.ofMonthDay(5, 22)), PHUC, MEDVEDEV))));
  }

  @Test
  void dayAndMonthWithoutYear_isResolvedByThePublishedDate_orMatchedWhenUnique() {
    // published 2024-06-21: "20 June" is 2024-06-20
    assertEquals(List.of(ids("a", "b"), ids("c")), events(
        article("a", UNDATED, talks(day(2024, 6, 20), TRONG, PUTIN)),
        article("b", day(2024, 6, 21), talks(Optional.of(PartialDate.ofMonthDay(6, 20)), TRONG,
            PUTIN)),
        article("c", day(2025, 6, 21), talks(Optional.of(PartialDate.ofMonthDay(6, 20)), TRONG,
            PUTIN))));
    // no published date: it matches the one meeting on a 20 June, but not one of two
    assertEquals(List.of(ids("a", "b")), events(
        article("a", UNDATED, talks(day(2024, 6, 20), TRONG, PUTIN)),
        article("b", UNDATED, talks(Optional.of(PartialDate.ofMonthDay(6, 20)), TRONG, PUTIN))));
    assertEquals(List.of(ids("a"), ids("b"), ids("c")), events(
        article("a", UNDATED, talks(day(2024, 6, 20), TRONG, PUTIN)),
        article("b", UNDATED, talks(Optional.of(PartialDate.ofMonthDay(6, 20)), TRONG, PUTIN)),
        article("c", UNDATED, talks(day(2018, 6, 20), TRONG, PUTIN))));
    // or the one week of news that holds a 20 June
    assertEquals(List.of(ids("a", "b")), events(
        article("a", day(2024, 6, 22), talks(UNDATED, TRONG, PUTIN)),
        article("b", UNDATED, talks(Optional.of(PartialDate.ofMonthDay(6, 20)), TRONG, PUTIN))));
  }

  @Test
  void letterDatedByDayAndMonthOnly_isNotMatchedAcrossYears() {
    // National Day letters go out every 2 September
    assertEquals(List.of(ids("a"), ids("b")), events(
        article("a", UNDATED, of(MeetingKind.LETTER, day(2016, 9, 2), PUTIN, TRONG)),
        article("b", UNDATED, of(MeetingKind.LETTER,
            Optional.of(PartialDate.ofMonthDay(9, 2)), PUTIN, TRONG))));
  }

  @Test
  void twoReportsOfOneArticle_areTwoMeetings() {
    // "talks in Moscow" (this week) and "a press briefing in Hanoi last year", both undated
    assertEquals(List.of(ids("a", "b"), ids("b", "c")), events(
        article("a", day(2019, 5, 22), talks(day(2019, 5, 22), PHUC, MEDVEDEV)),
        article("b", day(2019, 5, 23), talks(UNDATED, PHUC, MEDVEDEV),
            recalled(UNDATED, PHUC, MEDVEDEV)),
        article("c", day(2018, 11, 19), talks(day(2018, 11, 19), PHUC, MEDVEDEV))));
  }

  @Test
  void grouping_doesNotDependOnArticleOrder() {
    List<Article> articles = new ArrayList<>(List.of(
        article("a", day(2016, 5, 16), talks(day(2016, 5, 16), PHUC, MEDVEDEV)),
        article("b", day(2016, 5, 18), talks(UNDATED, PHUC, MEDVEDEV)),
        article("c", day(2016, 5, 20), talks(UNDATED, PHUC, MEDVEDEV)),
        article("d", day(2016, 5, 27), talks(UNDATED, PHUC, MEDVEDEV)),
        article("e", UNDATED, talks(Optional.of(PartialDate.ofYearMonth(2016, 5)), PHUC,
            MEDVEDEV)),
        article("f", day(2017, 2, 1), recalled(UNDATED, PHUC, MEDVEDEV)),
        article("g", UNDATED, talks(Optional.of(PartialDate.ofMonthDay(5, 26)), PHUC, MEDVEDEV)),
        article("h", UNDATED, talks(UNDATED, PHUC, MEDVEDEV))));
    Set<Set<String>> expected = Set.of(ids("a", "b", "c"), ids("d", "g"), ids("e"), ids("f"),
        ids("h"));
    Random r = new Random(11);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(articles, r);
      assertEquals(expected, Set.copyOf(events(articles.toArray(new Article[0]))),
          articles.stream().map(Article::id).collect(Collectors.joining()));
    }
  }

  @Test
  void twoDaysAndMonths_neverJoinOneEventThroughAYearOnlyReport() {
    // 2022 can hold 14 July or 22 October, not both: the first joins it, the second stands apart
    assertEquals(List.of(ids("a", "b"), ids("c")), events(
        article("a", UNDATED, talks(Optional.of(PartialDate.ofYear(2022)), PUTIN, TRONG)),
        article("b", UNDATED, talks(Optional.of(PartialDate.ofMonthDay(7, 14)), TRONG, PUTIN)),
        article("c", UNDATED, talks(Optional.of(PartialDate.ofMonthDay(10, 22)), PUTIN, TRONG))));
  }
}
