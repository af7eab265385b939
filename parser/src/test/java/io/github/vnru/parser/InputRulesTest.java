package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.RelevanceGate;
import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules other engines share with {@code vnru parse} (vnru-spark, {@code vnru eval}): the file
 * kinds and ids of {@link InputFiles}, the duplicate-id problem, {@link
 * ArticleParser#parseFile(String, String, byte[])} on bytes read elsewhere, the HTML decision and
 * the relevance gate on gzip data.
 */
final class InputRulesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  static final String PAGE =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Putin had telephone conversation with"
          + " Dung</title></head><body><article><h1>Putin had telephone conversation with Dung</h1>\n"
          + "<p>Russian Prime Minister Vladimir Putin had a telephone conversation with Vietnamese"
          + " Prime Minister Nguyen Tan Dung on Tuesday, discussing cooperation in energy.</p>\n"
          + "</article></body></html>\n";

  @Test
  void idBelow_isThePathBelowTheFolderWithoutTheExtension() {
    assertEquals("2021/03/a", InputFiles.idBelow("2021/03/a.TXT"));
    assertEquals("page", InputFiles.idBelow("page.Html.GZ"));
    assertEquals("x/page", InputFiles.idBelow("x/page.htm.gz"));
    assertEquals("v1.2/notes", InputFiles.idBelow("v1.2/notes"));
    assertEquals("a.b", InputFiles.idBelow("a.b.jsonl"));
    assertEquals(InputFiles.idOf(Path.of("dir", "UPPER.TXT")), InputFiles.idBelow("UPPER.TXT"));
  }

  @Test
  void folderKinds_areWhatAFolderStandsFor_inAnyCase(@TempDir Path dir) throws Exception {
    List<String> names =
        List.of("a.TXT", "b.Jsonl", "c.HTML", "d.htm", "e.Html.Gz", "f.HTM.GZ", "g.txt.gz",
            "h.tar.gz", "i.md", "txt", "j.gz");
    for (String n : names) {
      Files.write(dir.resolve(n), new byte[] {'x'});
    }
    List<String> read =
        InputFiles.of(List.of(dir)).inputs().stream()
            .map(i -> i.file().getFileName().toString())
            .collect(Collectors.toList());
    List<String> byKinds =
        names.stream()
            .filter(n -> InputFiles.folderKinds().stream()
                .anyMatch(k -> n.toLowerCase(java.util.Locale.ROOT).endsWith(k)))
            .sorted()
            .collect(Collectors.toList());
    assertEquals(List.of("a.TXT", "b.Jsonl", "c.HTML", "d.htm", "e.Html.Gz", "f.HTM.GZ"), byKinds);
    assertEquals(byKinds, read);
    assertThrows(UnsupportedOperationException.class, () -> InputFiles.folderKinds().add(".pdf"));
  }

  @Test
  void duplicateId_isTheProblemInputFilesGives(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.htm"), PAGE, UTF_8);
    Files.writeString(dir.resolve("a.txt"), "Title\n\nBody text.\n", UTF_8);
    List<ParseProblem> problems = InputFiles.of(List.of(dir)).problems();
    assertEquals(
        List.of(InputFiles.duplicateId(dir.resolve("a.txt").toString(), "a",
            dir.resolve("a.htm").toString())),
        problems);
    assertEquals(ParseProblem.Reason.DUPLICATE_ID, problems.get(0).reason());
    assertTrue(problems.get(0).toString().contains("a.txt: its article id 'a' is already the id of "),
        problems.get(0).toString());
  }

  @Test
  void parseFileOnBytes_isParseFileOnTheFile_forEveryKind(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("page.HTML"), PAGE, UTF_8);
    Files.write(dir.resolve("page2.html.gz"), HtmlPageTest.gzip(PAGE.getBytes(UTF_8)));
    Files.writeString(dir.resolve("fragment.htm"), "<div><h1>Putin meets Dung</h1>"
        + "<p>Vladimir Putin met Nguyen Tan Dung in Moscow on Monday.</p></div>", UTF_8);
    List<String> seeds =
        Seeds.parse(PARSER).stream().map(VnruJson::write).collect(Collectors.toList());
    Files.writeString(dir.resolve("lines.JSONL"), seeds.get(0) + "\n" + seeds.get(1) + "\n", UTF_8);
    Files.writeString(dir.resolve("bad-line.jsonl"), seeds.get(0) + "\n{\"id\": 3}\n", UTF_8);
    Files.copy(Path.of("..", "seeds", "000_5d566a5fd76334e6.txt"), dir.resolve("UP.TXT"));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("bad.txt"), new byte[] {'T', 0, 1, 2});
    for (InputFiles.Input input : InputFiles.of(List.of(dir)).inputs()) {
      String source = "s3a://bucket/in/" + input.file().getFileName();
      byte[] bytes = Files.readAllBytes(input.file());
      String want;
      try {
        want = json(PARSER.parseFile(input));
      } catch (ArticleParseException e) {
        want = e.getMessage().replace(input.file().toString(), source);
      }
      String got;
      try {
        got = json(PARSER.parseFile(source, input.id(), bytes));
      } catch (ArticleParseException e) {
        got = e.getMessage();
      }
      assertEquals(want, got, input.toString());
    }
    assertEquals(2, PARSER.parseFile("x.jsonl", "x", Files.readAllBytes(dir.resolve("lines.JSONL"))).size());
    // the fragment is a page by its name only
    Article fragment = PARSER.parseFile(dir.resolve("fragment.htm"), "fragment").get(0);
    assertEquals(fragment, PARSER.parseFile("hdfs:///x/fragment.htm", "fragment",
        Files.readAllBytes(dir.resolve("fragment.htm"))).get(0));
  }

  @Test
  void parseFileOnBytes_checksTheSizeLimit() {
    ArticleParser small = ArticleParser.builder().maxBytes(10).build();
    ArticleParseException e = assertThrows(ArticleParseException.class,
        () -> small.parseFile("s3a://b/big.txt", "big", new byte[11]));
    assertEquals(ParseProblem.Reason.TOO_LARGE, e.problem().reason());
    assertTrue(e.getMessage().startsWith("s3a://b/big.txt: file too large (11 bytes"), e.getMessage());
  }

  @Test
  void readsAsHtml_byNameOrContent_neverJsonLines() {
    byte[] text = "Title\n\nBody.\n".getBytes(UTF_8);
    assertTrue(ArticleParser.readsAsHtml("a.HTML", text));
    assertTrue(ArticleParser.readsAsHtml("dir/a.htm.gz", text));
    assertTrue(ArticleParser.readsAsHtml("a.txt", PAGE.getBytes(UTF_8)));
    assertFalse(ArticleParser.readsAsHtml("a.txt", text));
    assertFalse(ArticleParser.readsAsHtml("a.html", "{\"id\":\"x\"}\n".getBytes(UTF_8)));
  }

  @Test
  void mayBeRelevant_testsGzipDataInflated() throws Exception {
    RelevanceGate gate = RelevanceGate.defaults();
    byte[] page = PAGE.getBytes(UTF_8);
    assertTrue(gate.test(page));
    assertFalse(gate.test(HtmlPageTest.gzip(page)), "the gate alone sees compressed bytes");
    assertTrue(PARSER.mayBeRelevant(gate, HtmlPageTest.gzip(page)));
    assertTrue(PARSER.mayBeRelevant(gate, page));
    byte[] football = "Manchester United win at Anfield\n\nThe manager praised the team.\n".getBytes(UTF_8);
    assertFalse(PARSER.mayBeRelevant(gate, football));
    assertFalse(PARSER.mayBeRelevant(gate, HtmlPageTest.gzip(football)));
    // what the parser refuses passes, for the parser to report
    assertTrue(PARSER.mayBeRelevant(gate, new byte[] {0x1F, (byte) 0x8B, 1, 2, 3}));
    assertTrue(ArticleParser.builder().maxBytes(10).build().mayBeRelevant(gate, football));
  }

  private static String json(List<Article> articles) {
    return articles.stream().map(VnruJson::write).collect(Collectors.joining("\n"));
  }
}
