package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.json.VnruJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each seed against its hand-checked gold answer ({@code gold/<id>.json}). */
final class SeedGoldenTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  static List<String> seeds() {
    return Seeds.ids();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parse_seed_matchesGoldSourceFields(String id) throws Exception {
    JsonNode gold = gold(id);
    Article a = PARSER.parse(id, Seeds.bytes(id));
    assertEquals(gold.get("id").asText(), a.id());
    assertEquals(gold.get("language").asText(), a.language().code(), "language");
    assertEquals(text(gold, "url"), a.url().orElse(null), "url");
    assertEquals(text(gold, "publisher"), a.publisher().orElse(null), "publisher");
    assertEquals(
        text(gold, "publishedDate"),
        a.publishedDate().map(Object::toString).orElse(null),
        "publishedDate");
    assertEquals(text(gold, "title"), a.title().orElse(null), "title");
    assertFalse(a.paragraphs().isEmpty(), "paragraphs");
    for (io.github.vnru.model.Warning w : a.warnings()) {
      assertFalse(w.kind() == io.github.vnru.model.WarningKind.EXTRACTION_FAILED, w.toString());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parse_seed_matchesGoldMeetingsPersonsAndParties(String id) throws Exception {
    JsonNode gold = gold(id);
    Article a = PARSER.parse(id, Seeds.bytes(id));
    assertEquals(strings(gold.get("persons")), ids(a.persons()), "persons");
    assertEquals(strings(gold.get("parties")), partyIds(a.parties()), "parties");
    List<Meeting> scored =
        a.meetings().stream()
            .filter(m -> !m.kind().name().equals("LETTER"))
            .collect(Collectors.toList());
    assertEquals(gold.get("meetings").size(), scored.size(), "meetings: " + scored);
    for (JsonNode g : gold.get("meetings")) {
      Set<String> participants = strings(g.get("participants"));
      Meeting m =
          scored.stream()
              .filter(x -> participants.equals(participantIds(x)))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no meeting of " + participants));
      assertEquals(g.get("kind").asText(), m.kind().name(), "kind");
      assertEquals(text(g, "date"), m.date().map(Object::toString).orElse(null), "date");
      assertEquals(text(g, "country"), m.place().map(p -> p.country()).orElse(null), "country");
      assertEquals(text(g, "city"), m.place().flatMap(p -> p.city()).orElse(null), "city");
      assertEquals(strings(g.get("parties")), partyIds(m.parties()), "meeting parties");
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void parse_seed_isValidJsonRoundTrip(String id) throws Exception {
    Article a = PARSER.parse(id, Seeds.bytes(id));
    String json = VnruJson.write(a);
    assertEquals(a, VnruJson.reader(Article.class).readValue(json));
    assertTrue(json.contains("\"title\""));
  }

  private static Set<String> participantIds(Meeting m) {
    Set<String> out = new HashSet<>();
    for (Participant p : m.participants()) {
      out.add(p.person().toString());
    }
    return out;
  }

  private static Set<String> ids(Set<PersonId> ids) {
    return ids.stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> partyIds(Set<PartyId> ids) {
    return ids.stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static JsonNode gold(String id) throws IOException {
    try (InputStream in = SeedGoldenTest.class.getResourceAsStream("/gold/" + id + ".json")) {
      return VnruJson.mapper().readTree(new String(in.readAllBytes(), UTF_8));
    }
  }
}
