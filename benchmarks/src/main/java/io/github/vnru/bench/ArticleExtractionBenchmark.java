package io.github.vnru.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vnru.model.Article;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The public article-extraction benchmark (issue 14): vnru's article body for each of its pages,
 * scored by the benchmark's own {@code evaluate.py}, beside the published scores; and the HTML
 * throughput per core.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.vnru.bench.ArticleExtractionBenchmark \
 *     [BENCH_DIR (default ../shared/bench/article-extraction)] [WORK_DIR (default benchmarks/target/article-extraction)]
 * </pre>
 *
 * <p>Each page ({@code html/KEY.html.gz}) is parsed by {@code ArticleParser.parse(Path)}, exactly
 * as {@code vnru parse} reads it; its body is the article's lead and paragraphs, one per line. A
 * page that does not parse scores an empty body. The bodies go to {@code
 * WORK_DIR/output/vnru.json} ({@code {KEY: {"articleBody": ...}}}), next to copies of the
 * benchmark's {@code ground-truth.json} and {@code evaluate.py}, which is then run there with
 * {@code python3}.
 */
public final class ArticleExtractionBenchmark {
  /** The published F1 scores, from the benchmark's README. */
  private static final Map<String, Double> PUBLISHED = new TreeMap<>();

  static {
    PUBLISHED.put("rs_trafilatura", 0.970);
    PUBLISHED.put("go_trafilatura", 0.960);
    PUBLISHED.put("trafilatura 2.0.0", 0.958);
    PUBLISHED.put("newspaper4k", 0.949);
    PUBLISHED.put("Readability.js", 0.947);
    PUBLISHED.put("go-readability", 0.934);
    PUBLISHED.put("readability-lxml", 0.922);
    PUBLISHED.put("goose3", 0.896);
    PUBLISHED.put("boilerpipe", 0.860);
    PUBLISHED.put("jusText", 0.804);
    PUBLISHED.put("plain html-text", 0.665);
  }

  private ArticleExtractionBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path bench = Path.of(args.length > 0 ? args[0] : "../shared/bench/article-extraction");
    Path work = Path.of(args.length > 1 ? args[1] : "benchmarks/target/article-extraction");
    if (!Files.isRegularFile(bench.resolve("evaluate.py"))) {
      System.err.println("no benchmark at " + bench.toAbsolutePath() + " (evaluate.py missing)");
      System.exit(2);
    }
    List<Path> pages;
    try (Stream<Path> s = Files.list(bench.resolve("html"))) {
      pages = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
    }
    ArticleParser parser = ArticleParser.create();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    // warm the JIT on every page once, then time one pass on this thread's CPU clock
    for (Path p : pages) {
      parseQuietly(parser, p);
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode output = json.createObjectNode();
    long htmlBytes = 0;
    for (Path p : pages) {
      htmlBytes += inflatedSize(p);
    }
    int failed = 0;
    long cpu0 = cpu.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (Path p : pages) {
      String key = p.getFileName().toString().replace(".html.gz", "");
      Article a = parseQuietly(parser, p);
      if (a == null) {
        failed++;
      }
      output.putObject(key).put("articleBody", a == null ? "" : body(a));
    }
    long cpuNanos = cpu.getCurrentThreadCpuTime() - cpu0;
    long wallNanos = System.nanoTime() - wall0;

    Files.createDirectories(work.resolve("output"));
    for (String f : new String[] {"ground-truth.json", "evaluate.py"}) {
      Files.copy(bench.resolve(f), work.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    ObjectNode file = json.createObjectNode();
    file.put("version", "0.1.0");
    file.set("output", output);
    Files.writeString(work.resolve("output/vnru.json"), json.writeValueAsString(file), UTF_8);

    Process py =
        new ProcessBuilder("python3", "evaluate.py")
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    String scored = new String(py.getInputStream().readAllBytes(), UTF_8);
    int rc = py.waitFor();
    System.out.println("evaluate.py (the benchmark's own scorer):");
    System.out.print(scored);
    if (rc != 0) {
      System.exit(rc);
    }
    Matcher m =
        Pattern.compile("(?m)^vnru\\s+\\S*\\s+([0-9.]+) ± ([0-9.]+)\\s+([0-9.]+) ± [0-9.]+\\s+"
                + "([0-9.]+) ± [0-9.]+")
            .matcher(scored);
    double f1 = m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;

    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "Article body F1 on the %d pages (published figures from the benchmark's README):%n%n",
        pages.size());
    System.out.println("| extractor | F1 |");
    System.out.println("| --- | --- |");
    List<Map.Entry<String, Double>> rows = new ArrayList<>(PUBLISHED.entrySet());
    rows.add(Map.entry("**vnru**", f1));
    rows.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
    for (Map.Entry<String, Double> r : rows) {
      System.out.printf(Locale.ROOT, "| %s | %.3f |%n", r.getKey(), r.getValue());
    }
    if (m.find(0)) {
      System.out.printf(
          Locale.ROOT,
          "%nvnru: F1 %s ± %s, precision %s, recall %s; %d of %d pages did not parse%n",
          m.group(1), m.group(2), m.group(3), m.group(4), failed, pages.size());
    }
    double mb = htmlBytes / 1e6;
    System.out.printf(
        Locale.ROOT,
        "throughput: %.1f MB of HTML (inflated) in %.2f s of one thread's CPU = %.2f MB/s per core"
            + " (whole pipeline: gunzip, decode, DOM, content, text pipeline, extraction;"
            + " wall %.2f s)%n",
        mb, cpuNanos / 1e9, mb / (cpuNanos / 1e9), wallNanos / 1e9);
  }

  /** The benchmark's body: the article's lead and paragraphs, one per line. */
  static String body(Article a) {
    StringBuilder sb = new StringBuilder();
    a.lead().ifPresent(l -> sb.append(l).append('\n'));
    for (String p : a.paragraphs()) {
      sb.append(p).append('\n');
    }
    return sb.toString();
  }

  private static Article parseQuietly(ArticleParser parser, Path p) {
    try {
      return parser.parse(p);
    } catch (ArticleParseException e) {
      System.err.println(e.getMessage());
      return null;
    }
  }

  private static long inflatedSize(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }
}
