package io.github.vnru.cli;

import io.github.vnru.parser.InputFiles;
import io.github.vnru.parser.ParseProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line paths as {@link InputFiles} reads them (folders recursively for {@code .txt},
 * {@code .jsonl} and HTML pages in any case, a named file whatever its name), reporting on {@code
 * err}: one line
 * {@code vnru: PATH: reason} per path that cannot be read, and one summary of what was skipped.
 */
final class Inputs {
  private static final int LISTED = 10;

  private Inputs() {}

  /** The inputs; {@code failed[0]} grows by the number of paths that could not be read. */
  static List<InputFiles.Input> expand(List<Path> paths, PrintWriter err, int[] failed) {
    InputFiles files = InputFiles.of(paths);
    for (ParseProblem p : files.problems()) {
      err.println("vnru: " + p);
      failed[0]++;
    }
    skipped(files.skipped(), err);
    return files.inputs();
  }

  /** One line: how many inputs were skipped, and the first few with the reason. */
  static void skipped(List<String> skipped, PrintWriter err) {
    if (skipped.isEmpty()) {
      return;
    }
    StringBuilder sb =
        new StringBuilder("vnru: skipped ")
            .append(skipped.size())
            .append(skipped.size() == 1 ? " input: " : " inputs: ");
    sb.append(String.join("; ", skipped.subList(0, Math.min(LISTED, skipped.size()))));
    if (skipped.size() > LISTED) {
      sb.append("; and ").append(skipped.size() - LISTED).append(" more");
    }
    err.println(sb);
  }
}
