package io.github.vnru.parser;

import io.github.vnru.extract.Registry;
import io.github.vnru.model.Article;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns raw article text into {@link Article}s. Immutable and thread-safe.
 *
 * <p>STUB SIGNATURES: the parser work (issue 3) fills these in; keep the signatures.
 */
public final class ArticleParser {
  /** The default size limit of one article file: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  private final Registry registry;
  private final long maxBytes;

  private ArticleParser(Registry registry, long maxBytes) {
    this.registry = registry;
    this.maxBytes = maxBytes;
  }

  /** A parser with the built-in registry and default limits. */
  public static ArticleParser create() {
    return new ArticleParser(Registry.defaults(), DEFAULT_MAX_BYTES);
  }

  /** Parses one file; its id is the file name without {@code .txt}. */
  public Article parse(Path file) throws ArticleParseException {
    throw new UnsupportedOperationException("stub");
  }

  /** Parses raw bytes (strict UTF-8) as the article {@code id}. */
  public Article parse(String id, byte[] bytes) throws ArticleParseException {
    throw new UnsupportedOperationException("stub");
  }

  /** Parses already-decoded text as the article {@code id}. */
  public Article parse(String id, String text) throws ArticleParseException {
    throw new UnsupportedOperationException("stub");
  }

  /**
   * Parses files and folders (a folder's {@code *.txt}, sorted by name); one bad file never stops
   * the batch. Articles come out in a stable order.
   */
  public ParseReport parseAll(List<Path> paths) {
    throw new UnsupportedOperationException("stub");
  }
}
