package io.github.vnru.examples;

import io.github.vnru.query.Corpus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the embedded seed corpus as JSON Lines, reads it back, and checks nothing changed.
 *
 * <pre>java -cp examples/target/vnru.jar io.github.vnru.examples.ExportAndReadBack [OUT.jsonl]</pre>
 */
public final class ExportAndReadBack {
  private ExportAndReadBack() {}

  public static void main(String[] args) throws IOException {
    run(args.length > 0 ? Path.of(args[0]) : Files.createTempFile("vnru-seeds", ".jsonl"), System.out);
  }

  static void run(Path file, PrintStream out) throws IOException {
    Corpus seeds = Corpus.seeds();
    seeds.writeJsonLines(file);
    Corpus back = Corpus.readJsonLines(file);
    out.println("wrote " + seeds.articleCount() + " articles to " + file);
    out.println("read back " + back.articleCount() + " articles, " + back.meetingCount() + " meetings");
    out.println("identical: " + back.articleList().equals(seeds.articleList()));
  }
}
