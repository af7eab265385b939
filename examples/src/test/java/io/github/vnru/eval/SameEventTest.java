package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.vnru.model.Article;
import io.github.vnru.model.Evidence;
import io.github.vnru.model.ImmutableArticle;
import io.github.vnru.model.ImmutableMeeting;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.model.Span;
import io.github.vnru.query.Corpus;
import io.github.vnru.query.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 * same real meeting (section "Same-event groups", lines {@code E1: a, b (recalled) — ...}).
 *
 * <p>The meeting a group shares is read from the gold files: the kinds and participants common to
 * all its articles and not to a larger group holding them all, nor, if that leaves it one, to a
 * larger group holding one of them (usually one meeting; a line may name articles that share
 * several, such as one visit's receptions reported by the same two articles). For each of
 * them there must be one event holding the group's reports, and no other event may hold reports
 * of two articles unless they are in one group. One exception is written into the check, and
 * computed, not listed: a report whose meeting the gold leaves undated in an article the gold
 * leaves undated can be any meeting of those people in any year, so no rule can place it; it may
 * stand alone, or be in its group, but nowhere else.
 *
 * <p>Two corpora are checked: the gold meetings themselves (so the grouping rule is proven apart
 * from extraction), and the parsed corpus (so extraction is measured too). Gold files have no
 * {@code recalled} field; for the gold corpus a meeting is recalled when its article is marked
 * "(recalled)" in a group line of that meeting.
 */
final class SameEventTest {
  private static final Path SOURCES = TestCorpora.CORPUS.resolve("SOURCES.md");
  private static final Pattern GROUP = Pattern.compile("^(E\\d+):\\s*(.+?)\\s+[—–-]{1,2}\\s+.*$");
  private static final Pattern MARK = Pattern.compile("\\((.*?)\\)");

  /**
   * One line of "Same-event groups".
   *
   * @param name {@code E1}, ...
   * @param articles its article ids
   * @param meetings the meetings they share ({@code KIND [participant ids, sorted]}), one or more
   * @param recalled the articles the line marks "(recalled)"
   */
  record Group(String name, Set<String> articles, Set<String> meetings, Set<String> recalled) {}

  @Test
  void sources_listSameEventGroups_whoseMeetingTheGoldAgreesOn() throws IOException {
    List<Group> groups = groups();
    assertFalse(groups.isEmpty(), "no same-event groups in " + SOURCES);
    for (Group g : groups) {
      assertTrue(g.articles().size() >= 2, g.name() + ": fewer than two articles");
      assertFalse(g.meetings().isEmpty(), g.name() + ": " + g.articles()
          + " share no meeting in their gold files that a larger group does not share");
      for (String m : g.meetings()) {
        assertTrue(g.articles().stream().anyMatch(a -> placeable(a, m, false)),
            g.name() + ": no report of " + m + " has a date or a dated article");
      }
    }
  }

  /** The grouping rule on the hand-checked meetings: independent of extraction. */
  @Test
  void goldMeetings_groupExactlyTheSameEventGroupsOfSources() throws IOException {
    List<Group> groups = groups();
    Corpus gold = Corpus.of(goldArticles(groups));
    assertEquals(List.of(), problems(gold, groups), "events() of the gold meetings against "
        + SOURCES);
  }

  @Test
  @Disabled("waiting for extraction (issue 12), measured 2026-12-02 (session 6): 13 of the 47"
      + " groups fail on the parsed corpus (12 of 44 in session 5), each because a report is"
      + " missed, misdated or not flagged recalled; the grouping passes every group on the gold"
      + " meetings (test above). E2: 338 gets a Putin-Trung meeting from a caption the gold does"
      + " not count. E3: 102's and 122's call not flagged recalled. E5, E11, E33: 227's three"
      + " recalled meetings not flagged recalled (and 111's Chinh-Putin stands alone). E18: 219's"
      + " 2012-11-07 missed. E20: 303 dated 2006-11-21 (gold: undated, published that day). E27:"
      + " 111's Chinh-Volodin meeting not found. E31: 286's Minh-Lavrov meeting not found ('Pham"
      + " Binh minem'). E34: 285's Medvedev-Dung meeting not found. E40: 262's recalled Son-Lavrov"
      + " call not found. E43: 419's Lich-Shoigu talks not found. E46: 473's recalled"
      + " Shoigu-Thanh meeting not found ('Fung Kwan Thani').")
  void corpusEvents_groupExactlyTheSameEventGroupsOfSources() throws IOException {
    List<Group> groups = groups();
    Corpus corpus = Corpus.of(TestCorpora.corpus().articles());
    assertEquals(List.of(), problems(corpus, groups), "events() against " + SOURCES);
  }

  /** What differs between the events of {@code corpus} and the groups; empty when they agree. */
  static List<String> problems(Corpus corpus, List<Group> groups) throws IOException {
    List<Event> events = corpus.events().list();
    List<String> problems = new ArrayList<>();
    for (Group g : groups) {
      for (String meeting : g.meetings()) {
        Set<String> required = new TreeSet<>();
        for (String a : g.articles()) {
          if (placeable(a, meeting, g.recalled().contains(a))) {
            required.add(a);
          }
        }
        List<Set<String>> touching = events.stream()
            .filter(e -> key(e).equals(meeting))
            .map(e -> (Set<String>) new TreeSet<>(e.articleIds()))
            .filter(ids -> ids.stream().anyMatch(g.articles()::contains))
            .collect(Collectors.toList());
        // one event holds all the placeable reports and nothing outside the group; any other
        // event of this meeting holding a report of the group is that report alone (an
        // unplaceable one, or another meeting of the same people in one of the articles), or
        // another group's event (an article reporting the pair's meeting and recalling an
        // earlier one)
        boolean ok = touching.stream().anyMatch(ids -> ids.containsAll(required))
            && touching.stream().allMatch(ids -> g.articles().containsAll(ids)
                    && (ids.containsAll(required) || ids.size() == 1)
                || groups.stream().anyMatch(other -> other != g
                    && other.meetings().contains(meeting) && other.articles().containsAll(ids)));
        if (!ok) {
          Set<String> optional = new TreeSet<>(g.articles());
          optional.removeAll(required);
          problems.add(g.name() + " " + meeting + ": want one event of " + required
              + (optional.isEmpty() ? "" : " (" + optional + " may be in it or alone)")
              + ", got " + touching);
        }
      }
    }
    for (Event e : events) {
      Set<String> ids = new TreeSet<>(e.articleIds());
      if (ids.size() > 1 && groups.stream().noneMatch(
          g -> g.meetings().contains(key(e)) && g.articles().containsAll(ids))) {
        problems.add("not a same-event group of SOURCES.md: " + key(e) + " " + ids);
      }
    }
    return problems;
  }

  private static String key(Event e) {
    return e.kind().name() + " " + e.participants().stream().map(Object::toString)
        .sorted().collect(Collectors.toList());
  }

  private static String key(JsonNode meeting) {
    List<String> who = new ArrayList<>();
    meeting.get("participants").forEach(p -> who.add(p.asText()));
    who.sort(null);
    return meeting.get("kind").asText() + " " + who;
  }

  /**
   * Whether some rule could place article {@code id}'s report of {@code meeting}: the gold gives
   * the meeting a date, or the article a published date, unless the report is {@code recalled}:
   * an undated recalled report joins the one event of the pair in the year before its article,
   * which no line can promise there is.
   */
  static boolean placeable(String id, String meeting, boolean recalled) {
    JsonNode gold = gold(id);
    if (!recalled && !gold.get("publishedDate").isNull()) {
      return true;
    }
    for (JsonNode m : gold.get("meetings")) {
      if (key(m).equals(meeting) && !m.get("date").isNull()) {
        return true;
      }
    }
    return false;
  }

  /** The groups of SOURCES.md, each with the meetings its gold files share. */
  static List<Group> groups() throws IOException {
    Map<String, Set<String>> byName = new LinkedHashMap<>();
    Map<String, Set<String>> recalled = new LinkedHashMap<>();
    boolean in = false;
    for (String line : Files.readAllLines(SOURCES, UTF_8)) {
      if (line.startsWith("## ")) {
        in = line.strip().equalsIgnoreCase("## Same-event groups");
        continue;
      }
      Matcher m = GROUP.matcher(line.strip());
      if (in && m.matches()) {
        Set<String> ids = new TreeSet<>();
        Set<String> marked = new TreeSet<>();
        for (String part : m.group(2).split(",")) {
          String id = MARK.matcher(part).replaceAll("").strip();
          ids.add(id);
          Matcher mark = MARK.matcher(part);
          while (mark.find()) {
            if (mark.group(1).contains("recalled")) {
              marked.add(id);
            }
          }
        }
        byName.put(m.group(1), ids);
        recalled.put(m.group(1), marked);
      }
    }
    Map<String, Set<String>> common = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> g : byName.entrySet()) {
      Set<String> shared = null;
      for (String id : g.getValue()) {
        Set<String> keys = new LinkedHashSet<>();
        gold(id).get("meetings").forEach(mt -> keys.add(key(mt)));
        if (shared == null) {
          shared = keys;
        } else {
          shared.retainAll(keys);
        }
      }
      common.put(g.getKey(), shared == null ? new LinkedHashSet<>() : shared);
    }
    List<Group> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> g : byName.entrySet()) {
      Set<String> own = new LinkedHashSet<>(common.get(g.getKey()));
      // and, if that leaves it one, not to a larger group holding one of its articles: "105,
      // 2062" of a visit's meeting with one host, the two also reporting its meeting with another
      // host, which a larger group holding 2062 lists
      Set<String> unshared = new LinkedHashSet<>(own);
      for (Map.Entry<String, Set<String>> other : byName.entrySet()) {
        if (other.getValue().size() > g.getValue().size()) {
          if (other.getValue().containsAll(g.getValue())) {
            own.removeAll(common.get(other.getKey()));
          }
          if (!Collections.disjoint(other.getValue(), g.getValue())) {
            unshared.removeAll(common.get(other.getKey()));
          }
        }
      }
      if (!unshared.isEmpty()) {
        own = unshared;
      }
      out.add(new Group(g.getKey(), g.getValue(), own, recalled.get(g.getKey())));
    }
    return out;
  }

  private static JsonNode gold(String id) {
    Path f = TestCorpora.CORPUS_GOLD.resolve(id + ".json");
    assertTrue(Files.exists(f), "SOURCES.md names " + id + ", which has no gold file");
    try {
      return GoldArticle.load(f).json();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Every gold file as an article holding its gold meetings (kind, date, place, participants; a meeting
   * is recalled when a group line of it marks the article "(recalled)"), with its published date.
   */
  static List<Article> goldArticles(List<Group> groups) throws IOException {
    Set<String> recalled = new TreeSet<>();
    for (Group g : groups) {
      for (String a : g.recalled()) {
        g.meetings().forEach(m -> recalled.add(a + " " + m));
      }
    }
    List<Article> out = new ArrayList<>();
    for (GoldArticle g : GoldArticle.loadAll(TestCorpora.CORPUS_GOLD)) {
      JsonNode json = g.json();
      ImmutableArticle.Builder b = Article.builder()
          .id(g.id())
          .language(Language.of(g.language()))
          .addParagraphs("Gold meetings of " + g.id() + ".");
      if (!json.get("publishedDate").isNull()) {
        b.publishedDate(PartialDate.parse(json.get("publishedDate").asText()));
      }
      int i = 0;
      for (JsonNode m : json.get("meetings")) {
        String sentence = "Gold meeting " + i++ + ".";
        ImmutableMeeting.Builder mb = Meeting.builder()
            .kind(MeetingKind.valueOf(m.get("kind").asText()))
            .evidence(Evidence.of(sentence, Span.of(0, sentence.length())))
            .recalled(recalled.contains(g.id() + " " + key(m)));
        if (!m.get("date").isNull()) {
          mb.date(PartialDate.parse(m.get("date").asText()));
        }
        if (!m.get("country").isNull()) {
          mb.place(m.get("city").isNull() ? Place.ofCountry(m.get("country").asText())
              : Place.of(m.get("city").asText(), m.get("country").asText()));
        }
        for (JsonNode p : m.get("participants")) {
          PersonId id = PersonId.of(p.asText());
          mb.addParticipants(Participant.of(id));
          b.addPersons(id);
        }
        b.addMeetings(mb.build());
      }
      out.add(b.build());
    }
    return out;
  }
}
