package io.github.vnru.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data lines of one file of a language pack ({@code lang/<code>/<name>}): columns separated
 * by a TAB, each stripped; blank lines and lines starting with {@code #} skipped. A missing file
 * or a line with the wrong number of columns is an error naming file and line.
 */
final class PackLines {
  /** One data line: where it stands and its columns. */
  record Line(String file, int number, String[] cols) {
    IllegalStateException error(String why) {
      return new IllegalStateException(file + ":" + number + ": " + why);
    }
  }

  private PackLines() {}

  static List<Line> read(String code, String name, int min, int max) {
    String file = "lang/" + code + "/" + name;
    List<Line> out = new ArrayList<>();
    try (InputStream in = PackLines.class.getResourceAsStream("/io/github/vnru/extract/" + file)) {
      if (in == null) {
        throw new IllegalStateException(file + ": missing from the language pack");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String text;
      int n = 0;
      while ((text = r.readLine()) != null) {
        n++;
        if (text.isBlank() || text.startsWith("#")) {
          continue;
        }
        String[] cols = text.split("\t", -1);
        Line line = new Line(file, n, cols);
        if (cols.length < min || cols.length > max) {
          String range = min == max ? "" + min : min + (max == min + 1 ? " or " : " to ") + max;
          throw line.error(
              "expected " + range + " columns separated by TAB, found " + cols.length);
        }
        for (int i = 0; i < cols.length; i++) {
          cols[i] = cols[i].strip();
        }
        out.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    return out;
  }
}
