package io.github.vnru.extract.internal;

import io.github.vnru.extract.Folding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Russian names as an id spells them, by the rules of {@code lang/ru/given-names.tsv}, {@code
 * name-cases.tsv}, {@code latin-names.tsv}, {@code surname-endings.tsv} and {@code
 * adjective-endings.tsv}: in the nominative, given name first, in Latin
 * letters ({@code с губернатором Василием Голубевым} names {@code vasily golubev}), and a name
 * written surname first in official style put in order ({@code Nesterov Ivan Sergeevich}).
 * Immutable and thread-safe.
 */
public final class RussianNames {
  private static volatile RussianNames defaults;

  /** A given name as written in one case: its nominative, gender and English spelling. */
  private record Given(String nominative, char gender, String english, String grammaticalCase) {}

  /** One ending rule of name-cases.tsv. */
  private record Ending(boolean surnameOnly, char gender, String grammaticalCase, String nominative,
      String declined) {}

  /** One spelling rule of latin-names.tsv. */
  private record Letters(boolean atStart, boolean atEnd, String from, String to) {}

  /**
   * A Russian name read: the id's words, given name first.
   *
   * @param given the given name, or its initial, in Latin letters as the id spells it
   * @param surname the surname in the nominative, in Latin letters
   */
  public record Name(String given, String surname) {}

  /** A Latin spelling's ending ({@code yi}) and the usual English one ({@code y}). */
  private record LatinEnding(String from, String to) {}

  /** Every case form of every given name, lower case. */
  private final Map<String, List<Given>> givenForms;
  /** The English spellings of the given names, keyed ({@link NameKeys#wordKey}). */
  private final Set<String> givenKeys;
  /** The usual English spellings of the given names, lower case ({@code radiy}). */
  /** The shortest given name whose misprint by a letter left out is read ({@link #givenNameMissingALetter}). */
  private static final int MIN_MISPRINTED_GIVEN = 8;
  private final Set<String> usualGiven;
  private final List<Ending> endings;
  private final Map<Character, List<Letters>> lettersByFirst;
  private final NameKeys keys;
  private final List<String> surnameEndings;
  /** How adjectives end in the nominative, in Russian letters (adjective-endings.tsv). */
  private final List<String> adjectiveEndings;
  /** Endings of Latin spellings and the usual English spelling's ending for each (latin-endings.tsv). */
  private final List<LatinEnding> latinEndings;
  /** The two Latin letters latin-names.tsv writes for one Russian letter ({@code kh}, {@code zh}). */
  private final Set<String> letterPairs;
  /** The countries besides Russia whose people bear Russian-style names (name-countries.tsv). */
  private final Set<String> nameCountries;

  private RussianNames(List<Given> given, Map<String, String> stems, List<Ending> endings,
      List<Letters> letters, List<String> surnameEndings, List<String> adjectiveEndings,
      List<LatinEnding> latinEndings, Set<String> nameCountries, NameKeys keys) {
    this.keys = keys;
    this.nameCountries = Set.copyOf(nameCountries);
    this.adjectiveEndings = List.copyOf(adjectiveEndings);
    this.latinEndings = List.copyOf(latinEndings);
    this.surnameEndings = List.copyOf(surnameEndings);
    this.endings = List.copyOf(endings);
    Map<String, List<Given>> forms = new HashMap<>();
    Set<String> english = new HashSet<>();
    Set<String> usual = new HashSet<>();
    for (Given g : given) {
      usual.add(g.english.toLowerCase(Locale.ROOT));
      forms.computeIfAbsent(g.nominative, k -> new ArrayList<>()).add(g);
      // a vowel the other cases drop (Павел, Павла) or change (Пётр, Петра): their own stem
      String stem = stems.getOrDefault(g.nominative, g.nominative);
      for (Ending e : endings) {
        String form = decline(stem, g.gender, e, false);
        if (form != null) {
          forms.computeIfAbsent(form, k -> new ArrayList<>())
              .add(new Given(g.nominative, g.gender, g.english, e.grammaticalCase));
        }
      }
      english.add(keys.wordKey(Lexicon.fold(g.english)));
    }
    forms.replaceAll((k, v) -> List.copyOf(v));
    this.givenForms = Map.copyOf(forms);
    this.usualGiven = Set.copyOf(usual);
    Map<Character, List<Letters>> byFirst = new HashMap<>();
    for (Letters l : letters) {
      byFirst.computeIfAbsent(l.from.charAt(0), k -> new ArrayList<>()).add(l);
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    this.lettersByFirst = Map.copyOf(byFirst);
    // a given name also as the rules spell it letter by letter ("Aleksandr" beside "Alexander")
    for (Given g : given) {
      english.add(keys.wordKey(Lexicon.fold(spell(g.nominative.toLowerCase(Locale.ROOT)))));
    }
    this.givenKeys = Set.copyOf(english);
    Set<String> pairs = new HashSet<>();
    for (Letters l : letters) {
      if (l.from.length() == 1 && l.to.length() == 2) {
        pairs.add(l.to);
      }
    }
    this.letterPairs = Set.copyOf(pairs);
  }

  /** Whether {@code word} is a capital letter alone: an initial without its full stop. */
  private static boolean isBareInitial(String word) {
    return word.length() == 1 && Character.isUpperCase(word.charAt(0));
  }

  /**
   * Whether {@code token} is the initial of a Russian name written in Latin letters: a letter and
   * a full stop ({@code V.}), or the two letters one Russian letter is written with ({@code
   * Kh.} in {@code R.Kh. Mardanov}).
   */
  public boolean isInitial(String token) {
    if (token.length() == 2) {
      return Character.isLetter(token.charAt(0)) && token.charAt(1) == '.';
    }
    return token.length() == 3 && token.charAt(2) == '.' && Character.isUpperCase(token.charAt(0))
        && Character.isLowerCase(token.charAt(1))
        && letterPairs.contains(token.substring(0, 2).toLowerCase(Locale.ROOT));
  }

  /** The rules of the built-in files, loaded once. */
  public static RussianNames defaults() {
    RussianNames n = defaults;
    if (n == null) {
      synchronized (RussianNames.class) {
        n = defaults;
        if (n == null) {
          n = load(NameKeys.defaults());
          defaults = n;
        }
      }
    }
    return n;
  }

  private static RussianNames load(NameKeys keys) {
    List<Given> given = new ArrayList<>();
    Map<String, String> stems = new HashMap<>();
    for (PackLines.Line l : PackLines.read("ru", "given-names.tsv", 3, 4)) {
      String[] c = l.cols();
      given.add(new Given(russian(l, c[0]), gender(l, c[1]), latin(l, c[2], false), "nom"));
      if (c.length > 3) {
        stems.put(russian(l, c[0]), russian(l, c[3]));
      }
    }
    List<Ending> endings = new ArrayList<>();
    Set<String> cases = Set.of("gen", "dat", "acc", "ins", "pre");
    for (PackLines.Line l : PackLines.read("ru", "name-cases.tsv", 5, 5)) {
      String[] c = l.cols();
      if (!c[0].equals("noun") && !c[0].equals("surname")) {
        throw l.error("unknown class '" + c[0] + "'; expected noun or surname");
      }
      if (!cases.contains(c[2])) {
        throw l.error("unknown case '" + c[2] + "'; expected one of " + cases);
      }
      endings.add(new Ending(c[0].equals("surname"), gender(l, c[1]), c[2],
          c[3].equals("-") ? "" : russian(l, c[3]), russian(l, c[4])));
    }
    List<Letters> letters = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (PackLines.Line l : PackLines.read("ru", "latin-names.tsv", 2, 3)) {
      String[] c = l.cols();
      if (!List.of("any", "start", "end").contains(c[0])) {
        throw l.error("unknown kind '" + c[0] + "'; expected any, start or end");
      }
      if (!seen.add(c[0] + ' ' + c[1])) {
        throw l.error("a second " + c[0] + " rule for '" + c[1] + "'");
      }
      letters.add(new Letters(c[0].equals("start"), c[0].equals("end"), russian(l, c[1]),
          c.length > 2 ? latin(l, c[2], true) : ""));
    }
    List<String> surnameEndings = new ArrayList<>();
    for (PackLines.Line l : PackLines.read("ru", "surname-endings.tsv", 1, 1)) {
      surnameEndings.add(latin(l, l.cols()[0], true));
    }
    List<String> adjectiveEndings = new ArrayList<>();
    for (PackLines.Line l : PackLines.read("ru", "adjective-endings.tsv", 1, 1)) {
      adjectiveEndings.add(russian(l, l.cols()[0]));
    }
    List<LatinEnding> latinEndings = new ArrayList<>();
    for (PackLines.Line l : PackLines.read("ru", "latin-endings.tsv", 2, 2)) {
      latinEndings.add(new LatinEnding(latin(l, l.cols()[0], true), latin(l, l.cols()[1], true)));
    }
    return new RussianNames(given, stems, endings, letters, surnameEndings, adjectiveEndings,
        latinEndings, nameCountries(PackLines.read("ru", "name-countries.tsv", 1, 1)), keys);
  }

  /** The country codes of name-countries.tsv's lines, each checked. */
  static Set<String> nameCountries(List<PackLines.Line> lines) {
    Set<String> codes = new HashSet<>();
    for (PackLines.Line l : lines) {
      String code = l.cols()[0];
      if (!code.matches("[A-Z]{2}") || code.equals("RU")) {
        throw l.error("'" + code + "' must be a country's two-letter code (ISO 3166-1), not RU");
      }
      codes.add(code);
    }
    return codes;
  }

  private static String russian(PackLines.Line l, String s) {
    if (s.isEmpty() || !s.toLowerCase(Locale.ROOT).chars().allMatch(RussianNames::isRussian)) {
      throw l.error("'" + s + "' must be Russian letters");
    }
    return s.toLowerCase(Locale.ROOT);
  }

  private static String latin(PackLines.Line l, String s, boolean lower) {
    boolean ok = !s.isEmpty() && s.chars().allMatch(c -> c >= 'a' && c <= 'z' || !lower
        && c >= 'A' && c <= 'Z');
    if (!ok) {
      throw l.error("'" + s + "' must be " + (lower ? "lower-case " : "") + "Latin letters");
    }
    return s;
  }

  private static char gender(PackLines.Line l, String s) {
    if (!s.equals("m") && !s.equals("f")) {
      throw l.error("unknown gender '" + s + "'; expected m or f");
    }
    return s.charAt(0);
  }

  private static boolean isRussian(int c) {
    return c >= 'а' && c <= 'я' || c == 'ё';
  }

  /** Whether {@code word} is written in Cyrillic letters. */
  public static boolean isCyrillic(String word) {
    return isCyrillic(word, 0, word.length());
  }

  /**
   * Whether the word {@code text[from, to)} is written in Cyrillic letters: {@link
   * #isCyrillic(String)} read in place, for callers that would cut the word only to ask.
   */
  public static boolean isCyrillic(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Chars.isCyrillic(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code word}, a nominative, in the case {@code e} names or, {@code toNominative}: {@code word},
   * in that case, back in the nominative; null when {@code e} does not fit it.
   */
  private static String decline(String word, char gender, Ending e, boolean toNominative) {
    if (e.gender != gender) {
      return null;
    }
    String from = toNominative ? e.declined : e.nominative;
    String to = toNominative ? e.nominative : e.declined;
    if (!word.endsWith(from) || word.length() - from.length() < 2) {
      return null;
    }
    String stem = word.substring(0, word.length() - from.length());
    char last = stem.charAt(stem.length() - 1);
    // "-" stands for a consonant: Владимир, not Никита
    if (e.nominative.isEmpty() && "аеёиоуыэюяйь".indexOf(last) >= 0) {
      return null;
    }
    return stem + to;
  }

  /**
   * The Cyrillic name these words write, a given name this file lists (or an initial) and a
   * surname, a patronymic between them left out: in the nominative and in Latin letters; null
   * unless they are two such words. "Василием Голубевым" is vasily golubev; "Д Новиковым" (an
   * initial) d novikov; "Российской Федерации" none.
   */
  public Name read(List<String> words) {
    List<String> w = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (i == 0 || i == words.size() - 1
          || !keys.isPatronymicWord(Lexicon.fold(word))) {
        w.add(word);
      }
    }
    if (w.size() != 2 || !isCyrillic(w.get(0)) || !isCyrillic(w.get(1))) {
      return null;
    }
    String given = w.get(0).toLowerCase(Locale.ROOT);
    String surname = w.get(1).toLowerCase(Locale.ROOT);
    List<Given> readings = givenForms.getOrDefault(given, List.of());
    if (readings.isEmpty()) {
      if (given.length() > 1) {
        return null; // no given name: "Российской Федерации", "Президиума Межрегиональной"
      }
      // an initial: the surname's own ending, when only a man's surname in a case other than
      // the nominative can have it ("Д.Г. Новиковым"), else only a woman's ("О.Ю. Васильевой")
      String nominative = nominative(surname, 'm', null);
      if (nominative.equals(surname)) {
        nominative = nominative(surname, 'f', null);
      }
      return new Name(spell(given), spell(nominative));
    }
    // the reading whose surname is declined to fit ("Александра Новака" is Alexander Novak),
    // else the nominative one ("Александра Новак" is Alexandra Novak)
    Given best = readings.stream().filter(g -> g.grammaticalCase.equals("nom")).findFirst()
        .orElse(readings.get(0));
    String bestSurname = surname;
    for (Given g : readings) {
      String s = g.grammaticalCase.equals("nom") ? null : nominative(surname, g.gender,
          g.grammaticalCase);
      if (s != null) {
        best = g;
        bestSurname = s;
        break;
      }
    }
    return new Name(best.english.toLowerCase(Locale.ROOT), spell(bestSurname));
  }

  /**
   * As {@link #read}, and also, as a name the title {@code title} leads ({@code министр культуры
   * Ирада Аюпова}), a given name this file does not list before a surname in the nominative with
   * a Russian ending (surname-endings.tsv) of the given name's gender: a woman's name ends in а or
   * я, a man's in neither, and no adjective's ending (adjective-endings.tsv) is a given name's
   * ({@code Русская Православная} is no one). A surname in another case is not read: an unlisted
   * given name's case is unknown. A woman's reading also needs the title in the nominative, its
   * first word ending in a consonant, ь or й ({@code министр}, {@code пресс-секретарь}): after
   * {@code министра} the name is in the genitive, where a man's ends as a woman's does ({@code
   * Ильдара Петрова}): there both words ending in а are a man's name in the genitive ({@code
   * директора Нуритдина Инамова} is Нуритдин Инамов).
   */
  public Name readTitled(List<String> words, String title) {
    Name listed = read(words);
    if (listed != null || words.size() != 2) {
      return listed;
    }
    String given = words.get(0).toLowerCase(Locale.ROOT);
    String surname = words.get(1).toLowerCase(Locale.ROOT);
    if (!isCyrillic(given) || !isCyrillic(surname) || given.length() < 3
        || !Character.isUpperCase(words.get(0).charAt(0))
        || !Character.isUpperCase(words.get(1).charAt(0))
        || givenForms.containsKey(given)
        || adjectiveEndings.stream().anyMatch(given::endsWith)) {
      return null;
    }
    boolean woman = given.endsWith("а") || given.endsWith("я");
    if (woman && !nominativeHead(title)) {
      // after a title in the genitive ("директора", "министра"), a man's name is in the genitive
      // too, each word ending in а: "Нуритдина Инамова" is Нуритдин Инамов
      if (!genitiveHead(title) || !given.endsWith("а") || !surname.endsWith("а")
          || given.length() < 4) {
        return null;
      }
      given = given.substring(0, given.length() - 1);
      surname = surname.substring(0, surname.length() - 1);
      woman = false;
    }
    String latin = spell(surname);
    for (String e : surnameEndings) {
      if (latin.endsWith(e) && latin.length() > e.length() + 2 && e.endsWith("a") == woman) {
        return new Name(spell(given), latin);
      }
    }
    return null;
  }

  /**
   * Whether {@code title}'s first word ends as a masculine Russian noun's genitive does: in а or
   * я ({@code директора}, {@code заместителя}).
   */
  private static boolean genitiveHead(String title) {
    String head = head(title);
    return head.length() > 2 && isCyrillic(head)
        && (head.endsWith("а") || head.endsWith("я"));
  }

  /** Whether {@code title}'s first word ends as a Russian noun's nominative does: in a consonant, ь or й. */
  private static boolean nominativeHead(String title) {
    String head = head(title);
    if (head.isEmpty() || !isCyrillic(head)) {
      return false;
    }
    return "аеёиоуыэюя".indexOf(head.charAt(head.length() - 1)) < 0;
  }

  /** The first word of {@code title}, lower case. */
  private static String head(String title) {
    int space = title.indexOf(' ');
    return (space < 0 ? title : title.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the people of {@code country}, not Russia, commonly bear Russian-style names
   * (name-countries.tsv): a name that looks Russian, in a sentence naming such a country, may be
   * one of its citizens'.
   */
  public boolean sharedBy(String country) {
    return nameCountries.contains(country);
  }

  /**
   * Whether a name written in Latin letters is a Russian's: a Russian given name, or its initial
   * alone ({@code R} of {@code R.Kh. Mardanov}), and a surname with a Russian ending ({@code
   * Vladimir Miklushevsky}; surname-endings.tsv), in its usual spelling ({@code Vadim Bublikow};
   * latin-endings.tsv).
   */
  public boolean looksRussian(List<String> words) {
    if (words.size() < 2 || !isGivenName(words.get(0)) && !isBareInitial(words.get(0))) {
      return false;
    }
    return endsAsRussianSurname(words.get(words.size() - 1));
  }

  /**
   * Whether a word in Latin letters ends as a Russian surname does (surname-endings.tsv), in its
   * usual spelling ({@code Bublikow} as {@code Bublikov}; latin-endings.tsv).
   */
  public boolean endsAsRussianSurname(String latinWord) {
    String surname = usualEnding(Lexicon.fold(latinWord).toLowerCase(Locale.ROOT));
    return surnameEndings.stream().anyMatch(e -> surname.endsWith(e) && surname.length() > e.length() + 2);
  }

  /**
   * The usual English spelling of the listed given name that {@code latinWord} prints with one
   * letter left out ({@code Konstatin}: {@code konstantin}), or null; only for names of eight
   * letters or more, where a letter dropped leaves no other name, and when only one name fits.
   */
  public String givenNameMissingALetter(String latinWord) {
    String w = Lexicon.fold(latinWord).toLowerCase(Locale.ROOT);
    if (w.length() < MIN_MISPRINTED_GIVEN - 1 || isGivenName(latinWord)) {
      return null;
    }
    String found = null;
    for (String given : usualGiven) {
      if (given.length() == w.length() + 1 && Folding.editDistance(given, w) == 1) {
        if (found != null) {
          return null; // two names fit: neither is sure
        }
        found = given;
      }
    }
    return found;
  }

  /**
   * A word of a Russian name in Latin letters, lower case, with the usual English spelling's
   * ending (latin-endings.tsv): {@code mogilevskyi} is {@code mogilevsky}; a given name spelt as
   * given-names.tsv spells it keeps its ending ({@code radiy}).
   */
  public String usualEnding(String latinWord) {
    if (usualGiven.contains(latinWord)) {
      return latinWord;
    }
    for (LatinEnding e : latinEndings) {
      if (latinWord.endsWith(e.from()) && latinWord.length() >= e.from().length() + 3) {
        return latinWord.substring(0, latinWord.length() - e.from().length()) + e.to();
      }
    }
    return latinWord;
  }

  /**
   * Whether {@code word} is a Russian given name this file lists, in any case when Cyrillic
   * ({@code Сергея}), in any romanisation when Latin ({@code Sergei}).
   */
  public boolean isGivenName(String word) {
    return isGivenName(word, null);
  }

  /**
   * Whether {@code word} is a Russian given name in Cyrillic written in a case other than the
   * genitive only ({@code Вячеславу}, {@code Сергею}; not {@code Александра}, which may be one):
   * the name of a person, not part of the name of an award or institution named after someone
   * ({@code орден Александра Невского}).
   */
  public boolean isGivenNameNotGenitive(String word) {
    List<Given> readings = givenForms.get(word.toLowerCase(Locale.ROOT));
    if (readings == null) {
      return false;
    }
    for (Given g : readings) {
      if (g.grammaticalCase.equals("gen")) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #isGivenName(String)}, with {@code folded}, the word's fold, made by the caller (null:
   * made here when needed).
   */
  public boolean isGivenName(String word, String folded) {
    return isCyrillic(word)
        ? givenForms.containsKey(word.toLowerCase(Locale.ROOT))
        : givenKeys.contains(keys.wordKey(folded != null ? folded : Lexicon.fold(word)));
  }

  /**
   * A surname in case {@code grammaticalCase} put in the nominative, or null when no rule of that
   * case fits it (it does not decline). {@code grammaticalCase} null: only the surname rules of a
   * man's cases, none of which a nominative can end with.
   */
  private String nominative(String surname, char gender, String grammaticalCase) {
    Ending best = null;
    for (Ending e : endings) {
      boolean fits = grammaticalCase == null
          ? e.surnameOnly && e.declined.length() >= 3
          : e.grammaticalCase.equals(grammaticalCase);
      if (fits && decline(surname, gender, e, true) != null
          && (best == null || e.declined.length() > best.declined.length())) {
        best = e;
      }
    }
    if (best == null) {
      return grammaticalCase == null ? surname : null;
    }
    return decline(surname, gender, best, true);
  }

  /**
   * Whether {@code word} is {@code surname} in some case by the rules of name-cases.tsv, {@code
   * surname} read as a nominative or as a case form of one ({@code Цветова} and {@code Цветову}
   * of {@code Цветов}; {@code Петровского} of {@code Петровский}).
   */
  public boolean isSurnameForm(String word, String surname) {
    String w = word.toLowerCase(Locale.ROOT);
    String s = surname.toLowerCase(Locale.ROOT);
    if (w.equals(s)) {
      return true;
    }
    List<String> nominatives = new ArrayList<>();
    nominatives.add(s);
    for (Ending e : endings) {
      String n = decline(s, e.gender, e, true);
      if (n != null) {
        nominatives.add(n);
      }
    }
    for (String n : nominatives) {
      if (n.equals(w)) {
        return true;
      }
      for (Ending e : endings) {
        if (w.equals(decline(n, e.gender, e, false))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@code title} and, when it is Russian and its first word a noun ({@code губернатор}, {@code
   * заместитель министра}, {@code глава}), the same with that word in every case by the noun rules
   * ({@code губернатора}, {@code заместителем министра}, {@code главой}): a title is met in any
   * case. A title led by an adjective ({@code генеральный консул}) lists its forms itself.
   */
  public List<String> withCases(String title) {
    int space = title.indexOf(' ');
    String head = (space < 0 ? title : title.substring(0, space)).toLowerCase(Locale.ROOT);
    String rest = space < 0 ? "" : title.substring(space);
    if (!head.chars().allMatch(c -> isRussian(c) || c == '-') || head.endsWith("ый")
        || head.endsWith("ий") || head.endsWith("ой") || head.endsWith("ая")) {
      return List.of(title);
    }
    // a man's office in -а declines as a woman's name does (глава, главы, главой)
    char gender = head.endsWith("а") || head.endsWith("я") ? 'f' : 'm';
    List<String> out = new ArrayList<>();
    out.add(title);
    for (Ending e : endings) {
      String form = e.surnameOnly ? null : decline(head, gender, e, false);
      if (form != null && !out.contains(form + rest)) {
        out.add(form + rest);
      }
    }
    return out;
  }

  /** A Russian word, lower case, in Latin letters by the rules of latin-names.tsv. */
  String spell(String word) {
    StringBuilder b = new StringBuilder(word.length() + 4);
    int i = 0;
    while (i < word.length()) {
      Letters best = null;
      for (Letters l : lettersByFirst.getOrDefault(word.charAt(i), List.of())) {
        int end = i + l.from.length();
        boolean fits = word.startsWith(l.from, i) && (!l.atStart || i == 0)
            && (!l.atEnd || end == word.length());
        boolean bound = l.atStart || l.atEnd;
        if (fits && (best == null || l.from.length() > best.from.length()
            || l.from.length() == best.from.length() && bound)) {
          best = l;
        }
      }
      if (best == null) {
        b.append(word.charAt(i)); // not a Russian letter (a hyphen): kept as it is
        i++;
      } else {
        b.append(best.to);
        i += best.from.length();
      }
    }
    return b.toString();
  }
}
