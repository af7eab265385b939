package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.DateWords;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.NameKeys;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.RussianNames;
import io.github.vnru.extract.internal.TitleEntry;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Stage 6: officials the registry does not list, named by capitalised words right after a title
 * that names no one yet ({@code Deputy Speaker Ivan Petrov}), or right before one after a comma or
 * dash ({@code Ivan Petrov, Deputy Speaker of the State Duma}). {@link UnlistedPersons} says who
 * the words name.
 */
final class UnlistedOfficials {
  private static final String BEFORE_TITLE_SEPARATORS = ",–—";
  /** Weekdays and months of every language pack, folded: no word of a name. */
  private static final Set<String> DATE_WORDS = dateWords();

  private static Set<String> dateWords() {
    Set<String> out = new HashSet<>(DateWords.everyLanguage(DateWords.Kind.WEEKDAY).keySet());
    out.addAll(DateWords.everyLanguage(DateWords.Kind.MONTH).keySet());
    return Set.copyOf(out);
  }
  /**
   * How many lower-case words in a row an organisation's name between a title and a name may
   * have: a syllable of a capitalised word ({@code Hợp tác}) and a linking word ({@code với},
   * {@code của}); a longer run is the sentence going on.
   */
  private static final int MAX_ORG_LINK = 2;
  /**
   * How many runs of capitalised words that name no one ({@code Education}, {@code Training}) a
   * title's phrase may hold before its holder's name.
   */
  private static final int MAX_UNNAMED_RUNS = 2;
  /** The same for the lower-case words of a Russian title's complement ("фракции партии в"). */
  private static final int MAX_RUSSIAN_COMPLEMENT = 3;
  /** Quotes and brackets that may enclose an organisation's name, each with its closing one. */
  private static final String OPENING_QUOTES = "«“\"„(";
  private static final String CLOSING_QUOTES = "»”\"“)";
  private static final int MAX_QUOTED_NAME = 60;

  private final Lexicon lexicon;
  private final MentionWords words;
  private final UnlistedPersons unlisted;
  /** Whether the article runs words together ({@link NameKeys#runsWordsTogether}). */
  private final BooleanSupplier seams;
  /** The article's year, when known: whose counterpart a title names. */
  private final OptionalInt articleYear;

  UnlistedOfficials(Lexicon lexicon, MentionWords words, UnlistedPersons unlisted,
      BooleanSupplier seams, OptionalInt articleYear) {
    this.lexicon = lexicon;
    this.words = words;
    this.unlisted = unlisted;
    this.seams = seams;
    this.articleYear = articleYear;
  }

  /**
   * The first of {@code items} that starts at {@code p}, or null: a scan, as a sentence has few
   * items and an array by offset would be made anew for every sentence with a title.
   */
  private static Item firstStartingAt(List<Item> items, int p) {
    for (int k = 0; k < items.size(); k++) {
      Item i = items.get(k);
      if (i.start == p) {
        return i;
      }
    }
    return null;
  }

  /**
   * The place mention {@code [q, e)} when it is a syllable of a Vietnamese name begun by a family
   * name: the last of three, with no capitalised word after it ("Chủ tịch Nguyễn Phương Nga"), or
   * the middle one, with the last after it ("Phó Chủ tịch nước Trương Mỹ Hoa"): Vietnamese writes
   * a person's country before the name, never inside it or right after it.
   */
  private Item givenNameThatIsAPlace(
      String text, List<Item> items, List<String> tokens, int q, int e) {
    Item place = firstStartingAt(items, q);
    boolean capitalAfter = e + 1 < text.length() && text.charAt(e) == ' '
        && Character.isUpperCase(text.charAt(e + 1));
    if (tokens.size() != (capitalAfter ? 1 : 2) || !words.isSurnameAsWritten(tokens.get(0))
        || place == null || place.kind != TermKind.PLACE || place.end != e) {
      return null;
    }
    return place;
  }

  /** Names after a title: {@code Phó Chủ tịch Hội đồng Liên bang Ivan Petrov}. */
  void findAfterTitles(Scanned s, List<Item> items) {
    String text = s.text();
    List<Item> added = new ArrayList<>();
    // places that are a Vietnamese name's last syllable ("Nguyễn Phương Nga": Nga is Russia)
    List<Item> swallowed = new ArrayList<>();
    boolean[] covered = null;
    for (int k = 0; k < items.size(); k++) {
      Item t = items.get(k);
      if (t.kind != TermKind.TITLE || t.attached) {
        continue;
      }
      if (covered == null) {
        // items does not change in this loop (new ones go to added), so cover it once
        covered = Coverage.of(text, items);
      }
      TitleEntry entry = t.term.titleEntry();
      String country = null;
      String org = t.org;
      if (org != null && isCountryCode(org)) {
        country = org;
      } else if (org != null) {
        country = unlisted.partyCountry(org, null);
      }
      int p = t.end;
      int guard = 0;
      int nameStart = -1;
      int nameEnd = -1;
      String id = null;
      boolean comma = false;
      int afterComma = -1;
      // after "tại", "to", "в": the next place is where the office is, not whose it is
      boolean officePlace = false;
      // inside an organisation's name ("Nhóm Hợp tác với Việt Nam của Hội đồng Liên bang"):
      // its lower-case words, up to MAX_ORG_LINK in a row, do not end the title's phrase
      boolean inOrg = false;
      // the words right after "of" were taken as what the office is of
      boolean ofWhat = false;
      int lowerRun = 0;
      List<Item> passedTitles = new ArrayList<>();
      // "Deputy Minister of Education and Training, Hoàng Minh Sơn": capitalised words that name
      // no one, followed by a linking word or a comma, are part of the title's phrase
      for (int attempt = 0; attempt <= MAX_UNNAMED_RUNS && id == null; attempt++) {
        nameStart = -1;
        while (p < text.length() && guard++ < 14) {
          while (p < text.length() && text.charAt(p) == ' ') {
            p++;
          }
          // "Deputy Minister Senior Lieutenant General, Nguyen Chi Vinh": a comma may close the title
          if (!comma && p + 1 < text.length() && text.charAt(p) == ',' && text.charAt(p + 1) == ' ') {
            comma = true;
            p++;
            afterComma = p + 1;
            continue;
          }
          Item h = firstStartingAt(items, p);
          if (h != null) {
            if (h.kind == TermKind.PERSON) {
              break;
            }
            // a place inside an organisation's name is its partner ("Nhóm Hợp tác với Việt Nam"),
            // not the office's country when the title has one
            // nor a war's name ("president of the association of Vietnam war veterans in Saint
            // Petersburg Colonel X")
            if ((h.kind == TermKind.PLACE || h.kind == TermKind.PARTY) && !officePlace
                && !(inOrg && country != null)
                && !(h.kind == TermKind.PLACE && words.eventAfter(text, h.end))) {
              // a city places the holder only where nothing else did ("Deputy Governor of
              // Krasnodar"; not "консул СРВ по Владивостоке")
              String o = country == null ? TitleResolver.countryOf(h) : TitleResolver.orgOf(h);
              if (o != null) {
                country = isCountryCode(o) ? o : unlisted.partyCountry(o, country);
              }
            }
            if (h.kind == TermKind.TITLE) {
              if (h.term.titleEntry().honorific() && conjunctionBefore(s, p)) {
                // "Chairman of the Vietnam Subcommittee and Mr. A": a form of address after "and"
                // opens the next person's phrase; the title before is another's
                break;
              }
              passedTitles.add(h);
            }
            officePlace = false;
            lowerRun = 0;
            // "Governor of Russia's Kaluga oblast": the place's possessive goes on with the phrase
            p = h.end + (h.kind == TermKind.PLACE ? MentionWords.possessiveAt(text, h.end) : 0);
            continue;
          }
          int quoted = quotedNameEnd(text, p);
          if (quoted > 0) {
            // "главный редактор журнала «Коммунист» Ву Ван Фуок": the organisation's name in quotes,
            // or restated in brackets ("Governor of Moscow province (Moscow Oblast) Andrei Vorobyov")
            inOrg = true;
            lowerRun = 0;
            p = quoted;
            continue;
          }
          int e = tokenEnd(text, p);
          if (e == p) {
            break;
          }
          String tok = text.substring(p, e);
          if (Character.isUpperCase(tok.codePointAt(0))
              && (!lexicon.isTitleWord(tok) || surnameLeadsName(text, p, covered))) {
            int runEnd = capitalisedRunEnd(text, p, covered);
            // "Federal Agency on Military Cooperation V.K. Petrov": the name is what follows the
            // organisation's last word
            int after = pastAcronyms(text, afterOrganisationWords(text, p, runEnd), runEnd);
            if (after == runEnd || unlisted.namesGroup(capitalisedRun(text, after, runEnd))) {
              // an organisation's name, or Vietnamese words not led by a surname: not the person's
              inOrg = true;
              lowerRun = 0;
              officePlace = false;
              p = runEnd;
              continue;
            }
            if (inOrg && after == p && ofWordAt(text, runEnd)) {
              // "Central Committee of the Fatherland Front of Vietnam": the organisation goes on
              lowerRun = 0;
              p = runEnd;
              continue;
            }
            // a name keeps to one script: Latin words before Cyrillic ones are another thing's
            // name ("председателем совета директоров PetroVietnam Фунг Динь Тхыком")
            int cyrillic =
                RussianNames.isCyrillic(tok) ? after : firstCyrillicWord(text, after, runEnd);
            if (cyrillic >= 0) {
              // "губернатор Ростовской области Василий Голубев", "руководителем провинции
              // Бариа-Вунгтау Нгуеном Ван Тхо": capitalised words of a Russian title's complement
              // come before the name
              after = nameIn(text, cyrillic, runEnd, t, items);
              if (after < 0) {
                inOrg = true;
                lowerRun = 0;
                p = runEnd;
                continue;
              }
            } else {
              // "Hội đồng nhân dân tỉnh Yên Bái Phạm Thị Thanh Trà", "Cộng hòa Bashkortostan
              // Rustem Mardanov": a place's or body's capitalised words before the name
              after = laterNameStart(text, after, runEnd);
              if (after == p && (ofGapBefore(text, p)
                  || (ofWhat && linkBefore(text, p) || inOrg && lowerRun > 0
                      || words.placeWordBefore(text, p))
                      && !unlisted.looksLikeName(capitalisedRun(text, p, runEnd)))) {
                // "Chairman of Vinh Phuc", "Minister of Education and Training", "Chủ tịch UBND
                // tỉnh Khánh Hòa", "Director of the Department of … Cooperation on Human Rights":
                // the words right after "of" (and those joined to them, by a title's word or a
                // body's linking word) or a kind of place, not led by a family name, are what
                // the office is of; its holder's name, if any, comes after them
                ofWhat = true;
                inOrg = true;
                lowerRun = 0;
                p = runEnd;
                continue;
              }
            }
            nameStart = after;
            break;
          }
          if (p == afterComma && !Character.isUpperCase(tok.codePointAt(0))) {
            // "Deputy Governor of Krasnodar Region, and Maxim Slyusarev": a lower-case word right
            // after the comma goes on with the sentence, no longer with the title's phrase (a
            // capitalised title word goes on with it: "Minister of Industry, Trade and Tourism")
            break;
          }
          if (lexicon.isTitleWord(tok)) {
            // "director of the Institute for Nuclear Research": a lower-case title word after a
            // body's word links the body's name on, as any lower-case word does
            lowerRun = inOrg && Character.isLowerCase(tok.codePointAt(0)) ? lowerRun + 1 : 0;
            p = e;
            continue;
          }
          if (words.isOrganisationWord(capitalised(tok))) {
            // "Governor of Moscow province", "Chairman of the city People's Committee": a body's
            // word in lower case goes on with the title's phrase
            inOrg = true;
            lowerRun = 0;
            p = e;
            continue;
          }
          if (words.isOfficePlaceWord(tok)) {
            officePlace = true;
            p = e;
            continue;
          }
          // a Russian title's complement is in the genitive, capitalised or not ("губернатор
          // области", "заместитель министра иностранных дел Вьетнама")
          boolean complement = RussianNames.isCyrillic(tok);
          if ((inOrg || complement) && ++lowerRun <= (complement ? MAX_RUSSIAN_COMPLEMENT
              : MAX_ORG_LINK) && !phraseAt(s, p)) {
            p = e;
            continue;
          }
          break;
        }
        if (nameStart < 0) {
          break;
        }
        List<String> tokens = new ArrayList<>();
        int q = nameStart;
        nameEnd = nameStart;
        while (q < text.length() && tokens.size() < 5) {
          int e = tokenEnd(text, q);
          if (e == q) {
            break;
          }
          String tok = text.substring(q, e);
          Item place = covered[q] ? givenNameThatIsAPlace(text, items, tokens, q, e) : null;
          // "Trần Bình Minh Thư chúc mừng": a meeting phrase ends the name, and so does the word
          // that opens an award's or institution's name ("… Thái Hương Huân chương Hữu nghị")
          if (!Character.isUpperCase(tok.codePointAt(0)) || covered[q] && place == null
              || !tokens.isEmpty()
                  && (meetingPhraseAt(s, q) || words.endsNameAt(text, q))) {
            break;
          }
          if (place != null) {
            swallowed.add(place);
          }
          tokens.add(tok);
          nameEnd = e;
          q = nextCapitalisedWord(text, e);
          if (q < 0) {
            break;
          }
        }
        if (!tokens.isEmpty()) {
          // "Nam's visit": the possessive belongs to the sentence, not to the name.
          String last = tokens.get(tokens.size() - 1);
          int cut = possessiveLength(last);
          tokens.set(tokens.size() - 1, last.substring(0, last.length() - cut));
          nameEnd -= cut;
        }
        // past words that name no one (or what the office is of), only what reads as a name is one
        // "Hiệu trưởng Trường Đại học PCCC": the title's institution, no one's name
        boolean noName = (attempt > 0 || ofWhat) && !unlisted.looksLikeName(tokens)
            || words.opensWithInstitutionWord(text, nameStart) || meetingWordAt(s, nameStart)
            || acronymOfFollows(text, nameEnd, tokens) || bodyWordAfter(text, nameEnd)
            || words.thingNamedAt(text, t.start);
        String counterpart = noName ? null : misspelledCounterpart(s, t, tokens, items, country);
        id = noName ? null : counterpart != null ? counterpart
            : unlisted.personFor(text.substring(nameStart, nameEnd), tokens, entry, org,
                country != null ? country : countryAfterName(text, nameEnd, items)
                    .orElseGet(() -> russianInRussia(tokens, items)),
                nearestTitle(text, items, t, nameStart), countrySharingRussianNamesNamed(items));
        if (id == null
            && (nameEnd == nameStart || !phraseGoesOn(text, nameEnd) || phraseAt(s, nameStart))) {
          break;
        }
        p = nameEnd;
        inOrg = true;
        lowerRun = 0;
      }
      if (id == null) {
        continue;
      }
      Item it = new Item(TermKind.PERSON, id, nameStart, nameEnd, null);
      // "врио главы Башкирии", "GS.TS. Viện trưởng": the office, not the word before it
      Item office = t;
      for (Item x : passedTitles) {
        if (office.term.titleEntry().honorific() && !x.term.titleEntry().honorific()) {
          office = x;
        }
      }
      it.title = t.attached ? null : text.substring(office.start, office.qualifiedEnd);
      it.phraseStart = t.start;
      t.attached = true;
      passedTitles.forEach(x -> x.attached = true); // stacked titles of the same person
      added.add(it);
    }
    items.removeAll(swallowed);
    items.addAll(added);
  }

  /**
   * The registered Vietnamese a name printed after "counterpart" misspells ("Lavrov met his
   * Vietnamese counterpart, Boy Thanh Son", "Fung Kwan Thani" for Phùng Quang Thanh: a Russian
   * page's spelling put into English), or null. A counterpart holds, in Vietnam, the office that a
   * registered Russian whom the sentence names held in the article's year; the one Vietnamese
   * holder of it then whose name the printed one misspells, word for word with at most two letters
   * in five off, is the one named. A name the registry spells is matched before this, and a
   * counterpart with a name of its own ("Tran Van Khoa") stays unlisted. (A Russian's misprinted
   * surname is matched by {@link Lexicon#nearSurnames}.)
   */
  private String misspelledCounterpart(Scanned s, Item title, List<String> tokens,
      List<Item> items, String country) {
    if (articleYear.isEmpty() || country != null && !country.equals("VN")
        || !cueCovers(s, Cue.COUNTERPART, title)) {
      return null;
    }
    int year = articleYear.getAsInt();
    String found = null;
    for (Item it : items) {
      Person other = it.kind == TermKind.PERSON ? lexicon.persons().get(PersonId.of(it.id)) : null;
      if (other == null || !other.country().map("RU"::equals).orElse(false)) {
        continue;
      }
      for (Position office : other.positions()) {
        if (!office.of().equals("RU") || !office.heldIn(year)) {
          continue;
        }
        for (Person holder : lexicon.holders(office.role(), "VN")) {
          if (TitleResolver.heldAt(holder, office.role(), "VN", year)
              && misspells(tokens, holder)) {
            if (found != null && !found.equals(holder.id().value())) {
              return null;
            }
            found = holder.id().value();
          }
        }
      }
    }
    return found;
  }

  /** Whether cue {@code cue} lies within item {@code t}'s words ("his Vietnamese counterpart"). */
  private static boolean cueCovers(Scanned s, Cue cue, Item t) {
    for (Found f : s.phrases) {
      if (f.is(cue) && f.start() >= t.start && f.end() <= t.end) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code tokens} spell {@code p}'s name word for word, at most two letters in five of
   * its own off in all.
   */
  private static boolean misspells(List<String> tokens, Person p) {
    List<String> folded = new ArrayList<>(tokens.size());
    tokens.forEach(t -> folded.add(Lexicon.fold(t)));
    int off = UnlistedPersons.lettersOff(folded, p);
    int letters = UnlistedPersons.foldedName(p).replace(" ", "").length();
    return off >= 0 && 5 * off <= 2 * letters;
  }

  /**
   * Names before a title: {@code Ivan Petrov, Deputy Speaker of the State Duma}, {@code ông Ivan
   * Petrov, Phó Chủ tịch …}. A title with no name after it, right after a comma or dash that
   * follows two to four capitalised words no other mention covers.
   */
  void findBeforeTitles(Scanned s, List<Item> items) {
    String text = s.text();
    boolean[] covered = null;
    List<Item> added = new ArrayList<>();
    for (Item t : items) {
      if (t.kind != TermKind.TITLE || t.attached) {
        continue;
      }
      TitleEntry entry = t.term.titleEntry();
      if (entry.honorific()) {
        continue;
      }
      int p = t.start;
      while (p > 0 && text.charAt(p - 1) == ' ') {
        p--;
      }
      // "Nguyen Vu Truong Son, the general director of PetroVietnam": an article after the comma
      int article = p;
      while (article > 0 && Character.isLetter(text.charAt(article - 1))) {
        article--;
      }
      if (article < p && words.isTitleArticle(text.substring(article, p))) {
        p = article;
        while (p > 0 && text.charAt(p - 1) == ' ') {
          p--;
        }
      }
      if (p == 0 || BEFORE_TITLE_SEPARATORS.indexOf(text.charAt(p - 1)) < 0) {
        continue;
      }
      p--;
      if (covered == null) {
        covered = Coverage.of(text, items);
      }
      List<String> tokens = new ArrayList<>();
      int nameEnd = -1;
      int nameStart = -1;
      while (tokens.size() < 5) {
        int e = p;
        while (e > 0 && text.charAt(e - 1) == ' ') {
          e--;
        }
        int a = e;
        while (a > 0 && isWordChar(text.charAt(a - 1))) {
          a--;
        }
        if (a == e) {
          break;
        }
        a = lastSeam(text, a, e);
        String tok = text.substring(a, e);
        if (!Character.isUpperCase(tok.codePointAt(0)) || Coverage.overlaps(covered, a, e)) {
          break;
        }
        if (DATE_WORDS.contains(Lexicon.fold(tok))) {
          tokens.clear(); // "On Tuesday, General Secretary …": a day, not a name
          break;
        }
        if (lexicon.isTitleWord(tok)) {
          // "Hoang Trung, Director General": a given name that folds to a title word ("trung"),
          // right after a family name, ends the name
          if (tokens.isEmpty() && surnameRightBefore(text, a, covered)) {
            tokens.add(tok);
            nameStart = a;
            nameEnd = e;
            p = a;
            continue;
          }
          if (tokens.isEmpty() || !surnameLeadsName(text, a, covered)) {
            break;
          }
          // "Truong Quang Khanh", "Nguyen Vu Truong Son": a name's syllable (a surname, a middle
          // name), not the title word "trưởng" or "vụ"; the name may go on before it
          tokens.add(0, tok);
          nameStart = a;
          p = a;
          continue;
        }
        tokens.add(0, tok);
        nameStart = a;
        nameEnd = nameEnd < 0 ? e : nameEnd;
        p = a;
      }
      // "Greeting Nguyen Huy Tien, Prosecutor General …": a Vietnamese name of three words starts
      // at its surname, not at the capitalised word before it
      if (tokens.size() == 4 && !words.isSurnameAsWritten(tokens.get(0))
          && words.isSurnameAsWritten(tokens.get(1))) {
        nameStart = text.indexOf(tokens.get(1), nameStart + tokens.get(0).length());
        tokens.remove(0);
      }
      if (tokens.size() < 2 || tokens.size() > 4) {
        continue;
      }
      String org = t.org;
      String country = org == null ? phraseCountry(items, t)
          : isCountryCode(org) ? org : unlisted.partyCountry(org, null);
      String id = unlisted.personFor(text.substring(nameStart, nameEnd), tokens, entry, org,
          country, text.substring(t.start, t.end), countrySharingRussianNamesNamed(items));
      if (id == null) {
        continue;
      }
      Item it = new Item(TermKind.PERSON, id, nameStart, nameEnd, null);
      it.title = text.substring(t.start, t.qualifiedEnd);
      t.attached = true;
      added.add(it);
      Arrays.fill(covered, nameStart, nameEnd, true);
    }
    items.addAll(added);
  }

  /** The country of the first city the title's phrase names ("of Krasnodar Region"), or null. */
  private static String phraseCountry(List<Item> items, Item t) {
    for (Item q : items) {
      if (q.start >= t.end && q.end <= t.qualifiedEnd && q.kind == TermKind.PLACE) {
        String c = TitleResolver.countryOf(q);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * Whether a capitalised word no mention covers, a Vietnamese family name as written, stands one
   * space before {@code p} ({@code Hoang} before {@code Trung}).
   */
  private boolean surnameRightBefore(String text, int p, boolean[] covered) {
    if (p < 2 || text.charAt(p - 1) != ' ') {
      return false;
    }
    int b = p - 1;
    while (b > 0 && isWordChar(text.charAt(b - 1))) {
      b--;
    }
    return b < p - 1 && !Coverage.overlaps(covered, b, p - 1)
        && words.isSurnameAsWritten(text.substring(b, p - 1));
  }

  /**
   * Whether the word at {@code p}, though it folds to a title word ({@code Truong} as {@code
   * trưởng}), is a Vietnamese surname leading a name: capitalised words follow it, not all of
   * them title words ({@code Truong Quang Khanh}, not {@code Tong Bi thu}).
   */
  private boolean surnameLeadsName(String text, int p, boolean[] covered) {
    int e = tokenEnd(text, p);
    if (!words.isSurnameAsWritten(text.substring(p, e))) {
      return false;
    }
    int runEnd = capitalisedRunEnd(text, p, covered);
    if (runEnd == e) {
      return false;
    }
    for (String w : text.substring(e, runEnd).strip().split(" ")) {
      if (!lexicon.isTitleWord(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a person's name may start in the capitalised words {@code [p, runEnd)}: after the last
   * organisation word ({@code Agency}, {@code Committee}), or {@code p} when there is none;
   * {@code runEnd} when the words end with one.
   */
  private int afterOrganisationWords(String text, int p, int runEnd) {
    int after = p;
    int q = p;
    while (q < runEnd) {
      int e = tokenEnd(text, q);
      if (e == q) {
        break;
      }
      if (words.isOrganisationWord(text.substring(q, e))) {
        after = e;
      }
      q = e;
      while (q < runEnd && text.charAt(q) == ' ') {
        q++;
      }
    }
    while (after < runEnd && text.charAt(after) == ' ') {
      after++;
    }
    return after;
  }

  /**
   * Past the acronyms that lead {@code [p, runEnd)} when a name starts right after them ({@code
   * Hiệu phó MGU Sergey Sakhrai}): an organisation's short name before its officer's; else
   * {@code p}.
   */
  private int pastAcronyms(String text, int p, int runEnd) {
    if (p + 1 >= runEnd || !Character.isUpperCase(text.charAt(p + 1))) {
      return p; // most runs start with a word in lower case after its capital: no acronym
    }
    int q = p;
    List<int[]> ws = wordsOf(text, p, runEnd);
    for (int k = 0; k < ws.size(); k++) {
      int[] w = ws.get(k);
      if (!UnlistedPersons.isAcronym(text.substring(w[0], w[1]))) {
        // "ректора МЭИ Н.Д. Рогалева": initials open a name too
        if (q > p
            && (startsName(text, w) || UnlistedPersons.isInitials(text.substring(w[0], w[1])))) {
          return w[0];
        }
        // "the head of APH Miratorg Viktor Linnik": the company's name ends where a name starts
        for (int j = k + 1; q > p && j + 1 < ws.size(); j++) {
          if (startsName(text, ws.get(j))) {
            return ws.get(j)[0];
          }
        }
        return p;
      }
      q = w[1];
    }
    return p;
  }

  /**
   * Whether a body's word in lower case follows {@code p} ({@code the East Asia department}): the
   * capitalised words before it name what the body is of, not a person.
   */
  private boolean bodyWordAfter(String text, int p) {
    int q = Chars.skipWhitespace(text, p);
    return q < text.length() && Character.isLowerCase(text.charAt(q)) && bodyWordAt(text, q);
  }

  /**
   * Whether the title's phrase goes on after {@code p}: a comma, a lower-case title word ({@code
   * and}, {@code of}) or a body's word ({@code province}).
   */
  private boolean phraseGoesOn(String text, int p) {
    int q = Chars.skipWhitespace(text, p);
    return q < text.length() && text.charAt(q) == ',' || ofWordAt(text, p) || bodyWordAt(text, q);
  }

  /** Whether the word at {@code q} is a body's word in any case ({@code Province}, {@code city}). */
  private boolean bodyWordAt(String text, int q) {
    int e = tokenEnd(text, q);
    return e > q && words.isOrganisationWord(capitalised(text.substring(q, e)));
  }

  /**
   * Whether an acronym in brackets right after {@code end} ends with the initials of {@code
   * tokens}: the words are the end of a body's name, which the acronym shortens ({@code … Radiation
   * and Nuclear Safety (VARANS)}), not a person's ({@code Gennady Zyuganov (KPRF)}).
   */
  private static boolean acronymOfFollows(String text, int end, List<String> tokens) {
    int open = end;
    while (open < text.length() && text.charAt(open) == ' ') {
      open++;
    }
    if (tokens.isEmpty() || open >= text.length() || text.charAt(open) != '(') {
      return false;
    }
    int close = text.indexOf(')', open);
    if (close < 0 || close - open - 1 < tokens.size()) {
      return false;
    }
    String acronym = text.substring(open + 1, close);
    int from = acronym.length() - tokens.size();
    for (int k = 0; k < tokens.size(); k++) {
      char c = acronym.charAt(from + k);
      if (!Character.isUpperCase(c) || c != Character.toUpperCase(tokens.get(k).charAt(0))) {
        return false;
      }
    }
    return acronym.chars().allMatch(Character::isUpperCase);
  }

  /** Whether an of-gap word ({@code of}, {@code của}) stands right before {@code p}. */
  private boolean ofGapBefore(String text, int p) {
    int w = UntitledNames.wordBefore(text, p);
    return w > 0 && text.charAt(w - 1) == ' ' && words.isOfGap(text.substring(w - 1, p));
  }

  /** Whether a lower-case title word ({@code and}, {@code và}) stands right before {@code p}. */
  private boolean linkBefore(String text, int p) {
    int w = UntitledNames.wordBefore(text, p);
    int e = p;
    while (e > w && text.charAt(e - 1) == ' ') {
      e--;
    }
    return w >= 0 && w < e && Character.isLowerCase(text.charAt(w))
        && lexicon.isTitleWord(text.substring(w, e));
  }

  /**
   * Whether the words after {@code p} are one or two lower-case title words and a capitalised word
   * ({@code of the Fatherland}, {@code của Hội}, {@code and Training}): the organisation's name
   * goes on, unlike a verb that shares a title's syllable ({@code chủ trì}).
   */
  private boolean ofWordAt(String text, int p) {
    int q = p;
    for (int linking = 0; linking <= 2; linking++) {
      while (q < text.length() && text.charAt(q) == ' ') {
        q++;
      }
      int e = tokenEnd(text, q);
      if (e == q) {
        return false;
      }
      if (Character.isUpperCase(text.codePointAt(q))) {
        return linking > 0;
      }
      if (!lexicon.isTitleWord(text.substring(q, e))) {
        return false;
      }
      q = e;
    }
    return false;
  }

  /**
   * Whether a meeting word starts at {@code p}: no name starts with one ("Minister Holds Talks
   * With …", a headline in title case).
   */
  private static boolean meetingWordAt(Scanned s, int p) {
    for (Found f : s.phrases) {
      if (f.start() == p && f.trigger().isPresent()) {
        return true;
      }
      if (f.start() > p) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether a meeting phrase of more than one word starts at {@code p}: its first word, written
   * with a capital ("Thư chúc mừng"), is no word of a name before it.
   */
  private static boolean meetingPhraseAt(Scanned s, int p) {
    int space = s.text().indexOf(' ', p);
    for (Found f : s.phrases) {
      if (f.start() == p && f.trigger().isPresent() && space >= 0 && space < f.end()) {
        return true;
      }
      if (f.start() > p) {
        break;
      }
    }
    return false;
  }

  /** The end of the run of capitalised words at {@code p} that no mention covers. */
  private int capitalisedRunEnd(String text, int p, boolean[] covered) {
    int end = p;
    int q = p;
    while (q < text.length()) {
      int e = tokenEnd(text, q);
      if (e == q || !Character.isUpperCase(text.codePointAt(q)) || covered[q]) {
        break;
      }
      end = e;
      q = nextCapitalisedWord(text, e);
      if (q < 0) {
        break;
      }
    }
    return end;
  }

  /**
   * Where the capitalised word after the word ending at {@code e} starts: after one space, or
   * right at {@code e} after initials written together ("V.K. Petrov") or, in a text that runs
   * words together, after a small letter ("Governor SergeyMorozov"); -1 when none follows.
   */
  private int nextCapitalisedWord(String text, int e) {
    if (e + 1 < text.length() && text.charAt(e) == ' '
        && Character.isUpperCase(text.codePointAt(e + 1))) {
      return e + 1;
    }
    return e < text.length() && Character.isUpperCase(text.codePointAt(e))
        && (text.charAt(e - 1) == '.'
            || Character.isLowerCase(text.charAt(e - 1)) && seams.getAsBoolean())
        ? e : -1;
  }

  private List<String> capitalisedRun(String text, int start, int end) {
    List<String> out = new ArrayList<>();
    for (int[] w : wordsOf(text, start, end)) {
      out.add(text.substring(w[0], w[1]));
    }
    return out;
  }

  /**
   * Where in the capitalised Latin words {@code [p, runEnd)} a name starts: {@code p}, unless its
   * first word starts no name and a later one does, a Vietnamese surname as written or a Russian
   * given name with at least one more word after it.
   */
  private int laterNameStart(String text, int p, int runEnd) {
    List<int[]> ws = wordsOf(text, p, runEnd);
    if (ws.size() >= 3 && words.endsBodyName(text, ws.get(0)[1])) {
      return ws.get(1)[0]; // "T.Ư Đoàn Bùi Quang Huy": the body's last word starts no name
    }
    // "tỉnh Vladimir Alexander Avdeev": of two Russian given names in a row, the first is the
    // place's (a city named like a person); a Russian name has one
    if (ws.size() >= 3 && isGivenName(text, ws.get(0)) && isGivenName(text, ws.get(1))
        && !endsWithPatronymic(text, ws)) {
      return ws.get(1)[0];
    }
    if (ws.size() < 3 || startsName(text, ws.get(0)) || endsWithPatronymic(text, ws)) {
      return p; // "Nesterov Ivan Sergeevich": a name in official style, surname first
    }
    for (int k = 1; k + 1 < ws.size(); k++) {
      if (startsName(text, ws.get(k)) && !words.endsBodyName(text, ws.get(k)[1])) {
        return ws.get(k)[0];
      }
    }
    return p;
  }

  private boolean endsWithPatronymic(String text, List<int[]> ws) {
    int[] last = ws.get(ws.size() - 1);
    NameKeys keys = lexicon.nameKeys();
    return keys.isPatronymicWord(Lexicon.fold(text.substring(last[0], last[1])));
  }

  private static boolean isGivenName(String text, int[] word) {
    return RussianNames.defaults().isGivenName(text.substring(word[0], word[1]));
  }

  private boolean startsName(String text, int[] word) {
    String w = text.substring(word[0], word[1]);
    // "ректор ХГУ Ле Куан": a Vietnamese surname in Russian letters as well
    return words.isSurnameAsWritten(w) || RussianNames.defaults().isGivenName(w)
        || unlisted.isVietnameseSurnameInCyrillic(w);
  }

  /** The start of the first word of {@code [p, end)} in Cyrillic letters, or -1. */
  private int firstCyrillicWord(String text, int p, int end) {
    for (int[] w : wordsOf(text, p, end)) {
      if (RussianNames.isCyrillic(text, w[0], w[1])) {
        return w[0];
      }
    }
    return -1;
  }

  /** The words of {@code [p, end)}: start and end of each. */
  private List<int[]> wordsOf(String text, int p, int end) {
    List<int[]> out = new ArrayList<>();
    int q = p;
    while (q < end) {
      int e = Math.min(tokenEnd(text, q), end);
      if (e == q) {
        break;
      }
      out.add(new int[] {q, e});
      q = e;
      while (q < end && text.charAt(q) == ' ') {
        q++;
      }
    }
    return out;
  }

  /**
   * Where in the capitalised Cyrillic words {@code [p, runEnd)} a name starts, or -1: at a
   * Russian given name in any case, an initial, or a Vietnamese surname in Russian letters; else
   * at the last two words when they read as a name with a given name the files do not list after
   * the title {@code title}.
   */
  private int nameIn(String text, int p, int runEnd, Item title, List<Item> items) {
    List<int[]> ws = wordsOf(text, p, runEnd);
    // "Сердюковым А.Э.": a surname, then its initials (official style)
    if (ws.size() >= 2 && ws.size() <= 3 && !text.startsWith(".", ws.get(0)[1] - 1)
        && ws.subList(1, ws.size()).stream()
            .allMatch(w -> w[1] - w[0] == 2 && text.charAt(w[1] - 1) == '.')) {
      return ws.get(0)[0];
    }
    for (int[] w : ws) {
      String word = text.substring(w[0], w[1]);
      if (word.endsWith(".") || RussianNames.defaults().isGivenName(word)) {
        return w[0]; // "Д.Г. Новиков", "Василий Голубев"
      }
      if (unlisted.isVietnameseSurnameInCyrillic(word)) {
        return w[0];
      }
    }
    // "министр культуры Ирада Аюпова": the last two words, a given name the files do not list
    // and a Russian surname
    if (ws.size() >= 2) {
      int[] given = ws.get(ws.size() - 2);
      int[] surname = ws.get(ws.size() - 1);
      if (RussianNames.defaults().readTitled(List.of(text.substring(given[0], given[1]),
          text.substring(surname[0], surname[1])), nearestTitle(text, items, title, given[0]))
          != null) {
        return given[0];
      }
    }
    return -1;
  }

  /**
   * The title whose case a Russian name at {@code name} takes: {@code title}, or the office
   * written nearest before the name after it ({@code Губернатора сопровождали министр культуры
   * Ирада Аюпова}: министр).
   */
  private static String nearestTitle(String text, List<Item> items, Item title, int name) {
    Item nearest = title;
    for (Item it : items) {
      if (it.kind == TermKind.TITLE && it.start >= title.end && it.end <= name
          && it.start > nearest.start && !it.term.titleEntry().honorific()
          && RussianNames.isCyrillic(text, it.start, it.end)) {
        nearest = it;
      }
    }
    return text.substring(nearest.start, nearest.end);
  }

  /** Whether a word joining names into a list ("and", "và", "и") ends right before {@code p}. */
  private static boolean conjunctionBefore(Scanned s, int p) {
    String text = s.sentence.text();
    for (Found f : s.phrases) {
      if (f.is(Cue.AND) && f.end() <= p && Chars.isWhitespaceOnly(text, f.end(), p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a meeting word or cue of the language pack starts at {@code p}. */
  private static boolean phraseAt(Scanned s, int p) {
    for (Found f : s.phrases) {
      if (f.start() == p) {
        return true;
      }
    }
    return false;
  }

  /**
   * "RU" for an office holder named with a Russian given name ("Minister of Trade Timur Khandy")
   * in a sentence that names a place in Russia and none in a third country, whatever the
   * surname's ending; else null.
   */
  private static String russianInRussia(List<String> tokens, List<Item> items) {
    if (tokens.size() != 2 || !RussianNames.defaults().isGivenName(tokens.get(0))
        || otherCountryNamed(items)) {
      return null;
    }
    for (Item i : items) {
      if (i.kind == TermKind.PLACE && i.term != null
          && i.term.placeEntry().map(e -> e.country().equals("RU")).orElse(false)) {
        return "RU";
      }
    }
    return null;
  }

  /**
   * The country of the place a name is said to be of right after it ({@code Major General Wang
   * Yisheng of China}, {@code General Viktor Bondarev of Russia}).
   */
  private Optional<String> countryAfterName(String text, int nameEnd, List<Item> items) {
    int at = words.afterNameCountryLink(text, nameEnd);
    if (at < 0) {
      return Optional.empty();
    }
    for (Item i : items) {
      if (i.kind == TermKind.PLACE && i.start == at && i.term != null) {
        return i.term.placeEntry().map(PlaceEntry::country);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the sentence's items name a place of a country whose people, besides Russians, bear
   * Russian-style names (lang/ru/name-countries.tsv): a name that looks Russian there may be one
   * of its citizens' ("Natalya Kochanova" during a tour of Belarus), while one in the Chinese city
   * of Qingdao is still a Russian's.
   */
  static boolean countrySharingRussianNamesNamed(List<Item> items) {
    for (Item i : items) {
      if (i.kind == TermKind.PLACE && i.term != null && i.term.placeEntry()
          .map(pe -> RussianNames.defaults().sharedBy(pe.country())).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place of the sentence is in a country other than Vietnam and Russia. */
  static boolean otherCountryNamed(List<Item> items) {
    for (Item i : items) {
      if (inThirdCountry(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code i} is a place in a country other than Vietnam and Russia; the Soviet Union is
   * Russia's predecessor, no third country ("Героя Советского Союза").
   */
  static boolean inThirdCountry(Item i) {
    if (i.kind != TermKind.PLACE || i.term == null) {
      return false;
    }
    String c = i.term.placeEntry().map(PlaceEntry::country).orElse(null);
    return c != null && !c.equals("VN") && !c.equals("RU") && !c.equals("SU");
  }

  /**
   * Whether an organisation id is a country code (two capital letters). Note: a two-letter party
   * id ({@code UR}, {@code SR}) passes too; kept so the output does not change.
   */
  private static boolean isCountryCode(String org) {
    return org.length() == 2 && isCapital(org.charAt(0)) && isCapital(org.charAt(1));
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
  }

  /**
   * The end of a short capitalised name in quotes opening at {@code p} ({@code «Коммунист»},
   * {@code "Nhân Dân"}), after its closing quote; -1 when none opens there.
   */
  private static int quotedNameEnd(String text, int p) {
    int kind = OPENING_QUOTES.indexOf(text.charAt(p));
    if (kind < 0 || p + 1 >= text.length() || !Character.isUpperCase(text.charAt(p + 1))) {
      return -1;
    }
    int close = text.indexOf(CLOSING_QUOTES.charAt(kind), p + 1);
    return close < 0 || close - p > MAX_QUOTED_NAME ? -1 : close + 1;
  }

  /** The word with its first letter in upper case ({@code province}: {@code Province}). */
  private static String capitalised(String word) {
    return word.isEmpty() || Character.isUpperCase(word.charAt(0))
        ? word
        : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * Where the last word glued into {@code [a, e)} starts, read backwards, in a text that runs words
   * together ("Yevgeny AlexandrovichPrimakov, General Director"): at its last capital after a
   * small letter, when the word starts with a capital; else {@code a}.
   */
  private int lastSeam(String text, int a, int e) {
    if (!Character.isUpperCase(text.charAt(a))) {
      return a;
    }
    for (int i = e - 2; i > a + 1; i--) {
      if (NameKeys.seamAt(text, i)) {
        return seams.getAsBoolean() ? i : a;
      }
    }
    return a;
  }

  /** The end of the word at {@code p}; an initial ({@code V.}) keeps its full stop. */
  private int tokenEnd(String text, int p) {
    int e = p;
    while (e < text.length()) {
      char c = text.charAt(e);
      if (e > p && NameKeys.seamAt(text, e) && Character.isUpperCase(text.charAt(p))
          && seams.getAsBoolean()) {
        break; // "SergeyMorozov": two words ("ofIndependent States" goes on as one phrase)
      } else if (isWordChar(c) && (c != '-' || e + 1 < text.length()
          && Character.isLetter(text.charAt(e + 1)))) {
        e++; // a hyphen joins letters: "Trần Hoa- Tư lệnh" has a dash
      } else if (c == '.' && e > p && e - p <= 2) {
        e++; // an initial: "V."
        break;
      } else {
        break;
      }
    }
    return e;
  }

  /** The length of an English possessive ending ({@code 's}, {@code ’s}, {@code s'}) of a word. */
  private static int possessiveLength(String word) {
    int n = word.length();
    if (n > 2 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')
        && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')) {
      return 2;
    }
    if (n > 2 && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '\u2019')) {
      return 1;
    }
    return 0;
  }
}
