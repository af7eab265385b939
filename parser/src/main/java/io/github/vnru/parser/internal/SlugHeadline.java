package io.github.vnru.parser.internal;

import io.github.vnru.extract.Folding;
import io.github.vnru.extract.internal.NameKeys;
import io.github.vnru.extract.internal.RussianNames;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A headline the page glued between a section label and its first paragraph ({@code Xây dựng Đảng
 * Đoàn công tác tỉnh Nghệ An thăm và làm việc tại Liên bang Nga Nhằm tiếp tục …}), found where the
 * URL's slug spells it ({@code …/doan-cong-tac-tinh-nghe-an-tham-va-lam-viec-tai-lien-bang-nga-10274820.html}):
 * most sites make the slug from the headline, word for word without diacritics; a Russian site
 * transliterates it ({@code putin-vyrazil-rukovodstvu-vetnama-soboleznovaniia…}), and an English
 * one drops the apostrophe ({@code russias-irkutsk-welcomes…}).
 */
final class SlugHeadline {
  /** Fewer slug words than this are too few to tell a headline from a chance match. */
  private static final int MIN_WORDS = 5;
  /** More chars than a headline has: a line this long holds a paragraph too. */
  private static final int GLUED_LINE = 200;
  /** How many words of a section label may stand before the headline. */
  private static final int MAX_LABEL_WORDS = 6;
  /**
   * How many words a line of its own above the headline may have to be a label: a line of five
   * or six is a headline above a subheading the slug was made from.
   */
  private static final int MAX_LABEL_LINE_WORDS = 4;

  private static final Pattern HOST = Pattern.compile("^[a-zA-Z]+://[^/]*");
  private static final Pattern QUERY = Pattern.compile("[?#].*$");
  private static final Pattern EXTENSION = Pattern.compile("\\.[a-zA-Z]{2,5}$");
  /** The two ways to cut a line into words: apostrophes ending words, then not. */
  private static final boolean[] JOINED = {false, true};

  /** A line cut in three: the section label (null if none), the headline, the text after it. */
  record Cut(Line label, Line headline, Line rest) {}

  private SlugHeadline() {}

  /**
   * The slug's words: the longest path segment of four or more words joined by hyphens or
   * underscores ({@code rosneft_pomogaet_…}), folded as
   * {@link Folding#fold} folds a line; a segment in percent-encoded UTF-8 is read decoded
   * ({@code /%D0%BF%D1%80…} is {@code /пр…}).
   */
  static List<String> slugWords(Optional<String> url) {
    List<String> best = List.of();
    if (url.isEmpty()) {
      return best;
    }
    String path = QUERY.matcher(HOST.matcher(url.get()).replaceFirst("")).replaceFirst("");
    for (String segment : path.split("/")) {
      List<String> words = new ArrayList<>();
      for (String w : EXTENSION.matcher(decoded(segment)).replaceFirst("").split("[-_]")) {
        if (!w.isEmpty() && w.chars().allMatch(Character::isLetterOrDigit)) {
          words.add(Folding.fold(w));
        }
      }
      // the page's number after the headline's words ("…-lien-bang-nga-10274820", "…-d389568")
      while (!words.isEmpty() && words.get(words.size() - 1).chars().anyMatch(Character::isDigit)) {
        words.remove(words.size() - 1);
      }
      // a page's code before them ("…/dnm0ndc931-rossiya-i-vetnam-…"): letters and digits mixed
      while (!words.isEmpty() && words.get(0).chars().anyMatch(Character::isDigit)
          && words.get(0).chars().anyMatch(Character::isLetter)) {
        words.remove(0);
      }
      if (words.size() >= 4 && words.size() > best.size()) {
        best = words;
      }
    }
    return best;
  }

  /** {@code segment} with its percent escapes read as UTF-8; as it is when it has none or a bad one. */
  private static String decoded(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment; // a stray '%' or an escape cut short: no slug to read
    }
  }

  /**
   * The cut of {@code line}, a line longer than any headline, when the slug's words, all of them
   * from the first, stand in it in a row after at most a short label and with text after them;
   * else empty.
   */
  static Optional<Cut> cut(Line line, List<String> slug) {
    // a line no longer than a headline is one, or one the slug only begins (a slug cut short)
    if (slug.size() < MIN_WORDS || line.text().length() <= GLUED_LINE) {
      return Optional.empty();
    }
    String t = line.text();
    for (boolean joined : JOINED) {
      Optional<Cut> cut = cut(line, slug, words(t, joined));
      if (cut.isPresent()) {
        return cut;
      }
    }
    return Optional.empty();
  }

  private static Optional<Cut> cut(Line line, List<String> slug, List<int[]> words) {
    String t = line.text();
    for (int first = 0; first <= MAX_LABEL_WORDS && first + slug.size() < words.size(); first++) {
      if (spells(t, words, first, slug)) {
        int start = words.get(first)[0];
        int end = words.get(first + slug.size() - 1)[1];
        int rest = words.get(first + slug.size())[0];
        Line label = first == 0 ? null
            : new Line(line.number(), line.start(), t.substring(0, words.get(first - 1)[1]));
        return Optional.of(new Cut(label,
            new Line(line.number(), line.start() + start, t.substring(start, end)),
            new Line(line.number(), line.start() + rest, t.substring(rest))));
      }
    }
    return Optional.empty();
  }

  /**
   * The cut of {@code line}, no longer than a headline, into a path to the page and the headline
   * the slug spells after it ({@code All news / Russia and Vietnam are expanding …}): a short label
   * ending in a path's separator, then all the slug's words, ending the line; else empty.
   */
  static Optional<Cut> afterPath(Line line, List<String> slug) {
    String t = line.text();
    if (slug.size() < MIN_WORDS || t.length() > GLUED_LINE) {
      return Optional.empty();
    }
    for (boolean joined : JOINED) {
      List<int[]> words = words(t, joined);
      int first = words.size() - slug.size();
      if (first >= 1 && first <= MAX_LABEL_WORDS && spells(t, words, first, slug)) {
        int start = words.get(first)[0];
        String label = t.substring(0, start).strip();
        if (!label.isEmpty() && PATH_SEPARATORS.indexOf(label.charAt(label.length() - 1)) >= 0) {
          return Optional.of(new Cut(new Line(line.number(), line.start(), label),
              new Line(line.number(), line.start() + start, t.substring(start)), null));
        }
      }
    }
    return Optional.empty();
  }

  /** The marks between the steps of a path to a page ({@code Home / News}, {@code Home » News}). */
  private static final String PATH_SEPARATORS = "/>»|›";

  /**
   * Whether {@code line}, no longer than a headline, begins with all the slug's words in a row:
   * the headline the URL was made from (a slug may be cut short, so the line may go on).
   */
  static boolean spells(Line line, List<String> slug) {
    String t = line.text();
    if (slug.size() < MIN_WORDS || t.length() > GLUED_LINE) {
      return false;
    }
    // "…/196-824-5-phi-hanh-gia-…": numbers before the headline's words may be the page's
    int numbers = 0;
    while (numbers < slug.size() && slug.get(numbers).chars().allMatch(Character::isDigit)) {
      numbers++;
    }
    for (boolean joined : JOINED) {
      List<int[]> words = words(t, joined);
      if (words.size() >= slug.size() && spells(t, words, 0, slug)
          || numbers > 0 && slug.size() - numbers >= MIN_WORDS
              && words.size() >= slug.size() - numbers
              && spells(t, words, 0, slug.subList(numbers, slug.size()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words of {@code t} from {@code first} on spell all the slug's words. */
  private static boolean spells(String t, List<int[]> words, int first, List<String> slug) {
    for (int k = 0; k < slug.size(); k++) {
      int[] w = words.get(first + k);
      if (!spells(t.substring(w[0], w[1]), slug.get(k), k == slug.size() - 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the slug writes {@code printed} as {@code slugWord}: folded (no diacritics, đ as d,
   * lower case, no apostrophe), or transliterated from Cyrillic by any usual scheme (compared
   * through the romanisation rules that match names); the slug's last word may be cut short.
   */
  private static boolean spells(String printed, String slugWord, boolean last) {
    String folded = withoutApostrophes(Folding.fold(printed));
    // only a Cyrillic word is transliterated, by one scheme or another
    if (!RussianNames.isCyrillic(folded)) {
      return folded.equals(slugWord)
          || last && slugWord.length() >= 3 && folded.startsWith(slugWord);
    }
    NameKeys keys = NameKeys.defaults();
    String key = keys.spellingKey(folded);
    String slugKey = keys.spellingKey(slugWord);
    return key.equals(slugKey) || last && slugKey.length() >= 3 && key.startsWith(slugKey);
  }


  /**
   * Whether {@code line} can be a section label or banner: a few words, numbers aside ({@code
   * Hotline: 0915.73.44.73 Quảng cáo: 0912174545}), or a line in capitals no longer than a
   * headline ({@code TRANG TTĐT CỦA TẠP CHÍ NĂNG LƯỢNG VIỆT NAM}).
   */
  static boolean labelLike(Line line) {
    String t = line.text();
    return wordsWithLetters(t) <= MAX_LABEL_LINE_WORDS
        || t.length() <= GLUED_LINE && t.equals(t.toUpperCase(Locale.ROOT))
            && !t.equals(t.toLowerCase(Locale.ROOT));
  }

  /** How many runs of letters and digits of {@code t} hold a letter. */
  private static int wordsWithLetters(String t) {
    int n = 0;
    for (int[] w : words(t, false)) {
      for (int i = w[0]; i < w[1]; i++) {
        if (Character.isLetter(t.charAt(i))) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /**
   * Start and end of each run of letters and digits of {@code t}; with {@code joined}, an
   * apostrophe between two letters does not end a word ({@code Russia’s} is one).
   */
  private static List<int[]> words(String t, boolean joined) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      while (i < t.length() && !Character.isLetterOrDigit(t.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i))
          || joined && i > s && i + 1 < t.length() && isApostrophe(t.charAt(i))
              && Character.isLetter(t.charAt(i + 1)))) {
        i++;
      }
      if (i > s) {
        out.add(new int[] {s, i});
      }
    }
    return out;
  }

  /** {@code s} without its apostrophes; {@code s} itself when it has none. */
  private static String withoutApostrophes(String s) {
    boolean any = false;
    for (int i = 0; i < s.length() && !any; i++) {
      any = isApostrophe(s.charAt(i));
    }
    if (!any) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!isApostrophe(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc';
  }
}
