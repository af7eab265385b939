package io.github.vnru.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.cli.Main;
import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.InputFiles;
import io.github.vnru.parser.ParseReport;
import io.github.vnru.parser.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of every kind {@code vnru parse} reads, in mixed letter case and sub-folders, with a
 * JSON Lines file, a JSON Lines file with a bad line, an HTML page, a gzipped page, bad files,
 * two files with one id and files of other kinds: {@link VnruSpark#parse} and {@link ParseJob}
 * give the rows, ids and errors of {@code vnru parse} on the same folder (the command itself,
 * {@link Main#run}), line for line.
 */
final class MixedFolderTest {
  private static SparkSession spark;
  @TempDir static Path tmp;
  private static Path in;
  /** What vnru parse prints for the folder: stdout lines, and the error lines sorted. */
  private static List<String> cliLines;
  private static List<String> cliIds;
  private static List<String> cliErrors;
  /** VnruSpark.parse's rows for the folder, in the order of path and index. */
  private static List<Row> rows;

  @BeforeAll
  static void start() throws Exception {
    spark = VnruSpark.local();
    in = tmp.resolve("in");
    Files.createDirectories(in.resolve("sub/2021"));
    Files.createDirectories(in.resolve("Hà Nội"));
    Files.createDirectories(in.resolve("news"));
    Path seeds = Path.of("..", "seeds");
    Path corpus = Path.of("..", "corpus", "raw");
    Files.copy(seeds.resolve("000_5d566a5fd76334e6.txt"), in.resolve("UPPER.TXT"));
    Files.copy(corpus.resolve("100_oreanda-putin-dung-phone.txt"), in.resolve("sub/2021/b.Txt"));
    Files.copy(corpus.resolve("123_vnexpress-putin-to-lam-phone.txt"), in.resolve("Hà Nội/tin tức.txt"));
    // the same id twice: dup.htm comes first in path order, dup.txt is the error
    Files.writeString(in.resolve("dup.htm"), page("Putin meets Dung"), UTF_8);
    Files.copy(corpus.resolve("104_vietmaz-son-kosachev.txt"), in.resolve("dup.txt"));
    Files.writeString(in.resolve("page.html"), page("Putin had telephone conversation with Dung"), UTF_8);
    Files.write(in.resolve("news/page2.HTML.GZ"), gzip(page("Putin and Dung talk by phone").getBytes(UTF_8)));
    // JSON Lines as vnru parse writes them: each line an article with its stored id
    ArticleParser parser = Parsers.of(ParseOptions.defaults()).parser();
    List<String> seedLines =
        Seeds.parse(parser).stream().map(VnruJson::write).collect(Collectors.toList());
    Files.writeString(in.resolve("lines.JSONL"), String.join("\n", seedLines.subList(0, 3)) + "\n", UTF_8);
    Files.writeString(in.resolve("sub/bad-lines.jsonl"),
        seedLines.get(3) + "\n{\"id\": \"broken\", \"meetings\": 7}\n" + seedLines.get(4) + "\n", UTF_8);
    Files.write(in.resolve("bad.txt"), new byte[] {'T', 0, 1, 2, (byte) 0xC3, 0x28});
    Files.write(in.resolve("latin1.txt"), "Tin tức\n\nPutin gặp ông Lâm.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    // not read: other kinds
    Files.writeString(in.resolve("notes.md"), "not an article\n", UTF_8);
    Files.write(in.resolve("archive.tar.gz"), gzip("x".getBytes(UTF_8)));
    Files.write(in.resolve("sub/old.txt.gz"), gzip("Putin met Dung.\n".getBytes(UTF_8)));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new String[] {"parse", in.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(1, status, err.toString());
    cliLines = out.toString().lines().collect(Collectors.toList());
    cliIds = cliLines.stream().map(l -> VnruJson.read(l, Article.class).id()).collect(Collectors.toList());
    List<String> stderr = err.toString().lines().collect(Collectors.toList());
    assertTrue(stderr.stream().anyMatch(l -> l.startsWith("vnru: skipped 3 inputs: ")), stderr.toString());
    cliErrors = stderr.stream().filter(l -> !l.startsWith("vnru: skipped ")).sorted().collect(Collectors.toList());
    // the library reads the folder the same way
    ParseReport library = parser.parseAll(List.of(in));
    assertEquals(cliLines, library.articles().stream().map(VnruJson::write).collect(Collectors.toList()));
    assertEquals(cliErrors, library.failures().stream().map(p -> "vnru: " + p).sorted().collect(Collectors.toList()));
    // the folder holds what the test says it holds
    assertTrue(cliIds.containsAll(List.of("UPPER", "sub/2021/b", "Hà Nội/tin tức", "dup", "page", "news/page2")), cliIds.toString());
    assertEquals(3, cliIds.stream().filter(id -> id.startsWith("00")).count(), "the lines of lines.JSONL: " + cliIds);
    assertEquals(5, cliErrors.size(), cliErrors.toString()); // dup, bad-lines, bad, latin1, empty
    assertTrue(cliErrors.stream().anyMatch(e -> e.contains("bad-lines.jsonl:2:1: not an article")), cliErrors.toString());
    assertTrue(cliErrors.stream().anyMatch(e -> e.contains("its article id 'dup' is already the id of")), cliErrors.toString());
    rows = VnruSpark.parse(spark, in.toString()).orderBy("path", "index").collectAsList();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static String page(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
        + "<link rel=\"canonical\" href=\"https://example.com/news/putin-dung\"></head><body><article>\n"
        + "<h1>" + title + "</h1>\n"
        + "<p>Russian Prime Minister Vladimir Putin had a telephone conversation with Vietnamese Prime"
        + " Minister Nguyen Tan Dung on Tuesday, discussing cooperation in energy.</p>\n"
        + "<p>The two leaders agreed to strengthen the strategic partnership between the two countries.</p>\n"
        + "</article></body></html>\n";
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }

  @Test
  void parse_givesTheArticlesIdsAndErrorsOfVnruParse() {
    List<String> lines = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Row r : rows) {
      if (r.getAs("error") == null) {
        lines.add(r.getAs("json"));
        ids.add(r.getAs("id"));
        assertEquals(r.<String>getAs("id"), VnruJson.read(r.<String>getAs("json"), Article.class).id());
      } else {
        errors.add("vnru: " + r.getAs("error"));
      }
    }
    assertEquals(cliIds, ids);
    ParseJobTest.assertSameLines(cliLines, lines);
    assertEquals(cliErrors, errors.stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void parse_errorRows_haveTheFilesIds_andJsonLinesRowsTheirPlace() {
    Map<String, String> errorIds = new LinkedHashMap<>();
    Map<String, List<Integer>> indexes = new LinkedHashMap<>();
    for (Row r : rows) {
      String file = VnruSpark.localFile(r.getAs("path")).getFileName().toString();
      if (r.getAs("error") != null) {
        errorIds.put(file, r.getAs("id"));
      }
      indexes.computeIfAbsent(file, f -> new ArrayList<>()).add(r.getAs("index"));
    }
    assertEquals(Map.of("dup.txt", "dup", "bad-lines.jsonl", "sub/bad-lines", "bad.txt", "bad",
        "latin1.txt", "latin1", "empty.txt", "empty"), Map.copyOf(errorIds));
    assertEquals(List.of(0, 1, 2), indexes.get("lines.JSONL"));
    assertEquals(List.of(0), indexes.get("page2.HTML.GZ"));
    assertTrue(indexes.keySet().stream().noneMatch(List.of("notes.md", "archive.tar.gz", "old.txt.gz")::contains),
        indexes.keySet().toString());
  }

  @Test
  void job_jsonl_equalsVnruParse_lineForLine() throws IOException {
    Path out = tmp.resolve("out.jsonl");
    assertEquals(1, ParseJob.run(spark, in.toString(), out.toString(), "jsonl", ParseOptions.defaults()));
    List<String> lines = new ArrayList<>();
    try (var parts = Files.list(out)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().collect(Collectors.toList())) {
        lines.addAll(Files.readAllLines(p, UTF_8));
      }
    }
    ParseJobTest.assertSameLines(cliLines, lines);
  }

  @Test
  void relevantOnly_keepsThePages_gzippedToo() {
    List<String> ids =
        VnruSpark.parse(spark, in.toString(), ParseOptions.defaults().relevantOnly(true))
            .collectAsList().stream()
            .map(r -> r.<String>getAs("id"))
            .collect(Collectors.toList());
    assertTrue(ids.containsAll(List.of("page", "news/page2", "UPPER", "sub/2021/b")), ids.toString());
  }

  @Test
  void parse_aFileOnItsOwn_isReadWhateverItsName_withItsNameAsId() {
    List<Row> md = VnruSpark.parse(spark, in.resolve("notes.md").toString()).collectAsList();
    assertEquals(List.of("notes"), md.stream().map(r -> r.<String>getAs("id")).collect(Collectors.toList()));
    assertNull(md.get(0).getAs("error"));
  }

  @Test
  void parse_nothingAtThePath_saysSo() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VnruSpark.parse(spark, in.resolve("nope").toString()));
    assertTrue(e.getMessage().contains("nope: no such file or folder"), e.getMessage());
  }

  /** The rows of files whose bytes Spark read (a remote file system): the same as the parser's. */
  @Test
  void parseOne_onBytes_readsEachKindAsTheParserReadsTheFile() throws Exception {
    LinkedHashMap<String, Boolean> roots = new LinkedHashMap<>();
    String root = new org.apache.hadoop.fs.Path("file:" + in.toAbsolutePath()).toString();
    roots.put(root, true);
    FileListing.Ids remote = new FileListing.Ids(roots, false, Map.of());
    Parsers.Pair pair = Parsers.of(ParseOptions.defaults());
    ArticleParser parser = pair.parser();
    for (String name : List.of("UPPER.TXT", "page.html", "news/page2.HTML.GZ", "lines.JSONL", "sub/bad-lines.jsonl", "bad.txt")) {
      String path = root + "/" + name;
      byte[] bytes = Files.readAllBytes(in.resolve(name));
      String id = remote.idOf(path);
      assertEquals(InputFiles.idBelow(name), id);
      List<Row> rows = VnruSpark.parseOne(pair, remote, path, id, bytes);
      List<String> want;
      try {
        want = parser.parseFile(in.resolve(name), id).stream().map(VnruJson::write).collect(Collectors.toList());
      } catch (io.github.vnru.parser.ArticleParseException e) {
        assertEquals(1, rows.size());
        String error = rows.get(0).getString(3);
        assertEquals(e.getMessage().replace(in.resolve(name).toString(), path), error);
        continue;
      }
      assertEquals(want, rows.stream().map(r -> r.getString(2)).collect(Collectors.toList()), name);
    }
  }
}
