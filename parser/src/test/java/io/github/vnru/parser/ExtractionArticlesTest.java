package io.github.vnru.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.Place;
import io.github.vnru.model.json.VnruJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Short hand-written articles, each aimed at one extraction rule (two meetings in one article, a
 * video call, a date in words, a surname-only participant, a transliterated Russian name, a
 * non-participant named, junk naming famous people, an unlisted person by title, a recalled
 * meeting, a bare {@code Đảng}, a dateline, a delegation received whose leader a later sentence
 * names), in all three languages and all three raw formats (plain title first, a {@code date}
 * header line, a URL first). Each {@code NAME.txt} is parsed with {@link ArticleParser} and
 * compared with {@code NAME.expected.json}, a subset of the gold format.
 */
final class ExtractionArticlesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  static Stream<String> articles() throws IOException, URISyntaxException {
    Path dir = dir();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  private static Path dir() throws URISyntaxException {
    return Path.of(ExtractionArticlesTest.class.getResource("/articles").toURI());
  }

  @ParameterizedTest
  @MethodSource("articles")
  void article_matchesExpected(String name) throws Exception {
    Path dir = dir();
    JsonNode expected =
        VnruJson.mapper()
            .readTree(Files.readString(dir.resolve(name + ".expected.json"), StandardCharsets.UTF_8));
    Article a = PARSER.parse(dir.resolve(name + ".txt"));
    assertEquals(expected.get("language").asText(), a.language().code(), name + " language");
    assertEquals(strings(expected.get("persons")), ids(a.persons()), name + " persons");
    assertEquals(strings(expected.get("parties")), ids(a.parties()), name + " parties");
    List<String> want = new ArrayList<>();
    for (JsonNode m : expected.get("meetings")) {
      want.add(
          m.get("kind").asText() + " " + text(m, "date") + " " + text(m, "country") + " "
              + text(m, "city") + " " + strings(m.get("participants")) + " "
              + strings(m.get("parties")));
    }
    List<String> got = new ArrayList<>();
    for (Meeting m : a.meetings()) {
      got.add(
          m.kind() + " " + m.date().map(Object::toString).orElse("null") + " "
              + m.place().map(Place::country).orElse("null") + " "
              + m.place().flatMap(Place::city).orElse("null") + " " + ids(m.participantIds())
              + " " + ids(m.parties()));
    }
    want.sort(null);
    got.sort(null);
    assertEquals(want, got, name + " meetings");
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "null" : v.asText();
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static Set<String> ids(Set<?> values) {
    Set<String> out = new TreeSet<>();
    values.forEach(v -> out.add(v.toString()));
    return out;
  }
}
