package io.github.vnru.cli;

import io.github.vnru.parser.ArticleParser;
import picocli.CommandLine.Mixin;

/** Options every command that parses shares. */
final class CommonOptions {
  @Mixin RegistryOption registry;

  ArticleParser parser() {
    return registry.parser();
  }
}
