package io.github.vnru.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.posexplode;

import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
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
  /**
   * The columns of {@link #parse}: {@code id}, {@code path}, {@code json}, {@code error} and
   * {@code index}.
   */
  public static final StructType PARSED_SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("path", DataTypes.StringType, false)
          .add("json", DataTypes.StringType, true)
          .add("error", DataTypes.StringType, true)
          .add("index", DataTypes.IntegerType, false);

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
   * One row per article of the files {@code path} stands for, read exactly as {@code vnru parse
   * PATH} reads them ({@link #PARSED_SCHEMA}): {@code id}, the article's id; {@code path}, its
   * file as Spark names it; {@code json}, the article exactly as {@code vnru parse} writes it, or
   * {@code error}, why the file is not an article ({@code FILE:LINE:COL: reason}, as {@code vnru
   * parse} prints it); {@code index}, the article's place among its file's articles (0 but for
   * JSON Lines). A bad file is a row, never a failed job.
   *
   * <p>{@code path} is a file, read whatever its name; or a folder, walked at any depth for its
   * {@code .txt}, {@code .jsonl}, {@code .html}, {@code .htm} and {@code .html.gz} files in any
   * letter case ({@link io.github.vnru.parser.InputFiles#folderKinds()}); or a glob, standing for
   * each file and folder it matches; on any file system Spark reads ({@code file:}, {@code
   * hdfs:}, {@code s3a:}). Ids are {@link io.github.vnru.parser.InputFiles}'s: a file's name
   * without its extension, and below a folder its path below that folder ({@code 2021/03/a}); a
   * file whose id an earlier file (in path order) already has is an error row, as in {@code vnru
   * parse}. A JSON Lines file written by {@code vnru parse} (recognised by its content) gives one
   * row per line, with the article's stored id; a line that is not an article makes the file one
   * error row naming the line, as {@code vnru parse} refuses that file. HTML pages ({@code
   * .html}, {@code .htm}, gzipped {@code .html.gz}, or content that starts like a page) go
   * through the parser's HTML reader, as in {@code vnru parse}.
   *
   * <p>Files are read as bytes (Spark's {@code binaryFile} source; local files by the parser, so
   * that warnings and errors name the path as {@code vnru parse} does), so the parser's strict
   * UTF-8 check applies. An empty file is an error row, as in {@code vnru parse}. Spark's file
   * sources leave out files and folders whose names start with {@code _} or {@code .} (Hadoop's
   * hidden files); {@code vnru parse} reads them. The parser is built once per executor JVM with
   * the options' registry. With {@link ParseOptions#relevantOnly(boolean)}, files the {@link
   * io.github.vnru.extract.RelevanceGate} drops give no row. Rows are in no particular order;
   * sort by {@code path} and {@code index} for the order of {@code vnru parse}.
   *
   * @throws IllegalArgumentException if no file or folder is at {@code path}
   */
  public static Dataset<Row> parse(SparkSession spark, String path, ParseOptions options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(options, "options");
    FileListing listing = FileListing.of(spark, path);
    ParseFunction parse = new ParseFunction(options, listing.ids());
    Dataset<Row> scanned = listing.scan().mapPartitions(parse, Encoders.row(PARSED_SCHEMA));
    Dataset<Row> empty = listing.unscanned().mapPartitions(parse, Encoders.row(PARSED_SCHEMA));
    return scanned.union(empty);
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

  /** Parses a partition's files with the executor's shared parser. */
  private static final class ParseFunction implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final ParseOptions options;
    private final FileListing.Ids ids;

    ParseFunction(ParseOptions options, FileListing.Ids ids) {
      this.options = options;
      this.ids = ids;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      Parsers.Pair pair = Parsers.of(options);
      boolean gated = options.relevantOnly();
      return new Iterator<>() {
        private final Deque<Row> ready = new ArrayDeque<>();

        private boolean fill() {
          while (ready.isEmpty() && input.hasNext()) {
            Row in = input.next();
            String path = in.getString(0);
            byte[] bytes = in.getAs(1);
            String id = ids.idOf(path);
            String duplicate = ids.duplicate(path);
            if (duplicate != null) {
              ready.add(RowFactory.create(id, path, null, duplicate, 0));
            } else if (!gated || relevant(pair, ids, path, bytes)) {
              ready.addAll(parseOne(pair, ids, path, id, bytes));
            }
          }
          return !ready.isEmpty();
        }

        @Override
        public boolean hasNext() {
          return fill();
        }

        @Override
        public Row next() {
          if (!fill()) {
            throw new NoSuchElementException();
          }
          return ready.poll();
        }
      };
    }
  }

  /** The local file of a {@code file:} path as Spark names it. */
  static java.nio.file.Path localFile(String path) {
    return java.nio.file.Path.of(new org.apache.hadoop.fs.Path(path).toUri().getPath());
  }

  /**
   * Whether the gate lets the file through, as {@code vnru parse --relevant-only} decides; a
   * file it cannot read is the parser's to report.
   */
  static boolean relevant(Parsers.Pair pair, FileListing.Ids ids, String path, byte[] bytes) {
    if (!ids.local()) {
      return pair.parser().mayBeRelevant(pair.gate(), bytes == null ? new byte[0] : bytes);
    }
    try {
      java.nio.file.Path f = localFile(path);
      return Files.size(f) > pair.parser().maxBytes()
          || pair.parser().mayBeRelevant(pair.gate(), Files.readAllBytes(f));
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /**
   * The rows of one file: one per article (a JSON Lines file may hold several), or one with the
   * error that makes it not an article. {@code bytes} is null for a local file (the parser reads
   * it) and for a remote file Spark's scan left out (a zero-byte file).
   */
  static List<Row> parseOne(
      Parsers.Pair pair, FileListing.Ids ids, String path, String id, byte[] bytes) {
    String source = ids.source(path);
    try {
      List<Article> articles =
          ids.local()
              ? pair.parser().parseFile(localFile(path), id)
              : pair.parser().parseFile(source, id, bytes == null ? new byte[0] : bytes);
      List<Row> rows = new ArrayList<>(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        rows.add(RowFactory.create(a.id(), path, VnruJson.write(a), null, i));
      }
      return rows;
    } catch (ArticleParseException e) {
      return List.of(RowFactory.create(id, path, null, e.getMessage(), 0));
    } catch (RuntimeException e) {
      // a parser bug must not fail a job of millions of files
      return List.of(RowFactory.create(id, path, null, source + ": " + e, 0));
    }
  }
}
