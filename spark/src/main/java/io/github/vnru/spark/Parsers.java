package io.github.vnru.spark;

import io.github.vnru.extract.Registry;
import io.github.vnru.extract.RelevanceGate;
import io.github.vnru.parser.ArticleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parser and relevance gate of each {@link ParseOptions}, built once per JVM (per executor)
 * and shared by its task threads; never serialised. Both are immutable and thread-safe.
 */
final class Parsers {
  /** A parser and the gate over its registry. */
  record Pair(ArticleParser parser, RelevanceGate gate) {}

  private static final Map<String, Pair> BY_KEY = new ConcurrentHashMap<>();

  private Parsers() {}

  /** The parser and gate for {@code options}, made on first use in this JVM. */
  static Pair of(ParseOptions options) {
    return BY_KEY.computeIfAbsent(options.parserKey(), k -> make(options));
  }

  private static Pair make(ParseOptions options) {
    Registry registry = registry(options);
    ArticleParser parser =
        ArticleParser.builder().registry(registry).maxBytes(options.maxBytes()).build();
    RelevanceGate gate =
        options.registryFiles().isEmpty() ? RelevanceGate.defaults() : RelevanceGate.of(registry);
    return new Pair(parser, gate);
  }

  /** The built-in registry plus the options' files, written to a temporary folder to be read. */
  static Registry registry(ParseOptions options) {
    if (options.registryFiles().isEmpty()) {
      return Registry.defaults();
    }
    Registry.Builder b = Registry.builder().addDefaults();
    try {
      Path dir = Files.createTempDirectory("vnru-registry");
      try {
        for (Map.Entry<String, String> e : options.registryFiles().entrySet()) {
          Path f = dir.resolve(e.getKey());
          Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
          b.add(f);
        }
        return b.build();
      } finally {
        try (var files = Files.list(dir)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the registry files to a temporary folder", e);
    }
  }
}
