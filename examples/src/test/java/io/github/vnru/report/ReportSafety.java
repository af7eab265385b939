package io.github.vnru.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vnru.model.Article;
import io.github.vnru.model.Evidence;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.model.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What makes the report page safe whatever text reaches it (issue 16): the page, read by a real
 * HTML parser (jsoup, as a browser would) and by an XML parser, holds only the elements the report
 * writes, no script, no event-handler attribute, and no link that is not to the page itself or to
 * an http(s) URL; hostile text shows up as text.
 */
final class ReportSafety {
  private ReportSafety() {}

  /** Every element the report writes; anything else came from the data. */
  static final Set<String> ELEMENTS =
      Set.of(
          "html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "div", "svg", "rect",
          "text", "line", "circle", "table", "thead", "tbody", "tr", "th", "td", "a", "ol", "li",
          "b", "blockquote");

  /** Attributes that take a URL. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "xlink:href", "action", "formaction", "background", "poster", "data");

  static final PersonId ONE = PersonId.of("person-one");
  static final PersonId TWO = PersonId.of("person-two");

  /**
   * One article of one meeting whose every free-text field is hostile: id, title, URL, evidence,
   * city, participant title; the persons' names come from {@code names} (a user's registry).
   */
  static String render(
      String id, String title, String url, String sentence, String city, String role,
      String name1, String name2, String reportTitle) {
    String safeId = id.isBlank() ? "x" + id : id;
    var m =
        Meeting.builder()
            .kind(MeetingKind.MEETING)
            .evidence(
                Evidence.of(
                    sentence.isBlank() ? "s" + sentence : sentence,
                    Span.of(0, (sentence.isBlank() ? "s" + sentence : sentence).length())))
            .addParticipant(role.isBlank() ? Participant.of(ONE) : Participant.of(ONE, role))
            .addParticipant(Participant.of(TWO))
            .addParty(PartyId.CPV);
    if (!city.isBlank()) {
      m.place(Place.of(city, "RU"));
    }
    var a =
        Article.builder()
            .id(safeId)
            .language(Language.VIETNAMESE)
            .url(url)
            .addMeeting(m.build())
            .addPerson(ONE)
            .addPerson(TWO);
    if (!title.isBlank()) {
      a.title(title);
    }
    Map<PersonId, String> names = Map.of(ONE, name1, TWO, name2);
    HtmlReport report =
        HtmlReport.of(
            names::get, p -> p.equals(ONE) ? Optional.of(PartyId.CPV) : Optional.empty());
    return report.render(reportTitle, List.of(a.build()));
  }

  /** Fails unless {@code html} is safe; {@code url} is the one URL the data held. */
  static void check(String html, String url) {
    Document d = Jsoup.parse(html);
    int sourceLinks = 0;
    for (Element e : d.getAllElements()) {
      if (e == d) {
        continue;
      }
      String tag = e.normalName();
      assertTrue(ELEMENTS.contains(tag), "an element the report does not write: <" + tag + ">");
      for (Attribute at : e.attributes()) {
        String k = at.getKey().toLowerCase(Locale.ROOT);
        assertFalse(k.startsWith("on"), "an event-handler attribute: " + at);
        if (URL_ATTRIBUTES.contains(k)) {
          assertEquals("a", tag, "a URL outside a link: " + at);
          String v = at.getValue();
          String lower = v.strip().toLowerCase(Locale.ROOT);
          if (v.startsWith("#evidence-")) {
            continue;
          }
          assertTrue(
              (lower.startsWith("http://") || lower.startsWith("https://"))
                  && HtmlReport.isWebLink(v),
              "an unsafe link: " + at);
          assertEquals(url, v, "a link to anything but the article's URL");
          sourceLinks++;
        }
        assertFalse(k.equals("style") || k.equals("srcdoc"), "an attribute the report never writes: " + at);
      }
    }
    assertEquals(1, d.select("style").size(), "one style element, the report's own");
    assertEquals(0, d.select("script").size(), "no script");
    assertTrue(sourceLinks <= 1, "one source link at most");
    assertEquals(HtmlReport.isWebLink(url) ? 1 : 0, sourceLinks, "an http(s) URL is a link");
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.newDocumentBuilder()
          .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      fail("the page is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
