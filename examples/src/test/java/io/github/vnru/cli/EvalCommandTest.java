package io.github.vnru.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vnru.eval.GoldArticle;
import io.github.vnru.eval.RawFormat;
import io.github.vnru.eval.Score;
import io.github.vnru.eval.Scorer;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.InputFiles;
import io.github.vnru.parser.ParseReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvalCommandTest {
  private static final Path SEEDS = Path.of("..", "seeds");
  private static final Path SEEDS_GOLD = Path.of("..", "corpus", "seeds-gold");
  private static final Path CORPUS_RAW = Path.of("..", "corpus", "raw");
  private static final Path CORPUS_GOLD = Path.of("..", "corpus", "gold");

  private record Run(int status, String out, String err) {
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private static Run vnru(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void eval_seeds_areAllRightAndMeetEveryThreshold() {
    Run r = vnru("eval", "--gold", SEEDS_GOLD.toString(), SEEDS.toString(),
        "--min-meeting-f1", "1", "--min-mention-f1", "1", "--min-field-accuracy", "1");
    assertEquals(0, r.status, r.err);
    assertEquals("articles 5/5 field-accuracy 1.000 meeting-F1 1.000 mention-F1 1.000",
        r.lastLine());
    assertTrue(r.out.contains("000_5d566a5fd76334e6"), r.out);
    assertTrue(r.out.contains("language vi"), r.out);
    assertTrue(r.out.contains("format b"), r.out);
  }

  @Test
  void eval_corpus_printsTheFiguresOfTheJavaScorer() throws Exception {
    Run r = vnru("eval", "--gold", CORPUS_GOLD.toString(), CORPUS_RAW.toString());
    assertEquals(0, r.status, r.err);
    assertEquals(expected().summaryLine(), r.lastLine());
  }

  @Test
  void eval_belowAThreshold_exitsOneAndSaysWhich() {
    Run r = vnru("eval", "--gold", CORPUS_GOLD.toString(), CORPUS_RAW.toString(),
        "--min-meeting-f1", "0.999");
    assertEquals(1, r.status, r.err);
    assertTrue(r.err.contains("meeting F1 "), r.err);
    assertTrue(r.err.contains("is below --min-meeting-f1 0.999"), r.err);
  }

  @Test
  void eval_json_isOneObjectWithTheFigures() throws Exception {
    Run r = vnru("eval", "--json", "--gold", CORPUS_GOLD.toString(), CORPUS_RAW.toString(),
        "--min-mention-f1", "0");
    assertEquals(0, r.status, r.err);
    JsonNode o = new ObjectMapper().readTree(r.out);
    Score expected = expected();
    assertEquals(expected.total().meetingF1(), o.at("/summary/meetingF1").doubleValue());
    assertEquals(expected.summaryLine(), o.at("/summary/line").asText());
    assertEquals(expected.articles().size(), o.get("articles").size());
    assertTrue(o.get("passed").booleanValue());
    assertTrue(o.at("/byLanguage/vi/meetingF1").isNumber(), r.out);
    assertTrue(o.at("/byFormat/c/fieldAccuracy").isNumber(), r.out);
  }

  @Test
  void eval_goldWithoutArticle_isMissed_andArticleWithoutGold_isListed(@TempDir Path dir)
      throws Exception {
    Path gold = Files.createDirectory(dir.resolve("gold"));
    Files.copy(SEEDS_GOLD.resolve("001_878f7d2422501cef.json"),
        gold.resolve("001_878f7d2422501cef.json"));
    Files.writeString(gold.resolve("999_missing.json"),
        "{\"id\":\"999_missing\",\"language\":\"en\",\"url\":null,\"publisher\":null,"
            + "\"publishedDate\":null,\"title\":\"T\",\"meetings\":[],\"persons\":[\"a\"],"
            + "\"parties\":[]}", UTF_8);
    Run r = vnru("eval", "--verbose", "--gold", gold.toString(),
        SEEDS.resolve("000_5d566a5fd76334e6.txt").toString(),
        SEEDS.resolve("001_878f7d2422501cef.txt").toString());
    assertEquals(0, r.status, r.err);
    assertTrue(r.out.contains("not scored (no gold file): 000_5d566a5fd76334e6"), r.out);
    assertTrue(r.out.contains("articles missing from output: ['999_missing']"), r.out);
    assertTrue(r.out.contains("999_missing: language: got 'None' want 'en'"), r.out);
    assertTrue(r.lastLine().startsWith("articles 2/2 "), r.out);
  }

  @Test
  void eval_readsJsonLinesOfVnruParse(@TempDir Path dir) throws Exception {
    Run parsed = vnru("parse", SEEDS.toString());
    Path jsonl = dir.resolve("seeds.jsonl");
    Files.writeString(jsonl, parsed.out, UTF_8);
    Run r = vnru("eval", "--gold", SEEDS_GOLD.toString(), jsonl.toString());
    assertEquals(0, r.status, r.err);
    assertEquals("articles 5/5 field-accuracy 1.000 meeting-F1 1.000 mention-F1 1.000",
        r.lastLine());
  }

  /**
   * HTML pages (plain, gzipped, in a sub-folder) and an upper-case {@code .TXT} file are scored
   * under the ids {@code vnru parse} gives them, and the pages count as the format {@code html}.
   */
  @Test
  void eval_htmlPagesAndUpperCaseTxt_haveTheIdsOfVnruParse(@TempDir Path dir) throws Exception {
    Path raw = Files.createDirectories(dir.resolve("raw/2024"));
    Path gold = Files.createDirectory(dir.resolve("gold"));
    String id = "100_oreanda-putin-dung-phone";
    Files.copy(CORPUS_RAW.resolve(id + ".txt"), raw.resolve(id + ".TXT"));
    String page = "<head><meta charset=\"utf-8\"><title>Putin had telephone conversation with"
        + " Nguyen Tan Dung</title><link rel=\"canonical\" href=\"https://example.com/news/a\">"
        + "</head><body><article><h1>Putin had telephone conversation with Nguyen Tan Dung</h1>\n"
        + "<p>Russian Prime Minister Vladimir Putin had a telephone conversation with Vietnamese"
        + " Prime Minister Nguyen Tan Dung on Tuesday, discussing cooperation in energy.</p>\n"
        + "</article></body>\n";
    Files.writeString(raw.resolve("page.HTML"), page, UTF_8);
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(page.getBytes(UTF_8));
    }
    Files.write(raw.resolve("zipped.html.gz"), gz.toByteArray());
    // gold: the corpus article's, under the ids of the sub-folder; the pages' with their fields
    ObjectMapper json = new ObjectMapper();
    for (String goldId : List.of("2024/" + id, "2024/page", "2024/zipped")) {
      var g = (com.fasterxml.jackson.databind.node.ObjectNode)
          json.readTree(CORPUS_GOLD.resolve(id + ".json").toFile());
      g.put("id", goldId);
      if (!goldId.endsWith(id)) {
        g.put("url", "https://example.com/news/a").put("publisher", "example.com")
            .putNull("publishedDate")
            .put("title", "Putin had telephone conversation with Nguyen Tan Dung");
      }
      Files.writeString(gold.resolve(goldId.replace('/', '_') + ".json"), g.toString(), UTF_8);
    }
    Run parsed = vnru("parse", dir.resolve("raw").toString());
    assertEquals(0, parsed.status, parsed.err);
    List<String> parsedIds = new java.util.ArrayList<>();
    for (String line : parsed.out.strip().split("\n")) {
      parsedIds.add(json.readTree(line).get("id").asText());
    }
    assertEquals(List.of("2024/" + id, "2024/page", "2024/zipped"), parsedIds);

    Run r = vnru("eval", "--json", "--gold", gold.toString(), dir.resolve("raw").toString());
    assertEquals(0, r.status, r.err);
    JsonNode o = json.readTree(r.out);
    Map<String, String> formats = new HashMap<>();
    for (JsonNode a : o.get("articles")) {
      assertTrue(a.get("parsed").booleanValue(), a.toString());
      formats.put(a.get("id").asText(), a.get("format").asText());
    }
    assertEquals(Map.of("2024/" + id, "c", "2024/page", "html", "2024/zipped", "html"), formats);
    assertEquals("articles 3/3 field-accuracy 1.000 meeting-F1 1.000 mention-F1 1.000",
        o.at("/summary/line").asText());
  }

  @Test
  void eval_usageErrors_exitTwo(@TempDir Path dir) throws Exception {
    assertEquals(2, vnru("eval", SEEDS.toString()).status); // no --gold
    assertEquals(2, vnru("eval", "--gold", SEEDS_GOLD.toString()).status); // no PATH
    assertEquals(2, vnru("eval", "--gold", dir.resolve("nope").toString(), SEEDS.toString())
        .status);
    assertEquals(2, vnru("eval", "--gold", SEEDS_GOLD.toString(), SEEDS.toString(),
        "--min-meeting-f1", "1.5").status);
    Files.writeString(dir.resolve("bad.json"), "{\"id\": \"bad\"}", UTF_8);
    Run bad = vnru("eval", "--gold", dir.toString(), SEEDS.toString());
    assertEquals(2, bad.status);
    assertTrue(bad.err.contains("bad.json: missing field 'language'"), bad.err);
  }

  @Test
  void help_listsEval() {
    Run r = vnru("--help");
    assertTrue(r.out.contains("eval"), r.out);
  }

  private static Score expected() throws Exception {
    ParseReport report = ArticleParser.create().parseAll(List.of(CORPUS_RAW));
    Map<String, RawFormat> formats = new HashMap<>();
    try (var files = Files.list(CORPUS_RAW)) {
      files.forEach(f -> formats.put(InputFiles.idOf(f), RawFormat.of(f)));
    }
    return Scorer.score(GoldArticle.loadAll(CORPUS_GOLD), report.articles(), formats);
  }
}
