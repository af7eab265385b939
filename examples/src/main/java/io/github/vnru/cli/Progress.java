package io.github.vnru.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress count on stderr for long runs; silent when stderr is not a terminal, so
 * logs and pipes stay clean.
 */
final class Progress {
  private static final int MIN_ITEMS = 50;
  private final PrintWriter err;
  private final int total;
  private final boolean on;
  private int done;

  private Progress(PrintWriter err, int total, boolean on) {
    this.err = err;
    this.total = total;
    this.on = on;
  }

  static Progress start(PrintWriter err, int total) {
    return new Progress(err, total, total >= MIN_ITEMS && stderrIsTerminal());
  }

  /**
   * Whether stderr is a terminal. Java 17 can only tell for stdin and stdout together ({@link
   * System#console()}), which is false exactly when output is redirected to a file, the usual case
   * for a long run; so on Linux ask where file descriptor 2 points.
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Fall through to the portable, coarser test.
    }
    return System.console() != null;
  }

  void step() {
    done++;
    if (on && (done % 100 == 0 || done == total)) {
      err.print("\rvnru: " + done + "/" + total + " files");
      err.flush();
    }
  }

  void done() {
    if (on) {
      err.println();
    }
  }
}
