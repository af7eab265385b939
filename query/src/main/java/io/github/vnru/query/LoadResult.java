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

  LoadResult(Corpus corpus, List<String> problems) {
    this.corpus = corpus;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** The corpus of every article that parsed. */
  public Corpus corpus() {
    return corpus;
  }

  /** One line per file that could not be parsed, in file order; empty when all parsed. */
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
