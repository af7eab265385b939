package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Person;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Stage 4b: the bare party word of the language ({@code Đảng}, {@code Party}) names its party
 * when no mention covers it, no capitalised name stands on the side where the language names a
 * party ({@code Đảng Dân chủ Mỹ}, {@code the Democratic Party}; a place of the party's country is
 * no such name: {@code the Hanoi Party Committee}) and no plural marker precedes it
 * ({@code các Đảng}) nor a word that makes it a common noun follows it ({@code Đảng chính trị}).
 * After another party named in full in the sentence it is that party, unless its own country
 * follows it. Words from {@code mentions.tsv}.
 */
final class BareParties {
  private final MentionWords words;
  private final Lexicon lexicon;

  BareParties(MentionWords words, Lexicon lexicon) {
    this.words = words;
    this.lexicon = lexicon;
  }

  void add(Scanned s, List<Item> items) {
    String text = s.text();
    boolean[] covered = null;
    for (MentionWords.BareParty bare : words.bareParties()) {
      // find() in a loop, but the regex is tried only where its literal word occurs (and its
      // matcher made only then: most sentences have none of the words)
      Matcher m = null;
      int from = 0;
      for (int at = text.indexOf(bare.word()); at >= 0; at = text.indexOf(bare.word(), from)) {
        if (m == null) {
          m = bare.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        if (!m.region(at, text.length()).lookingAt()) {
          from = at + 1;
          continue;
        }
        int a = m.start();
        int b = m.end();
        from = b;
        if (covered == null) {
          covered = Coverage.of(text, items);
        }
        if (Coverage.overlaps(covered, a, b)) {
          continue;
        }
        int kind = partyKindBefore(text, a);
        if (kind >= 0 && memberNamedAfter(text, b, items, bare.party())) {
          a = kind; // "Communist Party General Secretary Nguyen Phu Trong": his party
        } else if (bare.nameBefore()
            ? capitalisedWordBefore(text, a) && !ownCountryPlaceBefore(text, a, items, bare)
                && !organBefore(text, a)
            : capitalisedWordAfter(text, b) || quotedNameAfter(text, b)) {
          continue; // "Đảng Dân chủ Mỹ", "the Democratic Party": some other party
        }
        if (words.pluralBeforeParty(text, a) || words.commonAfterParty(text, b)) {
          continue;
        }
        // "Đảng, Nhà nước Việt Nam": its own country named soon after, the word is its own party
        String party = ownCountryPlaceAfter(text, b, items, bare)
            ? bare.party() : partyNamedBefore(items, a, bare.party());
        items.add(new Item(TermKind.PARTY, party, a, b, null));
        Arrays.fill(covered, a, b, true);
      }
      if (bare.nameBefore()) {
        addLowerCase(text, items, bare);
      }
    }
  }

  /**
   * The party the sentence named in full before {@code at} ("các Đại hội Đảng Cộng sản Liên Xô và
   * những hoạt động quốc tế của Đảng": the Soviet party's), else {@code own}.
   */
  private static String partyNamedBefore(List<Item> items, int at, String own) {
    String last = own;
    for (Item it : items) {
      if (it.kind == TermKind.PARTY && it.end <= at) {
        last = it.id;
      }
    }
    return last;
  }

  /**
   * The bare word in lower case is the common noun ("a party was held"), unless the titles right
   * after it lead to the name of one of its party's members ({@code party Secretary General Nguyen
   * Phu Trong}).
   */
  private void addLowerCase(String text, List<Item> items, MentionWords.BareParty bare) {
    String word = bare.word().toLowerCase(Locale.ROOT);
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
          && end < text.length() && text.charAt(end) == ' '
          && !UntitledNames.overlapsAny(items, at, end)
          && memberNamedAfter(text, end, items, bare.party())) {
        items.add(new Item(TermKind.PARTY, bare.party(), at, end, null));
      }
    }
  }

  /**
   * Marks the party a title's own words name with the bare party word ({@code Ủy viên Trung ương
   * Đảng}, {@code Member of the Party Central Committee}): the title covers the word, so
   * {@link #add} never sees it.
   */
  void addInsideTitles(Scanned s, List<Item> items) {
    String text = s.text();
    for (Item t : items) {
      if (t.kind != TermKind.TITLE) {
        continue;
      }
      for (MentionWords.BareParty bare : words.bareParties()) {
        int at = text.indexOf(bare.word(), t.start);
        if (at < 0 || at >= t.end) {
          continue;
        }
        Matcher m = bare.pattern().matcher(text).region(at, t.end)
            .useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
          t.partyInside = new Item(TermKind.PARTY, bare.party(), m.start(), m.end(), null);
          break;
        }
      }
    }
  }

  /**
   * Whether a place of the party's own country ends right before {@code a}, spaces or a possessive
   * between: "the Ho Chi Minh City Party Committee", "Da Nang's Party Committee" are the Communist
   * Party of Vietnam's committees of those cities.
   */
  private boolean ownCountryPlaceBefore(
      String text, int a, List<Item> items, MentionWords.BareParty bare) {
    String country = lexicon.party(bare.party()).country();
    for (Item i : items) {
      if (i.end <= a && isPlaceOf(i, country)
          && Chars.isWhitespaceOnly(text, i.end + MentionWords.possessiveAt(text, i.end), a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a place of {@code bare}'s country is named at most a few words after {@code b}. */
  private boolean ownCountryPlaceAfter(
      String text, int b, List<Item> items, MentionWords.BareParty bare) {
    String country = lexicon.party(bare.party()).country();
    for (Item i : items) {
      if (i.start >= b && Chars.atMostWords(text, b, i.start, OWN_COUNTRY_WORDS)
          && isPlaceOf(i, country)) {
        return true;
      }
    }
    return false;
  }

  /** How many words may stand between the bare word and its country ("Đảng và Nhà nước VN"). */
  private static final int OWN_COUNTRY_WORDS = 4;

  /** Whether {@code i} names a place of {@code country}. */
  private static boolean isPlaceOf(Item i, String country) {
    return i.kind == TermKind.PLACE && i.term != null
        && i.term.placeEntry().map(pe -> pe.country().equals(country)).orElse(false);
  }

  /**
   * Where the word right before {@code a}, spaces apart, starts if it says what kind of party the
   * bare word is ({@code Communist Party}), or -1.
   */
  private int partyKindBefore(String text, int a) {
    int w = UntitledNames.wordBefore(text, a);
    return w >= 0 && words.isPartyKind(text.substring(w, a).strip()) ? w : -1;
  }

  /**
   * Whether titles right after {@code b} lead to the name of a member of {@code party} ({@code
   * Party General Secretary Nguyen Phu Trong}): the party is the one its member holds office in.
   */
  private boolean memberNamedAfter(String text, int b, List<Item> items, String party) {
    int p = b;
    for (boolean moved = true; moved; ) {
      moved = false;
      while (p < text.length() && text.charAt(p) == ' ') {
        p++;
      }
      for (Item i : items) {
        if (i.start != p) {
          continue;
        }
        if (i.kind == TermKind.PERSON) {
          Person person = lexicon.person(i.id);
          return person != null
              && person.memberships().stream().anyMatch(m -> m.party().value().equals(party));
        }
        if (i.kind == TermKind.TITLE) {
          p = i.qualifiedEnd;
          moved = true;
          break;
        }
      }
    }
    return false;
  }

  /** Whether the word right before {@code a}, spaces apart, is a level of the party's organisation. */
  private boolean organBefore(String text, int a) {
    int w = UntitledNames.wordBefore(text, a);
    return w >= 0 && words.organBeforeParty(text.substring(w, a).strip());
  }

  /** Whether a capitalised word follows {@code end} after one space or more. */
  static boolean capitalisedWordAfter(String text, int end) {
    int j = end;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j > end && j < text.length() && Character.isUpperCase(text.charAt(j));
  }

  /** Whether a name in quotes follows {@code end}: {@code Партии «Единая Россия»} is that party. */
  private static boolean quotedNameAfter(String text, int end) {
    int j = end;
    while (j < text.length() && text.charAt(j) == ' ') {
      j++;
    }
    return j > end && j + 1 < text.length() && "«\"“„".indexOf(text.charAt(j)) >= 0
        && Character.isUpperCase(text.charAt(j + 1));
  }

  /**
   * Whether a capitalised word ends right before {@code a}, separated by spaces only, and is not
   * the sentence's first word ({@code The Party's line} names no other party).
   */
  private static boolean capitalisedWordBefore(String text, int a) {
    int j = a;
    while (j > 0 && text.charAt(j - 1) == ' ') {
      j--;
    }
    if (j == a) {
      return false;
    }
    int w = j;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '\'')) {
      w--;
    }
    return w < j && Character.isUpperCase(text.charAt(w)) && !text.substring(0, w).isBlank();
  }
}
