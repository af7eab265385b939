package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.LanguagePack.Cue;
import io.github.vnru.extract.internal.LanguagePack.Found;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.PlaceEntry;
import io.github.vnru.extract.internal.TitleEntry;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Person;
import io.github.vnru.model.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * Stage 5: gives each title the organisation it is of (a country or party next to it, joined by
 * white space or an "of" word, or before it in English order: {@code KPRF Chairman}), attaches
 * it to the name right after it, and otherwise lets it stand for the person who held it: the one
 * holder in the article's year, or the one the article names in full, or the latest named holder
 * of the role.
 */
final class TitleResolver {
  /** The quotation marks that may wrap an organisation's name after a title. */
  private static final String QUOTES = "\"«»“”„";

  /** How long after leaving an office a holder the article names may still be its stand-in. */
  private static final int RECENT_YEARS = 20;
  /** How many words a title's phrase may run past its organisation before the name. */
  private static final int MAX_PHRASE_WORDS = 10;
  /** The longest "of" gap between a title and an organisation's name (" of the "), in chars. */
  private static final int MAX_OF_GAP = 8;

  private final Lexicon lexicon;
  private final MentionWords words;
  private final FullMentions fullMentions;
  private final UnlistedPersons unlisted;
  private final OptionalInt articleYear;
  /**
   * {@link #holderNamed} per role and organisation: the full mentions are all found before this
   * pass, so the answer is the same at every title of the article that asks it. By role, then
   * organisation: no key string is built per title.
   */
  private final Map<String, Map<String, Optional<String>>> holdersNamed = new HashMap<>();

  TitleResolver(Lexicon lexicon, MentionWords words, FullMentions fullMentions,
      OptionalInt articleYear, UnlistedPersons unlisted) {
    this.lexicon = lexicon;
    this.unlisted = unlisted;
    this.words = words;
    this.fullMentions = fullMentions;
    this.articleYear = articleYear;
  }

  /**
   * Whether a preposition of place ends at most two words before {@code start}, no comma between
   * ("в Социалистическую Республику Вьетнам"; not "visiting", which qualifies the person:
   * "Visiting Vietnamese Minister").
   */
  private static boolean governedByPlaceWord(Scanned s, int start) {
    String text = s.text();
    for (Found f : s.phrases) {
      if (f.is(Cue.AT) && f.end() <= start && Chars.atMostWords(text, f.end(), start, 2)
          && text.lastIndexOf(',', start - 1) < f.end()) {
        return true;
      }
    }
    return false;
  }

  /** {@code items} sorted by start; stand-ins are inserted after their titles. */
  void resolve(
      Scanned s, List<Item> items, RecentPersons recentPersons, RecentParties recentParties) {
    String text = s.text();
    // in a Title Case headline a capital after a title names no one ("Russian President
    // Congratulate …")
    boolean titleCase = s.titleCaseHeadline(words);
    boolean[] starts = null;
    String lastPartyHere = null; // the last party other than CPV among items[0, k)
    for (int k = 0; k < items.size(); k++) {
      Item t = items.get(k);
      if (t.kind == TermKind.PARTY && !RecentParties.HOME.equals(t.id)) {
        lastPartyHere = t.id;
      }
      if (t.kind != TermKind.TITLE) {
        continue;
      }
      TitleEntry entry = t.term.titleEntry();
      String org = entry.of().orElse(null);
      if (words.isPartyTitle(t.term.alias())) {
        org = lastPartyHere != null ? lastPartyHere : recentParties.lastNotHome();
      }
      // English order: "KPRF Chairman", "Russian President".
      if (k > 0) {
        Item prev = items.get(k - 1);
        // not a place a preposition of place governs ("в ходе визита … в Республику
        // Вьетнам губернатор Анатолий Артамонов": where the governor went, not whose he is)
        if ((prev.kind == TermKind.PARTY || prev.kind == TermKind.PLACE)
            && Chars.isWhitespaceOnly(text, prev.end, t.start)
            && !(prev.kind == TermKind.PLACE && governedByPlaceWord(s, prev.start))) {
          org = orgOf(prev);
          if (prev.kind == TermKind.PLACE) {
            prev.emitted = true;
          }
        }
      }
      int end = t.end;
      int next = k + 1;
      while (next < items.size()) {
        // "Коммунистической партии Вьетнама (КПВ) Нгуен Фу Чонга": the abbreviation repeats the
        // name before it, and whatever it names is that name again
        end = afterAbbreviation(text, end);
        if (items.get(next).start < end) {
          next++;
          continue;
        }
        Item q = items.get(next);
        // "Tổng Bí thư Ban Chấp hành Trung ương Đảng …": an organisation's own words between (the
        // gap cut only for a party: most gaps run on to a far item and are ruled out unread), an
        // abbreviation in brackets among them ("Центрального комитета (ЦК)") left out
        boolean adjacent = Chars.isWhitespaceOnly(text, end, q.start)
            || words.isOfGap(text, end, q.start)
            // "Председатель «Единой России»": a party's name in quotes
            || q.kind == TermKind.PARTY && spacesAndQuotesOnly(text, end, q.start)
            || q.kind == TermKind.PARTY
                && isOrganisationName(withoutAbbreviations(text.substring(end, q.start)));
        if (!adjacent) {
          break;
        }
        // "Director General of Russia's State Atomic Energy Corporation": the office is of what
        // the country's possessive leads to, not of the country
        if (q.kind == TermKind.PLACE && MentionWords.possessiveAt(text, q.end) > 0) {
          break;
        }
        if (q.kind == TermKind.PLACE || q.kind == TermKind.PARTY) {
          String o = orgOf(q);
          if (o != null) {
            org = o;
          }
          end = q.end;
          next++;
        } else {
          // a person, or stacked titles ("Tổng Bí thư, Chủ tịch nước"): leave to the next title
          break;
        }
      }
      t.org = org;
      t.qualifiedEnd = end;
      if (next < items.size()) {
        Item q = items.get(next);
        if (q.kind == TermKind.PERSON && (Chars.isWhitespaceOnly(text, end, q.start)
            || quotedPartyBefore(items, next, end) && spacesAndQuotesOnly(text, end, q.start))) {
          t.attached = true;
          // with the titles stacked before this one (see stackedBeforeName)
          q.phraseStart = Math.min(q.phraseStart, t.start);
          q.title = text.substring(q.phraseStart, end);
          continue;
        }
      }
      if (entry.honorific()) {
        continue;
      }
      Item holder = stackedBeforeName(text, items, next, end);
      if (holder != null) {
        t.attached = true;
        holder.phraseStart = Math.min(holder.phraseStart, t.start);
        continue;
      }
      // Does a capitalised word follow? Then it names someone (maybe unlisted), not a stand-in.
      int j = end;
      while (j < text.length() && text.charAt(j) == ' ') {
        j++;
      }
      if (!titleCase && j > end && j < text.length() && Character.isUpperCase(text.charAt(j))) {
        if (starts == null) {
          // Items added below start at a title's start, which is already marked.
          starts = new boolean[text.length() + 1];
          for (Item i : items) {
            starts[i.start] = true;
          }
        }
        if (!starts[j]) {
          // "Chairman of the Russian Security Council Dmitry Medvedev": the phrase is the name's
          Item named = nameOfPhrase(text, items, next, end);
          if (named != null) {
            named.phraseStart = Math.min(named.phraseStart, t.start);
          }
          continue;
        }
      }
      if (org == null && ofUnknownOrganisation(text, items, end)) {
        // "Ho Cong Ky - Chairman of the Board of Directors of PetroVietnam Power Corporation": the
        // office of an organisation the registry does not know, so of no holder it knows
        continue;
      }
      String id = org == null && entry.notOf().isPresent()
          ? recentPersons.lastWithRoleNotOf(t.term.id(), entry.notOf().get())
          : standIn(t.term.id(), org, recentPersons);
      Item named = id == null ? null : nameOfPhrase(text, items, next, end);
      if (named != null && named.id.equals(id)) {
        // "Chairman of the State Duma of the Federal Assembly of Russia Vyacheslav Volodin": the
        // title's phrase runs on to the name of the very person it would stand for
        t.attached = true;
        named.phraseStart = Math.min(named.phraseStart, t.start);
        named.title = text.substring(named.phraseStart, named.start).strip();
        continue;
      }
      if (id != null) {
        Item p = new Item(TermKind.PERSON, id, t.start, end, t.term);
        p.title = text.substring(t.start, end);
        items.add(k + 1, p);
        t.attached = true;
        k++;
      }
    }
    items.removeIf(i -> i.kind == TermKind.PERSON && i.id == null);
  }

  /**
   * Whether the title ending at {@code end} is stacked on a later one that a name follows ({@code
   * Deputy Prime Minister and Foreign Minister Pham Binh Minh}, {@code Tổng Bí thư, Chủ tịch nước
   * Tô Lâm}): then it is that person's title too, and stands for no one else. Returns that person,
   * or null.
   */
  private Item stackedBeforeName(String text, List<Item> items, int next, int end) {
    boolean joined = false;
    for (int j = next; j < items.size(); j++) {
      Item q = items.get(j);
      String gap = text.substring(end, q.start);
      if (q.kind == TermKind.TITLE && words.isTitleJoiner(gap)) {
        joined = true;
      } else if (!joined || !(gap.isBlank() || words.isOfGap(gap))) {
        return null;
      } else if (q.kind == TermKind.PERSON) {
        return q;
      } else if (q.kind != TermKind.PLACE && q.kind != TermKind.PARTY && q.kind != TermKind.TITLE) {
        return null;
      }
      end = q.end;
    }
    return null;
  }

  /**
   * The person named at the end of a title's phrase that goes on past {@code end} with
   * capitalised words, places, parties, institutions, "of" words and words of where the office is
   * only ({@code … of the Federal Assembly of Russia Vyacheslav Volodin}), or null.
   */
  private Item nameOfPhrase(String text, List<Item> items, int next, int end) {
    int j = end;
    int k = next;
    for (int n = 0; n < MAX_PHRASE_WORDS && j < text.length(); n++) {
      while (j < text.length() && text.charAt(j) == ' ') {
        j++;
      }
      while (k < items.size() && items.get(k).start < j) {
        k++;
      }
      if (k < items.size() && items.get(k).start == j) {
        Item q = items.get(k);
        if (q.kind == TermKind.PERSON) {
          return q;
        }
        if (q.kind != TermKind.PLACE && q.kind != TermKind.PARTY
            && q.kind != TermKind.INSTITUTION) {
          return null;
        }
        j = q.end;
        continue;
      }
      int e = UntitledNames.wordEnd(text, j);
      if (e == j) {
        return null;
      }
      if (!Character.isUpperCase(text.charAt(j))) {
        // a run of lower-case words must be an "of" gap ("of the")
        while (e + 1 < text.length() && text.charAt(e) == ' '
            && Character.isLowerCase(text.charAt(e + 1))) {
          e = UntitledNames.wordEnd(text, e + 1);
        }
        // or the word before where the office is ("Đại sứ Việt Nam tại LB Nga Đặng Minh Khôi")
        if (!words.isOfGap(" " + text.substring(j, e) + " ")
            && !words.isOfficePlaceWord(text.substring(j, e))) {
          return null;
        }
      }
      j = e;
    }
    return null;
  }

  /**
   * Where the text goes on after an abbreviation in brackets that starts at {@code from} after
   * spaces ({@code (ЦК)}, {@code (CPV)}): capital letters only, two to eight; {@code from} if
   * there is none.
   */
  private static int afterAbbreviation(String text, int from) {
    int open = from;
    while (open < text.length() && text.charAt(open) == ' ') {
      open++;
    }
    if (open >= text.length() || text.charAt(open) != '(') {
      return from;
    }
    int close = open + 1;
    while (close < text.length() && Character.isUpperCase(text.charAt(close))) {
      close++;
    }
    int letters = close - open - 1;
    return letters >= 2 && letters <= 8 && close < text.length() && text.charAt(close) == ')'
        ? close + 1 : from;
  }

  /** {@code gap} without the abbreviations in brackets in it ({@link #afterAbbreviation}). */
  private static String withoutAbbreviations(String gap) {
    int open = gap.indexOf('(');
    if (open < 0) {
      return gap; // most gaps
    }
    StringBuilder b = new StringBuilder();
    int from = 0;
    while (open >= 0) {
      int after = afterAbbreviation(gap, open);
      b.append(gap, from, open);
      from = after;
      open = gap.indexOf('(', Math.max(after, open + 1));
    }
    return b.append(gap, from, gap.length()).toString();
  }

  /**
   * Whether {@code gap} reads as the name of a body of an organisation: capitalised words, at most
   * two lower-case syllables in a row ({@code Ban Chấp hành Trung ương}), nothing else, and no
   * person's name in it: a Vietnamese family name followed by two capitalised words ({@code Party
   * Committee Dinh Tien Dung met}).
   */
  private boolean isOrganisationName(String gap) {
    String g = gap.strip();
    if (g.isEmpty() || !Character.isUpperCase(g.charAt(0))) {
      return false;
    }
    String[] ws = spaceSeparated(g);
    int lowerRun = 0;
    for (int i = 0; i < ws.length; i++) {
      String w = ws[i];
      if (!allLetters(w)) {
        return false;
      }
      lowerRun = Character.isUpperCase(w.charAt(0)) ? 0 : lowerRun + 1;
      if (lowerRun > 2 || i + 2 < ws.length && words.isSurnameAsWritten(w)
          && Character.isUpperCase(ws[i + 1].charAt(0))
          && Character.isUpperCase(ws[i + 2].charAt(0))) {
        return false;
      }
    }
    return ws.length <= 8;
  }

  /**
   * {@code text.split(" +")} for a text that does not start with a space, without a regex: every
   * gap between a title and a party is asked.
   */
  private static String[] spaceSeparated(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int e = text.indexOf(' ', i);
      if (e < 0) {
        e = n;
      }
      out.add(text.substring(i, e));
      i = e;
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
    }
    return out.toArray(new String[0]);
  }

  private static boolean allLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Chars.isLetter(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The country a title's phrase places its holder in through {@code q}: a country's or a party's
   * org, or a city's or region's country ("Deputy Governor of Krasnodar" is Russian, though of no
   * org).
   */
  static String countryOf(Item q) {
    if (q.kind == TermKind.PLACE && q.term != null) {
      PlaceEntry pe = q.term.placeEntry().orElse(null);
      if (pe != null && (pe.isCity() || pe.isRegion())) {
        return pe.country();
      }
    }
    return orgOf(q);
  }

  /**
   * The organisation a party or place mention names: the party, or a country (not a city or
   * region).
   */
  static String orgOf(Item q) {
    if (q.kind == TermKind.PARTY) {
      return q.id;
    }
    if (q.kind == TermKind.PLACE && q.term != null) {
      PlaceEntry pe = q.term.placeEntry().orElse(null);
      if (pe != null) {
        // "President of Tatarstan" holds no office of Russia's
        return pe.isCity() || pe.isRegion() ? null : pe.country();
      }
    }
    return null;
  }

  /**
   * The person a title without a name stands for: a holder of the office whom the article names
   * (at its year, when known). An office alone names no one ("the President of Russia").
   */
  private String standIn(String role, String org, RecentPersons recentPersons) {
    if (org == null) {
      return recentPersons.lastWithRole(role);
    }
    String holder = holdersNamed.computeIfAbsent(role, k -> new HashMap<>())
        .computeIfAbsent(org, k -> Optional.ofNullable(holderNamed(role, org))).orElse(null);
    return holder != null ? holder : unlistedHolder(role, org);
  }

  /**
   * The one person the registry does not list whom the article introduced with this office
   * ("Глава МЧС России Александр Куренков" … "глава МЧС РФ встретился"), or null.
   */
  private String unlistedHolder(String role, String org) {
    return onlyHolder(unlisted.persons().values(),
        x -> x.role().equals(role) && x.of().equals(org)).map(p -> p.id().value()).orElse(null);
  }

  /** The one of {@code persons} who held a position {@code held} accepts, if only one did. */
  static Optional<Person> onlyHolder(Iterable<Person> persons, Predicate<Position> held) {
    Person only = null;
    for (Person p : persons) {
      if (p.positions().stream().anyMatch(held)) {
        if (only != null) {
          return Optional.empty();
        }
        only = p;
      }
    }
    return Optional.ofNullable(only);
  }

  /** The holder of office {@code role} of {@code org} whom the article names, or null. */
  private String holderNamed(String role, String org) {
    // loops, not streams, and the year's holders among the named ones only (the named are a few
    // of the office's holders, in the same order): every office a title names asks this
    List<Person> named = new ArrayList<>();
    for (Person p : lexicon.holders(role, org)) {
      if (fullMentions.contains(p.id().value())
          && !fullMentions.titledOnlyOtherwise(p.id().value(), role)) {
        named.add(p);
      }
    }
    if (articleYear.isPresent()) {
      int y = articleYear.getAsInt();
      Person only = null;
      int both = 0;
      for (Person p : named) {
        if (heldAt(p, role, org, y)) {
          only = p;
          both++;
        }
      }
      if (both == 1) {
        return only.id().value();
      }
      // a holder long before the article's time (Lenin, for "Chairman of the Russian …" in 2021)
      named.removeIf(p -> !heldSince(p, role, org, y - RECENT_YEARS));
    }
    if (named.size() == 1) {
      return named.get(0).id().value();
    }
    return null;
  }

  /** Whether {@code p} held {@code role} of {@code org} in year {@code y}. */
  static boolean heldAt(Person p, String role, String org, int y) {
    for (Position x : p.positions()) {
      if (x.role().equals(role) && x.of().equals(org) && x.heldIn(y)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code p} held {@code role} of {@code org} in year {@code y} or later. */
  private static boolean heldSince(Person p, String role, String org, int y) {
    for (Position x : p.positions()) {
      if (x.role().equals(role) && x.of().equals(org) && x.to().orElse(y) >= y) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the title ending at {@code end} goes on with "of" and a capitalised word that starts
   * no place, party or person the text names: an organisation's name the registry does not know.
   */
  private boolean ofUnknownOrganisation(String text, List<Item> items, int end) {
    int w = end;
    while (w < text.length() && w - end <= MAX_OF_GAP && !Character.isUpperCase(text.charAt(w))) {
      w++;
    }
    if (w >= text.length() || !Character.isUpperCase(text.charAt(w))
        || !words.isOfGap(text, end, w)) {
      return false;
    }
    for (Item i : items) {
      if (i.start <= w && w < i.end) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[a, b)} holds only spaces and quotation marks. */
  private static boolean spacesAndQuotesOnly(String text, int a, int b) {
    for (int i = a; i < b; i++) {
      if (text.charAt(i) != ' ' && QUOTES.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether the item before {@code next} is a party's name ending at {@code end}. */
  private static boolean quotedPartyBefore(List<Item> items, int next, int end) {
    return next > 0 && items.get(next - 1).kind == TermKind.PARTY && items.get(next - 1).end == end;
  }
}
