package io.github.vnru.extract;

import io.github.vnru.extract.internal.Term;
import java.util.List;

/**
 * A span of a sentence that some registry spellings match: every term it may name, before
 * {@link MentionSelection} picks one. Offsets are local to the sentence.
 */
record Candidate(int start, int end, List<Term> terms) {
  int length() {
    return end - start;
  }

  /** Whether any of the terms is a short form that needs the full name elsewhere. */
  boolean hasShortForm() {
    for (Term t : terms) {
      if (t.contextual()) {
        return true;
      }
    }
    return false;
  }
}
