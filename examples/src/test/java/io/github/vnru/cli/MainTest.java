package io.github.vnru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MainTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  /** What one run printed, and its exit status. */
  private static final class Run {
    final int status;
    final String out;
    final String err;

    Run(int status, String out, String err) {
      this.status = status;
      this.out = out;
      this.err = err;
    }
  }

  private static Run vnru(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void help_listsEveryCommand() {
    Run r = vnru("--help");
    assertEquals(0, r.status);
    for (String command : List.of("parse", "timeline", "query", "report")) {
      assertTrue(r.out.contains(command), r.out);
    }
  }

  @Test
  void version_printsTheName() {
    Run r = vnru("--version");
    assertEquals(0, r.status);
    assertTrue(r.out.startsWith("vnru "), r.out);
  }

  @Test
  void unknownOption_isAUsageErrorOnOneLinePlusHint() {
    Run r = vnru("timeline", "--colour");
    assertEquals(2, r.status);
    assertTrue(r.err.startsWith("vnru: Unknown option: '--colour'"), r.err);
    assertEquals(2, r.err.strip().split("\n").length, r.err);
  }

  @Test
  void parse_seeds_printsOneArticlePerLineInOrder() {
    Run r = vnru("parse", SEEDS.toString());
    assertEquals(0, r.status, r.err);
    String[] lines = r.out.strip().split("\n");
    assertEquals(5, lines.length);
    Article first = VnruJson.read(lines[0], Article.class);
    assertEquals("000_5d566a5fd76334e6", first.id());
    assertEquals("004_f4231edc8e98a481", VnruJson.read(lines[4], Article.class).id());
    assertEquals("", r.err);
  }

  @Test
  void parse_badFile_isReportedOnStderrAndTheRestStillComesOut(@TempDir Path dir)
      throws Exception {
    Files.write(dir.resolve("a_empty.txt"), new byte[0]);
    Files.copy(SEEDS.resolve("001_878f7d2422501cef.txt"), dir.resolve("b_good.txt"));
    Files.write(dir.resolve("c_binary.txt"), new byte[] {'T', 0, 1, 2, (byte) 0xC3, 0x28});
    Run r = vnru("parse", "--threads", "2", dir.toString());
    assertEquals(1, r.status);
    assertEquals(1, r.out.strip().split("\n").length, r.out);
    assertTrue(r.out.contains("\"id\":\"b_good\""), r.out);
    String[] errors = r.err.strip().split("\n");
    assertEquals(2, errors.length, r.err);
    assertTrue(errors[0].startsWith("vnru: ") && errors[0].contains("a_empty.txt"), r.err);
    assertTrue(errors[1].contains("c_binary.txt"), r.err);
    assertFalse(r.err.contains("\tat "), "no stack trace without --verbose");
  }

  @Test
  void parse_jsonLinesFromParse_isReadBackByContentWhateverItsName(@TempDir Path dir)
      throws Exception {
    Run first = vnru("parse", SEEDS.toString());
    Path jsonl = dir.resolve("SEEDS.JSONL");
    Files.writeString(jsonl, first.out, StandardCharsets.UTF_8);
    Run again = vnru("parse", jsonl.toString());
    assertEquals(0, again.status, again.err);
    assertEquals(first.out, again.out);
    Run timeline = vnru("timeline", jsonl.toString());
    assertEquals(0, timeline.status, timeline.err);
    assertEquals(vnru("timeline").out, timeline.out);
  }

  @Test
  void encodingOption_existsInEveryCommandThatReadsFiles_andNotUtf8NamesIt(@TempDir Path dir)
      throws Exception {
    // "Hà Nội họp" as windows-1258 writes it: base letters, then tone marks as combining bytes
    byte[] cp1258 = {'H', (byte) 0xE0, ' ', 'N', (byte) 0xF4, (byte) 0xF2, 'i', ' ', 'h', 'o',
        (byte) 0xF2, 'p', '\n', 'H', 'a', 'i', ' ', 'b', (byte) 0xEA, 'n', ' ', 'g', 'a', (byte) 0xEC,
        'p', ' ', 'n', 'h', 'a', 'u', '.'};
    Path f = dir.resolve("old.txt");
    Files.write(f, cp1258);
    Run plain = vnru("parse", f.toString());
    assertEquals(1, plain.status);
    assertTrue(plain.err.contains("--encoding windows-1258"), plain.err);
    Run parsed = vnru("parse", "--encoding", "windows-1258", f.toString());
    assertEquals(0, parsed.status, parsed.err);
    assertTrue(parsed.out.contains("\"title\":\"Hà Nội họp\""), parsed.out);
    for (String command : List.of("timeline", "query", "report")) {
      List<String> args = new java.util.ArrayList<>(List.of(command, "--encoding", "windows-1258"));
      if (command.equals("report")) {
        args.addAll(List.of("-o", dir.resolve("r.html").toString()));
      }
      args.add(f.toString());
      Run r = vnru(args.toArray(String[]::new));
      assertEquals(0, r.status, command + ": " + r.err);
    }
  }

  @Test
  void parse_missingPath_isOneLineError() {
    Run r = vnru("parse", "no/such/dir");
    assertEquals(1, r.status);
    assertTrue(r.err.startsWith("vnru: no/such/dir"), r.err);
  }

  @Test
  void timeline_ofTheSeeds_showsEveryMeetingInDateOrder() {
    Run r = vnru("timeline");
    assertEquals(0, r.status, r.err);
    for (String s : List.of("2021-04-05", "2025-10-10", "--06-11", "(undated)", "Putin",
        "Medvedev", "Mironov", "Zyuganov", "Pyongyang, KP", "001_878f7d2422501cef")) {
      assertTrue(r.out.contains(s), s + " in\n" + r.out);
    }
    assertTrue(r.out.indexOf("2021-04-05") < r.out.indexOf("2025-10-10"));
    assertTrue(r.out.indexOf("2025-10-10") < r.out.indexOf("(undated)"));
    String[] lines = r.out.split("\n");
    int articleColumn = lines[0].indexOf("ARTICLE");
    for (int i = 1; i < lines.length; i++) {
      assertEquals(articleColumn, lines[i].indexOf("00"), "aligned: " + lines[i]);
    }
  }

  @Test
  void query_unknownPerson_suggestsTheClosest() {
    Run r = vnru("query", "--person", "Putn");
    assertEquals(2, r.status);
    assertTrue(r.err.contains("unknown person 'Putn'; closest: vladimir-putin"), r.err);
  }

  @Test
  void query_filtersCombine_andJsonGivesOneMeetingPerLine() {
    Run r = vnru("query", "--person", "nguyen phu trong", "--with", "V. Pu-tin", "--kind",
        "PHONE_CALL", "--from", "2021-01-01", "--to", "2021-12-31", "--json");
    assertEquals(0, r.status, r.err);
    String[] lines = r.out.strip().split("\n");
    assertEquals(1, lines.length, r.out);
    assertTrue(lines[0].contains("\"article\":\"001_878f7d2422501cef\""), r.out);
    assertTrue(lines[0].contains("\"date\":\"2021-04-05\""), r.out);
  }

  @Test
  void query_byPartyAndLanguage() {
    Run r = vnru("query", "--party", "KPRF", "--lang", "en");
    assertEquals(0, r.status, r.err);
    assertTrue(r.out.contains("Zyuganov") && r.out.contains("003_4f8b40688a4bdb1b"), r.out);
    assertFalse(r.out.contains("Putin"), r.out);
  }

  @Test
  void report_writesAWellFormedPageWithTimelineNetworkAndTable(@TempDir Path dir)
      throws Exception {
    Path page = dir.resolve("r.html");
    Run r = vnru("report", "-o", page.toString());
    assertEquals(0, r.status, r.err);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, doc.getElementsByTagName("svg").getLength());
    assertTrue(doc.getElementsByTagName("circle").getLength() >= 6);
    assertTrue(html.contains("data-person=\"gennady-zyuganov\""));
    assertFalse(html.contains("<script"), "self-contained, no scripts");
    assertFalse(html.contains("src=\"http"), "no remote resources");
  }

  @Test
  void registryOption_addsTheUsersPersons(@TempDir Path dir) throws Exception {
    Path registry = dir.resolve("mine.json");
    Files.writeString(
        registry,
        "{\"persons\": [{\"id\": \"zorg-blatt\", \"name\": \"Zorg Blatt\", \"names\": {},"
            + " \"aliases\": [\"Blatt\"], \"memberships\": [], \"positions\": []}]}",
        StandardCharsets.UTF_8);
    assertEquals(2, vnru("query", "--person", "Zorg Blatt").status);
    Run r = vnru("query", "--person", "Zorg Blatt", "--registry", registry.toString());
    assertEquals(0, r.status, r.err);
    assertTrue(r.out.startsWith("DATE"), r.out);
  }

  @Test
  void registryOption_badFileIsOneLineNamingFileAndField(@TempDir Path dir) throws Exception {
    Path registry = dir.resolve("typo.json");
    Files.writeString(
        registry,
        "{\"persons\": [{\"id\": \"zorg-blatt\", \"name\": \"Zorg\", \"alises\": []}]}",
        StandardCharsets.UTF_8);
    Run r = vnru("timeline", "--registry", registry.toString());
    assertEquals(1, r.status);
    assertTrue(r.err.startsWith("vnru: ") && r.err.contains("typo.json"), r.err);
    assertTrue(r.err.contains("alises"), r.err);
    assertEquals(1, r.err.strip().split("\n").length, r.err);
  }
}
