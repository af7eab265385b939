package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.vnru.extract.ExtractionResult;
import io.github.vnru.model.Article;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.TextNormalizer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Huge and pathological inputs finish fast (speed itself is measured by JMH). The 6 MB cases time
 * the parser's own stages with a no-op extraction; the others time the whole parse.
 */
final class HostileInputTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final Duration LIMIT = Duration.ofSeconds(10);

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
  void parse_sixMegabyteSingleLine_isNoBodyFast() {
    String line = "Tổng Bí thư. Ngày 10/10 gặp V. Pu-tin.Thay ".repeat(6_000_000 / 45);
    ArticleParseException e =
        assertTimeoutPreemptively(
            LIMIT, () -> assertThrows(ArticleParseException.class, () -> parseOnly(line)));
    assertEquals(ParseProblem.Reason.NO_BODY, e.reason());
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

  @Test
  void parse_twoHundredThousandJunkLines_parsesFast() {
    String junk = "Phản hồi\n- a headline\n/.\n(Ảnh: TTXVN)\n".repeat(50_000);
    Article a =
        assertTimeoutPreemptively(
            LIMIT, () -> PARSER.parse("x", "Tiêu đề\nHai bên gặp nhau.\n" + junk));
    assertEquals(1, a.paragraphs().size());
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
