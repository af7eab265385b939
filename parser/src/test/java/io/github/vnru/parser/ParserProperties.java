package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.vnru.extract.Extractor;
import io.github.vnru.extract.Registry;
import io.github.vnru.model.Article;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.Piece;
import io.github.vnru.parser.internal.TextNormalizer;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the parser over generated text. */
final class ParserProperties {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** Lines built from article-like fragments, so that many samples parse. */
  private static final List<String> FRAGMENTS =
      List.of(
          " date 2021-04-05 ", "https://vov.vn/a", "Tổng Bí thư Nguyễn Phú Trọng", "V. Pu-tin",
          "Ngày 05/4/2021,", "ngày 10/10", "(Ảnh: TTXVN).", "Ảnh: TTXVN.", "Phản hồi",
          "Các tin khác", "- headline", "— VNS", "/.", "MOSCOW —", "12/6.Thay mặt", "1.5",
          "(10/10/1945-10/10/2025)", "on Monday", "hôm thứ 5", "Nguồn: TTXVN", "điện đàm.", " ",
          "\t", "\r\n", "\n", "\r", "\n\n", "\u00A0", "\uFEFF", ".", "(", ")", "x",
          // months of two words, spaced wide as pages may ("Tháng  Sáu"), and invisible chars
          "Ngày 4 Tháng  Sáu 2024", "tháng\u00A0mười hai", "4 June\u00A0 2024", "\u00AD",
          "\u200B", "\u2028", "\u3000");

  private static Gen<String> articleLike() {
    return lists()
        .of(arbitrary().pick(FRAGMENTS))
        .ofSizeBetween(0, 30)
        .map(l -> String.join("", l));
  }

  private static Article parseOrNull(String text) {
    try {
      return PARSER.parse("p", text);
    } catch (ArticleParseException e) {
      assertTrue(e.getMessage().startsWith("p"), e.getMessage());
      return null;
    }
  }

  @Test
  void any_string_parses_or_raises_the_typed_exception() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(
        ParserProperties::parseOrNull);
    qt().withExamples(2000).forAll(articleLike()).checkAssert(ParserProperties::parseOrNull);
  }

  @Test
  void any_byte_array_parses_or_raises_the_typed_exception() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 200))
        .checkAssert(
            l -> {
              byte[] b = new byte[l.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) l.get(i);
              }
              try {
                PARSER.parse("p", b);
              } catch (ArticleParseException e) {
                assertTrue(e.getMessage().startsWith("p"), e.getMessage());
              }
            });
  }

  @Test
  void parsing_the_same_text_twice_gives_equal_articles() {
    qt().withExamples(1000)
        .forAll(articleLike())
        .checkAssert(t -> assertEquals(parseOrNull(t), parseOrNull(t)));
  }

  @Test
  void bom_crlf_cr_nfd_space_and_invisible_char_variants_give_equal_articles() {
    qt().withExamples(1000)
        .forAll(articleLike())
        .checkAssert(
            t -> {
              String clean = t.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "");
              Article a = parseOrNull(clean);
              assertEquals(a, parseOrNull("\uFEFF" + clean));
              assertEquals(a, parseOrNull(clean.replace("\n", "\r\n")));
              assertEquals(a, parseOrNull(clean.replace("\n", "\r")));
              assertEquals(a, parseOrNull(clean.replace("\n", " \t\n")));
              assertEquals(a, parseOrNull(Normalizer.normalize(clean, Normalizer.Form.NFD)));
              // as a page copies it: no-break spaces, character references, zero-width spaces and soft
              // hyphens
              assertEquals(a, parseOrNull(clean.replace(' ', '\u00A0')));
              assertEquals(a, parseOrNull(clean.replace(" ", "&nbsp;").replace(".", "&#46;")));
              assertEquals(a, parseOrNull(clean.replace(" ", " \u200B").replace("x", "\u00ADx")));
              assertEquals(
                  a == null ? null : a.id(),
                  bytesOrNull(("\uFEFF" + clean).getBytes(UTF_8)));
            });
  }

  private static String bytesOrNull(byte[] b) {
    try {
      return PARSER.parse("p", b).id();
    } catch (ArticleParseException e) {
      return null;
    }
  }

  @Test
  void nothing_is_lost_every_non_blank_char_has_exactly_one_role() {
    qt().withExamples(1000).forAll(articleLike()).checkAssert(ParserProperties::assertCovered);
    for (String id : Seeds.ids()) {
      assertCovered(new String(Seeds.bytes(id), UTF_8));
    }
  }

  @Test
  void every_seed_line_is_in_some_field() throws Exception {
    for (String id : Seeds.ids()) {
      Article a = PARSER.parse(id, Seeds.bytes(id));
      StringBuilder all = new StringBuilder();
      a.url().ifPresent(all::append);
      a.publishedDate().ifPresent(all::append);
      a.title().ifPresent(all::append);
      all.append('\n');
      a.lead().ifPresent(all::append);
      for (List<String> part : List.of(a.paragraphs(), a.captions(), a.credits(), a.boilerplate())) {
        part.forEach(s -> all.append(s).append('\n'));
      }
      String text = TextNormalizer.decode(id, Seeds.bytes(id));
      for (String word : text.split("[\\s.]+")) {
        String w = word.endsWith("/") ? word.substring(0, word.length() - 1) : word;
        if (!w.isEmpty() && !w.equals("date")) {
          assertTrue(all.indexOf(w) >= 0, id + ": lost '" + w + "'");
        }
      }
    }
  }

  /** Every non-blank char of the normalised text lies in exactly one piece. */
  private static void assertCovered(String raw) {
    String text;
    ArticleAssembler.Parsed parsed;
    try {
      text = TextNormalizer.normalize("p", raw);
      parsed = ArticleAssembler.assemble("p", "p", text, Extractor.of(Registry.defaults()));
    } catch (ArticleParseException e) {
      return;
    }
    int[] count = new int[text.length()];
    for (Piece p : parsed.pieces()) {
      assertEquals(p.text(), text.substring(p.start(), p.end()), "piece offsets: " + p);
      if (p.role() == Piece.Role.TITLE && parsed.pieces().stream()
          .anyMatch(q -> q.role() == Piece.Role.BOILERPLATE && q.start() == p.start())) {
        continue; // a title taken from a footer lies inside the footer
      }
      for (int i = p.start(); i < p.end(); i++) {
        count[i]++;
      }
    }
    for (int i = 0; i < text.length(); i++) {
      if (!TextNormalizer.isBlank(text.charAt(i))) {
        assertEquals(1, count[i], "char " + i + " '" + text.charAt(i) + "' in " + Objects
            .toString(text));
      }
    }
  }
}
