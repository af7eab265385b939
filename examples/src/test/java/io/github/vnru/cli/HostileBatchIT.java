package io.github.vnru.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vnru parse} over a batch of real articles of which 1% are hostile (issue 16), run as a
 * user runs it, in a child JVM with a small heap: every good article comes out, each bad file gives
 * exactly one line on stderr, nothing else is printed, no stack trace, and the heap is enough.
 *
 * <p>{@code mvn verify} runs 300 files (9 hostile, one of each kind) to keep the build fast; the
 * full 10,000 (100 hostile, 1%): {@code mvn verify -Dvnru.batch.files=10000} (README, "Hostile
 * input"). The heap: {@link #HEAP}.
 */
final class HostileBatchIT {
  /** Files in the batch; 1% of them hostile. */
  static final int FILES = Integer.getInteger("vnru.batch.files", 300);

  /**
   * The heap {@code vnru parse} is given: enough for two threads each holding a 6 MB line or a
   * 16 MB page at the size limit, with the registry; far less than the batch.
   */
  static final String HEAP = System.getProperty("vnru.batch.heap", "256m");

  private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([^\"]*)\"");
  private static final Pattern JAVA_NAME =
      Pattern.compile("\\b(?:java|javax|jdk|sun|com|org|io)\\.[a-z]\\w*\\.|Exception|\\tat ");

  @Test
  void everyGoodArticle_oneLinePerBadFile_boundedMemory_noStackTrace(@TempDir Path dir)
      throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    List<Path> raw = rawArticles();
    int hostile = Math.max(HostileFiles.Kind.values().length, FILES / 100);
    Set<String> good = new HashSet<>();
    for (int i = 0; i < FILES - hostile; i++) {
      String id = String.format("a%05d", i);
      Files.copy(raw.get(i % raw.size()), in.resolve(id + ".txt"));
      good.add(id);
    }
    Map<Path, HostileFiles.Kind> bad = new LinkedHashMap<>();
    int n = 0;
    for (HostileFiles.Kind k : HostileFiles.mix(hostile)) {
      bad.put(HostileFiles.write(in, k, n++), k);
    }

    Process p = start(dir, "java -Xmx" + HEAP + " -XX:+ExitOnOutOfMemoryError -jar " + Jar.JAR
        + " parse --threads 2 in 2> err.txt");
    Map<String, Integer> articles = new HashMap<>();
    boolean spoiled = false;
    long started = System.nanoTime();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (!spoiled) {
          // the run has listed its files and started: now some vanish or become unreadable
          for (Map.Entry<Path, HostileFiles.Kind> e : bad.entrySet()) {
            HostileFiles.spoil(e.getKey(), e.getValue());
          }
          spoiled = true;
        }
        Matcher m = ID.matcher(line);
        assertTrue(m.find(), "not an article: " + line.substring(0, Math.min(200, line.length())));
        articles.merge(m.group(1), 1, Integer::sum);
      }
    }
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "vnru parse did not finish");
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    String err = Files.readString(dir.resolve("err.txt"), UTF_8);
    System.out.printf(
        "HostileBatchIT: %d files (%d hostile) in %d s with -Xmx%s%n", FILES, hostile, seconds,
        HEAP);
    assertEquals(1, p.exitValue(), "status 1: some files failed\n" + clip(err));
    assertFalse(JAVA_NAME.matcher(err).find(), "a stack trace or Java name:\n" + clip(err));

    for (String id : good) {
      assertEquals(1, articles.getOrDefault(id, 0), "good article " + id);
    }
    List<String> lines = err.lines().collect(Collectors.toList());
    Map<String, Integer> named = new HashMap<>();
    for (String l : lines) {
      assertTrue(l.startsWith("vnru: in/"), "an error line names its file: " + l);
      String file = l.substring("vnru: ".length(), l.indexOf(':', "vnru: ".length()));
      named.merge(file, 1, Integer::sum);
    }
    for (Map.Entry<Path, HostileFiles.Kind> e : bad.entrySet()) {
      String file = "in/" + e.getKey().getFileName();
      String id = file.substring(3, file.indexOf('.'));
      int errors = named.getOrDefault(file, 0);
      int out = articles.getOrDefault(id, 0);
      assertEquals(1, errors + out, file + ": one article or one error line, not " + out
          + " and " + errors);
      if (e.getValue().refused) {
        assertEquals(1, errors, file + " is refused");
      }
    }
    assertEquals(good.size() + bad.size(), articles.size() + named.size(), "nothing else");
  }

  @Test
  void aClosedPipe_endsQuietlyWithStatus0(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    List<Path> raw = rawArticles();
    for (int i = 0; i < 100; i++) {
      Files.copy(raw.get(i % raw.size()), in.resolve(String.format("a%05d.txt", i)));
    }
    Process p = start(dir, "java -Xmx" + HEAP + " -jar " + Jar.JAR
        + " parse --threads 2 in 2> err.txt | head -1 > out.txt; exit ${PIPESTATUS[0]}");
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "vnru parse | head -1 did not end");
    String err = Files.readString(dir.resolve("err.txt"), UTF_8);
    assertEquals(0, p.exitValue(), err);
    assertEquals("", err, "quiet: no stack trace, no message");
    assertEquals(1, Files.readAllLines(dir.resolve("out.txt")).size());
  }

  @Test
  void aFileOverTheLimit_isRefusedWithoutBeingReadWhole(@TempDir Path dir) throws Exception {
    // a sparse 20 GB file, and a device with no size that never ends: read up to the 16 MB limit
    // and no further, in 64 MB of heap
    Path huge = HostileFiles.write(dir, HostileFiles.Kind.OVER_LIMIT, 0);
    for (String file : List.of(huge.getFileName().toString(), "/dev/zero")) {
      Process p = start(dir, "java -Xmx64m -XX:+ExitOnOutOfMemoryError -jar " + Jar.JAR
          + " parse " + file + " 2> err.txt");
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      assertTrue(p.waitFor(2, TimeUnit.MINUTES), "not refused at once: " + file);
      String err = Files.readString(dir.resolve("err.txt"), UTF_8);
      assertEquals(1, p.exitValue(), err);
      assertTrue(err.startsWith("vnru: " + file + ": file too large"), err);
      assertEquals(1, err.lines().count(), err);
    }
  }

  private static Process start(Path dir, String shell) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder("bash", "-c", shell.replaceFirst("^java ", java + " "))
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .start();
  }

  private static List<Path> rawArticles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("..", "corpus", "raw"))) {
      List<Path> raw = new ArrayList<>(s.filter(f -> f.toString().endsWith(".txt")).sorted()
          .collect(Collectors.toList()));
      assertFalse(raw.isEmpty(), "corpus/raw");
      return raw;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String clip(String s) {
    return s.length() < 4000 ? s : s.substring(0, 4000) + "…";
  }
}
