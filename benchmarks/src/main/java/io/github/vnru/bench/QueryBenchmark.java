package io.github.vnru.bench;

import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PersonId;
import io.github.vnru.query.Corpus;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Query latency on {@link SyntheticCorpus} corpora of 10^4, 10^5 and 10^6 meetings: each indexed
 * {@link Corpus} query next to a plain linear stream scan over a flat list of the same meetings
 * ({@code scan*}), which gives the same answer (checked in setup).
 *
 * <ul>
 *   <li>{@code selective}: one person, one year ({@code involving(p).inYears(y, y).list()});
 *   <li>{@code twoPerson}: meetings of two given persons ({@code involving(a).with(b).list()});
 *   <li>{@code broad}: every phone call, all years ({@code ofKind(PHONE_CALL).list()});
 *   <li>{@code aggregation}: a person's meetings per year ({@code involving(p).countByYear()}).
 * </ul>
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx8g"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class QueryBenchmark {

  /** The corpus, its meetings as a flat list for the scans, and the query arguments. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"10000", "100000", "1000000"})
    public int meetings;

    public Corpus corpus;
    public List<Meeting> flat;
    public PersonId person = SyntheticCorpus.ru(42);
    public PersonId other = SyntheticCorpus.vn(17);
    public int year = 2015;

    @Setup
    public void build() {
      List<Article> articles = SyntheticCorpus.generate(meetings);
      corpus = Corpus.of(articles);
      flat = articles.stream().flatMap(a -> a.meetings().stream()).collect(Collectors.toList());
      QueryBenchmark b = new QueryBenchmark();
      check("selective", b.selective(this).size(), b.scanSelective(this).size());
      check("twoPerson", b.twoPerson(this).size(), b.scanTwoPerson(this).size());
      check("broad", b.broad(this).size(), b.scanBroad(this).size());
      check("aggregation", b.aggregation(this), b.scanAggregation(this));
      System.out.printf(
          "%n%d meetings: selective %d, twoPerson %d, broad %d results; aggregation %s%n",
          flat.size(),
          b.selective(this).size(),
          b.twoPerson(this).size(),
          b.broad(this).size(),
          b.aggregation(this));
    }

    private static void check(String what, Object indexed, Object scan) {
      if (!Objects.equals(indexed, scan)) {
        throw new IllegalStateException(what + ": index gives " + indexed + ", scan " + scan);
      }
    }
  }

  @Benchmark
  public List<Meeting> selective(Data d) {
    return d.corpus.meetings().involving(d.person).inYears(d.year, d.year).list();
  }

  @Benchmark
  public List<Meeting> scanSelective(Data d) {
    return d.flat.stream()
        .filter(m -> involves(m, d.person) && yearOf(m.date()) == d.year)
        .collect(Collectors.toList());
  }

  @Benchmark
  public List<Meeting> twoPerson(Data d) {
    return d.corpus.meetings().involving(d.person).with(d.other).list();
  }

  @Benchmark
  public List<Meeting> scanTwoPerson(Data d) {
    return d.flat.stream()
        .filter(m -> involves(m, d.person) && involves(m, d.other))
        .collect(Collectors.toList());
  }

  @Benchmark
  public List<Meeting> broad(Data d) {
    return d.corpus.meetings().ofKind(MeetingKind.PHONE_CALL).list();
  }

  @Benchmark
  public List<Meeting> scanBroad(Data d) {
    return d.flat.stream()
        .filter(m -> m.kind() == MeetingKind.PHONE_CALL)
        .collect(Collectors.toList());
  }

  @Benchmark
  public Map<Year, Long> aggregation(Data d) {
    return d.corpus.meetings().involving(d.person).countByYear();
  }

  @Benchmark
  public Map<Year, Long> scanAggregation(Data d) {
    return d.flat.stream()
        .filter(m -> involves(m, d.person) && yearOf(m.date()) != 0)
        .collect(
            Collectors.groupingBy(
                m -> Year.of(yearOf(m.date())), TreeMap::new, Collectors.counting()));
  }

  private static boolean involves(Meeting m, PersonId p) {
    for (Participant x : m.participants()) {
      if (x.person().equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** The year of a date whose year is known, else 0. */
  private static int yearOf(Optional<PartialDate> date) {
    if (date.isEmpty()) {
      return 0;
    }
    OptionalInt y = date.get().year();
    return y.orElse(0);
  }
}
