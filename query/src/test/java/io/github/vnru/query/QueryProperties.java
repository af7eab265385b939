package io.github.vnru.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.vnru.model.Article;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.query.internal.NameIndex;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Query laws, checked against a brute-force scan over every meeting of random corpora. */
final class QueryProperties {
  private static final int EXAMPLES = 300;

  /** One filter: how to add it to a query, and what it means for one meeting. */
  private static final class Op {
    final String name;
    final UnaryOperator<MeetingQuery> apply;
    final Oracle oracle;

    Op(String name, UnaryOperator<MeetingQuery> apply, Oracle oracle) {
      this.name = name;
      this.apply = apply;
      this.oracle = oracle;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private interface Oracle {
    boolean test(MeetingRecord r, boolean uncertain);
  }

  private static boolean inRange(
      Optional<PartialDate> date, LocalDate from, LocalDate to, boolean uncertain) {
    if (date.isEmpty()) {
      return false;
    }
    PartialDate p = date.get();
    if (p.year().isPresent()) {
      LocalDate e = p.earliest().orElseThrow();
      LocalDate l = p.latest().orElseThrow();
      return uncertain
          ? !l.isBefore(from) && !e.isAfter(to)
          : !e.isBefore(from) && !l.isAfter(to);
    }
    if (!uncertain) {
      return false; // every generated range is bounded
    }
    for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
      if (x.getMonthValue() == p.month().getAsInt() && x.getDayOfMonth() == p.day().getAsInt()) {
        return true;
      }
    }
    return false;
  }

  private static Op op(Random r) {
    switch (r.nextInt(13)) {
      case 0: {
        PersonId p = Generators.pick(r, Generators.PERSONS);
        return new Op("involving(" + p + ")", q -> q.involving(p),
            (m, u) -> m.meeting().participantIds().contains(p));
      }
      case 1: {
        Person p = Generators.pick(r, Fixtures.persons());
        String name = r.nextBoolean() ? p.name() : Generators.pick(r, p.aliases());
        return new Op("with(\"" + name + "\")", q -> q.with(name),
            (m, u) -> m.meeting().participantIds().contains(p.id()));
      }
      case 2: {
        PartyId p = Generators.pick(r, Generators.PARTIES);
        return new Op("ofParty(" + p + ")", q -> q.ofParty(p),
            (m, u) -> m.meeting().parties().contains(p));
      }
      case 3: {
        MeetingKind a = Generators.pick(r, List.of(MeetingKind.values()));
        MeetingKind b = Generators.pick(r, List.of(MeetingKind.values()));
        Set<MeetingKind> kinds = EnumSet.of(a, b);
        return new Op("ofKind(" + kinds + ")", q -> q.ofKind(a, b),
            (m, u) -> kinds.contains(m.meeting().kind()));
      }
      case 4: {
        LocalDate x = Generators.day(r);
        LocalDate y = x.plusDays(r.nextInt(r.nextBoolean() ? 40 : 900));
        return new Op("between(" + x + ", " + y + ")", q -> q.between(x, y),
            (m, u) -> inRange(m.meeting().date(), x, y, u));
      }
      case 5: {
        int y = 2018 + r.nextInt(5);
        return new Op("in(" + y + ")", q -> q.in(Year.of(y)),
            (m, u) -> inRange(m.meeting().date(), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), u));
      }
      case 6: {
        String c = Generators.pick(r, List.of("RU", "vn", "KP", "CN"));
        return new Op("inCountry(" + c + ")", q -> q.inCountry(c),
            (m, u) -> m.meeting().place().map(Place::country).equals(
                Optional.of(c.toUpperCase(java.util.Locale.ROOT))));
      }
      case 7: {
        String c = Generators.pick(r, List.of("moscow", "Ha Noi", "Hà Nội", "Paris"));
        return new Op("inCity(" + c + ")", q -> q.inCity(c),
            (m, u) -> m.meeting().place().flatMap(Place::city)
                .map(x -> NameIndex.compact(x).equals(NameIndex.compact(c))).orElse(false));
      }
      case 8: {
        Language l = r.nextBoolean() ? Language.VIETNAMESE : Language.ENGLISH;
        return new Op("inLanguage(" + l + ")", q -> q.inLanguage(l),
            (m, u) -> m.article().language() == l);
      }
      case 9: {
        String p = Generators.pick(r, Generators.PUBLISHERS);
        return new Op("fromPublisher(" + p + ")", q -> q.fromPublisher(p),
            (m, u) -> m.article().publisher().equals(Optional.of(p)));
      }
      case 10: {
        String w = Generators.pick(r, List.of("dien dam", "HỘI", "energy", "talks 1"));
        return new Op("containing(" + w + ")", q -> q.containing(w),
            (m, u) -> io.github.vnru.extract.Folding.fold(m.meeting().evidence().sentence())
                .contains(io.github.vnru.extract.Folding.fold(w)));
      }
      case 11:
        return new Op("where(2+ participants)", q -> q.where(m -> m.participants().size() >= 2),
            (m, u) -> m.meeting().participants().size() >= 2);
      default:
        return new Op("includingUncertainDates()", MeetingQuery::includingUncertainDates,
            (m, u) -> true);
    }
  }

  private static List<Op> chain(long seed) {
    Random r = new Random(seed);
    int n = r.nextInt(5);
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(op(r));
    }
    return ops;
  }

  private static MeetingQuery apply(Corpus corpus, List<Op> ops) {
    MeetingQuery q = corpus.meetings();
    for (Op op : ops) {
      q = op.apply.apply(q);
    }
    return q;
  }

  private static List<MeetingRecord> oracle(Corpus corpus, List<Op> ops) {
    boolean uncertain = ops.stream().anyMatch(o -> o.name.equals("includingUncertainDates()"));
    List<MeetingRecord> out = new ArrayList<>();
    for (Article a : corpus.articleList()) {
      for (Meeting m : a.meetings()) {
        MeetingRecord rec = new MeetingRecord(m, a);
        if (ops.stream().allMatch(o -> o.oracle.test(rec, uncertain))) {
          out.add(rec);
        }
      }
    }
    return out;
  }

  /** Records as the oracle makes them: participants named by id. */
  private static List<MeetingRecord> withIdNames(List<MeetingRecord> records) {
    List<MeetingRecord> out = new ArrayList<>();
    records.forEach(r -> out.add(new MeetingRecord(r.meeting(), r.article())));
    return out;
  }

  @Test
  void every_indexed_query_equals_a_brute_force_scan() {
    qt().withExamples(EXAMPLES).forAll(Generators.corpora(), Generators.seeds())
        .checkAssert((articles, seed) -> {
          Corpus corpus = Generators.corpus(articles);
          List<Op> ops = chain(seed);
          assertEquals(oracle(corpus, ops), withIdNames(apply(corpus, ops).records()), ops.toString());
          assertEquals(oracle(corpus, ops).size(), apply(corpus, ops).count());
        });
  }

  @Test
  void every_reordering_of_filters_gives_the_same_result() {
    qt().withExamples(EXAMPLES).forAll(Generators.corpora(), Generators.seeds())
        .checkAssert((articles, seed) -> {
          Corpus corpus = Generators.corpus(articles);
          List<Op> ops = chain(seed);
          List<Op> shuffled = new ArrayList<>(ops);
          Collections.shuffle(shuffled, new Random(seed + 1));
          assertEquals(apply(corpus, ops).records(), apply(corpus, shuffled).records(),
              ops + " vs " + shuffled);
        });
  }

  @Test
  void adding_a_filter_never_increases_the_count() {
    qt().withExamples(EXAMPLES).forAll(Generators.corpora(), Generators.seeds())
        .checkAssert((articles, seed) -> {
          Corpus corpus = Generators.corpus(articles);
          List<Op> ops = chain(seed);
          Op extra = op(new Random(seed ^ 0x5DEECE66DL));
          if (extra.name.equals("includingUncertainDates()")) {
            return; // widens date filters by design
          }
          MeetingQuery q = apply(corpus, ops);
          assertTrue(extra.apply.apply(q).count() <= q.count(), ops + " + " + extra);
        });
  }

  @Test
  void sorting_is_a_date_ordered_permutation_and_limit_gives_at_most_n() {
    qt().withExamples(EXAMPLES).forAll(Generators.corpora(), Generators.seeds())
        .checkAssert((articles, seed) -> {
          Corpus corpus = Generators.corpus(articles);
          MeetingQuery q = apply(corpus, chain(seed));
          List<Meeting> plain = q.list();
          List<Meeting> oldest = q.oldestFirst().list();
          List<Meeting> newest = q.newestFirst().list();
          assertEquals(new HashSet<>(plain), new HashSet<>(oldest));
          assertEquals(plain.size(), newest.size());
          for (int i = 1; i < oldest.size(); i++) {
            assertTrue(order(oldest.get(i - 1)) <= order(oldest.get(i)), oldest.toString());
          }
          int n = new Random(seed).nextInt(5);
          assertTrue(q.newestFirst().limit(n).count() <= n);
          assertEquals(newest.subList(Math.min(1, newest.size()),
              Math.min(1 + n, newest.size())), q.newestFirst().skip(1).limit(n).list());
        });
  }

  /** A number in the documented oldest-first order: known years, then month-days, then undated. */
  private static long order(Meeting m) {
    Optional<PartialDate> d = m.date();
    if (d.isEmpty()) {
      return Long.MAX_VALUE;
    }
    PartialDate p = d.get();
    long key = p.year().orElse(0) * 10000L + p.month().orElse(0) * 100 + p.day().orElse(0);
    return p.year().isPresent() ? key : 100_000_000L + key;
  }

  @Test
  void queries_never_mutate_the_corpus() {
    qt().withExamples(100).forAll(Generators.corpora(), Generators.seeds())
        .checkAssert((articles, seed) -> {
          Corpus corpus = Generators.corpus(articles);
          String before = json(corpus);
          MeetingQuery q = apply(corpus, chain(seed));
          List<MeetingRecord> first = q.records();
          apply(corpus, chain(seed + 7)).newestFirst().limit(3).list();
          q.events().countByYear();
          q.graph();
          assertEquals(first, q.records());
          assertEquals(before, json(corpus));
          assertEquals(articles, corpus.articleList());
        });
  }

  @Test
  void events_partition_the_meetings_into_compatible_reports() {
    qt().withExamples(EXAMPLES).forAll(Generators.corpora(), Generators.seeds())
        .checkAssert((articles, seed) -> {
          Corpus corpus = Generators.corpus(articles);
          List<Event> events = corpus.events().list();
          assertEquals(corpus.eventCount(), events.size());
          assertEquals(corpus.meetingCount(),
              events.stream().mapToInt(e -> e.sources().size()).sum());
          for (Event e : events) {
            for (MeetingRecord a : e.sources()) {
              assertEquals(e.kind(), a.meeting().kind());
              assertEquals(e.participants(), a.meeting().participantIds());
              for (MeetingRecord b : e.sources()) {
                if (a.meeting().date().isPresent() && b.meeting().date().isPresent()) {
                  assertTrue(a.meeting().date().get().isCompatibleWith(b.meeting().date().get()),
                      e.toString());
                }
              }
            }
          }
          // an event query counts the events with a matching report
          MeetingQuery q = apply(corpus, chain(seed));
          long expected = events.stream()
              .filter(e -> e.sources().stream().anyMatch(s -> q.records().contains(s)))
              .count();
          assertEquals(expected, q.events().count());
          assertEquals(expected, q.events().list().size());
        });
  }

  @Test
  void article_queries_equal_a_brute_force_scan() {
    qt().withExamples(EXAMPLES).forAll(Generators.corpora(), Generators.seeds())
        .checkAssert((articles, seed) -> {
          Corpus corpus = Generators.corpus(articles);
          Random r = new Random(seed);
          PersonId p = Generators.pick(r, Generators.PERSONS);
          PartyId party = Generators.pick(r, Generators.PARTIES);
          Language l = r.nextBoolean() ? Language.VIETNAMESE : Language.ENGLISH;
          LocalDate from = Generators.day(r);
          LocalDate to = from.plusDays(r.nextInt(800));
          ArticleQuery q = corpus.articles();
          List<java.util.function.Predicate<Article>> oracle = new ArrayList<>();
          if (r.nextBoolean()) {
            q = q.mentioning(p);
            oracle.add(a -> a.persons().contains(p));
          }
          if (r.nextBoolean()) {
            q = q.mentioningParty(party);
            oracle.add(a -> a.parties().contains(party));
          }
          if (r.nextBoolean()) {
            q = q.inLanguage(l);
            oracle.add(a -> a.language() == l);
          }
          if (r.nextBoolean()) {
            q = q.publishedBetween(from, to);
            // a month-only date matches when every day it could be lies inside
            oracle.add(a -> a.publishedDate()
                .map(d -> !d.earliest().get().isBefore(from) && !d.latest().get().isAfter(to))
                .orElse(false));
          }
          List<Article> expected = articles.stream()
              .filter(a -> oracle.stream().allMatch(o -> o.test(a)))
              .collect(Collectors.toList());
          assertEquals(expected, q.list());
          List<Article> newest = q.newestFirst().list();
          assertEquals(new HashSet<>(expected), new HashSet<>(newest));
          for (int i = 1; i < newest.size(); i++) {
            Optional<LocalDate> a = newest.get(i - 1).publishedDate().flatMap(d -> d.earliest());
            Optional<LocalDate> b = newest.get(i).publishedDate().flatMap(d -> d.earliest());
            assertTrue(b.isEmpty() || (a.isPresent() && !a.get().isBefore(b.get())));
          }
        });
  }

  @Test
  void json_lines_round_trip() {
    qt().withExamples(100).forAll(Generators.corpora()).checkAssert(articles -> {
      Corpus corpus = Generators.corpus(articles);
      try {
        assertEquals(articles,
            Corpus.readJsonLines(new StringReader(json(corpus))).articleList());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String json(Corpus corpus) {
    StringWriter w = new StringWriter();
    try {
      corpus.writeJsonLines(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
