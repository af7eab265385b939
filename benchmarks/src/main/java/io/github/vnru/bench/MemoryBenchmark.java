package io.github.vnru.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Not a timing: runs {@link MemoryMeasurement} once in its own JVM so the suite's one command
 * reports memory too. The figures come out as secondary results ({@code retained:...}); the
 * primary score (time of one no-op) means nothing.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx8g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class MemoryBenchmark {

  /** How many generated articles to load. */
  @State(Scope.Benchmark)
  public static class Size {
    @Param("20000")
    public int articles;
  }

  /** The measured figures, as JMH secondary results. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Retained {
    /** Raw UTF-8 bytes per article. */
    public long rawBytesPerArticle;
    /** Retained bytes per article in the loaded corpus (articles and index). */
    public long bytesPerArticle;
    /** Retained bytes per meeting in the loaded corpus. */
    public long bytesPerMeeting;
    /** Loaded corpus size over raw UTF-8 size, in hundredths (300 = 3x). */
    public long corpusPerRawPercent;
    /** The index's share of the corpus, in hundredths. */
    public long indexSharePercent;

    private MemoryMeasurement.Result result;

    @Setup(Level.Trial)
    public void measure(Size size) {
      result = MemoryMeasurement.parsed(size.articles);
      System.out.println();
      System.out.println(result);
    }

    void report() {
      rawBytesPerArticle = result.rawBytes() / result.articles();
      bytesPerArticle = result.corpusBytes() / result.articles();
      bytesPerMeeting = result.corpusBytes() / Math.max(1, result.meetings());
      corpusPerRawPercent = Math.round(result.ratio() * 100);
      indexSharePercent = Math.round(100.0 * result.indexBytes() / result.corpusBytes());
    }
  }

  @Benchmark
  public void loadedCorpus(Retained r) {
    r.report();
  }
}
