package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.extract.internal.TitleEntry;
import io.github.vnru.model.Language;
import io.github.vnru.model.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Stage 3: resolves short forms (a Vietnamese given name such as {@code Phúc}) to the person of
 * that short form named in full nearest before; in Vietnamese only right after a title. A short
 * form that names no one the article names in full is dropped, unless a title before it names the
 * office that one person of that short form held ({@code PM Phuc}).
 */
final class ShortForms {
  private final Lexicon lexicon;
  private final Language language;
  private final FullMentions fullMentions;
  private final OptionalInt publishedYear;
  private final MentionWords words;
  /** The article's sentences, for a namesake named in full anywhere in it. */
  private final List<Scanned> sentences;

  ShortForms(Lexicon lexicon, Language language, FullMentions fullMentions,
      OptionalInt publishedYear, MentionWords words, List<Scanned> sentences) {
    this.lexicon = lexicon;
    this.language = language;
    this.fullMentions = fullMentions;
    this.publishedYear = publishedYear;
    this.words = words;
    this.sentences = sentences;
  }

  void resolve(Scanned s, List<Item> items) {
    // made at the first short form dropped: most sentences have none
    Set<Item> drop = null;
    for (Item it : items) {
      if (it.kind != TermKind.PERSON || it.id != null) {
        continue;
      }
      // "Deputy Director Pham Bao Son": the last word of a longer Vietnamese name is that
      // name's, not a short form of someone else's
      if (endsAVietnameseName(s.text(), it.start)) {
        if (drop == null) {
          drop = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        drop.add(it);
        continue;
      }
      // all persons with this short form
      List<Person> persons = lexicon.shortFormPersons(s.text().substring(it.start, it.end));
      List<String> ids = new ArrayList<>();
      for (Person p : persons) {
        ids.add(p.id().value());
      }
      Optional<String> id = fullMentions.nearest(ids, s.sentence.start() + it.start);
      Item title = null;
      if (language != Language.ENGLISH || id.isEmpty()) {
        title = titleBefore(s.text(), items, it);
      }
      if (id.isEmpty() && title != null
          && !BareParties.capitalisedWordAfter(s.text(), it.end)) {
        // "PM Phuc" in an article that never names him in full: the one of that short form who
        // held the office (in the year of publication, if known: a year the text names may be a
        // recalled one's), unless the article names someone else of that name in full
        // "Ms. Ngan" in an article that calls her "the NA Chairwoman": after a form of address,
        // an office the article names elsewhere
        // "General Giang": a rank stands for the offices whose holders carry it
        TitleEntry entry = title.term.titleEntry();
        Collection<String> roles = entry.honorific() ? rolesNamed()
            : entry.offices().isEmpty() ? List.of(title.term.id()) : entry.offices();
        id = TitleResolver.onlyHolder(persons, x -> roles.contains(x.role())
                && (publishedYear.isEmpty() || x.heldIn(publishedYear.getAsInt())))
            .filter(p -> !namesakeNamed(s.text().substring(it.start, it.end), p))
            .map(p -> p.id().value());
      }
      // English reports call a Vietnamese named in full before by the given name alone, Russian
      // ones too where no capitalised word stands before it ("Путин и Мань", not the end of
      // "Нгуен Ван Лам"); Vietnamese ones only after a title
      boolean alone = language == Language.ENGLISH || language == Language.RUSSIAN
          && capitalisedWordBefore(s.text(), it.start) < 0;
      if (id.isPresent() && (alone || title != null)) {
        it.id = id.get();
      } else {
        if (drop == null) {
          drop = Collections.newSetFromMap(new IdentityHashMap<>());
        }
        drop.add(it);
      }
    }
    if (drop != null) {
      items.removeIf(drop::contains);
    }
  }

  /** The offices the article's titles name, forms of address aside; made at the first ask. */
  private Set<String> rolesNamed;

  private Set<String> rolesNamed() {
    if (rolesNamed == null) {
      rolesNamed = new HashSet<>();
      for (Scanned x : sentences) {
        for (Item t : x.items) {
          if (t.kind == TermKind.TITLE && !t.term.titleEntry().honorific()) {
            rolesNamed.add(t.term.id());
          }
        }
      }
    }
    return rolesNamed;
  }

  /**
   * Whether the word at {@code at} ends a Vietnamese name: one or two capitalised words right
   * before it, one space apart, the first a Vietnamese surname ({@code Pham Bao Son}).
   */
  private boolean endsAVietnameseName(String t, int at) {
    int start = at;
    for (int n = 0; n < 2; n++) {
      int w = capitalisedWordBefore(t, start);
      if (w < 0) {
        return false;
      }
      if (words.isSurname(Lexicon.fold(t.substring(w, start - 1)))) {
        return true;
      }
      start = w;
    }
    return false;
  }

  /**
   * Whether the article names, in full, someone else whose name ends in {@code shortForm}: a
   * Vietnamese surname and one or two more capitalised words before it ({@code Hoàng Minh Sơn}).
   */
  private boolean namesakeNamed(String shortForm, Person holder) {
    Set<String> holderNames = new HashSet<>();
    holderNames.add(Lexicon.fold(holder.name()));
    holder.names().values().forEach(n -> holderNames.add(Lexicon.fold(n)));
    holder.aliases().forEach(n -> holderNames.add(Lexicon.fold(n)));
    for (Scanned s : sentences) {
      String t = s.text();
      for (int at = t.indexOf(shortForm); at >= 0; at = t.indexOf(shortForm, at + 1)) {
        int start = at;
        for (int n = 0; n < 3; n++) {
          int w = capitalisedWordBefore(t, start);
          if (w < 0) {
            break;
          }
          String full = t.substring(w, at + shortForm.length());
          if (n > 0 && words.isSurname(Lexicon.fold(t.substring(w, start - 1)))
              && !holderNames.contains(Lexicon.fold(full))) {
            return true;
          }
          start = w;
        }
      }
    }
    return false;
  }

  /** The start of the capitalised word one space before {@code start}, or -1. */
  private static int capitalisedWordBefore(String t, int start) {
    int end = start - 1;
    if (end <= 0 || t.charAt(end) != ' ') {
      return -1;
    }
    int w = end;
    while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
      w--;
    }
    return w == end || !Character.isUpperCase(t.charAt(w)) ? -1 : w;
  }

  /**
   * The last of the titles among {@code items} that ends at {@code k}, or null: a scan, as a
   * sentence has few items.
   */
  private static Item lastTitleEndingAt(List<Item> items, int k) {
    Item last = null;
    for (int j = 0; j < items.size(); j++) {
      Item t = items.get(j);
      if (t.kind == TermKind.TITLE && t.end == k) {
        last = t;
      }
    }
    return last;
  }

  /** The title that ends right before {@code it}, with only white space between, or null. */
  private static Item titleBefore(String text, List<Item> items, Item it) {
    int k = it.start;
    while (true) {
      Item title = lastTitleEndingAt(items, k);
      if (title != null) {
        return title;
      }
      if (k == 0) {
        return null;
      }
      int cp = text.codePointBefore(k);
      if (!Character.isWhitespace(cp)) {
        return null;
      }
      k -= Character.charCount(cp);
    }
  }
}
