package io.github.vnru.extract.internal;

import io.github.vnru.extract.Folding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Keys for matching persons' names however the press spells them: each capitalised word folded
 * (no diacritics, case, hyphens between syllables or apostrophes), initials written {@code v.}
 * however they are spaced, patronymics between a given name and a surname left out, and the
 * romanisation variants of {@code registry/romanisation.tsv} applied. {@code V. V. Putin}, {@code
 * V.V. Putin} and {@code V. I . Lenin} key as {@code v. v. putin}, {@code v. v. putin} and {@code
 * v. i. lenin}; {@code Ziuganov} and {@code Zyuganov} both as {@code ziuganov}. A word first loses
 * the longest case ending of {@code registry/romanisation.tsv} that leaves a stem of {@value
 * #MIN_STEM} letters (two when a two-letter ending follows a consonant: {@code Аном} as {@code
 * ан}), so the inflected forms of a name key as its stem: {@code Путиным}, {@code
 * Путину} and {@code Путин} all as {@code путин}, {@code Нгуен Фу Чонгом} as {@code нгуен фу чонг}.
 *
 * <p>Also generates the key of a Russian name's Vietnamese syllabic spelling ({@code Mishustin} to
 * the key of {@code Mi-su-xtin}) by the rules of {@code lang/vi/transliteration.tsv}.
 * Immutable and thread-safe.
 */
public final class NameKeys {
  private static final String ROMANISATION = "/io/github/vnru/extract/registry/romanisation.tsv";
  private static final String VI_TRANSLITERATION =
      "/io/github/vnru/extract/lang/vi/transliteration.tsv";
  private static final int CACHE_LIMIT = 100_000;
  /** The fewest letters a case ending leaves of a word. */
  static final int MIN_STEM = 3;
  private static volatile NameKeys defaults;

  private record Rule(boolean atStart, boolean atEnd, String from, String to) {}

  private final List<Rule> romanisation;
  private final List<String> patronymics;
  /** Case endings, longest first. */
  private final List<String> endings;
  /** The last letters of the endings. */
  private final String endingLast;
  private final List<Rule> vietnamese;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  private NameKeys(
      List<Rule> romanisation, List<String> patronymics, List<String> endings,
      List<Rule> vietnamese) {
    this.romanisation = List.copyOf(romanisation);
    this.patronymics = List.copyOf(patronymics);
    List<String> byLength = new ArrayList<>(endings);
    byLength.sort((a, b) -> Integer.compare(b.length(), a.length()));
    this.endings = List.copyOf(byLength);
    StringBuilder last = new StringBuilder();
    for (String e : byLength) {
      if (last.indexOf(e.substring(e.length() - 1)) < 0) {
        last.append(e.charAt(e.length() - 1));
      }
    }
    this.endingLast = last.toString();
    this.vietnamese = List.copyOf(vietnamese);
  }

  /** The keys of the built-in rule files, loaded once. */
  public static NameKeys defaults() {
    NameKeys k = defaults;
    if (k == null) {
      synchronized (NameKeys.class) {
        k = defaults;
        if (k == null) {
          List<Rule> roman = new ArrayList<>();
          List<String> patronymics = new ArrayList<>();
          List<String> endings = new ArrayList<>();
          for (String[] row : read(ROMANISATION)) {
            if (row[0].equals("patronymic")) {
              patronymics.add(row[1]);
            } else if (row[0].equals("ending")) {
              endings.add(row[1]);
            } else {
              if (row[0].equals("start")) {
                throw new IllegalStateException(ROMANISATION + ": no start rules here");
              }
              roman.add(new Rule(false, row[0].equals("end"), row[1], row[2]));
            }
          }
          List<Rule> vi = new ArrayList<>();
          for (String[] row : read(VI_TRANSLITERATION)) {
            if (row[0].equals("patronymic") || row[0].equals("ending")) {
              throw new IllegalStateException(
                  VI_TRANSLITERATION + ": no " + row[0] + " rules here");
            }
            vi.add(new Rule(row[0].equals("start"), row[0].equals("end"), row[1], row[2]));
          }
          k = new NameKeys(roman, patronymics, endings, vi);
          defaults = k;
        }
      }
    }
    return k;
  }

  /** Rows of KIND, FROM, TO; errors name the file and line. */
  private static List<String[]> read(String resource) {
    String text;
    try (InputStream in = NameKeys.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    List<String[]> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip().isEmpty() ? "" : lines[i];
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      String where = resource + ":" + (i + 1) + ": ";
      if (cols.length < 2 || cols.length > 3) {
        throw new IllegalStateException(where + "expected KIND<tab>FROM[<tab>TO], got '" + line + "'");
      }
      String kind = cols[0];
      if (!List.of("any", "start", "end", "patronymic", "ending").contains(kind)) {
        throw new IllegalStateException(where + "unknown kind '" + kind + "'");
      }
      String from = cols[1];
      String to = cols.length == 3 ? cols[2] : "";
      if (from.isEmpty() || !from.equals(Folding.fold(from)) || !to.equals(Folding.fold(to))) {
        throw new IllegalStateException(where + "FROM and TO must be folded lower-case letters");
      }
      if ((kind.equals("patronymic") || kind.equals("ending")) && !to.isEmpty()) {
        throw new IllegalStateException(where + "a " + kind + " rule has no TO");
      }
      rows.add(new String[] {kind, from, to});
    }
    return rows;
  }

  /**
   * The key of one word, given folded ({@code mi-su-xtin}, {@code zyuganov}, {@code путиным}):
   * hyphens and apostrophes dropped, the longest case ending that leaves {@value #MIN_STEM}
   * letters dropped, then the romanisation rules.
   */
  public String wordKey(String foldedWord) {
    return recent(foldedWord).key();
  }

  /**
   * Whether the key of a folded word marks a patronymic: {@code isPatronymic(wordKey(foldedWord))},
   * both remembered with the word's key, as several name stages ask it of the same words.
   */
  public boolean isPatronymicWord(String foldedWord) {
    return recent(foldedWord).patronymic();
  }

  /** {@link #wordKey(String)} computed, through {@link #cache}. */
  private String computeWordKey(String foldedWord) {
    String cached = cache.get(foldedWord);
    if (cached != null) {
      return cached;
    }
    StringBuilder b = new StringBuilder(foldedWord.length());
    for (int i = 0; i < foldedWord.length(); i++) {
      char c = foldedWord.charAt(i);
      if (c != '-' && c != '\'' && c != '\u2010' && c != '\u2011' && c != '\u2019') {
        b.append(c);
      }
    }
    String w = b.toString();
    // most words (all Latin ones) end in no ending's last letter: one look-up rules them out
    for (int x = w.isEmpty() || endingLast.indexOf(w.charAt(w.length() - 1)) < 0
        ? endings.size() : 0; x < endings.size(); x++) {
      String e = endings.get(x);
      if (w.endsWith(e) && (w.length() - e.length() >= MIN_STEM
          || shortStem(w.substring(0, w.length() - e.length()), e))) {
        w = w.substring(0, w.length() - e.length());
        break;
      }
    }
    w = romanised(w);
    if (cache.size() > CACHE_LIMIT) {
      cache.clear();
    }
    cache.put(foldedWord, w);
    return w;
  }

  /**
   * A folded word through the romanisation rules alone, its case ending kept: one spelling for
   * a Russian word in Cyrillic and in any usual Latin transliteration ({@code соболезнования},
   * {@code soboleznovaniia} and {@code soboleznovaniya} alike), for comparing words that are not
   * names. Hyphens and apostrophes are not dropped.
   */
  public String spellingKey(String foldedWord) {
    return romanised(foldedWord);
  }

  private String romanised(String w) {
    for (Rule r : romanisation) {
      if (r.atEnd) {
        if (w.endsWith(r.from)) {
          w = w.substring(0, w.length() - r.from.length()) + r.to;
        }
      } else if (w.contains(r.from)) {
        w = w.replace(r.from, r.to);
      }
    }
    return w;
  }

  /**
   * Whether a two-letter stem may lose ending {@code e}: a two-letter ending after a consonant
   * ({@code Ан}, {@code Аном}: Russian declines even a short Vietnamese name word that ends in a
   * consonant), never a one-letter one ({@code Хоа} is not {@code Хо} declined).
   */
  private static boolean shortStem(String stem, String e) {
    if (stem.length() != 2 || e.length() < 2) {
      return false;
    }
    char c = stem.charAt(1);
    return c >= 'а' && c <= 'я' && "аеиоуыэюяьъ".indexOf(c) < 0;
  }

  /**
   * A word's key with the folded word it is of, whether the key marks a patronymic ({@link
   * #isPatronymic}, asked of every name word beside two others: twenty suffixes, so asked once),
   * and, for a word as short as an initial, its key as an initial's ({@code v.}; else null);
   * immutable, so read from any thread unlocked.
   */
  private record Recent(char[] word, String key, boolean patronymic, String initial) {
    /**
     * The entry of {@code word}, keyed {@code key}: an initial's key is made here once, not at
     * each initial of the text (a new string, hashed anew by each key look-up).
     */
    Recent(char[] word, String key, boolean patronymic) {
      this(word, key, patronymic, word.length <= MAX_INITIAL ? key + "." : null);
    }
  }

  /** The most letters of an initial ({@code V.}, {@code Yu.}): {@link #units} reads no longer. */
  private static final int MAX_INITIAL = 2;

  /**
   * The last key made per slot (by hash of the word): {@link #key} looks its words up here in the
   * text, without a substring per word; a miss takes {@link #wordKey(String)}.
   */
  private final Recent[] recent = new Recent[4096];

  /** {@code wordKey(new String(folded, from, to - from))}, with whether it is a patronymic's. */
  private Recent wordKey(char[] folded, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + folded[i];
    }
    int slot = slot(h);
    Recent r = recent[slot];
    int len = to - from;
    if (r != null && r.word.length == len && sameChars(r.word, folded, from)) {
      return r;
    }
    String key = computeWordKey(new String(folded, from, len));
    // the word's chars in an array of its own: a hit compares them without a String between
    r = new Recent(Arrays.copyOfRange(folded, from, to), key, isPatronymic(key));
    recent[slot] = r;
    return r;
  }

  /**
   * The key of a folded word given as a string, with whether it is a patronymic's: looked up in
   * {@link #recent} first (the stages ask of words the sentence's key has just keyed), where the
   * slot's hash is the string's own hash code, so no look-up in the large {@link #cache}, whose
   * entries lie all over memory.
   */
  private Recent recent(String foldedWord) {
    int slot = slot(foldedWord.hashCode());
    Recent r = recent[slot];
    if (r != null && r.word.length == foldedWord.length() && sameChars(r.word, foldedWord)) {
      return r;
    }
    String key = computeWordKey(foldedWord);
    r = new Recent(foldedWord.toCharArray(), key, isPatronymic(key));
    recent[slot] = r;
    return r;
  }

  /** The slot of {@link #recent} for a word of hash {@code h} ({@link String#hashCode}). */
  private int slot(int h) {
    return (h ^ (h >>> 12)) & (recent.length - 1);
  }

  /** Whether {@code word} and {@code s} hold the same chars, of the same length. */
  private static boolean sameChars(char[] word, String s) {
    for (int i = 0; i < word.length; i++) {
      if (word[i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} is written in {@code chars} from {@code from} on. */
  private static boolean sameChars(char[] word, char[] chars, int from) {
    for (int i = 0; i < word.length; i++) {
      if (word[i] != chars[from + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a word's key marks it as a patronymic ({@code vladimirovich}): it ends in a listed
   * ending with more before it, or is one whole ({@code ilich}, the patronymic of Ilya).
   */
  public boolean isPatronymic(String key) {
    for (String p : patronymics) {
      if (key.endsWith(p) && (key.length() > p.length() + 1 || key.length() == p.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key of the Vietnamese syllabic spelling of a word whose key is {@code latinKey}: {@code
   * mishustin} gives {@code misuxtin}, the key of {@code Mi-su-xtin}.
   */
  public String vietnamese(String latinKey) {
    StringBuilder b = new StringBuilder(latinKey.length() + 4);
    int i = 0;
    while (i < latinKey.length()) {
      Rule best = null;
      for (Rule r : vietnamese) {
        if (latinKey.startsWith(r.from, i)
            && (!r.atEnd || i + r.from.length() == latinKey.length())
            && (!r.atStart || i == 0)
            && (best == null || r.from.length() > best.from.length())) {
          best = r;
        }
      }
      if (best == null) {
        b.append(latinKey.charAt(i));
        i++;
      } else {
        b.append(best.to);
        i += best.from.length();
      }
    }
    return wordKey(b.toString());
  }

  /**
   * The units of the key of the text whose chars are in {@code t} (its fold in {@code f}; both
   * only read), in text order, before a key joins them: the sentence pass has the arrays already,
   * and {@link Lexicon#scanKeys} matches names unit by unit, with no key text. The units are this
   * thread's, valid until it keys another text. When {@code seams} says so (asked only at such a
   * place), a capital right after a small letter starts a word (a text that {@link
   * #runsWordsTogether runs words together}).
   */
  public Units units(char[] t, char[] f, BooleanSupplier seams) {
    // arrays, not charAt: every char of every sentence passes here, and most texts are two-byte
    // strings, whose charAt costs more than the tests
    int n = t.length;
    Units units = UNITS.get();
    units.clear();
    int i = 0;
    while (i < n) {
      char c = t[i];
      if (Chars.isLetter(c)) {
        int j = i + 1;
        while (j < n) {
          char d = t[j];
          if (Chars.isUpperCase(d) && Chars.isLowerCase(t[j - 1]) && seams.getAsBoolean()) {
            break; // "SergeyLavrov": two words
          } else if (Chars.isLetterOrDigit(d)) {
            j++;
          } else if (isJoiner(d) && j + 1 < n && Chars.isLetter(t[j + 1])) {
            j++;
          } else {
            break;
          }
        }
        boolean upper = Chars.isUpperCase(c);
        int k = j;
        while (k < n && t[k] == ' ') {
          k++;
        }
        if (upper
            && (j - i == 1 || (j - i == MAX_INITIAL && Chars.isLowerCase(t[i + 1])))
            && k < n
            && t[k] == '.') {
          units.add(i, k + 1, wordKey(f, i, j).initial(), false, false);
          i = k + 1;
          continue;
        }
        if (upper) {
          Recent word = wordKey(f, i, j);
          units.add(i, j, word.key(), true, word.patronymic());
        } else {
          units.separator(i, j);
        }
        i = j;
      } else if (Chars.isWhitespace(c)) {
        i++;
      } else {
        units.separator(i, i + 1);
        i++;
      }
    }
    // a patronymic between a name and a surname is left out of the key
    int count = units.count;
    for (int u = 0; u < count; u++) {
      units.drop[u] = u > 0 && u + 1 < count && units.name[u] && units.name[u - 1]
          && units.name[u + 1] && units.patronymic[u] && !units.patronymic[u + 1];
    }
    return units;
  }

  /**
   * Whether {@code text} runs words together, as a page that lost its line breaks does: a word
   * of two or more small letters goes on with a capital ("ofRussia", "nướcTrương"). There a
   * capital right after a small letter starts a new word ("SergeyLavrov"); elsewhere it is a
   * name's own spelling ("PetroVietnam", "YouTube").
   */
  public static boolean runsWordsTogether(char[] text) {
    int small = 0;
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if (Chars.isLowerCase(c)) {
        small = small > 0 || i == 0 || !Chars.isLetterOrDigit(text[i - 1]) ? small + 1 : 0;
      } else {
        if (small >= 2 && Chars.isUpperCase(c)) {
          return true;
        }
        small = 0;
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code text} goes on at {@code i} with a capital right after a small letter
   * ("SergeyLavrov"): where a text that runs words together ({@link #runsWordsTogether}) starts
   * a new word.
   */
  public static boolean seamAt(String text, int i) {
    return i > 0 && Character.isUpperCase(text.charAt(i))
        && Character.isLowerCase(text.charAt(i - 1));
  }

  /**
   * Adds to {@code out} each word of {@code text} that glues two capitalised words of two or more
   * letters each ("SergeyLavrov", "HigherEducation", also "PetroVietnam"): a page that lost the
   * spaces between its words shows several different ones, where a brand's name is one word,
   * however often printed.
   */
  public static void gluedCapitalisedWords(char[] text, Set<String> out) {
    for (int i = 2; i + 1 < text.length; i++) {
      if (Chars.isUpperCase(text[i]) && Chars.isLowerCase(text[i - 1])
          && Chars.isLowerCase(text[i - 2]) && Chars.isLowerCase(text[i + 1])) {
        int start = i - 2;
        while (start > 0 && Chars.isLetterOrDigit(text[start - 1])) {
          start--;
        }
        int end = i + 1;
        while (end < text.length && Chars.isLetterOrDigit(text[end])) {
          end++;
        }
        if (Chars.isUpperCase(text[start])) {
          out.add(new String(text, start, end - start));
        }
        i = end;
      }
    }
  }

  /**
   * A text's name key: its capitalised words and initials keyed, everything else (lower-case
   * words, digits, punctuation) one separator {@code |}, units joined by single spaces.
   *
   * @param t the text's chars, for case
   * @param f the text folded char for char ({@link Lexicon#foldChars})
   */
  private String key(char[] t, char[] f) {
    Units units = units(t, f, () -> false);
    StringBuilder key = new StringBuilder();
    for (int u = 0; u < units.count; u++) {
      if (!units.drop[u]) {
        key.append(key.length() == 0 ? "" : " ").append(units.key[u]);
      }
    }
    return key.toString();
  }

  /**
   * The key of a separator unit. A name's key is never this instance (keys are made by {@link
   * #wordKey}), so units compare it by identity.
   */
  private static final String SEPARATOR = "|";

  /**
   * Each thread's units, emptied for each text: every sentence is keyed, and making its arrays
   * anew cost more than filling them. {@link #key} calls nothing that keys another text meanwhile.
   */
  private static final ThreadLocal<Units> UNITS = ThreadLocal.withInitial(Units::new);

  /**
   * The units of a text's key while it is built: spans, keys, whether each is a name, and whether
   * a name's key is a patronymic's.
   */
  public static final class Units {
    /** Room for the units of most sentences: growing the arrays costs more than the room. */
    private static final int ROOM = 64;

    private int count;
    int[] start = new int[ROOM];
    int[] end = new int[ROOM];
    String[] key = new String[ROOM];
    boolean[] name = new boolean[ROOM];
    boolean[] patronymic = new boolean[ROOM];
    /** Per unit, whether the key leaves it out; {@link #key} fills it in. */
    boolean[] drop = new boolean[ROOM];

    private Units() {}

    /** The number of units, those {@link #dropped} included. */
    public int count() {
      return count;
    }

    /** Where unit {@code u} starts in the text. */
    public int start(int u) {
      return start[u];
    }

    /** Where unit {@code u} ends in the text. */
    public int end(int u) {
      return end[u];
    }

    /** The key of unit {@code u}: a name's, an initial's ({@code v.}), or a separator's ({@code |}). */
    public String key(int u) {
      return key[u];
    }

    /** Whether the key leaves unit {@code u} out: a patronymic between a name and a surname. */
    public boolean dropped(int u) {
      return drop[u];
    }

    /** Empties the units for the next text (the arrays stay, as large as they grew). */
    void clear() {
      count = 0;
    }

    void add(int a, int b, String k, boolean isName, boolean isPatronymic) {
      if (k.isEmpty()) {
        return;
      }
      if (count == key.length) {
        start = Arrays.copyOf(start, count * 2);
        end = Arrays.copyOf(end, count * 2);
        key = Arrays.copyOf(key, count * 2);
        name = Arrays.copyOf(name, count * 2);
        patronymic = Arrays.copyOf(patronymic, count * 2);
        drop = Arrays.copyOf(drop, count * 2);
      }
      start[count] = a;
      end[count] = b;
      key[count] = k;
      name[count] = isName;
      patronymic[count] = isPatronymic;
      count++;
    }

    /** Anything not a name: runs of them make one separator unit {@code |}. */
    void separator(int a, int b) {
      if (count > 0 && key[count - 1] == SEPARATOR) {
        end[count - 1] = b;
        return;
      }
      add(a, b, SEPARATOR, false, false);
    }
  }

  /** The key of a whole name such as a registry spelling, or null unless every word is a name. */
  public String nameKey(String name) {
    String s = key(name.toCharArray(), Lexicon.fold(name).toCharArray());
    if (s.isEmpty() || s.indexOf('|') >= 0) {
      return null;
    }
    return s;
  }

  private static boolean isJoiner(char d) {
    return d == '-' || d == '\u2010' || d == '\u2011' || d == '\'' || d == '\u2019';
  }
}
