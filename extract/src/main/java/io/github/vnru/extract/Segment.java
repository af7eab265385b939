package io.github.vnru.extract;

import java.util.List;
import java.util.Objects;

/**
 * One block of an article's own text (title, lead, paragraph or caption) with its sentences.
 *
 * @param kind its role
 * @param start offset of the block in the article's normalised text
 * @param text the block as written
 * @param sentences its sentences, in order, covering the text
 */
public record Segment(SegmentKind kind, int start, String text, List<Sentence> sentences) {
  public Segment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
  }
}
