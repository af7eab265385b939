package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Java scorer prints what the reference {@code score.py -v} printed for the same output and
 * gold. Each folder under {@code eval/scorepy/} holds {@code pred.jsonl}, {@code gold/} and
 * {@code expected.txt}, the output of {@code python3 score.py pred.jsonl gold -v}, run once by
 * hand (no Python in the build).
 */
final class ScorePyAgreementTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "eval", "scorepy");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> fixtures() throws Exception {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(FIXTURES, Files::isDirectory)) {
      s.forEach(out::add);
    }
    out.sort(null);
    return out;
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void score_printsWhatScorePyPrinted(Path fixture) throws Exception {
    List<String> lines = new ArrayList<>();
    List<JsonNode> predicted = new ArrayList<>();
    for (String line : Files.readAllLines(fixture.resolve("pred.jsonl"), UTF_8)) {
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        predicted.add(JSON.readTree(line));
      } catch (JsonProcessingException e) {
        lines.add("unparseable output line: " + Py.head(line, 120));
      }
    }
    Score score =
        Scorer.scoreJson(GoldArticle.loadAll(fixture.resolve("gold")), predicted, Map.of());
    score.articles().forEach(a -> lines.add(a.line()));
    if (!score.missingLine().isEmpty()) {
      lines.add(score.missingLine());
    }
    lines.add(score.summaryLine());
    assertEquals(
        String.join("\n", Files.readAllLines(fixture.resolve("expected.txt"), UTF_8)),
        String.join("\n", lines));
  }
}
