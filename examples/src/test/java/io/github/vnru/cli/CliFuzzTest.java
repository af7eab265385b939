package io.github.vnru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.json.VnruJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzzing of the command line's filter arguments (issue 16): {@code vnru query}
 * with any dates, names, parties, kinds, languages and years over the embedded seed corpus (loaded
 * once, so that a run takes milliseconds). Whatever the
 * arguments: exit status 0 or 2 (a usage error), never a stack trace or a Java class name; a usage
 * error is one line saying what is wrong and the help hint; a query that runs prints only meetings
 * of the kind asked, and the same arguments give the same output. Each run ends within a time
 * bound. Regression inputs: {@code src/test/resources/io/github/vnru/cli/CliFuzzTestInputs/
 * queryFilters/}; a campaign: {@code ./fuzz.sh examples CliFuzzTest#queryFilters 10m}.
 */
class CliFuzzTest {
  private static final Pattern JAVA_NAME =
      Pattern.compile(
          "\\b(?:java|javax|jdk|sun|com|org|io)\\.[a-z]\\w*\\.|\\b\\w*(?:Exception|Error)\\b"
              + "|\\bat [\\w$.]+\\(|\\tat ");
  private static final String[] OPTIONS = {
    "--from", "--to", "--year", "--person", "--with", "--party", "--kind", "--lang"
  };
  /** Values that reach deep paths sooner than random bytes. */
  private static final String[] HINTS = {
    "2021", "2021-04", "2021-04-05", "2021-02-30", "0000", "9999-12-31", "+2021", "٢٠٢١", "2021-4",
    "Putin", "Pu-tin", "Nguyễn Phú Trọng", "trong", "Tô Lâm", "CPV", "UR", "KPRF", "Đảng",
    "meeting", "PHONE_CALL", "video_call", "letter", "vi", "en", "ru", "", " ", "-1",
    "2147483647", "99999999999", "--json", "-h"
  };
  static {
    // warm up: loading the registry and parsing the seeds is not an input's time
    run(List.of("query", "--json"));
  }

  @FuzzTest(maxDuration = "10m")
  void queryFilters(FuzzedDataProvider data) {
    List<String> args = new ArrayList<>(List.of("query", "--json"));
    Optional<String> kind = Optional.empty();
    for (String option : OPTIONS) {
      if (data.consumeBoolean()) {
        String value = data.consumeBoolean() ? data.pickValue(HINTS) : data.consumeString(40);
        if (data.consumeBoolean()) {
          args.add(option + "=" + value);
        } else {
          args.add(option);
          args.add(value);
        }
        if (option.equals("--kind")) {
          kind = Optional.of(value);
        }
      }
    }
    long start = System.nanoTime();
    String[] result = run(args);
    long took = System.nanoTime() - start;
    assertTrue(took < 10_000_000_000L, "query took " + took / 1_000_000 + " ms: " + args);
    int status = Integer.parseInt(result[0]);
    String out = result[1];
    String err = result[2];
    java.util.regex.Matcher javaName = JAVA_NAME.matcher(err);
    String given = String.join(" ", args);
    while (javaName.find()) {
      // a value the user gave, quoted back (control characters escaped), may look like one
      String name = javaName.group().strip();
      assertTrue(given.contains(name) || Errors.oneLine(given).contains(name),
          "a Java name or stack trace: " + err);
    }
    if (status == 2) {
      String[] lines = err.split("\n");
      assertEquals(2, lines.length, "a usage error is one line and the hint: " + err);
      assertTrue(lines[0].startsWith("vnru: "), err);
      assertEquals("Try 'vnru query --help'.", lines[1]);
      assertEquals("", out, "no output on a usage error");
      return;
    }
    assertEquals(0, status, "status " + status + " for " + args + ": " + err);
    assertEquals("", err, "a query that runs prints no error");
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      JsonNode node = readTree(line);
      assertTrue(node.has("article") && node.has("meeting"), line);
      if (kind.isPresent()) {
        String k = node.get("meeting").get("kind").asText();
        assertEquals(
            MeetingKind.valueOf(kind.get().strip().toUpperCase(Locale.ROOT)).name(), k,
            "only meetings of the kind asked");
      }
    }
    assertEquals(out, run(args)[1], "the same arguments give the same output");
  }

  private static JsonNode readTree(String line) {
    try {
      return VnruJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + line, e);
    }
  }

  private static String[] run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {Integer.toString(status), out.toString(), err.toString().replace("\r", "")};
  }
}
