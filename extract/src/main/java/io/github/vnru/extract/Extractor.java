package io.github.vnru.extract;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.vnru.extract.internal.LanguageData;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.Mention;
import io.github.vnru.model.MentionKind;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the persons, parties, places and meetings in an article's segmented text. Thread-safe. */
public final class Extractor {
  private final Registry registry;

  private Extractor(Registry registry) {
    this.registry = registry;
  }

  /**
   * An extractor over {@code registry}.
   *
   * @throws IllegalStateException if a built-in language file is malformed; the message names
   *     its file and line
   */
  public static Extractor of(Registry registry) {
    checkNotNull(registry, "registry");
    LanguageData.load();
    return new Extractor(registry);
  }

  /** The registry this extractor uses. */
  public Registry registry() {
    return registry;
  }

  /**
   * Why {@code input} has the meetings it has: per sentence, the meeting words found and whether
   * each took place, each person named and whether they are a side of a meeting and why not, and
   * the meetings made, as plain text for a person to read.
   */
  public String explain(ExtractionInput input) {
    checkNotNull(input, "input");
    input = SingleSpaced.of(input).input();
    MentionFinder finder = new MentionFinder(registry.lexicon(), input);
    finder.run();
    Explanation.Text text = new Explanation.Text();
    List<Meeting> meetings = new MeetingFinder(registry.lexicon(), finder, input, text).find();
    StringBuilder out = new StringBuilder(text.toString().strip()).append("\n\nMeetings:\n");
    for (Meeting m : meetings) {
      out.append("  ").append(m.kind()).append(' ')
          .append(m.participants().stream().map(p -> p.person().value()).toList())
          .append(" date ").append(m.date().map(Object::toString).orElse("-"))
          .append(" place ").append(m.place().map(Object::toString).orElse("-"))
          .append(m.recalled() ? " (recalled)" : "").append('\n');
    }
    if (meetings.isEmpty()) {
      out.append("  none\n");
    }
    return out.toString();
  }

  /** The mentions and meetings in {@code input}. Never throws on any text. */
  public ExtractionResult extract(ExtractionInput written) {
    checkNotNull(written, "input");
    SingleSpaced spaced = SingleSpaced.of(written);
    ExtractionInput input = spaced.input();
    MentionFinder finder = new MentionFinder(registry.lexicon(), input);
    finder.run();
    List<Meeting> meetings = spaced.written(
        new MeetingFinder(registry.lexicon(), finder, input, Explanation.NONE).find());
    List<Mention> mentions = new ArrayList<>();
    Set<PersonId> persons = new LinkedHashSet<>();
    Set<PartyId> parties = new LinkedHashSet<>();
    // an id is named many times; make (and validate) each once (a person's through the finder's)
    Map<String, PartyId> partyIds = new HashMap<>();
    // so are the same words: keep one copy of each mention text (a corpus is mostly text)
    MentionTexts texts = new MentionTexts();
    for (MentionFinder.Scanned s : finder.sentences()) {
      for (MentionFinder.Item item : s.items) {
        MentionFinder.Item it = item.kind == TermKind.TITLE ? item.partyInside : item;
        if (it == null) {
          continue;
        }
        MentionKind kind;
        switch (it.kind) {
          case PERSON:
            kind = MentionKind.PERSON;
            persons.add(finder.personId(it.id));
            break;
          case PARTY:
            kind = MentionKind.PARTY;
            parties.add(partyIds.computeIfAbsent(it.id, PartyId::of));
            break;
          case PLACE:
            kind = MentionKind.PLACE;
            break;
          default:
            continue;
        }
        int start = s.sentence.start() + it.start;
        String text = texts.of(s.text(), it.start, it.end);
        mentions.add(
            Mention.builder()
                .kind(kind)
                .id(it.id)
                .text(spaced.writtenText(start, s.sentence.start() + it.end, text))
                .start(spaced.writtenStart(start))
                .build());
      }
    }
    List<Person> unlisted = new ArrayList<>();
    for (Person p : finder.unlisted().values()) {
      if (persons.contains(p.id())) {
        unlisted.add(p);
      }
    }
    return new ExtractionResult(meetings, mentions, persons, parties, unlisted, List.of());
  }

  /**
   * One copy of each mention text of an article, looked up by its span of the sentence: a text
   * named again (most are) is found without being copied out and hashed as a new string first.
   */
  private static final class MentionTexts {
    private String[] table = new String[64];
    private int size;

    /** The copy of {@code text[start, end)}, made at its first ask. */
    String of(String text, int start, int end) {
      int n = end - start;
      int h = 0;
      for (int i = start; i < end; i++) {
        h = 31 * h + text.charAt(i);
      }
      int mask = table.length - 1;
      for (int k = spread(h) & mask; ; k = (k + 1) & mask) {
        String t = table[k];
        if (t == null) {
          t = text.substring(start, end);
          table[k] = t;
          if (++size * 2 > table.length) {
            grow();
          }
          return t;
        }
        if (t.length() == n && t.hashCode() == h && text.regionMatches(start, t, 0, n)) {
          return t;
        }
      }
    }

    /** The table doubled: kept at most half full, so a probe ends soon. */
    private void grow() {
      String[] old = table;
      table = new String[old.length * 2];
      int mask = table.length - 1;
      for (String t : old) {
        if (t != null) {
          int k = spread(t.hashCode()) & mask;
          while (table[k] != null) {
            k = (k + 1) & mask;
          }
          table[k] = t;
        }
      }
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }
}
