package io.github.vnru.bench;

import io.github.vnru.extract.DateMention;
import io.github.vnru.extract.ExtractionInput;
import io.github.vnru.extract.ExtractionResult;
import io.github.vnru.extract.ExtractionStages;
import io.github.vnru.extract.Extractor;
import io.github.vnru.extract.Registry;
import io.github.vnru.extract.Segment;
import io.github.vnru.extract.SegmentKind;
import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.DateFinder;
import io.github.vnru.parser.internal.HeaderReader;
import io.github.vnru.parser.internal.LanguageGuesser;
import io.github.vnru.parser.internal.Line;
import io.github.vnru.parser.internal.Segmenter;
import io.github.vnru.parser.internal.SentenceSplitter;
import io.github.vnru.parser.internal.TextNormalizer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput per stage, one in-memory article per operation, each stage fed the previous
 * stages' output computed in setup. Every stage counts the article's raw input bytes in {@code
 * :bytes}, so the stages' MB/s compare directly, and 1/throughput adds up (roughly) to the
 * pipeline's cost: {@code decodeNormalize}, {@code lines} + {@code header}, {@code segment},
 * {@code sentencesAndDates}, {@code language}, {@code mentions}, {@code meetings}, then {@code
 * assemble} (everything after decoding, with the model's validation) and {@code json}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5) // the extraction code needs ~10 s of JIT warm-up
@Measurement(iterations = 3, time = 1)
public class StageBenchmark {

  /** Every stage's input, for every article of the in-memory corpus. */
  @State(Scope.Benchmark)
  public static class Stages {
    public Registry registry;
    public Extractor extractor;
    public String[] texts;
    public List<Line>[] lines;
    public HeaderReader.Header[] headers;
    public ExtractionInput[] inputs;
    public String[] ownText;
    public Object[] mentions;
    public Article[] articles;

    @Setup
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void prepare(InMemoryCorpus corpus) throws ArticleParseException {
      registry = Registry.defaults();
      extractor = Extractor.of(registry);
      int n = corpus.bytes.length;
      texts = new String[n];
      lines = new List[n];
      headers = new HeaderReader.Header[n];
      inputs = new ExtractionInput[n];
      ownText = new String[n];
      mentions = new Object[n];
      articles = new Article[n];
      for (int i = 0; i < n; i++) {
        texts[i] = TextNormalizer.decode(corpus.ids[i], corpus.bytes[i]);
        lines[i] = Line.split(texts[i]);
        headers[i] = HeaderReader.read(lines[i]);
        ArticleAssembler.Parsed parsed =
            ArticleAssembler.assemble(corpus.ids[i], corpus.ids[i], texts[i], extractor);
        inputs[i] = parsed.input();
        articles[i] = parsed.article();
        StringBuilder own = new StringBuilder();
        for (Segment s : inputs[i].segments()) {
          if (s.kind() != SegmentKind.CAPTION) {
            own.append(s.text()).append('\n');
          }
        }
        ownText[i] = own.toString();
        mentions[i] = ExtractionStages.mentions(registry, inputs[i]);
      }
    }
  }

  /** Strict UTF-8 decoding, BOM and line ends, NFC. */
  @Benchmark
  public String decodeNormalize(
      InMemoryCorpus corpus, InMemoryCorpus.Cursor cursor, ByteCounter counter)
      throws ArticleParseException {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return TextNormalizer.decode(corpus.ids[i], corpus.bytes[i]);
  }

  /** Splitting the normalised text into lines. */
  @Benchmark
  public List<Line> lines(
      InMemoryCorpus corpus, Stages s, InMemoryCorpus.Cursor cursor, ByteCounter counter) {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return Line.split(s.texts[i]);
  }

  /** Reading URL and date header lines. */
  @Benchmark
  public HeaderReader.Header header(
      InMemoryCorpus corpus, Stages s, InMemoryCorpus.Cursor cursor, ByteCounter counter) {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return HeaderReader.read(s.lines[i]);
  }

  /** Title, lead, paragraphs, captions, credits and boilerplate. */
  @Benchmark
  public Segmenter.Layout segment(
      InMemoryCorpus corpus, Stages s, InMemoryCorpus.Cursor cursor, ByteCounter counter) {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return Segmenter.segmentText(s.texts[i], s.headers[i].content(), Optional.empty(), List.of());
  }

  /** Sentence splitting and date finding over the searchable segments. */
  @Benchmark
  public void sentencesAndDates(
      InMemoryCorpus corpus,
      Stages s,
      InMemoryCorpus.Cursor cursor,
      ByteCounter counter,
      Blackhole bh) {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    ExtractionInput in = s.inputs[i];
    for (Segment seg : in.segments()) {
      for (SentenceSplitter.Span span : SentenceSplitter.split(seg.text())) {
        DateFinder.Result r =
            DateFinder.find(
                span.text(),
                seg.start() + span.start(),
                in.publishedDate().map(PartialDate::of),
                0);
        List<DateMention> dates = r.dates();
        bh.consume(dates);
      }
    }
  }

  /** Guessing the language. */
  @Benchmark
  public Object language(
      InMemoryCorpus corpus, Stages s, InMemoryCorpus.Cursor cursor, ByteCounter counter) {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return LanguageGuesser.guess(s.ownText[i]);
  }

  /** Finding the persons, parties and places named (the first half of extraction). */
  @Benchmark
  public Object mentions(
      InMemoryCorpus corpus, Stages s, InMemoryCorpus.Cursor cursor, ByteCounter counter) {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return ExtractionStages.mentions(s.registry, s.inputs[i]);
  }

  /** Finding the meetings from the mentions (the second half of extraction). */
  @Benchmark
  public List<Meeting> meetings(
      InMemoryCorpus corpus, Stages s, InMemoryCorpus.Cursor cursor, ByteCounter counter) {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return ExtractionStages.meetings(s.registry, s.mentions[i], s.inputs[i]);
  }

  /** The whole public extraction: mentions, meetings and the result's model objects. */
  @Benchmark
  public ExtractionResult extract(
      InMemoryCorpus corpus, Stages s, InMemoryCorpus.Cursor cursor, ByteCounter counter) {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return s.extractor.extract(s.inputs[i]);
  }

  /** Everything after decoding: lines, headers, segments, sentences, extraction, the Article. */
  @Benchmark
  public Article assemble(
      InMemoryCorpus corpus, Stages s, InMemoryCorpus.Cursor cursor, ByteCounter counter)
      throws ArticleParseException {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return ArticleAssembler.assemble(corpus.ids[i], corpus.ids[i], s.texts[i], s.extractor)
        .article();
  }

  /** Writing the parsed article as JSON ({@code vnru parse} output). */
  @Benchmark
  public String json(
      InMemoryCorpus corpus, Stages s, InMemoryCorpus.Cursor cursor, ByteCounter counter) {
    int i = cursor.next(corpus.bytes.length);
    counter.bytes += corpus.bytes[i].length;
    return VnruJson.write(s.articles[i]);
  }
}
