package io.github.vnru.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vnru parse --relevant-only}: the relevance gate in front of the parser. */
final class ParseRelevantOnlyTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new String[] {String.valueOf(status), out.toString(), err.toString()};
  }

  @Test
  void relevantOnly_dropsUnrelatedNews_andKeepsTheRestByteForByte(@TempDir Path dir)
      throws Exception {
    Path seeds = Path.of("..", "seeds");
    try (var s = Files.list(seeds)) {
      for (Path f : (Iterable<Path>) s::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(
        dir.resolve("005_football.txt"),
        "Manchester United win at Anfield\n\nThe manager praised the team after the match.\n",
        StandardCharsets.UTF_8);
    String[] all = run("parse", dir.toString());
    String[] gated = run("parse", "--relevant-only", dir.toString());
    assertEquals("0", gated[0], gated[2]);
    assertEquals(6, all[1].strip().split("\n").length);
    String[] seedsOnly = run("parse", seeds.toString());
    assertEquals(seedsOnly[1], gated[1]);
    assertEquals("", gated[2]);
  }

  /** A gzipped page is gated on its inflated text, as the parser reads it, and so kept. */
  @Test
  void relevantOnly_keepsAGzippedPageAboutTheLeaders(@TempDir Path dir) throws Exception {
    String page = "<!DOCTYPE html><html><head><title>Putin had telephone conversation with Dung"
        + "</title></head><body><p>Russian Prime Minister Vladimir Putin had a telephone"
        + " conversation with Vietnamese Prime Minister Nguyen Tan Dung.</p></body></html>\n";
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(page.getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("page.HTML.GZ"), gz.toByteArray());
    String[] all = run("parse", dir.toString());
    String[] gated = run("parse", "--relevant-only", dir.toString());
    assertEquals("0", gated[0], gated[2]);
    assertEquals(1, all[1].strip().split("\n").length, all[1]);
    assertEquals(all[1], gated[1]);
  }
}
