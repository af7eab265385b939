package io.github.vnru.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class SentenceSplitterTest {
  private static List<String> split(String s) {
    return SentenceSplitter.split(s).stream()
        .map(SentenceSplitter.Span::text)
        .collect(Collectors.toList());
  }

  @Test
  void split_plainSentences() {
    assertEquals(List.of("Một câu.", "Hai câu!", "Ba câu?"), split("Một câu. Hai câu! Ba câu?"));
  }

  @Test
  void split_lostSpaceAfterDate_splits() {
    assertEquals(
        List.of("nhân dịp Quốc khánh Liên bang Nga 12/6.", "Thay mặt Đảng."),
        split("nhân dịp Quốc khánh Liên bang Nga 12/6.Thay mặt Đảng."));
  }

  @Test
  void split_lostSpaceAfterWord_splits() {
    assertEquals(List.of("của Tổng thống Putin.", "Nhân dịp này"), split("của Tổng thống Putin.Nhân dịp này"));
  }

  @Test
  void split_aSitesNameInCapitals_doesNotSplit() {
    assertEquals(List.of("Об этом сообщили корреспонденты URA.RU Мария Зябликова."),
        split("Об этом сообщили корреспонденты URA.RU Мария Зябликова."));
    assertEquals(List.of("VOV.VN - Phó Thủ tướng đã gửi điện."),
        split("VOV.VN - Phó Thủ tướng đã gửi điện."));
    // a sentence's last word in capitals, then a lost space: still two
    assertEquals(List.of("Đoàn thăm LB Nga.", "Tiếp đó, đoàn về nước."),
        split("Đoàn thăm LB Nga.Tiếp đó, đoàn về nước."));
  }

  @Test
  void split_initials_doNotSplit() {
    assertEquals(List.of("Tổng thống V. Pu-tin đã nhận lời."), split("Tổng thống V. Pu-tin đã nhận lời."));
    assertEquals(List.of("Of V. I. Lenin (1870)."), split("Of V. I. Lenin (1870)."));
    assertEquals(List.of("The U.S. Senate met."), split("The U.S. Senate met."));
    // a Russian letter that Latin letters write with two (Х as Kh)
    assertEquals(List.of("Prime Minister R.Kh. Mardanov arrived."),
        split("Prime Minister R.Kh. Mardanov arrived."));
    // a given name written out, then the patronymic's initial with the space lost
    assertEquals(List.of("tiếp Thứ trưởng Aleksandr.V. Fomin đang có chuyến thăm."),
        split("tiếp Thứ trưởng Aleksandr.V. Fomin đang có chuyến thăm."));
    assertEquals(List.of("gặp Putin.", "V. Pu-tin nói."), split("gặp Putin. V. Pu-tin nói."));
    // an initial's period set off by a space ends nothing; a word's full stop so set off does
    assertEquals(List.of("ngày sinh V. I . Lenin, ông Ziuganov trao."),
        split("ngày sinh V. I . Lenin, ông Ziuganov trao."));
    assertEquals(List.of("gặp Putin .", "Ông nói."), split("gặp Putin . Ông nói."));
    // "Assoc. Prof.": an academic title's abbreviations end nothing
    assertEquals(List.of("From the University side, Assoc. Prof. Nguyen Thanh Ha hosted it."),
        split("From the University side, Assoc. Prof. Nguyen Thanh Ha hosted it."));
  }

  @Test
  void split_abbreviations_doNotSplit() {
    assertEquals(List.of("Mr. Smith met Dr. Jones."), split("Mr. Smith met Dr. Jones."));
    // "г." before a city's name is "город"; after a year it is "год" and may end the sentence
    assertEquals(List.of("Председатель совета г. Хошимина принял гостей."),
        split("Председатель совета г. Хошимина принял гостей."));
    assertEquals(List.of("Это было в 2022 г.", "Стороны встретились."),
        split("Это было в 2022 г. Стороны встретились."));
    // "им." is "имени", a university named after its founder
    assertEquals(List.of("Делегация университета им. В.И. Вернадского прибыла."),
        split("Делегация университета им. В.И. Вернадского прибыла."));
    // a military rank abbreviated word by word, one of five letters
    assertEquals(List.of("Deputy Minister Sen. Lieut. Gen. Le Van Lam received him."),
        split("Deputy Minister Sen. Lieut. Gen. Le Van Lam received him."));
    // Vietnamese academic degrees before a name: GS. (professor), TSKH. (doctor of science)
    assertEquals(List.of("Có GS. Lê Quân, TSKH. Marina A. Nikitina và PGS.TS. Hồ Lan."),
        split("Có GS. Lê Quân, TSKH. Marina A. Nikitina và PGS.TS. Hồ Lan."));
    // honorary titles: People's Teacher, Meritorious Artist
    assertEquals(List.of("Hiệu trưởng NGND. PGS.TS. Tô Ngọc Hưng và NSƯT. Lê Lan đã thăm Nga."),
        split("Hiệu trưởng NGND. PGS.TS. Tô Ngọc Hưng và NSƯT. Lê Lan đã thăm Nga."));
    assertEquals(List.of("A delegation led by Prof. Acad. Ivan I. Petrov visited."),
        split("A delegation led by Prof. Acad. Ivan I. Petrov visited."));
  }

  @Test
  void split_numbersDatesAndUrls_doNotSplit() {
    assertEquals(List.of("Tăng 1.5 lần ngày 10/10 nay."), split("Tăng 1.5 lần ngày 10/10 nay."));
    assertEquals(
        List.of("See https://vnanet.vn/A.B/Tin.html today."),
        split("See https://vnanet.vn/A.B/Tin.html today."));
    assertEquals(List.of("Xem www.Nhandan.VN nhé."), split("Xem www.Nhandan.VN nhé."));
  }

  @Test
  void split_lowercaseAfterPeriod_doesNotSplit() {
    assertEquals(List.of("vietnamnews.vn and more."), split("vietnamnews.vn and more."));
  }

  @Test
  void split_offsetsPointIntoText() {
    String s = "  Một.  Hai.Ba ";
    for (SentenceSplitter.Span span : SentenceSplitter.split(s)) {
      assertEquals(span.text(), s.substring(span.start(), span.end()));
    }
    assertEquals(List.of("Một.", "Hai.", "Ba"), split(s));
  }

  @Test
  void split_closingQuoteStaysWithSentence() {
    assertEquals(List.of("He said \"yes.\"", "Then left."), split("He said \"yes.\" Then left."));
  }

  @Test
  void split_shortMonthNameBeforeItsDay_doesNotEndTheSentence() {
    assertEquals(
        List.of("The leaders met on Feb. 22 in Hanoi.", "Talks followed."),
        split("The leaders met on Feb. 22 in Hanoi. Talks followed."));
  }

  @Test
  void split_aQuotedTitleInsideTheSentence_doesNotEndIt() {
    assertEquals(
        List.of("На конференции «Наследие. 50 лет спустя» в ходе встречи принято решение.",
            "Потом был обед."),
        split("На конференции «Наследие. 50 лет спустя» в ходе встречи принято решение."
            + " Потом был обед."));
    assertEquals(
        List.of("The forum \"Heritage. Fifty years on\" opened in Hanoi."),
        split("The forum \"Heritage. Fifty years on\" opened in Hanoi."));
    // a quotation that closes with its sentence, or whose text goes on in capitals, ends it
    assertEquals(List.of("He said \"We agree.\"", "The \"new\" plan followed."),
        split("He said \"We agree.\" The \"new\" plan followed."));
    assertEquals(List.of("He said «We agree.", "We sign» Then left."),
        split("He said «We agree. We sign» Then left."));
  }
}
