package io.github.vnru.extract;

import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.LanguagePack.TopicAt;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.NameKeys;
import io.github.vnru.extract.internal.SentenceMatcher;
import io.github.vnru.extract.internal.Term;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Finds the persons, parties, places and titles of one article, sentence by sentence. The work
 * is done by small stages, run in this order:
 *
 * <ol>
 *   <li>{@link CandidateScan}: registry spellings (found with the language's phrases in one
 *       {@link SentenceMatcher} pass over the folded sentence) and name keys;
 *   <li>{@link MentionSelection}: longest first, no overlaps (a first pass over the whole article
 *       records where persons are named in full, in {@link FullMentions});
 *   <li>{@link ShortForms}: short forms resolved to persons named in full;
 *   <li>{@link NationalParties} and {@link BareParties}: {@code the Russian Party}, {@code Đảng};
 *   <li>{@link TitleResolver}: a title's organisation, its name, or the person it stands for;
 *   <li>{@link UnlistedOfficials}: officials the registry does not list, after or before a title;
 *   <li>{@link UntitledRussianNames} and {@link UntitledVietnameseNames}: persons named in full
 *       without a title;
 *   <li>{@link UnlistedSurnames}: those officials named again by surname;
 *   <li>{@link InstitutionBlocker}: names inside institution names dropped;
 *   <li>{@link TitlesNamedLater}, over the whole article: a lone title stands for the person the
 *       next sentences name with it.
 *   <li>{@link MisprintedNames}, over the whole article: a name printed once, a letter off another
 *       printed more often under the same title, is that one.
 * </ol>
 *
 * <p>The words the stages know come from {@link MentionWords} ({@code lang/<code>/mentions.tsv}).
 * One instance per article; not thread-safe.
 */
final class MentionFinder {
  /** One thing found in a sentence; offsets are local to the sentence. */
  static final class Item {
    final TermKind kind;
    String id;
    final int start;
    final int end;
    final Term term;
    /** For a person: the title before the name, as written, if any. */
    String title;
    /** For a title: the organisation its qualifier names (country code or party id). */
    String org;
    /** For a title: the end of its qualifiers. */
    int qualifiedEnd;
    /** For a title: whether a person's name follows it. */
    boolean attached;
    /** For a person: where the title phrase before it starts. */
    int phraseStart;
    /**
     * For a title: the party its own words name ({@code Ủy viên Trung ương Đảng}), a mention for
     * the article's output only: the stages never see it, as it lies inside the title.
     */
    Item partyInside;
    boolean emitted = true;

    Item(TermKind kind, String id, int start, int end, Term term) {
      this.kind = kind;
      this.id = id;
      this.start = start;
      this.end = end;
      this.term = term;
      this.qualifiedEnd = end;
      this.phraseStart = start;
    }

    @Override
    public String toString() {
      return kind + ":" + id + "@" + start + "-" + end;
    }
  }

  /** A sentence with what was found in it. */
  static final class Scanned {
    final Sentence sentence;
    final SegmentKind segment;
    final int order;
    final List<Item> items = new ArrayList<>();
    /** The text's chars, copied once for every stage that reads each char; only read. */
    char[] chars;
    /** The text folded ({@link Lexicon#foldChars}), once for every stage; only read. */
    char[] folded;
    /**
     * Where a name without a title may start ({@link UntitledNames}), made by the first stage
     * that asks; null until then.
     */
    int[] namePairs;
    /** The first word of each of {@link #namePairs}, made with it. */
    String[] namePairWords;
    /** The fold of each of {@link #namePairWords}: both stages fold the same Latin words. */
    String[] namePairFolded;
    /** Its triggers and cues, by start, for the meeting stages. */
    List<Found> phrases = List.of();
    /** Its topic words. */
    List<TopicAt> topics = List.of();

    Scanned(Sentence sentence, SegmentKind segment, int order) {
      this.sentence = sentence;
      this.segment = segment;
      this.order = order;
    }

    String text() {
      return sentence.text();
    }

    /**
     * Whether this is a headline in Title Case ({@link MentionWords#isTitleCase}): its verbs and
     * small words are capitalised too, so a capital marks no name there.
     */
    boolean titleCaseHeadline(MentionWords words) {
      return segment == SegmentKind.TITLE && words.isTitleCase(text());
    }
  }

  static final Comparator<Item> BY_START = Comparator.comparingInt((Item i) -> i.start);

  /** Up to this many items {@link #sortByStart} sorts by insertion, more by the list's sort. */
  private static final int INSERTION_SORTED = 64;

  /**
   * Sorts {@code items} by {@link #BY_START}, stably, as {@code items.sort(BY_START)} does: a
   * sentence's few items, most of them in order already, by insertion, where the list's sort
   * called the comparator and its key function through calls the JIT cannot inline (every
   * comparator of the program goes through the same sort).
   */
  static void sortByStart(List<Item> items) {
    int n = items.size();
    if (n > INSERTION_SORTED) {
      items.sort(BY_START);
      return;
    }
    for (int i = 1; i < n; i++) {
      Item x = items.get(i);
      int j = i - 1;
      if (items.get(j).start <= x.start) {
        continue;
      }
      while (j >= 0 && items.get(j).start > x.start) {
        items.set(j + 1, items.get(j));
        j--;
      }
      items.set(j + 1, x);
    }
  }

  private final Lexicon lexicon;
  private final MentionWords words;
  private final ExtractionInput input;
  private final OptionalInt articleYear;
  private final List<Scanned> sentences = new ArrayList<>();
  private final FullMentions fullMentions = new FullMentions();
  private final UnlistedPersons unlisted;

  MentionFinder(Lexicon lexicon, ExtractionInput input) {
    this.lexicon = lexicon;
    this.input = input;
    this.words = MentionWords.of(input.language());
    this.unlisted = new UnlistedPersons(lexicon, input.language(), words);
    int order = 0;
    for (Segment seg : input.segments()) {
      List<Sentence> ss = seg.sentences();
      if (ss.isEmpty() && !seg.text().isBlank()) {
        ss = List.of(new Sentence(seg.start(), seg.text(), List.of()));
      }
      for (Sentence s : ss) {
        sentences.add(new Scanned(s, seg.kind(), order++));
      }
    }
    this.articleYear = yearOf(input, sentences);
  }

  /** The publication year, else the first year a date of the article names. */
  private static OptionalInt yearOf(ExtractionInput input, List<Scanned> sentences) {
    if (input.publishedDate().isPresent()) {
      return OptionalInt.of(input.publishedDate().get().getYear());
    }
    for (Scanned s : sentences) {
      for (DateMention d : s.sentence.dates()) {
        if (d.date().year().isPresent()) {
          return d.date().year();
        }
      }
    }
    return OptionalInt.empty();
  }

  List<Scanned> sentences() {
    return sentences;
  }

  OptionalInt articleYear() {
    return articleYear;
  }

  /** The persons the article names whom the registry does not list. */
  /**
   * The offices the article writes before its full mentions of {@code id} ({@code Russian Prime
   * Minister Dmitry Medvedev}: prime-minister).
   */
  Set<String> roles(String id) {
    return fullMentions.roles(id);
  }

  Map<PersonId, Person> unlisted() {
    return unlisted.persons();
  }

  /** The id {@code id} ({@link Lexicon#personId}: made once, not once per article). */
  PersonId personId(String id) {
    return lexicon.personId(id);
  }

  /** The registered or unlisted person {@code id}. */
  Optional<Person> person(String id) {
    PersonId pid = personId(id);
    Person p = lexicon.person(id);
    return p != null ? Optional.of(p) : Optional.ofNullable(unlisted.persons().get(pid));
  }

  /**
   * Records the offices of the titles written right before a full mention, stacked ones too
   * ("General Secretary and President Nguyen Phu Trong"; joiners of {@code mentions.tsv}).
   */
  private void addTitleRoles(String text, List<Item> items, Item person) {
    int at = person.start;
    boolean found = true;
    while (found) {
      found = false;
      for (Item title : items) {
        if (title.kind == TermKind.TITLE && title.term != null && title.end <= at
            && (Chars.isWhitespaceOnly(text, title.end, at)
                || words.isTitleJoiner(text, title.end, at)
                || countryBetween(text, items, title.end, at)
                || organisationBetween(text, title.end, at))) {
          if (!title.term.titleEntry().honorific()) {
            fullMentions.addRole(person.id, title.term.titleEntry().role());
          }
          at = title.start;
          found = true;
          break;
        }
      }
    }
  }

  /** The most words of an organisation's name between an office and a name. */
  private static final int MAX_ORGANISATION_WORDS = 8;

  /**
   * Whether {@code text[from, to)} is an organisation's name led by an "of" word, its words
   * capitalised ("Chairman of the State Duma of the Federal Assembly of the Russian Federation
   * Vyacheslav Volodin"): the title before it is still the name's.
   */
  private boolean organisationBetween(String text, int from, int to) {
    if (to - from < 4 || to - from > 80 || text.charAt(from) != ' ') {
      return false;
    }
    // most gaps asked of do not open with an "of" word: ruled out before any string is made
    int ofEnd = Chars.lettersEnd(text, from + 1);
    if (ofEnd == from + 1 || ofEnd >= to || text.charAt(ofEnd) != ' '
        || !words.isOfGap(text, from, ofEnd + 1)) {
      return false;
    }
    String[] w = text.substring(from, to).strip().split(" +");
    if (w.length < 2 || w.length > MAX_ORGANISATION_WORDS) {
      return false;
    }
    boolean capitalised = false;
    for (int i = 1; i < w.length; i++) {
      if (Character.isUpperCase(w[i].charAt(0)) && Chars.isLetter(w[i].charAt(w[i].length() - 1))) {
        capitalised = true;
      } else if (!words.isOfGap(" " + w[i] + " ") && !words.isOfGap(" " + w[i - 1] + " " + w[i] + " ")) {
        return false;
      }
    }
    return capitalised;
  }

  /** The most chars a country's name between an office and a name takes ("Liên bang Nga"). */
  private static final int MAX_COUNTRY_GAP = 24;

  /**
   * Whether a place alone stands between {@code from} and {@code to}: the country Vietnamese
   * writes after an office ("Thủ tướng Nga Dmitry Medvedev").
   */
  private static boolean countryBetween(String text, List<Item> items, int from, int to) {
    // one or two words: most titles before a name are far from it, and need no search
    if (to - from > MAX_COUNTRY_GAP) {
      return false;
    }
    for (Item place : items) {
      if (place.kind == TermKind.PLACE && place.start >= from && place.end <= to
          && Chars.isWhitespaceOnly(text, from, place.start)
          && Chars.isWhitespaceOnly(text, place.end, to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the titles a "headed by" phrase holds ("во главе с": "главе" is no office there, and
   * would stand for whoever the article titles head).
   */
  private static void dropTitlesInsideLedBy(Scanned s, List<Item> items) {
    for (Found f : s.phrases) {
      if (f.is(Cue.LED_BY)) {
        items.removeIf(i -> i.kind == TermKind.TITLE && i.start >= f.start() && i.end <= f.end());
      }
    }
  }

  /** Runs both passes over every sentence. */
  void run() {
    SentenceMatcher matcher = lexicon.matcher(input.language());
    MentionSelection selection = new MentionSelection(fullMentions, lexicon);
    // Pass 1: one fold and one automaton pass per sentence (names, titles, places, and the
    // meeting words kept for MeetingFinder); full mentions of registered persons, to license
    // short forms.
    List<List<Candidate>> candidates = new ArrayList<>(sentences.size());
    List<List<Item>> selected = new ArrayList<>(sentences.size());
    // every sentence through the automaton first, then through the stages: run sentence after
    // sentence, its tables stay in the cache, which the stages between would evict
    List<SentenceMatcher.TermHits> terms = new ArrayList<>(sentences.size());
    for (Scanned s : sentences) {
      // the sentence's chars copied once, for the fold and for every check that reads the text
      char[] chars = s.text().toCharArray();
      s.chars = chars;
      s.folded = Lexicon.foldChars(chars);
      SentenceMatcher.Matches found = matcher.match(chars, s.folded);
      s.phrases = found.phrases();
      s.topics = found.topics();
      terms.add(found.terms());
    }
    // whether the article runs words together, asked only where a capital follows a small letter
    BooleanSupplier seams = new WordsRunTogether(sentences);
    CandidateScan scan = new CandidateScan(lexicon, words, seams);
    for (int si = 0; si < sentences.size(); si++) {
      Scanned s = sentences.get(si);
      List<Candidate> all = scan.scan(s.text(), s.chars, s.folded, terms.get(si));
      terms.set(si, null);
      // most sentences have no short form: their candidates are selected as they are, uncopied
      boolean shortForm = CandidateScan.hasShortForm(all);
      List<Item> firstPass =
          selection.select(s, shortForm ? CandidateScan.withoutShortForms(all) : all);
      for (Item it : firstPass) {
        if (it.kind == TermKind.PERSON) {
          fullMentions.add(it.id, s.sentence.start() + it.start);
          addTitleRoles(s.text(), firstPass, it);
        }
      }
      // with no short form among the candidates and nothing asked of the full mentions, pass 2
      // would select the very same items: they are kept for it instead
      boolean same = selection.lastDependedOnCandidatesOnly() && !shortForm;
      candidates.add(all);
      selected.add(same ? firstPass : null);
    }
    // Pass 2: everything, in order, with context.
    ShortForms shortForms = new ShortForms(lexicon, input.language(), fullMentions,
        input.publishedDate().map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty()),
        words, sentences);
    NationalParties nationalParties = new NationalParties(words);
    BareParties bareParties = new BareParties(words, lexicon);
    TitleResolver titles = new TitleResolver(lexicon, words, fullMentions, articleYear, unlisted);
    UnlistedOfficials officials =
        new UnlistedOfficials(lexicon, words, unlisted, seams, articleYear);
    UntitledRussianNames untitled =
        new UntitledRussianNames(unlisted, lexicon.nameKeys(), words, seams);
    UntitledVietnameseNames untitledVietnamese = new UntitledVietnameseNames(unlisted, words);
    UnlistedSurnames surnames = new UnlistedSurnames(unlisted, words, sentences);
    InstitutionBlocker institutions = new InstitutionBlocker(words);
    RecentPersons recentPersons = new RecentPersons(this::person);
    RecentParties recentParties = new RecentParties(lexicon);
    int unlistedSoFar = 0;
    int lastIntroduction = -1;
    for (int si = 0; si < sentences.size(); si++) {
      Scanned s = sentences.get(si);
      List<Item> items = selected.get(si) != null
          ? selected.get(si)
          : selection.select(s, candidates.get(si));
      candidates.set(si, null);
      selected.set(si, null);
      dropTitlesInsideLedBy(s, items);
      shortForms.resolve(s, items);
      nationalParties.add(s, items, recentParties);
      bareParties.add(s, items);
      sortByStart(items);
      titles.resolve(s, items, recentPersons, recentParties);
      // only names already known are read in a Title Case headline ("Russian PM To Make
      // Official Visit")
      if (!s.titleCaseHeadline(words)) {
        officials.findAfterTitles(s, items);
        officials.findBeforeTitles(s, items);
        untitled.add(s, items);
        untitledVietnamese.add(s, items);
      }
      surnames.add(s, items);
      sortByStart(items);
      institutions.block(s, items);
      bareParties.addInsideTitles(s, items);
      s.items.addAll(items);
      for (Item it : items) {
        if (it.kind == TermKind.PERSON && it.emitted) {
          recentPersons.add(it.id);
        } else if (it.kind == TermKind.PARTY) {
          recentParties.add(it.id);
        }
      }
      if (unlisted.persons().size() > unlistedSoFar) {
        unlistedSoFar = unlisted.persons().size();
        lastIntroduction = si;
      }
    }
    TitlesNamedLater.resolve(sentences);
    // A person the body introduces with a title is named by the same surname in the headline
    // and the sentences before ("Sang tiếp thống đốc Primorye Vladimir Miklushevsky").
    for (int si = 0; si < lastIntroduction; si++) {
      Scanned s = sentences.get(si);
      int before = s.items.size();
      surnames.add(s, s.items);
      if (s.items.size() > before) {
        sortByStart(s.items);
      }
    }
    if (!unlisted.persons().isEmpty()) {
      Set<String> ids = new HashSet<>();
      unlisted.persons().keySet().forEach(id -> ids.add(id.value()));
      MisprintedNames.merge(sentences, ids);
      RegistryMisprints.merge(sentences, unlisted.persons(), lexicon, words);
    }
  }

  /**
   * Whether the article runs words together, read once when asked: {@link
   * NameKeys#runsWordsTogether} of any of its sentences, or three different words that glue
   * capitalised words ({@link NameKeys#gluedCapitalisedWords}: "AndreyTurchak", "IlyichLenin",
   * "UnknownSoldier" on one page).
   */
  private static final class WordsRunTogether implements BooleanSupplier {
    /** How many different glued capitalised words show a page that lost its spaces. */
    private static final int GLUED_WORDS = 3;

    private final List<Scanned> sentences;
    private Boolean value;

    WordsRunTogether(List<Scanned> sentences) {
      this.sentences = sentences;
    }

    @Override
    public boolean getAsBoolean() {
      if (value == null) {
        value = sentences.stream().anyMatch(s -> NameKeys.runsWordsTogether(s.chars));
        Set<String> glued = new HashSet<>();
        for (int k = 0; k < sentences.size() && !value; k++) {
          NameKeys.gluedCapitalisedWords(sentences.get(k).chars, glued);
          value = glued.size() >= GLUED_WORDS;
        }
      }
      return value;
    }
  }
}
