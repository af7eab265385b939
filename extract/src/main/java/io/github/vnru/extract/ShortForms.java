package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Language;
import io.github.vnru.model.Person;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 3: resolves short forms (a Vietnamese given name such as {@code Phúc}) to the person of
 * that short form named in full nearest before; in Vietnamese only right after a title. A short
 * form that names no one the article names in full is dropped.
 */
final class ShortForms {
  private final Lexicon lexicon;
  private final Language language;
  private final FullMentions fullMentions;

  ShortForms(Lexicon lexicon, Language language, FullMentions fullMentions) {
    this.lexicon = lexicon;
    this.language = language;
    this.fullMentions = fullMentions;
  }

  void resolve(Scanned s, List<Item> items) {
    // made at the first short form dropped: most sentences have none
    Set<Item> drop = null;
    boolean[] titleEnds = null;
    for (Item it : items) {
      if (it.kind != TermKind.PERSON || it.id != null) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      // all persons with this short form
      for (Person p : lexicon.shortFormPersons(s.text().substring(it.start, it.end))) {
        ids.add(p.id().value());
      }
      Optional<String> id = fullMentions.nearest(ids, s.sentence.start() + it.start);
      boolean licensed = language == Language.ENGLISH;
      if (!licensed) {
        if (titleEnds == null) {
          titleEnds = new boolean[s.text().length() + 1];
          for (Item t : items) {
            if (t.kind == TermKind.TITLE) {
              titleEnds[t.end] = true;
            }
          }
        }
        licensed = titleBefore(s.text(), titleEnds, it);
      }
      if (id.isPresent() && licensed) {
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

  /** Whether a title ends right before {@code it}, with only white space between. */
  private static boolean titleBefore(String text, boolean[] titleEnds, Item it) {
    int k = it.start;
    while (true) {
      if (titleEnds[k]) {
        return true;
      }
      if (k == 0) {
        return false;
      }
      int cp = text.codePointBefore(k);
      if (!Character.isWhitespace(cp)) {
        return false;
      }
      k -= Character.charCount(cp);
    }
  }
}
