package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.ExtractionResult;
import io.github.vnru.model.Article;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.TextNormalizer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Huge and pathological inputs finish fast (speed itself is measured by JMH). Most cases time the
 * whole parse, real extraction included; a few also time the parser's own stages alone, with a
 * no-op extraction. The limit is generous because CI machines are small and shared.
 */
final class HostileInputTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  // a guard against hangs and quadratic blow-ups (the worst case here takes about 2 s of CPU), not a
  // speed target: loaded CI machines share their two cores
  private static final Duration LIMIT = Duration.ofSeconds(30);

  /** The parser's own stages only, with a no-op extraction. */
  private static Article parseOnly(String text) throws ArticleParseException {
    String normalised = TextNormalizer.normalize("x", text);
    return ArticleAssembler.assemble(
            "x",
            "x",
            normalised,
            in -> new ExtractionResult(List.of(), List.of(), Set.of(), Set.of(), List.of(), List.of()))
        .article();
  }

  @Test
  void parse_sixMegabyteSingleLine_isOneArticleWithoutTitleFast() {
    String line = "Tổng Bí thư. Ngày 10/10 gặp V. Pu-tin.Thay ".repeat(6_000_000 / 45);
    Article a = assertTimeoutPreemptively(LIMIT, () -> parseOnly(line));
    assertEquals(java.util.Optional.empty(), a.title());
    assertEquals(io.github.vnru.model.WarningKind.NO_TITLE, a.warnings().get(0).kind());
    assertFalse(a.paragraphs().isEmpty());
  }

  /** Seed 004's body line (sentences glued without spaces), repeated to 6 MB on one line. */
  @Test
  void parse_sixMegabyteSeedLine_fullPipeline_parsesFast() throws Exception {
    String seed = new String(Seeds.bytes("004_f4231edc8e98a481"), UTF_8);
    String body = longestLine(seed);
    String text = "Tiêu đề bài báo\n" + body.repeat(6_000_000 / body.length() + 1);
    Article a = assertTimeoutPreemptively(LIMIT, () -> PARSER.parse("x", text));
    assertTrue(a.paragraphs().size() > 1_000, "captions split the line");
    assertTrue(a.mentions().size() > 10_000, "extraction ran: " + a.mentions().size());
    assertFalse(a.meetings().isEmpty(), "meetings");
  }

  /** A thousand seed-like paragraphs: the whole pipeline stays fast on a long article. */
  @Test
  void parse_thousandSeedParagraphs_fullPipeline_parsesFast() throws Exception {
    String seed = new String(Seeds.bytes("004_f4231edc8e98a481"), UTF_8);
    String body = longestLine(seed);
    String text = "Tiêu đề\n" + (body + "\n\n").repeat(1_000);
    Article a = assertTimeoutPreemptively(LIMIT, () -> PARSER.parse("x", text));
    assertTrue(a.paragraphs().size() >= 1_000, "paragraphs: " + a.paragraphs().size());
    assertFalse(a.meetings().isEmpty(), "meetings");
  }

  private static String longestLine(String text) {
    String best = "";
    for (String line : text.split("\n")) {
      if (line.length() > best.length()) {
        best = line;
      }
    }
    return best;
  }

  @Test
  void parse_sixMegabyteBodyLine_parsesFast() {
    String body = "a.b.c.d".repeat(6_000_000 / 7);
    Article a = assertTimeoutPreemptively(LIMIT, () -> parseOnly("Tiêu đề\n" + body));
    assertEquals(1, a.paragraphs().size());
  }

  @Test
  void parse_sixMegabyteLineWithoutSpaces_parsesFast() {
    String body = "1/2/3.4-5(6)7:8".repeat(400_000);
    assertTimeoutPreemptively(LIMIT, () -> parseOnly("Tiêu đề\n" + body));
  }

  @Test
  void parse_threeHundredThousandInitials_parsesFast() {
    String body = "V. ".repeat(300_000) + "Lenin.";
    Article a = assertTimeoutPreemptively(LIMIT, () -> PARSER.parse("x", "Title\n" + body));
    assertEquals(1, a.paragraphs().size());
  }

  /** Initials in a sentence that also names persons and a meeting, so extraction has work. */
  @Test
  void parse_threeHundredThousandInitialsWithNames_fullPipeline_parsesFast() {
    String body =
        "Tổng Bí thư Tô Lâm gặp Tổng thống Vladimir Putin. " + "V. ".repeat(300_000) + "Pu-tin.";
    Article a = assertTimeoutPreemptively(LIMIT, () -> PARSER.parse("x", "Tiêu đề\n" + body));
    assertEquals(1, a.paragraphs().size());
    assertFalse(a.persons().isEmpty(), "extraction ran");
  }

  @Test
  void parse_twoHundredThousandJunkLines_parsesFast() {
    String junk = "Phản hồi\n- a headline\n/.\n(Ảnh: TTXVN)\n".repeat(50_000);
    Article a =
        assertTimeoutPreemptively(
            LIMIT, () -> PARSER.parse("x", "Tiêu đề\nHai bên gặp nhau.\n" + junk));
    assertEquals(1, a.paragraphs().size());
  }

  /** 200,000 trailing {@code - headline} lines naming persons, after a real article body. */
  @Test
  void parse_twoHundredThousandHeadlineLines_fullPipeline_parsesFast() {
    String body = "Tổng Bí thư Tô Lâm gặp Tổng thống Vladimir Putin tại Moskva.\n";
    String junk = "- headline Putin met Trump\n".repeat(200_000);
    Article a =
        assertTimeoutPreemptively(LIMIT, () -> PARSER.parse("x", "Tiêu đề\n" + body + junk));
    assertEquals(1, a.paragraphs().size());
    assertFalse(a.meetings().isEmpty(), "extraction ran");
  }

  @Test
  void parse_hundredThousandDatedBodyLines_parsesFast() {
    String lines = "- Ngày 5/4 hai bên gặp nhau (Ảnh: TTXVN).Hôm thứ Hai.\n".repeat(100_000);
    assertTimeoutPreemptively(LIMIT, () -> parseOnly("Tiêu đề\n" + lines));
  }

  @Test
  void parse_manyOpenParensAndDashes_parsesFast() {
    String body = "(((( —— ,,,, 1/1/ ".repeat(300_000);
    assertTimeoutPreemptively(LIMIT, () -> parseOnly("Tiêu đề\nX " + body));
  }

  @Test
  void parse_hugeInvalidUtf8_failsFast() {
    byte[] bytes = new byte[8_000_000];
    java.util.Arrays.fill(bytes, (byte) 'a');
    bytes[bytes.length - 1] = (byte) 0xC3;
    ArticleParseException e =
        assertTimeoutPreemptively(
            LIMIT, () -> assertThrows(ArticleParseException.class, () -> PARSER.parse("x", bytes)));
    assertEquals(ParseProblem.Reason.NOT_UTF8, e.reason());
  }

  @Test
  void parse_overDefaultLimit_isTooLarge() {
    byte[] bytes = new byte[(int) ArticleParser.DEFAULT_MAX_BYTES + 1];
    java.util.Arrays.fill(bytes, (byte) 'a');
    assertEquals(
        ParseProblem.Reason.TOO_LARGE,
        assertThrows(ArticleParseException.class, () -> PARSER.parse("x", bytes)).reason());
    assertEquals(
        ParseProblem.Reason.TOO_LARGE,
        assertThrows(
                ArticleParseException.class,
                () -> PARSER.parse("x", new String(bytes, UTF_8)))
            .reason());
  }
}
