package io.github.vnru.bench;

import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.ParseReport;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse time against corpus size: {@link ArticleParser#parseAll} (one thread, every article kept
 * in the report, as a batch job keeps them) over folders of 10^3, 10^4 and 10^5 generated article
 * files. Linear when the time per article stays flat. One pass per iteration.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class ScalingBenchmark {

  /** {@code articles} generated article files in a temporary folder. */
  @State(Scope.Benchmark)
  public static class Sized {
    @Param({"1000", "10000", "100000"})
    public int articles;

    public ArticleParser parser;
    public Path dir;

    @Setup
    public void write() {
      parser = ArticleParser.create();
      dir = CorpusGenerator.writeToTemp(CorpusGenerator.generate(articles));
    }

    @TearDown
    public void delete() {
      CorpusGenerator.deleteRecursively(dir);
    }
  }

  /** Parses the whole folder; returns the number of articles. */
  @Benchmark
  public int parseAll(Sized s) {
    ParseReport report = s.parser.parseAll(List.of(s.dir));
    if (report.articles().size() != s.articles) {
      throw new IllegalStateException(report.articles().size() + " articles: " + report.problems());
    }
    return report.articles().size();
  }
}
