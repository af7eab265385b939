package io.github.vnru.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ScorerTest {
  @Test
  void fixed3_roundsTheExactBinaryValueHalfToEven_asPython() {
    assertEquals("0.062", Py.fixed3(0.0625)); // an exact tie goes to even
    assertEquals("0.126", Py.fixed3(0.1255)); // 0.12550000000000000044... in binary
    assertEquals("2.67", new java.math.BigDecimal(2.675)
        .setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString()); // 2.67499999...
    assertEquals("1.000", Py.fixed3(1.0));
    assertEquals("0.643", Py.fixed3(18.0 / 28));
    assertEquals("0.642", Py.floor3(18.0 / 28));
  }

  @Test
  void norm_collapsesPythonWhiteSpaceAndNormalisesToNfc() {
    assertEquals("a b c", Py.norm("  a\u00a0\u2003b\n\tc \u3000"));
    assertEquals("\u1ec7", Py.norm("e\u0323\u0302"));
    assertEquals("a\u200bb", Py.norm("a\u200bb")); // zero-width space is not white space
  }

  @Test
  void rawFormat_isToldFromTheFirstNonBlankLine() {
    assertEquals(RawFormat.TITLE_FIRST, RawFormat.ofText("Putin meets Lâm\nbody"));
    assertEquals(RawFormat.DATE_HEADER, RawFormat.ofText(" date 2021-12-03 MOSCOW — text"));
    assertEquals(RawFormat.URL_FIRST, RawFormat.ofText("\uFEFF\n https://x.vn/a\nTitle"));
    assertEquals(RawFormat.HTML, RawFormat.ofText("<!DOCTYPE html><html>"));
    assertEquals(RawFormat.UNKNOWN, RawFormat.ofText(" \n\n"));
  }

  @Test
  void score_seeds_areAllRight() {
    Score score = TestCorpora.seeds().score(TestCorpora.SEEDS_GOLD);
    assertEquals(5, score.articles().size());
    assertTrue(score.articles().stream().allMatch(ArticleScore::ok), score.breakdownLines()::toString);
    assertEquals("articles 5/5 field-accuracy 1.000 meeting-F1 1.000 mention-F1 1.000",
        score.summaryLine());
  }

  @Test
  void score_goldWithoutArticle_countsAsMissed_andArticleWithoutGold_isOnlyListed() {
    List<Article> seeds = TestCorpora.seeds().articles();
    Score score = Scorer.score(
        List.of(gold("001_878f7d2422501cef"), gold("002_634d7682466cca9f")),
        List.of(seeds.get(0), seeds.get(1)),
        Map.of());
    assertEquals(List.of("002_634d7682466cca9f"), score.missing());
    assertEquals(List.of("000_5d566a5fd76334e6"), score.unscored());
    ArticleScore missed = score.articles().get(1);
    assertFalse(missed.parsed());
    assertEquals(0, missed.counts().meetingsMatched());
    assertTrue(missed.counts().meetingsGold() > 0);
    assertTrue(score.articles().get(0).ok());
    assertEquals(RawFormat.UNKNOWN, missed.format());
  }

  @Test
  void score_lettersAreCountedApart_byTheirParticipants() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    GoldArticle gold = new GoldArticle("x", "en", Path.of("x.json"), json.readTree(
        "{\"id\":\"x\",\"language\":\"en\",\"url\":null,\"publisher\":null,"
        + "\"publishedDate\":null,\"title\":null,\"persons\":[],\"parties\":[],\"meetings\":["
        + "{\"kind\":\"LETTER\",\"participants\":[\"a\",\"b\"]},"
        + "{\"kind\":\"LETTER\",\"participants\":[\"c\",\"d\"]},"
        + "{\"kind\":\"MEETING\",\"participants\":[\"a\",\"b\"]}]}"));
    var predicted = json.readTree("{\"id\":\"x\",\"meetings\":["
        + "{\"kind\":\"LETTER\",\"participants\":[{\"person\":\"b\"},{\"person\":\"a\"}]},"
        + "{\"kind\":\"LETTER\",\"participants\":[{\"person\":\"a\"},{\"person\":\"b\"}]},"
        + "{\"kind\":\"LETTER\",\"participants\":[{\"person\":\"e\"},{\"person\":\"f\"}]}]}");
    Counts c = Scorer.scoreJson(List.of(gold), List.of(predicted), Map.of()).total();
    assertEquals(List.of(1, 3, 2), List.of(c.lettersMatched(), c.lettersPredicted(), c.lettersGold()));
    // the letters leave the scored meetings alone: the one gold meeting is missed, none is extra
    assertEquals(List.of(0, 0, 1), List.of(c.meetingsMatched(), c.meetingsPredicted(),
        c.meetingsGold()));
    assertEquals(0.4, c.letterF1(), 1e-9);
  }

  @Test
  void goldArticle_missingField_isAnErrorNamingFileAndField(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("x.json");
    Files.writeString(f, "{\"id\":\"x\",\"language\":\"vi\",\"url\":null,\"publisher\":null,"
        + "\"publishedDate\":null,\"title\":null,\"meetings\":[],\"parties\":[]}",
        StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoldArticle.loadAll(dir));
    assertTrue(e.getMessage().contains("x.json: missing field 'persons'"), e.getMessage());
  }

  private static GoldArticle gold(String id) {
    try {
      return GoldArticle.load(TestCorpora.SEEDS_GOLD.resolve(id + ".json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
