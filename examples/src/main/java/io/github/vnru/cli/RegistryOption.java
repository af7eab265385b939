package io.github.vnru.cli;

import io.github.vnru.extract.Registry;
import io.github.vnru.parser.ArticleParser;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of every command that reads files: {@code --registry FILE}, the user's own registry
 * entries on top of the built-in ones, and {@code --encoding CHARSET}, the encoding of raw article
 * files that are not UTF-8.
 */
final class RegistryOption {
  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "The encoding of raw article files (default UTF-8), e.g. windows-1258 for old"
              + " Vietnamese pages. A UTF-8 or UTF-16 byte-order mark still decides.")
  Charset encoding = StandardCharsets.UTF_8;

  @Option(
      names = "--registry",
      paramLabel = "FILE",
      description =
          "A JSON file of extra persons, parties, places or titles (repeatable);"
              + " added to the built-in registry.")
  List<Path> files = new ArrayList<>();

  /** The built-in registry plus the user's files. */
  Registry registry() {
    if (files.isEmpty()) {
      return Registry.defaults();
    }
    Registry.Builder b = Registry.builder().addDefaults();
    files.forEach(b::add);
    return b.build();
  }

  /** A parser over {@link #registry()} reading {@link #encoding}. */
  ArticleParser parser() {
    return files.isEmpty() && encoding.equals(StandardCharsets.UTF_8)
        ? ArticleParser.create()
        : ArticleParser.builder().registry(registry()).charset(encoding).build();
  }
}
