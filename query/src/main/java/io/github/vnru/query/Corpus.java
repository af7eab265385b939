package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import io.github.vnru.extract.Registry;
import io.github.vnru.model.Article;
import io.github.vnru.model.Party;
import io.github.vnru.model.Person;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.ParseReport;
import io.github.vnru.parser.Seeds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An immutable collection of parsed articles with indexes over their meetings, and the entry point
 * of every query:
 *
 * <pre>{@code
 * Corpus corpus = Corpus.seeds();
 * List<Meeting> calls = corpus.meetings()
 *     .involving("Nguyễn Phú Trọng").with("putin")
 *     .ofKind(MeetingKind.PHONE_CALL)
 *     .between(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))
 *     .sortedByDate()
 *     .list();
 * }</pre>
 *
 * <p>Indexes of meetings by person, party, kind, year, country, language and publisher, and of
 * articles by language, publisher, person and party, are built once when the corpus is made.
 * Queries never change a corpus, and a corpus is safe to share between threads.
 */
public final class Corpus {
  private static final Supplier<Corpus> SEEDS =
      Suppliers.memoize(() -> of(Seeds.articles(), Registry.defaults()));

  private final Index index;
  private final Persons persons;
  private final Parties parties;

  private Corpus(Index index) {
    this.index = index;
    this.persons = new Persons(index);
    this.parties = new Parties(index);
  }

  /**
   * A corpus of {@code articles}, with the built-in registry's persons and parties.
   *
   * @throws NullPointerException if {@code articles} or one of them is null
   * @throws IllegalArgumentException if two articles have the same id
   */
  public static Corpus of(Iterable<Article> articles) {
    return of(articles, Registry.defaults());
  }

  /**
   * A corpus of {@code articles}, with the built-in registry's persons and parties.
   *
   * @throws NullPointerException if {@code articles} or one of them is null
   * @throws IllegalArgumentException if two articles have the same id
   */
  public static Corpus of(Article... articles) {
    checkNotNull(articles, "articles");
    return of(Arrays.asList(articles));
  }

  /**
   * A corpus of {@code articles}, whose names resolve with {@code registry}.
   *
   * @throws NullPointerException if an argument or article is null
   * @throws IllegalArgumentException if two articles have the same id
   */
  public static Corpus of(Iterable<Article> articles, Registry registry) {
    checkNotNull(registry, "registry");
    return builder().addArticles(articles).registry(registry).build();
  }

  /** A builder, for a corpus with persons and parties beyond (or instead of) a registry's. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses raw article files (text or HTML pages) and folders with the default parser, on all
   * cores; a folder is walked recursively for its {@code .txt}, {@code .jsonl} and HTML
   * ({@code .html}, {@code .htm}, {@code .html.gz}) files, in any case (see {@link
   * io.github.vnru.parser.InputFiles}, which also says how ids stay unique across sub-folders); a
   * JSON Lines file written by {@code vnru parse} (recognised by its content, whatever its name)
   * gives the articles it holds. A path that does not exist is a problem, and the other paths
   * are still read; files and folders left out are listed in {@link LoadResult#skipped()}. Only
   * unreadable input is a problem: any file with article
   * text gives an article, with typed warnings for what could not be read. One bad file never
   * stops the others: the result holds a corpus of every article that parsed, in file order, and
   * one problem line per file that did not.
   *
   * @throws NullPointerException if {@code paths} or one of them is null
   */
  public static LoadResult load(Path... paths) {
    return load(ArticleParser.create(), paths);
  }

  /**
   * Like {@link #load(Path...)}, with {@code parser} (and its registry, also used to resolve names
   * in queries).
   *
   * @throws NullPointerException if an argument is null
   */
  public static LoadResult load(ArticleParser parser, Path... paths) {
    checkNotNull(parser, "parser");
    checkNotNull(paths, "paths");
    List<Path> list = new ArrayList<>();
    for (Path p : paths) {
      list.add(checkNotNull(p, "path"));
    }
    ParseReport report = parser.parseAll(list);
    List<String> problems = new ArrayList<>(report.problems());
    List<Article> articles = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Article a : report.articles()) {
      if (ids.add(a.id())) {
        articles.add(a);
      } else {
        problems.add(
            "article id '" + a.id() + "' comes more than once (a JSON Lines file read with the"
                + " files it was parsed from?); only the first is kept");
      }
    }
    return new LoadResult(of(articles, parser.registry()), problems, report.skipped());
  }

  /**
   * Reads a corpus from JSON Lines, one {@link Article} per line as {@code vnru parse} writes
   * them; blank lines are skipped.
   *
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the line if a line is not a valid article
   */
  public static Corpus readJsonLines(Path file) throws IOException {
    checkNotNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readJsonLines(r, file.toString());
    }
  }

  /**
   * Reads a corpus from JSON Lines, one {@link Article} per line; blank lines are skipped. The
   * reader is not closed.
   *
   * @throws NullPointerException if {@code reader} is null
   * @throws IOException if reading fails
   * @throws IllegalArgumentException naming the line if a line is not a valid article
   */
  public static Corpus readJsonLines(Reader reader) throws IOException {
    checkNotNull(reader, "reader");
    return readJsonLines(reader, "<reader>");
  }

  private static Corpus readJsonLines(Reader reader, String name) throws IOException {
    BufferedReader in =
        reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader);
    List<Article> articles = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        articles.add(VnruJson.read(line, Article.class));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return of(articles);
  }

  /**
   * The five embedded seed articles, parsed with the default parser and registry (read pre-parsed:
   * {@link Seeds#articles()}); built once.
   */
  public static Corpus seeds() {
    return SEEDS.get();
  }

  /**
   * Writes every article as one JSON line, in corpus order; {@link #readJsonLines} reads it back
   * into an equal corpus. The writer is flushed, not closed.
   *
   * @throws NullPointerException if {@code writer} is null
   * @throws IOException if writing fails
   */
  public void writeJsonLines(Writer writer) throws IOException {
    checkNotNull(writer, "writer");
    for (Article a : index.articles) {
      writer.write(VnruJson.write(a));
      writer.write('\n');
    }
    writer.flush();
  }

  /**
   * Writes every article as one JSON line to {@code file} in UTF-8, replacing it.
   *
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if writing fails
   */
  public void writeJsonLines(Path file) throws IOException {
    checkNotNull(file, "file");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeJsonLines(w);
    }
  }

  /** A query over every meeting of every article. */
  public MeetingQuery meetings() {
    return new MeetingQuery(this);
  }

  /** A query over every article. */
  public ArticleQuery articles() {
    return new ArticleQuery(this);
  }

  /**
   * A query over events: real meetings, each with every report of it. Two reports are of the same
   * event when they have the same kind and the same participants (in either language) and their
   * dates agree, the way a news reader would judge it:
   *
   * <ul>
   *   <li><b>Same day.</b> Reports with the same full date ({@code 2021-04-05}) are one event;
   *       different full dates are different events. A day and month without a year ({@code
   *       --06-20}) in an article with a published date is the last such day on or before the
   *       day after publication.
   *   <li><b>A year or a month</b> ({@code 2021}, {@code 2021-04}) joins the one event that can
   *       fall in it.
   *   <li><b>Undated news.</b> An article reports a meeting shortly after it happens: an undated
   *       report that is not recalled, in an article published on day {@code P}, is of a meeting
   *       held from {@code P - 7} to {@code P + 1} (a page can be dated a day early across time
   *       zones), and joins the one event that can fall then. Undated reports of the same week
   *       with no dated report are one event.
   *   <li><b>A day and month with neither year nor published date</b> joins the one event that
   *       can be on that day and month; reports of the same day and month that match none are one
   *       event. Letters are the exception: they mark yearly occasions (a national day, the new
   *       year), so a letter dated by day and month only is not grouped.
   *   <li><b>Recalled meetings</b> ({@link io.github.vnru.model.Meeting#recalled()}) are anchored
   *       on their own stated date only, never on their article's; an undated recalled meeting
   *       ("during their recent phone call") joins the one event of the year before its article
   *       was published (before that day: the meeting of the day it reports is not the one it
   *       recalls).
   *   <li><b>Otherwise alone.</b> An undated report in an article without a published date could
   *       be any meeting of those people in any year, so it is an event of its own.
   * </ul>
   *
   * <p><b>Places.</b> A report that is not dated to the day joins no event whose reports place
   * the meeting in another country than it does (a report naming no country may join any);
   * reports of one full date are one event whatever place they name.
   *
   * <p>"The one event" means exactly one: a report that fits two events (an undated report
   * published the week after two meetings, a year with two meetings in it) joins neither, so an
   * imprecise report never bridges two dated meetings, and the grouping does not depend on the
   * order of the articles. A report never joins an event that already holds a report of its own
   * article: an article that names two meetings of the same people (this week's talks and last
   * year's) reports two meetings. Events are built once, when the corpus is, in time near-linear
   * in the number of meetings. Counts over events are counts of real meetings, not of articles.
   */
  public EventQuery events() {
    return new EventQuery(meetings());
  }

  /** The persons this corpus knows, to resolve names. */
  public Persons persons() {
    return persons;
  }

  /** The parties this corpus knows, to resolve names. */
  public Parties parties() {
    return parties;
  }

  /**
   * The article with this id, if any.
   *
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<Article> article(String id) {
    checkNotNull(id, "id");
    return index.articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** Every article, in corpus order, as an unmodifiable list. */
  public List<Article> articleList() {
    return index.articles;
  }

  /** The number of articles. */
  public int articleCount() {
    return index.articles.size();
  }

  /** The number of meetings (reports) over all articles. */
  public int meetingCount() {
    return index.meetingCount();
  }

  /** The number of events (real meetings) over all articles. */
  public int eventCount() {
    return index.eventCount();
  }

  Index index() {
    return index;
  }

  /**
   * Whether {@code o} is a corpus of equal articles in the same order. The persons and parties
   * used to resolve names are not compared, so a corpus written with {@link
   * #writeJsonLines(Writer)} and read back with {@link #readJsonLines(Reader)} equals the original.
   */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof Corpus && ((Corpus) o).index.articles.equals(index.articles));
  }

  @Override
  public int hashCode() {
    return index.articles.hashCode();
  }

  @Override
  public String toString() {
    return "Corpus(" + articleCount() + " articles, " + meetingCount() + " meetings)";
  }

  /** Builds a {@link Corpus} from articles, registries and extra persons and parties. */
  public static final class Builder {
    private final List<Article> articles = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<Party> parties = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an article.
     *
     * @throws NullPointerException if {@code article} is null
     */
    public Builder addArticle(Article article) {
      articles.add(checkNotNull(article, "article"));
      return this;
    }

    /**
     * Adds articles.
     *
     * @throws NullPointerException if {@code articles} or one of them is null
     */
    public Builder addArticles(Iterable<Article> articles) {
      checkNotNull(articles, "articles");
      articles.forEach(this::addArticle);
      return this;
    }

    /**
     * Adds a registry's persons and parties. An entry added earlier wins over a later one with the
     * same id.
     *
     * @throws NullPointerException if {@code registry} is null
     */
    public Builder registry(Registry registry) {
      checkNotNull(registry, "registry");
      registry.persons().forEach(this::addPerson);
      registry.parties().forEach(this::addParty);
      return this;
    }

    /**
     * Adds a person, whose names and aliases then resolve.
     *
     * @throws NullPointerException if {@code person} is null
     */
    public Builder addPerson(Person person) {
      persons.add(checkNotNull(person, "person"));
      return this;
    }

    /**
     * Adds a party, whose names and aliases then resolve.
     *
     * @throws NullPointerException if {@code party} is null
     */
    public Builder addParty(Party party) {
      parties.add(checkNotNull(party, "party"));
      return this;
    }

    /**
     * The corpus.
     *
     * @throws IllegalArgumentException if two articles have the same id
     */
    public Corpus build() {
      return new Corpus(new Index(ImmutableList.copyOf(articles), persons, parties));
    }
  }
}
