package io.github.vnru.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code examples/target/vnru.jar} as a user does: {@code java -jar vnru.jar ARGS}. */
final class Jar {
  static final Path JAR = Path.of("target", "vnru.jar").toAbsolutePath();

  final int status;
  final String out;
  final String err;

  private Jar(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static Jar run(Path workDir, String... args) throws IOException, InterruptedException {
    return start(workDir, List.of("-jar", JAR.toString()), args);
  }

  /** Runs the jar's main class with {@code first} ahead of the jar on the class path. */
  static Jar runWithClassPathFirst(Path workDir, Path first, String... args)
      throws IOException, InterruptedException {
    String cp = first + java.io.File.pathSeparator + JAR;
    return start(workDir, List.of("-cp", cp, "io.github.vnru.cli.Main"), args);
  }

  private static Jar start(Path workDir, List<String> javaArgs, String... args)
      throws IOException, InterruptedException {
    assertTrue(Files.isRegularFile(JAR), "build the jar first (mvn package): " + JAR);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(javaArgs);
    cmd.addAll(List.of(args));
    Path outFile = Files.createTempFile("vnru-out", ".txt");
    Path errFile = Files.createTempFile("vnru-err", ".txt");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .directory(workDir.toFile())
              .redirectOutput(outFile.toFile())
              .redirectError(errFile.toFile())
              .start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "vnru did not finish: " + cmd);
      return new Jar(
          p.exitValue(),
          Files.readString(outFile, StandardCharsets.UTF_8),
          Files.readString(errFile, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(outFile);
      Files.deleteIfExists(errFile);
    }
  }

  @Override
  public String toString() {
    return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
