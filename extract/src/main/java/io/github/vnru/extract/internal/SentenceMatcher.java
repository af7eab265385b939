package io.github.vnru.extract.internal;

import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.CueWord;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.LanguagePack.Phrase;
import io.github.vnru.extract.internal.LanguagePack.Topic;
import io.github.vnru.extract.internal.LanguagePack.TopicAt;
import io.github.vnru.extract.internal.LanguagePack.Trigger;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One automaton per language over the registry's spellings (persons, parties, places, titles) and
 * the language pack's phrases (triggers, cues, topic words), run once over each sentence's folded
 * text. Registry spellings match folded text, as they always have; pack phrases are written in
 * lower case with their diacritics, so each is put in folded and every occurrence is checked
 * against the lower-cased original ({@code hội} must not match {@code hồi}). That finds every
 * occurrence the lower-cased text has: every char folds as its lower case does ({@code
 * FoldingTest}). Immutable and thread-safe.
 */
public final class SentenceMatcher {
  /** The longest syllable of Vietnamese spelling, in letters (nghiêng). */
  private static final int MAX_SYLLABLE = 7;

  /** What a pattern of the automaton stands for: a registry spelling or a pack phrase. */
  public sealed interface Pattern permits Term, Phrase {}

  /**
   * What one sentence holds.
   *
   * @param terms every registry spelling in the folded text that starts a word and ends one (or
   *     ends in a char that is not a letter or digit), and that the text starts with a capital
   *     when the spelling must ({@link Term#capitalised}), ordered by end then longest first; the
   *     mention stages check the rest of case
   * @param phrases the triggers and cues, by start: per layer (the triggers; each kind of cue) the
   *     longest at each place, left to right without overlaps, whole words only
   * @param topics the topic words that start a word, or that a clause beginning where they do
   *     would see start one
   */
  public record Matches(TermHits terms, List<Found> phrases, List<TopicAt> topics) {}

  /**
   * The registry spellings found in a sentence ({@link Matches#terms}), each a span and its term
   * in arrays: what the candidate scan checks of a term is read from the matcher's arrays beside
   * the automaton's, not from the term, whose object is read only for the spans kept.
   */
  public static final class TermHits {
    /** Per hit {@code h}: start, end and pattern number at {@code 3 h}, {@code 3 h + 1}, {@code 3 h + 2}. */
    private final int[] hits;
    private final int size;
    private final SentenceMatcher matcher;

    TermHits(int[] hits, int size, SentenceMatcher matcher) {
      this.hits = hits;
      this.size = size;
      this.matcher = matcher;
    }

    /** The number of hits. */
    public int size() {
      return size;
    }

    /** Where hit {@code h} starts in the sentence. */
    public int start(int h) {
      return hits[3 * h];
    }

    /** Where hit {@code h} ends in the sentence. */
    public int end(int h) {
      return hits[3 * h + 1];
    }

    /** The term of hit {@code h}. */
    public Term term(int h) {
      return (Term) matcher.automaton.payload(hits[3 * h + 2]);
    }

    /** What the candidate scan asks of hit {@code h}'s term: {@link #EXACT_CASE} and the others. */
    public int flags(int h) {
      return matcher.info[hits[3 * h + 2]];
    }

    /**
     * Whether {@code text[a, b)} lowered ({@link Term#lower}) equals hit {@code h}'s alias lowered
     * (asked of a {@link #SINGLE_WORD} term only); a span with U+0130, the Greek capital sigma or
     * a surrogate is lowered as a string. {@code chars} holds the chars of {@code text}, only
     * read: charAt on a two-byte string costs more than the test.
     */
    public boolean lowerEquals(String text, char[] chars, int a, int b, int h) {
      int p = hits[3 * h + 2];
      char[] packed = matcher.text;
      int from = matcher.textStart[p];
      int to = matcher.textStart[p + 1];
      for (int i = a; i < b; i++) {
        char c = chars[i];
        if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) {
          return Term.lower(text.substring(a, b)).equals(new String(packed, from, to - from));
        }
      }
      if (to - from != b - a) {
        return false;
      }
      for (int i = a; i < b; i++) {
        char l = Character.toLowerCase(chars[i]);
        if ((l == 'ё' ? 'е' : l) != packed[from + i - a]) {
          return false;
        }
      }
      return true;
    }
  }

  /** A term whose text must match its alias's case exactly ({@link Term#exactCase}). */
  public static final int EXACT_CASE = 1 << 2;
  /** A term of one word ({@link Term#singleWord}). */
  public static final int SINGLE_WORD = 1 << 3;
  /** A title's term. */
  public static final int TITLE = 1 << 4;
  /** A term whose alias is all ASCII. */
  public static final int ASCII_ALIAS = 1 << 5;

  /** What a pattern is, in the low bits of {@link #info}. */
  private static final int KIND = 3;
  private static final int TERM = 0;
  private static final int TOPIC = 1;
  private static final int PHRASE = 2;
  private static final int TRIGGER = 3;
  /** A phrase's layer ({@link #layered}) from this bit on; a {@link Cue#NONE} phrase's is -1. */
  private static final int LAYER_SHIFT = 8;

  private final AhoCorasick<Pattern> automaton;
  /**
   * Per pattern number ({@link AhoCorasick.Builder#add}): its kind, a term's flags ({@link
   * #EXACT_CASE} …), a phrase's layer; read for every hit, so beside the automaton's outputs
   * rather than in the payload objects, which lie all over the heap.
   */
  private final int[] info;
  /**
   * Per pattern number {@code p}, {@code text[textStart[p], textStart[p + 1])}: a phrase's or
   * topic word's chars as the pack writes them, a one-word term's alias lowered, else nothing.
   */
  private final char[] text;
  private final int[] textStart;
  /** The number of layers: one for the triggers, one per kind of cue. */
  private static final int LAYERS = LanguagePack.Cue.values().length + 1;

  /**
   * The matcher of {@code pack}'s language over {@code terms}, each put in under its folded alias,
   * in the given order (the order of the terms of one span).
   */
  SentenceMatcher(List<Term> terms, LanguagePack pack) {
    AhoCorasick.Builder<Pattern> b = AhoCorasick.builder();
    for (Term t : terms) {
      // a spelling counts only on word boundaries: the search drops those inside a word, and a
      // char of the text is a letter or digit if its fold is (SentenceMatcherTest); the few whose
      // fold is not (U+02BC, to an apostrophe) are dropped by onWordBoundaries, which reads the
      // text. One that must start with a capital counts only where the text writes one: nearly
      // half the hits are a name's syllable in lower-case words ("hai nước"), which no stage kept
      b.add(Lexicon.fold(t.alias()), t, true, true, t.capitalised());
    }
    for (Phrase p : pack.phrases()) {
      String f = Lexicon.fold(p.phrase());
      // a phrase that starts with a letter or digit counts only at a word's start, as terms, and
      // one that ends with one only where its word ends: the search drops a hit inside a word
      // before its payload is read (a char whose fold is a letter or digit is one as the packs
      // see it, SentenceMatcherTest), as wholeWord would drop it after; a one-letter word ("ở",
      // "в", "i") is then kept only at the states where a word starts
      b.add(f, p, Chars.isLetterOrDigit(f.charAt(0)),
          Chars.isLetterOrDigit(f.charAt(f.length() - 1)));
    }
    for (Topic t : pack.topics()) {
      b.add(Lexicon.fold(t.phrase()), t);
    }
    this.automaton = b.build();
    List<Pattern> all = new ArrayList<>(terms.size() + pack.phrases().size() + pack.topics().size());
    all.addAll(terms);
    all.addAll(pack.phrases());
    all.addAll(pack.topics());
    this.info = new int[all.size()];
    this.textStart = new int[all.size() + 1];
    StringBuilder packed = new StringBuilder();
    for (int p = 0; p < all.size(); p++) {
      textStart[p] = packed.length();
      Pattern x = all.get(p);
      if (x instanceof Term t) {
        info[p] = TERM | (t.exactCase() ? EXACT_CASE : 0) | (t.singleWord() ? SINGLE_WORD : 0)
            | (t.kind() == Term.TermKind.TITLE ? TITLE : 0)
            | (isAscii(t.alias()) ? ASCII_ALIAS : 0);
        if (t.singleWord()) {
          packed.append(Term.lower(t.alias()));
        }
      } else if (x instanceof Topic t) {
        info[p] = TOPIC;
        packed.append(t.phrase());
      } else if (x instanceof Phrase ph) {
        info[p] = (ph instanceof LanguagePack.Trigger ? TRIGGER : PHRASE)
            | layerOf(ph) << LAYER_SHIFT;
        packed.append(ph.phrase());
      }
    }
    textStart[all.size()] = packed.length();
    this.text = packed.toString().toCharArray();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** What {@code text} holds; {@code folded} is {@code Lexicon.fold(text)}. */
  public Matches match(String text, String folded) {
    return match(text, folded.toCharArray());
  }

  /**
   * What {@code text} holds; {@code chars} is {@code Lexicon.foldChars(text)}, only read. The
   * automaton reads an array: charAt on a two-byte string costs more than its step.
   */
  public Matches match(String text, char[] chars) {
    return match(text.toCharArray(), chars);
  }

  /**
   * Each thread's buffers for one sentence's hits: the terms' (start, end, pattern) and the
   * phrases' layers, by the phrase's place in its list; copied out or read before the next
   * sentence.
   */
  private static final class Buffers {
    int[] terms = new int[96];
    int termCount;
    int[] layers = new int[32];
    /** Per layer, where its last phrase kept ends ({@link #layered}). */
    final int[] layerEnd = new int[LAYERS];
  }

  private static final ThreadLocal<Buffers> BUFFERS = ThreadLocal.withInitial(Buffers::new);

  private static final int[] NO_HITS = new int[0];

  /**
   * What the text of chars {@code text} holds; {@code chars} is its fold ({@link
   * Lexicon#foldChars}); both only read. The checks of a hit read the text's chars from the array
   * the sentence pass made once, not through charAt. The phrases are written with single spaces,
   * as the extractor reads every sentence ({@code SingleSpaced}).
   */
  public Matches match(char[] text, char[] chars) {
    Buffers buffers = BUFFERS.get();
    buffers.termCount = 0;
    List<Found> phrases = new ArrayList<>();
    List<TopicAt> topics = new ArrayList<>();
    final int[] info = this.info;
    automaton.forEachPattern(chars, text, (start, end, p) -> {
      int what = info[p];
      int kind = what & KIND;
      if (kind == TERM) {
        // a third of the hits are inside words (ong in không): dropped before they are kept
        if (onWordBoundaries(text, start, end)) {
          int n = buffers.termCount;
          if (3 * n + 3 > buffers.terms.length) {
            buffers.terms = Arrays.copyOf(buffers.terms, 2 * buffers.terms.length);
          }
          int[] t = buffers.terms;
          t[3 * n] = start;
          t[3 * n + 1] = end;
          t[3 * n + 2] = p;
          buffers.termCount = n + 1;
        }
      } else if (kind == TOPIC) {
        if (written(text, start, p)) {
          Topic t = (Topic) automaton.payload(p);
          topics.add(new TopicAt(start, end, t.name(), start == 0 || !letterOrDigit(text, start - 1)));
        }
      } else if (wholeWord(text, start, end) && written(text, start, p)
          && !(kind == TRIGGER && capitalisedAfterLowerCase(text, start, end))) {
        int n = phrases.size();
        if (n == buffers.layers.length) {
          buffers.layers = Arrays.copyOf(buffers.layers, 2 * n);
        }
        buffers.layers[n] = what >> LAYER_SHIFT;
        phrases.add(new Found(start, end, (Phrase) automaton.payload(p)));
      }
    });
    int n = buffers.termCount;
    TermHits terms =
        new TermHits(n == 0 ? NO_HITS : Arrays.copyOf(buffers.terms, 3 * n), n, this);
    withoutNoMeetingAcrossTitleEnds(phrases, buffers.layers, terms);
    return new Matches(terms, layered(phrases, buffers.layers, buffers.layerEnd), topics);
  }

  /**
   * Drops each phrase that says a meeting word is none ("trực tiếp", directly: not "tiếp",
   * received) where it starts inside a title and ends past it: the title's last word and the next
   * meet by chance ("Phó Thủ tướng Thường trực tiếp đoàn": the standing deputy prime minister
   * received the delegation). {@code layers} stays in step with {@code phrases}.
   */
  private static void withoutNoMeetingAcrossTitleEnds(List<Found> phrases, int[] layers,
      TermHits terms) {
    int kept = 0;
    for (int k = 0; k < phrases.size(); k++) {
      Found f = phrases.get(k);
      if (f.what() instanceof Trigger t && t.kind().isEmpty() && startsInsideATitle(f, terms)) {
        continue;
      }
      if (kept < k) {
        phrases.set(kept, f);
        layers[kept] = layers[k];
      }
      kept++;
    }
    if (kept < phrases.size()) {
      phrases.subList(kept, phrases.size()).clear();
    }
  }

  private static boolean startsInsideATitle(Found f, TermHits terms) {
    for (int h = 0; h < terms.size(); h++) {
      if (terms.start(h) < f.start() && terms.end(h) > f.start() && terms.end(h) < f.end()
          && terms.term(h).kind() == TermKind.TITLE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the last word of {@code text[start, end)} is capitalised while the first is not: two
   * words that meet by chance, the second starting a title or a name ("tiếp Thị trưởng" is a
   * reception, not the compound "tiếp thị", marketing). A capitalised word inside the phrase is
   * the language's spelling ("told his Russian counterpart"), and so is a last word longer than
   * a syllable: a name's first word met by chance is one syllable, an organisation's name that a
   * phrase reaches into is not ("заседание Межправительственной комиссии").
   */
  private static boolean capitalisedAfterLowerCase(char[] text, int start, int end) {
    if (!Character.isLowerCase(text[start])) {
      return false;
    }
    int last = end - 1;
    while (last > start && text[last] != ' ') {
      last--;
    }
    return last > start && last + 1 < end && Character.isUpperCase(text[last + 1])
        && end - last - 1 <= MAX_SYLLABLE;
  }

  /** Whether {@code text} lower-cased reads phrase or topic word {@code p} from {@code start}. */
  private boolean written(char[] text, int start, int p) {
    final char[] phrase = this.text;
    int from = textStart[p];
    int to = textStart[p + 1];
    for (int i = from; i < to; i++) {
      char c = text[start + i - from];
      // most text is lower case already: lower only what differs
      if (c != phrase[i] && LanguagePack.lower(c) != phrase[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the lower-cased char at {@code i} is a letter or digit, as the packs see it. */
  private static boolean letterOrDigit(char[] text, int i) {
    return Chars.isLowerLetterOrDigit(text[i]);
  }

  /**
   * Whether {@code [a, b)} of {@code text} starts after no letter or digit and ends before none,
   * or ends in a char that is not one ({@link Character#isLetterOrDigit}, as written).
   */
  private static boolean onWordBoundaries(char[] text, int a, int b) {
    return (a == 0 || !Chars.isLetterOrDigit(text[a - 1]))
        && (b >= text.length || !Chars.isLetterOrDigit(text[b])
            || !Chars.isLetterOrDigit(text[b - 1]));
  }

  private static boolean wholeWord(char[] s, int start, int end) {
    boolean left = start == 0 || !letterOrDigit(s, start - 1) || !letterOrDigit(s, start);
    boolean right = end == s.length || !letterOrDigit(s, end) || !letterOrDigit(s, end - 1);
    return left && right;
  }

  /** Offsets and list positions up to this fit in a sort key. */
  private static final int KEY_PART = (1 << 21) - 1;

  /** Each thread's sort keys, reused: every sentence's phrases are sorted. */
  private static final ThreadLocal<long[]> KEYS = ThreadLocal.withInitial(() -> new long[64]);

  /**
   * The positions in {@code all} by start, the longest first at one start, in list order at one
   * span (a stable sort), in {@code [0, all.size())} of the array returned; or null when an offset
   * does not fit in a key. Sorted as keys of start, end and position in one long each: a
   * comparator reading each phrase costs more than the sort.
   */
  private static long[] byStartLongestFirst(List<Found> all) {
    int n = all.size();
    long[] keys = Chars.longs(KEYS, n);
    for (int k = 0; k < n; k++) {
      Found f = all.get(k);
      if (f.end() > KEY_PART || n > KEY_PART) {
        return null;
      }
      keys[k] = (long) f.start() << 42 | (long) (KEY_PART - f.end()) << 21 | k;
    }
    Arrays.sort(keys, 0, n);
    return keys;
  }

  /**
   * The phrases by start (longest first at one start), each layer keeping its longest phrase at
   * each place, left to right without overlaps: {@code in the} (a reference) does not hide {@code
   * in} (a place cue). A {@link Cue#NONE} phrase is dropped with every cue that starts inside it.
   * {@code layers[k]} is the layer of {@code all.get(k)} (0 for the triggers, a cue's ordinal
   * plus one, -1 for {@link Cue#NONE}), read from the matcher's arrays, not from the phrase;
   * {@code layerEnd} has a place per layer, overwritten (the thread's, not one per sentence).
   */
  private static List<Found> layered(List<Found> all, int[] layers, int[] layerEnd) {
    if (all.isEmpty()) {
      return all;
    }
    long[] keys = byStartLongestFirst(all);
    if (keys == null) {
      all.sort((a, b) -> a.start() != b.start()
          ? Integer.compare(a.start(), b.start())
          : Integer.compare(b.end(), a.end()));
    }
    List<Found> out = new ArrayList<>(all.size());
    Arrays.fill(layerEnd, 0);
    int noCueEnd = 0;
    for (int k = 0; k < all.size(); k++) {
      int at = keys == null ? k : (int) (keys[k] & KEY_PART);
      Found f = all.get(at);
      // sorted in place (offsets too large for a key), the list no longer matches layers
      int layer = keys != null ? layers[at] : layerOf(f.what());
      if (layer < 0) {
        noCueEnd = Math.max(noCueEnd, f.end());
        continue;
      }
      if (f.start() < layerEnd[layer] || layer > 0 && f.start() < noCueEnd) {
        continue;
      }
      out.add(f);
      layerEnd[layer] = f.end();
    }
    return out;
  }

  /** The layer of {@code phrase} as {@link #layered} reads it. */
  private static int layerOf(Phrase phrase) {
    Cue cue = phrase instanceof CueWord w ? w.cue() : null;
    return cue == Cue.NONE ? -1 : cue == null ? 0 : cue.ordinal() + 1;
  }
}
