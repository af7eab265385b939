package io.github.vnru.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.vnru.extract.Folding;
import io.github.vnru.model.Article;
import io.github.vnru.model.Language;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.query.internal.Clause;
import io.github.vnru.query.internal.Clauses;
import io.github.vnru.query.internal.Planner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The articles of a {@link Corpus} that pass a chain of filters. Each filter returns a new
 * immutable query; filters combine with AND, in any order, and never change the corpus. Results
 * come in corpus order unless sorted with {@link #newestFirst()} or {@link #oldestFirst()}.
 */
public final class ArticleQuery {
  private final Corpus corpus;
  private final Index index;
  private final ImmutableList<Clause> clauses;

  ArticleQuery(Corpus corpus) {
    this(corpus, ImmutableList.of());
  }

  private ArticleQuery(Corpus corpus, ImmutableList<Clause> clauses) {
    this.corpus = corpus;
    this.index = corpus.index();
    this.clauses = clauses;
  }

  private ArticleQuery and(Clause c) {
    return new ArticleQuery(corpus, ImmutableList.<Clause>builder().addAll(clauses).add(c).build());
  }

  private static Clause nothing() {
    return Clauses.indexed(0, () -> new int[0], row -> false);
  }

  /**
   * Articles written in {@code language}.
   *
   * @throws NullPointerException if {@code language} is null
   */
  public ArticleQuery inLanguage(Language language) {
    checkNotNull(language, "language");
    int l = language.ordinal();
    int[] postings = index.articlesByLanguage[l];
    return and(
        Clauses.indexed(postings.length, () -> postings, row -> index.articleLanguage[row] == l));
  }

  /**
   * Articles that name {@code name}, any name or alias of a known person, in any case, with or
   * without diacritics.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown (the message names the closest
   *     known persons) or ambiguous
   */
  public ArticleQuery mentioning(String name) {
    return mentioningPerson(corpus.persons().resolveId(name));
  }

  /**
   * Articles that name the person {@code id}.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the corpus knows no such person
   */
  public ArticleQuery mentioning(PersonId id) {
    return mentioningPerson(corpus.persons().check(id));
  }

  /**
   * Articles that name {@code person}.
   *
   * @throws NullPointerException if {@code person} is null
   */
  public ArticleQuery mentioning(Person person) {
    checkNotNull(person, "person");
    return mentioningPerson(person.id());
  }

  /**
   * Articles that name the party {@code id}.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the corpus knows no such party
   */
  public ArticleQuery mentioning(PartyId id) {
    return mentioningPartyId(corpus.parties().check(id));
  }

  /**
   * Articles that name the party {@code name}: its id, abbreviation, name in any language or
   * alias ({@code "UR"}, {@code "Nước Nga Thống nhất"}).
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if the name is blank, unknown (the message names the closest
   *     known parties) or ambiguous
   */
  public ArticleQuery mentioningParty(String name) {
    return mentioningPartyId(corpus.parties().resolveId(name));
  }

  /**
   * Articles that name the party {@code id}; the same as {@link #mentioning(PartyId)}.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the corpus knows no such party
   */
  public ArticleQuery mentioningParty(PartyId id) {
    return mentioning(id);
  }

  private ArticleQuery mentioningPerson(PersonId id) {
    Integer code = index.personCode.get(id);
    if (code == null) {
      return and(nothing());
    }
    int[] postings = index.articlesByPerson[code];
    return and(
        Clauses.indexed(
            postings.length,
            () -> postings,
            row -> index.articles.get(row).persons().contains(id)));
  }

  private ArticleQuery mentioningPartyId(PartyId id) {
    int[] postings = index.articlesByParty[index.partyCode.get(id)];
    return and(
        Clauses.indexed(
            postings.length,
            () -> postings,
            row -> index.articles.get(row).parties().contains(id)));
  }

  /**
   * Articles of {@code publisher}, a host such as {@code vietnamnews.vn} (case and a leading
   * {@code www.} ignored).
   *
   * @throws NullPointerException if {@code publisher} is null
   */
  public ArticleQuery fromPublisher(String publisher) {
    checkNotNull(publisher, "publisher");
    Integer code = index.publisherCode.get(Index.publisher(publisher));
    if (code == null) {
      return and(nothing());
    }
    int[] postings = index.articlesByPublisher[code];
    return and(
        Clauses.indexed(postings.length, () -> postings, row -> index.articlePublisher[row] == code));
  }

  /**
   * Articles published from {@code from} to {@code to}, both inclusive. Articles without a
   * publication date never match; a month-only date ({@code 2017-03}) matches only when every day
   * it could be lies inside.
   *
   * @throws NullPointerException if either date is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public ArticleQuery publishedBetween(LocalDate from, LocalDate to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(!from.isAfter(to), "from %s is after to %s", from, to);
    long lo = from.toEpochDay();
    long hi = to.toEpochDay();
    return and(
        Clauses.scan(
            row -> index.published[row] != Index.NO_DATE
                && index.published[row] >= lo
                && index.publishedLatest[row] <= hi));
  }

  /**
   * Articles whose own text (title, lead, paragraphs and captions, not boilerplate) contains
   * {@code text}, ignoring case and diacritics.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public ArticleQuery containing(String text) {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "blank search text");
    String needle = Folding.fold(text.strip());
    return and(Clauses.scan(row -> contains(index.articles.get(row), needle)));
  }

  private static boolean contains(Article a, String needle) {
    List<String> texts = new ArrayList<>();
    a.title().ifPresent(texts::add);
    a.lead().ifPresent(texts::add);
    texts.addAll(a.paragraphs());
    texts.addAll(a.captions());
    for (String t : texts) {
      if (Folding.fold(t).contains(needle)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Articles that satisfy {@code predicate}, which must not have side effects.
   *
   * @throws NullPointerException if {@code predicate} is null
   */
  public ArticleQuery where(Predicate<? super Article> predicate) {
    checkNotNull(predicate, "predicate");
    return and(Clauses.scan(row -> predicate.test(index.articles.get(row))));
  }

  /** This query sorted by publication date, newest first; undated articles come last. */
  public SortedArticleQuery newestFirst() {
    return new SortedArticleQuery(this, true, 0, Long.MAX_VALUE);
  }

  /** This query sorted by publication date, oldest first; undated articles come last. */
  public SortedArticleQuery oldestFirst() {
    return new SortedArticleQuery(this, false, 0, Long.MAX_VALUE);
  }

  /**
   * At most the first {@code n} articles in corpus order; an intermediate step, as in every
   * query type: {@code articles().limit(2).list()}.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SortedArticleQuery limit(long n) {
    checkArgument(n >= 0, "limit %s is negative", n);
    return new SortedArticleQuery(this, false, true, 0, n);
  }

  /**
   * This query in corpus order without its first {@code n} articles.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public SortedArticleQuery skip(long n) {
    checkArgument(n >= 0, "skip %s is negative", n);
    return new SortedArticleQuery(this, false, true, n, Long.MAX_VALUE);
  }

  Index index() {
    return index;
  }

  int[] rows() {
    return Planner.run(index.articles.size(), clauses);
  }

  /** The matching articles, in corpus order, as an unmodifiable list. */
  public List<Article> list() {
    return Arrays.stream(rows()).mapToObj(index.articles::get).collect(
        ImmutableList.toImmutableList());
  }

  /** The matching articles, in corpus order. */
  public Stream<Article> stream() {
    return list().stream();
  }

  /** The number of matching articles. */
  public long count() {
    return rows().length;
  }

  /** The first matching article in corpus order, if any. */
  public Optional<Article> first() {
    int[] rows = rows();
    return rows.length == 0 ? Optional.empty() : Optional.of(index.articles.get(rows[0]));
  }

  @Override
  public String toString() {
    return "ArticleQuery(" + clauses.size() + " filters)";
  }
}
