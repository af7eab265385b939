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
 * person is as near: the surname within {@link Lexicon#surnameLetters}, as {@link
 * Lexicon#nearSurnames} reads it, and the given name within two letters. Vietnamese names are
 * left alone: close syllables are other people (Nguyễn Văn Anh is not Nguyễn Văn An).
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
            && Lexicon.withinLetters(name[1], listed.surname(),
                Lexicon.surnameLetters(listed.surname().length()))
            && Lexicon.withinLetters(name[0], listed.given(), GIVEN_LETTERS)) {
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
}
