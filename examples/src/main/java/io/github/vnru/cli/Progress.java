package io.github.vnru.cli;

import java.io.PrintWriter;

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
    return new Progress(err, total, System.console() != null && total >= MIN_ITEMS);
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
