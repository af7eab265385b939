package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vnru.query.Corpus;
import io.github.vnru.query.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * {@code corpus.events()} groups exactly the reports that {@code corpus/SOURCES.md} lists as the
 * same real meeting (section "Same-event groups", lines {@code E1: a, b — ...}): one event per
 * group, holding exactly the group's articles, and no other event reported by two or more
 * articles. The meeting a group shares is read from the gold files: the kind and participants
 * common to all its articles and not to a larger group.
 */
final class SameEventTest {
  private static final Path SOURCES = TestCorpora.CORPUS.resolve("SOURCES.md");
  private static final Pattern GROUP = Pattern.compile("^(E\\d+):\\s*(.+?)\\s+[—–-]{1,2}\\s+.*$");

  /** One line of "Same-event groups": its name, its article ids, and the meeting they share. */
  record Group(String name, Set<String> articles, String meeting) {}

  @Test
  void sources_listSameEventGroups_whoseMeetingTheGoldAgreesOn() throws IOException {
    List<Group> groups = groups();
    assertFalse(groups.isEmpty(), "no same-event groups in " + SOURCES);
    groups.forEach(g -> assertTrue(g.meeting() != null, g.name() + ": " + g.articles()
        + " share no single meeting in their gold files"));
  }

  @Test
  @Disabled("waiting for issues 11/12: 19 of the 29 groups fail (measured 2026-12-01). Corpus"
      + ".events() puts every undated report of one pair into one event across years (Phúc–Medvedev"
      + " 2016, 2018 and 2019 are one event; an undated report should join only an event near its"
      + " article's date), and some reports' meetings are still missed or dated differently in"
      + " articles of one event (E2, E3, E4, E13, E16, E19, E24, E27).")
  void corpusEvents_groupExactlyTheSameEventGroupsOfSources() throws IOException {
    Corpus corpus = Corpus.of(TestCorpora.corpus().articles());
    List<Event> events = corpus.events().list();
    List<String> problems = new ArrayList<>();
    Set<Set<String>> expected = new HashSet<>();
    for (Group g : groups()) {
      expected.add(g.articles());
      List<Event> candidates = events.stream()
          .filter(e -> key(e).equals(g.meeting()))
          .filter(e -> e.articleIds().stream().anyMatch(g.articles()::contains))
          .collect(Collectors.toList());
      if (candidates.size() != 1
          || !new TreeSet<>(candidates.get(0).articleIds()).equals(g.articles())) {
        problems.add(g.name() + " " + g.meeting() + ": want one event of " + g.articles()
            + ", got " + candidates.stream().map(e -> new TreeSet<>(e.articleIds()))
                .collect(Collectors.toList()));
      }
    }
    for (Event e : events) {
      Set<String> ids = new TreeSet<>(e.articleIds());
      if (ids.size() > 1 && !expected.contains(ids)) {
        problems.add("not a same-event group of SOURCES.md: " + key(e) + " " + ids);
      }
    }
    assertEquals(List.of(), problems, "events() against " + SOURCES);
  }

  private static String key(Event e) {
    return e.kind().name() + " " + e.participants().stream().map(Object::toString)
        .sorted().collect(Collectors.toList());
  }

  /** The groups of SOURCES.md, each with the meeting its gold files share. */
  static List<Group> groups() throws IOException {
    Map<String, Set<String>> byName = new LinkedHashMap<>();
    boolean in = false;
    for (String line : Files.readAllLines(SOURCES, UTF_8)) {
      if (line.startsWith("## ")) {
        in = line.strip().equalsIgnoreCase("## Same-event groups");
        continue;
      }
      Matcher m = GROUP.matcher(line.strip());
      if (in && m.matches()) {
        Set<String> ids = new TreeSet<>();
        for (String part : m.group(2).split(",")) {
          ids.add(part.replaceAll("\\(.*?\\)", "").strip());
        }
        byName.put(m.group(1), ids);
      }
    }
    Map<String, Set<String>> common = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> g : byName.entrySet()) {
      Set<String> shared = null;
      for (String id : g.getValue()) {
        Set<String> keys = goldMeetings(id);
        if (shared == null) {
          shared = keys;
        } else {
          shared.retainAll(keys);
        }
      }
      common.put(g.getKey(), shared == null ? new HashSet<>() : shared);
    }
    List<Group> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> g : byName.entrySet()) {
      Set<String> own = new LinkedHashSet<>(common.get(g.getKey()));
      for (Map.Entry<String, Set<String>> other : byName.entrySet()) {
        if (other.getValue().size() > g.getValue().size()
            && other.getValue().containsAll(g.getValue())) {
          own.removeAll(common.get(other.getKey()));
        }
      }
      out.add(new Group(g.getKey(), g.getValue(), own.size() == 1 ? own.iterator().next() : null));
    }
    return out;
  }

  private static Set<String> goldMeetings(String id) throws IOException {
    Path f = TestCorpora.CORPUS_GOLD.resolve(id + ".json");
    assertTrue(Files.exists(f), "SOURCES.md names " + id + ", which has no gold file");
    JsonNode gold = GoldArticle.load(f).json();
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode m : gold.get("meetings")) {
      List<String> who = new ArrayList<>();
      m.get("participants").forEach(p -> who.add(p.asText()));
      who.sort(null);
      keys.add(m.get("kind").asText() + " " + who);
    }
    return keys;
  }
}
