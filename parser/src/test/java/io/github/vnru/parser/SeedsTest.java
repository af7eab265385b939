package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vnru.model.Article;
import io.github.vnru.parser.internal.SeedCorpusWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

final class SeedsTest {
  @Test
  void ids_matchTheSeedsFolder() throws IOException {
    List<String> onDisk;
    try (Stream<Path> s = Files.list(Path.of("..", "seeds"))) {
      onDisk =
          s.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt"))
              .map(n -> n.substring(0, n.length() - 4))
              .sorted()
              .collect(Collectors.toList());
    }
    assertEquals(onDisk, Seeds.ids());
  }

  @Test
  void bytes_areTheFileBytes() throws IOException {
    for (String id : Seeds.ids()) {
      assertArrayEquals(Files.readAllBytes(Path.of("..", "seeds", id + ".txt")), Seeds.bytes(id));
    }
  }

  @Test
  void bytes_unknownId_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> Seeds.bytes("nope"));
  }

  @Test
  void parse_givesOneArticlePerSeedInOrder() {
    List<Article> all = Seeds.parse(ArticleParser.create());
    assertEquals(Seeds.ids(), all.stream().map(Article::id).collect(Collectors.toList()));
  }

  @Test
  void parseAll_seedsFolder_isClean() {
    ParseReport r = ArticleParser.create().parseAll(List.of(Path.of("..", "seeds")));
    assertEquals(List.of(), r.problems());
    assertEquals(Seeds.parse(ArticleParser.create()), r.articles());
  }

  /** The pre-parsed seeds the build packages cannot go stale: they are a fresh parse, byte for byte. */
  @Test
  void articles_arePackagedPreParsed_andEqualAFreshParse() throws IOException {
    String packaged;
    try (InputStream in = Seeds.class.getResourceAsStream("/" + SeedCorpusWriter.RESOURCE)) {
      assertNotNull(in, "the build writes " + SeedCorpusWriter.RESOURCE + " (process-classes)");
      packaged = new String(in.readAllBytes(), UTF_8);
    }
    List<Article> fresh = Seeds.parse(ArticleParser.create());
    assertEquals(SeedCorpusWriter.jsonLines(fresh), packaged);
    assertEquals(fresh, Seeds.articles());
  }
}
