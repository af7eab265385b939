package io.github.vnru.extract;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Set;

/** Finds the persons, parties, places and meetings in an article's segmented text. Thread-safe. */
public final class Extractor {
  private final Registry registry;

  private Extractor(Registry registry) {
    this.registry = registry;
  }

  /** An extractor over {@code registry}. */
  public static Extractor of(Registry registry) {
    return new Extractor(checkNotNull(registry, "registry"));
  }

  /** The registry this extractor uses. */
  public Registry registry() {
    return registry;
  }

  /** The mentions and meetings in {@code input}. Never throws on any text. */
  public ExtractionResult extract(ExtractionInput input) {
    checkNotNull(input, "input");
    // STUB: replaced by the extraction work (issue 4).
    return new ExtractionResult(List.of(), List.of(), Set.of(), Set.of(), List.of(), List.of());
  }
}
