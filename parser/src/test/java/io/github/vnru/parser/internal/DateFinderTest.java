package io.github.vnru.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.DateMention;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.WarningKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class DateFinderTest {
  private static final Optional<PartialDate> NONE = Optional.empty();

  private static List<String> dates(String s, Optional<PartialDate> published) {
    return DateFinder.find(s, 0, published, 0).dates().stream()
        .map(d -> d.date().toString())
        .collect(Collectors.toList());
  }

  private static List<String> dates(String s) {
    return dates(s, NONE);
  }

  private static Optional<PartialDate> pub(int y, int m, int d) {
    return Optional.of(PartialDate.of(y, m, d));
  }

  private static Optional<PartialDate> month(int y, int m) {
    return Optional.of(PartialDate.ofYearMonth(y, m));
  }

  @Test
  void find_dayMonth_underMonthOnlyPublishedDate_isTheMostRecentByTheMonthsLastDay() {
    // a page of March 2017: 20 February and 3 March are of 2017 (a year-old day would carry its
    // year), 5 April of 2016
    assertEquals(List.of("2017-02-20"), dates("Ngày 20/2, hai bên gặp.", month(2017, 3)));
    assertEquals(List.of("2017-03-03"), dates("Ngày 3/3, hai bên gặp.", month(2017, 3)));
    assertEquals(List.of("2016-04-05"), dates("On April 5 they met.", month(2017, 3)));
  }

  @Test
  void find_datesAsSomePagesSpaceThem_areDates() {
    // "Feb.27" with no space after the abbreviation's stop; "19/10/ 2004" with one before the year
    assertEquals(List.of("2001-02-27"), dates("Ha Noi, Feb.27 (VNA) -- They met.", pub(2001, 3, 1)));
    assertEquals(List.of("2004-10-19"), dates("10:29', 19/10/ 2004 (GMT+7)", NONE));
  }

  /**
   * A month of two words with two spaces, or a no-break one, between them: a date, as with one
   * space (its words were once looked up as matched, and the look-up failed).
   */
  @Test
  void find_monthOfTwoWordsSpacedWide_isADate() {
    assertEquals(List.of("2024-06-04"), dates("Ngày 4 Tháng  Sáu 2024, hai bên gặp.", NONE));
    assertEquals(List.of("2024-06-04"), dates("Ngày 4 Tháng\u00a0Sáu 2024, hai bên gặp.", NONE));
    assertEquals(List.of("2024-06-04"), dates("They met on 4\u00a0June\u00a0 2024.", NONE));
  }

  @Test
  void find_dayMonthWithHyphenOrDot_afterADayWord_isADate() {
    assertEquals(List.of("--02-24"), dates("Chiều 24-2, hai bên hội đàm.", NONE));
    assertEquals(List.of("--06-09"), dates("Sáng 9.6, hai bên gặp.", NONE));
    // a range of days and a bare pair of numbers are not
    assertEquals(List.of(), dates("Đoàn thăm Việt Nam từ ngày 2-4/4 theo lời mời.", NONE));
    assertEquals(List.of(), dates("Tỷ số là 24-2 sau trận đấu.", NONE));
  }

  @Test
  void find_dayMonthInBracketsAfterItsCue_isADate() {
    // "hôm qua (25/9)": the paper states the day its relative word means
    assertEquals(List.of("--09-25"), dates("Tại buổi làm việc hôm qua (25/9), hai bên gặp.", NONE));
    assertEquals(List.of(), dates("Tại buổi làm việc (25/9), hai bên gặp.", NONE));
    // led by its day word, written out as in digits: the day of the session before it
    assertEquals(List.of("2025-12-01"),
        dates("Phiên họp lần thứ 36 (ngày 1 tháng 12 năm 2025) tại Hải Phòng.", NONE));
    assertEquals(List.of("2025-12-01"),
        dates("Phiên họp lần thứ 36 (ngày 1/12/2025) tại Hải Phòng.", NONE));
  }

  @Test
  void find_weekday_underMonthOnlyOrNoPublishedDate_isUnknownWithWarning() {
    for (Optional<PartialDate> p : List.of(NONE, month(2017, 3))) {
      DateFinder.Result r = DateFinder.find("They met on Tuesday in Hanoi.", 10, p, 0);
      assertEquals(List.of(), r.dates());
      assertEquals(WarningKind.EVENT_DATE_UNKNOWN, r.issues().get(0).kind());
      assertEquals("Tuesday", r.issues().get(0).text());
      assertEquals(22, r.issues().get(0).offset());
    }
  }

  @Test
  void find_weekday_withFullPublishedDate_isThatWeekdayOnOrBefore() {
    // 2021-03-01 is a Monday: "on Tuesday" is the Tuesday before, never the Monday itself
    assertEquals(List.of("2021-02-23"), dates("They met on Tuesday.", pub(2021, 3, 1)));
  }

  @Test
  void find_dateAfterMonthOnlyPublishedDate_isDropped() {
    DateFinder.Result r = DateFinder.find("On April 5, 2017 they met.", 0, month(2017, 3), 0);
    assertEquals(List.of(), r.dates());
    assertEquals(WarningKind.DATE_AFTER_PUBLISHED, r.issues().get(0).kind());
  }

  @Test
  void find_dateWrappedOverTwoLines_isOneDate() {
    assertEquals(List.of("--03-11"), dates("They held talks in Moscow on March\n11, officials said."));
    assertEquals(List.of("2013-03-11"), dates("Hai bên hội đàm ngày\n11/3/2013 tại Moskva."));
  }

  /** Justified text sets runs of spaces between words: a date across one is read whole. */
  @Test
  void find_runsOfSpaces_readAsOne_placedWhereWritten() {
    String s = "Они  встретились  3   марта  2012 года в Москве.";
    DateFinder.Result r = DateFinder.find(s, 100, NONE, 0);
    assertEquals(List.of("2012-03-03"), r.dates().stream().map(d -> d.date().toString()).toList());
    assertEquals("3   марта  2012 года", s.substring(r.dates().get(0).start() - 100,
        r.dates().get(0).end() - 100));
    assertEquals(List.of("2021-04-05"), dates("Hai bên điện đàm ngày  05/4/2021 tại  Hà Nội."));
    DateFinder.Result weekday = DateFinder.find("They  met on  Tuesday in Hanoi.", 10, NONE, 0);
    assertEquals("Tuesday", weekday.issues().get(0).text());
    assertEquals(24, weekday.issues().get(0).offset());
  }

  @Test
  void find_commaAfterTheMonth_beforeADayAndAYear() {
    assertEquals(List.of("2019-10-20"), dates("The talks closed on October, 20 2019 in Sochi."));
    assertEquals(List.of(), dates("In October, 20 delegates met in Sochi."));
  }

  @Test
  void find_numericFullDate_dayFirst() {
    assertEquals(List.of("2021-04-05"), dates("Ngày 05/4/2021, hai bên điện đàm."));
    assertEquals(List.of("2021-04-05"), dates("Hôm 5.4.2021 hai bên gặp."));
    assertEquals(List.of("2021-04-05"), dates("On 2021-04-05 they met."));
  }

  @Test
  void find_dayMonth_needsDayWord() {
    assertEquals(List.of("--06-11"), dates("Ngày 11/6, Tổng bí thư điện đàm."));
    assertEquals(List.of("--10-10"), dates("sáng 10/10 tại Bình Nhưỡng"));
    assertEquals(List.of(), dates("giảm 1/3 so với năm trước"));
  }

  @Test
  void find_dayMonth_takesYearFromPublished() {
    assertEquals(List.of("2025-10-10"), dates("ngày 10/10 tại Bình Nhưỡng", pub(2025, 10, 10)));
    assertEquals(List.of("2024-12-30"), dates("ngày 30/12 tại Hà Nội", pub(2025, 1, 2)));
  }

  @Test
  void find_februaryTwentyNinth_takesLastLeapYear() {
    assertEquals(List.of("2024-02-29"), dates("ngày 29/2 hai bên gặp", pub(2025, 3, 1)));
  }

  @Test
  void find_vietnameseLongForms() {
    assertEquals(List.of("2021-04-05"), dates("ngày 5 tháng 4 năm 2021, hai bên gặp"));
    assertEquals(List.of("--04-05"), dates("ngày 5 tháng 4, hai bên gặp"));
    assertEquals(List.of("2021-04"), dates("trong tháng 4/2021 hai bên gặp"));
    assertEquals(List.of("2021-04"), dates("trong tháng 4 năm 2021 hai bên gặp"));
  }

  @Test
  void find_vietnameseDateWithoutDayWord_onlyWithItsYear() {
    assertEquals(List.of("2006-02-16"), dates("16 Tháng 2 2006 - Cập nhật 15h17 GMT"));
    assertEquals(List.of("2012-11-07"), dates("buổi gặp gỡ vào sáng 7 tháng 11, 2012."));
    assertEquals(List.of(), dates("sau 3 tháng 5 ngày hai bên gặp"));
  }

  @Test
  void find_vietnameseMonthNamesInWords() {
    assertEquals(List.of("2014-06-24"), dates("24 Tháng Sáu 2014 12:00 SA"));
    assertEquals(List.of("2025-09-16"), dates("23:04, 16 Tháng Chín 2025"));
  }

  @Test
  void find_aYearWithATimeGluedToIt() {
    // a date line that lost the space between its date and its time
    assertEquals(List.of("2014-06-24"), dates("24 Tháng Sáu 201412:00 SA(Xem: 17397)"));
    assertEquals(List.of("2021-09-28"), dates("28 September 202114:32"));
    // more digits, with no time among them, are no year: the day and month alone
    assertEquals(List.of("--09-28"), dates("28 September 20211432"));
  }

  @Test
  void find_englishForms() {
    assertEquals(List.of("--04-05"), dates("They met on April 5 in Moscow."));
    assertEquals(List.of("2021-12-03"), dates("They met on December 3, 2021."));
    assertEquals(List.of("2021-12-03"), dates("They met on 3 December 2021."));
    assertEquals(List.of("2021-04"), dates("They met in April 2021."));
    assertEquals(List.of("2021-04-05"), dates("They met on April 5.", pub(2021, 6, 1)));
  }

  @Test
  void find_lowercaseMonthWord_isNotADate() {
    assertEquals(List.of(), dates("They may 5 times meet."));
  }

  @Test
  void find_weekdays_resolveAgainstPublished() {
    // 2021-04-07 is a Wednesday
    assertEquals(List.of("2021-04-05"), dates("They met on Monday.", pub(2021, 4, 7)));
    assertEquals(List.of("2021-04-07"), dates("They met on Wednesday.", pub(2021, 4, 7)));
    assertEquals(List.of("2021-04-01"), dates("Hôm thứ 5, hai bên gặp.", pub(2021, 4, 7)));
    assertEquals(List.of("2021-04-05"), dates("Thứ Hai, hai bên gặp.", pub(2021, 4, 7)));
    assertEquals(List.of("2021-04-04"), dates("Hôm chủ nhật, hai bên gặp.", pub(2021, 4, 7)));
  }

  @Test
  void find_weekdays_unknownWithoutPublished() {
    assertEquals(List.of(), dates("They met on Monday."));
  }

  @Test
  void find_ordinalThu_isNotAWeekday() {
    assertEquals(List.of(), dates("Đại hội lần thứ hai của Đảng", pub(2021, 4, 7)));
  }

  @Test
  void find_ranges_areNotEventDates() {
    assertEquals(
        List.of("2025-10-10"),
        dates(
            "dự Lễ kỷ niệm 80 năm Ngày thành lập Đảng (10/10/1945-10/10/2025), ngày 10/10 tại",
            pub(2025, 10, 10)));
    assertEquals(List.of(), dates("Quốc khánh (2/9/1945-2/9/2025)."));
  }

  @Test
  void find_aNumberedDecisionsDate_isNotAnEventDate() {
    assertEquals(List.of(), dates("theo Quyết định số 1667/QĐ-CTN ký ngày 27/12/2023."));
    assertEquals(List.of("2023-12-27"), dates("hai bên đã ký ngày 27/12/2023."));
  }

  @Test
  void find_parenthesisedHistoricalDate_isNotAnEventDate() {
    assertEquals(List.of(), dates("the 150th anniversary of V. I. Lenin (April 22, 1870), X met Y."));
  }

  @Test
  void find_dateBeforeADashAndALaterYear_isTheDayAnAnniversaryIsKept() {
    String s = "They met on the 30th anniversary of the Treaty (June 16, 1994-2024).";
    assertEquals(List.of(), dates(s));
    assertEquals(
        List.of(PartialDate.of(2024, 6, 16)), DateFinder.find(s, 0, NONE, 0).anniversaries());
    // a date before a time, or before an earlier number, is an event's
    assertEquals(List.of("2024-06-16"), dates("Published June 16, 2024 - 1030 GMT"));
    assertEquals(List.of("2024-06-16"), dates("They met on June 16, 2024 - 1994 was long ago."));
  }

  @Test
  void find_holidayCue_isNotAnEventDate() {
    assertEquals(List.of(), dates("nhân dịp Quốc khánh ngày 12/6 hai bên điện đàm"));
    assertEquals(List.of(), dates("on the anniversary on May 9, 2020 they met"));
    assertEquals(
        List.of("--06-11"),
        dates("Ngày 11/6, hai lãnh đạo điện đàm nhân dịp Quốc khánh Liên bang Nga 12/6."));
  }

  @Test
  void find_holidayCueManyWordsBefore_leavesTheEventDate() {
    assertEquals(List.of("--01-15"), dates("attended a programme to celebrate the 75th anniversary of"
        + " bilateral diplomatic relations in Hanoi on January 15."));
    assertEquals(List.of(), dates("to celebrate the anniversary of relations on January 30"));
  }

  @Test
  void find_relativeDaysPossessive_isADayOnlyBeforeAnEvent() {
    assertEquals(List.of("2024-06-20"),
        dates("Today’s high-level talks reaffirmed the ties.", pub(2024, 6, 20)));
    assertEquals(List.of(), dates("These meetings allowed the two countries to develop today's"
        + " comprehensive strategic partnership.", pub(2023, 3, 7)));
    assertEquals(List.of(), dates("It is very important in today’s world.", pub(2010, 11, 15)));
  }

  @Test
  void find_visitEndInTheClause_makesNoEventDate() {
    assertEquals(List.of(), dates("Volodin on Monday afternoon concluded his official visit to Viet"
        + " Nam, during which he co-chaired the session.", pub(2025, 9, 30)));
    assertEquals(List.of(), dates("He concluded his visit to Vietnam on September 29, 2025."));
    assertEquals(List.of(), dates("Chủ tịch Duma Quốc gia chiều 29/9/2025 kết thúc chuyến thăm."));
    assertEquals(List.of(), dates("29 сентября 2025 года Володин завершил официальный визит."));
    // the day of what was done before the comma is the event's
    assertEquals(List.of("2025-09-29"),
        dates("He met Putin on September 29, 2025, and concluded his visit."));
  }

  @Test
  void find_birthWordAnywhereBeforeInTheClause_makesABirthDate() {
    assertEquals(List.of(), dates("He was born in Hanoi's Dong Anh suburban area on April 14, 1944."));
    assertEquals(List.of(), dates("Ông sinh ra tại làng Kim Liên huyện Nam Đàn tỉnh Nghệ An ngày 19/5/1890."));
    assertEquals(List.of(), dates("Он родился в деревне под Ханоем 14 апреля 1944 года."));
    // a clause of its own after the birth is the event's ("reborn" is no birth word either)
    assertEquals(List.of("2024-06-20"), dates("Born in Hanoi, he met Putin on June 20, 2024."));
    assertEquals(List.of("2024-06-20"), dates("The ties reborn met on June 20, 2024."));
  }

  @Test
  void find_futureDate_isDroppedWithReason() {
    DateFinder.Result r =
        DateFinder.find("Ngày 5/4/2030 hai bên gặp.", 100, pub(2025, 1, 1), 0);
    assertEquals(List.of(), r.dates());
    assertEquals(105, r.issues().get(0).offset());
    assertTrue(r.issues().get(0).message().contains("after the published date"));
  }

  @Test
  void find_impossibleDate_isDroppedWithReason() {
    DateFinder.Result r = DateFinder.find("Ngày 31/2/2021 hai bên gặp.", 0, NONE, 0);
    assertEquals(List.of(), r.dates());
    assertTrue(r.issues().get(0).message().startsWith("impossible date 2021-02-31"));
  }

  @Test
  void find_offsetsAreAbsolute() {
    String s = "Xin chào. Ngày 05/4/2021 gặp.";
    List<DateMention> d = DateFinder.find(s, 1000, NONE, 0).dates();
    assertEquals(1, d.size());
    assertEquals("05/4/2021", s.substring(d.get(0).start() - 1000, d.get(0).end() - 1000));
    assertEquals(PartialDate.of(2021, 4, 5), d.get(0).date());
  }

  @Test
  void find_russianDates_dayMonthYear_monthYear_weekday_andDaysCountedFromThePublishedDate() {
    assertEquals(List.of("2025-10-10"), dates("Встреча прошла 10 октября 2025 года в Москве."));
    assertEquals(List.of("2025-09-01"), dates("Они встретились 1 сентября 2025 г. в Пекине."));
    assertEquals(List.of("--05-19"), dates("Переговоры прошли 19 мая в Сочи."));
    assertEquals(List.of("2016-05-19"), dates("Переговоры прошли 19 мая в Сочи.", pub(2016, 5, 20)));
    assertEquals(List.of("--03-03"), dates("Встреча 3 марта.")); // марта is March, not May
    assertEquals(List.of("--10-10"), dates("МОСКВА, 10 окт — стороны встретились."));
    // a page timestamp with the month first, as English formats print Russian month names
    assertEquals(List.of("2020-07-24"), dates("июл 24, 2020"));
    assertEquals(List.of("2019-05-03"), dates("Опубликовано: мая 3, 2019 в 10:15"));
    assertEquals(List.of(), dates("К 9 часам мая 24 делегата прибыли.")); // no year: no date
    assertEquals(List.of("2016-05"), dates("Визит состоялся в мае 2016 года."));
    // 2021-11-29 is a Monday: "во вторник" counts back to the Tuesday before
    assertEquals(List.of("2021-11-23"), dates("Они встретились во вторник.", pub(2021, 11, 29)));
    assertEquals(List.of("2021-11-26"), dates("Они встретились в пятницу.", pub(2021, 11, 29)));
    assertEquals(List.of("2021-11-28"), dates("Вчера они встретились.", pub(2021, 11, 29)));
    assertEquals(List.of("2021-11-29"), dates("Сегодня они встретились.", pub(2021, 11, 29)));
    assertEquals(List.of(), dates("Сегодня они встретились."));
  }

  @Test
  void find_relativeDays_countFromAFullPublishedDate() {
    assertEquals(List.of("2009-12-16"), dates("They agreed in Moscow yesterday.", pub(2009, 12, 17)));
    assertEquals(List.of("2024-06-20"), dates("Within today's talks, they agreed.", pub(2024, 6, 20)));
    assertEquals(List.of("2025-06-24"), dates("Dung this morning received Ms Shvakova.", pub(2025, 6, 24)));
    assertEquals(List.of("2013-11-11"), dates("Tối qua, hai bên hội đàm.", pub(2013, 11, 12)));
    assertEquals(List.of("2013-11-12"), dates("Hôm nay hai bên hội đàm.", pub(2013, 11, 12)));
    assertEquals(List.of("2016-05-18"), dates("Вчера они встретились.", pub(2016, 5, 19)));
    // "накануне": the day before as an adverb, "on the eve of" before a word in the genitive
    assertEquals(List.of("2025-10-27"),
        dates("Губернатор провел накануне рабочую встречу.", pub(2025, 10, 28)));
    assertEquals(List.of("2025-10-27"), dates("Накануне состоялась встреча.", pub(2025, 10, 28)));
    assertEquals(List.of(), dates("Накануне визита губернатор заявил о планах.", pub(2025, 10, 28)));
    // "tôi qua" is "I pass", not "last night": the diacritics decide
    assertEquals(List.of(), dates("Tôi qua Hà Nội.", pub(2013, 11, 12)));
    // without a full published date there is no day to count from
    DateFinder.Result r = DateFinder.find("They met yesterday.", 0, month(2009, 12), 0);
    assertEquals(List.of(), r.dates());
    assertEquals(WarningKind.EVENT_DATE_UNKNOWN, r.issues().get(0).kind());
  }

  @Test
  void find_numericDate_readsMonthFirstOnlyWhenDayFirstIsNoDate() {
    assertEquals(List.of("2018-11-19"), dates("Posted 11/19/2018 by staff."));
    assertEquals(List.of("2018-11-05"), dates("Posted 05/11/2018 by staff."));
    assertEquals(List.of("2009-12-17"), dates("Update: December, 17/2009 - 09:40"));
    // a comma after a month name before a bare number is a list, not a date
    assertEquals(List.of(), dates("In March, 12 delegates met."));
  }

  @Test
  void find_dayMonth_takesEachLanguagesWords_ordinalsLinksAndYearWords() {
    // one shape, the words of dates.tsv: ordinal-suffix, day-month-link, year-word
    assertEquals(List.of("2021-12-05"), dates("They met on the 5th of December 2021 in Hanoi."));
    assertEquals(List.of("--12-01"), dates("They met on 1st December in Hanoi."));
    assertEquals(List.of("2021-12-03"), dates("They met on December 3rd, 2021 in Hanoi."));
    assertEquals(List.of(), dates("They met on 7 may in Hanoi.")); // a Latin month needs a capital
    assertEquals(List.of("2012-07-26"), dates("They met on 26 july 2012 in Hanoi."));
    // the words of one language do not join another's: no "of" nor "th" before a Russian month
    assertEquals(
        "19 мая 2016 года",
        span("Встреча 19 мая 2016 года в Сочи."));
    assertEquals(List.of(), dates("Встреча 19th мая в Сочи."));
    assertEquals(List.of(), dates("Встреча 19 of мая в Сочи."));
  }

  private static String span(String s) {
    DateMention d = DateFinder.find(s, 0, NONE, 0).dates().get(0);
    return s.substring(d.start(), d.end());
  }

  @Test
  void find_relativeDayBesideTheDayItself_isThatDay() {
    // "this afternoon, 3/12": the day the text gives wins over counting from the page's date
    assertEquals(List.of("2019-12-03"), dates("Chiều nay 3/12, tại Hà Nội, hai bên hội đàm.", month(2019, 12)));
    assertEquals(List.of("--09-03"), dates("Chiều qua 3.9, Thủ tướng tiếp đối tác.", NONE));
    // set off by a comma: "hôm nay, 17/5"
    assertEquals(List.of("--05-17"), dates("Hôm nay,  17/5, Thủ tướng có cuộc gặp.", NONE));
  }

  @Test
  void find_dateOpeningARangeOfDays_isNoEventDay() {
    assertEquals(List.of(), dates("Visiting Russia from December 8 to 12, she met the Premier.", NONE));
    assertEquals(List.of(), dates("Đoàn thăm Nga từ ngày 8/12 đến 12/12.", NONE));
    assertEquals(List.of("--12-08"), dates("She met the Premier on December 8 to discuss trade.", NONE));
    // a dash and a later day: "May 21-23"; not a time after a date
    assertEquals(List.of(), dates("He is on a working visit from May 21-23 under an agreement.", NONE));
    assertEquals(List.of(), dates("He is on a working visit from May 21 – 23.", NONE));
    assertEquals(List.of("2013-12-24"), dates("24/12/2013 - 06:58", NONE));
    assertEquals(List.of(), dates("Делегация посетила Санкт-Петербург 8-9 декабря.", NONE));
    assertEquals(List.of(), dates("The delegation visited Moscow on 21 – 23 May.", NONE));
    // a day and a range word: "с 21 по 22 октября" is a range; "в 12 часов 22 октября" is not
    assertEquals(List.of(), dates("Губернатор с 21 по 22 октября находится во Вьетнаме.", NONE));
    assertEquals(List.of(), dates("The delegation stays from 8 to 12 December.", NONE));
    assertEquals(List.of("--10-22"), dates("Встреча прошла по итогам визита 22 октября.", NONE));
  }

  @Test
  void find_spanOfDaysOfOneMonth_isNotedByItsFirstDay() {
    assertEquals(List.of("2019-10-28"), spans("đang thăm Việt Nam từ ngày 28-30/10/2019."));
    assertEquals(List.of("--01-14"), spans("đang thăm Việt Nam từ ngày 14-15/1."));
    assertEquals(List.of(), dates("đang thăm Việt Nam từ ngày 28-30/10/2019.", NONE));
    // without a year or a day word, two numbers and a day-month are no span
    assertEquals(List.of(), spans("tỷ số 2-3/4 trong trận"));
    // an anniversary's two dates years apart are no span of days
    assertEquals(List.of(), spans("Quốc khánh Liên bang Nga (12/06/1990 – 12/06/2019), ngày 12/06"));
  }

  @Test
  void find_spanOverTwoMonths_takesTheYearOfItsLastDay() {
    assertEquals(List.of("2021-11-29"),
        spans("chuyến thăm chính thức từ ngày 29/11 đến ngày 2/12/2021."));
    // the last day written out, its day word too
    assertEquals(List.of("2021-11-29"),
        spans("chuyến thăm chính thức từ ngày 29/11 đến ngày 2 tháng 12 năm 2021."));
    assertEquals(List.of(), dates("chuyến thăm chính thức từ ngày 29/11 đến ngày 2 tháng 12 năm 2021.",
        NONE));
    assertEquals(List.of("2021-12-30"), spans("chuyến thăm từ ngày 30/12 đến ngày 2/1/2022."));
  }

  private static List<String> spans(String s) {
    return DateFinder.find(s, 0, NONE, 0).spans().stream().map(d -> d.date().toString()).toList();
  }
}
