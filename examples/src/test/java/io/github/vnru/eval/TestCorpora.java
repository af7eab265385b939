package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Suppliers;
import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.InputFiles;
import io.github.vnru.parser.ParseProblem;
import io.github.vnru.parser.ParseReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The article sets the evaluation tests share, each parsed once per test JVM: the corpus
 * ({@code corpus/raw}), the seeds ({@code seeds/}) and the parser's rule-test articles. Paths are
 * relative to the examples module, where surefire runs.
 */
final class TestCorpora {
  static final Path CORPUS = Path.of("..", "corpus");
  static final Path CORPUS_RAW = CORPUS.resolve("raw");
  static final Path CORPUS_GOLD = CORPUS.resolve("gold");
  static final Path SEEDS = Path.of("..", "seeds");
  static final Path SEEDS_GOLD = CORPUS.resolve("seeds-gold");
  static final Path RULE_ARTICLES = Path.of("..", "parser", "src", "test", "resources", "articles");

  private static final Supplier<Parsed> CORPUS_PARSED =
      Suppliers.memoize(() -> parse("corpus", CORPUS_RAW));
  private static final Supplier<Parsed> SEEDS_PARSED =
      Suppliers.memoize(() -> parse("seeds", SEEDS));
  private static final Supplier<Parsed> RULES_PARSED =
      Suppliers.memoize(() -> parse("rule-test articles", RULE_ARTICLES));

  private TestCorpora() {}

  /**
   * One folder, parsed.
   *
   * @param name what it is, for messages
   * @param files its {@code *.txt} files, sorted by name
   * @param articles the articles that parsed, in file order
   * @param failures the files the parser refused
   * @param formats the raw format of every file, by article id
   */
  record Parsed(
      String name,
      List<Path> files,
      List<Article> articles,
      List<ParseProblem> failures,
      Map<String, RawFormat> formats) {

    /** The id of every file, parsed or not, in file order. */
    List<String> ids() {
      return files.stream().map(TestCorpora::idOf).collect(java.util.stream.Collectors.toList());
    }

    /** Scores the parsed articles against the gold files of {@code goldDir}. */
    Score score(Path goldDir) {
      try {
        return Scorer.score(GoldArticle.loadAll(goldDir), articles, formats);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static Parsed corpus() {
    return CORPUS_PARSED.get();
  }

  static Parsed seeds() {
    return SEEDS_PARSED.get();
  }

  static Parsed ruleArticles() {
    return RULES_PARSED.get();
  }

  /**
   * The meetings of {@code a}: kind, sides, date and place, in a comparable form (what the
   * robustness tests ask to stay the same when the text is copied otherwise).
   */
  static TreeSet<String> meetingKeys(Article a) {
    TreeSet<String> out = new TreeSet<>();
    for (Meeting m : a.meetings()) {
      TreeSet<String> sides = new TreeSet<>();
      m.participants().forEach(p -> sides.add(p.person().toString()));
      out.add(m.kind() + " " + sides + " " + m.date().map(Object::toString).orElse("-") + " "
          + m.place().map(Object::toString).orElse("-"));
    }
    return out;
  }

  /**
   * The corpus articles whose meetings change when their raw text is rewritten by {@code rewrite}
   * (given the article as parsed and its text): each as its id and the change, or its id and why
   * it was refused.
   */
  static List<String> meetingChanges(BiFunction<Article, String, String> rewrite)
      throws IOException {
    ArticleParser parser = ArticleParser.create();
    List<String> changed = new ArrayList<>();
    for (Article before : corpus().articles()) {
      String text = Files.readString(CORPUS_RAW.resolve(before.id() + ".txt"), UTF_8);
      try {
        Article after = parser.parse(before.id(), rewrite.apply(before, text));
        if (!meetingKeys(before).equals(meetingKeys(after))) {
          changed.add(before.id() + ": " + meetingKeys(before) + " -> " + meetingKeys(after));
        }
      } catch (ArticleParseException e) {
        changed.add(before.id() + ": " + e.getMessage());
      }
    }
    return changed;
  }

  /** The id vnru parse gives the file (the rule of {@link InputFiles}). */
  static String idOf(Path file) {
    return InputFiles.idOf(file);
  }

  private static Parsed parse(String name, Path dir) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.txt")) {
        s.forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    files.sort(null);
    Map<String, RawFormat> formats = new LinkedHashMap<>();
    files.forEach(f -> formats.put(idOf(f), RawFormat.of(f)));
    ParseReport report = ArticleParser.create().parseAll(files);
    return new Parsed(name, List.copyOf(files), report.articles(), report.failures(), formats);
  }
}
