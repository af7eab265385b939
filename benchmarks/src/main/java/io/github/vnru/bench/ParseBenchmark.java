package io.github.vnru.bench;

import io.github.vnru.model.Article;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse throughput of the whole pipeline: per article from memory ({@code pipeline}: articles/s
 * per thread, bytes/s in {@code pipeline:bytes}) and over the 20,000-file corpus ({@code
 * corpus*}, to set against {@link BaselineBenchmark}). The stages are in {@link StageBenchmark}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class ParseBenchmark {

  /** The parser, created once. */
  @State(Scope.Benchmark)
  public static class Parser {
    public ArticleParser parser;

    @Setup
    public void create() {
      parser = ArticleParser.create();
    }
  }

  /** One in-memory article per operation through {@link ArticleParser#parse(String, byte[])}. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 2, time = 1)
  @Measurement(iterations = 3, time = 1)
  public Article pipeline(
      Parser p, InMemoryCorpus corpus, InMemoryCorpus.Cursor cursor, ByteCounter counter)
      throws ArticleParseException {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return p.parser.parse(corpus.ids[i], corpus.bytes[i]);
  }

  /** The whole file corpus through {@link ArticleParser#parseAll} (all cores if it uses them). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public int corpusParseAll(Parser p, FileCorpus corpus) {
    ParseReport report = p.parser.parseAll(List.of(corpus.dir));
    if (!report.problems().isEmpty() || report.articles().size() != corpus.articles) {
      throw new IllegalStateException(
          report.articles().size() + " articles; problems: " + report.problems());
    }
    return report.articles().size();
  }

  /** The whole file corpus, one {@link ArticleParser#parse(Path)} after another on one thread. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 3)
  @Measurement(iterations = 5)
  public long corpusOneThread(Parser p, FileCorpus corpus) throws ArticleParseException {
    long meetings = 0;
    for (Path f : corpus.files) {
      meetings += p.parser.parse(f).meetings().size();
    }
    return meetings;
  }
}
