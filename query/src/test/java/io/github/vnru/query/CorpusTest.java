package io.github.vnru.query;

import static io.github.vnru.query.Fixtures.PUTIN;
import static io.github.vnru.query.Fixtures.TO_LAM;
import static io.github.vnru.query.Fixtures.TRONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.model.Language;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PartyId;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CorpusTest {
  private final Corpus corpus = Fixtures.corpus();

  private static List<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).collect(Collectors.toList());
  }

  @Test
  void articles_filters() {
    assertEquals(List.of("003", "005", "006"),
        ids(corpus.articles().inLanguage(Language.ENGLISH).list()));
    assertEquals(List.of("002", "005", "006"), ids(corpus.articles().mentioningParty("UR").list()));
    assertEquals(List.of("002", "005", "006"), ids(corpus.articles().mentioning(PartyId.UR).list()));
    assertEquals(List.of("001", "004", "005"), ids(corpus.articles().mentioning("V. Pu-tin").list()));
    assertEquals(List.of("001", "004", "005"), ids(corpus.articles().mentioning(PUTIN).list()));
    assertEquals(List.of("003", "005"),
        ids(corpus.articles().fromPublisher("vietnamnews.vn").list()));
    assertEquals(List.of("001", "005"), ids(corpus.articles()
        .publishedBetween(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30)).list()));
    assertEquals(List.of("002"), ids(corpus.articles().containing("article 002").list()));
    assertEquals(List.of("000"), ids(corpus.articles().where(a -> a.id().equals("000")).list()));
    assertThrows(IllegalArgumentException.class, () -> corpus.articles().mentioning("Putn"));
    assertThrows(IllegalArgumentException.class, () -> corpus.articles().mentioningParty("XYZ"));
  }

  @Test
  void articles_publishedBetween_monthOnlyDateMatchesOnlyWhenTheWholeMonthIsInside() {
    Article march =
        Article.builder()
            .id("m")
            .language(Language.ENGLISH)
            .publishedDate(PartialDate.ofYearMonth(2017, 3))
            .addParagraph("Body.")
            .build();
    Corpus c = Corpus.of(march);
    assertEquals(List.of("m"), ids(c.articles()
        .publishedBetween(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 31)).list()));
    assertEquals(List.of(), ids(c.articles()
        .publishedBetween(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 15)).list()));
    assertEquals(List.of("m"), ids(c.articles().containing("body").list()));
  }

  @Test
  void load_jsonLinesFromParse_isRecognisedByContent(@TempDir Path dir)
      throws IOException {
    Path f = dir.resolve("corpus.JSONL");
    corpus.writeJsonLines(f);
    LoadResult loaded = Corpus.load(f);
    assertEquals(List.of(), loaded.problems());
    assertEquals(corpus.articleList(), loaded.corpus().articleList());
  }

  @Test
  void articles_sortingAndLimits() {
    assertEquals(List.of("006", "002", "003", "005", "001", "000", "004"),
        ids(corpus.articles().newestFirst().list()));
    assertEquals(List.of("001", "005", "003", "002", "006", "000", "004"),
        ids(corpus.articles().oldestFirst().list()));
    assertEquals(List.of("006", "003"),
        ids(corpus.articles().inLanguage(Language.ENGLISH).newestFirst().limit(2).list()));
    assertEquals(List.of("003"),
        ids(corpus.articles().inLanguage(Language.ENGLISH).newestFirst().skip(1).limit(1).list()));
    assertEquals(List.of("000", "001"), ids(corpus.articles().limit(2).list()));
    assertEquals(7, corpus.articles().count());
    assertEquals("000", corpus.articles().first().orElseThrow().id());
  }

  @Test
  void events_mergeReportsOfTheSameMeeting() {
    assertEquals(7, corpus.meetingCount());
    assertEquals(5, corpus.eventCount());
    assertEquals(5, corpus.events().count());
    List<Event> calls = corpus.events().involving("putin").list();
    assertEquals(2, calls.size());
    // 2021-04 is compatible with 2021-04-05 only, so both reports are one call ...
    assertEquals(List.of("001", "005"), calls.get(0).articleIds());
    assertEquals(Optional.of(PartialDate.of(2021, 4, 5)), calls.get(0).date());
    // ... while --06-11 is not, and stands alone
    assertEquals(List.of("004"), calls.get(1).articleIds());
    // the undated English report joins the one Pyongyang meeting
    Event pyongyang = corpus.events().involving(TO_LAM).first().orElseThrow();
    assertEquals(List.of("002", "006"), pyongyang.articleIds());
    assertEquals("Pyongyang", pyongyang.place().orElseThrow().city().orElseThrow());
    assertEquals(MeetingKind.MEETING, pyongyang.kind());
    assertEquals(2, pyongyang.participants().size());
  }

  @Test
  void events_countRealMeetingsNotArticles() {
    EventQuery events = corpus.events();
    assertEquals(Map.of(Year.of(2021), 1L, Year.of(2025), 1L), events.countByYear());
    assertEquals(5L, events.countByParty().get(PartyId.CPV));
    assertEquals(Map.of(MeetingKind.MEETING, 3L, MeetingKind.PHONE_CALL, 2L), events.countByKind());
    assertEquals(3L, events.countByPerson().get(TRONG));
    assertEquals(2, events.graph().edge(TRONG, PUTIN).orElseThrow().count());
    assertEquals(1, events.inLanguage(Language.ENGLISH).ofKind(MeetingKind.PHONE_CALL).count());
    assertEquals(events.oldestFirst().list(), events.timeline());
    assertEquals(2, events.limit(2).list().size());
    assertEquals(List.of("002", "006"),
        corpus.meetings().in(Year.of(2025)).events().first().orElseThrow().articleIds());
  }

  @Test
  void persons_andParties_resolveAnySpelling() {
    assertEquals(PUTIN, corpus.persons().resolve("V. Pu-tin").id());
    assertEquals(TRONG, corpus.persons().resolve("nguyen phu trong").id());
    assertEquals(Optional.empty(), corpus.persons().find("Nguyen"));
    assertEquals(PUTIN, corpus.persons().get(PUTIN).orElseThrow().id());
    assertEquals(7, corpus.persons().all().size());
    assertEquals(PartyId.KPRF, corpus.parties().resolve("CPRF").id());
    assertEquals(PartyId.SR, corpus.parties().resolve("Đảng nước Nga công bằng").id());
    assertEquals(4, corpus.parties().all().size());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> corpus.persons().resolve(" "));
    assertEquals("blank person name ' '", e.getMessage());
  }

  @Test
  void persons_knownOnlyByIdStillResolve() {
    Corpus bare = Corpus.builder().addArticles(Fixtures.articles()).build();
    assertEquals(3, bare.meetings().involving("putin").count());
    assertEquals(3, bare.meetings().involving("Vladimir Putin").count());
    assertFalse(bare.persons().resolve("putin").registered());
    assertEquals(Parties.UNKNOWN_COUNTRY, bare.parties().resolve("cpv").country());
  }

  @Test
  void jsonLines_roundTrip(@TempDir Path dir) throws IOException {
    StringWriter out = new StringWriter();
    corpus.writeJsonLines(out);
    assertEquals(7, out.toString().split("\n").length);
    Corpus back = Corpus.readJsonLines(new StringReader(out + "\n\n"));
    assertEquals(corpus.articleList(), back.articleList());
    Path file = dir.resolve("a.jsonl");
    corpus.writeJsonLines(file);
    assertEquals(corpus.articleList(), Corpus.readJsonLines(file).articleList());
    Files.writeString(file, out.toString().split("\n")[0] + "\n{\"id\":1}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Corpus.readJsonLines(file));
    assertTrue(e.getMessage().startsWith(file + ":2: not a valid article"), e.getMessage());
  }

  @Test
  void of_duplicateIds_isAnError() {
    List<Article> twice = new ArrayList<>(Fixtures.articles());
    twice.add(twice.get(0));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Corpus.of(twice));
    assertEquals("duplicate article id 000", e.getMessage());
    assertThrows(NullPointerException.class, () -> Corpus.of((Iterable<Article>) null));
  }

  @Test
  void queries_neverChangeTheCorpus() {
    List<Article> before = List.copyOf(corpus.articleList());
    MeetingQuery trong = corpus.meetings().involving("Trọng");
    long n = trong.count();
    assertEquals(1, trong.ofKind(MeetingKind.MEETING).count());
    assertEquals(n, trong.count());
    assertEquals(before, corpus.articleList());
    assertThrows(UnsupportedOperationException.class, () -> corpus.articleList().clear());
    assertEquals("002", corpus.article("002").orElseThrow().id());
  }

  @Test
  void loadResult_reportsProblems() {
    LoadResult clean = new LoadResult(corpus, List.of(), List.of());
    assertTrue(clean.isClean());
    assertEquals(corpus, clean.orThrow());
    LoadResult bad = new LoadResult(corpus, List.of("bad.txt: empty file"), List.of());
    IllegalStateException e = assertThrows(IllegalStateException.class, bad::orThrow);
    assertEquals("1 file(s) could not be parsed:\nbad.txt: empty file", e.getMessage());
  }
}
