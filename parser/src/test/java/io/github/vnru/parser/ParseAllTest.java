package io.github.vnru.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ParseAllTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  @Test
  void parseAll_inParallel_keepsFileOrderAndEqualsOneThread(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 12; i++) {
      String id = Seeds.ids().get(i % 5);
      Files.write(dir.resolve(String.format(java.util.Locale.ROOT, "a%02d.txt", i)), Seeds.bytes(id));
    }
    Files.write(dir.resolve("a05b.txt"), new byte[0]);
    ParseReport one = PARSER.parseAll(List.of(dir), 1);
    ParseReport four = PARSER.parseAll(List.of(dir), 4);
    assertEquals(one, four);
    assertEquals(12, four.articles().size());
    assertEquals(
        List.of("a00", "a01", "a02", "a03", "a04", "a05", "a06", "a07", "a08", "a09", "a10", "a11"),
        four.articles().stream().map(a -> a.id()).collect(Collectors.toList()));
    assertEquals(1, four.failures().size());
    assertEquals(ParseProblem.Reason.EMPTY, four.failures().get(0).reason());
  }

  @Test
  void parseAll_missingFileIsAFailureNotAnException(@TempDir Path dir) {
    ParseReport report = PARSER.parseAll(List.of(dir.resolve("gone.txt")));
    assertEquals(0, report.articles().size());
    assertEquals(ParseProblem.Reason.NOT_FOUND, report.failures().get(0).reason());
  }

  @Test
  void parseAll_rejectsZeroThreads() {
    assertThrows(IllegalArgumentException.class, () -> PARSER.parseAll(List.of(), 0));
  }
}
