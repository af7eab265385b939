package io.github.vnru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five seed articles, cut up roughly as the parser does (header, boilerplate and credits
 * dropped), must give the gold meetings, persons and parties.
 */
final class SeedsTest {
  private static final Pattern DATE_HEADER = Pattern.compile("^ date (\\d{4}-\\d{2}-\\d{2}) ");
  private static final Pattern DATELINE = Pattern.compile("^([A-Z][A-Z ]+) — ");

  static ExtractionInput seed(String id) throws IOException {
    String raw = Files.readString(Path.of("../seeds", id + ".txt"), StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(raw.split("\n", -1)));
    if (lines.get(0).startsWith("http")) {
      lines.remove(0);
    }
    LocalDate published = null;
    String dateline = null;
    Matcher m = DATE_HEADER.matcher(lines.get(0));
    if (m.find()) {
      published = LocalDate.parse(m.group(1));
      lines.set(0, lines.get(0).substring(m.end()));
    }
    Matcher d = DATELINE.matcher(lines.get(0));
    if (d.find()) {
      dateline = d.group(1);
    }
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (line.equals("Phản hồi") || line.startsWith("- ") || line.contains("cached page")) {
        break;
      }
      kept.add(line.replace(" — VNS", ""));
    }
    String text = String.join("\n", kept);
    Language lang = text.contains(" the ") ? Language.ENGLISH : Language.VIETNAMESE;
    return TestArticles.input(lang, published, dateline, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "000_5d566a5fd76334e6|MEETING null RU null nguyen-phu-trong,sergey-mironov CPV,SR"
            + "|nguyen-phu-trong,sergey-mironov|CPV,SR",
        "001_878f7d2422501cef|PHONE_CALL 2021-04-05 null null nguyen-phu-trong,vladimir-putin CPV"
            + "|nguyen-phu-trong,nguyen-xuan-phuc,vladimir-putin|CPV",
        "002_634d7682466cca9f|MEETING 2025-10-10 KP Pyongyang dmitry-medvedev,to-lam CPV,UR"
            + "|dmitry-medvedev,to-lam,vladimir-putin|CPV,UR,WPK",
        "003_4f8b40688a4bdb1b|MEETING null RU Moscow gennady-zyuganov,nguyen-xuan-phuc CPV,KPRF"
            + "|gennady-zyuganov,nguyen-phu-trong,nguyen-xuan-phuc,vladimir-lenin|CPV,KPRF",
        "004_f4231edc8e98a481|PHONE_CALL --06-11 null null nguyen-phu-trong,vladimir-putin CPV"
            + "|nguyen-phu-trong,vladimir-putin|CPV",
      })
  void seed_matchesGold(String id, String meeting, String persons, String parties)
      throws IOException {
    ExtractionResult r = Extractor.of(Registry.defaults()).extract(seed(id));
    List<String> meetings =
        r.meetings().stream()
            .filter(x -> !x.recalled() && x.kind() != io.github.vnru.model.MeetingKind.LETTER)
            .map(SeedsTest::describe)
            .toList();
    assertEquals(List.of(meeting), meetings, id);
    assertEquals(
        new TreeSet<>(List.of(persons.split(","))),
        r.persons().stream().map(PersonId::value).collect(Collectors.toCollection(TreeSet::new)),
        id);
    assertEquals(
        new TreeSet<>(List.of(parties.split(","))),
        r.parties().stream().map(PartyId::value).collect(Collectors.toCollection(TreeSet::new)),
        id);
  }

  static String describe(Meeting m) {
    Set<String> ids = new TreeSet<>();
    m.participantIds().forEach(p -> ids.add(p.value()));
    Set<String> ps = new TreeSet<>();
    m.parties().forEach(p -> ps.add(p.value()));
    return m.kind()
        + " " + m.date().map(Object::toString).orElse("null")
        + " " + m.place().map(Place::country).orElse("null")
        + " " + m.place().flatMap(Place::city).orElse("null")
        + " " + String.join(",", ids)
        + " " + String.join(",", ps);
  }
}
