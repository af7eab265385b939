package io.github.vnru.bench;

import io.github.vnru.parser.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The five raw seed articles, by id: from the parser's embedded {@link Seeds}, or, while that is
 * not available, from the folder named by {@code -Dvnru.seeds} (default {@code seeds}).
 */
final class SeedTexts {
  private SeedTexts() {}

  /** Seed id to raw bytes, in id order. */
  static Map<String, byte[]> load() {
    Map<String, byte[]> seeds = new LinkedHashMap<>();
    try {
      for (String id : Seeds.ids()) {
        seeds.put(id, Seeds.bytes(id));
      }
      if (!seeds.isEmpty()) {
        return seeds;
      }
    } catch (RuntimeException e) {
      // The parser is a stub or has no embedded seeds: fall back to the repository folder.
      seeds.clear();
    }
    Path dir = Paths.get(System.getProperty("vnru.seeds", "seeds"));
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sorted = new ArrayList<>();
      files.filter(p -> p.getFileName().toString().endsWith(".txt")).forEach(sorted::add);
      sorted.sort(null);
      for (Path p : sorted) {
        String name = p.getFileName().toString();
        seeds.put(name.substring(0, name.length() - 4), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "no seeds: the parser's Seeds is unavailable and " + dir.toAbsolutePath() + " unreadable",
          e);
    }
    if (seeds.isEmpty()) {
      throw new IllegalStateException("no seeds in " + dir.toAbsolutePath());
    }
    return seeds;
  }
}
