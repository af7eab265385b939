package io.github.vnru.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.model.Evidence;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.model.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class HtmlReportTest {
  private static final PersonId TRONG = PersonId.of("nguyen-phu-trong");
  private static final PersonId PUTIN = PersonId.of("vladimir-putin");
  private static final PersonId LAM = PersonId.of("to-lam");
  private static final PersonId MEDVEDEV = PersonId.of("dmitry-medvedev");
  private static final Map<PersonId, String> NAMES =
      Map.of(TRONG, "Nguyễn Phú Trọng", PUTIN, "Vladimir Putin", LAM, "Tô Lâm",
          MEDVEDEV, "Dmitry Medvedev");

  private static Meeting meeting(MeetingKind kind, String date, String sentence, PersonId... ps) {
    var b =
        Meeting.builder().kind(kind).evidence(Evidence.of(sentence, Span.of(0, sentence.length())));
    if (date != null) {
      b.date(PartialDate.parse(date));
    }
    for (PersonId p : ps) {
      b.addParticipant(Participant.of(p));
    }
    return b.build();
  }

  private static Article article(String id, Meeting... meetings) {
    var b = Article.builder().id(id).title("Title <" + id + ">").language(Language.VIETNAMESE);
    for (Meeting m : meetings) {
      b.addMeeting(m);
    }
    java.util.Set<PersonId> persons = new java.util.TreeSet<>();
    for (Meeting m : meetings) {
      persons.addAll(m.participantIds());
    }
    return b.addAllPersons(persons).build();
  }

  private static Document render(List<Article> articles) throws Exception {
    String html =
        HtmlReport.of(
                NAMES::get,
                p -> p.equals(PUTIN) ? Optional.empty() : Optional.of(p.equals(MEDVEDEV) ? PartyId.UR : PartyId.CPV))
            .render("Report & test", articles);
    assertFalse(html.contains("http://") && html.contains("<script"), "no scripts or remote loads");
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> byClass(Document d, String tag, String cls) {
    NodeList all = d.getElementsByTagName(tag);
    List<Element> out = new java.util.ArrayList<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (cls.equals(e.getAttribute("class"))) {
        out.add(e);
      }
    }
    return out;
  }

  @Test
  void render_drawsTimelineBarsPerYearAndKind() throws Exception {
    Document d =
        render(
            List.of(
                article("a", meeting(MeetingKind.PHONE_CALL, "2021-04-05", "Điện đàm.", TRONG, PUTIN)),
                article("b", meeting(MeetingKind.PHONE_CALL, "2021-06", "Điện đàm lần hai.", TRONG, PUTIN)),
                article("c", meeting(MeetingKind.MEETING, "2025-10-10", "Gặp.", LAM, MEDVEDEV)),
                article("d", meeting(MeetingKind.MEETING, null, "Gặp lại.", LAM, MEDVEDEV))));
    List<Element> bars = byClass(d, "rect", "bar");
    assertEquals(2, bars.size());
    Element calls2021 = bars.get(0);
    assertEquals("2021", calls2021.getAttribute("data-year"));
    assertEquals("PHONE_CALL", calls2021.getAttribute("data-kind"));
    assertEquals("2", calls2021.getAttribute("data-count"));
    assertEquals("2025", bars.get(1).getAttribute("data-year"));
    assertTrue(textOf(d).contains("year unknown: 1"));
  }

  @Test
  void render_drawsOneEdgePerPairWithItsCount_andColoursByParty() throws Exception {
    Document d =
        render(
            List.of(
                article("a", meeting(MeetingKind.PHONE_CALL, "2021-04-05", "Một.", TRONG, PUTIN)),
                article("b", meeting(MeetingKind.PHONE_CALL, "--06-11", "Hai.", TRONG, PUTIN)),
                article("c", meeting(MeetingKind.MEETING, "2025-10-10", "Ba.", LAM, MEDVEDEV))));
    List<Element> edges = byClass(d, "line", "edge");
    assertEquals(2, edges.size());
    Element trongPutin =
        edges.stream().filter(e -> e.getAttribute("data-to").equals("vladimir-putin")).findFirst().orElseThrow();
    assertEquals("2", trongPutin.getAttribute("data-count"));
    List<Element> nodes = byClass(d, "circle", "node");
    assertEquals(4, nodes.size());
    Element putin =
        nodes.stream().filter(e -> e.getAttribute("data-person").equals("vladimir-putin")).findFirst().orElseThrow();
    assertEquals("", putin.getAttribute("data-party"));
    assertEquals("#aaaaaa", putin.getAttribute("fill"));
    Element lam =
        nodes.stream().filter(e -> e.getAttribute("data-person").equals("to-lam")).findFirst().orElseThrow();
    assertEquals("CPV", lam.getAttribute("data-party"));
    assertFalse(lam.getAttribute("fill").equals("#aaaaaa"));
  }

  @Test
  void render_tableLinksEachMeetingToItsEvidence_undatedLast() throws Exception {
    Document d =
        render(
            List.of(
                article("x", meeting(MeetingKind.MEETING, null, "Undated <meeting> & more.", LAM, MEDVEDEV)),
                article("y", meeting(MeetingKind.PHONE_CALL, "2021-04-05", "Dated call.", TRONG, PUTIN))));
    List<Element> rows = byClass(d, "tr", "meeting");
    assertEquals(2, rows.size());
    assertTrue(rows.get(0).getTextContent().startsWith("2021-04-05"));
    assertTrue(rows.get(1).getTextContent().startsWith("undated"));
    NodeList links = rows.get(1).getElementsByTagName("a");
    String target = ((Element) links.item(0)).getAttribute("href").substring(1);
    NodeList items = d.getElementsByTagName("li");
    Element evidence = null;
    for (int i = 0; i < items.getLength(); i++) {
      if (target.equals(((Element) items.item(i)).getAttribute("id"))) {
        evidence = (Element) items.item(i);
      }
    }
    assertTrue(evidence != null, "evidence anchor " + target + " exists");
    assertTrue(evidence.getTextContent().contains("Undated <meeting> & more."));
    assertTrue(rows.get(0).getTextContent().contains("Nguyễn Phú Trọng"));
  }

  private static String textOf(Document d) {
    return d.getDocumentElement().getTextContent();
  }
}
