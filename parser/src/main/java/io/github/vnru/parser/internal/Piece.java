package io.github.vnru.parser.internal;

/**
 * Internal: a stretch of the normalised text with a role. {@code text} is exactly the normalised
 * text from {@code start} on, so offsets stay exact.
 *
 * @param role what the stretch is
 * @param start offset of the stretch in the normalised text
 * @param text the stretch as written
 */
public record Piece(Role role, int start, String text) {
  /** The role of a stretch of text. */
  public enum Role {
    /** The headline. */
    TITLE,
    /** A repeat of the headline, kept once. */
    TITLE_REPEAT,
    /** The standfirst. */
    LEAD,
    /** A repeat of the standfirst, kept once. */
    LEAD_REPEAT,
    /** A body paragraph. */
    PARAGRAPH,
    /** A photo caption or photo credit. */
    CAPTION,
    /** A source line, byline or agency credit. */
    CREDIT,
    /** Page junk. */
    BOILERPLATE,
    /** A {@code date YYYY-MM-DD} header. */
    DATE_HEADER,
    /** A URL header line. */
    URL
  }

  /** The end offset, exclusive. */
  public int end() {
    return start + text.length();
  }
}
