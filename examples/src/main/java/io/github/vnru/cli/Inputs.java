package io.github.vnru.cli;

import io.github.vnru.parser.ArticleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Expands command-line paths: a folder stands for its article files ({@code *.txt}, {@code *.html},
 * {@code *.htm}, {@code *.html.gz}, any case; see {@link ArticleParser#isArticleFile}), sorted by
 * name; a file stands for itself, whatever its name.
 */
final class Inputs {
  private Inputs() {}

  static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          files.addAll(
              s.filter(
                      f ->
                          ArticleParser.isArticleFile(f) && Files.isRegularFile(f))
                  .sorted()
                  .collect(Collectors.toList()));
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else if (Files.exists(p)) {
        files.add(p);
      } else {
        throw new NoSuchFileException(p.toString(), null, "no such file or folder");
      }
    }
    return files;
  }
}
