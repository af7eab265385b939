package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Lexicon;
import io.github.vnru.extract.internal.Lexicon.GivenAndSurname;
import io.github.vnru.extract.internal.MentionWords;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 11: a Russian name the registry does not list, printed a letter or two off a listed
 * Russian's given name and surname ("Vladislav Valerievich Shappha" for Vladislav Shapsha,
 * "Gennedy Kraniskov" for Gennady Krasnikov), is that person misprinted, when no other listed
 * person is as near. The surname may be off by one letter, or by two when it has eight or more
 * (as {@link Lexicon#nearSurnames}): a short surname two letters off another is often another
 * (Lavrov, Lavrin), and the given name must agree too. Vietnamese names are left alone: close
 * syllables are other people (Nguyễn Văn Anh is not Nguyễn Văn An).
 */
final class RegistryMisprints {
  /** How many letters a given name may be off. */
  private static final int GIVEN_LETTERS = 2;

  private RegistryMisprints() {}

  static void merge(List<Scanned> sentences, Map<PersonId, Person> unlisted, Lexicon lexicon,
      MentionWords words) {
    Map<String, String> renamed = new HashMap<>();
    for (Person p : unlisted.values()) {
      if (!p.country().map("RU"::equals).orElse(true)) {
        continue;
      }
      String[] name = lexicon.givenAndSurname(p.name());
      if (name == null || words.isSurname(name[0])) {
        continue;
      }
      Person found = null;
      for (GivenAndSurname listed : lexicon.russianNames()) {
        if (found != listed.person()
            && near(name[1], listed.surname(), surnameLetters(listed.surname()))
            && near(name[0], listed.given(), GIVEN_LETTERS)) {
          if (found != null) {
            found = null; // two as near: neither is sure
            break;
          }
          found = listed.person();
        }
      }
      if (found != null) {
        renamed.put(p.id().value(), found.id().value());
      }
    }
    MisprintedNames.rename(sentences, renamed);
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
}
