package io.github.vnru.bench;

import io.github.vnru.parser.ArticleParseException;
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
 * files. Linear when the time per article stays flat. One pass per iteration, after the same
 * warm-up (3,000 articles parsed in setup) for every size.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class ScalingBenchmark {

  /** Articles parsed in setup, whatever the size, before the first measured pass. */
  static final int WARM_UP_ARTICLES = 3000;

  /** {@code articles} generated article files in a temporary folder. */
  @State(Scope.Benchmark)
  public static class Sized {
    @Param({"1000", "10000", "100000"})
    public int articles;

    public ArticleParser parser;
    public Path dir;

    @Setup
    public void write() throws ArticleParseException {
      parser = ArticleParser.create();
      List<CorpusGenerator.RawArticle> raw = CorpusGenerator.generate(articles);
      dir = CorpusGenerator.writeToTemp(raw);
      // The same JIT warm-up for every size, so that small sizes do not measure compilation.
      for (int i = 0; i < WARM_UP_ARTICLES; i++) {
        CorpusGenerator.RawArticle a = raw.get(i % raw.size());
        parser.parse(a.id(), a.bytes());
      }
    }

    @TearDown
    public void delete() {
      CorpusGenerator.deleteRecursively(dir);
    }
  }

  /** Parses the whole folder; returns the number of articles. */
  @Benchmark
  public int parseAll(Sized s) {
    ParseReport report = s.parser.parseAll(List.of(s.dir), 1);
    if (report.articles().size() != s.articles) {
      throw new IllegalStateException(report.articles().size() + " articles: " + report.problems());
    }
    return report.articles().size();
  }
}
