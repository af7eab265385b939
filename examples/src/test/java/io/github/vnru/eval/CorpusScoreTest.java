package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Parses the whole corpus and the seeds, scores them against their gold as {@code score.py} does,
 * prints every article's differences and the summary lines (overall, per language, per raw
 * format), and fails when a figure drops below its floor in {@code corpus/floor.properties}.
 */
final class CorpusScoreTest {
  private static final Path FLOORS = TestCorpora.CORPUS.resolve("floor.properties");
  private static Properties floors;

  @BeforeAll
  static void readFloors() throws IOException {
    floors = new Properties();
    try (Reader r = Files.newBufferedReader(FLOORS, UTF_8)) {
      floors.load(r);
    }
  }

  @Test
  void corpus_scoresAtLeastItsFloors() {
    TestCorpora.Parsed corpus = TestCorpora.corpus();
    assertTrue(!corpus.files().isEmpty(), "no raw files in " + TestCorpora.CORPUS_RAW);
    Score score = corpus.score(TestCorpora.CORPUS_GOLD);
    report(corpus, score);
    assertFloors("corpus", score.total());
  }

  @Test
  void corpus_noArticleHitsAnExtractionBug() {
    for (io.github.vnru.model.Article a : TestCorpora.corpus().articles()) {
      assertTrue(a.warnings().stream()
              .noneMatch(w -> w.kind() == io.github.vnru.model.WarningKind.EXTRACTION_FAILED),
          a.id() + ": " + a.warnings());
    }
  }

  @Test
  void seeds_scoreAtLeastTheirFloors() {
    TestCorpora.Parsed seeds = TestCorpora.seeds();
    Score score = seeds.score(TestCorpora.SEEDS_GOLD);
    report(seeds, score);
    assertFloors("seeds", score.total());
  }

  private static void report(TestCorpora.Parsed parsed, Score score) {
    StringBuilder b = new StringBuilder();
    b.append("\n=== ").append(parsed.name()).append(": score against gold ===\n");
    parsed.failures().forEach(p -> b.append("refused: ").append(p).append('\n'));
    score.articles().stream().filter(a -> !a.ok()).forEach(a -> b.append(a.line()).append('\n'));
    long ok = score.articles().stream().filter(ArticleScore::ok).count();
    b.append(ok).append(" of ").append(score.articles().size()).append(" articles ok\n");
    if (!score.unscored().isEmpty()) {
      b.append("not scored (no gold file): ").append(String.join(", ", score.unscored()))
          .append('\n');
    }
    if (!score.missingLine().isEmpty()) {
      b.append(score.missingLine()).append('\n');
    }
    score.breakdownLines().forEach(l -> b.append(l).append('\n'));
    Counts c = score.total();
    b.append("measured, rounded down: fieldAccuracy=").append(Py.floor3(c.fieldAccuracy()))
        .append(" meetingF1=").append(Py.floor3(c.meetingF1()))
        .append(" mentionF1=").append(Py.floor3(c.mentionF1())).append('\n');
    System.out.print(b);
  }

  private static void assertFloors(String set, Counts c) {
    List<Executable> checks = new ArrayList<>();
    checks.add(floor(set, "fieldAccuracy", c, Counts::fieldAccuracy));
    checks.add(floor(set, "meetingF1", c, Counts::meetingF1));
    checks.add(floor(set, "mentionF1", c, Counts::mentionF1));
    assertAll(set + " floors (" + FLOORS + ")", checks);
  }

  private static Executable floor(
      String set, String figure, Counts c, ToDoubleFunction<Counts> value) {
    String key = set + "." + figure;
    return () -> {
      String f = floors.getProperty(key);
      assertTrue(f != null, "no floor " + key + " in " + FLOORS);
      double min = Double.parseDouble(f.strip());
      double v = value.applyAsDouble(c);
      assertTrue(v >= min, () -> key + " " + Py.fixed3(v) + " is below its floor " + f);
      if (Double.parseDouble(Py.floor3(v)) > min) {
        System.out.println("note: " + key + " could be raised to " + Py.floor3(v));
      }
    };
  }
}
