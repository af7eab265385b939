package io.github.vnru.query;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What {@link Corpus#load} gave: a corpus of every article that parsed, and one line per file
 * that did not ({@code FILE: reason}). One bad file never stops the others.
 */
public final class LoadResult {
  private final Corpus corpus;
  private final ImmutableList<String> problems;
  private final ImmutableList<String> skipped;

  LoadResult(Corpus corpus, List<String> problems, List<String> skipped) {
    this.corpus = corpus;
    this.problems = ImmutableList.copyOf(problems);
    this.skipped = ImmutableList.copyOf(skipped);
  }

  /**
   * What was left out without being a problem, one line each with the reason: files of a kind
   * vnru does not read inside a folder, empty folders.
   */
  public List<String> skipped() {
    return skipped;
  }

  /** The corpus of every article that parsed. */
  public Corpus corpus() {
    return corpus;
  }

  /**
   * One line per input that could not be read ({@code FILE: reason}, a missing path, a repeated
   * article id): paths that do not exist first, then files in input order; empty when all were
   * read.
   */
  public List<String> problems() {
    return problems;
  }

  /** Whether every file parsed. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * The corpus, if every file parsed.
   *
   * @throws IllegalStateException listing every problem, one per line, if any file failed
   */
  public Corpus orThrow() {
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          problems.size() + " file(s) could not be parsed:\n" + String.join("\n", problems));
    }
    return corpus;
  }

  @Override
  public String toString() {
    return "LoadResult(" + corpus + ", " + problems.size() + " problems)";
  }
}
