package io.github.vnru.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.Extractor;
import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.Mention;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Span;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.TextNormalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hard-wrapped text (a PDF, e-mail or print copy whose sentences run over several lines): the
 * lines of a sentence are one paragraph, and nothing else is glued to it. Each text is written for
 * the test.
 */
final class HardWrappedTextTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  private static final String WRAPPED =
      "To Lam visits Russia\n"
          + "\n"
          + "Moscow (VNA) - General Secretary To Lam arrived in Moscow on\n"
          + "March 3 for an official visit at the invitation of the Russian\n"
          + "side. On the same day President of the Russian Federation Vladimir\n"
          + "Putin held talks with To Lam, General Secretary of the\n"
          + "Communist Party of Vietnam, in the Kremlin.\n"
          + "The two sides agreed to exchange delegations at all levels and to\n"
          + "coordinate at multilateral forums.\n";

  private static Article parse(String text) throws ArticleParseException {
    return PARSER.parse("t", text);
  }

  @Test
  void parse_hardWrappedText_joinsTheLinesOfEachSentence() throws Exception {
    Article a = parse(WRAPPED);
    assertEquals(Optional.of("To Lam visits Russia"), a.title());
    assertEquals(
        List.of(
            "Moscow (VNA) - General Secretary To Lam arrived in Moscow on\n"
                + "March 3 for an official visit at the invitation of the Russian\n"
                + "side. On the same day President of the Russian Federation Vladimir\n"
                + "Putin held talks with To Lam, General Secretary of the\n"
                + "Communist Party of Vietnam, in the Kremlin.",
            // a line that ends a sentence ends the paragraph
            "The two sides agreed to exchange delegations at all levels and to\n"
                + "coordinate at multilateral forums."),
        a.paragraphs());
  }

  @Test
  void parse_nameSplitOverTwoLines_isFoundWithItsTextAsWritten() throws Exception {
    Article a = parse(WRAPPED);
    Mention putin =
        a.mentions().stream().filter(m -> m.id().equals("vladimir-putin")).findFirst().orElseThrow();
    assertEquals("Vladimir\nPutin", putin.text());
    assertEquals(putin.text(), WRAPPED.substring(putin.start(), putin.end()));
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    Meeting talks = a.meetings().get(0);
    assertEquals(
        Set.of(PersonId.of("to-lam"), PersonId.of("vladimir-putin")),
        talks.participants().stream().map(Participant::person).collect(Collectors.toSet()));
    Span span = talks.evidence().span();
    assertEquals(
        "On the same day President of the Russian Federation Vladimir\n"
            + "Putin held talks with To Lam, General Secretary of the\n"
            + "Communist Party of Vietnam, in the Kremlin.",
        talks.evidence().sentence());
    assertEquals(talks.evidence().sentence(), WRAPPED.substring(span.start(), span.end()));
  }

  @Test
  void parse_hardWrappedText_losesNothingAndKeepsOffsets() throws Exception {
    String text = TextNormalizer.normalize("t", WRAPPED);
    ArticleAssembler.Parsed parsed =
        ArticleAssembler.assemble("t", "t", text, Extractor.of(PARSER.registry())::extract);
    ArticleInvariants.checkParsed(parsed);
  }

  @Test
  void parse_firstLineGoingOnInLowerCase_isNoTitle() throws Exception {
    Article a = parse(
        "В данные\n"
            + "дни в Москве находится делегация вьетнамского журнала.\n"
            + "С представителями журнала встретился заместитель председателя\n"
            + "ЦК КПРФ Дмитрий Новиков. Журнал основан в 1930 году и\n"
            + "выходит ежемесячно.\n");
    assertEquals(Optional.empty(), a.title());
    assertEquals(
        List.of(
            "В данные\nдни в Москве находится делегация вьетнамского журнала.",
            "С представителями журнала встретился заместитель председателя\n"
                + "ЦК КПРФ Дмитрий Новиков. Журнал основан в 1930 году и\n"
                + "выходит ежемесячно."),
        a.paragraphs());
  }

  @Test
  void parse_hardWrappedText_keepsCaptionsCreditsAndJunkApart() throws Exception {
    Article a = parse(
        "Russian party delegation visits Hanoi\n"
            + "\n"
            + "Share\n"
            + "The delegation of the United Russia party was received in Hanoi\n"
            + "on Monday by the head of the Commission for External Relations,\n"
            + "who welcomed the guests and\n"
            + "Photo: VNA\n"
            + "spoke about the ties between the parties.\n"
            + "Source: VNA\n");
    assertEquals(
        List.of(
            "The delegation of the United Russia party was received in Hanoi\n"
                + "on Monday by the head of the Commission for External Relations,\n"
                + "who welcomed the guests and",
            "spoke about the ties between the parties."),
        a.paragraphs());
    assertEquals(List.of("Photo: VNA"), a.captions());
    assertEquals(List.of("Source: VNA"), a.credits());
    assertEquals(List.of("Share"), a.boilerplate());
  }

  @Test
  void parse_hardWrappedText_doesNotGlueAMenuLineOrARepeatedLine() throws Exception {
    Article a = parse(
        "Russian party delegation visits Hanoi\n"
            + "\n"
            + "World News\n"
            + "Deputy Secretary of the party's General Council Andrey\n"
            + "Klimov held talks in Hanoi on Monday with the head of\n"
            + "the Commission for External Relations.\n"
            + "\n"
            + "Klimov and the head of the Commission for External Relations\n"
            + "Klimov and the head of the Commission for External Relations\n"
            + "The guests laid a wreath at the monument and\n"
            + "visited the museum of the revolution.\n");
    assertEquals(
        List.of(
            "World News",
            "Deputy Secretary of the party's General Council Andrey\n"
                + "Klimov held talks in Hanoi on Monday with the head of\n"
                + "the Commission for External Relations.",
            "Klimov and the head of the Commission for External Relations",
            "Klimov and the head of the Commission for External Relations",
            "The guests laid a wreath at the monument and\n"
                + "visited the museum of the revolution."),
        a.paragraphs());
  }

  @Test
  void parse_hardWrappedText_keepsAHeadlineEndingInALowerCaseWordApart() throws Exception {
    Article a = parse(
        "Vietnam and Russia hold party talks\n"
            + "Hanoi (VNA) - The delegation of the United Russia party was received\n"
            + "on Monday by the head of the Commission for External Relations, who\n"
            + "welcomed the guests.\n");
    assertEquals(Optional.of("Vietnam and Russia hold party talks"), a.title());
    assertEquals(1, a.paragraphs().size(), a.paragraphs().toString());
  }

  /**
   * A line as long as the text's width, its sentence open, runs on even into a capital: the next
   * word would not have fit on it ("… Thượng tướng Hoàng Xuân" above "Chiến, Thứ trưởng …"); the
   * first line of such a text is no headline.
   */
  @Test
  void parse_fullLineAboveACapital_runsOnAndIsNoHeadline() throws Exception {
    String text = "Ngày 12-5, tại TP Vladivostok (Liên bang Nga), Thượng tướng Hoàng Xuân\n"
        + "Chiến, Thứ trưởng Bộ Quốc phòng, đã có buổi làm việc với Đô đốc Viktor\n"
        + "Liina, Tư lệnh Hạm đội Thái Bình Dương Liên bang Nga, theo lời mời của\n"
        + "phía Nga. Hai bên trao đổi về hợp tác giữa hải quân hai nước trong thời\n"
        + "gian tới, nhất trí tăng cường trao đổi đoàn các cấp, đào tạo cán bộ và\n"
        + "phối hợp tại các diễn đàn đa phương về an ninh hàng hải trong khu vực.\n";
    Article a = parse(text);
    assertEquals(Optional.empty(), a.title());
    assertEquals(1, a.paragraphs().size(), a.paragraphs().toString());
    assertTrue(a.persons().contains(PersonId.of("hoang-xuan-chien")), a.persons().toString());
    // a short line above a capital is still a headline
    Article b = parse("Hải quân hai nước tăng cường hợp tác\n" + text.substring(text.indexOf('\n') + 1));
    assertEquals(Optional.of("Hải quân hai nước tăng cường hợp tác"), b.title());
  }

  /** A date opening a line after a day word the line above ends with is that sentence's day. */
  @Test
  void parse_dateOpeningALineAfterItsDayWord_isTheSentencesDay() throws Exception {
    Article a = parse("Chủ tịch nước tiếp Chủ tịch Đảng Cộng sản Nga\n\n"
        + "Trong khuôn khổ chuyến thăm chính thức Liên bang Nga, sáng ngày\n"
        + "02/12/2021 Chủ tịch nước Nguyễn Xuân Phúc đã tiếp Chủ tịch Đảng Cộng sản\n"
        + "Liên bang Nga Gennady Ziuganov tại thủ đô Moskva của nước bạn.\n");
    assertEquals(List.of(), a.boilerplate());
    assertEquals("2021-12-02", a.meetings().get(0).date().orElseThrow().toString());
  }

  @Test
  void parse_oneParagraphPerLine_isUntouched() throws Exception {
    List<String> lines =
        List.of(
            "Hanoi (VNA) - Vietnam and Russia held political consultations in Hanoi on Monday.",
            "The two sides reviewed the results of cooperation in recent years and",
            "agreed to exchange delegations at all levels.",
            "Cooperation in energy",
            "They discussed oil and gas projects, and",
            "The talks ended with a joint statement.");
    Article a = parse("Vietnam, Russia hold consultations\n\n" + String.join("\n", lines) + "\n");
    assertEquals(lines, a.paragraphs());
  }

  @Test
  void parse_paragraphsSeparatedByBlankLines_areNeverJoinedAcrossThem() throws Exception {
    Article a = parse(
        "Russian party delegation visits Hanoi\n"
            + "\n"
            + "The delegation of the United Russia party was received in Hanoi\n"
            + "on Monday by the head of the Commission for External Relations, and\n"
            + "\n"
            + "the two sides agreed to exchange delegations at all levels and to\n"
            + "coordinate at multilateral forums.\n");
    assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
  }
}
