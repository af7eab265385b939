package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.TitleEntry;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 6: officials the registry does not list, named by capitalised words right after a title
 * that names no one yet ({@code Deputy Speaker Ivan Petrov}), or right before one after a comma or
 * dash ({@code Ivan Petrov, Deputy Speaker of the State Duma}). {@link UnlistedPersons} says who
 * the words name.
 */
final class UnlistedOfficials {
  private static final String BEFORE_TITLE_SEPARATORS = ",–—";

  private final Lexicon lexicon;
  private final UnlistedPersons unlisted;

  UnlistedOfficials(Lexicon lexicon, UnlistedPersons unlisted) {
    this.lexicon = lexicon;
    this.unlisted = unlisted;
  }

  /** Names after a title: {@code Phó Chủ tịch Hội đồng Liên bang Ivan Petrov}. */
  void findAfterTitles(Scanned s, List<Item> items) {
    String text = s.text();
    List<Item> added = new ArrayList<>();
    Map<Integer, Item> byStart = null;
    boolean[] covered = null;
    for (int k = 0; k < items.size(); k++) {
      Item t = items.get(k);
      if (t.kind != TermKind.TITLE || t.attached) {
        continue;
      }
      if (byStart == null) {
        // items does not change in this loop (new ones go to added), so index it once
        byStart = new HashMap<>();
        for (Item i : items) {
          byStart.putIfAbsent(i.start, i);
        }
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
      boolean comma = false;
      while (p < text.length() && guard++ < 14) {
        while (p < text.length() && text.charAt(p) == ' ') {
          p++;
        }
        // "Deputy Minister Senior Lieutenant General, Nguyen Chi Vinh": a comma may close the title
        if (!comma && p + 1 < text.length() && text.charAt(p) == ',' && text.charAt(p + 1) == ' ') {
          comma = true;
          p++;
          continue;
        }
        Item h = byStart.get(p);
        if (h != null) {
          if (h.kind == TermKind.PERSON) {
            break;
          }
          if (h.kind == TermKind.PLACE || h.kind == TermKind.PARTY) {
            String o = TitleResolver.orgOf(h);
            if (o != null) {
              country = isCountryCode(o) ? o : unlisted.partyCountry(o, country);
            }
          }
          p = h.end;
          continue;
        }
        int e = tokenEnd(text, p);
        if (e == p) {
          break;
        }
        String tok = text.substring(p, e);
        if (Character.isUpperCase(tok.codePointAt(0)) && !lexicon.isTitleWord(tok)) {
          nameStart = p;
          break;
        }
        if (!lexicon.isTitleWord(tok)) {
          break;
        }
        p = e;
      }
      if (nameStart < 0) {
        continue;
      }
      List<String> tokens = new ArrayList<>();
      int q = nameStart;
      int nameEnd = nameStart;
      while (q < text.length() && tokens.size() < 5) {
        int e = tokenEnd(text, q);
        if (e == q) {
          break;
        }
        String tok = text.substring(q, e);
        if (!Character.isUpperCase(tok.codePointAt(0)) || covered[q]) {
          break;
        }
        tokens.add(tok);
        nameEnd = e;
        if (e < text.length() && text.charAt(e) == ' ' && e + 1 < text.length()
            && Character.isUpperCase(text.charAt(e + 1))) {
          q = e + 1;
        } else {
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
      String id =
          unlisted.personFor(text.substring(nameStart, nameEnd), tokens, entry, org, country,
              text.substring(t.start, t.end));
      if (id == null) {
        continue;
      }
      Item it = new Item(TermKind.PERSON, id, nameStart, nameEnd, null);
      it.title = t.attached ? null : text.substring(t.start, t.qualifiedEnd);
      it.phraseStart = t.start;
      t.attached = true;
      added.add(it);
    }
    items.addAll(added);
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
        String tok = text.substring(a, e);
        if (!Character.isUpperCase(tok.codePointAt(0)) || Coverage.overlaps(covered, a, e)
            || lexicon.isTitleWord(tok)) {
          break;
        }
        tokens.add(0, tok);
        nameStart = a;
        nameEnd = nameEnd < 0 ? e : nameEnd;
        p = a;
      }
      if (tokens.size() < 2 || tokens.size() > 4) {
        continue;
      }
      String org = t.org;
      String country = org == null ? null
          : isCountryCode(org) ? org : unlisted.partyCountry(org, null);
      String id = unlisted.personFor(text.substring(nameStart, nameEnd), tokens, entry, org,
          country, text.substring(t.start, t.end));
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

  /** The end of the word at {@code p}; an initial ({@code V.}) keeps its full stop. */
  private static int tokenEnd(String text, int p) {
    int e = p;
    while (e < text.length()) {
      char c = text.charAt(e);
      if (isWordChar(c)) {
        e++;
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
