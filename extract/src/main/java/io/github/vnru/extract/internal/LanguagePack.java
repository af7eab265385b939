package io.github.vnru.extract.internal;

import io.github.vnru.model.Language;
import io.github.vnru.model.MeetingKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one language says about meetings, read from the plain files of {@code lang/<code>/}
 * (see the README there): trigger words, the cue words around them, and topic words. Found in one
 * automaton pass over a lower-cased sentence. Immutable and thread-safe.
 */
public final class LanguagePack {
  /** What a cue word says about the meeting words near it; {@code lang/vi/cues.tsv} explains each. */
  public enum Cue {
    PLANNED,
    PAST,
    NEGATED,
    RECALLED,
    REFERENCE,
    NOT_PARTICIPANT,
    NOT_PARTICIPANT_BEFORE,
    NOT_PARTICIPANT_AFTER,
    JOINT,
    SAME_DAY,
    NEXT_DAY,
    AT,
    VISIT,
    INVITED,
    BREAK,
    CLAUSE_BREAK,
    AND,
    NOT_PARTICIPANT_REST,
    PRONOUN,
    BOTH_SIDES,
    FIRST_PERSON,
    SECOND_PERSON,
    COUNTERPART
  }

  /**
   * A cue word: {@code reach} is how many words it reaches to what it qualifies, or {@link
   * Integer#MAX_VALUE} for the whole clause.
   */
  public record CueWord(Cue cue, int reach) {}

  /**
   * A trigger word: {@code kind} empty for a compound that only looks like one ({@code tiếp tục}).
   *
   * @param past whether the word itself says the meeting happened ({@code met})
   */
  public record Trigger(String phrase, Optional<MeetingKind> kind, boolean past) {}

  /** A phrase found in a sentence: a trigger, a cue or a topic; offsets into the sentence. */
  public record Found(int start, int end, Object what) {
    /** The trigger found, if this is one that reports a meeting. */
    public Optional<Trigger> trigger() {
      return what instanceof Trigger t && t.kind().isPresent() ? Optional.of(t) : Optional.empty();
    }

    /** Whether this is the cue {@code cue}. */
    public boolean is(Cue cue) {
      return what instanceof CueWord w && w.cue() == cue;
    }

    /** A cue's reach in words ({@link CueWord#reach()}); 0 for anything else. */
    public int reach() {
      return what instanceof CueWord w ? w.reach() : 0;
    }
  }

  /** A topic word's payload. */
  private record Topic(String name) {}

  private static final Map<Language, LanguagePack> PACKS = new ConcurrentHashMap<>();

  private final AhoCorasick<Object> phrases;
  private final AhoCorasick<Topic> topics;

  private LanguagePack(AhoCorasick<Object> phrases, AhoCorasick<Topic> topics) {
    this.phrases = phrases;
    this.topics = topics;
  }

  /** The pack of {@code language}, read once. */
  public static LanguagePack of(Language language) {
    return PACKS.computeIfAbsent(language, l -> load(l.code()));
  }

  /** Reads the pack in {@code lang/<code>/}; a malformed line is an error naming file and line. */
  static LanguagePack load(String code) {
    AhoCorasick.Builder<Object> phrases = AhoCorasick.builder();
    Set<String> seen = new HashSet<>();
    for (Row r : rows(code, "triggers.tsv", 2, 3)) {
      Optional<MeetingKind> kind =
          r.col(1).equals("NONE") ? Optional.empty() : Optional.of(r.enumValue(1, MeetingKind.class));
      boolean past = r.cols.length > 2 && r.flag(2, "past");
      r.unique(seen, "trigger");
      phrases.add(r.col(0), new Trigger(r.col(0), kind, past));
    }
    seen.clear();
    for (Row r : rows(code, "cues.tsv", 2, 3)) {
      Cue cue = r.enumValue(1, Cue.class);
      r.unique(seen, cue.name());
      phrases.add(r.col(0), new CueWord(cue, r.cols.length > 2 ? r.number(2) : Integer.MAX_VALUE));
    }
    AhoCorasick.Builder<Topic> topics = AhoCorasick.builder();
    for (Row r : rows(code, "topics.tsv", 2, 2)) {
      topics.add(r.col(0), new Topic(r.col(1)));
    }
    return new LanguagePack(phrases.build(), topics.build());
  }

  /**
   * The triggers and cues in {@code sentence}, by start. Each layer (the triggers; each kind of
   * cue) keeps at each place its longest phrase, left to right without overlaps, and only whole
   * words.
   */
  public List<Found> find(String sentence) {
    String low = lower(sentence);
    List<AhoCorasick.Match<Object>> all = new ArrayList<>(phrases.findAll(low));
    all.removeIf(m -> !wholeWord(low, m.start(), m.end()));
    all.sort((a, b) -> a.start() != b.start()
        ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Found> out = new ArrayList<>();
    // one layer for the triggers, one per cue kind: "in the" (a reference) does not hide "in"
    Map<Object, Integer> layerEnd = new java.util.HashMap<>();
    for (AhoCorasick.Match<Object> m : all) {
      Object layer = m.payload() instanceof CueWord w ? w.cue() : Trigger.class;
      if (m.start() < layerEnd.getOrDefault(layer, 0)) {
        continue;
      }
      out.add(new Found(m.start(), m.end(), m.payload()));
      layerEnd.put(layer, m.end());
    }
    return out;
  }

  /** The topics whose words start a word of {@code text}. */
  public Set<String> topics(String text) {
    String low = lower(text);
    Set<String> out = new HashSet<>();
    for (AhoCorasick.Match<Topic> m : topics.findAll(low)) {
      if (m.start() == 0 || !Character.isLetterOrDigit(low.charAt(m.start() - 1))) {
        out.add(m.payload().name());
      }
    }
    return out;
  }

  private static boolean wholeWord(String s, int start, int end) {
    boolean left = start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1))
        || !Character.isLetterOrDigit(s.charAt(start));
    boolean right = end == s.length() || !Character.isLetterOrDigit(s.charAt(end))
        || !Character.isLetterOrDigit(s.charAt(end - 1));
    return left && right;
  }

  /**
   * Lower case, char for char, so offsets stay those of the sentence; the apostrophe U+2019 reads
   * as {@code '}.
   */
  private static String lower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i] == '’' ? '\'' : Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /** One data line of a pack file. */
  private record Row(String file, int line, String[] cols) {
    String col(int i) {
      return cols[i];
    }

    <E extends Enum<E>> E enumValue(int i, Class<E> type) {
      try {
        return Enum.valueOf(type, cols[i]);
      } catch (IllegalArgumentException e) {
        throw error("unknown kind '" + cols[i] + "'; expected one of "
            + Arrays.toString(type.getEnumConstants()) + (type == MeetingKind.class ? " or NONE" : ""));
      }
    }

    int number(int i) {
      try {
        int n = Integer.parseInt(cols[i]);
        if (n >= 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error("column " + (i + 1) + " must be a number of words, not '" + cols[i] + "'");
    }

    boolean flag(int i, String word) {
      if (cols[i].isEmpty() || cols[i].equals(word)) {
        return cols[i].equals(word);
      }
      throw error("unknown word '" + cols[i] + "' in column " + (i + 1) + "; expected '" + word + "'");
    }

    void unique(Set<String> seen, String layer) {
      if (!seen.add(layer + "\t" + cols[0])) {
        throw error("'" + cols[0] + "' is listed twice");
      }
    }

    IllegalStateException error(String why) {
      return new IllegalStateException(file + ":" + line + ": " + why);
    }
  }

  private static List<Row> rows(String code, String name, int min, int max) {
    List<Row> out = new ArrayList<>();
    for (PackLines.Line line : PackLines.read(code, name, min, max)) {
      String[] cols = line.cols();
      Row row = new Row(line.file(), line.number(), cols);
      cols[0] = Normalizer.normalize(cols[0], Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
          .replace('’', '\'');
      if (cols[0].isEmpty()) {
        throw row.error("empty phrase");
      }
      out.add(row);
    }
    return out;
  }
}
