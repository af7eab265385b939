package io.github.vnru.parser.internal.html;

import java.util.List;
import java.util.Optional;

/**
 * Internal: what a page holds, before the text pipeline: its metadata and every stretch of visible
 * text with a role, in document order.
 *
 * @param title the headline: {@code og:title}, else the first {@code <h1>}, else {@code <title>},
 *     without a site-name suffix
 * @param url the canonical URL: {@code <link rel=canonical>}, else {@code og:url}
 * @param published the published date as the page states it: ISO from a meta tag, JSON-LD or
 *     {@code <time datetime>}, else a visible date line
 * @param lang the {@code <html lang>} value, lower case
 * @param blocks the visible text
 */
public record HtmlPage(
    Optional<String> title,
    Optional<String> url,
    Optional<String> published,
    Optional<String> lang,
    List<Block> blocks) {

  /** The role of a stretch of a page's text. */
  public enum Role {
    /** The page's {@code <h1>}. */
    HEADLINE,
    /** The standfirst ({@code sapo}, {@code lead}, {@code summary} classes) in the article. */
    LEAD,
    /** Article text. */
    BODY,
    /** A {@code <figcaption>} or caption class. */
    CAPTION,
    /** A byline, author or source. */
    CREDIT,
    /** Navigation, menus, related links, share buttons, comments, footers, ads. */
    BOILERPLATE
  }

  /** A stretch of text: one block-level element's own text, white space collapsed. */
  public record Block(Role role, String text) {}

  /** The article body as the benchmark wants it: lead and body blocks, one per line. */
  public String body() {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (b.role() == Role.BODY || b.role() == Role.LEAD) {
        sb.append(b.text()).append('\n');
      }
    }
    return sb.toString();
  }
}
