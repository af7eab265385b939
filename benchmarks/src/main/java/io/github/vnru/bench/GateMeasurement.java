package io.github.vnru.bench;

import io.github.vnru.extract.RelevanceGate;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The relevance gate's throughput next to the read floor and the full parse, one thread, over
 * a folder of article files: {@code GateMeasurement write N DIR} writes N generated articles,
 * {@code GateMeasurement measure DIR [ROUNDS]} times the passes (best of ROUNDS, default 5).
 */
public final class GateMeasurement {
  private GateMeasurement() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("write")) {
      Path dir = Path.of(args[2]);
      Files.createDirectories(dir);
      CorpusGenerator.writeTo(dir, CorpusGenerator.generate(Integer.parseInt(args[1])));
      return;
    }
    Path dir = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
    }
    RelevanceGate gate = RelevanceGate.defaults();
    ArticleParser parser = ArticleParser.create();
    List<byte[]> bytes = new ArrayList<>();
    long total = 0;
    for (Path f : files) {
      byte[] b = Files.readAllBytes(f);
      bytes.add(b);
      total += b.length;
    }
    long read = Long.MAX_VALUE;
    long gateFiles = Long.MAX_VALUE;
    long gateMem = Long.MAX_VALUE;
    long parseMem = Long.MAX_VALUE;
    int passed = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      long sink = 0;
      for (Path f : files) {
        sink += Files.readAllBytes(f).length;
      }
      read = Math.min(read, System.nanoTime() - t0);
      t0 = System.nanoTime();
      int p = 0;
      for (Path f : files) {
        p += gate.test(Files.readAllBytes(f)) ? 1 : 0;
      }
      gateFiles = Math.min(gateFiles, System.nanoTime() - t0);
      t0 = System.nanoTime();
      for (byte[] b : bytes) {
        sink += gate.test(b) ? 1 : 0;
      }
      gateMem = Math.min(gateMem, System.nanoTime() - t0);
      passed = p;
      if (r < Math.min(rounds, 2)) {
        t0 = System.nanoTime();
        for (int i = 0; i < bytes.size(); i++) {
          try {
            sink += parser.parse("a" + i, bytes.get(i)).meetings().size();
          } catch (ArticleParseException e) {
            sink--;
          }
        }
        parseMem = Math.min(parseMem, System.nanoTime() - t0);
      }
      if (sink == 42) {
        System.out.print("");
      }
    }
    System.out.printf("files %d, %.1f MB, gate lets through %d%n", files.size(), total / 1e6, passed);
    System.out.printf("read files (floor)        %8.0f ms  %8.0f files/s%n", read / 1e6, files.size() / (read / 1e9));
    System.out.printf("read + gate               %8.0f ms  %8.0f files/s%n", gateFiles / 1e6, files.size() / (gateFiles / 1e9));
    System.out.printf("gate, in memory           %8.0f ms  %8.0f files/s  %.0f MB/s%n", gateMem / 1e6, files.size() / (gateMem / 1e9), total / 1e6 / (gateMem / 1e9));
    System.out.printf("full parse, in memory     %8.0f ms  %8.0f files/s  %.0f MB/s%n", parseMem / 1e6, files.size() / (parseMem / 1e9), total / 1e6 / (parseMem / 1e9));
    System.out.printf("gate / full parse speed   %8.1fx%n", (double) parseMem / gateMem);
  }
}
