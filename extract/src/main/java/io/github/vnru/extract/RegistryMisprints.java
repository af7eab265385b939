package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.extract.internal.NameKeys;
import io.github.vnru.extract.internal.Term.TermKind;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 11: a Russian name the registry does not list, printed a letter or two off a listed
 * Russian's given name and surname ("Vladislav Valerievich Shappha" for Vladislav Shapsha,
 * "Gennedy Kraniskov" for Gennady Krasnikov), is that person misprinted, when no other listed
 * person is as near. The surname may be off by one letter, or by two when it has eight or more
 * (as {@link Lexicon#nearSurnames}); a Russian surname one letter off another is often another
 * surname (Lavrov, Lavrin), which the uniqueness and the given name guard against. Vietnamese
 * names are left alone: close syllables are other people (Nguyễn Văn Anh is not Nguyễn Văn An).
 */
final class RegistryMisprints {
  /** How many letters a given name may be off. */
  private static final int GIVEN_LETTERS = 2;

  private RegistryMisprints() {}

  static void merge(List<Scanned> sentences, Map<PersonId, Person> unlisted, Lexicon lexicon,
      MentionWords words) {
    NameKeys keys = lexicon.nameKeys();
    Map<String, String> renamed = new HashMap<>();
    for (Person p : unlisted.values()) {
      if (!p.country().map("RU"::equals).orElse(true)) {
        continue;
      }
      String[] name = givenAndSurname(p.name(), keys);
      if (name == null || words.isSurname(name[0])) {
        continue;
      }
      String found = null;
      for (Person listed : lexicon.persons().values()) {
        if (listed.country().map("RU"::equals).orElse(false) && spelledNear(name, listed, keys)) {
          if (found != null) {
            found = null; // two as near: neither is sure
            break;
          }
          found = listed.id().value();
        }
      }
      if (found != null) {
        renamed.put(p.id().value(), found);
      }
    }
    if (renamed.isEmpty()) {
      return;
    }
    for (Scanned s : sentences) {
      for (Item it : s.items) {
        if (it.kind == TermKind.PERSON) {
          it.id = renamed.getOrDefault(it.id, it.id);
        }
      }
    }
  }

  /** Whether one of {@code listed}'s names of a given name and a surname is near {@code name}. */
  private static boolean spelledNear(String[] name, Person listed, NameKeys keys) {
    List<String> spellings = new ArrayList<>(listed.names().values());
    spellings.add(listed.name());
    spellings.addAll(listed.aliases());
    for (String spelling : spellings) {
      String[] other = givenAndSurname(spelling, keys);
      if (other != null && near(name[0], other[0], GIVEN_LETTERS)
          && near(name[1], other[1], surnameLetters(other[1]))) {
        return true;
      }
    }
    return false;
  }

  /** As {@link Lexicon#nearSurnames}: two letters off a long surname, one off a shorter one. */
  private static int surnameLetters(String surname) {
    return surname.length() >= 8 ? 2 : surname.length() >= 5 ? 1 : 0;
  }

  /** Whether {@code a} is within {@code letters} of {@code b}, both starting with one letter. */
  private static boolean near(String a, String b, int letters) {
    return a.charAt(0) == b.charAt(0) && Math.abs(a.length() - b.length()) <= letters
        && Folding.editDistance(a, b) <= letters;
  }

  /**
   * The folded given name and surname of {@code name}: its two words, or its first and last when
   * a patronymic stands between; null for any other shape (initials, a surname alone).
   */
  private static String[] givenAndSurname(String name, NameKeys keys) {
    String[] w = Lexicon.fold(name).strip().split("\\s+");
    if (w.length == 3 && keys.isPatronymicWord(w[1])) {
      w = new String[] {w[0], w[2]};
    }
    if (w.length != 2 || w[0].length() < 2 || w[1].length() < 2
        || w[0].endsWith(".") || w[1].endsWith(".")) {
      return null;
    }
    return w;
  }
}
