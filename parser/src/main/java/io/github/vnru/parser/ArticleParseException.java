package io.github.vnru.parser;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A source that cannot be parsed into an article. It carries one {@link ParseProblem}; the
 * message is the problem in compiler style, e.g. {@code bad.txt:1:38: invalid UTF-8 (bytes C3
 * 28)}.
 */
public class ArticleParseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ParseProblem problem;

  /**
   * An exception without a known source or position, for callers outside the parser.
   *
   * @param message what is wrong
   */
  public ArticleParseException(String message) {
    this(ParseProblem.of("<unknown>", ParseProblem.Reason.UNREADABLE, message));
  }

  /**
   * An exception for {@code problem}.
   *
   * @param problem what is wrong, and where
   */
  public ArticleParseException(ParseProblem problem) {
    super(checkNotNull(problem, "problem").toString());
    this.problem = problem;
  }

  /** What is wrong, and where. */
  public ParseProblem problem() {
    return problem;
  }

  /** The kind of problem. */
  public ParseProblem.Reason reason() {
    return problem.reason();
  }
}
