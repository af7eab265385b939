package io.github.vnru.parser;

import static io.github.vnru.parser.ArticleInvariants.checkJson;
import static io.github.vnru.parser.ArticleInvariants.checkParsed;
import static io.github.vnru.parser.ArticleInvariants.checkProblem;
import static io.github.vnru.parser.ArticleInvariants.checkTime;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vnru.extract.Extractor;
import io.github.vnru.extract.Registry;
import io.github.vnru.model.Article;
import io.github.vnru.model.Person;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.TextNormalizer;
import io.github.vnru.parser.internal.html.HtmlArticle;
import io.github.vnru.parser.internal.html.HtmlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Coverage-guided fuzz targets for the parser (issue 16). {@code mvn verify} runs each over its
 * committed inputs in {@code src/test/resources/io/github/vnru/parser/ParserFuzzTestInputs/<target>/}
 * (regression mode, seconds); {@code ./fuzz.sh parser ParserFuzzTest#text 10m} fuzzes one target
 * for real and writes any finding into that folder (see CONTRIBUTING.md, "Fuzzing").
 *
 * <p>Every target checks the invariants of {@link ArticleInvariants}, not only that nothing but the
 * documented exception escapes.
 */
class ParserFuzzTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final Extractor EXTRACTOR = Extractor.of(PARSER.registry());
  private static final Path DIR = tempDir();

  static {
    // warm up: class loading and the registry's indexes are not the input's time
    for (String id : Seeds.ids().subList(0, 3)) {
      try {
        PARSER.parse(id, Seeds.bytes(id));
      } catch (ArticleParseException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static Path tempDir() {
    try {
      Path d = Files.createTempDirectory("vnru-fuzz");
      d.toFile().deleteOnExit();
      return d;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Raw bytes as an article file: text, or whatever the bytes say (gzip, a page, JSON Lines). */
  @FuzzTest(maxDuration = "10m")
  void text(byte[] data) {
    String id = "fuzz-text";
    long start = System.nanoTime();
    Article api = parseOrNull(id, data);
    checkTime(start, data.length, "parse");
    ArticleAssembler.Parsed parsed = internal(id, id, data, false);
    if (parsed != null) {
      assertEquals(parsed.article(), api, "the API gives what the pipeline gives");
      checkParsed(parsed);
    } else if (api != null) {
      checkJson(api); // JSON Lines of one article, read back
    }
    assertEquals(api, parseOrNull(id, data), "parsing twice gives equal articles");
  }

  /** Raw bytes as a page file ({@code .html}), read the way {@code vnru parse} reads a file. */
  @FuzzTest(maxDuration = "10m")
  void html(byte[] data) throws IOException {
    Path file = DIR.resolve("page.html");
    Files.write(file, data);
    String source = file.toString();
    long start = System.nanoTime();
    List<Article> api = parseFileOrNull(file);
    checkTime(start, data.length, "parse");
    ArticleAssembler.Parsed parsed = internal(source, "page", data, true);
    if (parsed != null) {
      assertEquals(List.of(parsed.article()), api, "the API gives what the pipeline gives");
      checkParsed(parsed);
    } else if (api != null) {
      api.forEach(ArticleInvariants::checkJson); // JSON Lines read back
    }
    assertEquals(api, parseFileOrNull(file), "parsing twice gives equal articles");
  }

  /** Bytes as JSON Lines of articles, as {@code vnru parse} writes them and every reader reads. */
  @FuzzTest(maxDuration = "10m")
  void jsonLines(byte[] data) {
    String source = "fuzz.jsonl";
    long start = System.nanoTime();
    try {
      List<Article> articles = JsonLines.read(source, data);
      checkTime(start, data.length, "JSON Lines");
      for (Article a : articles) {
        checkJson(a);
      }
      assertEquals(articles, JsonLines.read(source, data), "reading twice");
    } catch (ArticleParseException e) {
      checkTime(start, data.length, "JSON Lines");
      checkProblem(e, source, new String(data, UTF_8));
      assertEquals(ParseProblem.Reason.BAD_JSON_LINE, e.problem().reason());
      assertTrue(e.problem().line().isPresent(), "the line is named");
    }
    // one value through the public JSON reader: only IllegalArgumentException, in plain words
    String json = new String(data, UTF_8);
    try {
      checkJson(VnruJson.read(json, Article.class));
    } catch (IllegalArgumentException e) {
      ArticleInvariants.checkNoJavaNames(e.getMessage(), json);
    }
  }

  /**
   * Bytes as a user's registry file ({@code --registry}): a registry, or an error naming the file;
   * with the registry, a text naming its persons parses with every invariant.
   */
  @FuzzTest(maxDuration = "10m")
  void registry(byte[] data) throws IOException {
    Path file = DIR.resolve("registry.json");
    Files.write(file, data);
    long start = System.nanoTime();
    Registry registry;
    try {
      registry = Registry.builder().addDefaults().add(file).build();
    } catch (IllegalArgumentException e) {
      checkTime(start, data.length, "registry");
      assertTrue(e.getMessage().startsWith("registry file " + file), e.getMessage());
      ArticleInvariants.checkNoJavaNames(
          e.getMessage().replace(file.toString(), ""), new String(data, UTF_8));
      return;
    }
    checkTime(start, data.length, "registry");
    Set<String> builtIn = new HashSet<>();
    Registry.defaults().persons().forEach(p -> builtIn.add(p.id().value()));
    List<String> names = new ArrayList<>();
    for (Person p : registry.persons()) {
      if (!builtIn.contains(p.id().value())) {
        names.add(p.name());
        names.addAll(p.aliases());
      }
    }
    StringBuilder text = new StringBuilder("Tổng thống Nga hội đàm\n\n");
    for (int i = 0; i < names.size() && i < 20; i++) {
      text.append("Chủ tịch nước ")
          .append(names.get(i))
          .append(" đã hội đàm với Tổng thống Vladimir Putin tại Moskva ngày 5/4/2021.\n\n");
    }
    String id = "fuzz-registry";
    ArticleParser parser = ArticleParser.builder().registry(registry).build();
    start = System.nanoTime();
    try {
      String normalised = TextNormalizer.normalize(id, text.toString());
      ArticleAssembler.Parsed parsed =
          ArticleAssembler.assemble(id, id, normalised, Extractor.of(registry));
      checkTime(start, text.length(), "parse with the registry");
      checkParsed(parsed);
      assertEquals(parsed.article(), parser.parse(id, text.toString()), "API and pipeline");
    } catch (ArticleParseException e) {
      checkProblem(e, id, text.toString());
    }
  }

  private static Article parseOrNull(String id, byte[] data) {
    try {
      return PARSER.parse(id, data);
    } catch (ArticleParseException e) {
      checkProblem(e, id, new String(data, UTF_8));
      return null;
    }
  }

  private static List<Article> parseFileOrNull(Path file) {
    try {
      return PARSER.parseFile(file);
    } catch (ArticleParseException e) {
      checkProblem(e, file.toString(), readLatin(file));
      return null;
    }
  }

  private static String readLatin(Path file) {
    try {
      return new String(Files.readAllBytes(file), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The pipeline's own view of {@code bytes}, routed as {@link ArticleParser} routes them: null
   * when the bytes are JSON Lines (no text to check) or not an article (the typed exception).
   */
  private static ArticleAssembler.Parsed internal(
      String source, String id, byte[] bytes, boolean htmlName) {
    try {
      byte[] raw = bytes;
      if (HtmlArticle.isGzip(raw)) {
        raw = HtmlArticle.gunzip(source, raw, PARSER.maxBytes());
      }
      if (JsonLines.looksLike(raw)) {
        return null;
      }
      if (htmlName || HtmlReader.looksLike(raw)) {
        String html = HtmlArticle.decode(source, raw, UTF_8);
        return HtmlArticle.assemble(source, id, html, EXTRACTOR::extract);
      }
      String text = TextNormalizer.decode(source, raw, UTF_8);
      return ArticleAssembler.assemble(source, id, text, EXTRACTOR);
    } catch (ArticleParseException e) {
      checkProblem(e, source, new String(bytes, UTF_8));
      return null;
    } catch (RuntimeException e) {
      fail("undocumented exception: " + e, e);
      return null;
    }
  }
}
