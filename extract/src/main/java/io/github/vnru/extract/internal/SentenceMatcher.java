package io.github.vnru.extract.internal;

import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.CueWord;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.LanguagePack.Phrase;
import io.github.vnru.extract.internal.LanguagePack.Topic;
import io.github.vnru.extract.internal.LanguagePack.TopicAt;
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
  public record Matches(
      List<AhoCorasick.Match<Term>> terms, List<Found> phrases, List<TopicAt> topics) {}

  private final AhoCorasick<Pattern> automaton;
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
   * What the text of chars {@code text} holds; {@code chars} is its fold ({@link
   * Lexicon#foldChars}); both only read. The checks of a hit read the text's chars from the array
   * the sentence pass made once, not through charAt.
   */
  public Matches match(char[] text, char[] chars) {
    return match(text, chars, true);
  }

  /**
   * {@link #match(char[], char[])}; {@code mayHaveRunsOfSpaces} false when the caller knows the
   * text has no two spaces in a row, which spares the search for them.
   */
  public Matches match(char[] text, char[] chars, boolean mayHaveRunsOfSpaces) {
    int doubled = mayHaveRunsOfSpaces ? doubleSpace(chars) : -1;
    return doubled < 0 ? matchRun(text, chars) : matchCollapsed(text, chars, doubled);
  }

  /** The first place where a space follows a space in {@code chars}, or -1. */
  private static int doubleSpace(char[] chars) {
    for (int i = 1; i < chars.length; i++) {
      if (chars[i] == ' ' && chars[i - 1] == ' ') {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@link #match} of a text with runs of spaces ("также  принял  участие", as pages often set
   * it): read with each run as one space, as every phrase is written, and placed back.
   */
  private Matches matchCollapsed(char[] text, char[] chars, int firstDoubled) {
    char[] t = new char[text.length];
    char[] c = new char[chars.length];
    // at[i]: where the i-th kept char stands in the text
    int[] at = new int[chars.length];
    int n = 0;
    for (int i = 0; i < chars.length; i++) {
      if (i >= firstDoubled && chars[i] == ' ' && n > 0 && c[n - 1] == ' ') {
        continue;
      }
      t[n] = text[i];
      c[n] = chars[i];
      at[n++] = i;
    }
    Matches m = matchRun(Arrays.copyOf(t, n), Arrays.copyOf(c, n));
    List<AhoCorasick.Match<Term>> terms = new ArrayList<>(m.terms().size());
    for (AhoCorasick.Match<Term> x : m.terms()) {
      terms.add(new AhoCorasick.Match<>(at[x.start()], at[x.end() - 1] + 1, x.payload()));
    }
    List<Found> phrases = new ArrayList<>(m.phrases().size());
    for (Found f : m.phrases()) {
      phrases.add(new Found(at[f.start()], at[f.end() - 1] + 1, f.what()));
    }
    List<TopicAt> topics = new ArrayList<>(m.topics().size());
    for (TopicAt x : m.topics()) {
      topics.add(new TopicAt(at[x.start()], at[x.end() - 1] + 1, x.topic(), x.wordStart()));
    }
    return new Matches(terms, phrases, topics);
  }

  /** {@link #match} over a text with no run of spaces, or read as if it had none. */
  private Matches matchRun(char[] text, char[] chars) {
    List<AhoCorasick.Match<Term>> terms = new ArrayList<>();
    List<Found> phrases = new ArrayList<>();
    List<TopicAt> topics = new ArrayList<>();
    automaton.forEach(chars, text, (start, end, p) -> {
      if (p instanceof Term t) {
        // a third of the hits are inside words (ong in không): dropped before they are kept
        if (onWordBoundaries(text, start, end)) {
          terms.add(new AhoCorasick.Match<>(start, end, t));
        }
      } else if (p instanceof Topic t) {
        if (written(text, start, t.phrase())) {
          topics.add(new TopicAt(start, end, t.name(), start == 0 || !letterOrDigit(text, start - 1)));
        }
      } else if (p instanceof Phrase ph && wholeWord(text, start, end)
          && written(text, start, ph.phrase())
          && !(ph instanceof LanguagePack.Trigger && capitalisedAfterLowerCase(text, start, end))) {
        phrases.add(new Found(start, end, ph));
      }
    });
    return new Matches(terms, layered(phrases), topics);
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

  /** Whether {@code text} lower-cased reads {@code phrase} from {@code start}. */
  private static boolean written(char[] text, int start, String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      char c = text[start + i];
      // most text is lower case already: lower only what differs
      if (c != phrase.charAt(i) && LanguagePack.lower(c) != phrase.charAt(i)) {
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
  private static final ThreadLocal<long[][]> KEYS = ThreadLocal.withInitial(() -> new long[1][64]);

  /**
   * The positions in {@code all} by start, the longest first at one start, in list order at one
   * span (a stable sort), in {@code [0, all.size())} of the array returned; or null when an offset
   * does not fit in a key. Sorted as keys of start, end and position in one long each: a
   * comparator reading each phrase costs more than the sort.
   */
  private static long[] byStartLongestFirst(List<Found> all) {
    int n = all.size();
    long[][] held = KEYS.get();
    if (held[0].length < n) {
      held[0] = new long[Math.max(n, 2 * held[0].length)];
    }
    long[] keys = held[0];
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
   */
  private static List<Found> layered(List<Found> all) {
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
    int[] layerEnd = new int[LAYERS];
    int noCueEnd = 0;
    for (int k = 0; k < all.size(); k++) {
      Found f = all.get(keys == null ? k : (int) (keys[k] & KEY_PART));
      Cue cue = f.what() instanceof CueWord w ? w.cue() : null;
      if (cue == Cue.NONE) {
        noCueEnd = Math.max(noCueEnd, f.end());
        continue;
      }
      int layer = cue == null ? 0 : cue.ordinal() + 1;
      if (f.start() < layerEnd[layer] || cue != null && f.start() < noCueEnd) {
        continue;
      }
      out.add(f);
      layerEnd[layer] = f.end();
    }
    return out;
  }
}
