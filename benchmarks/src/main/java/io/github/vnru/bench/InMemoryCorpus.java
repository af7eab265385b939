package io.github.vnru.bench;

import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Generated articles held in memory for per-article benchmarks: each call takes the next article,
 * so successive operations never see the same text.
 */
@State(Scope.Benchmark)
public class InMemoryCorpus {
  /** How many distinct articles to cycle through. */
  @Param("2000")
  public int distinctArticles;

  public String[] ids;
  public byte[][] bytes;
  public long totalBytes;

  @Setup
  public void generate() {
    List<CorpusGenerator.RawArticle> raw = CorpusGenerator.generate(distinctArticles);
    ids = new String[raw.size()];
    bytes = new byte[raw.size()][];
    for (int i = 0; i < raw.size(); i++) {
      ids[i] = raw.get(i).id();
      bytes[i] = raw.get(i).bytes();
    }
    totalBytes = CorpusGenerator.totalBytes(raw);
  }

  /** A per-thread position in the corpus; threads start at different offsets. */
  @State(Scope.Thread)
  public static class Cursor {
    private static final java.util.concurrent.atomic.AtomicInteger THREADS =
        new java.util.concurrent.atomic.AtomicInteger();
    private int next = THREADS.getAndIncrement() * 7919;

    /** The index of the next article, wrapping around. */
    public int next(int size) {
      int i = next % size;
      next = i + 1;
      return i;
    }
  }
}
