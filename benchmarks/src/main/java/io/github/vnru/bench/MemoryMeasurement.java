package io.github.vnru.bench;

import io.github.vnru.extract.Registry;
import io.github.vnru.model.Article;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.ParseReport;
import io.github.vnru.query.Corpus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Retained heap of a loaded {@link Corpus}: generated articles are written to files, parsed, and
 * indexed, with the heap in use measured after full collections before and after each step. The
 * registry and parser are created first so that they are not counted.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.vnru.bench.MemoryMeasurement
 * [articles] [syntheticMeetings] [footprintArticles]} (defaults 20000, 1000000 and 0). With
 * {@code footprintArticles} above 0 it also prints JOL's per-class footprint of that many parsed
 * articles: where the bytes go.
 */
public final class MemoryMeasurement {
  private MemoryMeasurement() {}

  /** What one measurement found. */
  public record Result(
      int articles,
      long meetings,
      long rawBytes,
      long articleBytes,
      long indexBytes) {
    /** Articles and index together. */
    public long corpusBytes() {
      return articleBytes + indexBytes;
    }

    /** Loaded corpus size over raw UTF-8 size. */
    public double ratio() {
      return (double) corpusBytes() / rawBytes;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d articles (%d meetings), raw UTF-8 %.1f MB: articles %.1f MB + index %.1f MB ="
              + " corpus %.1f MB = %.2fx raw; %d B/article (raw %d B/article), %d B/meeting",
          articles,
          meetings,
          rawBytes / 1e6,
          articleBytes / 1e6,
          indexBytes / 1e6,
          corpusBytes() / 1e6,
          ratio(),
          corpusBytes() / Math.max(1, articles),
          rawBytes / Math.max(1, articles),
          corpusBytes() / Math.max(1, meetings));
    }
  }

  /** Measures a corpus loaded from {@code count} generated article files. */
  public static Result parsed(int count) {
    List<CorpusGenerator.RawArticle> raw = CorpusGenerator.generate(count);
    long rawBytes = CorpusGenerator.totalBytes(raw);
    Path dir = CorpusGenerator.writeToTemp(raw);
    raw = null;
    try {
      ArticleParser parser = ArticleParser.create();
      Corpus.of(List.of(), Registry.defaults()); // load every static the corpus uses
      long b0 = usedAfterGc();
      ParseReport report = parser.parseAll(List.of(dir));
      List<Article> articles = report.articles();
      if (!report.problems().isEmpty()) {
        throw new IllegalStateException("problems: " + report.problems());
      }
      long b1 = usedAfterGc();
      Corpus corpus = Corpus.of(articles);
      long b2 = usedAfterGc();
      long meetings = corpus.meetingCount();
      Result r = new Result(articles.size(), meetings, rawBytes, b1 - b0, b2 - b1);
      reachabilityFence(corpus);
      reachabilityFence(report);
      return r;
    } finally {
      CorpusGenerator.deleteRecursively(dir);
    }
  }

  /** Measures a {@link SyntheticCorpus} of {@code meetings} meetings (no article text). */
  public static Result synthetic(int meetings) {
    Corpus.of(List.of(), Registry.defaults());
    long b0 = usedAfterGc();
    List<Article> articles = SyntheticCorpus.generate(meetings);
    long b1 = usedAfterGc();
    Corpus corpus = Corpus.of(articles);
    long b2 = usedAfterGc();
    Result r = new Result(articles.size(), corpus.meetingCount(), 0, b1 - b0, b2 - b1);
    reachabilityFence(corpus);
    return r;
  }

  private static void reachabilityFence(Object o) {
    java.lang.ref.Reference.reachabilityFence(o);
  }

  /** Heap in use after full collections, once it has settled. */
  static long usedAfterGc() {
    MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      long used = mx.getHeapMemoryUsage().getUsed();
      if (i >= 2 && Math.abs(last - used) < 64 * 1024) {
        return used;
      }
      last = used;
    }
    return last;
  }

  /** JOL's per-class footprint of {@code count} parsed generated articles. */
  public static String footprint(int count) throws Exception {
    ArticleParser parser = ArticleParser.create();
    List<Article> articles = new java.util.ArrayList<>();
    long raw = 0;
    for (CorpusGenerator.RawArticle a : CorpusGenerator.generate(count)) {
      articles.add(parser.parse(a.id(), a.bytes()));
      raw += a.bytes().length;
    }
    org.openjdk.jol.info.GraphLayout g =
        org.openjdk.jol.info.GraphLayout.parseInstance((Object) articles);
    String fp = g.toFootprint();
    return String.format(
            Locale.ROOT,
            "%d articles, raw %d B, retained %d B (%.2fx); by class:%n",
            count,
            raw,
            g.totalSize(),
            (double) g.totalSize() / raw)
        + fp.substring(fp.indexOf('\n') + 1);
  }

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int synthetic = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int footprint = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    if (footprint > 0) {
      System.out.println(footprint(footprint));
    }
    System.out.println("parsed:    " + parsed(articles));
    Result s = synthetic(synthetic);
    System.out.printf(
        Locale.ROOT,
        "synthetic: %d meetings in %d articles: articles %.1f MB + index %.1f MB; %d B/meeting"
            + " (index %d B/meeting)%n",
        s.meetings(),
        s.articles(),
        s.articleBytes() / 1e6,
        s.indexBytes() / 1e6,
        s.corpusBytes() / s.meetings(),
        s.indexBytes() / s.meetings());
  }
}
