package io.github.vnru.bench;

import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Generated articles written as {@code ID.txt} files into a temporary folder. */
@State(Scope.Benchmark)
public class FileCorpus {
  /** How many article files. */
  @Param("20000")
  public int articles;

  public Path dir;
  public List<Path> files;
  public long totalBytes;

  @Setup
  public void write() {
    List<CorpusGenerator.RawArticle> raw = CorpusGenerator.generate(articles);
    totalBytes = CorpusGenerator.totalBytes(raw);
    dir = CorpusGenerator.writeToTemp(raw);
    files = raw.stream().map(a -> dir.resolve(a.id() + ".txt")).toList();
  }

  @TearDown
  public void delete() {
    CorpusGenerator.deleteRecursively(dir);
  }
}
