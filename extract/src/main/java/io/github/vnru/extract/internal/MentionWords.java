package io.github.vnru.extract.internal;

import io.github.vnru.extract.Folding;
import io.github.vnru.model.Language;
import io.github.vnru.model.PartyId;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words the mention finder knows, read from {@code lang/<code>/mentions.tsv} (see the README
 * there): the bare party word, national-party phrases, photo credits, institution words,
 * Vietnamese surnames, "of" gaps, honorifics. The patterns here are fixed shapes (word
 * boundaries, white space, parentheses) around the listed words; the words are all in the files.
 * Immutable and thread-safe.
 */
public final class MentionWords {
  /** The lists of {@code mentions.tsv}, by their name in the file's first column. */
  enum WordList {
    BARE_PARTY("bare-party", Value.PARTY, false),
    BARE_PARTY_NAME_BEFORE("bare-party-name-before", Value.PARTY, false),
    PLURAL_BEFORE_PARTY("plural-before-party", Value.NONE, false),
    COMMON_AFTER_PARTY("common-after-party", Value.NONE, false),
    ORGAN_BEFORE_PARTY("organ-before-party", Value.NONE, false),
    PARTY_KIND("party-kind", Value.NONE, false),
    NATIONAL_PARTY("national-party", Value.COUNTRY, false),
    CREDIT("credit", Value.NONE, true),
    BYLINE("byline", Value.NONE, true),
    INSTITUTION_BEFORE("institution-before", Value.NONE, true),
    INSTITUTION_AFTER("institution-after", Value.NONE, true),
    NAMED_AFTER("named-after", Value.NONE, true),
    SURNAME("surname", Value.NONE, true),
    OF_GAP("of-gap", Value.NONE, true),
    TITLE_JOINER("title-joiner", Value.NONE, true),
    HONORIFIC("honorific", Value.NONE, true),
    PARTY_TITLE("party-title", Value.NONE, true),
    OFFICE_PLACE("office-place", Value.NONE, false),
    PLACE_WORD("place-word", Value.NONE, false),
    EVENT_AFTER("event-after", Value.NONE, false),
    TITLE_ARTICLE("title-article", Value.NONE, false),
    TITLE_TIME("title-time", Value.NONE, false),
    PLACE_PERSON("place-person", Value.NONE, false),
    PLACE_PREPOSITION("place-preposition", Value.NONE, false),
    PLACE_AND("place-and", Value.NONE, false),
    NAME_COUNTRY_LINK("name-country-link", Value.NONE, false),
    ARTICLE("article", Value.NONE, false),
    FUNCTION_WORD("function-word", Value.NONE, false),
    TITLE_CASE_WORD("title-case-word", Value.NONE, false),
    ORGANISATION_WORD("organisation-word", Value.NONE, true),
    VESSEL_WORD("vessel-word", Value.NONE, true),
    NOT_A_NAME("not-a-name", Value.NONE, true),
    BODY_NAME("body-name", Value.NONE, false);

    final String label;
    final Value value;
    /** Whether the list applies to articles in every language, not only the file's. */
    final boolean everyLanguage;

    WordList(String label, Value value, boolean everyLanguage) {
      this.label = label;
      this.value = value;
      this.everyLanguage = everyLanguage;
    }
  }

  /** What the third column holds. */
  private enum Value {
    NONE,
    PARTY,
    COUNTRY
  }

  /**
   * The bare party word of a language ({@code Đảng}, {@code Party}) and the party it names alone.
   *
   * @param nameBefore whether the language puts a party's name before the word ({@code Democratic
   *     Party}), so that a capitalised word before it, not after it, makes it another party
   */
  public record BareParty(String word, String party, Pattern pattern, boolean nameBefore) {}

  /** Matches nothing: the pattern of an empty list. */
  private static final Pattern NEVER = Pattern.compile("(?!)");
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
  private static final Map<Language, MentionWords> WORDS = new EnumMap<>(Language.class);

  static {
    Map<Language, Map<WordList, List<Row>>> rows = new EnumMap<>(Language.class);
    for (Language l : Language.values()) {
      rows.put(l, read(l.code()));
    }
    for (Language l : Language.values()) {
      WORDS.put(l, new MentionWords(rows, l));
    }
  }

  private final List<BareParty> bareParties;
  private final Pattern pluralBeforeParty;
  private final int pluralWindow;
  private final Pattern nationalParty;
  private final Map<String, String> nationalPartyCountry;
  /** The national-party phrases as written, for the cheap test before the pattern. */
  private final List<NationalPhrase> nationalPartyPhrases;
  private final Pattern credit;
  /** The byline words, lower case: a name right after one is the report's author's. */
  private final List<String> bylines;
  private final Pattern institutionBefore;
  private final Pattern institutionAfter;
  /**
   * The institution words, for {@link #opensWithInstitutionWord}: {@code [k]} those that start
   * with the {@code k}th char of {@link #institutionFirstLetters}. The lists of every language
   * apply, about eighty words, and most capitals a name starts with open some: only those with
   * the word's first letter are compared.
   */
  private final String[][] institutionWords;
  /** The first letters of {@link #institutionWords}: most words start with none of them. */
  private final String institutionFirstLetters;
  /** Whether an institution word is empty, which {@link #institutionBefore} finds anywhere. */
  private final boolean emptyInstitutionWord;
  private final Set<String> surnames;
  private final Set<String> surnamesAsWritten;
  private final Pattern ofGap;
  /** The words of {@link #ofGap}, when {@link #literalWords} may check them; else null. */
  private final Set<String> ofGapWords;
  /** {@link #ofGapWords} in an array, looked along in place: no substring for a gap. */
  private final String[] ofGapList;
  private final Pattern titleJoiner;
  /** The words of {@link #titleJoiner}, when {@link #literalWords} may check them; else null. */
  private final Set<String> titleJoinerWords;
  /** The length of the longest of {@link #titleJoinerWords}. */
  private final int longestTitleJoiner;
  private final Set<String> honorifics;
  private final List<String> partyTitles;
  private final Set<String> officePlaceWords;
  private final Set<String> placeWords;
  /** {@link WordList#EVENT_AFTER}, lower case. */
  private final Set<String> eventAfter;
  private final List<String> namedAfter;
  /** The last letters of {@link #namedAfter}'s phrases, lower case: most names follow none. */
  private final String namedAfterEnds;
  private final List<String> commonAfterParty;
  private final Set<String> organsBeforeParty;
  private final Set<String> partyKinds;
  private final Set<String> titleArticles;
  private final Set<String> titleTimes;
  /** Persons' names that are also places' short names ({@code Ho Chi Minh}), as written. */
  private final List<String> placePersons;
  private final Set<String> placePrepositions;
  private final Set<String> placeAnds;
  /** Words between a name and the place its bearer is of ({@code Wang Yisheng of China}). */
  private final Set<String> nameCountryLinks;
  private final Set<String> articles;
  /** Function words of the language, as a Title Case headline capitalises them. */
  private final Set<String> functionWords;
  /** The small words a Title Case headline capitalises ({@link #isTitleCase}). */
  private final Set<String> titleCaseWords;
  private final Set<String> organisationWords;
  private final Set<String> vesselWords;
  private final Set<String> notNames;
  private final List<String> bodyNames;

  private MentionWords(Map<Language, Map<WordList, List<Row>>> rows, Language language) {
    Map<WordList, List<Row>> own = rows.get(language);
    Map<WordList, List<Row>> every = new EnumMap<>(WordList.class);
    for (WordList w : WordList.values()) {
      List<Row> all = new ArrayList<>();
      for (Language l : Language.values()) {
        all.addAll(rows.get(l).getOrDefault(w, List.of()));
      }
      every.put(w, all);
    }

    List<BareParty> bare = new ArrayList<>();
    for (WordList list : List.of(WordList.BARE_PARTY, WordList.BARE_PARTY_NAME_BEFORE)) {
      for (Row r : own.getOrDefault(list, List.of())) {
        bare.add(new BareParty(r.phrase, r.value, Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(r.phrase) + "(?![\\p{L}\\p{N}])"),
            list == WordList.BARE_PARTY_NAME_BEFORE));
      }
    }
    this.bareParties = List.copyOf(bare);

    List<String> plural = phrases(own, WordList.PLURAL_BEFORE_PARTY);
    this.pluralBeforeParty = plural.isEmpty() ? NEVER
        : Pattern.compile(alternatives(plural) + "\\s+$", Pattern.CASE_INSENSITIVE);
    // room for the marker and the white space after it
    this.pluralWindow = plural.stream().mapToInt(String::length).max().orElse(0) + 3;

    List<String> national = new ArrayList<>();
    Map<String, String> countries = new HashMap<>();
    List<String> phrases = new ArrayList<>();
    for (Row r : own.getOrDefault(WordList.NATIONAL_PARTY, List.of())) {
      national.add(java.util.Arrays.stream(r.phrase.split(" "))
          .map(MentionWords::firstLetterEitherCase).collect(Collectors.joining(" ")));
      countries.put(r.phrase.toLowerCase(Locale.ROOT), r.value);
      phrases.add(r.phrase);
    }
    this.nationalParty = national.isEmpty() ? NEVER
        : Pattern.compile("\\b(?:" + String.join("|", national) + ")\\b");
    this.nationalPartyCountry = Map.copyOf(countries);
    this.nationalPartyPhrases = phrases.stream().map(NationalPhrase::of).toList();

    List<String> credits = phrases(every, WordList.CREDIT);
    this.credit = credits.isEmpty() ? NEVER
        : Pattern.compile("\\(" + alternatives(credits) + "\\s*:[^)]*\\)", Pattern.CASE_INSENSITIVE);
    this.bylines = List.copyOf(phrases(every, WordList.BYLINE).stream()
        .map(b -> b.toLowerCase(Locale.ROOT)).collect(Collectors.toList()));
    List<String> before = longestFirst(phrases(every, WordList.INSTITUTION_BEFORE));
    this.institutionBefore = before.isEmpty() ? NEVER
        : Pattern.compile("(?:^|[\\s(\"“«„])(" + alternatives(before)
            + ")((?:\\s+\\S+){0,7}?)(?:\\s+|-|\\s*[\"“«„])$"); // a hyphen joins too ("chủ nghĩa
            // Mác-Lênin"), and so does a quotation mark (танкер "Борис Бутома")
    this.emptyInstitutionWord = before.contains("");
    this.institutionFirstLetters = before.stream().filter(w -> !w.isEmpty())
        .map(w -> String.valueOf(w.charAt(0))).distinct().collect(Collectors.joining());
    this.institutionWords = new String[institutionFirstLetters.length()][];
    for (int k = 0; k < institutionFirstLetters.length(); k++) {
      char first = institutionFirstLetters.charAt(k);
      institutionWords[k] = before.stream()
          .filter(w -> !w.isEmpty() && w.charAt(0) == first).toArray(String[]::new);
    }
    List<String> after = longestFirst(phrases(every, WordList.INSTITUTION_AFTER));
    this.institutionAfter = after.isEmpty() ? NEVER
        : Pattern.compile("^\\s+" + alternatives(after) + "\\b");
    this.surnamesAsWritten = Set.copyOf(phrases(every, WordList.SURNAME));
    this.surnames = Set.copyOf(phrases(every, WordList.SURNAME).stream()
        .map(Lexicon::fold).collect(Collectors.toList()));
    List<String> gaps = phrases(every, WordList.OF_GAP);
    this.ofGap = gaps.isEmpty() ? NEVER : Pattern.compile("\\s+" + alternatives(gaps) + "\\s+");
    this.ofGapWords = literalWords(gaps);
    this.ofGapList = ofGapWords == null ? null : ofGapWords.toArray(new String[0]);
    List<String> joiners = phrases(every, WordList.TITLE_JOINER);
    this.titleJoiner = Pattern.compile(joiners.isEmpty() ? ",\\s+"
        : "(?:,\\s+|,?\\s+" + alternatives(joiners) + "\\s+)");
    this.titleJoinerWords = literalWords(joiners);
    this.longestTitleJoiner = joiners.stream().mapToInt(String::length).max().orElse(0);
    this.honorifics = Set.copyOf(phrases(every, WordList.HONORIFIC).stream()
        .map(Folding::fold).collect(Collectors.toList()));
    this.partyTitles = List.copyOf(phrases(every, WordList.PARTY_TITLE).stream()
        .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toList()));
    this.officePlaceWords = Set.copyOf(phrases(own, WordList.OFFICE_PLACE));
    this.placeWords = Set.copyOf(phrases(own, WordList.PLACE_WORD));
    this.eventAfter = Set.copyOf(phrases(own, WordList.EVENT_AFTER).stream()
        .map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toList()));
    this.namedAfter = List.copyOf(phrases(every, WordList.NAMED_AFTER));
    StringBuilder ends = new StringBuilder();
    for (String phrase : namedAfter) {
      char last = Character.toLowerCase(phrase.charAt(phrase.length() - 1));
      if (ends.indexOf(String.valueOf(last)) < 0) {
        ends.append(last);
      }
    }
    this.namedAfterEnds = ends.toString();
    this.commonAfterParty = List.copyOf(phrases(own, WordList.COMMON_AFTER_PARTY));
    this.organsBeforeParty = Set.copyOf(phrases(own, WordList.ORGAN_BEFORE_PARTY));
    this.partyKinds = Set.copyOf(phrases(own, WordList.PARTY_KIND));
    this.titleArticles = Set.copyOf(phrases(own, WordList.TITLE_ARTICLE));
    this.titleTimes = Set.copyOf(phrases(own, WordList.TITLE_TIME));
    this.placePersons = List.copyOf(phrases(own, WordList.PLACE_PERSON));
    this.placePrepositions = Set.copyOf(phrases(own, WordList.PLACE_PREPOSITION));
    this.placeAnds = Set.copyOf(phrases(own, WordList.PLACE_AND));
    this.nameCountryLinks = Set.copyOf(phrases(own, WordList.NAME_COUNTRY_LINK));
    this.articles = Set.copyOf(phrases(own, WordList.ARTICLE));
    this.functionWords = Set.copyOf(phrases(own, WordList.FUNCTION_WORD));
    this.titleCaseWords = Set.copyOf(phrases(own, WordList.TITLE_CASE_WORD));
    this.organisationWords = Set.copyOf(phrases(every, WordList.ORGANISATION_WORD));
    this.vesselWords = Set.copyOf(phrases(every, WordList.VESSEL_WORD));
    this.notNames = Set.copyOf(phrases(every, WordList.NOT_A_NAME).stream()
        .map(Lexicon::fold).collect(Collectors.toList()));
    this.bodyNames = List.copyOf(phrases(own, WordList.BODY_NAME));
  }

  /** The words of {@code language}, with the every-language lists of all languages. */
  public static MentionWords of(Language language) {
    return WORDS.get(language);
  }

  /** The bare party words of this language ({@code Đảng}), each with the party it names. */
  public List<BareParty> bareParties() {
    return bareParties;
  }

  /**
   * Whether {@code text} ends in a plural marker and white space ({@code các }, {@code hai }):
   * the bare party word after it means parties in general.
   */
  public boolean pluralBeforeParty(String text, int end) {
    return pluralBeforeParty != NEVER
        && pluralBeforeParty.matcher(text.substring(Math.max(0, end - pluralWindow), end)).find();
  }

  /**
   * Whether {@code word} is listed as organ-before-party ({@code Provincial} of "the Provincial
   * Party Committee": a level of the party's own organisation, no other party's name).
   */
  public boolean organBeforeParty(String word) {
    return organsBeforeParty.contains(word);
  }

  /**
   * Whether {@code word} is listed as party-kind ({@code Communist} of "Communist Party General
   * Secretary X": what kind of party, not which one).
   */
  public boolean isPartyKind(String word) {
    return partyKinds.contains(word);
  }

  /**
   * Whether a word listed as common-after-party follows {@code end} after one space ({@code Đảng
   * chính trị}: "a political party", no party's name).
   */
  public boolean commonAfterParty(String text, int end) {
    for (String w : commonAfterParty) {
      if (text.startsWith(w, end + 1) && end < text.length() && text.charAt(end) == ' '
          && (end + 1 + w.length() == text.length()
              || !Character.isLetter(text.charAt(end + 1 + w.length())))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The national-party phrases ({@code the Russian Party}); {@link #nationalPartyCountry} gives
   * a match's country. Never matches when this language has none.
   */
  public Pattern nationalParty() {
    return nationalParty;
  }

  /**
   * Whether {@code text} may hold a national-party phrase: a cheap test before the pattern, true
   * whenever the pattern matches. A phrase is looked for only where the tail of its last word
   * ({@code arty}) is: a sentence with "party" in it is common, the pattern's alternatives tried at
   * each of its chars are not cheap.
   */
  public boolean mayHoldNationalParty(String text) {
    for (NationalPhrase p : nationalPartyPhrases) {
      String tail = p.tail();
      if (p.allTail()) {
        // a one-letter last word is all tail: looked for as it is written, as it always was
        if (text.contains(tail)) {
          return true;
        }
        continue;
      }
      for (int t = text.indexOf(tail); t >= 0; t = text.indexOf(tail, t + 1)) {
        if (t >= p.tailStart() && writtenEitherCase(text, t - p.tailStart(), p.phrase())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A national-party phrase as written, with the tail {@link #mayHoldNationalParty} looks for,
   * cut once: every sentence is tested.
   *
   * @param tail the last word but its first letter, which the pattern takes in either case (a
   *     one-letter last word whole)
   * @param tailStart where the tail starts in the phrase
   * @param allTail whether the last word is one letter, so the tail is all of it
   */
  private record NationalPhrase(String phrase, String tail, int tailStart, boolean allTail) {
    static NationalPhrase of(String phrase) {
      int tailStart = Math.min(phrase.lastIndexOf(' ') + 2, phrase.length() - 1);
      return new NationalPhrase(phrase, phrase.substring(tailStart), tailStart,
          tailStart == phrase.lastIndexOf(' ') + 1);
    }
  }

  /**
   * Whether {@code text} reads {@code phrase} from {@code start}, each word's first letter in
   * either case as {@link #firstLetterEitherCase} lets the pattern take it.
   */
  private static boolean writtenEitherCase(String text, int start, String phrase) {
    if (start + phrase.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < phrase.length(); i++) {
      char p = phrase.charAt(i);
      char c = text.charAt(start + i);
      if (c != p && !((i == 0 || phrase.charAt(i - 1) == ' ') && Character.isLowerCase(p)
          && String.valueOf(p).toUpperCase(Locale.ROOT).indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  /** The country code of a {@link #nationalParty} match. */
  public String nationalPartyCountry(String match) {
    return nationalPartyCountry.get(match.toLowerCase(Locale.ROOT));
  }

  /** A photo or source credit in parentheses ({@code (Ảnh: TTXVN)}); never matches if none is listed. */
  public Pattern credit() {
    return credit;
  }

  /**
   * An institution word at the end of a text, then up to seven words: group 2 is the words
   * between the institution word and the end. Never matches if none is listed.
   */
  public Pattern institutionBefore() {
    return institutionBefore;
  }

  /**
   * Whether an institution word starts a word in {@code [from, to)} of {@code text} (at {@code
   * from}, or after a char that is no letter or digit) and ends by {@code to}: true whenever
   * {@link #institutionBefore} finds one there, a cheap test before the pattern, which each
   * person named without a title asks of the words before the name.
   */
  public boolean mayHoldInstitutionWord(String text, int from, int to) {
    if (emptyInstitutionWord) {
      return true;
    }
    for (int q = from; q < to; q++) {
      if (q > from && Character.isLetterOrDigit(text.charAt(q - 1))) {
        continue;
      }
      int first = institutionFirstLetters.indexOf(text.charAt(q));
      if (first < 0) {
        continue;
      }
      for (String w : institutionWords[first]) {
        if (q + w.length() <= to && text.startsWith(w, q)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the words at {@code p} open with an institution word ({@code Trường Đại học Hà Nội}):
   * they name the institution, even where a name would stand.
   */
  public boolean opensWithInstitutionWord(String text, int p) {
    int first = p < text.length() ? institutionFirstLetters.indexOf(text.charAt(p)) : -1;
    if (first < 0) {
      return false;
    }
    for (String w : institutionWords[first]) {
      int end = p + w.length();
      if (end < text.length() && text.startsWith(w, p)
          && Character.isWhitespace(text.charAt(end))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word at {@code p}, inside a run of a name's words, ends the name: it opens an
   * institution's or award's name ({@code … Thái Hương Huân chương Hữu nghị}), unless it is one
   * word that, with the one capitalised word after it, closes the run at a punctuation mark or the
   * text's end: then it is a given name ({@code Nguyễn Trường Sơn, Phó Cục trưởng}), as a school's
   * name ({@code Trường Đại học …}) does not end so soon.
   */
  public boolean endsNameAt(String text, int p) {
    if (!opensWithInstitutionWord(text, p)) {
      return false;
    }
    int wordEnd = Chars.lettersEnd(text, p);
    int next = wordEnd + 1;
    if (wordEnd >= text.length() || text.charAt(wordEnd) != ' ' || next >= text.length()
        || !Character.isUpperCase(text.charAt(next)) || opensWithInstitutionWord(text, next)) {
      return true;
    }
    int nextEnd = Chars.lettersEnd(text, next);
    return nextEnd < text.length() && (Character.isLetterOrDigit(text.charAt(nextEnd))
        || Character.isWhitespace(text.charAt(nextEnd)));
  }

  /**
   * Whether a phrase that names a thing after a person ({@code mang tên}, {@code named after})
   * ends right before {@code p}, spaces between: the name there, title and all
   * ({@code trường mang tên Chủ tịch Hồ Chí Minh}), is the thing's, not a mention of the person.
   */
  public boolean namedAfterBefore(String text, int p) {
    int end = p;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == p || namedAfterEnds.indexOf(Character.toLowerCase(text.charAt(end - 1))) < 0) {
      return false;
    }
    for (String phrase : namedAfter) {
      int start = end - phrase.length();
      if (start >= 0 && text.regionMatches(true, start, phrase, 0, phrase.length())
          && (start == 0 || !Character.isLetter(text.charAt(start - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** White space and an institution word, anchored ({@code  University}). */
  public Pattern institutionAfter() {
    return institutionAfter;
  }

  /** Whether {@code folded} is a Vietnamese surname ({@link Lexicon#fold folded}). */
  public boolean isSurname(String folded) {
    return surnames.contains(folded);
  }

  /**
   * Whether {@code word} is a Vietnamese surname as written: with its diacritics when it has any
   * ({@code Trương}, not {@code Trưởng}), else folded ({@code Truong}).
   */
  public boolean isSurnameAsWritten(String word) {
    return isSurnameAsWritten(word, null);
  }

  /**
   * {@link #isSurnameAsWritten(String)}, with {@code folded}, the word's fold, made by the caller
   * (null: made here when needed).
   */
  public boolean isSurnameAsWritten(String word, String folded) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 0x80) {
        // a word of the (NFC) text is most often its own NFC: no copy made for it then
        return surnamesAsWritten.contains(
            isNfcAsIs(word) ? word : Normalizer.normalize(word, Normalizer.Form.NFC));
      }
    }
    return surnames.contains(folded != null ? folded : Lexicon.fold(word));
  }

  /** Whether NFC leaves {@code word} as it is: each char is one it leaves in any text. */
  private static boolean isNfcAsIs(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Chars.isNfcAsIs(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code gap} is only white space around an "of" word ({@code  của }, {@code  of the }). */
  public boolean isOfGap(String gap) {
    return isOfGap(gap, 0, gap.length());
  }

  /** {@code isOfGap(text.substring(from, to))}, without the substring for most gaps. */
  public boolean isOfGap(String text, int from, int to) {
    // most gaps asked of are not set off by spaces: no matcher made for them
    if (ofGap == NEVER || to - from < 2 || !isRegexSpace(text.charAt(from))
        || !isRegexSpace(text.charAt(to - 1))) {
      return false;
    }
    if (ofGapWords == null) {
      return ofGap.matcher(text.substring(from, to)).matches();
    }
    // the pattern's words neither start nor end in white space: what it takes between its two
    // runs of white space is the gap trimmed of them, which is one of the words or nothing
    int a = from;
    while (a < to && isRegexSpace(text.charAt(a))) {
      a++;
    }
    int b = to;
    while (b > a && isRegexSpace(text.charAt(b - 1))) {
      b--;
    }
    if (a >= b) {
      return false;
    }
    for (String w : ofGapList) {
      if (w.length() == b - a && text.startsWith(w, a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The "of" words as a set, when none is empty or starts or ends in white space (so {@link
   * #isOfGap} needs no pattern); else null.
   */
  private static Set<String> literalWords(List<String> words) {
    for (String w : words) {
      if (w.isEmpty() || isRegexSpace(w.charAt(0)) || isRegexSpace(w.charAt(w.length() - 1))) {
        return null;
      }
    }
    return Set.copyOf(words);
  }

  /** Whether {@code c} is white space as {@code \s} reads it (no Unicode classes). */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /**
   * Whether {@code gap} joins two titles of one person: a comma or a joining word ({@code ,
   * }, {@code  and }, {@code  kiêm }) and white space.
   */
  public boolean isTitleJoiner(String gap) {
    return isTitleJoiner(gap, 0, gap.length());
  }

  /**
   * {@code isTitleJoiner(text.substring(from, to))}, without the substring: a person's titles
   * are asked of with every gap up to the name, most of them long.
   */
  public boolean isTitleJoiner(String text, int from, int to) {
    // every joiner starts with a comma or white space and ends in white space: most gaps asked
    // of do not, and need no matcher
    if (to - from < 2 || !(text.charAt(from) == ',' || isRegexSpace(text.charAt(from)))
        || !isRegexSpace(text.charAt(to - 1))) {
      return false;
    }
    if (titleJoinerWords == null) {
      return titleJoiner.matcher(text.substring(from, to)).matches();
    }
    // the pattern's words neither start nor end in white space: past the comma, if any, it takes
    // white space only, or white space, one of the words and white space
    int a = text.charAt(from) == ',' ? from + 1 : from;
    int b = to;
    while (b > a && isRegexSpace(text.charAt(b - 1))) {
      b--;
    }
    if (b == a) {
      return a > from;
    }
    int w = a;
    while (isRegexSpace(text.charAt(w))) {
      w++;
    }
    return w > a && b - w <= longestTitleJoiner
        && titleJoinerWords.contains(text.substring(w, b));
  }

  /**
   * Whether {@code word}, as written, says where an office is ({@code tại}, {@code to}, {@code в}):
   * in {@code Đại sứ Nga tại Việt Nam} the place after it is where the ambassador serves, not
   * whose ambassador he is.
   */
  public boolean isOfficePlaceWord(String word) {
    return officePlaceWords.contains(word);
  }

  /** The office-place words ({@link #isOfficePlaceWord}), lower case as listed. */
  public Set<String> officePlaceWords() {
    return officePlaceWords;
  }

  /**
   * Whether the word right after {@code p} (spaces between) makes the place ending at {@code p} the
   * name of an event ({@code the Vietnam War}): not whose office it is.
   */
  public boolean eventAfter(String text, int p) {
    if (eventAfter.isEmpty()) {
      return false;
    }
    int start = p;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return start > p && end > start
        && eventAfter.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the one or two lower-case words ending right before {@code p} (spaces between) name a
   * kind of place ({@code tỉnh}, {@code thành phố}): the capitalised words at {@code p} are that
   * place's name ({@code tỉnh Khánh Hòa}), not a person's.
   */
  public boolean placeWordBefore(String text, int p) {
    if (placeWords.isEmpty()) {
      return false;
    }
    int end = p;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int start = end;
    for (int words = 0; words < 2 && end > 0; words++) {
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start == end || !Character.isLowerCase(text.charAt(start))) {
        return false;
      }
      if (placeWords.contains(text.substring(start, end))) {
        return true;
      }
      if (start == 0 || text.charAt(start - 1) != ' ') {
        return false;
      }
      start--;
    }
    return false;
  }

  /**
   * Whether {@code name} is written as a person's name is but names a place or thing ({@code Thái
   * Bình Dương}, the Pacific), or begins with one ({@code Thái Bình Dương Nga}, the Russian
   * Pacific Fleet's): compared folded.
   */
  public boolean isNotAName(String name) {
    String folded = Lexicon.fold(name);
    for (String n : notNames) {
      if (folded.startsWith(n)
          && (folded.length() == n.length() || folded.charAt(n.length()) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a listed body's name ends at {@code end} ({@code T.Ư Đoàn}): its last word, though a
   * family name, starts no person's name.
   */
  public boolean endsBodyName(String text, int end) {
    for (String b : bodyNames) {
      int start = end - b.length();
      if (start >= 0 && text.startsWith(b, start)
          && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code word}, as written, may stand between a name's comma and the title after it
   * ({@code Nguyen Vu Truong Son, the general director of PetroVietnam}).
   */
  public boolean isTitleArticle(String word) {
    return titleArticles.contains(word);
  }

  /**
   * Whether {@code word}, as written, says when the title after it was held ({@code former},
   * {@code then}): it stands between a word and the title phrase that follows it.
   */
  public boolean isTitleTime(String word) {
    return titleTimes.contains(word);
  }

  /**
   * Where the place a name's bearer is of starts, when a word of {@code name-country-link} and a
   * space follow the name ending at {@code end} ({@code Major General Wang Yisheng of China}):
   * the index after them; else -1.
   */
  public int afterNameCountryLink(String text, int end) {
    if (end >= text.length() || text.charAt(end) != ' ') {
      return -1;
    }
    int w = end + 1;
    int e = w;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return e > w && e < text.length() && text.charAt(e) == ' '
        && nameCountryLinks.contains(text.substring(w, e)) ? e + 1 : -1;
  }

  /**
   * Whether the name at {@code start..end} is a person's that is also a place's short name
   * ({@code Ho Chi Minh}) and nothing after it makes it the person's: no capitalised word ({@code
   * Ho Chi Minh Mausoleum}) and no possessive ({@code Ho Chi Minh's heritage}).
   */
  public boolean mayNamePlace(String text, int start, int end) {
    boolean listed = false;
    for (String p : placePersons) {
      listed |= p.length() == end - start && text.startsWith(p, start);
    }
    if (!listed || end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')) {
      return false;
    }
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return next == text.length() || !Character.isUpperCase(text.charAt(next));
  }

  /**
   * What the word before {@code p} makes of a name that {@link #mayNamePlace may name a place}:
   * {@code -1} a place after a preposition of place ({@code consul general in Ho Chi Minh}); where
   * the words before a comma or an "and" word end, whose name is a place's if that ends there
   * ({@code Hanoi and Ho Chi Minh}); {@code -2} neither.
   */
  public int placeJoinBefore(String text, int p) {
    int end = p;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > 0 && text.charAt(end - 1) == ',') {
      return end - 1;
    }
    int start = Chars.lettersStart(text, end);
    if (start == end) {
      return -2;
    }
    String word = text.substring(start, end);
    if (placePrepositions.contains(word)) {
      return -1;
    }
    if (!placeAnds.contains(word)) {
      return -2;
    }
    while (start > 0 && text.charAt(start - 1) == ' ') {
      start--;
    }
    return start;
  }

  /**
   * Whether {@code word}, as written, is an article of the language opening a sentence ({@code
   * An official reception …}): not a name, even one spelled the same ({@code Trần Hà An}).
   */
  public boolean isArticle(String word) {
    return articles.contains(word);
  }

  /**
   * Whether {@code word}, as written, is a function word of the language that a Title Case
   * headline capitalises ({@code Rosatom Chief Speaks With Vietnam Prime Minister Over Nuclear
   * Plans}): no word of a person's name.
   */
  public boolean isFunctionWord(String word) {
    return functionWords.contains(word);
  }

  /** The fewest words of four letters or more a line in Title Case has ({@link #isTitleCase}). */
  private static final int TITLE_CASE_LONG_WORDS = 3;

  /**
   * Whether {@code line} is written in Title Case ({@code Russian PM To Make Official Visit To
   * Vietnam}): it capitalises every word of four letters or more, at least {@value
   * #TITLE_CASE_LONG_WORDS} of them, and a small word of the language after its first word
   * (title-case-word), which sentence case writes small. There capitals mark no names.
   */
  public boolean isTitleCase(String line) {
    if (titleCaseWords.isEmpty()) {
      return false;
    }
    int longWords = 0;
    boolean smallWord = false;
    int i = 0;
    int n = line.length();
    boolean first = true;
    while (i < n) {
      if (!Chars.isLetter(line.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && Chars.isLetter(line.charAt(j))) {
        j++;
      }
      if (j - i >= 4) {
        if (!Chars.isUpperCase(line.charAt(i))) {
          return false;
        }
        longWords++;
      } else if (!first && titleCaseWords.contains(line.substring(i, j))) {
        smallWord = true;
      }
      first = false;
      i = j;
    }
    return smallWord && longWords >= TITLE_CASE_LONG_WORDS;
  }

  /**
   * Whether the word one space before {@code at} in {@code text} is a place preposition of the
   * language (place-preposition: {@code in}, {@code в}, {@code tại}), in any case: what follows
   * it is where something is, not whose.
   */
  public boolean placePrepositionBefore(String text, int at) {
    int end = at - 1;
    if (end <= 0 || text.charAt(end) != ' ') {
      return false;
    }
    int start = Chars.lettersStart(text, end);
    return start < end
        && placePrepositions.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * How many words (the outlet's name, another author's name and "и") may stand between a byline
   * word and the author's name.
   */
  private static final int BYLINE_REACH_WORDS = 4;

  /**
   * Whether a byline word ({@code корреспонденты}, {@code correspondent}) ends at most {@value
   * #BYLINE_REACH_WORDS} words before {@code at} (the outlet's name: {@code URA.RU}, {@code “Ъ”};
   * another author and "и"), no comma or full stop between: the name there is the report's
   * author's, no person the report speaks of.
   */
  public boolean bylineBefore(String text, int at) {
    int from = at;
    for (int words = 0; words <= BYLINE_REACH_WORDS; words++) {
      int end = from;
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      int start = end;
      while (start > 0 && text.charAt(start - 1) != ' ') {
        start--;
      }
      if (start == end) {
        return false;
      }
      String word = text.substring(start, end).toLowerCase(Locale.ROOT);
      for (String b : bylines) {
        if (word.equals(b)) {
          return true;
        }
      }
      if (word.endsWith(",") || word.endsWith(".")) {
        return false; // a comma or a sentence's end comes between
      }
      from = start;
    }
    return false;
  }

  /**
   * Whether {@code word}, as written, makes the capitalised words around it an organisation's
   * name ({@code Agency}, {@code Committee}), not a person's.
   */
  public boolean isOrganisationWord(String word) {
    return organisationWords.contains(word);
  }

  /**
   * Whether a title starting at {@code at} opens the name of a thing, not a person's: an opening
   * quote right before it ("“Academician Oparin”", "«Адмирал Виноградов»"), or a word for a ship
   * ("the ships Admiral Tributs", "tàu Giáo sư Gagarinsky"; case as written, or lower-cased).
   */
  public boolean thingNamedAt(String text, int at) {
    int e = at;
    while (e > 0 && text.charAt(e - 1) == ' ') {
      e--;
    }
    // a straight quote opens only after a space or at the start ("…," Prime Minister X said)
    if (e > 0 && ("“«„".indexOf(text.charAt(e - 1)) >= 0
        || text.charAt(e - 1) == '"' && (e == 1 || text.charAt(e - 2) == ' '))) {
      return true;
    }
    int b = Chars.lettersStart(text, e);
    String word = text.substring(b, e);
    return b < e && (vesselWords.contains(word)
        || vesselWords.contains(word.toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code title} is a mere form of address ({@code Ông}, {@code Mr.}). */
  public boolean isHonorific(String title) {
    return honorifics.contains(Folding.fold(title.strip()));
  }

  /**
   * Whether {@code title} is a mere form of address in any language's list ({@code Ông},
   * {@code Mr.}): honorifics apply to articles in every language.
   */
  public static boolean honorific(String title) {
    return WORDS.get(Language.ENGLISH).isHonorific(title);
  }

  /**
   * The length of an English possessive ending ({@code 's}, {@code ’s}) at {@code p} that ends a
   * word ("Da Nang's Party Committee"), else 0.
   */
  public static int possessiveAt(String text, int p) {
    return p + 2 <= text.length() && (text.charAt(p) == '\'' || text.charAt(p) == '\u2019')
        && text.charAt(p + 1) == 's'
        && (p + 2 == text.length() || !Chars.isLetterOrDigit(text.charAt(p + 2))) ? 2 : 0;
  }

  /** Whether a title spelled {@code alias} is a party office ({@code Party Chairman}). */
  public boolean isPartyTitle(String alias) {
    // asked per title of every sentence, of the registry's few hundred aliases: answered once each
    Boolean known = partyTitleAliases.get(alias);
    if (known == null) {
      known = startsWithPartyTitle(alias);
      partyTitleAliases.put(alias, known);
    }
    return known;
  }

  private final Map<String, Boolean> partyTitleAliases = new ConcurrentHashMap<>();

  private boolean startsWithPartyTitle(String alias) {
    String low = alias.toLowerCase(Locale.ROOT);
    for (String p : partyTitles) {
      if (low.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> phrases(Map<WordList, List<Row>> rows, WordList list) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.getOrDefault(list, List.of())) {
      out.add(r.phrase);
    }
    return out;
  }

  private static List<String> longestFirst(List<String> phrases) {
    List<String> out = new ArrayList<>(phrases);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return out;
  }

  private static String alternatives(List<String> phrases) {
    return phrases.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
  }

  /** {@code the} matches {@code the} and {@code The}; {@code Russian} only itself. */
  private static String firstLetterEitherCase(String word) {
    int c = word.codePointAt(0);
    if (!Character.isLowerCase(c)) {
      return Pattern.quote(word);
    }
    int n = Character.charCount(c);
    String first = new String(Character.toChars(c));
    return "[" + first + first.toUpperCase(Locale.ROOT) + "]"
        + (word.length() > n ? Pattern.quote(word.substring(n)) : "");
  }

  /** A data line of {@code mentions.tsv}. */
  private record Row(String phrase, String value) {}

  /** Reads {@code lang/<code>/mentions.tsv}; a malformed line is an error naming file and line. */
  static Map<WordList, List<Row>> read(String code) {
    Map<String, WordList> byLabel = new HashMap<>();
    for (WordList w : WordList.values()) {
      byLabel.put(w.label, w);
    }
    Map<WordList, List<Row>> out = new EnumMap<>(WordList.class);
    Set<String> seen = new HashSet<>();
    for (PackLines.Line line : PackLines.read(code, "mentions.tsv", 2, 3)) {
      String where = line.file() + ":" + line.number() + ": ";
      String[] cols = line.cols();
      WordList list = byLabel.get(cols[0].strip());
      if (list == null) {
        throw new IllegalStateException(where + "unknown list '" + cols[0].strip()
            + "'; expected one of " + labels());
      }
      String phrase = Normalizer.normalize(cols[1].strip(), Normalizer.Form.NFC)
          .replaceAll("\\s+", " ");
      if (phrase.isEmpty()) {
        throw new IllegalStateException(where + "empty phrase");
      }
      String value = cols.length > 2 ? cols[2].strip() : "";
      if (list.value == Value.NONE && !value.isEmpty()) {
        throw new IllegalStateException(where + "list '" + list.label
            + "' takes no third column, found '" + value + "'");
      }
      if (list.value == Value.COUNTRY && !COUNTRY_CODE.matcher(value).matches()) {
        throw new IllegalStateException(where + "list '" + list.label
            + "' needs a two-letter country code in column 3, not '" + value + "'");
      }
      if (list.value == Value.PARTY) {
        try {
          PartyId.of(value);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(where + "list '" + list.label
              + "' needs a party id in column 3, not '" + value + "'");
        }
      }
      if (list == WordList.SURNAME && phrase.indexOf(' ') >= 0) {
        throw new IllegalStateException(where + "a surname is one word, not '" + phrase + "'");
      }
      if (!seen.add(list.label + "\t" + phrase)) {
        throw new IllegalStateException(where + "'" + phrase + "' is listed twice in '"
            + list.label + "'");
      }
      out.computeIfAbsent(list, k -> new ArrayList<>()).add(new Row(phrase, value));
    }
    return out;
  }

  private static List<String> labels() {
    List<String> out = new ArrayList<>();
    for (WordList w : WordList.values()) {
      out.add(w.label);
    }
    return Collections.unmodifiableList(out);
  }
}
