package io.github.vnru.extract.internal;

import io.github.vnru.extract.Folding;
import io.github.vnru.model.Language;
import io.github.vnru.model.Party;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Place;
import io.github.vnru.model.Position;
import io.github.vnru.model.Tenure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry compiled for search: the folded spellings of every person, party, place and title,
 * put with each language's phrases into that language's {@link SentenceMatcher}, and an automaton
 * of persons' {@link NameKeys name keys}. Immutable and thread-safe.
 */
public final class Lexicon {
  private final Map<PersonId, Person> persons;
  private final Map<PartyId, Party> parties;
  private final List<PlaceEntry> places;
  /**
   * Each of {@link #places} as a meeting's place ({@link PlaceEntry#place}), made once: an article
   * asks of a few, and each Place built is validated, in code that runs too seldom to be compiled.
   */
  private final Map<PlaceEntry, Place> meetingPlaces = new IdentityHashMap<>();
  private final List<TitleEntry> titles;
  /** Every spelling, in the order a span's terms are listed. */
  private final List<Term> terms = new ArrayList<>();
  /** Per language, the automaton of {@link #terms} and that language's pack, built on first use. */
  private final Map<Language, SentenceMatcher> matchers = new ConcurrentHashMap<>();
  /** {@link #personId}'s unlisted ids, and {@link #firstPersonNamed}'s answers, by text. */
  private final Map<String, PersonId> unlistedIds = new ConcurrentHashMap<>();
  private final Map<String, String> firstPersonIds = new ConcurrentHashMap<>();
  /** The most entries each of those keeps. */
  private static final int MAX_REMEMBERED = 1 << 16;
  /** Registered persons by folded spelling, in registry order, each once per spelling. */
  private final Map<String, List<Person>> personsBySpelling = new HashMap<>();
  /** Registered persons by id text. */
  private final Map<String, Person> personsById = new HashMap<>();
  /**
   * {@link #persons} and {@link #parties} by their keys' text: a hash look-up of a string, not a
   * walk down a sorted map comparing ids, as the stages ask of every person and party named.
   */
  private final Map<String, Person> registeredPersons = new HashMap<>();
  private final Map<String, Party> registeredParties = new HashMap<>();
  /** Registry order of each person, by id text. */
  private final Map<String, Integer> personOrder = new HashMap<>();
  /** The year after the last year the registry records, for "now" without a clock. */
  private final int horizonYear;
  /** Registered persons by {@code role + '\0' + of} of any of their positions, registry order. */
  private final Map<String, List<Person>> holders = new HashMap<>();
  private final NameKeys nameKeys = NameKeys.defaults();
  /** By Russian person id: the keys of the given names its spellings start with. */
  private final Map<String, Set<String>> givenNameKeys = new HashMap<>();
  /** Every person's spellings by {@link NameKeys name key}, for spellings the press varies. */
  private final KeyIndex<Term> keyIndex;
  /** Registered persons by name key, for look-ups by any spelling. */
  private final Map<String, List<Person>> personsByKey = new HashMap<>();
  /** Vietnamese persons by the name keys of their Russian short forms ({@code Кыонг}). */
  private final Map<String, List<Person>> shortFormsByKey = new HashMap<>();
  /** Every person's spellings: the registry's, then the generated ones (Russian, Western order). */
  private final Map<PersonId, Set<String>> spellings = new HashMap<>();
  /** Persons (not Vietnamese) by the keys of their surnames, for the edit-distance fallback. */
  private final Map<String, List<Person>> surnames = new HashMap<>();
  private final Map<String, List<Person>> nearCache =
      new ConcurrentHashMap<>();
  /** {@link #russianNames}, made when first asked. */
  private volatile List<GivenAndSurname> russianNames;
  /** {@link #firstKeyWords} by person id, made when first asked. */
  private final Map<String, List<String>> firstKeyWords = new ConcurrentHashMap<>();
  /** Each place (not institution) by its folded name and aliases; the first listed wins. */
  private final Map<String, PlaceEntry> placesByFold = new HashMap<>();
  /** {@link #placeWords()}, for {@link #isOfficePlaceWord}. */
  private final Set<String> officePlaceWords;
  /** The terms of {@link PlaceEntry#aliasesAfterPlaceWord}, each led by a word of place. */
  private final Set<Term> afterPlaceWord = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The words of every title that is not a mere honorific, folded, and lower-cased. */
  private final Set<String> titleWordsFolded = new HashSet<>();
  private final Set<String> titleWordsLower = new HashSet<>();

  /** Compiles the given entries; the maps are kept as given. */
  public Lexicon(
      Map<PersonId, Person> persons,
      Map<PartyId, Party> parties,
      List<PlaceEntry> places,
      List<TitleEntry> titles) {
    this.persons = Collections.unmodifiableMap(persons);
    this.parties = Collections.unmodifiableMap(parties);
    persons.forEach((id, p) -> registeredPersons.put(id.value(), p));
    parties.forEach((id, p) -> registeredParties.put(id.value(), p));
    this.places = List.copyOf(places);
    // every article asks for its dateline's place: looked up, not searched
    for (PlaceEntry p : this.places) {
      if (!p.isInstitution()) {
        placesByFold.putIfAbsent(fold(p.name()), p);
        p.aliases().forEach(a -> placesByFold.putIfAbsent(fold(a), p));
      }
    }
    this.titles = List.copyOf(titles);
    RussianTranscription russian = RussianTranscription.defaults();
    for (Person p : persons.values()) {
      Set<String> all = personSpellings(p);
      // a given name that names a place ("Nga", Russia, of Nguyễn Phương Nga) is no short form:
      // the place is meant far more often, and a short form would hide it
      givenNames(p).stream().filter(g -> !placesByFold.containsKey(fold(g))).forEach(all::add);
      all.addAll(russianSpellings(p, russian));
      westernOrder(p).ifPresent(all::add);
      spellings.put(p.id(), Collections.unmodifiableSet(all));
    }
    for (Person p : persons.values()) {
      // Soviet leaders have Russian given names too: "корреспондент Елена Черненко" is not
      // Konstantin Chernenko
      if (p.country().map(c -> c.equals("RU") || c.equals("SU")).orElse(false)) {
        givenNameKeys.put(p.id().value(), givenNameKeys(p));
      }
    }
    for (Person p : persons.values()) {
      int fullWords = Chars.words(p.name());
      for (String alias : spellings(p)) {
        boolean contextual = p.country().map("VN"::equals).orElse(false)
            && Chars.words(alias) < fullWords && !epithet(p, alias);
        add(terms, Term.TermKind.PERSON, p.id().value(), alias, false, contextual, p);
      }
    }
    for (Party p : parties.values()) {
      Set<String> spellings = new LinkedHashSet<>(p.names().values());
      spellings.addAll(p.aliases());
      for (String s : spellings) {
        add(terms, Term.TermKind.PARTY, p.id().value(), s, false, false, p);
      }
      for (String s : p.abbreviations()) {
        add(terms, Term.TermKind.PARTY, p.id().value(), s, true, false, p);
      }
    }
    for (PlaceEntry pl : this.places) {
      try {
        meetingPlaces.put(pl, pl.place());
      } catch (RuntimeException e) {
        // not a valid Place: built (and thrown) where an article asks for it, as before
      }
    }
    List<String> placeWords = placeWords();
    this.officePlaceWords = Set.copyOf(placeWords);
    for (PlaceEntry pl : places) {
      Term.TermKind kind = pl.isInstitution() ? Term.TermKind.INSTITUTION : Term.TermKind.PLACE;
      // the name only when listed, or when nothing is: it may be a person's too ("Vinh", a city
      // and a given name)
      for (String s : pl.aliases().isEmpty() ? List.of(pl.name()) : pl.aliases()) {
        boolean exact = s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT));
        add(terms, kind, pl.name(), s, exact, false, pl);
      }
      // "tại Nghệ An": matched with the word of place, which the mention then leaves out
      for (String s : pl.aliasesAfterPlaceWord()) {
        for (String w : placeWords) {
          int before = terms.size();
          add(terms, kind, pl.name(), w + " " + s, false, false, pl);
          if (terms.size() > before) {
            afterPlaceWord.add(terms.get(before));
          }
        }
      }
    }
    RussianNames russianNames = RussianNames.defaults();
    Map<TitleEntry, List<String>> titleSpellings = new LinkedHashMap<>();
    for (TitleEntry t : titles) {
      Set<String> spellings = new LinkedHashSet<>();
      t.aliases().forEach(a -> spellings.addAll(russianNames.withCases(a)));
      titleSpellings.put(t, List.copyOf(spellings));
    }
    for (TitleEntry t : titles) {
      for (String s : titleSpellings.get(t)) {
        boolean exact = s.length() <= 3 && s.equals(s.toUpperCase(Locale.ROOT));
        boolean single = Chars.words(s) == 1 && s.indexOf('-') < 0;
        terms.add(
            new Term(Term.TermKind.TITLE, t.role(), s, exact, false, single, false, t, false));
      }
    }
    for (TitleEntry t : titles) {
      if (t.honorific()) {
        continue;
      }
      for (String alias : titleSpellings.get(t)) {
        for (String w : alias.strip().split("[\\s,]+")) {
          if (!w.isEmpty()) {
            titleWordsFolded.add(fold(w));
            titleWordsLower.add(w.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    this.keyIndex = buildKeyIndex(persons.values(), russian);
    // Indexes, so per-mention look-ups do not walk the whole registry.
    int index = 0;
    int lastYear = Integer.MIN_VALUE;
    for (Person p : persons.values()) {
      for (Tenure t : p.positions()) {
        lastYear = Math.max(lastYear, Math.max(t.from().orElse(lastYear), t.to().orElse(lastYear)));
      }
      for (Tenure t : p.memberships()) {
        lastYear = Math.max(lastYear, Math.max(t.from().orElse(lastYear), t.to().orElse(lastYear)));
      }
      String id = p.id().value();
      personsById.putIfAbsent(id, p);
      personOrder.putIfAbsent(id, index++);
      Set<String> folded = new LinkedHashSet<>();
      for (String a : spellings(p)) {
        folded.add(fold(a));
      }
      for (String f : folded) {
        personsBySpelling.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
      }
      Set<String> roles = new LinkedHashSet<>();
      for (Position x : p.positions()) {
        roles.add(x.role() + '\0' + x.of());
      }
      for (String r : roles) {
        holders.computeIfAbsent(r, k -> new ArrayList<>()).add(p);
      }
    }
    this.horizonYear = lastYear == Integer.MIN_VALUE ? 1900 : lastYear + 1;
  }

  /**
   * The key index: every spelling of every person that is all names (not the contextual short
   * forms of Vietnamese names, except those in Cyrillic letters, which Russian declines: {@code
   * Кыонгом}), and for persons with a Russian name the Vietnamese syllabic spelling generated
   * from the English one. One-word keys shorter than five letters are left to the exact
   * spellings.
   */
  private KeyIndex<Term> buildKeyIndex(Iterable<Person> all, RussianTranscription russian) {
    KeyIndex<Term> b = new KeyIndex<>();
    Set<String> seen = new HashSet<>();
    for (Person p : all) {
      boolean vietnamese = p.country().map("VN"::equals).orElse(false);
      int fullWords = Chars.words(p.name());
      List<String> keys = new ArrayList<>();
      for (String alias : spellings(p)) {
        if (vietnamese && Chars.words(alias) < fullWords) {
          String k = cyrillic(alias) ? nameKeys.nameKey(alias) : null;
          if (k != null && (k.indexOf(' ') > 0 || k.length() >= 5)
              && seen.add(k + '\0' + p.id().value() + "\0short")) {
            b.add(k, new Term(Term.TermKind.PERSON, p.id().value(), p.name(), false, true, false,
                true, p, hasGivenNames(p.id().value())));
            shortFormsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
          }
          continue;
        }
        String k = nameKeys.nameKey(alias);
        if (k != null) {
          keys.add(k);
          if (!vietnamese && k.indexOf(' ') < 0) {
            addSurname(k, p);
          }
        }
        // "с Фам Зя Кхиемом": the declined forms keyed as the text is, since a name that ends as
        // a case ending does (Кхием) keys unlike its forms
        if (vietnamese && cyrillic(alias)) {
          for (String form : russian.declined(alias)) {
            String dk = nameKeys.nameKey(form);
            if (dk != null) {
              keys.add(dk);
            }
          }
        }
      }
      // a Russian (not a Vietnamese) name's Vietnamese syllabic spelling
      if (p.names().containsKey("ru") && !vietnamese) {
        String en = nameKeys.nameKey(p.names().getOrDefault("en", p.name()));
        if (en != null) {
          String[] ws = en.split(" ");
          StringBuilder vi = new StringBuilder();
          for (String w : ws) {
            vi.append(vi.length() == 0 ? "" : " ").append(w.endsWith(".") ? w : nameKeys.vietnamese(w));
          }
          keys.add(vi.toString());
          String last = ws[ws.length - 1];
          String viLast = nameKeys.vietnamese(last);
          keys.add(viLast);
          addSurname(last, p);
          addSurname(viLast, p);
        }
      }
      for (String k : keys) {
        if (k.indexOf(' ') < 0 && k.length() < 5) {
          continue;
        }
        if (seen.add(k + '\0' + p.id().value())) {
          b.add(k, new Term(Term.TermKind.PERSON, p.id().value(), p.name(), false, false, false,
              true, p, hasGivenNames(p.id().value())));
          personsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
        }
      }
    }
    return b;
  }

  private void addSurname(String key, Person p) {
    if (key.length() < 4 || key.endsWith(".")) {
      return;
    }
    List<Person> l = surnames.computeIfAbsent(key, x -> new ArrayList<>());
    if (!l.contains(p)) {
      l.add(p);
    }
  }

  /**
   * Whether {@code word} is a Russian given name that none of the registered Russian {@code id}'s
   * spellings starts with ({@code Aleksey} before {@code Medvedev} is not Dmitry Medvedev's): the
   * surname after it names someone else. False for other persons and other words.
   */
  public boolean isOtherGivenName(String id, String word) {
    Set<String> own = givenNameKeys.get(id);
    return own != null && RussianNames.defaults().isGivenName(word)
        && !own.contains(nameKeys.wordKey(fold(word)));
  }

  /** Whether {@code id} is a registered Russian whose given names {@link #isOtherGivenName} knows. */
  public boolean hasGivenNames(String id) {
    return givenNameKeys.containsKey(id);
  }

  /** The keys of the first words of a Russian person's spellings of two words or more. */
  private Set<String> givenNameKeys(Person p) {
    Set<String> out = new HashSet<>();
    for (String spelling : spellings(p)) {
      String[] w = spelling.strip().split("\\s+");
      if (w.length >= 2 && w[0].indexOf('.') < 0) {
        out.add(nameKeys.wordKey(fold(w[0])));
      }
    }
    return out;
  }

  /** The name keys this lexicon matches with. */
  public NameKeys nameKeys() {
    return nameKeys;
  }

  /**
   * Hands every occurrence of a person's name key among a text's key {@code units} ({@link
   * NameKeys#units}) to {@code sink}, whole units only, with the span of its words in the text:
   * by end, longest first. No match object or list per occurrence.
   */
  public void scanKeys(NameKeys.Units units, AhoCorasick.Sink<? super Term> sink) {
    keyIndex.forEach(units, sink);
  }

  /** A listed person's spelling of a given name and a surname, folded. */
  public record GivenAndSurname(Person person, String given, String surname) {}

  /**
   * Every listed Russian's spellings of a given name and a surname (names and aliases), folded,
   * a patronymic between them left out; made once, when first asked.
   */
  public List<GivenAndSurname> russianNames() {
    List<GivenAndSurname> out = russianNames;
    if (out == null) {
      List<GivenAndSurname> made = new ArrayList<>();
      for (Person p : persons.values()) {
        if (!p.country().map("RU"::equals).orElse(false)) {
          continue;
        }
        Set<String> seen = new HashSet<>();
        List<String> spellings = new ArrayList<>(p.names().values());
        spellings.add(p.name());
        spellings.addAll(p.aliases());
        for (String spelling : spellings) {
          String[] w = givenAndSurname(spelling);
          if (w != null && seen.add(w[0] + ' ' + w[1])) {
            made.add(new GivenAndSurname(p, w[0], w[1]));
          }
        }
      }
      out = List.copyOf(made);
      russianNames = out;
    }
    return out;
  }

  /**
   * The folded given name and surname of {@code name}: its two words, or its first and last when
   * a patronymic stands between; null for any other shape (initials, a surname alone).
   */
  public String[] givenAndSurname(String name) {
    String[] w = fold(name).strip().split("\\s+");
    if (w.length == 3 && nameKeys.isPatronymicWord(w[1])) {
      w = new String[] {w[0], w[2]};
    }
    if (w.length != 2 || w[0].length() < 2 || w[1].length() < 2
        || w[0].endsWith(".") || w[1].endsWith(".")) {
      return null;
    }
    return w;
  }

  /**
   * The persons, not Vietnamese, with a surname whose key is within a small edit distance of
   * {@code surnameKey} (one edit from five letters, two from eight; none below) and opens with
   * the same letter (a misprint keeps it: "Lukyanov" is not "Buyanov"), closest first.
   */
  public List<Person> nearSurnames(String surnameKey) {
    List<Person> cached = nearCache.get(surnameKey);
    if (cached == null) {
      cached = List.copyOf(computeNearSurnames(surnameKey));
      if (nearCache.size() > 10_000) {
        nearCache.clear();
      }
      nearCache.put(surnameKey, cached);
    }
    return cached;
  }

  private List<Person> computeNearSurnames(String surnameKey) {
    int bound = surnameLetters(surnameKey.length());
    if (bound == 0) {
      return List.of();
    }
    Map<Person, Integer> best = new LinkedHashMap<>();
    for (Map.Entry<String, List<Person>> e : surnames.entrySet()) {
      String k = e.getKey();
      if (k.isEmpty() || !sameStartAndLength(k, surnameKey, bound)) {
        continue;
      }
      int d = Folding.editDistance(k, surnameKey);
      if (d <= bound) {
        for (Person p : e.getValue()) {
          best.merge(p, d, Math::min);
        }
      }
    }
    List<Person> out = new ArrayList<>(best.keySet());
    out.sort(Comparator.comparingInt(best::get));
    return out;
  }

  /**
   * How many letters a misprint may change in a surname of {@code length}: two from eight, one
   * from five, none below (a short surname a letter off another is another: Lavrov, Lavrin).
   */
  public static int surnameLetters(int length) {
    return length >= 8 ? 2 : length >= 5 ? 1 : 0;
  }

  /**
   * Whether {@code a} is within {@code letters} edits of {@code b}: a misprint keeps the first
   * letter ("Lukyanov" is not "Buyanov").
   */
  public static boolean withinLetters(String a, String b, int letters) {
    return sameStartAndLength(a, b, letters) && Folding.editDistance(a, b) <= letters;
  }

  private static boolean sameStartAndLength(String a, String b, int letters) {
    return a.charAt(0) == b.charAt(0) && Math.abs(a.length() - b.length()) <= letters;
  }

  /**
   * Whether {@code token} is a word of some title ({@code Hội}, {@code Council}, {@code of}): a
   * token with diacritics must match a title word's diacritics ({@code Đảng} is one, the surname
   * {@code Đặng} is not), a plain ASCII token only its letters.
   */
  public boolean isTitleWord(String token) {
    boolean ascii = true;
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    return ascii
        ? titleWordsFolded.contains(fold(token))
        : titleWordsLower.contains(token.toLowerCase(Locale.ROOT));
  }

  /**
   * The first year after every year the registry records (a start, an end of an office or a
   * membership). Every recorded tenure has ended by then or is still open, as it is today, so it
   * stands for "now" without reading the clock: a parse gives the same result every year.
   */
  public int horizonYear() {
    return horizonYear;
  }

  private void add(
      List<Term> out,
      Term.TermKind kind,
      String id,
      String alias,
      boolean exactCase,
      boolean contextual,
      Object ref) {
    String a = alias.strip();
    if (a.isEmpty()) {
      return;
    }
    boolean single = Chars.words(a) == 1 && a.indexOf('-') < 0;
    boolean cap = Character.isUpperCase(a.charAt(0));
    boolean russian = kind == Term.TermKind.PERSON && hasGivenNames(id);
    out.add(new Term(kind, id, a, exactCase, contextual, single, cap, ref, russian));
  }

  /**
   * Every spelling of a registered person this lexicon matches: the registry's ({@link
   * #personSpellings}), then for a Vietnamese person the Russian ones generated from the
   * Vietnamese name ({@link RussianTranscription}).
   */
  public Set<String> spellings(Person p) {
    Set<String> s = spellings.get(p.id());
    return s != null ? s : Collections.unmodifiableSet(personSpellings(p));
  }

  /**
   * The Russian spellings of a Vietnamese person ({@code country} VN) by {@code
   * lang/ru/vietnamese-names.tsv}: of the Vietnamese name ({@code names.vi}, else {@code name}),
   * then of each short form the registry lists for it, an alias made of fewer of the name's
   * words in their order ({@code Trọng}, {@code Kim Ngân}). None for other persons.
   */
  static List<String> russianSpellings(Person p, RussianTranscription russian) {
    if (!p.country().map("VN"::equals).orElse(false)) {
      return List.of();
    }
    String vi = p.names().getOrDefault("vi", p.name());
    List<String> nameWords = wordsOf(vi);
    List<String> out = new ArrayList<>(russian.spell(vi));
    for (String alias : p.aliases()) {
      List<String> aliasWords = wordsOf(alias);
      if (!aliasWords.isEmpty() && aliasWords.size() < nameWords.size()
          && Collections.indexOfSubList(nameWords, aliasWords) >= 0) {
        out.addAll(russian.spell(alias));
      }
    }
    return out;
  }

  /**
   * The given name of a Vietnamese person whose name has three words or more, as the Vietnamese
   * and the Latin spelling write it ({@code Minh} of {@code Phạm Bình Minh}): papers name a
   * person so once the full name is given ("Deputy PM Minh", "Thủ tướng Chính"), and it is
   * matched only then, as the registry's short forms are.
   */
  static List<String> givenNames(Person p) {
    if (!p.country().map("VN"::equals).orElse(false)) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    for (String name : List.of(p.names().getOrDefault("vi", p.name()), p.name())) {
      String[] w = name.strip().split("\\s+");
      if (w.length >= 3 && !out.contains(w[w.length - 1])) {
        out.add(w[w.length - 1]);
      }
    }
    return out;
  }

  /**
   * The name of a Vietnamese person of three words or more in the Western order, family name last
   * ({@code Minh Khoi Dang} of {@code Đặng Minh Khôi}), as some foreign papers print it. Not of
   * two words: "Lam To" could be anything.
   */
  static Optional<String> westernOrder(Person p) {
    if (!p.country().map("VN"::equals).orElse(false)) {
      return Optional.empty();
    }
    String[] w = p.name().strip().split("\\s+");
    if (w.length < 3) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", Arrays.asList(w).subList(1, w.length)) + " " + w[0]);
  }

  /** The words of a name, lower case and composed, for comparing short forms with the name. */
  private static List<String> wordsOf(String name) {
    String t = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
    return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
  }

  /** Whether a spelling starts with a Cyrillic letter. */
  private static boolean cyrillic(String s) {
    return !s.isEmpty()
        && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
  }

  /**
   * The Vietnamese persons a short form found in a text names: those with a spelling that folds
   * as it does ({@code Trọng}), else those with a Russian short form of its name key ({@code
   * Кыонгом}).
   */
  public List<Person> shortFormPersons(String text) {
    List<Person> bySpelling = findPersonsFolded(fold(text.strip()), false);
    if (!bySpelling.isEmpty()) {
      return bySpelling;
    }
    String k = nameKeys.nameKey(text);
    return k == null ? List.of() : List.copyOf(shortFormsByKey.getOrDefault(k, List.of()));
  }

  /**
   * The first word of the name key of each spelling of registered person {@code p} whose key
   * has two words or more, in {@link #personSpellings} order: made once per person, as a name
   * written near a registered surname asks them at every title.
   */
  public List<String> firstKeyWords(Person p) {
    return firstKeyWords.computeIfAbsent(p.id().value(), id -> {
      List<String> out = new ArrayList<>();
      for (String spelling : personSpellings(p)) {
        String k = nameKeys.nameKey(spelling);
        if (k != null && k.indexOf(' ') >= 0) {
          out.add(k.substring(0, k.indexOf(' ')));
        }
      }
      return List.copyOf(out);
    });
  }

  /** Every spelling of a person in the registry: name, names by language, aliases. */
  public static Set<String> personSpellings(Person p) {
    Set<String> s = new LinkedHashSet<>();
    s.add(p.name());
    s.addAll(p.names().values());
    s.addAll(p.aliases());
    return s;
  }

  /**
   * Whether a listed alias of two words or more has a word none of the person's names has ("Bác
   * Hồ", "Uncle Ho"): an epithet names the person on its own, while a short form ("Kim Ngân",
   * "Trọng") needs the full name first.
   */
  private static boolean epithet(Person p, String alias) {
    List<String> aliasWords = wordsOf(alias);
    if (aliasWords.size() < 2 || !p.aliases().contains(alias)) {
      return false;
    }
    Set<String> nameWords = new HashSet<>(wordsOf(p.name()));
    p.names().values().forEach(n -> nameWords.addAll(wordsOf(n)));
    return !nameWords.containsAll(aliasWords);
  }

  /**
   * Folds for matching: {@link Folding} plus typographic apostrophes and hyphens to ASCII and
   * non-breaking spaces to spaces, one char per char.
   */
  public static String fold(CharSequence text) {
    // folded in place in the thread's array: only the string is kept (fold calls nothing that
    // folds)
    int n = text.length();
    char[] out = Chars.copyInto(FOLD_CHARS, text);
    for (int i = 0; i < n; i++) {
      char c = out[i];
      char f = FOLDED[c];
      out[i] = f != 0 ? f : foldChar(c);
    }
    return new String(out, 0, n);
  }

  /** Each thread's chars of the text {@link #fold} folds: only the first of its length count. */
  private static final ThreadLocal<char[]> FOLD_CHARS =
      ThreadLocal.withInitial(() -> new char[256]);

  /**
   * {@link #fold} in a new array: for the sentence pass, whose automaton and name keys read the
   * folded chars, each from this one array rather than a copy of its own.
   */
  public static char[] foldChars(CharSequence text) {
    // one pass, one array, one table read per char: every sentence is folded
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      char f = FOLDED[c];
      out[i] = f != 0 ? f : foldChar(c);
    }
    return out;
  }

  /**
   * {@link #foldChars(CharSequence)} of text whose chars are in {@code chars}, only read: the
   * sentence pass has them in an array already, and charAt on a two-byte string costs more than
   * the table read.
   */
  public static char[] foldChars(char[] chars) {
    char[] out = new char[chars.length];
    for (int i = 0; i < out.length; i++) {
      char c = chars[i];
      char f = FOLDED[c];
      out[i] = f != 0 ? f : foldChar(c);
    }
    return out;
  }

  /**
   * Per char, its fold as {@link #fold} gives it, filled in on first use as {@link Folding} fills
   * its own table ({@code 0}: not yet); threads may race to fill an entry, each with the same
   * value.
   */
  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  private static char foldChar(char ch) {
    char c = Folding.fold(ch);
    if (c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '`') {
      c = '\'';
    } else if (c == '\u2010' || c == '\u2011') {
      c = '-';
    } else if (c == '\u00a0' || c == '\u202f' || c == '\t') {
      c = ' ';
    }
    // only U+0000 folds to 0, and it is then looked up each time
    FOLDED[ch] = c;
    return c;
  }

  /**
   * The automaton of {@code language}'s sentences: every spelling of the registry and the phrases
   * of the language's pack, built on first use.
   */
  public SentenceMatcher matcher(Language language) {
    SentenceMatcher m = matchers.get(language);
    return m != null
        ? m
        : matchers.computeIfAbsent(language, l -> new SentenceMatcher(terms, LanguagePack.of(l)));
  }

  /** Persons by id. */
  public Map<PersonId, Person> persons() {
    return persons;
  }

  /** Parties by id. */
  public Map<PartyId, Party> parties() {
    return parties;
  }

  /** Places, in registry order. */
  public List<PlaceEntry> places() {
    return places;
  }

  /**
   * {@code PersonId.of(id)}: for a registered person, the registry's own id, which that would
   * validate and intern to again; for another, the id made the first time it was asked.
   */
  public PersonId personId(String id) {
    Person p = personsById.get(id);
    if (p != null) {
      return p.id();
    }
    // checked and interned once: the same unlisted officials are named article after article
    PersonId made = unlistedIds.get(id);
    if (made == null) {
      made = PersonId.of(id);
      remember(unlistedIds, id, made);
    }
    return made;
  }

  /**
   * The id of the first registered person {@link #findPersons}{@code (name)} finds, or the empty
   * string when it finds none: the titles of article after article name the same persons, and
   * each look-up folds and keys the name.
   */
  public String firstPersonNamed(String name) {
    String id = firstPersonIds.get(name);
    if (id == null) {
      List<Person> found = findPersons(name);
      id = found.isEmpty() ? "" : found.get(0).id().value();
      remember(firstPersonIds, name, id);
    }
    return id;
  }

  /** Puts {@code key} in {@code memo}, emptied when full: names of a long run do not pile up. */
  private static <V> void remember(Map<String, V> memo, String key, V value) {
    if (memo.size() >= MAX_REMEMBERED) {
      memo.clear();
    }
    memo.put(key, value);
  }

  /** {@code persons().get(PersonId.of(id))}, for a valid {@code id}. */
  public Person person(String id) {
    return registeredPersons.get(id);
  }

  /** {@code parties().get(PartyId.of(id))}: an invalid id throws as that does. */
  public Party party(String id) {
    Party p = registeredParties.get(id);
    return p != null ? p : parties.get(PartyId.of(id));
  }

  /**
   * Whether {@code t} is a place's spelling led by a word of place ({@code tại Nghệ An}), whose
   * mention starts after that word.
   */
  public boolean ledByPlaceWord(Term t) {
    // only places' terms are led so: most terms asked (persons, titles) are ruled out by a type
    // test before an identity hash
    return t.ref() instanceof PlaceEntry && afterPlaceWord.contains(t);
  }

  /**
   * Whether {@code [from, to)} of {@code text}, white space around it aside, is an office-place
   * word of any language ({@code tại}, {@code to}, {@code в}): between a title and a name, the
   * place after it is where the office is. No substring made: most gaps asked of are long.
   */
  public boolean isOfficePlaceWord(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    for (String w : officePlaceWords) {
      if (w.length() == to - from && text.startsWith(w, from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of place of every language ({@link MentionWords#officePlaceWords}): {@code tại},
   * {@code ở}, {@code in}, {@code to}, {@code в}, {@code во}.
   */
  private static List<String> placeWords() {
    Set<String> out = new LinkedHashSet<>();
    for (Language l : Language.values()) {
      out.addAll(MentionWords.of(l).officePlaceWords());
    }
    return List.copyOf(out);
  }

  /** {@code e.place()}: made once for the registry's own entries. */
  public Place place(PlaceEntry e) {
    Place p = meetingPlaces.get(e);
    return p != null ? p : e.place();
  }

  /** Titles, in registry order. */
  public List<TitleEntry> titles() {
    return titles;
  }

  /** The place whose name or alias folds to the same text as {@code text}. */
  public Optional<PlaceEntry> place(String text) {
    return Optional.ofNullable(placesByFold.get(fold(text.strip())));
  }

  /** The registered persons some spelling of whom folds to the same text as {@code alias}. */
  public List<Person> findPersons(String alias) {
    String f = fold(alias.strip());
    List<Person> exact = findPersonsFolded(f, true);
    if (!exact.isEmpty()) {
      return exact;
    }
    String k = nameKeys.nameKey(capitalise(alias.strip()));
    return k == null ? exact : new ArrayList<>(personsByKey.getOrDefault(k, List.of()));
  }

  /** Each word with a capital first letter, so a look-up in lower case keys as a name. */
  private static String capitalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(start ? Character.toUpperCase(c) : c);
      start = Character.isWhitespace(c) || c == '.';
    }
    return b.toString();
  }

  /**
   * The registered persons some spelling of whom folds to {@code folded}, in registry order; with
   * {@code byId}, also the person whose id is {@code folded} with spaces as hyphens.
   */
  public List<Person> findPersonsFolded(String folded, boolean byId) {
    List<Person> bySpelling = personsBySpelling.getOrDefault(folded, List.of());
    Person idMatch = byId ? personsById.get(folded.replace(' ', '-')) : null;
    if (idMatch == null || bySpelling.contains(idMatch)) {
      return new ArrayList<>(bySpelling);
    }
    List<Person> out = new ArrayList<>(bySpelling.size() + 1);
    int at = personOrder.get(idMatch.id().value());
    boolean placed = false;
    for (Person p : bySpelling) {
      if (!placed && personOrder.get(p.id().value()) > at) {
        out.add(idMatch);
        placed = true;
      }
      out.add(p);
    }
    if (!placed) {
      out.add(idMatch);
    }
    return out;
  }

  /** The registered persons holding, at any time, {@code role} of {@code of}; registry order. */
  public List<Person> holders(String role, String of) {
    return holders.getOrDefault(role + '\0' + of, List.of());
  }
}
