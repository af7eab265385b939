package io.github.vnru.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.RelevanceGate;
import io.github.vnru.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The relevance gate's recall on the project's real corpus: every article of {@code corpus/raw}
 * and {@code seeds/} in which the full parser finds a meeting or a mention passes the gate, raw,
 * in NFD and with CRLF line ends.
 */
final class RelevanceGateRecallTest {
  private static final RelevanceGate GATE = RelevanceGate.defaults();

  static List<Path> corpusFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("..", "corpus", "raw"), Path.of("..", "seeds"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void recall_isOne_onTheCorpusAndSeeds() throws Exception {
    ArticleParser parser = ArticleParser.create();
    int relevant = 0;
    List<String> missed = new ArrayList<>();
    for (Path f : corpusFiles()) {
      Article a;
      try {
        a = parser.parse(f);
      } catch (ArticleParseException e) {
        continue; // not an article: nothing for the gate to let through
      }
      if (a.meetings().isEmpty() && a.mentions().isEmpty()) {
        continue;
      }
      relevant++;
      byte[] raw = Files.readAllBytes(f);
      String text = new String(raw, StandardCharsets.UTF_8);
      if (!GATE.test(raw)) {
        missed.add(f + " (raw)");
      }
      if (!GATE.test(Normalizer.normalize(text, Normalizer.Form.NFD))) {
        missed.add(f + " (NFD)");
      }
      if (!GATE.test(text.replace("\n", "\r\n"))) {
        missed.add(f + " (CRLF)");
      }
    }
    assertTrue(relevant >= 100, "relevant articles: " + relevant);
    assertEquals(List.of(), missed);
  }

  @Test
  void unrelatedNews_isDropped() {
    assertFalse(GATE.test("Manchester United won 2-1 at Anfield on Sunday.\n\nThe manager said"
        + " during the press conference that your team played well. President Macron of France"
        + " met the Chancellor in Paris.".getBytes(StandardCharsets.UTF_8)));
    // 'quan trọng' holds a short form of a leader's name; 'Ngày' holds 'Nga' folded
    assertFalse(GATE.test("Ngày hội bóng đá\n\nTrận đấu quan trọng diễn ra ngày 5/4 tại sân Mỹ Đình."));
    // 'UR' and 'SR' are party abbreviations only in capitals, as words
    assertFalse(GATE.test("Your SRS report during our URL check."));
  }

  @Test
  void relevantNews_passes() {
    assertTrue(GATE.test("Putin met the delegation."));
    assertTrue(GATE.test("Tổng Bí thư Nguyễn Phú Trọng"));
    assertTrue(GATE.test(Normalizer.normalize("Đoàn đại biểu sang Liên bang Nga", Normalizer.Form.NFD)));
    assertTrue(GATE.test("Chairman of United\nRussia spoke."));
    assertTrue(GATE.test("Медведев"));
  }
}
