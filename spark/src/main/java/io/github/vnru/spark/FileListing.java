package io.github.vnru.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.github.vnru.parser.InputFiles;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The files a path given to {@link VnruSpark#parse} stands for, read as {@code vnru parse} reads
 * the same path ({@link InputFiles}): a file on its own whatever its name, a folder recursively
 * for the kinds of {@link InputFiles#folderKinds()} in any letter case, a glob for each folder
 * and file it matches in order. Built on the driver; its {@link Ids} travel to the executors.
 *
 * <p>The files are read with Spark's {@code binaryFile} source: folders with {@code
 * recursiveFileLookup} and a {@code pathGlobFilter} made from {@link InputFiles#folderKinds()}.
 * Spark's file sources leave out zero-byte files; those that its listing holds are given back by
 * {@link #unscanned}, so that every file is a row as every file is a line of {@code vnru parse}.
 */
final class FileListing {
  private final SparkSession spark;
  private final Dataset<Row> scan;
  private final List<String> listed;
  private final Ids ids;

  private FileListing(SparkSession spark, Dataset<Row> scan, List<String> listed, Ids ids) {
    this.spark = spark;
    this.scan = scan;
    this.listed = listed;
    this.ids = ids;
  }

  /**
   * The files {@code path} stands for.
   *
   * @throws IllegalArgumentException if no file or folder is at {@code path}
   * @throws UncheckedIOException if the file system cannot be asked
   */
  static FileListing of(SparkSession spark, String path) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path given = new Path(path);
    FileStatus[] found;
    try {
      FileSystem fs = given.getFileSystem(conf);
      found = fs.globStatus(fs.makeQualified(given));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
    }
    if (found == null || found.length == 0) {
      throw new IllegalArgumentException(path + ": no such file or folder; check the path");
    }
    List<String> folders = new ArrayList<>();
    List<String> files = new ArrayList<>();
    LinkedHashMap<String, Boolean> roots = new LinkedHashMap<>();
    for (FileStatus s : found) {
      String root = s.getPath().toString();
      roots.put(root, s.isDirectory());
      (s.isDirectory() ? folders : files).add(root);
    }
    boolean local = "file".equals(found[0].getPath().toUri().getScheme());
    // A local file is read by the parser itself, as vnru parse reads it, so that warnings and
    // errors name the same path; Spark then does not read the content column at all.
    Column content = local ? lit(null).cast(DataTypes.BinaryType) : col("content");
    Dataset<Row> scan = null;
    List<String> listed = new ArrayList<>();
    if (!folders.isEmpty()) {
      Dataset<Row> d =
          spark.read()
              .format("binaryFile")
              .option("recursiveFileLookup", "true")
              .option("pathGlobFilter", folderGlob())
              .load(folders.toArray(new String[0]));
      listed.addAll(inputFiles(d));
      scan = d.select(col("path"), content.as("content"));
    }
    if (!files.isEmpty()) {
      Dataset<Row> d = spark.read().format("binaryFile").load(files.toArray(new String[0]));
      listed.addAll(inputFiles(d));
      Dataset<Row> f = d.select(col("path"), content.as("content"));
      scan = scan == null ? f : scan.union(f);
    }
    Ids ids = new Ids(roots, local, Map.of());
    return new FileListing(spark, scan, listed, ids.withDuplicates(listed));
  }

  /** Every file's {@code path} (as Spark names it) and {@code content} (null for local files). */
  Dataset<Row> scan() {
    return scan;
  }

  /**
   * The files Spark's listing holds but its scan leaves out (zero-byte files), as rows of {@code
   * path} and a null {@code content}.
   */
  Dataset<Row> unscanned() {
    Dataset<Row> all = spark.createDataset(listed, Encoders.STRING()).toDF("path");
    Dataset<Row> scanned = scan.select(col("path"));
    return all.join(scanned, all.col("path").equalTo(scanned.col("path")), "left_anti")
        .select(all.col("path"), lit(null).cast(DataTypes.BinaryType).as("content"));
  }

  /** The ids of the files, and which files have an id an earlier file already has. */
  Ids ids() {
    return ids;
  }

  /**
   * A case-insensitive glob (Hadoop's syntax) of the names of {@link InputFiles#folderKinds()}:
   * {@code *.{[tT][xX][tT],...}}.
   */
  static String folderGlob() {
    StringBuilder glob = new StringBuilder("*{");
    String sep = "";
    for (String kind : InputFiles.folderKinds()) {
      glob.append(sep);
      sep = ",";
      for (char c : kind.toCharArray()) {
        char upper = Character.toUpperCase(c);
        if (Character.isLetter(c) && upper != c) {
          glob.append('[').append(c).append(upper).append(']');
        } else if (Character.isLetterOrDigit(c) || c == '.') {
          glob.append(c);
        } else {
          throw new IllegalStateException("a file kind that is not letters and dots: " + kind);
        }
      }
    }
    return glob.append('}').toString();
  }

  /** The files of a scan's listing, each named as the scan names its row's {@code path}. */
  private static List<String> inputFiles(Dataset<Row> d) {
    List<String> out = new ArrayList<>();
    for (String uri : d.inputFiles()) {
      try {
        out.add(new Path(new URI(uri)).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("Spark listed a file as '" + uri + "', not a URI", e);
      }
    }
    return out;
  }

  /**
   * The id rule of {@link InputFiles} over the paths Spark gives: a file below a folder root has
   * its path below that folder without the extension, a file root its name without the
   * extension; a file whose id an earlier file (roots in order, files of a folder in path order)
   * already has is the problem {@link InputFiles#duplicateId}. Serialisable, for the executors.
   */
  static final class Ids implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Root path (as Spark names paths) to whether it is a folder, in the order given. */
    private final LinkedHashMap<String, Boolean> roots;
    private final boolean local;
    /** Path of a file whose id is taken to its problem, as {@code vnru parse} prints it. */
    private final Map<String, String> duplicates;

    Ids(LinkedHashMap<String, Boolean> roots, boolean local, Map<String, String> duplicates) {
      this.roots = roots;
      this.local = local;
      this.duplicates = duplicates;
    }

    /** Whether the files are on the local file system (read by the parser itself). */
    boolean local() {
      return local;
    }

    /** The article id of the file at {@code path} (a path of {@link #scan()}). */
    String idOf(String path) {
      Path p = new Path(path);
      if (Boolean.FALSE.equals(roots.get(p.toString()))) {
        return InputFiles.idBelow(p.getName());
      }
      List<String> names = new ArrayList<>();
      for (Path at = p; at != null; at = at.getParent()) {
        if (Boolean.TRUE.equals(roots.get(at.toString()))) {
          Collections.reverse(names);
          return InputFiles.idBelow(String.join("/", names));
        }
        names.add(at.getName());
      }
      return InputFiles.idBelow(p.getName()); // not below a root: Spark found it by itself
    }

    /** The duplicate-id problem of the file at {@code path}, or null if its id is its own. */
    String duplicate(String path) {
      return duplicates.get(path);
    }

    /** The file's name as the parser's messages give it: the local path, or the URI. */
    String source(String path) {
      return local ? VnruSpark.localFile(path).toString() : path;
    }

    /**
     * These ids with the duplicates among {@code files} (every file listed, in any order): of the
     * files with one id, the first in {@code vnru parse}'s order (the roots in the order given,
     * a folder's files by path in byte order) keeps it, the others are problems.
     */
    Ids withDuplicates(List<String> files) {
      Map<String, String> first = new HashMap<>();
      Map<String, List<String>> clashes = new HashMap<>();
      for (String f : files) {
        String id = idOf(f);
        String before = first.putIfAbsent(id, f);
        if (before != null && !before.equals(f)) {
          clashes.computeIfAbsent(id, k -> new ArrayList<>(List.of(before))).add(f);
        }
      }
      if (clashes.isEmpty()) {
        return this;
      }
      Map<String, Integer> rootOrder = new HashMap<>();
      for (String r : roots.keySet()) {
        rootOrder.put(r, rootOrder.size());
      }
      Comparator<String> order =
          Comparator.<String>comparingInt(f -> rootIndex(f, rootOrder))
              .thenComparing(
                  f -> f.getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned);
      Map<String, String> dups = new HashMap<>(duplicates);
      clashes.forEach(
          (id, same) -> {
            List<String> sorted = same.stream().distinct().sorted(order).collect(Collectors.toList());
            String keeper = sorted.get(0);
            for (String f : sorted.subList(1, sorted.size())) {
              dups.put(f, InputFiles.duplicateId(source(f), id, source(keeper)).toString());
            }
          });
      return new Ids(roots, local, dups);
    }

    private int rootIndex(String file, Map<String, Integer> rootOrder) {
      for (Path at = new Path(file); at != null; at = at.getParent()) {
        Integer i = rootOrder.get(at.toString());
        if (i != null) {
          return i;
        }
      }
      return rootOrder.size();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "Ids[roots=%s, duplicates=%d]", roots, duplicates.size());
    }
  }
}
