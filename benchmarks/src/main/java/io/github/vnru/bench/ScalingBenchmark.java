package io.github.vnru.bench;

import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse time against corpus size: parsing 10^3, 10^4 and 10^5 generated articles from memory, one
 * after another on one thread, with one parser. Linear when time per article stays flat.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ScalingBenchmark {

  /** {@code articles} generated articles in memory. */
  @State(Scope.Benchmark)
  public static class Sized {
    @Param({"1000", "10000", "100000"})
    public int articles;

    public ArticleParser parser;
    public String[] ids;
    public byte[][] bytes;

    @Setup
    public void generate() {
      parser = ArticleParser.create();
      List<CorpusGenerator.RawArticle> raw = CorpusGenerator.generate(articles);
      ids = raw.stream().map(CorpusGenerator.RawArticle::id).toArray(String[]::new);
      bytes = raw.stream().map(CorpusGenerator.RawArticle::bytes).toArray(byte[][]::new);
    }
  }

  /** Parses the whole corpus; returns the number of meetings found. */
  @Benchmark
  public long parseCorpus(Sized s) throws ArticleParseException {
    long meetings = 0;
    for (int i = 0; i < s.ids.length; i++) {
      meetings += s.parser.parse(s.ids[i], s.bytes[i]).meetings().size();
    }
    return meetings;
  }
}
