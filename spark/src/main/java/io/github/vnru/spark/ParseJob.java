package io.github.vnru.spark;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The batch job: {@code ParseJob IN OUT [--format jsonl|parquet] [--relevant-only] [--registry
 * FILE]...}. Parses the files {@code IN} stands for, as {@code vnru parse IN} reads them (see
 * {@link VnruSpark#parse}: a file, or a folder's {@code .txt}, {@code .jsonl}, {@code .html},
 * {@code .htm} and {@code .html.gz} files in any letter case, at any depth, with the same ids)
 * and writes {@code OUT}: with {@code jsonl} (the default) a folder of text part files whose
 * lines, taken in part-file order, are what {@code vnru parse} prints for the same files; with
 * {@code parquet} the typed articles of {@link VnruSpark#articles}. Each file that is not an
 * article is one line {@code vnru: FILE: reason} on stderr (at most 100; then a count), and the
 * exit status is then 1.
 *
 * <p>Under {@code spark-submit} it uses the session the submission configures; run with plain
 * {@code java} it uses {@link VnruSpark#local()}.
 */
public final class ParseJob {
  private static final String USAGE =
      "usage: ParseJob IN OUT [--format jsonl|parquet] [--relevant-only] [--registry FILE]...";
  private static final int MAX_ERROR_LINES = 100;

  private ParseJob() {}

  /**
   * Runs the job and exits: 0 on success, 1 if a file was not an article, 2 on a usage error
   * (and when nothing is at {@code IN}).
   */
  public static void main(String[] args) {
    int status;
    SparkSession spark = null;
    try {
      Args a = Args.parse(args);
      spark = session();
      status = run(spark, a.in, a.out, a.format, a.options);
    } catch (IllegalArgumentException e) {
      System.err.println("vnru: " + e.getMessage());
      System.err.println(USAGE);
      status = 2;
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
    System.exit(status);
  }

  private static SparkSession session() {
    boolean submitted = System.getProperty("spark.master") != null;
    SparkSession spark = submitted ? SparkSession.builder().appName("vnru").getOrCreate() : VnruSpark.local();
    if (!submitted) {
      spark.sparkContext().setLogLevel("WARN");
    }
    return spark;
  }

  /**
   * Parses {@code in} and writes {@code out} in {@code format} ({@code jsonl} or {@code parquet});
   * returns 0, or 1 if some file was not an article (each is printed on stderr).
   */
  public static int run(SparkSession spark, String in, String out, String format, ParseOptions options) {
    Dataset<Row> parsed = VnruSpark.parse(spark, in, options).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      switch (format) {
        case "jsonl":
          parsed
              .where(col("error").isNull())
              .orderBy(col("path"), col("index"))
              .select(col("json"))
              .write()
              .text(out);
          break;
        case "parquet":
          VnruSpark.articles(parsed).write().parquet(out);
          break;
        default:
          throw new IllegalArgumentException("unknown format '" + format + "'; use jsonl or parquet");
      }
      Dataset<Row> errors = parsed.where(col("error").isNotNull()).orderBy(col("path")).select(col("error"));
      long count = errors.count();
      for (Row r : errors.limit(MAX_ERROR_LINES).collectAsList()) {
        System.err.println("vnru: " + r.getString(0));
      }
      if (count > MAX_ERROR_LINES) {
        System.err.println("vnru: ... and " + (count - MAX_ERROR_LINES) + " more files that are not articles");
      }
      return count == 0 ? 0 : 1;
    } finally {
      parsed.unpersist();
    }
  }

  /** The command line. */
  static final class Args {
    String in;
    String out;
    String format = "jsonl";
    ParseOptions options = ParseOptions.defaults();

    static Args parse(String[] args) {
      Args a = new Args();
      List<String> positional = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String s = args[i];
        switch (s) {
          case "--format":
            a.format = value(args, ++i, s);
            if (!a.format.equals("jsonl") && !a.format.equals("parquet")) {
              throw new IllegalArgumentException("unknown format '" + a.format + "'; use jsonl or parquet");
            }
            break;
          case "--relevant-only":
            a.options = a.options.relevantOnly(true);
            break;
          case "--registry":
            a.options = a.options.withRegistry(Path.of(value(args, ++i, s)));
            break;
          default:
            if (s.startsWith("--")) {
              throw new IllegalArgumentException("unknown option '" + s + "'");
            }
            positional.add(s);
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException("expected IN and OUT, got " + positional);
      }
      a.in = positional.get(0);
      a.out = positional.get(1);
      return a;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
