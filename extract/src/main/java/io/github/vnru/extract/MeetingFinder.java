package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.AhoCorasick;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Evidence;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.model.Position;
import io.github.vnru.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the meetings of one article from its scanned sentences. Not thread-safe. */
final class MeetingFinder {
  /** A trigger phrase and the kind of meeting it reports. */
  private record Trigger(Pattern pattern, MeetingKind kind, Dispatch dispatch) {}

  /**
   * A trigger regex split into its top-level alternatives, each compiled alone, and for each char
   * the alternatives (in regex order) a match can start with. Trying at a position only those
   * alternatives, in order, gives the same first match as the whole alternation there, at a
   * fraction of the cost.
   */
  private static final class Dispatch {
    /**
     * {@code toLowerCase(toUpperCase(c))} per char: two chars match under CASE_INSENSITIVE |
     * UNICODE_CASE exactly when these are equal, which is how java.util.regex compares them.
     */
    static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
      }
    }

    /** {@link Character#isLetterOrDigit(char)} per char, for the candidate scan. */
    static final boolean[] LETTER_OR_DIGIT = new boolean[Character.MAX_VALUE + 1];

    static {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        LETTER_OR_DIGIT[c] = Character.isLetterOrDigit((char) c);
      }
    }

    static String fold(String s) {
      char[] out = s.toCharArray();
      for (int i = 0; i < out.length; i++) {
        out[i] = FOLD[out[i]];
      }
      return new String(out);
    }

    final Pattern[] alternatives;
    /**
     * Per alternative: literal texts, {@link #FOLD}ed, one of which every match of it starts with;
     * an empty one means any start.
     */
    final List<List<String>> prefixes = new ArrayList<>();
    /**
     * Per char: the indexes of the alternatives that can start with it; null if none. Filled only
     * for the chars that can start a prefix (all chars if some prefix is empty): no other char is
     * ever looked up.
     */
    final int[][] byChar = new int[Character.MAX_VALUE + 1][];

    Dispatch(String regex, int flags) {
      List<String> alts = splitTopLevel(regex);
      if (alts.size() > Long.SIZE) {
        throw new IllegalArgumentException("too many alternatives: " + regex);
      }
      alternatives = new Pattern[alts.size()];
      boolean[] first = new boolean[Character.MAX_VALUE + 1];
      boolean any = false;
      for (int i = 0; i < alts.size(); i++) {
        alternatives[i] = Pattern.compile(wrap(alts.get(i)), flags);
        List<String> folded = new ArrayList<>();
        for (String p : literalPrefixes(alts.get(i))) {
          folded.add(fold(p));
          if (p.isEmpty()) {
            any = true;
          } else {
            first[FOLD[p.charAt(0)]] = true;
          }
        }
        prefixes.add(folded);
      }
      // The chars the whole alternation can start with, by asking the regex engine: a one-char
      // text that it matches or reads past (hitEnd) may begin a match; no other char can.
      Matcher whole = Pattern.compile(wrap(regex), flags).matcher("");
      Matcher[] each = new Matcher[alternatives.length];
      for (int i = 0; i < each.length; i++) {
        each[i] = alternatives[i].matcher("");
      }
      int[] buf = new int[alternatives.length];
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (!any && !first[FOLD[c]]) {
          continue;
        }
        String one = String.valueOf((char) c);
        whole.reset(one);
        if (!(whole.lookingAt() || whole.hitEnd())) {
          continue;
        }
        int k = 0;
        for (int i = 0; i < each.length; i++) {
          each[i].reset(one);
          if (each[i].lookingAt() || each[i].hitEnd()) {
            buf[k++] = i;
          }
        }
        byChar[c] = Arrays.copyOf(buf, k);
      }
    }

    /**
     * Literal texts one of which every match of a regex starts with: a leading look-behind is
     * skipped and a leading unquantified group is expanded into its alternatives.
     */
    private static List<String> literalPrefixes(String regex) {
      if (regex.startsWith("(?<!") || regex.startsWith("(?<=")) {
        return literalPrefixes(regex.substring(groupEnd(regex) + 1));
      }
      if (regex.startsWith("(?:")) {
        int close = groupEnd(regex);
        String rest = regex.substring(close + 1);
        if (!rest.isEmpty() && "?*+{".indexOf(rest.charAt(0)) >= 0) {
          return List.of("");
        }
        List<String> out = new ArrayList<>();
        for (String alt : splitTopLevel(regex.substring(3, close))) {
          out.addAll(literalPrefixes(alt + rest));
        }
        return out;
      }
      return List.of(literalPrefix(regex));
    }

    /** The index of the parenthesis closing the group that opens a regex. */
    private static int groupEnd(String regex) {
      int depth = 0;
      boolean inClass = false;
      for (int i = 0; i < regex.length(); i++) {
        char c = regex.charAt(i);
        if (c == '\\') {
          i++;
        } else if (inClass) {
          inClass = c != ']';
        } else if (c == '[') {
          inClass = true;
        } else if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return i;
        }
      }
      throw new IllegalArgumentException("unbalanced: " + regex);
    }

    /** The leading literal chars of a regex, less one made optional by a quantifier. */
    private static String literalPrefix(String regex) {
      int i = 0;
      while (i < regex.length() && "\\[](){}.*+?^$|".indexOf(regex.charAt(i)) < 0) {
        i++;
      }
      if (i < regex.length() && "?*+{".indexOf(regex.charAt(i)) >= 0 && i > 0) {
        i--;
      }
      return regex.substring(0, i);
    }

    private static String wrap(String regex) {
      return "(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])";
    }

    /** The top-level alternatives of a regex without escapes inside classes. */
    private static List<String> splitTopLevel(String regex) {
      List<String> out = new ArrayList<>();
      int depth = 0;
      boolean inClass = false;
      int from = 0;
      for (int i = 0; i < regex.length(); i++) {
        char c = regex.charAt(i);
        if (c == '\\') {
          i++;
        } else if (inClass) {
          inClass = c != ']';
        } else if (c == '[') {
          inClass = true;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (c == '|' && depth == 0) {
          out.add(regex.substring(from, i));
          from = i + 1;
        }
      }
      out.add(regex.substring(from));
      return out;
    }
  }

  private static final List<Trigger> VI_TRIGGERS =
      List.of(
          t("(?:điện đàm|hội đàm|hội kiến|gặp|gặp gỡ|hội nghị|trao đổi) trực tuyến|cầu truyền hình"
              + "|qua (?:video|hình thức trực tuyến)|truyền hình trực tuyến", MeetingKind.VIDEO_CALL),
          t("điện đàm|cuộc gọi|gọi điện|nói chuyện (?:qua|bằng) điện thoại"
              + "|trao đổi (?:qua|bằng) điện thoại", MeetingKind.PHONE_CALL),
          t("hội kiến|hội đàm|gặp gỡ|gặp mặt|cuộc gặp|gặp|tiếp kiến|đón tiếp|tiếp đón|chào đón"
              + "|làm việc với|tiếp(?!\\s+(?:tục|theo|cận|nhận|xúc|thu|nối|sức|tế|diễn|giáp|viện"
              + "|thị|tuyến|quản|lời|ứng|cư|hợp|bước|nữa|đó|sau|đến|tới|theo))",
              MeetingKind.MEETING),
          t("gửi thư|thư chúc mừng|điện mừng|điện chúc mừng|thư cảm ơn|gửi điện|thư trả lời"
              + "|bức thư|thông điệp|(?<!bí )thư(?! ký| viện| mục| tịch)", MeetingKind.LETTER));
  private static final List<Trigger> EN_TRIGGERS =
      List.of(
          t("video calls?|video conferences?|videoconferences?|video links?|online talks"
              + "|virtual (?:meeting|talks|summit)s?|online meetings?|via video", MeetingKind.VIDEO_CALL),
          t("phone calls?|phone conversations?|telephone conversations?|telephone talks"
              + "|phone talks|telephone calls?|phoned|by (?:tele)?phone|over the (?:tele)?phone"
              + "|spoke on the phone", MeetingKind.PHONE_CALL),
          t("met|meets?|meeting|held talks|hold talks|holds talks|talks with|talks between"
              + "|received|receives|receiving|reception|hosted|hosts|sat down with"
              + "|in talks|talks in", MeetingKind.MEETING),
          t("letters?|messages?|congratulatory|cables?", MeetingKind.LETTER));

  private static Trigger t(String regex, MeetingKind kind) {
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return new Trigger(
        Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])", flags),
        kind,
        new Dispatch(regex, flags));
  }
  /**
   * The triggers of one language with their alternatives' prefixes indexed by folded first char,
   * so that one pass over a folded text finds every place where some alternative may match.
   */
  private static final class TriggerSet {
    /** An alternative's prefix, folded: {@code alt} of the trigger at {@code trigger}. */
    private record Entry(int trigger, int alt, char[] prefix) {}

    final List<Trigger> triggers;
    /** Per folded char: the prefixes starting with it. */
    final Entry[][] byFirst = new Entry[Character.MAX_VALUE + 1][];
    /** Per trigger: the alternatives with an empty prefix, tried at every word start. */
    final long[] wild;
    final boolean anyWild;

    TriggerSet(List<Trigger> triggers) {
      this.triggers = triggers;
      wild = new long[triggers.size()];
      boolean w = false;
      Map<Character, List<Entry>> by = new LinkedHashMap<>();
      for (int t = 0; t < triggers.size(); t++) {
        List<List<String>> prefixes = triggers.get(t).dispatch.prefixes;
        for (int k = 0; k < prefixes.size(); k++) {
          for (String p : prefixes.get(k)) {
            if (p.isEmpty()) {
              wild[t] |= 1L << k;
              w = true;
            } else {
              by.computeIfAbsent(p.charAt(0), c -> new ArrayList<>())
                  .add(new Entry(t, k, p.toCharArray()));
            }
          }
        }
      }
      anyWild = w;
      by.forEach((c, list) -> byFirst[c] = list.toArray(new Entry[0]));
    }

    /**
     * Per trigger, the positions of {@code text} worth trying, ascending: word starts (not after
     * a letter or digit, where the look-behind fails; a surrogate is neither) at which a prefix
     * of one of its alternatives occurs, case-folded; and per position those alternatives as
     * bits. Any match of an alternative starts at such a position with its bit set.
     */
    Candidates candidates(String text) {
      int n = text.length();
      char[] f = new char[n];
      for (int i = 0; i < n; i++) {
        f[i] = Dispatch.FOLD[text.charAt(i)];
      }
      Candidates out = new Candidates(triggers.size());
      long[] bits = new long[triggers.size()];
      for (int i = 0; i < n; i++) {
        Entry[] es = byFirst[f[i]];
        if ((es == null && !anyWild) || (i > 0 && Dispatch.LETTER_OR_DIGIT[text.charAt(i - 1)])) {
          continue;
        }
        System.arraycopy(wild, 0, bits, 0, bits.length);
        if (es != null) {
          for (Entry e : es) {
            if (startsWith(f, i, e.prefix)) {
              bits[e.trigger] |= 1L << e.alt;
            }
          }
        }
        for (int t = 0; t < bits.length; t++) {
          if (bits[t] != 0) {
            out.add(t, i, bits[t]);
          }
        }
      }
      return out;
    }

    private static boolean startsWith(char[] text, int at, char[] prefix) {
      if (at + prefix.length > text.length) {
        return false;
      }
      for (int i = 1; i < prefix.length; i++) {
        if (text[at + i] != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /** Per trigger: candidate positions, ascending, and the alternatives to try at each as bits. */
  private static final class Candidates {
    final int[][] at;
    final long[][] alts;
    final int[] size;

    Candidates(int triggers) {
      at = new int[triggers][];
      alts = new long[triggers][];
      size = new int[triggers];
    }

    void add(int t, int pos, long bits) {
      int s = size[t];
      if (at[t] == null) {
        at[t] = new int[8];
        alts[t] = new long[8];
      } else if (s == at[t].length) {
        at[t] = Arrays.copyOf(at[t], s * 2);
        alts[t] = Arrays.copyOf(alts[t], s * 2);
      }
      at[t][s] = pos;
      alts[t][s] = bits;
      size[t] = s + 1;
    }
  }

  private static final TriggerSet VI_SET = new TriggerSet(VI_TRIGGERS);
  private static final TriggerSet EN_SET = new TriggerSet(EN_TRIGGERS);


  /**
   * A regex and the literal texts one of which each of its matches starts with (see {@link
   * Dispatch#literalPrefixes}), {@link Dispatch#FOLD}ed: two chars the regex takes as equal fold
   * alike, so a text in which none occurs, folded, has no match, and find() is skipped there.
   */
  private static final class Guarded {
    final Pattern pattern;
    /** The folded prefixes; null if one is empty or folds oddly, and the regex always runs. */
    final String[] prefixes;

    Guarded(String regex, int flags) {
      pattern = Pattern.compile(regex, flags);
      List<String> out = new ArrayList<>();
      for (String alt : Dispatch.splitTopLevel(regex)) {
        for (String p : Dispatch.literalPrefixes(alt)) {
          String f = Dispatch.fold(p);
          out.add(f.isEmpty() || !f.equals(Dispatch.fold(f)) ? null : f);
        }
      }
      prefixes = out.contains(null) ? null : out.toArray(new String[0]);
    }

    boolean find(String text) {
      if (prefixes != null) {
        String folded = Dispatch.fold(text);
        boolean any = false;
        for (int i = 0; i < prefixes.length && !any; i++) {
          any = folded.contains(prefixes[i]);
        }
        if (!any) {
          return false;
        }
      }
      return pattern.matcher(text).find();
    }
  }

  private static final Guarded NOT_PARTICIPANT_BEFORE =
      new Guarded(
          "(?:thăm hỏi|lời chào|lời chúc|chuyển lời|gửi lời|mời|invited?|invitation to"
              + "|greetings to|regards to|greetings of|greetings from|on behalf of|leadership of"
              + "|anniversary of|kỷ niệm|tưởng niệm|birthday of|sự lãnh đạo của|lãnh đạo của"
              + "|congratulated|chúc mừng)(?:\\s+\\S+){0,3}\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NOT_PARTICIPANT_AFTER =
      Pattern.compile(
          "^['’]s\\s+(?:greetings|invitation|message|regards|letter|best wishes)",
          Pattern.CASE_INSENSITIVE);
  private static final Guarded RECALL =
      new Guarded(
          "(?<![\\p{L}])(?:trước đây|trước đó|năm ngoái|từng|nhắc lại|hồi tưởng|lần trước"
              + "|cuộc gặp trước|previous|previously|earlier|last year|recalled|had met|once met"
              + "|in the past)(?![\\p{L}])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Guarded AT_PLACE =
      new Guarded(
          "(?:tại|ở|in|at|đến|tới)\\s+(?:(?:thủ đô|thành phố|tp\\.?|điện|the capital(?: city)?"
              + "(?: of)?|the)\\s+)?$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Guarded VISIT_PLACE =
      new Guarded(
          "(?:thăm|visit(?:ing|s|ed)?(?: to)?|trip to|tour of)(?:\\s+\\S+){0,6}?\\s+$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Guarded INVITED =
      new Guarded("mời|invit", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Guarded COOPERATION =
      new Guarded("hợp tác|cooperat|collaborat|partnership", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> TOPICS = topics();
  /**
   * The topics' regexes expanded to the literal words they are ({@code defen[cs]e} to both
   * spellings), for a plain search: {@code (?<![\\p{L}])(?:a|b)} without CASE_INSENSITIVE finds
   * exactly an occurrence of a or b not preceded by a letter.
   */
  private static final List<Map.Entry<String[], String>> TOPIC_WORDS = topicWords();

  private static List<Map.Entry<String[], String>> topicWords() {
    List<Map.Entry<String[], String>> out = new ArrayList<>();
    TOPICS.forEach(
        (re, topic) -> {
          List<String> words = new ArrayList<>();
          for (String alt : re.split("\\|")) {
            int open = alt.indexOf('[');
            if (open < 0) {
              words.add(alt);
            } else {
              int close = alt.indexOf(']', open);
              for (char c : alt.substring(open + 1, close).toCharArray()) {
                words.add(alt.substring(0, open) + c + alt.substring(close + 1));
              }
            }
          }
          out.add(Map.entry(words.toArray(new String[0]), topic));
        });
    return out;
  }

  /** Every topic word, with its topic, to find them all in one pass over a text. */
  private static final AhoCorasick<String> TOPIC_SEARCH = topicSearch();

  private static AhoCorasick<String> topicSearch() {
    AhoCorasick.Builder<String> b = AhoCorasick.builder();
    for (Map.Entry<String[], String> e : TOPIC_WORDS) {
      for (String word : e.getKey()) {
        b.add(word, e.getValue());
      }
    }
    return b.build();
  }

  /** The topics one of whose words occurs in the lower-cased text not right after a letter. */
  private static Set<String> topicsOf(String text) {
    String low = text.toLowerCase(Locale.ROOT);
    Set<String> topics = new HashSet<>();
    for (AhoCorasick.Match<String> m : TOPIC_SEARCH.findAll(low)) {
      int i = m.start();
      if (i == 0 || !Character.isLetter(low.codePointBefore(i))) {
        topics.add(m.payload());
      }
    }
    return topics;
  }

  /** {@link #topicsOf} per text, for this article. */
  private final Map<String, Set<String>> topicsByText = new HashMap<>();

  private static Map<String, String> topics() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("dầu khí|oil and gas|oil & gas|petroleum", "oil and gas");
    m.put("năng lượng|energy", "energy");
    m.put("điện hạt nhân|nuclear power|nuclear energy", "nuclear power");
    m.put("quốc phòng|defen[cs]e|military", "defence");
    m.put("an ninh|security", "security");
    m.put("giáo dục|education", "education");
    m.put("đào tạo|training", "training");
    m.put("thương mại|trade", "trade");
    m.put("kinh tế|econom", "economy");
    m.put("đầu tư|investment", "investment");
    m.put("du lịch|tourism", "tourism");
    m.put("y tế|health", "health");
    m.put("covid-19|covid|vắc-xin|vaccine", "COVID-19");
    m.put("văn hóa|văn hoá|cultur", "culture");
    m.put("khoa học|science", "science");
    m.put("công nghệ|technolog", "technology");
    m.put("giao thông|transport", "transport");
    m.put("nông nghiệp|agricultur", "agriculture");
    m.put("lao động|labour|labor", "labour");
    m.put("kênh đảng|party channel|inter-party|party-to-party", "party relations");
    m.put("thể thao|sport", "sport");
    return m;
  }

  private final Lexicon lexicon;
  private final MentionFinder mentions;
  private final ExtractionInput input;
  private final Language language;
  private boolean articlePlaceDone;
  private Place articlePlace;

  MeetingFinder(Lexicon lexicon, MentionFinder mentions, ExtractionInput input) {
    this.lexicon = lexicon;
    this.mentions = mentions;
    this.input = input;
    this.language = input.language();
  }

  /** A meeting being assembled from one or more sentences. */
  private static final class Draft {
    MeetingKind kind;
    final Map<String, String> participants = new LinkedHashMap<>();
    PartialDate date;
    Place place;
    boolean recalled;
    final List<Scanned> sentences = new ArrayList<>();
    final List<String> clauses = new ArrayList<>();
  }

  /** Per-clause results that do not depend on the trigger, computed once. */
  private static final class Clause {
    final String text;
    final int start;
    final int end;
    final int number;
    /** Per item index of the sentence: the clause number + 1 its entry below is for, else 0. */
    final int[] memoFor;
    /** Per item index: whether the item is excluded as a participant (see memoFor). */
    final boolean[] excluded;
    Boolean recall;
    boolean placeDone;
    Place place;

    Clause(String text, int start, int end, int number, int[] memoFor, boolean[] excluded) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.number = number;
      this.memoFor = memoFor;
      this.excluded = excluded;
    }
  }

  private static final MeetingKind[] KINDS = MeetingKind.values();

  List<Meeting> find() {
    List<Draft> drafts = new ArrayList<>();
    for (Scanned s : mentions.sentences()) {
      String text = s.text();
      int clauseStart = 0;
      Matcher after = null;
      int[] memoFor = null;
      boolean[] excluded = null;
      int number = 0;
      for (String clauseText : text.split(";", -1)) {
        number++;
        int cs = clauseStart;
        int ce = cs + clauseText.length();
        clauseStart = ce + 1;
        List<int[]> trigs = triggers(clauseText);
        if (trigs.isEmpty()) {
          continue;
        }
        if (after == null) {
          after = NOT_PARTICIPANT_AFTER.matcher(text);
          memoFor = new int[s.items.size()];
          excluded = new boolean[s.items.size()];
        }
        Clause clause = new Clause(clauseText, cs, ce, number, memoFor, excluded);
        for (int k = 0; k < trigs.size(); k++) {
          int[] tr = trigs.get(k);
          MeetingKind kind = KINDS[tr[2]];
          // Subjects before the first trigger take part in each; objects up to the next trigger.
          int from = k == 0 ? cs : cs + tr[0];
          int to = k + 1 < trigs.size() ? cs + trigs.get(k + 1)[0] : ce;
          Map<String, String> parts =
              participants(s, clause, cs + trigs.get(0)[0], from, to, after);
          addDraft(drafts, s, clause, kind, cs + tr[0], parts);
        }
      }
    }
    return finish(drafts);
  }

  /** {@link #triggers} per text: a sentence is searched for its clauses and again whole. */
  private final Map<String, List<int[]>> triggersByText = new HashMap<>();

  /**
   * Trigger matches in a clause, as {start, end, kind ordinal}, by start, without overlaps. The
   * list is shared: do not change it.
   */
  private List<int[]> triggers(String clause) {
    List<int[]> memo = triggersByText.get(clause);
    if (memo == null) {
      memo = computeTriggers(clause);
      triggersByText.put(clause, memo);
    }
    return memo;
  }

  private List<int[]> computeTriggers(String clause) {
    List<int[]> out = new ArrayList<>();
    TriggerSet set = language == Language.ENGLISH ? EN_SET : VI_SET;
    Candidates cand = set.candidates(clause);
    boolean[] covered = null;
    for (int t = 0; t < set.triggers.size(); t++) {
      Trigger trigger = set.triggers.get(t);
      List<int[]> found = matches(trigger, clause, cand, t, false);
      if (found.isEmpty()) {
        continue;
      }
      if (covered == null) {
        covered = new boolean[clause.length() + 1];
      }
      for (int[] m : found) {
        boolean free = true;
        for (int x = m[0]; x < m[1] && free; x++) {
          free = !covered[x];
        }
        if (free) {
          out.add(new int[] {m[0], m[1], trigger.kind.ordinal()});
        }
      }
      for (int[] x : out) {
        Arrays.fill(covered, x[0], x[1], true);
      }
    }
    out.sort((x, y) -> Integer.compare(x[0], y[0]));
    // A letter trigger next to a meeting trigger ("thư" in a talk) does not start a new event.
    if (out.stream().anyMatch(x -> x[2] != MeetingKind.LETTER.ordinal())) {
      out.removeIf(x -> x[2] == MeetingKind.LETTER.ordinal());
    } else if (out.size() > 1) {
      out.subList(1, out.size()).clear();
    }
    return out;
  }

  /**
   * The matches {@code trigger.pattern().matcher(text)}'s find() reports in a loop, as {start,
   * end}, or only the first if {@code firstOnly}: the candidate positions left to right, and at
   * each the alternatives in regex order, but only those that can start there.
   */
  private static List<int[]> matches(
      Trigger trigger, String text, Candidates cand, int t, boolean firstOnly) {
    List<int[]> out = new ArrayList<>();
    Dispatch d = trigger.dispatch;
    Matcher[] ms = null;
    int n = text.length();
    int i = 0;
    for (int ci = 0; ci < cand.size[t]; ci++) {
      int p = cand.at[t][ci];
      int[] alts = p < i ? null : d.byChar[text.charAt(p)];
      if (alts == null) {
        continue;
      }
      if (ms == null) {
        ms = new Matcher[d.alternatives.length];
      }
      long bits = cand.alts[t][ci];
      int a = -1;
      int b = -1;
      for (int k : alts) {
        if ((bits & (1L << k)) == 0) {
          continue;
        }
        if (ms[k] == null) {
          ms[k] = d.alternatives[k].matcher(text)
              .useTransparentBounds(true).useAnchoringBounds(false);
        }
        Matcher m = ms[k].region(p, n);
        if (m.lookingAt()) {
          a = m.start();
          b = m.end();
          break;
        }
      }
      if (a < 0) {
        continue;
      }
      out.add(new int[] {a, b});
      if (firstOnly) {
        break;
      }
      i = b > a ? b : a + 1;
    }
    return out;
  }

  private Map<String, String> participants(
      Scanned s, Clause clause, int subjectEnd, int from, int to, Matcher after) {
    String text = s.text();
    int cs = clause.start;
    Map<String, String> parts = new LinkedHashMap<>();
    List<Item> items = s.items;
    // Items are sorted by start: visit only those that can be subjects, then objects.
    int k = firstStartingAt(items, cs);
    int objectsFrom = firstStartingAt(items, Math.max(cs, from));
    while (k < items.size()) {
      Item it = items.get(k);
      if (it.start >= subjectEnd && k < objectsFrom) {
        k = objectsFrom;
        continue;
      }
      if (it.start >= Math.max(subjectEnd, to)) {
        break;
      }
      int index = k++;
      if (it.kind != TermKind.PERSON || it.start < cs) {
        continue;
      }
      boolean subject = it.end <= subjectEnd;
      boolean object = it.start >= from && it.end <= to;
      if (!subject && !object) {
        continue;
      }
      if (clause.memoFor[index] != clause.number) {
        String before = text.substring(Math.max(cs, it.phraseStart - 60), it.phraseStart);
        // a region, not a substring: the pattern is anchored, so only the start is tried
        clause.excluded[index] = NOT_PARTICIPANT_BEFORE.find(before)
            || after.region(it.end, text.length()).lookingAt();
        clause.memoFor[index] = clause.number;
      }
      if (clause.excluded[index]) {
        continue;
      }
      String title = it.title;
      if (betterTitle(title, parts.get(it.id))) {
        parts.put(it.id, title.strip());
      } else if (!parts.containsKey(it.id)) {
        parts.put(it.id, null);
      }
    }
    return parts;
  }

  /** Forms of address that say nothing of office: a real title found later replaces them. */
  private static final Set<String> HONORIFICS =
      Set.of("dong chi", "ong", "ba", "ngai", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "comrade");

  /** Whether {@code candidate} is a better title than {@code current}: an office over a mere honorific. */
  private static boolean betterTitle(String candidate, String current) {
    if (candidate == null || candidate.isBlank()) {
      return false;
    }
    return current == null || (isHonorific(current) && !isHonorific(candidate));
  }

  private static boolean isHonorific(String title) {
    return HONORIFICS.contains(Folding.fold(title.strip()));
  }

  /** The index of the first item starting at or after {@code pos}; items are sorted by start. */
  private static int firstStartingAt(List<Item> items, int pos) {
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (items.get(mid).start < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void addDraft(
      List<Draft> drafts, Scanned s, Clause clause, MeetingKind kind, int trigger,
      Map<String, String> parts) {
    if (parts.size() < 2) {
      return;
    }
    Draft d = new Draft();
    d.kind = kind;
    d.participants.putAll(parts);
    d.sentences.add(s);
    d.clauses.add(clause.text);
    d.date = dateOf(s, trigger);
    if (clause.recall == null) {
      clause.recall = RECALL.find(clause.text);
    }
    d.recalled = clause.recall
        || (d.date != null && d.date.year().isPresent()
            && input.publishedDate().isPresent()
            && d.date.year().getAsInt() < input.publishedDate().get().getYear());
    if (kind != MeetingKind.PHONE_CALL && kind != MeetingKind.VIDEO_CALL) {
      if (!clause.placeDone) {
        clause.place = placeIn(s, clause.start, clause.end);
        clause.placeDone = true;
      }
      d.place = clause.place;
    }
    merge(drafts, d);
  }

  private List<Meeting> finish(List<Draft> drafts) {
    PartialDate eventDate = eventDate();
    List<Meeting> out = new ArrayList<>();
    long current = drafts.stream().filter(d -> !d.recalled).count();
    Draft previous = null;
    for (Draft d : drafts) {
      if (d.date == null && !d.recalled) {
        d.date = eventDate;
      }
      if (d.kind == MeetingKind.MEETING && d.place == null && previous != null
          && previous.place != null && !d.recalled
          && (d.date == null || previous.date == null || d.date.isCompatibleWith(previous.date))) {
        d.place = previous.place; // "the same day, ..." in the same city
      }
      if (d.kind == MeetingKind.MEETING && d.place == null) {
        if (!articlePlaceDone) {
          articlePlace = articlePlace(); // the same for every draft: find it once
          articlePlaceDone = true;
        }
        d.place = articlePlace;
      }
      if (d.kind == MeetingKind.MEETING && !d.recalled) {
        previous = d;
      }
      if (d.kind == MeetingKind.PHONE_CALL || d.kind == MeetingKind.VIDEO_CALL) {
        d.place = null;
      }
      out.add(build(d, current == 1 && !d.recalled));
    }
    return out;
  }

  private void merge(List<Draft> drafts, Draft d) {
    for (Draft e : drafts) {
      boolean sameSet = e.participants.keySet().equals(d.participants.keySet());
      boolean subset = e.participants.keySet().containsAll(d.participants.keySet())
          || d.participants.keySet().containsAll(e.participants.keySet());
      if (!subset || e.recalled != d.recalled) {
        continue;
      }
      boolean kindsOk = e.kind == d.kind
          || (sameSet && e.kind != MeetingKind.LETTER && d.kind != MeetingKind.LETTER);
      if (!kindsOk) {
        continue;
      }
      if (e.date != null && d.date != null && !e.date.isCompatibleWith(d.date)) {
        continue;
      }
      if (d.kind.ordinal() > e.kind.ordinal() && d.kind != MeetingKind.LETTER) {
        e.kind = d.kind; // PHONE_CALL/VIDEO_CALL are more specific than MEETING
      }
      d.participants.forEach(
          (k, v) -> {
            if (!e.participants.containsKey(k) || betterTitle(v, e.participants.get(k))) {
              e.participants.put(k, v);
            }
          });
      if (e.date == null || (d.date != null && moreExact(d.date, e.date))) {
        e.date = d.date != null ? d.date : e.date;
      }
      if (e.place == null || (e.place.city().isEmpty() && d.place != null
          && d.place.city().isPresent())) {
        e.place = d.place != null ? d.place : e.place;
      }
      e.sentences.addAll(d.sentences);
      e.clauses.addAll(d.clauses);
      return;
    }
    drafts.add(d);
  }

  private static boolean moreExact(PartialDate a, PartialDate b) {
    return a.isCompatibleWith(b) && a.year().isPresent() && b.year().isEmpty();
  }

  /** The sentence's event date nearest before the trigger, else the first after it. */
  private static PartialDate dateOf(Scanned s, int trigger) {
    DateMention best = null;
    for (DateMention d : s.sentence.dates()) {
      int local = d.start() - s.sentence.start();
      if (local <= trigger) {
        best = d;
      } else if (best == null) {
        best = d;
        break;
      }
    }
    return best == null ? null : best.date();
  }

  /** A date in the first body sentences that report an event. */
  private PartialDate eventDate() {
    int body = 0;
    for (Scanned s : mentions.sentences()) {
      if (s.segment == SegmentKind.TITLE) {
        continue;
      }
      if (++body > 3) {
        break;
      }
      boolean hasTrigger = false;
      TriggerSet set = language == Language.ENGLISH ? EN_SET : VI_SET;
      Candidates cand = set.candidates(s.text());
      for (int t = 0; t < set.triggers.size() && !hasTrigger; t++) {
        Trigger trigger = set.triggers.get(t);
        hasTrigger = trigger.kind != MeetingKind.LETTER
            && !matches(trigger, s.text(), cand, t, true).isEmpty();
      }
      if (hasTrigger && !s.sentence.dates().isEmpty()) {
        return s.sentence.dates().get(0).date();
      }
    }
    return null;
  }

  private Place placeIn(Scanned s, int cs, int ce) {
    String text = s.text();
    Place country = null;
    for (Item it : s.items) {
      if (it.kind != TermKind.PLACE || it.start < cs || it.end > ce
          || !(it.term != null && it.term.ref() instanceof PlaceEntry pe)) {
        continue;
      }
      String before = text.substring(Math.max(cs, it.start - 40), it.start);
      boolean at = AT_PLACE.find(before);
      boolean visit = VISIT_PLACE.find(before) && !INVITED.find(before);
      if (at && pe.isCity()) {
        return Place.of(pe.name(), pe.country());
      }
      if ((at || visit) && country == null) {
        country = pe.isCity() ? Place.of(pe.name(), pe.country()) : Place.ofCountry(pe.country());
      }
    }
    return country;
  }

  private Place articlePlace() {
    // "Tại cuộc gặp ở Bình Nhưỡng": a sentence about the meeting that names its city.
    for (Scanned s : mentions.sentences()) {
      if (triggers(s.text()).stream().anyMatch(x -> x[2] == MeetingKind.MEETING.ordinal())) {
        Place p = placeIn(s, 0, s.text().length());
        if (p != null && p.city().isPresent()) {
          return p;
        }
      }
    }
    if (input.dateline().isPresent()) {
      Optional<PlaceEntry> p = lexicon.place(input.dateline().get());
      if (p.isPresent()) {
        return p.get().isCity()
            ? Place.of(p.get().name(), p.get().country())
            : Place.ofCountry(p.get().country());
      }
    }
    for (Scanned s : mentions.sentences()) {
      String text = s.text();
      for (Item it : s.items) {
        if (it.kind == TermKind.PLACE && it.term != null
            && it.term.ref() instanceof PlaceEntry pe) {
          String before = text.substring(Math.max(0, it.start - 40), it.start);
          if (VISIT_PLACE.find(before) && !INVITED.find(before)) {
            return pe.isCity() ? Place.of(pe.name(), pe.country()) : Place.ofCountry(pe.country());
          }
        }
      }
    }
    return null;
  }

  private Meeting build(Draft d, boolean articleTopics) {
    Scanned first = d.sentences.get(0);
    Evidence evidence =
        Evidence.of(first.text(), Span.of(first.sentence.start(), first.sentence.end()));
    var b = Meeting.builder().kind(d.kind).evidence(evidence).recalled(d.recalled);
    if (d.date != null) {
      b.date(d.date);
    }
    if (d.place != null) {
      b.place(d.place);
    }
    OptionalInt year = d.date != null ? d.date.year() : OptionalInt.empty();
    if (year.isEmpty()) {
      year = mentions.articleYear();
    }
    if (year.isEmpty()) {
      year = estimateYear(d.participants.keySet());
    }
    Set<PartyId> parties = new LinkedHashSet<>();
    for (Map.Entry<String, String> e : d.participants.entrySet()) {
      PersonId id = PersonId.of(e.getKey());
      b.addParticipant(
          e.getValue() == null ? Participant.of(id) : Participant.of(id, e.getValue()));
      Optional<Person> p = mentions.person(e.getKey());
      if (p.isPresent()) {
        if (year.isPresent()) {
          parties.addAll(p.get().partiesIn(year.getAsInt()));
        } else {
          p.get().memberships().stream().filter(m -> m.to().isEmpty())
              .forEach(m -> parties.add(m.party()));
        }
      }
    }
    b.addAllParties(parties);
    Set<String> topics = new TreeSet<>();
    List<String> texts = new ArrayList<>(d.clauses);
    if (articleTopics) {
      for (Scanned s : mentions.sentences()) {
        if (COOPERATION.find(s.text())) {
          texts.add(s.text());
        }
      }
    }
    for (String text : texts) {
      // merged drafts repeat clauses, and each meeting may search every cooperation sentence
      topics.addAll(topicsByText.computeIfAbsent(text, MeetingFinder::topicsOf));
    }
    b.addAllTopics(topics);
    return b.build();
  }

  /**
   * The latest year in which every registered participant held some position, looking no later
   * than the registry's horizon (the year after the last it records), not the clock.
   */
  private OptionalInt estimateYear(Set<String> ids) {
    // the persons that count, looked up once rather than once per year
    List<Person> persons = new ArrayList<>();
    for (String id : ids) {
      Optional<Person> p = mentions.person(id);
      if (p.isPresent() && p.get().registered() && !p.get().positions().isEmpty()) {
        persons.add(p.get());
      }
    }
    for (int y = lexicon.horizonYear(); y >= 1900; y--) {
      boolean all = true;
      for (Person p : persons) {
        final int year = y;
        if (p.positions().stream().noneMatch((Position x) -> x.heldIn(year))) {
          all = false;
          break;
        }
      }
      if (all) {
        return OptionalInt.of(y);
      }
    }
    return OptionalInt.empty();
  }
}
