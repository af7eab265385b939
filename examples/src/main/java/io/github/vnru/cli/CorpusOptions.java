package io.github.vnru.cli;

import io.github.vnru.extract.Registry;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.Seeds;
import io.github.vnru.query.Corpus;
import io.github.vnru.query.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * The inputs of a command that reads a corpus: raw article files or folders, or JSON Lines written
 * by {@code vnru parse} (recognised by content, whatever the name); none means the embedded seed
 * corpus.
 */
final class CorpusOptions {
  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description =
          "Raw article files, folders (walked recursively for *.txt and *.jsonl, any case), or"
              + " JSON Lines files from 'vnru parse' (recognised by content)."
              + " Default: the embedded seed corpus.")
  List<Path> paths = new ArrayList<>();

  @Mixin RegistryOption registry = new RegistryOption();

  /** The corpus, with one line on {@code err} per input that could not be read. */
  Loaded load(PrintWriter err) {
    if (paths.isEmpty() && registry.files.isEmpty()) {
      // The seeds come pre-parsed: no parser is built. The built-in registry, which the corpus
      // resolves names with, is read meanwhile on another thread (Corpus.seeds() then finds it
      // ready); reading either is mostly Jackson's first-time work, and they are independent.
      CompletableFuture.runAsync(Registry::defaults);
      return new Loaded(Corpus.seeds(), 0);
    }
    ArticleParser parser = registry.parser();
    if (paths.isEmpty()) {
      return new Loaded(Corpus.of(Seeds.parse(parser), parser.registry()), 0);
    }
    int failed = 0;
    LoadResult result = Corpus.load(parser, paths.toArray(Path[]::new));
    for (String problem : result.problems()) {
      err.println("vnru: " + problem);
      failed++;
    }
    Inputs.skipped(result.skipped(), err);
    return new Loaded(result.corpus(), failed);
  }

  /** A loaded corpus and how many inputs failed. */
  static final class Loaded {
    final Corpus corpus;
    final int failed;

    Loaded(Corpus corpus, int failed) {
      this.corpus = corpus;
      this.failed = failed;
    }

    int status() {
      return failed == 0 ? 0 : 1;
    }
  }
}
