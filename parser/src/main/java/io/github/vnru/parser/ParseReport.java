package io.github.vnru.parser;

import io.github.vnru.model.Article;
import java.util.List;

/** What a batch parse gave. STUB: the parser work (issue 3) fills this in. */
public interface ParseReport {
  /** The articles parsed, in the order of their files. */
  List<Article> articles();

  /** One line per file that could not be parsed, {@code FILE: reason}. */
  List<String> problems();
}
