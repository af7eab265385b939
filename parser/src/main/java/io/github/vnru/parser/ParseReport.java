package io.github.vnru.parser;

import io.github.vnru.model.Article;
import io.github.vnru.model.VnruStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a batch parse gave: the articles of the good files and one {@link ParseProblem} per bad
 * file. One bad file never stops a batch.
 */
@Value.Immutable
@VnruStyle
public interface ParseReport {
  /** The articles parsed, in the order of their files. */
  List<Article> articles();

  /** The files that could not be parsed, in the order of the files. */
  List<ParseProblem> failures();

  /**
   * What was left out without being an error, one line each with the reason: a file of a kind
   * vnru does not read inside a folder, an empty folder (see {@link InputFiles}).
   */
  List<String> skipped();

  /** One line per file that could not be parsed, {@code FILE:line:col: reason}. */
  default List<String> problems() {
    return failures().stream().map(ParseProblem::toString).collect(Collectors.toList());
  }

  /** Whether every file parsed. */
  default boolean isClean() {
    return failures().isEmpty();
  }

  /** A new builder. */
  static ImmutableParseReport.Builder builder() {
    return ImmutableParseReport.builder();
  }
}
