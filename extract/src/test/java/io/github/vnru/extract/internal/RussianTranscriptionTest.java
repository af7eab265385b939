package io.github.vnru.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.Registry;
import io.github.vnru.model.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Russian transcription of Vietnamese names ({@code lang/ru/vietnamese-names.tsv}). */
final class RussianTranscriptionTest {
  private static final RussianTranscription RU = RussianTranscription.defaults();

  /**
   * The registry's Russian names that are traditional rather than by the transcription rules, with
   * the reason; each is still matched, since the registry lists it.
   */
  private static final Map<String, String> TRADITIONAL = Map.of(
      // the name Russian has used since the 1940s; by the rules Хо Тьи Минь
      "ho-chi-minh", "Хо Ши Мин",
      // the general's name as Soviet papers wrote it; by the rules Во Нгуен Зяп (gia is зя)
      "vo-nguyen-giap", "Во Нгуен Зиап");

  @Test
  void everyVietnamesePersonsRussianName_isTheGeneratedStandardSpelling() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Person p : Registry.defaults().persons()) {
      String ru = p.names().get("ru");
      if (!p.country().map("VN"::equals).orElse(false) || ru == null) {
        continue;
      }
      checked++;
      List<String> generated = RU.spell(p.names().getOrDefault("vi", p.name()));
      String standard = generated.isEmpty() ? null : generated.get(0);
      String id = p.id().value();
      if (TRADITIONAL.containsKey(id)) {
        assertEquals(TRADITIONAL.get(id), ru, id + ": the registry's traditional spelling");
        assertTrue(!ru.equals(standard), id + " is regular now: drop it from TRADITIONAL");
      } else if (!ru.equals(standard)) {
        wrong.add(id + ": registry " + ru + ", generated " + standard);
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(92, checked, "Vietnamese persons with a Russian name");
  }

  @ParameterizedTest
  @CsvSource({
    "Nguyễn Phú Trọng, Нгуен Фу Чонг",
    "Lương Cường, Лыонг Кыонг",
    "Phạm Minh Chính, Фам Минь Тьинь",
    "Trần Đại Quang, Чан Дай Куанг",
    "Nguyễn Hòa Bình, Нгуен Хоа Бинь",
    "Nguyễn Tấn Dũng, Нгуен Тан Зунг",
    "Trương Tấn Sang, Чыонг Тан Шанг",
    "Vương Đình Huệ, Выонг Динь Хюэ",
    "Đỗ Mười, До Мыой",
    "Lê Khả Phiêu, Ле Кха Фиеу",
    "Phạm Gia Khiêm, Фам Зя Кхием",
    "Ngô Xuân Lịch, Нго Суан Лить",
    "Nguyễn Thiện Nhân, Нгуен Тхиен Нян",
    "Đinh Thế Huynh, Динь Тхе Хюинь",
    "Trần Quốc Vượng, Чан Куок Выонг",
    "Lương Thanh Nghị, Лыонг Тхань Нги",
    "Võ Thị Ánh Xuân, Во Тхи Ань Суан",
    "Phú Yên, Фу Йен",
    "Tuyên Quang, Туен Куанг",
  })
  void standardSpelling(String vietnamese, String russian) {
    assertEquals(russian, RU.spell(vietnamese).get(0));
  }

  @Test
  void variants_followOnePracticeWithinAName() {
    // ư as у, as some papers write it: the whole name at once, never mixed
    assertEquals(List.of("Лыонг Там Куанг", "Луонг Там Куанг"), RU.spell("Lương Tam Quang"));
    assertEquals(List.of("Лыонг Кыонг", "Луонг Куонг"), RU.spell("Lương Cường"));
    assertEquals(List.of("Нгуен Фу Чонг"), RU.spell("Nguyễn Phú Trọng"));
  }

  @Test
  void toneMarksAreDropped_letterMarksKept() {
    assertEquals("Thương Ơ", RussianTranscription.withoutTones("Thưởng Ờ"));
    // NFD input too
    assertEquals(RU.spell("Trọng"), RU.spell(java.text.Normalizer.normalize(
        "Trọng", java.text.Normalizer.Form.NFD)));
  }

  @Test
  void aNameWithLettersNoRuleKnows_getsNoSpelling() {
    assertEquals(List.of(), RU.spell("Wolfgang Schulz"));
    assertEquals(List.of(), RU.spell("Y Wang"));
  }

  @Test
  void aNameEndingInAConsonant_isDeclined_oneEndingInAVowelIsNot() {
    assertEquals(List.of("Фам Зя Кхиема", "Фам Зя Кхиему", "Фам Зя Кхиемом", "Фам Зя Кхиеме"),
        RU.declined("Фам Зя Кхием"));
    assertEquals(List.of(), RU.declined("Нгуен Тхи Ха"));
  }

  @Test
  void malformedRules_nameFileAndLine() {
    String file = "lang/ru/vietnamese-names.tsv";
    for (String[] bad : new String[][] {
        {"anywhere", "a", "а"}, {"any", "á", "а"}, {"any", "A", "а"}, {"any", "a", "a"},
        {"any", "a", "а|"}, {"any", "a", ""}, {"case", "vowel", "а"}, {"case", "consonant", "a"}}) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> RussianTranscription.of(List.of(new PackLines.Line(file, 7, bad))));
      assertTrue(e.getMessage().startsWith(file + ":7: "), e.getMessage());
    }
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> RussianTranscription.of(List.of(
            new PackLines.Line(file, 3, new String[] {"end", "ai", "ай"}),
            new PackLines.Line(file, 9, new String[] {"end", "ai", "аи"}))));
    assertTrue(twice.getMessage().startsWith(file + ":9: a second end rule"), twice.getMessage());
  }

  @Test
  void theRegistrysShortForms_getRussianSpellings() {
    Lexicon lexicon = new Lexicon(
        Registry.defaults().persons().stream().collect(java.util.stream.Collectors.toMap(
            Person::id, p -> p, (a, b) -> a, java.util.TreeMap::new)),
        Map.of(), List.of(), List.of());
    // the registry lists Mười, not Мыой
    Person muoi = person(lexicon, "do-muoi");
    assertTrue(lexicon.spellings(muoi).contains("Мыой"), lexicon.spellings(muoi).toString());
    assertTrue(lexicon.spellings(muoi).contains("До Мыой"));
    // Cyrillic short forms are found declined, by their key
    Person minh = person(lexicon, "pham-binh-minh");
    assertEquals(List.of(minh), lexicon.shortFormPersons("Бинь Минь"));
    assertEquals(List.of(minh), lexicon.shortFormPersons("Бинь Минем"));
  }

  private static Person person(Lexicon lexicon, String id) {
    return lexicon.persons().values().stream()
        .filter(p -> p.id().value().equals(id)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
    // each word read back to its most frequent syllable; case endings dropped when needed
    "Ле, lê", "Тхи, thi", "Тху, thu", "Ханг, hăng", "Нгуеном, nguyên", "Зунг, dung",
    "Чонг, trong", "Тьинь, chinh", "Ти, chi", "Чинем, chinh", "Кхиемом, khiêm", "Буи, bui", "Буй, bui",
    // a syllable of a listed Vietnamese name over a more frequent word's (Thái Hương over thay)
    "Тхай, thai",
    // a final soft sign left out, a final и written й, when the spelling as printed is of a
    // syllable read nowhere; not when it is one read in names (Доан)
    "Мин, minh", "Зуй, duy", "Доан, đoan"})
  void aRussianSpelling_readsBackToItsSyllable(String russian, String syllable) {
    assertEquals(syllable, RU.vietnamese(russian));
  }

  @Test
  void aWordNoSyllableIsSpelled_readsBackToNothing() {
    for (String word : new String[] {"Голубев", "Москва", "Бариа-Вунгтау", "Путин"}) {
      assertEquals(null, RU.vietnamese(word), word);
    }
  }
}
