package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.model.Language;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Warning;
import io.github.vnru.model.WarningKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser's rules, each on a small article of its own. */
final class ArticleParserTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final String BODY = "Hai bên đã trao đổi về quan hệ hợp tác giữa hai nước.";

  private static Article parse(String text) throws ArticleParseException {
    return PARSER.parse("t", text);
  }

  @Test
  void parse_dateHeaderWithTitleOnSameLine_readsDateAndTitle() throws Exception {
    Article a = parse(" date 2021-04-05 Tiêu đề bài báo\n\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2021, 4, 5)), a.publishedDate());
    assertEquals(Optional.of("Tiêu đề bài báo"), a.title());
    assertEquals(List.of(BODY), a.paragraphs());
  }

  @Test
  void parse_dateHeaderAlone_titleOnNextLine() throws Exception {
    Article a = parse(" date 2021-04-05\nTiêu đề bài báo\n" + BODY);
    assertEquals(Optional.of("Tiêu đề bài báo"), a.title());
    assertEquals(Optional.of(PartialDate.of(2021, 4, 5)), a.publishedDate());
  }

  @Test
  void parse_impossibleHeaderDate_isWarningAndUnknown() throws Exception {
    Article a = parse(" date 2021-13-45 Tiêu đề\n" + BODY);
    assertEquals(Optional.empty(), a.publishedDate());
    Warning w = a.warnings().get(0);
    assertEquals(WarningKind.IMPOSSIBLE_DATE, w.kind());
    assertEquals(OptionalInt.of(6), w.offset());
    assertTrue(w.message().startsWith("impossible date 2021-13-45"), w.toString());
  }

  @Test
  void parse_urlLine_givesUrlPublisherAndTitle() throws Exception {
    Article a = parse("https://www.Example.vn/a/b.html\nTiêu đề\n" + BODY);
    assertEquals(Optional.of("https://www.Example.vn/a/b.html"), a.url());
    assertEquals(Optional.of("example.vn"), a.publisher());
    assertEquals(Optional.of("Tiêu đề"), a.title());
  }

  @Test
  void parse_urlThenDateHeader_readsBoth() throws Exception {
    Article a = parse("https://vov.vn/x\n date 2020-01-02\nTiêu đề\n" + BODY);
    assertEquals(Optional.of("vov.vn"), a.publisher());
    assertEquals(Optional.of(PartialDate.of(2020, 1, 2)), a.publishedDate());
  }

  @Test
  void parse_noHeader_firstLineIsTitle() throws Exception {
    Article a = parse("\n\nTiêu đề\n" + BODY);
    assertEquals(Optional.of("Tiêu đề"), a.title());
    assertEquals(Optional.empty(), a.url());
  }

  @Test
  void parse_titleWithPhotoCredit_creditGoesToCaptions() throws Exception {
    Article a = parse("Tô Lâm gặp Medvedev (Ảnh: Thống Nhất - TTXVN).\n\n" + BODY);
    assertEquals(Optional.of("Tô Lâm gặp Medvedev"), a.title());
    assertEquals(List.of("(Ảnh: Thống Nhất - TTXVN)."), a.captions());
  }

  @Test
  void parse_repeatedLead_isKeptOnce() throws Exception {
    Article a = parse("Tiêu đề\nTóm tắt ngắn\n\nTóm tắt ngắn\n\n" + BODY);
    assertEquals(Optional.of("Tóm tắt ngắn"), a.lead());
    assertEquals(List.of(BODY), a.paragraphs());
  }

  @Test
  void parse_standfirstUnderTitleThenBlank_isLead() throws Exception {
    Article a = parse("Tiêu đề\nTóm tắt ngắn.\n\n" + BODY + "\n" + BODY);
    assertEquals(Optional.of("Tóm tắt ngắn."), a.lead());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void parse_paragraphsSeparatedByBlanks_haveNoLead() throws Exception {
    Article a = parse("Tiêu đề\n\n" + BODY + "\n\n" + BODY);
    assertEquals(Optional.empty(), a.lead());
    assertEquals(2, a.paragraphs().size());
  }

  @Test
  void parse_repeatedTitle_isKeptOnce() throws Exception {
    Article a = parse("Tiêu đề\nTiêu đề\n" + BODY);
    assertEquals(Optional.of("Tiêu đề"), a.title());
    assertEquals(List.of(BODY), a.paragraphs());
  }

  @Test
  void parse_captionLines_goToCaptions() throws Exception {
    Article a =
        parse(
            "Title here\nThe talks went well.\nPresident Phúc meets Zyuganov. — VNA/VNS Photo"
                + "\nẢnh: TTXVN\n(Photo: VNA)");
    assertEquals(List.of("The talks went well."), a.paragraphs());
    assertEquals(
        List.of("President Phúc meets Zyuganov. — VNA/VNS Photo", "Ảnh: TTXVN", "(Photo: VNA)"),
        a.captions());
  }

  @Test
  void parse_inlinePhotoCredit_splitsParagraphAroundCaption() throws Exception {
    Article a = parse("Tiêu đề\nCâu một.Hai người điện đàm. Ảnh: TTXVN.Câu ba tiếp theo.");
    assertEquals(List.of("Câu một.", "Câu ba tiếp theo."), a.paragraphs());
    assertEquals(List.of("Hai người điện đàm. Ảnh: TTXVN."), a.captions());
  }

  @Test
  void parse_sentenceEndingInPhotoCredit_isCaption() throws Exception {
    Article a = parse("Tiêu đề\n" + BODY + "\nHai lãnh đạo gặp nhau (Ảnh: TTXVN).");
    assertEquals(List.of(BODY), a.paragraphs());
    assertEquals(List.of("Hai lãnh đạo gặp nhau (Ảnh: TTXVN)."), a.captions());
  }

  @Test
  void parse_sourceAndBylineLines_goToCredits() throws Exception {
    Article a = parse("Tiêu đề\n" + BODY + "\nNguồn: Báo Nhân Dân\nTheo TTXVN\nTTXVN\nBy John Smith"
        + "\nНаписал Iskander Petrov");
    assertEquals(List.of(BODY), a.paragraphs());
    assertEquals(List.of("Nguồn: Báo Nhân Dân", "Theo TTXVN", "TTXVN", "By John Smith",
        "Написал Iskander Petrov"), a.credits());
  }

  @Test
  void parse_trailingAgencyCredit_isSplitOff() throws Exception {
    Article a = parse("Title\nThe two sides met in Moscow. — VNS");
    assertEquals(List.of("The two sides met in Moscow."), a.paragraphs());
    assertEquals(List.of("— VNS"), a.credits());
  }

  @Test
  void parse_endMark_goesToBoilerplate() throws Exception {
    Article a = parse("Tiêu đề\n" + "Hai nước ký kết./.");
    assertEquals(List.of("Hai nước ký kết."), a.paragraphs());
    assertEquals(List.of("/."), a.boilerplate());
  }

  @Test
  void parse_pageJunkAndSectionMarker_goToBoilerplate() throws Exception {
    Article a =
        parse("Tiêu đề\n" + BODY + "\n\nPhản hồi\n\nCác tin khác\nMột tin khác dài hơn.\n***");
    assertEquals(List.of(BODY), a.paragraphs());
    assertEquals(
        List.of("Phản hồi", "Các tin khác", "Một tin khác dài hơn.", "***"), a.boilerplate());
  }

  @Test
  void parse_trailingHeadlineList_goesToBoilerplate() throws Exception {
    Article a = parse("Leaders meet\nThe leaders met.\n- One headline\n- Another headline");
    assertEquals(List.of("The leaders met."), a.paragraphs());
    assertEquals(List.of("- One headline", "- Another headline"), a.boilerplate());
  }

  @Test
  void parse_cachedPageFooter_givesTitlePublisherDate() throws Exception {
    Article a =
        parse(
            "MOSCOW — The leaders met in Moscow on Monday.\n"
                + "Leaders meet in Moscow have 9 words, post on www.vietnamnews.vn at "
                + "December 3, 2021. This is cached page on X. If you want remove this page.");
    assertEquals(Optional.of("Leaders meet in Moscow"), a.title());
    assertEquals(Optional.of("vietnamnews.vn"), a.publisher());
    assertEquals(Optional.of(PartialDate.of(2021, 12, 3)), a.publishedDate());
    assertEquals(Optional.of("MOSCOW"), a.dateline());
    assertEquals(1, a.boilerplate().size());
    assertEquals(Language.ENGLISH, a.language());
  }

  @Test
  void parse_cachedCopyWithUrlAndDateHeader_takesTheOriginalsPublisherAndDateFromItsFooter()
      throws Exception {
    Article a =
        parse(
            "https://www.cache.example/2021/03/leaders-meet/\n"
                + " date 2021-02-20 MOSCOW — The leaders met in Moscow on March 17.\n"
                + "Leaders meet in Moscow have 9 words, post on en.vietnamplus.vn at "
                + "March 18, 2021. This is cached page on X. If you want remove this page.");
    assertEquals(Optional.of("en.vietnamplus.vn"), a.publisher());
    assertEquals(Optional.of(PartialDate.of(2021, 3, 18)), a.publishedDate());
  }

  @Test
  void parse_agencyDatelineWithDate_givesPublishedDate() throws Exception {
    Article a = parse("Tiêu đề\nHÀ NỘI, 5/4/2021 (TTXVN) — Hai bên đã gặp nhau.");
    assertEquals(Optional.of("HÀ NỘI"), a.dateline());
    assertEquals(Optional.of(PartialDate.of(2021, 4, 5)), a.publishedDate());
  }

  @Test
  void parse_englishDatelineWithDate_givesPublishedDate() throws Exception {
    Article a = parse("Title\nMOSCOW, April 5, 2021 (Reuters) - The leaders met.");
    assertEquals(Optional.of("MOSCOW"), a.dateline());
    assertEquals(Optional.of(PartialDate.of(2021, 4, 5)), a.publishedDate());
  }

  @Test
  void parse_timestampLineUnderTitle_givesPublishedDate() throws Exception {
    Article a = parse("Tiêu đề\n14:30, 05/04/2021\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2021, 4, 5)), a.publishedDate());
    assertEquals(List.of("14:30, 05/04/2021"), a.boilerplate());
  }

  @Test
  void parse_language_vietnameseAndEnglish() throws Exception {
    assertEquals(Language.VIETNAMESE, parse("Tiêu đề\n" + BODY).language());
    assertEquals(
        Language.ENGLISH,
        parse("Việt Nam and Russia\nPresident Phúc met the KPRF chairman in Moscow.").language());
  }

  @Test
  void parse_datelineWithoutFooter_hasNoTitleAndSaysWhy() throws Exception {
    Article a = parse("MOSCOW — The leaders met.\nMore.");
    assertEquals(Optional.empty(), a.title());
    assertEquals(Optional.of("MOSCOW"), a.dateline());
    assertEquals(List.of("MOSCOW — The leaders met.", "More."), a.paragraphs());
    Warning w = a.warnings().get(0);
    assertEquals(WarningKind.NO_TITLE, w.kind());
    assertEquals(OptionalInt.of(0), w.offset());
    assertTrue(w.message().contains("dateline 'MOSCOW —'"), w.message());
  }

  @Test
  void parse_titleOnly_isAnArticleWithoutBody() throws Exception {
    Article a = parse("Tiêu đề\n");
    assertEquals(Optional.of("Tiêu đề"), a.title());
    assertEquals(List.of(), a.paragraphs());
    assertEquals(List.of(WarningKind.NO_BODY), kinds(a));
  }

  @Test
  void parse_headerOnly_isNoText() {
    ArticleParseException e =
        assertThrows(
            ArticleParseException.class, () -> parse(" date 2021-01-01\nhttps://x.vn/a\n"));
    assertEquals(ParseProblem.Reason.NO_TEXT, e.reason());
    assertEquals(
        ParseProblem.Reason.NO_TEXT,
        assertThrows(ArticleParseException.class, () -> parse("https://x.vn/a\nPhản hồi\n— VNS"))
            .reason());
  }

  private static List<WarningKind> kinds(Article a) {
    return a.warnings().stream().map(Warning::kind).toList();
  }

  @Test
  void parse_emptyAndBlank_areEmpty() {
    assertEquals(
        ParseProblem.Reason.EMPTY,
        assertThrows(ArticleParseException.class, () -> PARSER.parse("e", new byte[0])).reason());
    assertEquals(
        ParseProblem.Reason.EMPTY,
        assertThrows(ArticleParseException.class, () -> parse(" \n\t\u00A0\r\n")).reason());
  }

  @Test
  void parse_invalidUtf8_namesLineColumnAndBytes() {
    byte[] good = "Tiêu đề\nabc ".getBytes(UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = (byte) 0xC3;
    bytes[good.length + 1] = 0x28;
    bytes[good.length + 2] = 'x';
    ArticleParseException e =
        assertThrows(ArticleParseException.class, () -> PARSER.parse("bad.txt", bytes));
    assertEquals(ParseProblem.Reason.NOT_UTF8, e.reason());
    assertTrue(
        e.getMessage()
            .startsWith("bad.txt:2:5: invalid UTF-8 at byte " + good.length + " (bytes C3 28); "),
        e.getMessage());
    assertTrue(e.getMessage().contains("--encoding windows-1258"), e.getMessage());
    assertEquals(good.length, e.problem().byteOffset().getAsLong());
  }

  @Test
  void parse_nulBytes_isBinary() {
    byte[] bytes = {'a', 'b', 0, 'c'};
    ArticleParseException e =
        assertThrows(ArticleParseException.class, () -> PARSER.parse("bin", bytes));
    assertEquals(ParseProblem.Reason.BINARY, e.reason());
    assertTrue(e.getMessage().startsWith("bin:1:3: binary data"), e.getMessage());
  }

  @Test
  void parse_manyControlChars_isBinary() {
    assertEquals(
        ParseProblem.Reason.BINARY,
        assertThrows(ArticleParseException.class, () -> parse("ab\u0001\u0002\u0003\u0004"))
            .reason());
  }

  @Test
  void parse_fileOverLimit_isRefusedBeforeReading(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("big.txt");
    Files.write(f, ("Tiêu đề\n" + BODY).getBytes(UTF_8));
    ArticleParser small = ArticleParser.builder().maxBytes(10).build();
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> small.parse(f));
    assertEquals(ParseProblem.Reason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().contains("too large"), e.getMessage());
  }

  @Test
  void parse_missingFile_isUnreadable(@TempDir Path dir) {
    assertEquals(
        ParseProblem.Reason.UNREADABLE,
        assertThrows(ArticleParseException.class, () -> PARSER.parse(dir.resolve("no.txt")))
            .reason());
  }

  @Test
  void parseAll_badFile_neverStopsTheBatch(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("a.txt"), ("Tiêu đề A\n" + BODY).getBytes(UTF_8));
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xFF, 'x'});
    Files.write(dir.resolve("c.txt"), ("Tiêu đề C\n" + BODY).getBytes(UTF_8));
    Files.write(dir.resolve("ignored.md"), "x".getBytes(UTF_8));
    ParseReport report = PARSER.parseAll(List.of(dir, dir.resolve("missing.txt")));
    assertEquals(List.of("a", "c"), report.articles().stream().map(Article::id).toList());
    assertEquals(2, report.problems().size());
    assertTrue(report.problems().get(0).contains("missing.txt: no such file or folder"),
        report.problems().toString());
    assertTrue(report.problems().get(1).contains("b.txt:1:1: invalid UTF-8"), report.problems()
        .toString());
    assertEquals(List.of(dir.resolve("ignored.md") + " (not a .txt, .jsonl or HTML file)"),
        report.skipped());
    assertFalse(report.isClean());
  }

  @Test
  void builder_badLimit_isProgrammerError() {
    assertThrows(IllegalArgumentException.class, () -> ArticleParser.builder().maxBytes(0));
    assertThrows(NullPointerException.class, () -> PARSER.parse("x", (String) null));
  }

  @Test
  void parse_variants_giveEqualArticles() throws Exception {
    String clean = " date 2021-04-05 Tiêu đề Nguyễn Phú Trọng\n\nNgày 5/4, hai bên gặp nhau.\n";
    Article a = parse(clean);
    assertEquals(a, parse("\uFEFF" + clean));
    assertEquals(a, parse(clean.replace("\n", "\r\n")));
    assertEquals(a, parse(clean.replace("\n", "\r")));
    assertEquals(a, parse(clean.replace("\n", "  \t\n")));
    assertEquals(a, parse(Normalizer.normalize(clean, Normalizer.Form.NFD)));
    byte[] bom = ("\uFEFF" + clean.replace("\n", "\r\n")).getBytes(UTF_8);
    assertEquals(a, PARSER.parse("t", bom));
  }
}
