package io.github.vnru.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns JMH JSON results ({@code -rf json -rff FILE}) into the Markdown tables of the README, with
 * each target of issue 7 marked met or not.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.github.vnru.bench.Report
 * jmh-result.json [more.json ...]}. Results of several runs are merged (a later file wins).
 */
public final class Report {
  private static final String PKG = "io.github.vnru.bench.";

  /** One result: benchmark name without package, params, primary score and secondary scores. */
  private record Row(
      String name,
      Map<String, String> params,
      double score,
      double error,
      String unit,
      Map<String, Double> aux) {
    /** The 99.9% confidence half-width as a share of the score, or NaN when unknown. */
    double relativeError() {
      return Double.isFinite(error) && score != 0 ? error / score : Double.NaN;
    }

    String errorText() {
      double e = relativeError();
      return Double.isNaN(e) ? "" : String.format(Locale.ROOT, "±%.0f%%", 100 * e);
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final Map<Integer, Long> corpusBytes = new HashMap<>();
  private final StringBuilder out = new StringBuilder();

  private Report() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: Report jmh-result.json [more.json ...]");
      System.exit(2);
    }
    Report r = new Report();
    for (String a : args) {
      r.read(Paths.get(a));
    }
    System.out.print(r.render());
  }

  private void read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(file));
    for (JsonNode b : root) {
      String name = b.get("benchmark").asText().replace(PKG, "");
      Map<String, String> params = new HashMap<>();
      if (b.has("params")) {
        b.get("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
      }
      JsonNode pm = b.get("primaryMetric");
      Map<String, Double> aux = new HashMap<>();
      if (b.has("secondaryMetrics")) {
        b.get("secondaryMetrics")
            .properties()
            .forEach(e -> aux.put(e.getKey(), e.getValue().get("score").asDouble()));
      }
      rows.removeIf(r -> r.name().equals(name) && r.params().equals(params));
      double error = pm.has("scoreError") ? pm.get("scoreError").asDouble(Double.NaN) : Double.NaN;
      rows.add(
          new Row(
              name, params, pm.get("score").asDouble(), error, pm.get("scoreUnit").asText(), aux));
    }
  }

  private Optional<Row> find(String name, String... params) {
    return rows.stream()
        .filter(r -> r.name().equals(name))
        .filter(
            r -> {
              for (int i = 0; i + 1 < params.length; i += 2) {
                if (!params[i + 1].equals(r.params().get(params[i]))) {
                  return false;
                }
              }
              return true;
            })
        .findFirst();
  }

  private String render() {
    parse();
    corpus();
    scaling();
    query();
    memory();
    return out.toString();
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  // ---- parse, per article

  private static final String[][] STAGES = {
    {"StageBenchmark.decodeNormalize", "decode (strict UTF-8) + normalise (NFC, line ends)"},
    {"StageBenchmark.lines", "split into lines"},
    {"StageBenchmark.header", "headers (URL, date)"},
    {"StageBenchmark.segment", "segment (title, lead, paragraphs, captions, credits, junk)"},
    {"StageBenchmark.sentencesAndDates", "sentences + dates"},
    {"StageBenchmark.language", "language"},
    {"StageBenchmark.mentions", "mentions (persons, parties, places)"},
    {"StageBenchmark.meetings", "meetings (from the mentions)"},
    {"StageBenchmark.json", "JSON (VnruJson.write)"},
  };

  private void parse() {
    Optional<Row> base = find("BaselineBenchmark.perArticle");
    Optional<Row> pipe = find("ParseBenchmark.pipeline");
    if (base.isEmpty() && pipe.isEmpty()) {
      return;
    }
    line("### Parse throughput, one thread, in memory (2,000 distinct generated articles)%n");
    line("| what | articles/s | ± (99.9%%) | MB/s | µs/article | share of pipeline |");
    line("| --- | ---: | ---: | ---: | ---: | ---: |");
    double pipeUs = pipe.map(r -> 1e6 / r.score()).orElse(Double.NaN);
    base.ifPresent(r -> throughputRow("plain program: decode + NFC + split lines", r, pipeUs));
    pipe.ifPresent(r -> throughputRow("**whole pipeline** (`ArticleParser.parse`)", r, pipeUs));
    for (String[] s : STAGES) {
      find(s[0]).ifPresent(r -> throughputRow("stage: " + s[1], r, pipeUs));
    }
    find("StageBenchmark.assemble")
        .ifPresent(r -> throughputRow("everything after decoding (`ArticleAssembler`)", r, pipeUs));
    find("StageBenchmark.extract")
        .ifPresent(r -> throughputRow("extraction as a whole (`Extractor.extract`)", r, pipeUs));
    if (base.isPresent() && pipe.isPresent()) {
      line(
          "%nPer core, the pipeline costs **%.0fx** the plain program (%.2f vs %.2f MB/s).%n",
          base.get().score() / pipe.get().score(),
          mbps(pipe.get()),
          mbps(base.get()));
    }
  }

  private void throughputRow(String what, Row r, double pipeUs) {
    double us = 1e6 / r.score();
    line(
        "| %s | %,.0f | %s | %.2f | %,.1f | %s |",
        what,
        r.score(),
        r.errorText(),
        mbps(r),
        us,
        Double.isNaN(pipeUs) ? "" : String.format(Locale.ROOT, "%.1f%%", 100 * us / pipeUs));
  }

  private static double mbps(Row r) {
    Double bytes = r.aux().get("bytes");
    return bytes == null ? Double.NaN : bytes / 1e6;
  }

  // ---- parse, file corpus

  private long bytesOf(int articles) {
    return corpusBytes.computeIfAbsent(
        articles, n -> CorpusGenerator.totalBytes(CorpusGenerator.generate(n)));
  }

  private void corpus() {
    Optional<Row> b1 = find("BaselineBenchmark.corpusOneThread");
    Optional<Row> bn = find("BaselineBenchmark.corpusAllCores");
    Optional<Row> p1 = find("ParseBenchmark.corpusParseAll");
    Optional<Row> pn = find("ParseBenchmark.corpusVnruParse");
    if (b1.isEmpty() && p1.isEmpty() && pn.isEmpty()) {
      return;
    }
    int articles =
        Integer.parseInt(
            b1.or(() -> p1).or(() -> pn).or(() -> bn).get().params().getOrDefault("articles", "20000"));
    long bytes = bytesOf(articles);
    line(
        "### Parse over %,d generated files (%.1f MB), wall time per pass%n",
        articles, bytes / 1e6);
    line("| run | threads | s | MB/s | articles/s | × plain program (1 thread) |");
    line("| --- | ---: | ---: | ---: | ---: | ---: |");
    double ref = b1.map(r -> seconds(r)).orElse(Double.NaN);
    b1.ifPresent(r -> corpusRow("plain program (read, strict decode, NFC, split lines)", "1", r, bytes, articles, ref));
    bn.ifPresent(r -> corpusRow("plain program, parallel stream", "all", r, bytes, articles, ref));
    p1.ifPresent(r -> corpusRow("`ArticleParser.parseAll`", "1", r, bytes, articles, ref));
    pn.ifPresent(r -> corpusRow("`vnru parse` (pool of all cores, JSON Lines out)", "all", r, bytes, articles, ref));
    if (pn.isPresent() && b1.isPresent()) {
      double ratio = seconds(pn.get()) / ref;
      line(
          "%nTarget `vnru parse` ≤ 4x the plain program: **%.1fx — %s**.",
          ratio, ratio <= 4 ? "met" : "not met");
    }
    if (p1.isPresent() && b1.isPresent()) {
      line("Per core (`parseAll` vs the plain program, both one thread): %.1fx.", seconds(p1.get()) / ref);
    }
    line("");
  }

  private void corpusRow(String what, String threads, Row r, long bytes, int articles, double ref) {
    double s = seconds(r);
    line(
        "| %s | %s | %.2f | %.2f | %,.0f | %.1fx |",
        what, threads, s, bytes / 1e6 / s, articles / s, s / ref);
  }

  private static double seconds(Row r) {
    switch (r.unit()) {
      case "s/op":
        return r.score();
      case "ms/op":
        return r.score() / 1e3;
      case "us/op":
        return r.score() / 1e6;
      default:
        throw new IllegalArgumentException("unit " + r.unit());
    }
  }

  // ---- scaling

  private void scaling() {
    List<Row> sizes = new ArrayList<>();
    for (Row r : rows) {
      if (r.name().equals("ScalingBenchmark.parseAll")) {
        sizes.add(r);
      }
    }
    if (sizes.isEmpty()) {
      return;
    }
    sizes.sort((a, b) -> Integer.compare(articles(a), articles(b)));
    line("### Parse time against corpus size (`parseAll`, one thread)%n");
    line("| articles | s | ms/article | × per-article time of the smallest |");
    line("| ---: | ---: | ---: | ---: |");
    double first = seconds(sizes.get(0)) / articles(sizes.get(0));
    double min = Double.MAX_VALUE;
    double max = 0;
    for (Row r : sizes) {
      double per = seconds(r) / articles(r);
      min = Math.min(min, per);
      max = Math.max(max, per);
      line("| %,d | %.2f | %.2f | %.2f |", articles(r), seconds(r), per * 1e3, per / first);
    }
    line(
        "%nTarget linear from 10^3 to 10^5 (slowest per-article time at most 1.25x the fastest):"
            + " **%s** (%.2fx).%n",
        max / min <= 1.25 ? "met" : "not met",
        max / min);
  }

  private static int articles(Row r) {
    return Integer.parseInt(r.params().get("articles"));
  }

  // ---- queries

  private static final String[][] QUERIES = {
    {"selective", "selective: one person, one year"},
    {"twoPerson", "two persons"},
    {"broad", "broad: one kind, all years (list)"},
    {"aggregation", "aggregation: a person's meetings per year"},
  };

  private void query() {
    if (find("QueryBenchmark.selective").isEmpty()) {
      return;
    }
    line("### Query latency (synthetic corpora; mean µs per query)%n");
    line("| meetings | query | indexed µs | ± | linear stream scan µs | ± | speed-up |");
    line("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
    for (String size : new String[] {"10000", "100000", "1000000"}) {
      for (String[] q : QUERIES) {
        Optional<Row> ix = find("QueryBenchmark." + q[0], "meetings", size);
        Optional<Row> scan =
            find("QueryBenchmark.scan" + Character.toUpperCase(q[0].charAt(0)) + q[0].substring(1),
                "meetings", size);
        if (ix.isEmpty()) {
          continue;
        }
        line(
            "| %,d | %s | %,.1f | %s | %s | %s | %s |",
            Integer.parseInt(size),
            q[1],
            micros(ix.get()),
            ix.get().errorText(),
            scan.map(s -> String.format(Locale.ROOT, "%,.1f", micros(s))).orElse(""),
            scan.map(Row::errorText).orElse(""),
            scan.map(s -> String.format(Locale.ROOT, "%,.0fx", micros(s) / micros(ix.get())))
                .orElse(""));
      }
    }
    Optional<Row> sel = find("QueryBenchmark.selective", "meetings", "1000000");
    Optional<Row> scan = find("QueryBenchmark.scanSelective", "meetings", "1000000");
    if (sel.isPresent() && scan.isPresent()) {
      double us = micros(sel.get());
      double x = micros(scan.get()) / us;
      line(
          "%nTarget selective query on 10^6 meetings < 50 µs: **%.1f µs — %s**; ≥ 100x the scan:"
              + " **%.0fx — %s**.%n",
          us, us < 50 ? "met" : "not met", x, x >= 100 ? "met" : "not met");
    }
  }

  private static double micros(Row r) {
    return seconds(r) * 1e6;
  }

  // ---- memory

  private void memory() {
    Optional<Row> m = find("MemoryBenchmark.loadedCorpus");
    if (m.isEmpty()) {
      return;
    }
    Map<String, Double> a = m.get().aux();
    line(
        "### Memory of a loaded Corpus (%s parsed generated articles; heap after full GC)%n",
        m.get().params().getOrDefault("articles", "?"));
    line("| raw UTF-8 B/article | retained B/article | retained B/meeting | corpus / raw | index share |");
    line("| ---: | ---: | ---: | ---: | ---: |");
    double ratio = a.getOrDefault("corpusPerRawPercent", Double.NaN) / 100;
    line(
        "| %,.0f | %,.0f | %,.0f | %.2fx | %.0f%% |",
        a.getOrDefault("rawBytesPerArticle", Double.NaN),
        a.getOrDefault("bytesPerArticle", Double.NaN),
        a.getOrDefault("bytesPerMeeting", Double.NaN),
        ratio,
        a.getOrDefault("indexSharePercent", Double.NaN));
    line("%nTarget loaded Corpus ≤ 3x raw UTF-8: **%.2fx — %s**.%n", ratio, ratio <= 3 ? "met" : "not met");
  }
}
