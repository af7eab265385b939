package io.github.vnru.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.Place;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a Java user meets: printing, equality, names without look-ups, one query order. */
class ApiSurfaceTest {
  private final Corpus corpus = Corpus.seeds();

  @Test
  void place_printsAsCityAndCountry() {
    assertEquals("Moscow, RU", Place.of("Moscow", "RU").toString());
    assertEquals("RU", Place.ofCountry("RU").toString());
  }

  @Test
  void corpus_equalsItselfAfterAJsonRoundTrip() throws Exception {
    StringWriter out = new StringWriter();
    corpus.writeJsonLines(out);
    Corpus back = Corpus.readJsonLines(new StringReader(out.toString()));
    assertEquals(corpus, back);
    assertEquals(corpus.hashCode(), back.hashCode());
    assertFalse(corpus.equals(Corpus.of(corpus.articleList().subList(0, 2))));
  }

  @Test
  void meetingRecords_nameTheirParticipantsWithoutALookUp() {
    MeetingRecord r = corpus.meetings().involving("putin").oldestFirst().firstRecord().orElseThrow();
    assertEquals(List.of("Nguyễn Phú Trọng", "Vladimir Putin"), r.participantNames());
    assertEquals(
        List.of("Đồng chí Nguyễn Phú Trọng", "Tổng thống Liên bang Nga Vladimir Putin"),
        r.participantsWithTitles());
  }

  @Test
  void checkMethods_areNotPublicApi() {
    for (Class<?> c : List.of(Article.class, Meeting.class, Place.class, io.github.vnru.model.Person.class,
        io.github.vnru.model.PersonId.class, io.github.vnru.model.Position.class)) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().startsWith("check")) {
          assertFalse(Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers()),
              c.getSimpleName() + "." + m.getName());
        }
      }
    }
  }

  @Test
  void limitIsAnIntermediateStep_andUnsortedQueriesAreInCorpusOrder_inEveryQueryType() {
    List<Meeting> meetings = corpus.meetings().list();
    assertEquals(meetings.subList(0, 2), corpus.meetings().limit(2).list());
    assertEquals(meetings.get(0), corpus.meetings().first().orElseThrow());
    List<Article> articles = corpus.articles().list();
    assertEquals(articles, corpus.articleList());
    assertEquals(articles.subList(0, 2), corpus.articles().limit(2).list());
    assertEquals(articles.get(1), corpus.articles().skip(1).first().orElseThrow());
    List<Event> events = corpus.events().list();
    assertEquals(events.subList(0, 2), corpus.events().limit(2).list());
    assertEquals(events.get(0), corpus.events().first().orElseThrow());
    // events in corpus order: where their first report is
    assertEquals(
        meetings.get(0).participantIds(), events.get(0).participants());
    assertEquals(corpus.events().timeline(), corpus.events().oldestFirst().list());
    assertEquals(2, corpus.events().oldestFirst().limit(2).count());
    assertTrue(corpus.events().limit(0).list().isEmpty());
  }
}
