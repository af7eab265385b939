package io.github.vnru.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;

import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The vnru parser on Apache Spark: raw article files to one row per file, to typed articles
 * (Parquet-friendly), to one row per meeting.
 *
 * <pre>{@code
 * SparkSession spark = VnruSpark.local();                 // or your cluster's session
 * Dataset<Row> parsed = VnruSpark.parse(spark, "s3a://crawl/articles/");
 * Dataset<Row> articles = VnruSpark.articles(parsed);
 * articles.write().parquet("articles.parquet");
 * VnruSpark.meetings(articles).createOrReplaceTempView("meetings");
 * spark.sql("SELECT kind, count(*) FROM meetings GROUP BY kind").show();
 * }</pre>
 */
public final class VnruSpark {
  /** The columns of {@link #parse}: {@code id}, {@code path}, {@code json}, {@code error}. */
  public static final StructType PARSED_SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("path", DataTypes.StringType, false)
          .add("json", DataTypes.StringType, true)
          .add("error", DataTypes.StringType, true);

  /** The name of the schema resource shipped with this module. */
  public static final String ARTICLE_SCHEMA_RESOURCE = "/io/github/vnru/spark/article-schema.ddl";

  private static final StructType ARTICLE_SCHEMA = StructType.fromDDL(readSchemaResource());

  private VnruSpark() {}

  /**
   * A local session for a laptop or a unit test: {@code local[*]}, no web UI, small files packed
   * by their size ({@code spark.sql.files.openCostInBytes} of a typical article, 8 KiB, not
   * 4 MiB, which packs 32 times fewer files per task and doubles the time), few shuffle
   * partitions. Gets the running session if there is one.
   */
  public static SparkSession local() {
    int cores = Runtime.getRuntime().availableProcessors();
    return SparkSession.builder()
        .master("local[*]")
        .appName("vnru")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "localhost")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.files.openCostInBytes", "8192")
        .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(2, 2 * cores)))
        .getOrCreate();
  }

  /** {@link #parse(SparkSession, String, ParseOptions)} with {@link ParseOptions#defaults()}. */
  public static Dataset<Row> parse(SparkSession spark, String path) {
    return parse(spark, path, ParseOptions.defaults());
  }

  /**
   * One row per article file under {@code path} ({@link #PARSED_SCHEMA}): its {@code id} (the
   * file name without {@code .txt}), its {@code path}, and either {@code json}, the article
   * exactly as {@code vnru parse} writes it, or {@code error}, why the file is not an article.
   * A bad file is a row, never a failed job.
   *
   * <p>{@code path} is a file, or a folder whose {@code *.txt} files are read at any depth, on
   * any file system Spark reads ({@code file:}, {@code hdfs:}, {@code s3a:}). Files are read as
   * bytes (Spark's {@code binaryFile} source; local files by the parser, so that warnings and
   * errors name the path as {@code vnru parse} does), so the parser's strict UTF-8 check applies.
   * Spark skips empty (zero-byte) files: they give no row. The
   * parser is built once per executor JVM with the options' registry. With {@link
   * ParseOptions#relevantOnly(boolean)}, files the {@link io.github.vnru.extract.RelevanceGate}
   * drops give no row. Rows are in no particular order; sort by {@code path} for the order of
   * {@code vnru parse DIR}.
   */
  public static Dataset<Row> parse(SparkSession spark, String path, ParseOptions options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    var reader = spark.read().format("binaryFile");
    if (isDirectory(spark, path)) {
      reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", "*.txt");
    }
    Dataset<Row> files = reader.load(path);
    // A local file is read by the parser itself, as vnru parse reads it, so that warnings and
    // errors name the same path; Spark then does not read the content column at all.
    Column content = isLocal(spark, path) ? lit(null).cast(DataTypes.BinaryType) : col("content");
    return files
        .select(col("path"), content.as("content"))
        .mapPartitions(new ParseFunction(options), Encoders.row(PARSED_SCHEMA));
  }

  /**
   * The parsed articles of {@code parsed} (rows of {@link #parse}) as typed columns, one row per
   * article, with the fixed {@link #articleSchema()}: ready for {@code write().parquet(..)} and
   * SQL. Rows with an error are left out.
   */
  public static Dataset<Row> articles(Dataset<Row> parsed) {
    return parsed
        .where(col("error").isNull())
        .select(from_json(col("json"), ARTICLE_SCHEMA, Map.of("mode", "FAILFAST")).as("a"))
        .select("a.*");
  }

  /**
   * One row per meeting of {@code articles} (rows of {@link #articles}): {@code article} (its
   * id), {@code language}, {@code index} (its place in the article's meetings), {@code kind},
   * {@code date} (a partial date: {@code 2021}, {@code 2021-04}, {@code --06-11}), {@code city},
   * {@code country}, {@code persons} (the participants' ids), {@code participants} (ids with
   * titles), {@code parties}, {@code topics}, {@code sentence} (the evidence) and {@code
   * recalled}.
   */
  public static Dataset<Row> meetings(Dataset<Row> articles) {
    return articles
        .select(col("id").as("article"), col("language"), posexplode(col("meetings")).as(new String[] {"index", "m"}))
        .select(
            col("article"),
            col("language"),
            col("index"),
            col("m.kind").as("kind"),
            col("m.date").as("date"),
            col("m.place.city").as("city"),
            col("m.place.country").as("country"),
            col("m.participants.person").as("persons"),
            col("m.participants").as("participants"),
            col("m.parties").as("parties"),
            col("m.topics").as("topics"),
            col("m.evidence.sentence").as("sentence"),
            col("m.recalled").as("recalled"));
  }

  /** Registers {@code articles} and its {@link #meetings} as the temporary views {@code articles} and {@code meetings}. */
  public static void createViews(Dataset<Row> articles) {
    articles.createOrReplaceTempView("articles");
    meetings(articles).createOrReplaceTempView("meetings");
  }

  /** The fixed schema of {@link #articles}, from the module's {@code article-schema.ddl}. */
  public static StructType articleSchema() {
    return ARTICLE_SCHEMA;
  }

  private static String readSchemaResource() {
    try (InputStream in = VnruSpark.class.getResourceAsStream(ARTICLE_SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ARTICLE_SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace('\n', ' ');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isLocal(SparkSession spark, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      return "file".equals(p.getFileSystem(spark.sparkContext().hadoopConfiguration()).getScheme());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isDirectory(SparkSession spark, String path) {
    try {
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.getFileStatus(p).isDirectory();
    } catch (IOException e) {
      // a glob or a missing path: let the source report it
      return !URI.create(path.replace(" ", "%20")).getPath().endsWith(".txt");
    }
  }

  /** The file's id: its name without {@code .txt}, as {@code vnru parse} names it. */
  static String idOf(String path) {
    int slash = path.lastIndexOf('/');
    String name = slash < 0 ? path : path.substring(slash + 1);
    return name.endsWith(".txt") && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
  }

  /** Parses a partition's files with the executor's shared parser. */
  private static final class ParseFunction implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ParseOptions options;

    ParseFunction(ParseOptions options) {
      this.options = options;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      Parsers.Pair pair = Parsers.of(options);
      boolean gated = options.relevantOnly();
      return new Iterator<>() {
        private Row next = advance();

        private Row advance() {
          while (input.hasNext()) {
            Row in = input.next();
            String path = in.getString(0);
            byte[] bytes = in.getAs(1);
            if (gated && !relevant(pair, path, bytes)) {
              continue;
            }
            return parseOne(pair, path, bytes);
          }
          return null;
        }

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Row next() {
          if (next == null) {
            throw new java.util.NoSuchElementException();
          }
          Row r = next;
          next = advance();
          return r;
        }
      };
    }
  }

  /** The local file of a {@code file:} path as Spark names it. */
  static java.nio.file.Path localFile(String path) {
    return java.nio.file.Path.of(new org.apache.hadoop.fs.Path(path).toUri().getPath());
  }

  /** Whether the gate lets the file through; a file it cannot read is the parser's to report. */
  static boolean relevant(Parsers.Pair pair, String path, byte[] bytes) {
    if (bytes != null) {
      return pair.gate().test(bytes);
    }
    try {
      java.nio.file.Path f = localFile(path);
      return Files.size(f) > pair.parser().maxBytes() || pair.gate().test(Files.readAllBytes(f));
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  static Row parseOne(Parsers.Pair pair, String path, byte[] bytes) {
    String id = idOf(path);
    try {
      Article a =
          bytes == null ? pair.parser().parse(localFile(path)) : pair.parser().parse(id, bytes);
      return RowFactory.create(id, path, VnruJson.write(a), null);
    } catch (ArticleParseException e) {
      return RowFactory.create(id, path, null, e.getMessage());
    } catch (RuntimeException e) {
      // a parser bug must not fail a job of millions of files
      return RowFactory.create(id, path, null, id + ": " + e);
    }
  }

  /** For the tests: the ids of a list of parsed rows. */
  static List<String> ids(List<Row> rows) {
    List<String> out = new ArrayList<>();
    rows.forEach(r -> out.add(r.getString(0)));
    return out;
  }
}
