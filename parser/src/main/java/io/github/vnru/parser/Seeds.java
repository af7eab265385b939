package io.github.vnru.parser;

import io.github.vnru.model.Article;
import java.util.List;

/**
 * The embedded seed corpus: five raw articles packaged in the jar.
 *
 * <p>STUB SIGNATURES: the parser work (issue 3) fills these in; keep the signatures.
 */
public final class Seeds {
  private Seeds() {}

  /** The seed ids, sorted ({@code 000_5d566a5fd76334e6}, ...). */
  public static List<String> ids() {
    throw new UnsupportedOperationException("stub");
  }

  /** The raw bytes of seed {@code id}, exactly as in {@code seeds/}. */
  public static byte[] bytes(String id) {
    throw new UnsupportedOperationException("stub");
  }

  /** Every seed parsed with {@code parser}, in id order. */
  public static List<Article> parse(ArticleParser parser) {
    throw new UnsupportedOperationException("stub");
  }
}
