package io.github.vnru.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * The score of one gold article: its tallies and every difference between the parsed article and
 * its gold, in {@code score.py}'s words ({@code "publishedDate: got 'None' want '2009-10-28'"}).
 *
 * @param id the article's id
 * @param language the gold language ({@code vi} or {@code en})
 * @param format the layout of its raw file
 * @param parsed false when no parsed article had this id (it then counts as all wrong)
 * @param counts its tallies
 * @param differences what the parsed article got wrong; empty when it is right
 */
public record ArticleScore(
    String id,
    String language,
    RawFormat format,
    boolean parsed,
    Counts counts,
    List<String> differences) {

  /** Checks for nulls and copies the list. */
  public ArticleScore {
    checkNotNull(id, "id");
    checkNotNull(language, "language");
    checkNotNull(format, "format");
    checkNotNull(counts, "counts");
    differences = List.copyOf(differences);
  }

  /** Whether the parsed article agrees with its gold everywhere. */
  public boolean ok() {
    return differences.isEmpty();
  }

  /** {@code id: ok} or {@code id: difference; difference; ...}, as {@code score.py -v} prints. */
  public String line() {
    return id + ": " + (ok() ? "ok" : String.join("; ", differences));
  }
}
