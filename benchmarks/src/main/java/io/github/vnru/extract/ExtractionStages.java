package io.github.vnru.extract;

import io.github.vnru.model.Meeting;
import java.util.List;

/**
 * Benchmark access to the two halves of {@link Extractor#extract}: finding mentions, then
 * meetings. It lives in the extract package (in the benchmarks jar, on the class path) because
 * {@code MentionFinder} and {@code MeetingFinder} are package-private.
 */
public final class ExtractionStages {
  private ExtractionStages() {}

  /** Runs mention finding over {@code input}; the result feeds {@link #meetings}. */
  public static Object mentions(Registry registry, ExtractionInput input) {
    MentionFinder finder = new MentionFinder(registry.lexicon(), input);
    finder.run();
    return finder;
  }

  /** Runs meeting finding over a finished {@link #mentions} result (which it only reads). */
  public static List<Meeting> meetings(Registry registry, Object mentions, ExtractionInput input) {
    return new MeetingFinder(registry.lexicon(), (MentionFinder) mentions, input, Explanation.NONE)
        .find();
  }
}
