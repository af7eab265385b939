package io.github.vnru.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The reference program of the parse target: read every file, strictly decode it, NFC-normalise
 * it and split it into lines ({@link Baseline}). {@code corpus*} run over the same 20,000
 * generated files as {@link ParseBenchmark#corpusParseAll}; {@code perArticle} over in-memory
 * bytes like {@link ParseBenchmark#pipeline}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class BaselineBenchmark {

  /** The whole file corpus on one thread; seconds per pass. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public long corpusOneThread(FileCorpus corpus) throws IOException {
    long lines = 0;
    for (Path f : corpus.files) {
      lines += Baseline.lines(Files.readAllBytes(f)).size();
    }
    return lines;
  }

  /** The whole file corpus on every core (a parallel stream); seconds per pass. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public long corpusAllCores(FileCorpus corpus) {
    return corpus.files.parallelStream().mapToLong(BaselineBenchmark::lineCount).sum();
  }

  /** One in-memory article per operation: articles/s, and bytes/s in {@code :bytes}. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public void perArticle(
      InMemoryCorpus corpus, InMemoryCorpus.Cursor cursor, ByteCounter counter, Blackhole bh)
      throws CharacterCodingException {
    int i = cursor.next(corpus.bytes.length);
    List<String> lines = Baseline.lines(corpus.bytes[i]);
    counter.bytes += corpus.bytes[i].length;
    bh.consume(lines);
  }

  private static long lineCount(Path f) {
    try {
      return Baseline.lines(Files.readAllBytes(f)).size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
