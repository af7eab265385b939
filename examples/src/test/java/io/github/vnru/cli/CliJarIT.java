package io.github.vnru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first hour of a user, with the built jar run as {@code java -jar vnru.jar}: inputs are never
 * silently misread or skipped, and every error says what was wrong and what to do.
 */
class CliJarIT {
  private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();
  /** A Java class or exception name in a message meant for a person. */
  private static final Pattern JAVA_NAME =
      Pattern.compile("java\\.|Exception|RegistryFile|\\bat [a-z]+\\.[a-z]+\\.");

  private static Path seed(String prefix) throws Exception {
    try (var s = Files.list(SEEDS)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
  }

  private static List<String> articleColumn(String table) {
    return Arrays.stream(table.split("\n"))
        .skip(1)
        .map(l -> l.substring(l.lastIndexOf(' ') + 1))
        .collect(Collectors.toList());
  }

  @Test
  void folders_areWalkedRecursively_idsStayUnique_andSkippedInputsAreReportedOnceWithACount(
      @TempDir Path dir) throws Exception {
    Path crawl = Files.createDirectories(dir.resolve("crawl"));
    Files.createDirectories(crawl.resolve("2021/04"));
    Files.createDirectories(crawl.resolve("2022"));
    Files.createDirectories(crawl.resolve("empty"));
    Files.copy(seed("001"), crawl.resolve("2021/04/a.txt"));
    Files.copy(seed("003"), crawl.resolve("2022/a.TXT"));
    Files.copy(seed("002"), crawl.resolve("upper.TXT"));
    Files.writeString(crawl.resolve("notes.pdf"), "%PDF");

    Jar r = Jar.run(dir, "timeline", "crawl", "missing.txt");
    assertEquals(1, r.status, r.toString());
    assertEquals(List.of("2021/04/a", "upper", "2022/a"), articleColumn(r.out), r.toString());
    List<String> errLines = Arrays.asList(r.err.split("\n"));
    assertEquals(2, errLines.size(), r.toString());
    assertTrue(errLines.get(0).startsWith("vnru: missing.txt: no such file or folder"), r.err);
    assertTrue(
        errLines.get(1).startsWith("vnru: skipped 2 inputs: ")
            && errLines.get(1).contains("notes.pdf (not a .txt, .jsonl or HTML file)")
            && errLines.get(1).contains("empty (an empty folder)"),
        r.err);
  }

  @Test
  void anIdIsTheFileNameWithoutItsExtension_whateverTheExtension(@TempDir Path dir)
      throws Exception {
    Files.copy(seed("001"), dir.resolve("upper.TXT"));
    Files.copy(seed("003"), dir.resolve("other.text"));
    Jar r = Jar.run(dir, "timeline", "upper.TXT", "other.text");
    assertEquals(0, r.status, r.toString());
    assertEquals(List.of("upper", "other"), articleColumn(r.out), r.toString());
  }

  @Test
  void jsonLinesFromParse_areReadBackInFoldersWhateverTheCase(@TempDir Path dir) throws Exception {
    Jar parsed = Jar.run(dir, "parse");
    assertEquals(0, parsed.status, parsed.toString());
    assertEquals(5, parsed.out.split("\n").length, "parse with no PATH reads the seeds");
    Path folder = Files.createDirectories(dir.resolve("out/sub"));
    Files.writeString(folder.resolve("seeds.JSONL"), parsed.out);
    Jar fromFolder = Jar.run(dir, "parse", "out");
    assertEquals(0, fromFolder.status, fromFolder.toString());
    assertEquals(parsed.out, fromFolder.out);
    Jar timeline = Jar.run(dir, "timeline", "out");
    assertEquals(Jar.run(dir, "timeline").out, timeline.out);
  }

  @Test
  void verbose_isAcceptedByEveryCommand(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("gold"));
    for (String[] args :
        List.of(
            new String[] {"parse", "--verbose"},
            new String[] {"timeline", "--verbose"},
            new String[] {"query", "--verbose", "--person", "putin"},
            new String[] {"report", "--verbose", "-o", "r.html"},
            new String[] {"--verbose", "timeline"})) {
      Jar r = Jar.run(dir, args);
      assertEquals(0, r.status, String.join(" ", args) + ": " + r);
    }
    Jar eval = Jar.run(dir, "eval", "--verbose", "--gold", "gold", SEEDS.toString());
    assertFalse(eval.err.contains("Unknown option"), eval.toString());
  }

  @Test
  void fromAndTo_takeAYearOrAYearMonth_andYearExists(@TempDir Path dir) throws Exception {
    Jar r = Jar.run(dir, "query", "--from", "2021", "--to", "2021-06");
    assertEquals(0, r.status, r.toString());
    assertEquals(List.of("001_878f7d2422501cef"), articleColumn(r.out), r.toString());
    Jar y = Jar.run(dir, "query", "--year", "2025");
    assertEquals(List.of("002_634d7682466cca9f"), articleColumn(y.out), y.toString());
    assertEquals(
        articleColumn(Jar.run(dir, "query", "--from", "2021-04-05", "--to", "2021-04-05").out),
        articleColumn(Jar.run(dir, "query", "--year", "2021").out));
  }

  @Test
  void errors_sayWhatWasWrongAndWhatToDo_withoutJavaNames(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\"persons\":[{\"id\":\"x y\",\"name\":\"X\"}]}");
    Files.writeString(dir.resolve("bad2.json"), "{\"persons\":[{\"id\":\"a-b\",\"name\":[1]}]}");
    Files.writeString(dir.resolve("typo.json"), "{\"persons\":[{\"id\":\"a-b\",\"name\":\"A\",\"alises\":[]}]}");
    String[][] cases = {
      {"query", "--from", "2021-13"},
      {"query", "--to", "soon"},
      {"query", "--year", "2021", "--from", "2020"},
      {"query", "--person", "Putn"},
      {"timeline", "--registry", "bad.json"},
      {"timeline", "--registry", "bad2.json"},
      {"timeline", "--registry", "typo.json"},
      {"timeline", "--registry", "nofile.json"},
      {"parse", "--encoding", "klingon"},
      {"parse", "nofile.txt"},
      {"report", "-o", "missing-dir/r.html"},
      {"eval", "--gold", "nogold", "x"},
    };
    for (String[] args : cases) {
      Jar r = Jar.run(dir, args);
      String what = String.join(" ", args) + ": " + r;
      assertTrue(r.status == 1 || r.status == 2, what);
      assertTrue(r.err.startsWith("vnru: "), what);
      assertFalse(JAVA_NAME.matcher(r.err).find(), what);
      assertTrue(r.err.length() > 30, what);
    }
    Jar report = Jar.run(dir, "report", "-o", "missing-dir/r.html");
    assertTrue(report.err.contains("the folder missing-dir does not exist"), report.toString());
    assertTrue(report.err.contains("create it"), report.toString());
    Jar typo = Jar.run(dir, "timeline", "--registry", "typo.json");
    assertTrue(typo.err.contains("unknown field 'alises'"), typo.toString());
  }

  @Test
  void aMalformedLanguageFile_stopsParsingAtStart_namingFileAndLine(@TempDir Path dir)
      throws Exception {
    for (String file : new String[] {"ru/cues.tsv", "vi/dates.tsv", "en/mentions.tsv"}) {
      Path patch = dir.resolve("patch-" + file.replace('/', '-'));
      Path bad = patch.resolve("io/github/vnru/extract/lang/" + file);
      Files.createDirectories(bad.getParent());
      Files.writeString(bad, "# a comment\nword\tKIND\textra\tcolumns\tmany\n");
      Jar r = Jar.runWithClassPathFirst(dir, patch, "parse", seed("001").toString());
      String what = file + ": " + r;
      assertEquals(1, r.status, what);
      assertEquals("", r.out, what);
      assertTrue(r.err.startsWith("vnru: lang/" + file + ":2: "), what);
      assertFalse(JAVA_NAME.matcher(r.err).find(), what);
    }
  }
}
