package io.github.vnru.cli;

import io.github.vnru.parser.ArticleParser;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every command that parses shares. */
final class CommonOptions {
  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Mixin RegistryOption registry;

  ArticleParser parser() {
    return registry.parser();
  }
}
