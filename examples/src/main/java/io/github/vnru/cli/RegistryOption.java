package io.github.vnru.cli;

import io.github.vnru.extract.Registry;
import io.github.vnru.parser.ArticleParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --registry FILE}: the user's own registry entries, on top of the built-in ones. */
final class RegistryOption {
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

  /** A parser over {@link #registry()}. */
  ArticleParser parser() {
    return files.isEmpty()
        ? ArticleParser.create()
        : ArticleParser.builder().registry(registry()).build();
  }
}
