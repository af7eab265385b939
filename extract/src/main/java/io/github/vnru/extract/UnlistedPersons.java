package io.github.vnru.extract;

import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.NameKeys;
import io.github.vnru.extract.internal.RussianNames;
import io.github.vnru.extract.internal.RussianTranscription;
import io.github.vnru.extract.internal.TitleEntry;
import io.github.vnru.model.Language;
import io.github.vnru.model.Party;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Position;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a name found next to a title is: a registered person the text spells a little differently
 * when the title or the country agrees, else an unlisted person made by the id rule and kept for
 * the rest of the article (with the surname later mentions may use alone).
 */
final class UnlistedPersons {
  /**
   * Each registry's readings of names by {@link #personFor}'s arguments: the titles of article
   * after article name the same officials, and each reading folds and keys the name's words
   * several times. Weak keys: a registry no longer used takes its readings with it.
   */
  private static final Map<Lexicon, Map<Args, Reading>> READINGS =
      Collections.synchronizedMap(new WeakHashMap<>());
  /**
   * The most readings a registry keeps (emptied when full): each holds a name, its title and
   * maybe a person; a corpus of 3,000 articles reads a few thousand names.
   */
  private static final int MAX_READINGS = 1 << 14;
  private final Lexicon lexicon;
  private final Map<Args, Reading> readings;
  private final Language language;
  private final MentionWords words;
  private final Map<PersonId, Person> persons = new LinkedHashMap<>();
  private final Map<PersonId, String> surnames = new LinkedHashMap<>();
  /** The unlisted persons not Vietnamese by their names' keys: one person spelt two ways. */
  private final Map<String, PersonId> byKey = new HashMap<>();

  UnlistedPersons(Lexicon lexicon, Language language, MentionWords words) {
    this.lexicon = lexicon;
    this.readings = READINGS.computeIfAbsent(lexicon, l -> new ConcurrentHashMap<>());
    this.language = language;
    this.words = words;
  }

  /** The unlisted persons made so far, in the order they were first named. */
  Map<PersonId, Person> persons() {
    return persons;
  }

  /** Each unlisted person's surname as the text first wrote it. */
  Map<PersonId, String> surnames() {
    return surnames;
  }

  /** The country of party {@code party}, else {@code fallback}. */
  String partyCountry(String party, String fallback) {
    Party p = lexicon.party(party);
    return p == null ? fallback : p.country();
  }

  /**
   * The id of the person a title names as {@code tokens}: a registered person whose surname the
   * text spells a little differently ({@code Ziuganov}, {@code Mi-su-xtinh}) when the title or the
   * country agrees with the registry, else an unlisted person made by the id rule; null when the
   * tokens name no one (a patronymic, a piece of a title or of a group's name). A person with no
   * country from the title whose name has a patronymic between given name and surname ({@code
   * Sergey Ivanovich Petrov}), a Russian given name written in Cyrillic ({@code Василий
   * Голубев}) or a Russian given name and surname ending in Latin letters ({@code Vladimir
   * Miklushevsky}), is Russian, unless {@code namesShared}: the sentence names a country whose
   * people bear such names as well (Belarusians and Ukrainians have patronymics; a Chinese city
   * does not count: lang/ru/name-countries.tsv). A Cyrillic name gets
   * its id in the nominative and the usual English spelling ({@link RussianNames}); a name written
   * surname first in official style ({@code Nesterov Ivan Sergeevich}) is put in order.
   */
  String personFor(
      String name, List<String> tokens, TitleEntry entry, String org, String country,
      String titleText, boolean namesShared) {
    // what the arguments alone decide is read once per registry (READINGS)
    Args args =
        new Args(language, name, tokens, entry, org, country, titleText, namesShared);
    Reading r = readings.get(args);
    if (r == null) {
      try {
        r = read(name, tokens, entry, org, country, titleText, namesShared);
      } catch (RuntimeException e) {
        // thrown after the initials were read, where an earlier person of the article answers
        // first: thrown only when none does, and not remembered
        String earlier = readInitial == null ? null : namedBefore(readInitial, readSurname);
        if (earlier == null) {
          throw e;
        }
        return earlier;
      }
      if (readings.size() >= MAX_READINGS) {
        readings.clear();
      }
      readings.put(args.copy(), r);
    }
    return resolve(r);
  }

  /** The initial and surname the running {@link #read} found, once it has (else null). */
  private String readInitial;
  private String readSurname;

  /**
   * What {@link #personFor} makes of a name by its arguments alone: an answer, or an unlisted
   * person that this article's earlier persons decide about ({@link #resolve}).
   */
  private Reading read(
      String name, List<String> tokens, TitleEntry entry, String org, String country,
      String titleText, boolean namesShared) {
    readInitial = null;
    readSurname = null;
    // "… Prime Minister Over Nuclear Plans": a Title Case headline's words, no name
    if (tokens.isEmpty() || anyFunctionWord(tokens)) {
      return Reading.NONE;
    }
    // "Trần Minh Hùng-Phó Tổng giám đốc", "Vasily Puskov-phó ban": a hyphen before a title word
    // ends the name, a dash written without its spaces
    String last = tokens.get(tokens.size() - 1);
    int hyphen = last.indexOf('-');
    if (hyphen > 0 && lexicon.isTitleWord(last.substring(hyphen + 1))) {
      tokens = new ArrayList<>(tokens);
      tokens.set(tokens.size() - 1, last.substring(0, hyphen));
      name = name.substring(0, name.length() - (last.length() - hyphen));
    }
    NameKeys keys = lexicon.nameKeys();
    // a word with no vowel and a lower-case letter ("Lch"), not an acronym ("TTXVN")
    if (anyMisprinted(tokens)) {
      String misprinted = misprintOf(tokens);
      if (misprinted != null) {
        return Reading.of(misprinted);
      }
    }
    RussianNames names = RussianNames.defaults();
    tokens = initialsFirst(withoutRepeats(tokens));
    // "Konstatin O. Romodanovsky": a given name misprinted by a letter left out, before a surname
    // that ends as a Russian one
    String given = tokens.size() >= 2 && !RussianNames.isCyrillic(tokens.get(0))
        ? names.givenNameMissingALetter(tokens.get(0)) : null;
    if (given != null && !names.endsAsRussianSurname(tokens.get(tokens.size() - 1))) {
      given = null;
    }
    if (given != null) {
      tokens = new ArrayList<>(tokens);
      tokens.set(0, Character.toUpperCase(given.charAt(0)) + given.substring(1));
    }
    String lastKey = keys.wordKey(Lexicon.fold(tokens.get(tokens.size() - 1)));
    // a name written surname first: in official style with a patronymic ("Nesterov Ivan
    // Sergeevich", "Голубев Василий Юрьевич"), or two words, the given name second ("Brovarets
    // Andrei"); otherwise a patronymic ends no name ("Mikhail Vladimirovich")
    boolean officialStyle = tokens.size() >= 2 && names.isGivenName(tokens.get(1))
        && !names.isGivenName(tokens.get(0));
    // "N.A. Russakovich": after initials, the word is the surname however it ends (-ovich too)
    if (keys.isPatronymic(lastKey) && !surnameAfterInitials(tokens)) {
      if (tokens.size() == 2 && !officialStyle && country != null && !entry.honorific()) {
        // may be null: no one named
        return Reading.of(addressed(lexicon.holders(entry.role(), country), tokens));
      }
      if (tokens.size() == 2 && !officialStyle && entry.honorific()) {
        // "Уважаемый Михаил Владимирович!": the one registered person so named, if only one is
        return Reading.of(addressed(lexicon.persons().values(), tokens));
      }
      if (!officialStyle || tokens.size() != 3) {
        return Reading.NONE;
      }
    } else {
      officialStyle &= tokens.size() == 2 && !words.isSurname(Lexicon.fold(tokens.get(0)));
    }
    if (officialStyle) {
      tokens = List.of(tokens.get(1), tokens.get(0));
      lastKey = keys.wordKey(Lexicon.fold(tokens.get(1)));
    }
    String givenKey = tokens.size() > 1 ? keys.wordKey(Lexicon.fold(tokens.get(0))) : null;
    // a name in official style, with a patronymic, is Russian ("Patrusev Nikolay Platonovich"),
    // and so is a Russian given name before a surname with a Russian ending ("General Manager of
    // Rosatom Alexei Likhachav")
    String nameCountry = country != null ? country
        : (officialStyle && tokens.size() == 2 || names.looksRussian(tokens)) && !namesShared
            ? "RU" : null;
    for (Person near : lexicon.nearSurnames(lastKey)) {
      boolean titleAgrees =
          !entry.honorific()
              && near.positions().stream().anyMatch(x -> x.role().equals(entry.role()));
      boolean countryAgrees =
          nameCountry != null && near.country().map(nameCountry::equals).orElse(false);
      if ((titleAgrees || countryAgrees) && (givenKey == null || givenNameAgrees(near, givenKey))) {
        return Reading.of(near.id().value());
      }
    }
    // "Major General Belevitin", "Thiếu tướng Savchenko": a title before a lone surname with a
    // Russian surname's ending names a Russian (the one the article names in full, if it does:
    // MisprintedNames); never a surname near a registered person's ("Patrusev")
    boolean loneSurname = tokens.size() == 1 && entry != UntitledNames.NO_TITLE
        && !entry.honorific() && !RussianNames.isCyrillic(tokens.get(0))
        && names.endsAsRussianSurname(tokens.get(0)) && !words.isSurname(Lexicon.fold(tokens.get(0)))
        && lexicon.nearSurnames(lastKey).isEmpty();
    if (tokens.size() < 2 && !loneSurname) {
      return Reading.NONE;
    }
    if (tokens.size() == 3 && isMiddleInitial(names, tokens.get(1)) && names.isGivenName(tokens.get(0))
        && tokens.get(2).length() >= 2 && !tokens.get(2).endsWith(".")) {
      // "Aleksey V. Vovchenko", "Valentin M Dikushin": the patronymic's initial is left out, as
      // a patronymic is
      tokens = List.of(tokens.get(0), tokens.get(2));
    }
    int initials = 0;
    // "A.V. Petrov": the initial and surname an earlier person of the article may have
    String initial = null;
    String surname = null;
    while (initials < tokens.size() && names.isInitial(tokens.get(initials))) {
      initials++;
    }
    if (initials > 0 && initials == tokens.size() - 1 && tokens.get(initials).length() >= 2
        && !tokens.get(initials).endsWith(".")) {
      // "V.K. Petrov": by the id rule, the given name's initial and the surname (the
      // patronymic's initial is left out, as a patronymic is)
      tokens = List.of(tokens.get(0).substring(0, tokens.get(0).length() - 1),
          tokens.get(initials));
      initial = tokens.get(0);
      surname = tokens.get(1);
      readInitial = initial;
      readSurname = surname;
    } else if (anyInitialOrLetter(tokens) && !oneLetterSyllables(tokens)) {
      return Reading.NONE;
    }
    boolean surnameFirst = words.isSurname(Lexicon.fold(tokens.get(0)));
    if (namesGroup(tokens)) {
      return Reading.after(initial, surname, null);
    }
    List<String> idWords = new ArrayList<>();
    boolean patronymic = officialStyle;
    RussianNames.Name cyrillic = names.read(tokens);
    // "Нгуеном Ван Тхо": a Vietnamese name in Russian letters, read back syllable by syllable
    List<String> vietnamese = cyrillic == null ? vietnameseInCyrillic(tokens) : null;
    // "министр культуры Ирада Аюпова": a title leads a given name the files do not list
    boolean unlistedGiven = false;
    if (cyrillic == null && vietnamese == null && entry != UntitledNames.NO_TITLE) {
      cyrillic = names.readTitled(tokens, titleText);
      unlistedGiven = cyrillic != null;
    }
    // "Василий Голубев": a Russian given name written in Cyrillic makes a Russian too, and so
    // does an initial before a surname with a Russian ending ("И.И. Петровский")
    boolean russianGiven = cyrillic != null && (unlistedGiven || names.isGivenName(tokens.get(0))
            || names.looksRussian(List.of(tokens.get(0), cyrillic.surname())))
        || names.looksRussian(tokens);
    String holder = vietnamese == null ? null : misspelledHolder(vietnamese, entry, 2);
    if (holder == null && vietnamese == null && cyrillic == null) {
      // "Vietnamese Prime Minister Pham Ming Chinh": one word of a Vietnamese name that is no
      // Vietnamese syllable is a misprint of the title's holder, by one letter
      holder = misprintedHolder(tokens, entry);
    }
    if (holder != null) {
      return Reading.after(initial, surname, holder);
    }
    if (vietnamese != null) {
      idWords.addAll(vietnamese);
      surnameFirst = true;
    } else if (cyrillic != null) {
      // "Василием Голубевым": the nominative, in the usual English spelling
      idWords.add(cyrillic.given());
      idWords.add(cyrillic.surname());
      patronymic |= tokens.size() == 3;
    }
    for (int i = 0; i < tokens.size() && cyrillic == null && vietnamese == null; i++) {
      String w = idChars(Lexicon.fold(tokens.get(i)));
      if (tokens.size() >= 3 && i > 0 && i < tokens.size() - 1
          && keys.isPatronymicWord(Lexicon.fold(tokens.get(i)))
          && !surnameFirst) {
        patronymic = true;
        continue;
      }
      if (russianGiven && !surnameFirst) {
        w = names.usualEnding(w); // "Konstantin Mogilevskyi": konstantin-mogilevsky
      }
      if (!w.isEmpty()) {
        idWords.add(stripHyphens(w));
      }
    }
    String idText = oneHyphen(String.join("-", idWords));
    // an id is words of [a-z0-9] joined by single hyphens
    if (idText.isEmpty() || idText.charAt(0) == '-' || idText.charAt(idText.length() - 1) == '-') {
      return Reading.after(initial, surname, null);
    }
    // An alias of a registered person written unusually: prefer the registry.
    String known = lexicon.firstPersonNamed(name);
    if (!known.isEmpty()) {
      return Reading.after(initial, surname, known);
    }
    PersonId pid = lexicon.personId(idText);
    if (lexicon.person(idText) != null) {
      return Reading.after(initial, surname, idText);
    }
    // a Vietnamese name in Russian letters is a Vietnamese's, whatever country a title before
    // it named ("вице-премьера России ректор ХГУ Ле Куан")
    if (country == null && surnameFirst || vietnamese != null) {
      country = "VN";
    } else if ((country == null || patronymic && "VN".equals(country))
        && (patronymic || russianGiven || loneSurname) && !namesShared) {
      // no Vietnamese has a patronymic: "Vice President … Panova Victoria Vladimirovna" holds
      // a Russian university's office, not the state's that the title's words alone would name
      country = "RU";
    }
    var b = Person.builder().id(pid).name(name).registered(false);
    b.putName(language.code(), name);
    if (country != null) {
      b.country(country);
    }
    if (!entry.honorific() && org != null) {
      b.addPosition(Position.builder().role(entry.role()).of(org).title(titleText).build());
    }
    // "Vladimir Evtushenkov", later "Vladimir Yevtushenkov": the one the article named first
    boolean keyed = vietnamese == null && !surnameFirst;
    Person person;
    RuntimeException invalid = null;
    try {
      person = b.build();
    } catch (RuntimeException e) {
      // thrown where the person is first added, as when it was built there
      person = null;
      invalid = e;
    }
    return new Reading(initial, surname, idText, pid, person, invalid,
        tokens.get(tokens.size() - 1), keyed, keyed ? keys.nameKey(name) : null);
  }

  /**
   * The id {@code r} reads in this article: an earlier person's by the initial and surname, the
   * answer, or the unlisted person's, made on first mention unless the article named one by the
   * same name key first ({@code Vladimir Evtushenkov}, later {@code Vladimir Yevtushenkov}).
   */
  private String resolve(Reading r) {
    if (r.initial != null) {
      String earlier = namedBefore(r.initial, r.surname);
      if (earlier != null) {
        return earlier; // "A.V. Petrov" after "Andrey Vladimirovich Petrov"
      }
    }
    if (r.pid == null) {
      return r.id;
    }
    PersonId pid = r.pid;
    if (!persons.containsKey(pid)) {
      // keyed only for a new id: the titles name the same persons again and again
      PersonId spelt = r.keyed ? byKey.putIfAbsent(r.nameKey, pid) : null;
      if (spelt != null) {
        return spelt.value();
      }
      if (r.invalid != null) {
        throw r.invalid;
      }
      persons.put(pid, r.person);
      surnames.put(pid, r.lastWord);
    }
    return r.id;
  }

  /**
   * What {@link #read} makes of a name: the initial and surname to look for among the article's
   * earlier persons first (null: none), then the id, or null for no one; for an unlisted person,
   * its id, the person (or why it is invalid), the name's last word and whether (and by which
   * name key) an earlier person of another spelling stands for it. Shared by the articles that
   * write the name, and only read.
   */
  private record Reading(String initial, String surname, String id, PersonId pid,
      Person person, RuntimeException invalid, String lastWord, boolean keyed, String nameKey) {
    static final Reading NONE = of(null);

    static Reading of(String id) {
      return after(null, null, id);
    }

    static Reading after(String initial, String surname, String id) {
      return new Reading(initial, surname, id, null, null, null, null, false, null);
    }
  }

  /**
   * The arguments of {@link #personFor}, with the language, as a key of {@link #READINGS}: the
   * title's entry by identity ({@link UntitledNames#NO_TITLE} is told
   * apart by it).
   */
  private static final class Args {
    private final Language language;
    private final String name;
    private final List<String> tokens;
    private final TitleEntry entry;
    private final String org;
    private final String country;
    private final String titleText;
    private final boolean namesShared;
    private final int hash;

    Args(Language language, String name, List<String> tokens, TitleEntry entry, String org,
        String country, String titleText, boolean namesShared) {
      this.language = language;
      this.name = name;
      this.tokens = tokens;
      this.entry = entry;
      this.org = org;
      this.country = country;
      this.titleText = titleText;
      this.namesShared = namesShared;
      this.hash = Objects.hash(language, name, tokens, System.identityHashCode(entry), org,
          country, titleText, namesShared);
    }

    /** This key with its own copy of the tokens: the caller's list may change. */
    Args copy() {
      return new Args(language, name, List.copyOf(tokens), entry, org, country, titleText,
          namesShared);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Args a && hash == a.hash && entry == a.entry && language == a.language
          && namesShared == a.namesShared && name.equals(a.name)
          && tokens.equals(a.tokens) && Objects.equals(org, a.org)
          && Objects.equals(country, a.country) && Objects.equals(titleText, a.titleText);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The registered Vietnamese holder of the title a Vietnamese name in Latin letters misprints:
   * led by a Vietnamese family name, with exactly one word that is no Vietnamese syllable, within
   * one letter of the holder's name ("Pham Ming Chinh"); null otherwise. A name of real
   * syllables is another person's, however close ("Nguyen Van Anh" is not Nguyễn Văn An).
   */
  private String misprintedHolder(List<String> tokens, TitleEntry entry) {
    if (tokens.size() < 2 || !words.isSurname(Lexicon.fold(tokens.get(0)))) {
      return null;
    }
    List<String> folded = new ArrayList<>();
    int strange = 0;
    for (String t : tokens) {
      String f = Lexicon.fold(t);
      folded.add(f);
      strange += RussianTranscription.defaults().isSyllable(f) ? 0 : 1;
    }
    return strange == 1 ? misspelledHolder(folded, entry, 1) : null;
  }

  /**
   * The registered Vietnamese holder of the title whose name {@code syllables} misspell by at most
   * {@code letters} letters, syllable for syllable ("Премьер-министр Фам Ван Хай" for Phan Văn
   * Khải), or null: a paper's slip, repaired only when the office agrees.
   */
  private String misspelledHolder(List<String> syllables, TitleEntry entry, int letters) {
    if (entry.honorific()) {
      return null;
    }
    String found = null;
    for (Person p : lexicon.persons().values()) {
      if (!p.country().map("VN"::equals).orElse(false)
          || p.positions().stream().noneMatch(x -> x.role().equals(entry.role()))) {
        continue;
      }
      int distance = lettersOff(syllables, p);
      if (distance >= 0 && distance <= letters) {
        if (found != null && !found.equals(p.id().value())) {
          return null;
        }
        found = p.id().value();
      }
    }
    return found;
  }

  /** {@code p}'s name folded: its Vietnamese name, else its name. */
  static String foldedName(Person p) {
    return Lexicon.fold(p.names().getOrDefault("vi", p.name()));
  }

  /**
   * By how many letters the folded {@code words} misspell {@code p}'s {@link #foldedName} word for
   * word; -1 when the two have not as many words.
   */
  static int lettersOff(List<String> words, Person p) {
    String[] ws = foldedName(p).split("\\s+");
    if (ws.length != words.size()) {
      return -1;
    }
    int distance = 0;
    for (int i = 0; i < ws.length; i++) {
      distance += Folding.editDistance(ws[i], words.get(i));
    }
    return distance;
  }

  /**
   * The syllables, folded, of a Vietnamese name written in Russian letters and led by a
   * Vietnamese surname ({@code Ле Тхи Тху Ханг}: le thi thu hang); null when it is not one.
   */
  List<String> vietnameseInCyrillic(List<String> tokens) {
    if (tokens.size() < 2 || !RussianNames.isCyrillic(tokens.get(0))) {
      return null;
    }
    if (!isVietnameseSurnameInCyrillic(tokens.get(0))) {
      return null;
    }
    RussianTranscription transcription = RussianTranscription.defaults();
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      String syllable = transcription.vietnamese(t);
      if (syllable == null) {
        return null;
      }
      out.add(Lexicon.fold(syllable));
    }
    return out;
  }

  /** Whether {@code word} is a Vietnamese surname in Russian letters ({@code Нгуеном}, {@code Ле}). */
  boolean isVietnameseSurnameInCyrillic(String word) {
    String syllable = RussianTranscription.defaults().vietnamese(word);
    return syllable != null && words.isSurname(Lexicon.fold(syllable));
  }

  /**
   * Whether capitalised words name a group, not a person: Vietnamese words not led by a surname
   * ({@code Hội Hữu nghị}, {@code Nhóm Hợp tác}), words with an organisation word ({@code
   * Federal Agency}), or words led by an acronym ({@code UBND TP}, {@code CHND Trung Hoa}).
   */
  /**
   * Whether {@code tokens} read as a person's name by their words alone: led by a Vietnamese
   * surname ({@code Hoàng Minh Sơn}) or a Russian given name ({@code Andrei Vorobyov}), or in
   * Russian letters; not {@code Training Leads Delegation}.
   */
  boolean looksLikeName(List<String> tokens) {
    if (tokens.isEmpty()) {
      return false;
    }
    String first = tokens.get(0);
    RussianNames names = RussianNames.defaults();
    // "Artiukhina Mariia": a Russian surname, then a given name, in official style
    return words.isSurnameAsWritten(first) || names.isGivenName(first)
        || RussianNames.isCyrillic(first)
        || tokens.size() == 2 && names.isGivenName(tokens.get(1))
            && names.endsAsRussianSurname(first);
  }

  boolean namesGroup(List<String> tokens) {
    return !tokens.isEmpty()
        && (vietnameseWords(tokens) && !words.isSurname(Lexicon.fold(tokens.get(0)))
            || anyOrganisationWord(tokens)
            || isAcronym(tokens.get(0)));
  }

  /**
   * Whether a token has no vowel and a lower-case letter ("Lch"), not an acronym ("TTXVN"). This
   * and the tests of tokens below are loops, not streams: every title's name asks them.
   */
  private static boolean anyMisprinted(List<String> tokens) {
    for (String t : tokens) {
      if (noVowel(t) && !t.equals(t.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code tokens} with the initials first when a surname leads them, as Russian official style
   * writes a name ({@code Travnikov M.A.}, {@code Кукушкиным А.Э.}: {@code M. A. Travnikov}); else
   * {@code tokens}.
   */
  private static List<String> initialsFirst(List<String> tokens) {
    if (tokens.size() < 2 || tokens.size() > 3 || isLetterInitial(tokens.get(0))
        || tokens.get(0).length() < 3) {
      return tokens;
    }
    List<String> out = new ArrayList<>();
    for (String x : tokens.subList(1, tokens.size())) {
      if (!isLetterInitial(x)) {
        return tokens;
      }
      out.add(x.endsWith(".") ? x : x + ".");
    }
    out.add(tokens.get(0));
    return out;
  }

  /** Whether a token is a function word of the language ({@link MentionWords#isFunctionWord}). */
  private boolean anyFunctionWord(List<String> tokens) {
    for (String t : tokens) {
      if (words.isFunctionWord(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every token but the last is one or more initials with their full stops ("N.A."). */
  private static boolean surnameAfterInitials(List<String> tokens) {
    if (tokens.size() < 2) {
      return false;
    }
    for (String t : tokens.subList(0, tokens.size() - 1)) {
      if (!isInitials(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code w} is one or more initials written together, each a capital (and a small
   * letter: {@code Kh.}) and a full stop ({@code N.A.}, {@code R.Kh.}, {@code Н.Д.}).
   */
  static boolean isInitials(String w) {
    int i = 0;
    while (i < w.length() && Character.isUpperCase(w.charAt(i))) {
      i++;
      if (i < w.length() && Character.isLowerCase(w.charAt(i))) {
        i++;
      }
      if (i >= w.length() || w.charAt(i) != '.') {
        return false;
      }
      i++;
    }
    return i > 0 && i == w.length();
  }

  /** Whether {@code x} is one capital letter, with or without its full stop ("M.", "A"). */
  private static boolean isLetterInitial(String x) {
    int n = x.endsWith(".") ? x.length() - 1 : x.length();
    return n == 1 && Character.isUpperCase(x.charAt(0));
  }

  /** Whether a token is an initial or abbreviation ("V.") or a single letter. */
  private static boolean anyInitialOrLetter(List<String> tokens) {
    for (String x : tokens) {
      if (x.endsWith(".") || x.length() < 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the name's one-letter words are syllables of a Vietnamese name, not initials: led by a
   * family name, a vowel without a full stop inside it ("Vũ A Bằng", "Ву А Банг", "Giàng A Páo").
   */
  private boolean oneLetterSyllables(List<String> tokens) {
    String first = tokens.get(0);
    if (tokens.size() < 3 || !words.isSurname(Lexicon.fold(first))
        && !(RussianNames.isCyrillic(first) && isVietnameseSurnameInCyrillic(first))) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      String x = tokens.get(i);
      if (x.endsWith(".") || x.length() == 1
          && (i == 0 || i == tokens.size() - 1 || !isVowel(x))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the one letter {@code x} is a vowel, diacritics aside ("A", "Ê", "А"). */
  private static boolean isVowel(String x) {
    String f = Lexicon.fold(x);
    return !f.isEmpty() && VOWELS.indexOf(Character.toLowerCase(f.charAt(0))) >= 0;
  }

  /** Whether a token is an organisation's word ("Committee"). */
  private boolean anyOrganisationWord(List<String> tokens) {
    for (String t : tokens) {
      if (words.isOrganisationWord(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code token} is an acronym: two or more letters, all capitals ({@code UBND}). */
  static boolean isAcronym(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isUpperCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The unlisted person of this article with surname {@code surname} whose name starts with
   * {@code initial}, or null.
   */
  private String namedBefore(String initial, String surname) {
    for (Map.Entry<PersonId, String> e : surnames.entrySet()) {
      Person p = persons.get(e.getKey());
      if (e.getValue().equals(surname) && p != null && p.name().startsWith(initial)) {
        return e.getKey().value();
      }
    }
    return null;
  }

  /**
   * The registered person whose name {@code tokens} is, misprinted: a word that cannot be a word
   * (no vowel, as when an encoding lost a letter: {@code Lch}) is that person's word without its
   * vowels, and every other word is theirs. Only an impossible word is repaired: names that
   * differ by a real letter are different people ({@code Nguyen Van An}, {@code Nguyen Van Anh}).
   * Null unless exactly one person fits.
   */
  private String misprintOf(List<String> tokens) {
    NameKeys keys = lexicon.nameKeys();
    String found = null;
    for (Person p : lexicon.persons().values()) {
      for (String spelling : Lexicon.personSpellings(p)) {
        String[] ws = spelling.strip().split("\\s+");
        if (ws.length != tokens.size() || !fits(ws, tokens, keys)) {
          continue;
        }
        if (found != null && !found.equals(p.id().value())) {
          return null;
        }
        found = p.id().value();
      }
    }
    return found;
  }

  private static boolean fits(String[] ws, List<String> tokens, NameKeys keys) {
    for (int i = 0; i < ws.length; i++) {
      String w = Lexicon.fold(ws[i]);
      String t = Lexicon.fold(tokens.get(i));
      if (noVowel(tokens.get(i))) {
        if (noVowel(ws[i]) || !withoutVowels(w).equals(t)) {
          return false;
        }
      } else if (!keys.wordKey(w).equals(keys.wordKey(t))) {
        return false;
      }
    }
    return true;
  }

  private static final String VOWELS = "aeiouyаеёиоуыэюя";

  /** Whether {@code word} has no vowel, folded: no word of a name is so. */
  private static boolean noVowel(String word) {
    String f = Lexicon.fold(word);
    for (int i = 0; i < f.length(); i++) {
      if (VOWELS.indexOf(f.charAt(i)) >= 0) {
        return false;
      }
    }
    return f.chars().anyMatch(Character::isLetter) && !word.endsWith(".");
  }

  private static String withoutVowels(String folded) {
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      if (VOWELS.indexOf(folded.charAt(i)) < 0) {
        b.append(folded.charAt(i));
      }
    }
    return b.toString();
  }

  /** An initial between a given name and a surname: with its full stop, or a capital alone. */
  private static boolean isMiddleInitial(RussianNames names, String token) {
    return names.isInitial(token) || token.length() == 1 && Character.isUpperCase(token.charAt(0));
  }

  /** The chars of {@code folded} an id may have: {@code a-z}, {@code 0-9} and hyphens. */
  private static String idChars(String folded) {
    StringBuilder b = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code w} without hyphens at its ends. */
  private static String stripHyphens(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && w.charAt(a) == '-') {
      a++;
    }
    while (b > a && w.charAt(b - 1) == '-') {
      b--;
    }
    return w.substring(a, b);
  }

  /** {@code s} with each run of hyphens made one. */
  private static String oneHyphen(String s) {
    if (!s.contains("--")) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '-' || b.length() == 0 || b.charAt(b.length() - 1) != '-') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** {@code tokens} without a word printed twice in a row ("Andrey Korneev Korneev"). */
  private static List<String> withoutRepeats(List<String> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).equalsIgnoreCase(tokens.get(i - 1))) {
        List<String> out = new ArrayList<>(tokens);
        out.remove(i);
        return withoutRepeats(out);
      }
    }
    return tokens;
  }

  /**
   * The one person of {@code candidates} whose full name in the registry has the given name and
   * the patronymic {@code tokens}, or null if none or several have ("Secretary of the Security
   * Council of Russia Nikolai Platonovich", "Уважаемый Михаил Владимирович": the polite form of
   * address, the surname left out).
   */
  private String addressed(Collection<Person> candidates, List<String> tokens) {
    NameKeys keys = lexicon.nameKeys();
    String given = keys.wordKey(Lexicon.fold(tokens.get(0)));
    String patronymic = keys.wordKey(Lexicon.fold(tokens.get(1)));
    String found = null;
    for (Person p : candidates) {
      for (String spelling : lexicon.spellings(p)) {
        String[] w = spelling.split(" ");
        if (w.length == 3 && keys.wordKey(Lexicon.fold(w[0])).equals(given)
            && keys.wordKey(Lexicon.fold(w[1])).equals(patronymic)) {
          if (found != null && !found.equals(p.id().value())) {
            return null;
          }
          found = p.id().value();
        }
      }
    }
    return found;
  }

  /** Whether some spelling of {@code p} has a given name whose key is near {@code givenKey}. */
  private boolean givenNameAgrees(Person p, String givenKey) {
    // a registry that spells the given name out answers by it, not by an initial it also lists
    // ("V. Zolotov" is Viktor: Vladimir Kolotov is not he); an initial in the text agrees with
    // any name it begins ("D. Medevedev")
    boolean initial = givenKey.endsWith(".");
    boolean spelledOut = false;
    boolean initialAgrees = false;
    for (String first : lexicon.firstKeyWords(p)) {
      boolean sameLetter = givenKey.charAt(0) == first.charAt(0);
      if (initial && sameLetter) {
        return true;
      }
      if (first.endsWith(".")) {
        initialAgrees |= sameLetter;
      } else {
        spelledOut = true;
        if (Folding.editDistance(first, givenKey) <= 2) {
          return true;
        }
      }
    }
    return !spelledOut && initialAgrees;
  }


  /**
   * Whether the words are Vietnamese ones (a letter only Vietnamese uses, or a tone mark only it
   * uses) and none is a hyphenated transliteration such as {@code Xéc-gây}.
   */
  private static boolean vietnameseWords(List<String> tokens) {
    boolean any = false;
    for (String t : tokens) {
      if (t.indexOf('-') >= 0) {
        return false;
      }
      if (ascii(t)) {
        continue; // no mark and no đ: nothing to decompose
      }
      if (RussianNames.isCyrillic(t)) {
        return false; // й is и with a breve, as ă is a with one
      }
      for (int i = 0; i < t.length() && !any; i++) {
        char c = t.charAt(i);
        // NFD decomposes code point by code point (then only reorders marks): a char's own
        // decomposition tells, unless it is half of a code point
        any = Character.isSurrogate(c) ? hasVietnameseMark(t) : hasVietnameseMark(c);
      }
    }
    return any;
  }

  /**
   * Per char, {@link #hasVietnameseMark(String)} of it alone, filled in on first use (0: not yet,
   * 1: yes, 2: no): names' words are asked again and again, and a normalizer per word costs more.
   * Threads may race to fill an entry, each with the same value.
   */
  private static final byte[] VIETNAMESE_MARK = new byte[Character.MAX_VALUE + 1];

  private static boolean hasVietnameseMark(char c) {
    byte k = VIETNAMESE_MARK[c];
    if (k == 0) {
      k = hasVietnameseMark(String.valueOf(c)) ? (byte) 1 : (byte) 2;
      VIETNAMESE_MARK[c] = k;
    }
    return k == 1;
  }

  /** Whether {@code s} decomposed (NFD) has a hook above, dot below, horn, breve, circumflex or đ. */
  private static boolean hasVietnameseMark(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c == '\u0309' || c == '\u0323' || c == '\u031b' || c == '\u0306' || c == '\u0302'
          || c == 'đ' || c == 'Đ') {
        return true;
      }
    }
    return false;
  }

  private static boolean ascii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
