package io.github.vnru.bench;

import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.ParseReport;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * per thread, bytes/s in {@code pipeline:bytes}) and over the 20,000-file corpus, to set against
 * {@link BaselineBenchmark}: {@code corpusParseAll} (the library call, one thread) and {@code
 * corpusVnruParse} (what {@code vnru parse} does: all cores, JSON out). The stages are in {@code
 * StageBenchmark}.
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
  @Warmup(iterations = 3, time = 5) // the extraction code needs ~10 s of JIT warm-up
  @Measurement(iterations = 3, time = 1)
  public Article pipeline(
      Parser p, InMemoryCorpus corpus, InMemoryCorpus.Cursor cursor, ByteCounter counter)
      throws ArticleParseException {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return p.parser.parse(corpus.ids[i], corpus.bytes[i]);
  }

  /** The whole file corpus through {@link ArticleParser#parseAll(List, int)} on one thread. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public int corpusParseAll(Parser p, FileCorpus corpus) {
    ParseReport report = p.parser.parseAll(List.of(corpus.dir), 1);
    if (!report.problems().isEmpty() || report.articles().size() != corpus.articles) {
      throw new IllegalStateException(
          report.articles().size() + " articles; problems: " + report.problems());
    }
    return report.articles().size();
  }

  /**
   * What {@code vnru parse DIR > /dev/null} does (examples' {@code ParseCommand}): every file
   * parsed on a pool of all cores, a bounded window of futures keeping the output in input order,
   * each article written as one JSON line (UTF-8) on the calling thread, here to a null stream.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 2)
  public long corpusVnruParse(Parser p, FileCorpus corpus) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
    long lines = 0;
    try {
      Deque<Future<Article>> window = new ArrayDeque<>();
      List<Path> files = corpus.files;
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * 4) {
          Path file = files.get(next++);
          window.add(pool.submit(() -> p.parser.parse(file)));
        }
        out.println(VnruJson.write(window.poll().get()));
        lines++;
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return lines;
  }
}
