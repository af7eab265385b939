package io.github.vnru.parser;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.util.concurrent.Futures;
import io.github.vnru.extract.Extractor;
import io.github.vnru.extract.Registry;
import io.github.vnru.extract.RelevanceGate;
import io.github.vnru.model.Article;
import io.github.vnru.parser.ParseProblem.Reason;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.TextNormalizer;
import io.github.vnru.parser.internal.html.HtmlArticle;
import io.github.vnru.parser.internal.html.HtmlReader;
import io.github.vnru.extract.ExtractionInput;
import io.github.vnru.extract.ExtractionResult;
import java.util.function.Function;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Turns raw article text into {@link Article}s. Immutable and thread-safe.
 *
 * <p>Input is strict UTF-8 unless {@link Builder#charset} names another charset; a UTF-8 or UTF-16
 * byte-order mark decides the encoding whatever the charset. A byte-order mark, CR or CRLF line
 * ends, trailing white space and NFD-decomposed text all parse the same as clean NFC text with LF
 * line ends.
 *
 * <p>Only unreadable input is an error: a source that is empty or blank, binary, not decodable,
 * too large, or holds no article text at all (only a URL line or a date header) raises an {@link
 * ArticleParseException} naming the source, the position and the reason. Any source with article
 * text gives an {@link Article}; what could not be read from it (no headline, no body, an
 * impossible or future date, a weekday without a published date) becomes one of its typed {@link
 * Article#warnings()}.
 *
 * <p>An HTML page ({@code .html}, {@code .htm}, {@code .html.gz}, or bytes that start like a page)
 * is read into the same {@link Article}: its main content, title, URL, published date and
 * language from the markup, then the same text pipeline; see the README's "HTML pages". Gzip data
 * is inflated first, up to the size limit.
 *
 * <p>A file of JSON Lines as {@code vnru parse} writes them (recognised by its content, whatever
 * its name) is read back as the articles it holds, not parsed as text: see {@link
 * #parseFile(Path)}.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.create();
 * Article a = parser.parse(Path.of("seeds/001_878f7d2422501cef.txt"));
 * ParseReport report = parser.parseAll(List.of(Path.of("seeds")));
 * ArticleParser legacy = ArticleParser.builder().charset(Charset.forName("windows-1258")).build();
 * }</pre>
 */
public final class ArticleParser {
  /** The default size limit of one article file: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L << 20;

  private final Registry registry;
  private final Extractor extractor;
  private final long maxBytes;
  private final Charset charset;

  private ArticleParser(Registry registry, long maxBytes, Charset charset) {
    this.registry = registry;
    this.extractor = Extractor.of(registry);
    this.maxBytes = maxBytes;
    this.charset = charset;
  }

  /**
   * A parser with the built-in registry, UTF-8 and default limits.
   *
   * @throws IllegalStateException if a built-in language file is malformed (the message names its
   *     file and line)
   */
  public static ArticleParser create() {
    return new ArticleParser(Registry.defaults(), DEFAULT_MAX_BYTES, UTF_8);
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

  /** The charset raw bytes are decoded in, unless a byte-order mark says otherwise. */
  public Charset charset() {
    return charset;
  }

  /**
   * Parses one file; its id is the file name without its extension, whatever it is. The file's size is checked
   * before it is read. A JSON Lines file written by {@code vnru parse} that holds one article
   * gives that article.
   *
   * @throws ArticleParseException if the file cannot be read, holds no article text, or is JSON
   *     Lines of several articles (read those with {@link #parseFile(Path)})
   */
  public Article parse(Path file) throws ArticleParseException {
    return single(file.toString(), parseFile(file));
  }

  /**
   * The articles of one file: the one article of a raw text file, or every article of a JSON Lines
   * file written by {@code vnru parse}, recognised by its content whatever its name ({@code
   * .jsonl}, {@code .JSONL}, {@code .txt}).
   *
   * @throws ArticleParseException if the file cannot be read, holds no article text, or has a
   *     line that is not an article
   */
  public List<Article> parseFile(Path file) throws ArticleParseException {
    checkNotNull(file, "file");
    return parseFile(file, InputFiles.idOf(file));
  }

  /**
   * The articles of one file, as {@link #parseFile(Path)} reads it, with {@code id} as the id of
   * a raw article or page (the articles of JSON Lines keep their stored ids). For a file found
   * in a folder, {@link InputFiles} gives the id ({@link InputFiles#idBelow}).
   *
   * @throws ArticleParseException as {@link #parseFile(Path)}
   */
  public List<Article> parseFile(Path file, String id) throws ArticleParseException {
    checkNotNull(file, "file");
    checkNotNull(id, "id");
    String source = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw tooLarge(source, size);
      }
      bytes = readAtMost(source, file);
    } catch (IOException e) {
      throw new ArticleParseException(
          ParseProblem.of(
              source,
              Reason.UNREADABLE,
              "cannot read this file (" + Problems.describe(e) + "); check that it exists and"
                  + " that you may read it"));
    }
    return parseContent(source, id, bytes);
  }

  /**
   * The articles of a file whose bytes were read by other means (a distributed engine's file
   * source, an archive), exactly as {@link #parseFile(Path, String)} reads that file: the size
   * limit, gzip data inflated, JSON Lines (by content) read back with their stored ids, an HTML
   * page recognised by {@code source}'s name ({@code .html}, {@code .htm}, {@code .html.gz}, any
   * case) or by its content, anything else a raw article {@code id}.
   *
   * @param source the file's path or URI, whose name ends as the file's; messages name it
   * @param id the id of a raw article or page
   * @throws ArticleParseException as {@link #parseFile(Path)}
   */
  public List<Article> parseFile(String source, String id, byte[] bytes)
      throws ArticleParseException {
    checkNotNull(source, "source");
    checkNotNull(id, "id");
    checkNotNull(bytes, "bytes");
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    return parseContent(source, id, bytes);
  }

  private List<Article> parseContent(String source, String id, byte[] bytes)
      throws ArticleParseException {
    if (HtmlArticle.isGzip(bytes)) {
      bytes = HtmlArticle.gunzip(source, bytes, maxBytes);
    }
    if (JsonLines.looksLike(bytes)) {
      return JsonLines.read(source, bytes);
    }
    if (isHtml(source, bytes)) {
      return List.of(parseHtml(source, id, bytes, extractor::extract).article());
    }
    return List.of(parse(source, id, bytes));
  }

  /**
   * Whether this parser reads the file named {@code name} as an HTML page: its name ends in
   * {@code .html}, {@code .htm}, {@code .html.gz} or {@code .htm.gz} in any case, or {@code
   * head}, the start of its content (inflated if it is gzip data), starts like a page ({@code
   * <!DOCTYPE html}, {@code <html}, {@code <head>}, ...) and is not JSON Lines of articles. For
   * tools that sort files as the parser does ({@code vnru eval}'s raw formats).
   *
   * @throws NullPointerException if {@code name} or {@code head} is null
   */
  public static boolean readsAsHtml(String name, byte[] head) {
    checkNotNull(name, "name");
    checkNotNull(head, "head");
    return !JsonLines.looksLike(head) && isHtml(name, head);
  }

  /**
   * Whether {@code gate} lets a file with content {@code bytes} through to this parser, as {@code
   * vnru parse --relevant-only} decides: the gate tests the content as the parser reads it, gzip
   * data inflated (within the size limit). Content the parser would refuse (corrupt gzip data, too
   * large) passes, for the parser to report. Never throws on any content.
   *
   * @throws NullPointerException if {@code gate} or {@code bytes} is null
   */
  public boolean mayBeRelevant(RelevanceGate gate, byte[] bytes) {
    checkNotNull(gate, "gate");
    checkNotNull(bytes, "bytes");
    if (bytes.length > maxBytes) {
      return true;
    }
    byte[] content = bytes;
    if (HtmlArticle.isGzip(content)) {
      try {
        content = HtmlArticle.gunzip("gzip data", content, maxBytes);
      } catch (ArticleParseException e) {
        return true;
      }
    }
    return gate.test(content);
  }

  private static boolean isHtml(String name, byte[] bytes) {
    return isHtmlName(name) || HtmlReader.looksLike(bytes);
  }

  /**
   * The articles of one input as {@link InputFiles} found it: {@link #parseFile(Path)} with the
   * input's id (the path below the folder given, for a file in a sub-folder).
   *
   * @throws ArticleParseException as {@link #parseFile(Path)}
   */
  public List<Article> parseFile(InputFiles.Input input) throws ArticleParseException {
    checkNotNull(input, "input");
    return parseFile(input.file(), input.id());
  }

  private ArticleAssembler.Parsed parseHtml(
      String source,
      String id,
      byte[] bytes,
      Function<ExtractionInput, ExtractionResult> extraction)
      throws ArticleParseException {
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    String html = HtmlArticle.decode(source, bytes, charset);
    return HtmlArticle.assemble(source, id, html, extraction);
  }

  /**
   * Parses raw bytes (strict UTF-8, or the parser's charset) as the article {@code id}; messages
   * name the source {@code id}. JSON Lines of one article written by {@code vnru parse} give that
   * article, with its own id.
   *
   * @throws ArticleParseException if the bytes cannot be decoded or hold no article text
   */
  public Article parse(String id, byte[] bytes) throws ArticleParseException {
    checkNotNull(id, "id");
    checkNotNull(bytes, "bytes");
    checkArgument(!id.isBlank(), "article id is blank");
    byte[] raw = bytes;
    if (HtmlArticle.isGzip(raw)) {
      raw = HtmlArticle.gunzip(id, raw, maxBytes);
    }
    if (JsonLines.looksLike(raw)) {
      return single(id, JsonLines.read(id, raw));
    }
    if (HtmlReader.looksLike(raw)) {
      return parseHtml(id, id, raw, extractor::extract).article();
    }
    return parse(id, id, raw);
  }

  private static Article single(String source, List<Article> articles)
      throws ArticleParseException {
    if (articles.size() != 1) {
      throw new ArticleParseException(
          ParseProblem.of(
              source,
              Reason.MANY_ARTICLES,
              "JSON Lines of "
                  + articles.size()
                  + " articles, not one: read it with parseFile, parseAll or Corpus.load"));
    }
    return articles.get(0);
  }

  /**
   * Parses already-decoded text as the article {@code id}; messages name the source {@code id}.
   *
   * @throws ArticleParseException if the text holds no article text
   */
  public Article parse(String id, String text) throws ArticleParseException {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
    checkArgument(!id.isBlank(), "article id is blank");
    if (text.length() > maxBytes) {
      throw tooLarge(id, text.length());
    }
    if (HtmlReader.looksLike(text)) {
      return HtmlArticle.assemble(id, id, TextNormalizer.normalize(id, text), extractor::extract)
          .article();
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
    String id = InputFiles.idOf(file);
    long size = Files.size(file);
    if (size > maxBytes) {
      throw tooLarge(file.toString(), size);
    }
    byte[] bytes = readAtMost(file.toString(), file);
    if (HtmlArticle.isGzip(bytes)) {
      bytes = HtmlArticle.gunzip(file.toString(), bytes, maxBytes);
    }
    StringBuilder out = new StringBuilder();
    Function<ExtractionInput, ExtractionResult> explaining =
        input -> {
          out.append(extractor.explain(input));
          return extractor.extract(input);
        };
    if (isHtml(file.toString(), bytes)) {
      parseHtml(file.toString(), id, bytes, explaining);
      return out.toString();
    }
    String text = TextNormalizer.decode(file.toString(), bytes);
    ArticleAssembler.assemble(file.toString(), id, text, explaining);
    return out.toString();
  }

  private Article parse(String source, String id, byte[] bytes) throws ArticleParseException {
    if (bytes.length > maxBytes) {
      throw tooLarge(source, bytes.length);
    }
    String text = TextNormalizer.decode(source, bytes, charset);
    return ArticleAssembler.assemble(source, id, text, extractor).article();
  }

  /**
   * Parses files and folders on all cores, read as {@link InputFiles} says (a folder is walked
   * recursively for the kinds of {@link InputFiles#folderKinds()}: {@code .txt}, {@code .jsonl}
   * and HTML pages, in any case); one bad file or missing path never stops the batch, and what was
   * left out is in {@link ParseReport#skipped()}. A JSON Lines file written by {@code vnru parse}
   * gives every article it holds (see {@link #parseFile(Path)}). Articles come out in a stable
   * order: the order of {@code paths}, and within a folder by path, whatever the number of
   * threads.
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
    InputFiles inputs = InputFiles.of(paths);
    report.addAllFailures(inputs.problems());
    report.addAllSkipped(inputs.skipped());
    List<InputFiles.Input> files = inputs.inputs();
    for (Object result : parseEach(files, threads)) {
      if (result instanceof List) {
        for (Object a : (List<?>) result) {
          report.addArticle((Article) a);
        }
      } else {
        report.addFailure(((ArticleParseException) result).problem());
      }
    }
    return report.build();
  }

  /** Each file's Article or ArticleParseException, in file order. */
  private List<Object> parseEach(List<InputFiles.Input> files, int threads) {
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
      for (InputFiles.Input f : files) {
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

  private Object parseOrProblem(InputFiles.Input file) {
    try {
      return parseFile(file);
    } catch (ArticleParseException e) {
      return e;
    }
  }

  /**
   * Whether a file's name says HTML: {@code .html}, {@code .htm}, optionally {@code .gz}; {@code
   * path} is a path or URI ending with the name.
   */
  static boolean isHtmlName(String path) {
    String n = path.toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz")
        || n.endsWith(".htm.gz");
  }

  /**
   * The bytes of {@code file}, never more than {@link #maxBytes} + 1 of them: a file that grew
   * after its size was checked, or a device or pipe with no size ({@code /dev/zero}), is refused
   * without being read whole.
   */
  private byte[] readAtMost(String source, Path file) throws IOException, ArticleParseException {
    int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(limit + 1);
    }
    if (bytes.length > limit) {
      throw new ArticleParseException(
          ParseProblem.of(
              source,
              Reason.TOO_LARGE,
              "file too large (more than " + limit + " bytes, the limit)"));
    }
    return bytes;
  }

  private ArticleParseException tooLarge(String source, long size) {
    return new ArticleParseException(
        ParseProblem.of(
            source,
            Reason.TOO_LARGE,
            "file too large (" + size + " bytes; the limit is " + maxBytes + ")"));
  }

  /** Builds an {@link ArticleParser}; every setting has a default. */
  public static final class Builder {
    private Registry registry;
    private long maxBytes = DEFAULT_MAX_BYTES;
    private Charset charset = UTF_8;

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

    /**
     * The charset raw bytes are decoded in, strictly; default UTF-8. A UTF-8 or UTF-16 byte-order
     * mark still decides a file's encoding. For example {@code
     * charset(Charset.forName("windows-1258"))} for old Vietnamese pages.
     *
     * @throws NullPointerException if {@code charset} is null
     */
    public Builder charset(Charset charset) {
      this.charset = checkNotNull(charset, "charset");
      return this;
    }

    /** The parser. */
    public ArticleParser build() {
      return new ArticleParser(
          registry == null ? Registry.defaults() : registry, maxBytes, charset);
    }
  }
}
