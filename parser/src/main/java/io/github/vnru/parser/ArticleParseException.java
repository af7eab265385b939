package io.github.vnru.parser;

/** An article that cannot be parsed. STUB: the parser work (issue 3) fills this in. */
public class ArticleParseException extends Exception {
  private static final long serialVersionUID = 1L;

  public ArticleParseException(String message) {
    super(message);
  }
}
