package io.github.vnru.extract;

/** The role of a {@link Segment} of an article's own text. */
public enum SegmentKind {
  TITLE,
  LEAD,
  PARAGRAPH,
  CAPTION
}
