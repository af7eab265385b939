package io.github.vnru.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job with {@code local[*]} on the seeds and the project's corpus plus bad files: its JSON
 * Lines are {@code vnru parse}'s line for line, its Parquet reads back to the same meetings.
 */
final class ParseJobTest {
  private static SparkSession spark;
  @TempDir static Path tmp;
  private static Path in;
  private static List<String> expectedLines;
  private static List<Article> expectedArticles;
  private static int expectedErrors;

  @BeforeAll
  static void start() throws IOException {
    spark = VnruSpark.local();
    in = tmp.resolve("in");
    Files.createDirectories(in);
    for (Path dir : List.of(Path.of("..", "seeds"), Path.of("..", "corpus", "raw"))) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path f : s.filter(p -> p.toString().endsWith(".txt")).collect(Collectors.toList())) {
          Files.copy(f, in.resolve(f.getFileName()));
        }
      }
    }
    Files.write(in.resolve("900_bad_binary.txt"), new byte[] {'T', 0, 1, 2, (byte) 0xC3, 0x28});
    Files.write(in.resolve("901_bad_latin1.txt"), "Tin tức\n\nPutin gặp ông Lâm.\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("902_empty.txt"), new byte[0]);
    Files.writeString(in.resolve("903_football.txt"),
        "Manchester United win at Anfield\n\nThe manager praised the team after the match.\n");
    Files.writeString(in.resolve("notes.md"), "not an article: not a .txt file\n");
    // vnru parse DIR: the folder's *.txt sorted by name, each parsed, each article one line
    ArticleParser parser = ArticleParser.create();
    expectedLines = new ArrayList<>();
    expectedArticles = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(in)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    for (Path f : files) {
      try {
        Article a = parser.parse(f);
        expectedArticles.add(a);
        expectedLines.add(VnruJson.write(a));
      } catch (ArticleParseException e) {
        expectedErrors++;
      }
    }
    assertTrue(expectedLines.size() >= 100, "articles: " + expectedLines.size());
    assertTrue(expectedErrors >= 3, "errors: " + expectedErrors);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static List<String> readParts(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path part : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().collect(Collectors.toList())) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  @Test
  void jsonl_equalsVnruParse_lineForLine() throws IOException {
    Path out = tmp.resolve("out.jsonl");
    int status = ParseJob.run(spark, in.toString(), out.toString(), "jsonl", ParseOptions.defaults());
    assertEquals(1, status, "some files are not articles");
    assertSameLines(expectedLines, readParts(out));
  }

  /** Equal lists of lines; on a difference, the first differing line's number and ids. */
  static void assertSameLines(List<String> want, List<String> got) {
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      if (!want.get(i).equals(got.get(i))) {
        String w = want.get(i);
        String g = got.get(i);
        int k = 0;
        while (k < Math.min(w.length(), g.length()) && w.charAt(k) == g.charAt(k)) {
          k++;
        }
        throw new AssertionError("line " + (i + 1) + " differs at char " + k + ": want ..."
            + w.substring(Math.max(0, k - 80), Math.min(w.length(), k + 80)) + "... got ..."
            + g.substring(Math.max(0, k - 80), Math.min(g.length(), k + 80)) + "...");
      }
    }
    assertEquals(want.size(), got.size(), "number of lines");
  }

  @Test
  void parse_givesOneRowPerTxtFile_aBadFileIsARowWithItsError() {
    List<Row> rows = VnruSpark.parse(spark, in.toString()).orderBy("path").collectAsList();
    // every file a row, the empty one too (Spark's scan skips it; parse gives it back)
    assertEquals(expectedLines.size() + expectedErrors, rows.size());
    Row empty = rows.stream().filter(r -> r.getString(0).equals("902_empty")).findFirst().orElseThrow();
    assertTrue(empty.getString(3).startsWith(in.resolve("902_empty.txt") + ": "), empty.getString(3));
    Row bad = rows.stream().filter(r -> r.getString(0).equals("900_bad_binary")).findFirst().orElseThrow();
    assertNull(bad.getString(2));
    assertTrue(bad.getString(3).startsWith(in.resolve("900_bad_binary.txt") + ":1:2: binary data"), bad.getString(3));
    Row latin1 = rows.stream().filter(r -> r.getString(0).equals("901_bad_latin1")).findFirst().orElseThrow();
    assertTrue(latin1.getString(3).contains("UTF-8"), latin1.getString(3));
    assertTrue(rows.stream().noneMatch(r -> r.getString(1).endsWith("notes.md")));
  }

  @Test
  void parquet_readsBackToTheSameMeetings() throws IOException {
    Path out = tmp.resolve("out.parquet");
    ParseJob.run(spark, in.toString(), out.toString(), "parquet", ParseOptions.defaults());
    Dataset<Row> articles = spark.read().parquet(out.toString());
    assertEquals(VnruSpark.articleSchema().fieldNames().length, articles.schema().fieldNames().length);
    VnruSpark.createViews(articles);
    List<String> got =
        spark.sql("SELECT article, index, kind, date, country, city, persons, parties, sentence, recalled FROM meetings")
            .collectAsList().stream()
            .map(r -> String.join("|", r.getString(0), String.valueOf(r.getInt(1)), r.getString(2),
                String.valueOf(r.getString(3)), String.valueOf(r.getString(4)), String.valueOf(r.getString(5)),
                String.valueOf(r.getList(6)), String.valueOf(r.getList(7)), r.getString(8), String.valueOf(r.getBoolean(9))))
            .sorted()
            .collect(Collectors.toList());
    List<String> want = new ArrayList<>();
    for (Article a : expectedArticles) {
      for (int i = 0; i < a.meetings().size(); i++) {
        Meeting m = a.meetings().get(i);
        want.add(String.join("|", a.id(), String.valueOf(i), m.kind().name(),
            String.valueOf(m.date().map(Object::toString).orElse(null)),
            String.valueOf(m.place().map(p -> p.country()).orElse(null)),
            String.valueOf(m.place().flatMap(p -> p.city()).orElse(null)),
            String.valueOf(m.participants().stream().map(p -> p.person().value()).collect(Collectors.toList())),
            String.valueOf(m.parties().stream().map(p -> p.value()).collect(Collectors.toList())),
            m.evidence().sentence(), String.valueOf(m.recalled())));
      }
    }
    want.sort(null);
    assertTrue(want.size() > 50, "meetings: " + want.size());
    assertEquals(want, got);
    long n = spark.sql("SELECT count(*) FROM articles").first().getLong(0);
    assertEquals(expectedArticles.size(), n);
  }

  @Test
  void relevantOnly_dropsWhatTheGateDrops_andKeepsEveryArticleWithAFinding() throws IOException {
    Path out = tmp.resolve("relevant.jsonl");
    ParseJob.run(spark, in.toString(), out.toString(), "jsonl", ParseOptions.defaults().relevantOnly(true));
    List<String> got = readParts(out);
    List<String> withFindings = new ArrayList<>();
    for (int i = 0; i < expectedArticles.size(); i++) {
      Article a = expectedArticles.get(i);
      if (!a.meetings().isEmpty() || !a.mentions().isEmpty()) {
        withFindings.add(expectedLines.get(i));
      }
    }
    List<String> missing = new ArrayList<>(withFindings);
    missing.removeAll(got);
    assertEquals(List.of(), missing.stream().map(l -> l.substring(0, 40)).collect(Collectors.toList()), "recall 1.0");
    assertTrue(got.stream().noneMatch(l -> l.contains("\"id\":\"903_football\"")));
  }

  @Test
  void theUsersRegistry_reachesTheExecutors() throws IOException {
    Path registry = tmp.resolve("my-registry.json");
    Files.writeString(registry,
        "{\"persons\": [{\"id\": \"ivan-testov\", \"name\": \"Ivan Testov\","
            + " \"names\": {\"en\": \"Ivan Testov\"}, \"country\": \"RU\"}]}");
    Path one = tmp.resolve("registry-in");
    Files.createDirectories(one);
    Files.writeString(one.resolve("a.txt"),
        "Ivan Testov visits Hanoi\n\nIvan Testov arrived in Hanoi on Monday for talks.\n");
    List<Row> rows = VnruSpark.parse(spark, one.toString(),
        ParseOptions.defaults().withRegistry(registry).relevantOnly(true)).collectAsList();
    assertEquals(1, rows.size());
    Article a = VnruJson.read(rows.get(0).getString(2), Article.class);
    assertTrue(a.persons().stream().anyMatch(p -> p.value().equals("ivan-testov")), rows.get(0).getString(2));
    assertTrue(a.unlistedPersons().stream().noneMatch(p -> p.id().value().equals("ivan-testov")));
    // without it, the name is still read (a Russian given name and surname), as an unlisted person
    List<Row> without = VnruSpark.parse(spark, one.toString()).collectAsList();
    Article plain = VnruJson.read(without.get(0).getString(2), Article.class);
    assertTrue(plain.persons().stream().noneMatch(p -> p.value().equals("ivan-testov"))
        || plain.unlistedPersons().stream().anyMatch(p -> p.id().value().equals("ivan-testov")));
  }
}
