package io.github.vnru.cli;

import io.github.vnru.parser.ArticleParser;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class CommonOptions {
  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  ArticleParser parser() {
    return ArticleParser.create();
  }
}
