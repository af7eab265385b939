package io.github.vnru.extract.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Russian spellings of a Vietnamese name by the standard Russian transcription (Kontsevich),
 * syllable by syllable, with the rules of {@code lang/ru/vietnamese-names.tsv}: {@code Nguyễn Phú
 * Trọng} is {@code Нгуен Фу Чонг}, {@code Lương Tam Quang} {@code Лыонг Там Куанг} and, by a
 * variant some papers use, {@code Луонг Там Куанг}. Tone marks are not transcribed; the letters
 * {@code ă â ê ô ơ ư đ} are. Immutable and thread-safe.
 */
public final class RussianTranscription {
  private static final String FILE = "vietnamese-names.tsv";
  private static final String SYLLABLES = "syllables.tsv";
  /** Vietnamese letters without tone marks: what a rule's FROM may hold. */
  private static final String VIETNAMESE_LETTERS = "abcdeghiklmnopqrstuvxyăâêôơưđ";
  private static volatile RussianTranscription defaults;

  /**
   * One rule.
   *
   * @param atStart only at a syllable's start
   * @param atEnd only at a syllable's end
   * @param to the variants, the standard one first
   */
  private record Rule(boolean atStart, boolean atEnd, String from, List<String> to) {}

  /** Rules by the first letter of their FROM, so each position tries only the few that may match. */
  private final Map<Character, List<Rule>> byFirst;
  /** The case endings of a name ending in a consonant. */
  private final List<String> caseEndings;
  /** The case endings that replace the soft sign or й a name ends in. */
  private final List<String> softSignEndings;
  /** The most variants any rule gives. */
  private final int variants;
  /** Read on first use: {@link #vietnamese}. */
  private volatile Map<String, String> bySpelling;
  /** The syllables of syllables.tsv of weight 0, read nowhere; set with {@link #bySpelling}. */
  private volatile Set<String> unreadSyllables;
  /** Read on first use: {@link #isSyllable}. */
  private volatile Set<String> foldedSyllables;

  private RussianTranscription(List<Rule> rules, List<String> caseEndings,
      List<String> softSignEndings) {
    this.caseEndings = List.copyOf(caseEndings);
    this.softSignEndings = List.copyOf(softSignEndings);
    Map<Character, List<Rule>> m = new HashMap<>();
    int v = 1;
    for (Rule r : rules) {
      m.computeIfAbsent(r.from.charAt(0), k -> new ArrayList<>()).add(r);
      v = Math.max(v, r.to.size());
    }
    m.replaceAll((k, l) -> List.copyOf(l));
    this.byFirst = Map.copyOf(m);
    this.variants = v;
  }

  /**
   * The rules of {@code lang/ru/vietnamese-names.tsv}, loaded once.
   *
   * @throws IllegalStateException naming the file and line of a malformed rule
   */
  public static RussianTranscription defaults() {
    RussianTranscription t = defaults;
    if (t == null) {
      synchronized (RussianTranscription.class) {
        t = defaults;
        if (t == null) {
          t = of(PackLines.read("ru", FILE, 3, 3));
          defaults = t;
        }
      }
    }
    return t;
  }

  /** The transcription of these rule lines; a malformed one is an error naming file and line. */
  static RussianTranscription of(List<PackLines.Line> lines) {
    List<Rule> rules = new ArrayList<>();
    List<String> caseEndings = new ArrayList<>();
    List<String> softSignEndings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PackLines.Line line : lines) {
      String kind = line.cols()[0];
      String from = line.cols()[1];
      if (kind.equals("case")) {
        List<String> endings = from.equals("consonant") ? caseEndings
            : from.equals("soft-sign") ? softSignEndings : null;
        if (endings == null || !endings.isEmpty()) {
          throw line.error("one case line is expected for each FROM, 'consonant' and"
              + " 'soft-sign'");
        }
        endings.addAll(russianWords(line, line.cols()[2]));
        continue;
      }
      if (!List.of("any", "start", "end").contains(kind)) {
        throw line.error("unknown kind '" + kind + "'; expected any, start, end or case");
      }
      if (from.isEmpty() || !from.chars().allMatch(c -> VIETNAMESE_LETTERS.indexOf(c) >= 0)) {
        throw line.error("FROM '" + from + "' must be lower-case Vietnamese letters without tone"
            + " marks");
      }
      List<String> to = russianWords(line, line.cols()[2]);
      if (!seen.add(kind + ' ' + from)) {
        throw line.error("a second " + kind + " rule for '" + from + "'");
      }
      rules.add(new Rule(kind.equals("start"), kind.equals("end"), from, to));
    }
    return new RussianTranscription(rules, caseEndings, softSignEndings);
  }

  /** The |-separated lower-case Russian words of a TO column. */
  private static List<String> russianWords(PackLines.Line line, String column) {
    List<String> to = List.of(column.split("\\|", -1));
    for (String v : to) {
      if (v.isEmpty() || !v.chars().allMatch(c -> (c >= 'а' && c <= 'я') || c == 'ё')) {
        throw line.error("TO '" + column + "' must be lower-case Russian letters,"
            + " variants separated by |");
      }
    }
    return to;
  }

  /**
   * The declined forms of a Russian spelling {@link #spell} gave: with each case ending of {@code
   * lang/ru/vietnamese-names.tsv} when it ends in a consonant ({@code Фам Зя Кхием} gives {@code
   * Фам Зя Кхиема}, … {@code Фам Зя Кхиемом}) or in place of its final soft sign or й ({@code Буи
   * Динь Зинь}: {@code Буи Динь Зиня}, …; {@code Кхой}: {@code Кхоем}), else none: such a name
   * is not declined.
   */
  public List<String> declined(String spelling) {
    if ((spelling.endsWith("ь") || spelling.endsWith("й")) && spelling.length() > 1) {
      String stem = spelling.substring(0, spelling.length() - 1);
      List<String> out = new ArrayList<>(softSignEndings.size());
      for (String e : softSignEndings) {
        out.add(stem + e);
      }
      return out;
    }
    if (spelling.isEmpty() || "аеёиоуыэюяьй".indexOf(
        Character.toLowerCase(spelling.charAt(spelling.length() - 1))) >= 0
        || !Character.isLetter(spelling.charAt(spelling.length() - 1))) {
      return List.of();
    }
    List<String> out = new ArrayList<>(caseEndings.size());
    for (String e : caseEndings) {
      out.add(spelling + e);
    }
    return out;
  }

  /**
   * The Russian spellings of a Vietnamese name, the standard one first, then those of the
   * variants (without repeats); each syllable (each run of letters) is transcribed and starts
   * with a capital, everything between syllables is kept. Empty when a syllable has a letter no
   * rule matches: the name is not Vietnamese, or not written in Vietnamese letters.
   */
  public List<String> spell(String vietnamese) {
    String s = withoutTones(vietnamese);
    Set<String> out = new LinkedHashSet<>();
    for (int v = 0; v < variants; v++) {
      String spelled = spell(s, v);
      if (spelled == null) {
        return List.of();
      }
      out.add(spelled);
    }
    return List.copyOf(out);
  }

  /** The spelling with each rule's variant {@code v} (its last, if it has fewer); null if none. */
  private String spell(String s, int v) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    int i = 0;
    while (i < s.length()) {
      if (!Character.isLetter(s.charAt(i))) {
        b.append(s.charAt(i));
        i++;
        continue;
      }
      int end = Chars.lettersEnd(s, i);
      String syllable = syllable(s.substring(i, end).toLowerCase(Locale.ROOT), v);
      if (syllable == null) {
        return null;
      }
      b.append(Character.toUpperCase(syllable.charAt(0))).append(syllable, 1, syllable.length());
      i = end;
    }
    return b.toString();
  }

  /** One syllable, lower case and without tones: longest rule first, left to right. */
  private String syllable(String w, int v) {
    StringBuilder b = new StringBuilder(w.length() + 4);
    int i = 0;
    while (i < w.length()) {
      Rule best = null;
      for (Rule r : byFirst.getOrDefault(w.charAt(i), List.of())) {
        int len = r.from.length();
        if (w.startsWith(r.from, i)
            && (!r.atStart || i == 0)
            && (!r.atEnd || i + len == w.length())
            && (best == null
                || len > best.from.length()
                || (len == best.from.length() && (r.atStart || r.atEnd)))) {
          best = r;
        }
      }
      if (best == null) {
        return null;
      }
      b.append(best.to.get(Math.min(v, best.to.size() - 1)));
      i += best.from.length();
    }
    return b.length() == 0 ? null : b.toString();
  }

  /**
   * The Vietnamese syllable, without tone marks, that a Russian paper spells {@code word}
   * ({@code Тхо} is {@code tho}, {@code Нгуеном} {@code nguyên}: a case ending is dropped when the
   * word is no syllable's spelling with it), the most frequent of {@code lang/vi/syllables.tsv}
   * when several are spelled so; null when none is.
   */
  public String vietnamese(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    String found = syllableSpelled(w);
    // a final soft sign left out, a final и written й ("Нгуен Мин Хай", "Ву Зуй Мынг"): the
    // syllable read in names that the full spelling gives, rather than one never read
    Set<String> unread = unreadSyllables;
    if (found == null || unread.contains(found)) {
      String full = w.endsWith("н") ? w + "ь"
          : w.endsWith("й") ? w.substring(0, w.length() - 1) + "и" : null;
      String read = full == null ? null : syllableSpelled(full);
      found = read != null && !unread.contains(read) ? read : found;
    }
    return found;
  }

  /** {@link #vietnamese} of a lower-case word as it stands or with a case ending dropped. */
  private String syllableSpelled(String w) {
    Map<String, String> bySpelling = syllablesBySpelling();
    String found = bySpelling.get(w);
    for (int i = 0; found == null && i < caseEndings.size(); i++) {
      String e = caseEndings.get(i);
      if (w.endsWith(e) && w.length() > e.length()) {
        String stem = w.substring(0, w.length() - e.length());
        if (!declined(stem).isEmpty()) { // only a name ending in a consonant declines
          found = bySpelling.get(stem);
        }
      }
    }
    for (int i = 0; found == null && i < softSignEndings.size(); i++) {
      String e = softSignEndings.get(i);
      if (w.endsWith(e) && w.length() > e.length()) {
        String stem = w.substring(0, w.length() - e.length());
        found = bySpelling.get(stem + "ь");
        found = found != null ? found : bySpelling.get(stem + "й");
      }
    }
    return found;
  }

  /**
   * Whether {@code word} is a syllable's Russian spelling as it stands, with no case ending
   * ({@code Куан}, not {@code Лама}).
   */
  public boolean spellsSyllable(String word) {
    return syllablesBySpelling().containsKey(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code folded} ({@link Lexicon#fold}: no marks, lower case) is a syllable of {@code
   * lang/vi/syllables.tsv}: a word a Vietnamese name can be made of, written with or without
   * diacritics ({@code Nguyễn}, {@code Nguyen}).
   */
  public boolean isSyllable(String folded) {
    Set<String> s = foldedSyllables;
    if (s == null) {
      Set<String> built = new HashSet<>();
      for (PackLines.Line line : PackLines.read("vi", SYLLABLES, 2, 2)) {
        built.add(Lexicon.fold(line.cols()[0]));
      }
      s = Set.copyOf(built);
      foldedSyllables = s;
    }
    return s.contains(folded);
  }

  /** Each Russian spelling of a syllable of syllables.tsv, lower case, to its syllable. */
  private Map<String, String> syllablesBySpelling() {
    Map<String, String> m = bySpelling;
    if (m == null) {
      synchronized (this) {
        m = bySpelling;
        if (m == null) {
          Map<String, String> built = new HashMap<>();
          List<String> unread = new ArrayList<>();
          for (PackLines.Line line : PackLines.read("vi", SYLLABLES, 2, 2)) {
            String syllable = line.cols()[0];
            if (syllable.isEmpty() || !syllable.chars().allMatch(
                c -> VIETNAMESE_LETTERS.indexOf(c) >= 0)) {
              throw line.error("'" + syllable + "' must be lower-case Vietnamese letters without"
                  + " tone marks");
            }
            if (line.cols()[1].equals("0")) {
              unread.add(syllable);
            }
            for (String spelling : spell(syllable)) {
              built.putIfAbsent(spelling.toLowerCase(Locale.ROOT), syllable); // most frequent first
            }
          }
          m = Map.copyOf(built);
          unreadSyllables = Set.copyOf(unread);
          bySpelling = m;
        }
      }
    }
    return m;
  }

  /**
   * The text without the five tone marks (grave, acute, tilde, hook above, dot below), keeping
   * the marks that make letters (ă, â, ê, ô, ơ, ư), composed.
   */
  static String withoutTones(String text) {
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c != '\u0300' && c != '\u0301' && c != '\u0303' && c != '\u0309' && c != '\u0323') {
        b.append(c);
      }
    }
    return Normalizer.normalize(b, Normalizer.Form.NFC);
  }
}
