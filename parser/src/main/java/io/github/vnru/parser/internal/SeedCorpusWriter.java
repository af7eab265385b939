package io.github.vnru.parser.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the seed corpus pre-parsed: {@code Seeds.parse(ArticleParser.create())} as JSON Lines,
 * the resource {@value #RESOURCE} that {@link Seeds#articles()} reads. The build runs it on its
 * own classes (exec-maven-plugin, phase {@code process-classes}), so the resource always comes
 * from the parser and registry it is packaged with; {@code SeedsTest} checks that it equals a
 * fresh parse.
 */
public final class SeedCorpusWriter {
  /** The pre-parsed seeds, next to the raw ones. */
  public static final String RESOURCE = "io/github/vnru/seeds/seeds.jsonl";

  private SeedCorpusWriter() {}

  /** {@code articles} as JSON Lines, one article a line, each line ending in {@code \n}. */
  public static String jsonLines(List<Article> articles) {
    StringBuilder out = new StringBuilder();
    for (Article a : articles) {
      out.append(VnruJson.write(a)).append('\n');
    }
    return out.toString();
  }

  /** Writes {@value #RESOURCE} under the class folder {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: SeedCorpusWriter CLASS_FOLDER");
    }
    Path file = Path.of(args[0]).resolve(RESOURCE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, jsonLines(Seeds.parse(ArticleParser.create())), UTF_8);
  }
}
