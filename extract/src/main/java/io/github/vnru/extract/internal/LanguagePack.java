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
 * (see the README there): trigger words, the cue words around them, and topic words. They are
 * found by the language's {@link SentenceMatcher}, in the same automaton pass as the registry's
 * names. Immutable and thread-safe.
 */
public final class LanguagePack {
  /** What a cue word says about the meeting words near it; {@code lang/vi/cues.tsv} explains each. */
  public enum Cue {
    PLANNED,
    /** A verb's future tense ("sẽ", "will"): a {@link #PLANNED} cue that also marks its subject. */
    FUTURE,
    /** A verb of saying that closes a sentence after the one who says it ("…, X said."). */
    SPEAKER,
    /**
     * A verb of saying right after a comma or dash, the one who says it named after it ("…, заявил
     * пресс-секретарь X"), in languages that put the verb first there.
     */
    SPEAKER_NEXT,
    PAST,
    /**
     * "before", "trước khi" opening a phrase of its own verb ("will attend …, before entering into
     * talks with B"): the verb shares the tense of the clause's verb before it.
     */
    THEN,
    /**
     * "apart from", "ngoài", "помимо" opening a phrase before a comma ("Apart from the talks with
     * A, B will hold meetings with …"): a meeting word in the phrase shares the tense of the
     * clause's verb after the comma.
     */
    BESIDES,
    NEGATED,
    RECALLED,
    REFERENCE,
    /**
     * "Tham dự hội đàm", "attending the talks": a {@link #REFERENCE} cue whose persons were present
     * at the meeting already reported.
     */
    ATTENDANCE,
    NOT_PARTICIPANT,
    NOT_PARTICIPANT_BEFORE,
    NOT_PARTICIPANT_AFTER,
    /**
     * "aide to", "adviser to": an office named right after it standing alone for its holder ("X,
     * Aide to the President of Russia") is whose aide X is, no side; a name after the office is
     * the aide's own ("Aide to the Russian President Dmitry Mironov").
     */
    PRINCIPAL,
    FRAME,
    JOINT,
    SEPARATE,
    SAME_DAY,
    NEXT_DAY,
    AT,
    /**
     * The seat of an organisation ({@code в Министерстве}): a country ending the organisation's
     * name soon after it is where something happened.
     */
    AT_ORGANISATION,
    /**
     * "city of", "province of": the place named right after it, its kind before it ("in the
     * central city of Da Nang"), is governed by an {@link #AT} cue a few words before the kind.
     */
    PLACE_KIND,
    VISIT,
    /**
     * "one-day visit": the visit lasted a day, so a date its sentence gives dates each meeting
     * held during it that names no day of its own.
     */
    ONE_DAY,
    /** "visit", "trip" after a place ("a working Vietnam visit"): the place is the one visited. */
    VISIT_AFTER,
    /**
     * "the country", "nước này" after a visit word: the country of the place the sentence named
     * last before it ("visited Saint Petersburg as part of his visit to the country").
     */
    COUNTRY_BACK,
    /**
     * "'s trip", "'s visit": a visit whose visitor is named right before; a place just before it
     * is the visitor's own country, not the one a {@link #COUNTRY_BACK} cue refers back to.
     */
    VISITOR_BEFORE,
    INVITED,
    BREAK,
    CLAUSE_BREAK,
    SUBJECT_BREAK,
    /** "said that": what follows, with a subject of its own, is what was said happened. */
    REPORTED,
    AND,
    NOT_PARTICIPANT_REST,
    /**
     * "Cùng tham dự", "also attending": a {@link #REFERENCE} cue whose persons, named after the
     * meeting word it refers to, were also present and are no side of it.
     */
    ALSO_PRESENT,
    PRONOUN,
    OWN_DELEGATION,
    /** "the guests": as {@link #OWN_DELEGATION}, but only a delegation's leader, never a person. */
    GUESTS,
    BOTH_SIDES,
    DELEGATION,
    FIRST_PERSON,
    SECOND_PERSON,
    COUNTERPART,
    ASIDE,
    /**
     * An aside that says where the person is now ({@code , who is in Hanoi}): read as no aside,
     * so its places are the meeting's.
     */
    PRESENCE,
    HERE,
    /**
     * "hosted", "đăng cai": a place right before it ("Vietnam hosted talks between A and B") is
     * where the meeting was held, whatever else the sentence names.
     */
    HOST,
    /**
     * "nhằm", "in order to": what follows, to the next comma, says what something is for, so a
     * place in it is where nothing happened; so do "founded in", "investing in" and "who had
     * studied in" (where something was founded, a business invests, people lived), and "since
     * the visit" (a visit before what is reported).
     */
    PURPOSE,
    /**
     * "делегация", "delegation of": a place named right after it is where someone comes from
     * ("делегация Калужской области"), not where anything happened.
     */
    ORIGIN,
    /**
     * "'s" right after a name: the name owns what follows, so a country that owns a common noun
     * ("Vietnam's foreign policy") is where nothing happened, unless a city of it follows ("in
     * Myanmar's capital Nay Pyi Taw").
     */
    OWNER,
    REGION,
    RESPECTIVE,
    LED_BY,
    /**
     * "Về phía Nga có", "On the Russian side": opens a list of one side's persons, the first named
     * its head.
     */
    SIDE_LIST,
    /**
     * "For her part", "Về phần mình", "Со своей стороны": the person named right after it answers
     * the one the text spoke of before, the other side of the meeting.
     */
    OWN_PART,
    BETWEEN,
    /**
     * "by" right after a meeting word: the passive's agents after it, when of both countries, are
     * its sides alone ("the joint statement signed by A and B"), not shared with a word before it.
     */
    AGENT,
    LIST_END,
    PLURAL,
    WITH,
    ARRIVAL,
    INTERVIEW,
    /**
     * A phrase that only looks like holding cues ("in regards to" is no "regards to", no "in"):
     * the cues it overlaps are not found.
     */
    NONE,
    /** "that", "which", "который": right after a visit word, opens a clause about the visit. */
    RELATIVE;

    /**
     * The wider cue a phrase of this one also is, or null: a future tense is a plan; attendance and
     * others present refer to a meeting already reported.
     */
    public Cue wider() {
      return switch (this) {
        case FUTURE -> PLANNED;
        case ATTENDANCE, ALSO_PRESENT -> REFERENCE;
        default -> null;
      };
    }
  }

  /**
   * A phrase of a pack: lower case with its diacritics ({@code hội đàm}), matched against the
   * lower-cased sentence char for char (the apostrophe U+2019 reads as {@code '}).
   */
  public sealed interface Phrase extends SentenceMatcher.Pattern permits Trigger, CueWord, Topic {
    /** The phrase as the pack writes it, lower-cased. */
    String phrase();
  }

  /**
   * A cue word: {@code reach} is how many words it reaches to what it qualifies, or {@link
   * Integer#MAX_VALUE} for the whole clause.
   */
  public record CueWord(String phrase, Cue cue, int reach) implements Phrase {}

  /**
   * A trigger word: {@code kind} empty for a compound that only looks like one ({@code tiếp tục}).
   *
   * @param past whether the word itself says the meeting happened ({@code met})
   * @param agreed whether it tells that the sides agreed on something, so met, without telling
   *     how: it joins a meeting or call of the same sides found elsewhere, and is a meeting alone
   * @param greeting whether it tells that one side congratulated or greeted the other ({@code
   *     congratulated}): a letter, only in a report that tells of no meeting or call
   * @param personAfter whether it reports a meeting only with a person named right after it
   *     ({@code paid a visit to X}; a visit to a country is none)
   * @param subjectsAfter whether those who did it may be named after it, none before it, in a
   *     language that puts the verb first ({@code О сотрудничестве договорились A и B})
   */
  public record Trigger(String phrase, Optional<MeetingKind> kind, boolean past, boolean agreed,
      boolean greeting, boolean personAfter, boolean subjectsAfter) implements Phrase {}

  /** A topic word: a word starting with {@code phrase} speaks of the topic {@code name}. */
  public record Topic(String phrase, String name) implements Phrase {}

  /** A trigger or cue found in a sentence; offsets into the sentence. */
  public record Found(int start, int end, Phrase what) {
    /** The trigger found, if this is one that reports a meeting. */
    public Optional<Trigger> trigger() {
      return what instanceof Trigger t && t.kind().isPresent() ? Optional.of(t) : Optional.empty();
    }

    /** Whether this is the cue {@code cue}. */
    public boolean is(Cue cue) {
      return what instanceof CueWord w && (w.cue() == cue || w.cue().wider() == cue);
    }

    /** The cue this is, or null: a loop that asks a phrase of several cues reads it once. */
    public Cue cue() {
      return what instanceof CueWord w ? w.cue() : null;
    }

    /** A cue's reach in words ({@link CueWord#reach()}); 0 for anything else. */
    public int reach() {
      return what instanceof CueWord w ? w.reach() : 0;
    }
  }

  /**
   * A topic word found in a sentence; offsets into the sentence.
   *
   * @param wordStart whether it starts a word of the sentence; one that does not still starts a
   *     word of a clause that begins where it does
   */
  public record TopicAt(int start, int end, String topic, boolean wordStart) {}

  private static final Map<Language, LanguagePack> PACKS = new ConcurrentHashMap<>();

  private final Language language;
  /** The triggers, then the cues, in file order: the order their matches take at one place. */
  private final List<Phrase> phrases;
  private final List<Topic> topics;

  private LanguagePack(Language language, List<Phrase> phrases, List<Topic> topics) {
    this.language = language;
    this.phrases = List.copyOf(phrases);
    this.topics = List.copyOf(topics);
  }

  /** The pack of {@code language}, read once. */
  public static LanguagePack of(Language language) {
    return PACKS.computeIfAbsent(language, LanguagePack::load);
  }

  /** Reads the pack in {@code lang/<code>/}; a malformed line is an error naming file and line. */
  static LanguagePack load(Language language) {
    String code = language.code();
    List<Phrase> phrases = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Row r : rows(code, "triggers.tsv", 2, 4)) {
      Optional<MeetingKind> kind =
          r.col(1).equals("NONE") ? Optional.empty() : Optional.of(r.enumValue(1, MeetingKind.class));
      String tense = r.cols.length > 2 ? r.oneOf(2, "past", "agreed", "greeting") : "";
      String object = r.cols.length > 3 ? r.oneOf(3, "person", "subjects") : "";
      r.unique(seen, "trigger");
      phrases.add(new Trigger(r.col(0), kind, !tense.isEmpty(), tense.equals("agreed"),
          tense.equals("greeting"), object.equals("person"), object.equals("subjects")));
    }
    seen.clear();
    for (Row r : rows(code, "cues.tsv", 2, 3)) {
      Cue cue = r.enumValue(1, Cue.class);
      r.unique(seen, cue.name());
      phrases.add(new CueWord(r.col(0), cue, r.cols.length > 2 ? r.number(2) : Integer.MAX_VALUE));
    }
    List<Topic> topics = new ArrayList<>();
    for (Row r : rows(code, "topics.tsv", 2, 2)) {
      topics.add(new Topic(r.col(0), r.col(1)));
    }
    return new LanguagePack(language, phrases, topics);
  }

  /** The language of this pack. */
  public Language language() {
    return language;
  }

  /** The triggers, then the cues, in file order. */
  public List<Phrase> phrases() {
    return phrases;
  }

  /** The topic words, in file order. */
  public List<Topic> topics() {
    return topics;
  }

  /**
   * Lower case as the packs write it, char for char so offsets stay those of the sentence: the
   * apostrophe U+2019 reads as {@code '}.
   */
  static char lower(char c) {
    return c == '’' ? '\'' : Character.toLowerCase(c);
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

    /** The column's word, one of {@code words}, or "" when empty. */
    String oneOf(int i, String... words) {
      if (cols[i].isEmpty() || Arrays.asList(words).contains(cols[i])) {
        return cols[i];
      }
      throw error("unknown word '" + cols[i] + "' in column " + (i + 1) + "; expected one of "
          + String.join(", ", words));
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
