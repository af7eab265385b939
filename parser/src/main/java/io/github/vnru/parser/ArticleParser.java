package io.github.vnru.parser;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.util.concurrent.Futures;
import io.github.vnru.extract.Extractor;
import io.github.vnru.extract.Registry;
import io.github.vnru.model.Article;
import io.github.vnru.parser.ParseProblem.Reason;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.TextNormalizer;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns raw article text into {@link Article}s. Immutable and thread-safe.
 *
 * <p>Input is strict UTF-8; a byte-order mark, CR or CRLF line ends, trailing white space and
 * NFD-decomposed text all parse the same as clean NFC text with LF line ends. A source that
 * cannot be an article (empty, binary, not UTF-8, too large, no title, no body) raises an {@link
 * ArticleParseException} naming the source, the position and the reason; damage that can be
 * recovered from (an impossible or future date) becomes one of {@link Article#warnings()}.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.create();
 * Article a = parser.parse(Path.of("seeds/001_878f7d2422501cef.txt"));
 * ParseReport report = parser.parseAll(List.of(Path.of("seeds")));
 * }</pre>
 */
public final class ArticleParser {
  /** The default size limit of one article file: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  private final Registry registry;
  private final Extractor extractor;
  private final long maxBytes;

  private ArticleParser(Registry registry, long maxBytes) {
    this.registry = registry;
    this.extractor = Extractor.of(registry);
    this.maxBytes = maxBytes;
  }

  /** A parser with the built-in registry and default limits. */
  public static ArticleParser create() {
    return new ArticleParser(Registry.defaults(), DEFAULT_MAX_BYTES);
  }

  /** A builder for a parser with another registry or size limit. */
  public static Builder builder() {
    return new Builder();
  }

  /** The registry this parser's extraction uses. */
  public Registry registry() {
    return registry;
  }

  /** The largest source, in bytes, this parser reads. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Parses one file; its id is the file name without {@code .txt}. The file's size is checked
   * before it is read.
   *
   * @throws ArticleParseException if the file cannot be read or is not an article
   */
  public Article parse(Path file) throws ArticleParseException {
    checkNotNull(file, "file");
    String source = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLarge(source, size);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ArticleParseException(
          ParseProblem.of(source, Reason.UNREADABLE, "cannot read file (" + e + ")"));
    }
    return parse(source, idOf(file), bytes);
  }

  /**
   * Parses raw bytes (strict UTF-8) as the article {@code id}; messages name the source {@code
   * id}.
   *
   * @throws ArticleParseException if the bytes are not an article
   */
  public Article parse(String id, byte[] bytes) throws ArticleParseException {
    checkNotNull(id, "id");
    checkNotNull(bytes, "bytes");
    checkArgument(!id.isBlank(), "article id is blank");
    return parse(id, id, bytes);
  }

  /**
   * Parses already-decoded text as the article {@code id}; messages name the source {@code id}.
   *
   * @throws ArticleParseException if the text is not an article
   */
  public Article parse(String id, String text) throws ArticleParseException {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkArgument(!id.isBlank(), "article id is blank");
    if (text.length() > maxBytes) {
      throw tooLarge(id, text.length());
    }
    String normalised = TextNormalizer.normalize(id, text);
    return ArticleAssembler.assemble(id, id, normalised, extractor).article();
  }

  /**
   * Why {@code file} has the meetings it has: per sentence, the meeting words found and whether
   * each took place, each person named and whether they are a side of a meeting and why not, and
   * the meetings made (see {@link Extractor#explain}).
   *
   * @throws ArticleParseException if the file is not an article
   * @throws IOException if the file cannot be read
   */
  public String explain(Path file) throws ArticleParseException, IOException {
    checkNotNull(file, "file");
    String id = idOf(file);
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length > maxBytes) {
      throw tooLarge(file.toString(), bytes.length);
    }
    String text = TextNormalizer.decode(file.toString(), bytes);
    StringBuilder out = new StringBuilder();
    ArticleAssembler.assemble(file.toString(), id, text, input -> {
      out.append(extractor.explain(input));
      return extractor.extract(input);
    });
    return out.toString();
  }

  private Article parse(String source, String id, byte[] bytes) throws ArticleParseException {
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    String text = TextNormalizer.decode(source, bytes);
    return ArticleAssembler.assemble(source, id, text, extractor).article();
  }

  /**
   * Parses files and folders (a folder's {@code *.txt}, sorted by name) on all cores; one bad file
   * never stops the batch. Articles come out in a stable order: the order of {@code paths}, and
   * within a folder by file name, whatever the number of threads.
   */
  public ParseReport parseAll(List<Path> paths) {
    return parseAll(paths, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Like {@link #parseAll(List)}, with {@code threads} threads.
   *
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public ParseReport parseAll(List<Path> paths, int threads) {
    checkNotNull(paths, "paths");
    checkArgument(threads >= 1, "threads must be at least 1, not %s", threads);
    ImmutableParseReport.Builder report = ParseReport.builder();
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      checkNotNull(path, "path");
      if (Files.isDirectory(path)) {
        List<Path> inFolder = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(path, "*.txt")) {
          for (Path f : dir) {
            if (Files.isRegularFile(f)) {
              inFolder.add(f);
            }
          }
        } catch (IOException e) {
          report.addFailure(
              ParseProblem.of(
                  path.toString(), Reason.UNREADABLE, "cannot list folder (" + e + ")"));
        }
        inFolder.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        files.addAll(inFolder);
      } else {
        files.add(path);
      }
    }
    for (Object result : parseEach(files, threads)) {
      if (result instanceof Article) {
        report.addArticle((Article) result);
      } else {
        report.addFailure(((ArticleParseException) result).problem());
      }
    }
    return report.build();
  }

  /** Each file's Article or ArticleParseException, in file order. */
  private List<Object> parseEach(List<Path> files, int threads) {
    List<Object> results = new ArrayList<>(files.size());
    if (threads == 1 || files.size() < 2) {
      files.forEach(f -> results.add(parseOrProblem(f)));
      return results;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, files.size()),
            r -> {
              Thread t = new Thread(r, "vnru-parse");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Object>> futures = new ArrayList<>(files.size());
      for (Path f : files) {
        futures.add(pool.submit(() -> parseOrProblem(f)));
      }
      for (Future<Object> future : futures) {
        results.add(Futures.getUnchecked(future));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private Object parseOrProblem(Path file) {
    try {
      return parse(file);
    } catch (ArticleParseException e) {
      return e;
    }
  }

  private ArticleParseException tooLarge(String source, long size) {
    return new ArticleParseException(
        ParseProblem.of(
            source,
            Reason.TOO_LARGE,
            "file too large (" + size + " bytes; the limit is " + maxBytes + ")"));
  }

  private static String idOf(Path file) {
    Path name = file.getFileName();
    String s = name == null ? file.toString() : name.toString();
    return s.endsWith(".txt") && s.length() > 4 ? s.substring(0, s.length() - 4) : s;
  }

  /** Builds an {@link ArticleParser}; every setting has a default. */
  public static final class Builder {
    private Registry registry;
    private long maxBytes = DEFAULT_MAX_BYTES;

    private Builder() {}

    /**
     * The registry extraction uses; default {@link Registry#defaults()}.
     *
     * @throws NullPointerException if {@code registry} is null
     */
    public Builder registry(Registry registry) {
      this.registry = checkNotNull(registry, "registry");
      return this;
    }

    /**
     * The largest source, in bytes; default {@link #DEFAULT_MAX_BYTES}.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    public Builder maxBytes(long maxBytes) {
      checkArgument(maxBytes > 0, "maxBytes %s is not positive", maxBytes);
      this.maxBytes = maxBytes;
      return this;
    }

    /** The parser. */
    public ArticleParser build() {
      return new ArticleParser(registry == null ? Registry.defaults() : registry, maxBytes);
    }
  }
}
