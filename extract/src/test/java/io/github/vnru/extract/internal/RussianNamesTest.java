package io.github.vnru.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Russian names in Cyrillic read for an id ({@code lang/ru/given-names.tsv}, {@code
 * name-cases.tsv}, {@code latin-names.tsv}). The persons are made up.
 */
final class RussianNamesTest {
  private static final RussianNames NAMES = RussianNames.defaults();

  @ParameterizedTest
  @CsvSource({
    // the nominative, and the case a given name shows put back on the surname
    "Василий Голубцов, vasily, golubtsov",
    "Василием Голубцовым, vasily, golubtsov",
    "Сергея Морозкина, sergey, morozkin",
    "Николаю Бондарчуку, nikolai, bondarchuk",
    "Андрее Звягинском, andrey, zvyaginsky",
    "Николай Бондаренков, nikolai, bondarenkov",
    // ё after a hushing consonant is e, elsewhere yo
    "Сергей Калашёв, sergey, kalashev",
    "Сергеем Ворончёвым, sergey, voronchev",
    "Пётр Семёнкин, pyotr, semyonkin",
    // a surname no rule of the case fits does not decline
    "Николаем Бондаренко, nikolai, bondarenko",
    // a woman's name and surname
    "Валентиной Сидоровой, valentina, sidorova",
    "Натальей Кочкиной, natalya, kochkina",
    "Ольги Белецкой, olga, beletskaya",
    // Александра: a man's genitive when the surname is declined to fit, else a woman's name
    "Александра Новака, alexander, novak",
    // a patronymic between is left out
    "Игорем Петровичем Сидоровым, igor, sidorov",
    // an initial: only a surname ending no nominative has is dropped
    "Д Новиковым, d, novikov",
    // … or only a woman's surname has in a case other than the nominative
    "О Васильевой, o, vasilyeva",
    // letters: е at the start and after ь is ye, ё yo, ий at the end y
    "Евгений Васильев, yevgeny, vasilyev",
    "Пётр Фёдоров, pyotr, fyodorov",
    "Юрий Жириновский, yury, zhirinovsky"})
  void aCyrillicName_readsAsTheNominativeInLatinLetters(String name, String given,
      String surname) {
    assertEquals(new RussianNames.Name(given, surname), NAMES.read(List.of(name.split(" "))));
  }

  @Test
  void wordsWithoutAGivenName_areNoName() {
    assertNull(NAMES.read(List.of("Российской", "Федерации")));
    assertNull(NAMES.read(List.of("Ivan", "Petrov")));
    assertNull(NAMES.read(List.of("Ле", "Тхи", "Тху", "Ханг")));
  }

  @Test
  void aLatinSurnameWrittenTheGermanWay_looksRussianAndTakesTheUsualEnding() {
    assertTrue(NAMES.looksRussian(List.of("Vadim", "Bublikow")));
    assertEquals("bublikov", NAMES.usualEnding("bublikow"));
    assertFalse(NAMES.looksRussian(List.of("Vadim", "Bublik")));
  }

  @Test
  void givenNames_areKnownInEveryCaseAndRomanisation() {
    for (String w : new String[] {"Сергей", "Сергея", "Сергеем", "Sergey", "Sergei", "Валентиной"}) {
      assertTrue(NAMES.isGivenName(w), w);
    }
    for (String w : new String[] {"Петров", "Petrov", "Москва", "Nguyen"}) {
      assertFalse(NAMES.isGivenName(w), w);
    }
  }

  @Test
  void aRussianTitleLedByANoun_isMetInEveryCase() {
    assertEquals(List.of("губернатор", "губернатора", "губернатору", "губернатором",
        "губернаторе"), NAMES.withCases("губернатор"));
    assertTrue(NAMES.withCases("заместитель министра").contains("заместителем министра"));
    assertTrue(NAMES.withCases("глава").contains("главой"));
    // led by an adjective, or not Russian: as written
    assertEquals(List.of("генеральный консул"), NAMES.withCases("генеральный консул"));
    assertEquals(List.of("Governor"), NAMES.withCases("Governor"));
  }

  @Test
  void countriesSharingRussianNames() {
    assertTrue(NAMES.sharedBy("BY"));
    assertTrue(NAMES.sharedBy("UA"));
    assertFalse(NAMES.sharedBy("CN"));
    assertFalse(NAMES.sharedBy("VN"));
  }

  @Test
  void malformedNameCountry_namesFileAndLine() {
    String file = "lang/ru/name-countries.tsv";
    for (String bad : new String[] {"by", "BLR", "RU", "Belarus"}) {
      IllegalStateException e = assertThrows(
          IllegalStateException.class, () -> RussianNames.nameCountries(
              List.of(new PackLines.Line(file, 4, new String[] {bad}))));
      assertTrue(e.getMessage().startsWith(file + ":4: '" + bad + "'"), e.getMessage());
    }
  }
}
