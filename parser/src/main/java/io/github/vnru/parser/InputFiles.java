package io.github.vnru.parser;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vnru.parser.ParseProblem.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files that paths given by a user stand for, each with its article id, and what was left out
 * and why. Every command and {@link ArticleParser#parseAll} read their inputs this way:
 *
 * <ul>
 *   <li>a file named on its own is read whatever its name; its id is its file name without the
 *       extension, whatever the extension ({@code upper.TXT} gives {@code upper});
 *   <li>a folder is walked recursively, in name order; it stands for its files of a kind vnru
 *       reads ({@code .txt}, {@code .jsonl}, {@code .html}, {@code .htm}, {@code .html.gz}, in any case); other files are {@linkplain
 *       #skipped() skipped} and listed; a file in a sub-folder has the path below the folder as
 *       its id ({@code crawl/2021/03/a.txt} given as {@code crawl} gives {@code 2021/03/a}), so
 *       ids stay unique across sub-folders;
 *   <li>a path that does not exist is a {@linkplain #problems() problem}; a file whose id another
 *       input already has is a problem too (rename one, or give their common folder instead);
 *   <li>a folder with no file of a kind vnru reads is listed as skipped.
 * </ul>
 *
 * <p>The ids of a JSON Lines file's articles are the ones stored in it.
 */
public final class InputFiles {
  /** The endings of the file names a folder stands for, in lower case; see {@link #folderKinds()}. */
  private static final List<String> KINDS =
      List.of(".txt", ".jsonl", ".html", ".htm", ".html.gz", ".htm.gz");

  /** A file to read, with the id its article gets if it is a raw article. */
  public static final class Input {
    private final Path file;
    private final String id;

    Input(Path file, String id) {
      this.file = file;
      this.id = id;
    }

    /** The file. */
    public Path file() {
      return file;
    }

    /** The id of the article read from it (unless it is JSON Lines, whose articles keep theirs). */
    public String id() {
      return id;
    }

    @Override
    public String toString() {
      return file + " (" + id + ")";
    }
  }

  private final ImmutableList<Input> inputs;
  private final ImmutableList<String> skipped;
  private final ImmutableList<ParseProblem> problems;

  private InputFiles(List<Input> inputs, List<String> skipped, List<ParseProblem> problems) {
    this.inputs = ImmutableList.copyOf(inputs);
    this.skipped = ImmutableList.copyOf(skipped);
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * The inputs {@code paths} stand for, in the order given and, within a folder, by path.
   *
   * @throws NullPointerException if {@code paths} or one of them is null
   */
  public static InputFiles of(List<Path> paths) {
    checkNotNull(paths, "paths");
    List<Input> inputs = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<ParseProblem> problems = new ArrayList<>();
    Map<String, Path> ids = new HashMap<>();
    for (Path path : paths) {
      checkNotNull(path, "path");
      if (Files.isDirectory(path)) {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(path)) {
          List<Path> entries = walk.sorted().collect(Collectors.toList());
          all = entries.stream().filter(Files::isRegularFile).collect(Collectors.toList());
          for (Path d : entries) {
            if (!d.equals(path) && Files.isDirectory(d) && isEmpty(d)) {
              skipped.add(d + " (an empty folder)");
            }
          }
        } catch (IOException | UncheckedIOException e) {
          problems.add(
              ParseProblem.of(
                  path.toString(),
                  Reason.UNREADABLE,
                  "cannot list this folder ("
                      + Problems.describe(e)
                      + "); check that you may read it"));
          continue;
        }
        int read = 0;
        for (Path f : all) {
          if (!isFolderKind(f.getFileName().toString())) {
            skipped.add(f + " (not a .txt, .jsonl or HTML file)");
            continue;
          }
          String id = idBelow(path.relativize(f).toString().replace('\\', '/'));
          if (add(f, id, ids, inputs, problems)) {
            read++;
          }
        }
        if (read == 0 && all.isEmpty()) {
          skipped.add(path + " (an empty folder)");
        } else if (read == 0) {
          skipped.add(path + " (a folder with no .txt, .jsonl or HTML file)");
        }
      } else if (Files.exists(path)) {
        add(path, idOf(path), ids, inputs, problems);
      } else {
        problems.add(
            ParseProblem.of(
                path.toString(),
                Reason.NOT_FOUND,
                "no such file or folder; check the path (it is read relative to "
                    + Path.of("").toAbsolutePath()
                    + ")"));
      }
    }
    return new InputFiles(inputs, skipped, problems);
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.findAny().isEmpty();
    }
  }

  private static boolean add(
      Path f, String id, Map<String, Path> ids, List<Input> inputs, List<ParseProblem> problems) {
    Path before = ids.putIfAbsent(id, f);
    if (before != null) {
      problems.add(duplicateId(f.toString(), id, before.toString()));
      return false;
    }
    inputs.add(new Input(f, id));
    return true;
  }

  /** The files to read, each with its id. */
  public List<Input> inputs() {
    return inputs;
  }

  /**
   * What was left out and why, one line each: files of a kind vnru does not read inside a folder
   * ({@code notes.pdf (not a .txt, .jsonl or HTML file)}), and empty folders.
   */
  public List<String> skipped() {
    return skipped;
  }

  /** Paths that do not exist, folders that cannot be listed, and files with a repeated id. */
  public List<ParseProblem> problems() {
    return problems;
  }

  /** The id of a file named on its own: its name without the extension, whatever it is. */
  public static String idOf(Path file) {
    Path name = file.getFileName();
    return stripExtension(name == null ? file.toString() : name.toString());
  }

  /**
   * The id of the file at {@code relativePath} below a folder given, its path below that folder
   * with {@code /} between names: that path without the file's extension ({@code 2021/03/a.TXT}
   * gives {@code 2021/03/a}, {@code page.html.gz} gives {@code page}). For engines that list a
   * folder themselves (vnru-spark), so that their ids are the ones {@link #of} gives.
   *
   * @throws NullPointerException if {@code relativePath} is null
   */
  public static String idBelow(String relativePath) {
    checkNotNull(relativePath, "relativePath");
    return stripExtension(relativePath);
  }

  /**
   * The endings of the file names a folder stands for, in lower case: {@code .txt}, {@code .jsonl},
   * {@code .html}, {@code .htm}, {@code .html.gz} and {@code .htm.gz}. A name ends with one in any
   * letter case ({@code a.TXT}, {@code b.Html.GZ}); other files of a folder are skipped.
   */
  public static List<String> folderKinds() {
    return KINDS;
  }

  /**
   * The problem of {@code file}, whose article id {@code id} the input {@code first} (earlier in
   * the order of {@link #of}) already has: the second file is not read.
   */
  public static ParseProblem duplicateId(String file, String id, String first) {
    return ParseProblem.of(
        file,
        Reason.DUPLICATE_ID,
        "its article id '"
            + id
            + "' is already the id of "
            + first
            + "; rename one of them, or give their common folder instead");
  }

  private static String stripExtension(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html.gz") || lower.endsWith(".htm.gz")) {
      s = s.substring(0, s.length() - 3); // page.html.gz is the page "page"
    }
    int slash = s.lastIndexOf('/');
    int dot = s.lastIndexOf('.');
    return dot > slash + 1 ? s.substring(0, dot) : s;
  }

  /** Whether a folder stands for its file named {@code name} (see {@link #folderKinds()}). */
  private static boolean isFolderKind(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String kind : KINDS) {
      if (lower.endsWith(kind)) {
        return true;
      }
    }
    return false;
  }
}
