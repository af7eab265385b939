package io.github.vnru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every line of each language pack's {@code examples.tsv}: sentence, expected meetings. */
final class LanguageExamplesTest {
  private static final Extractor EXTRACTOR = Extractor.of(Registry.defaults());

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (Language language : Language.values()) {
      String lang = language.code();
      String file = "lang/" + lang + "/examples.tsv";
      try (InputStream in = Extractor.class.getResourceAsStream(file)) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
          n++;
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] cols = line.split("\t");
          out.add(Arguments.of(file + ":" + n, lang, cols[0], cols[1]));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void sentence_givesTheExpectedMeetings(String where, String lang, String sentence, String want) {
    ExtractionResult r =
        EXTRACTOR.extract(TestArticles.input(Language.of(lang), null, null, sentence));
    Set<String> got = new TreeSet<>();
    for (Meeting m : r.meetings()) {
      Set<String> ids = new TreeSet<>();
      m.participantIds().forEach(p -> ids.add(p.value()));
      got.add(m.kind() + " " + String.join("+", ids));
    }
    Set<String> expected = new TreeSet<>();
    if (!want.strip().equals("-")) {
      for (String m : want.split("\\|")) {
        String[] kindAndIds = m.strip().split(" ");
        expected.add(kindAndIds[0] + " " + String.join("+", new TreeSet<>(List.of(kindAndIds[1].split("\\+")))));
      }
    }
    assertEquals(expected, got, where + ": " + sentence);
  }
}
