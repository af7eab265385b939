package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ParseProblem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole parsed output of every seed, rule-test article and corpus article against its golden
 * file {@code src/test/resources/golden/<id>.article.json} (pretty JSON, as {@code vnru parse}
 * writes it), so that every change shows exactly what it changed, as a diff.
 *
 * <p>{@code mvn -B verify -Dvnru.golden.update=true} rewrites the goldens that differ, writes the
 * missing ones and deletes those of articles that no longer exist; review the diff in git. Without
 * the flag, an article without a golden (a newly added corpus file) is reported and its test
 * skipped, not failed.
 */
final class GoldenOutputTest {
  /** The one flag that rewrites the goldens. */
  static final String UPDATE_FLAG = "vnru.golden.update";

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String SUFFIX = ".article.json";
  private static final ObjectWriter PRETTY =
      VnruJson.writer().with(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static boolean update() {
    return Boolean.getBoolean(UPDATE_FLAG);
  }

  static Stream<Arguments> articles() {
    List<Arguments> out = new ArrayList<>();
    for (TestCorpora.Parsed set : sets()) {
      for (String id : set.ids()) {
        out.add(Arguments.of(set.name(), id));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("articles")
  void parse_article_givesItsGoldenOutput(String set, String id) throws IOException {
    TestCorpora.Parsed parsed = sets().stream().filter(s -> s.name().equals(set)).findFirst()
        .orElseThrow();
    Path golden = GOLDEN.resolve(id + SUFFIX);
    Optional<Article> article =
        parsed.articles().stream().filter(a -> id.equals(a.id())).findFirst();
    if (article.isEmpty()) {
      String problem = parsed.failures().stream().filter(p -> p.source().endsWith(id + ".txt"))
          .map(ParseProblem::toString).findFirst().orElse("not parsed");
      if (Files.exists(golden)) {
        if (update()) {
          Files.delete(golden);
          System.out.println("golden: deleted " + golden + " (now refused: " + problem + ")");
          return;
        }
        fail(id + " has a golden but is now refused: " + problem);
      }
      assumeTrue(false, id + " is refused (" + problem + "); it has no golden");
    }
    String actual = pretty(article.get());
    if (!Files.exists(golden)) {
      if (update()) {
        write(golden, actual);
        System.out.println("golden: wrote " + golden);
        return;
      }
      System.out.println("golden: no " + golden + "; run with -D" + UPDATE_FLAG + "=true");
      assumeTrue(false, "no golden for " + id + "; run mvn -B verify -D" + UPDATE_FLAG + "=true");
    }
    String expected = Files.readString(golden, UTF_8);
    if (expected.equals(actual)) {
      return;
    }
    if (update()) {
      write(golden, actual);
      System.out.println("golden: rewrote " + golden + "\n" + LineDiff.diff(expected, actual));
      return;
    }
    String diff = LineDiff.diff(expected, actual);
    System.out.println("golden: " + id + " changed (- golden, + now):\n" + diff);
    assertEquals(expected, actual, id + " changed (- golden, + now):\n" + diff
        + "\nIf the change is right: mvn -B verify -D" + UPDATE_FLAG + "=true, review, commit.");
  }

  @Test
  void everyGolden_belongsToAnArticle() throws IOException {
    Set<String> ids = new TreeSet<>();
    sets().forEach(s -> ids.addAll(s.ids()));
    List<Path> stale = new ArrayList<>();
    if (!Files.isDirectory(GOLDEN)) {
      return;
    }
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(GOLDEN, "*" + SUFFIX)) {
      for (Path f : dir) {
        String name = f.getFileName().toString();
        if (!ids.contains(name.substring(0, name.length() - SUFFIX.length()))) {
          stale.add(f);
        }
      }
    }
    if (update()) {
      for (Path f : stale) {
        Files.delete(f);
        System.out.println("golden: deleted " + f + " (no such article)");
      }
      return;
    }
    assertEquals(List.of(), stale, "goldens of articles that no longer exist; -D" + UPDATE_FLAG
        + "=true deletes them");
  }

  /** The article as {@code vnru parse} writes it, pretty-printed, one value per line. */
  static String pretty(Article a) throws IOException {
    return PRETTY.writeValueAsString(a) + "\n";
  }

  private static void write(Path golden, String text) throws IOException {
    Files.createDirectories(golden.getParent());
    Files.writeString(golden, text, UTF_8);
  }

  private static List<TestCorpora.Parsed> sets() {
    return List.of(TestCorpora.seeds(), TestCorpora.ruleArticles(), TestCorpora.corpus());
  }
}
