package io.github.vnru.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vnru.extract.internal.Chars;
import io.github.vnru.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class LanguageGuesserTest {
  @Test
  void guess_cyrillicText_isRussian_evenWithLatinNamesQuoted() {
    assertEquals(Language.RUSSIAN, LanguageGuesser.guess(
        "Президент России Владимир Путин встретился с Нгуен Фу Чонгом (Nguyen Phu Trong)."));
    assertEquals(Language.RUSSIAN, LanguageGuesser.guess(
        "По информации газеты Vietnamnet, Путин принял приглашение посетить Вьетнам."));
  }

  @Test
  void guess_vietnameseOrEnglishText_quotingARussianName_isNotRussian() {
    assertEquals(Language.VIETNAMESE, LanguageGuesser.guess(
        "Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin (Владимир Путин)."));
    assertEquals(Language.ENGLISH, LanguageGuesser.guess(
        "President Vladimir Putin (Владимир Путин) held talks with To Lam in the Kremlin."));
  }

  @Test
  void guess_plainAsciiTextWithoutFunctionWords_isEnglish() {
    assertEquals(Language.ENGLISH, LanguageGuesser.guess(
        "Deputy Prime Minister Tran Hong Ha met Deputy Prime Minister Dmitry Chernyshenko."));
    assertEquals(Language.VIETNAMESE, LanguageGuesser.guess("Thủ tướng tiếp Đại sứ Nga."));
    assertEquals(Language.VIETNAMESE, LanguageGuesser.guess("12/3 - 5"), "no words: a tie");
  }

  @Test
  void guess_functionWordsInAnyCase_asComparingLowerCasedStrings() {
    List<String> words = new ArrayList<>();
    for (Set<String> set : List.of(
        Lexicon.FUNCTION_WORDS_EN, Lexicon.FUNCTION_WORDS_VI, Lexicon.FUNCTION_WORDS_RU)) {
      words.addAll(set);
    }
    words.addAll(List.of("İN", "İ", "ΣΑ", "Straße", "ǅe", "Ит", "ЁЖ", "Minister", "met", "Ha"));
    Random random = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(6); w >= 0; w--) {
        String word = words.get(random.nextInt(words.size()));
        text.append(switch (random.nextInt(3)) {
          case 0 -> word.toUpperCase(Locale.ROOT);
          case 1 -> word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT)
              + word.substring(1);
          default -> word;
        }).append(random.nextBoolean() ? " " : ", ");
      }
      String t = text.toString();
      long[] v = referenceVotes(t);
      Language expected = v[2] > v[0] && v[2] > v[1] ? Language.RUSSIAN
          : v[1] > v[0] || v[0] + v[1] + v[2] == 0 && v[3] > 0 ? Language.ENGLISH
          : Language.VIETNAMESE;
      assertEquals(expected, LanguageGuesser.guess(t), t);
      assertEquals(v[0] == v[1] && v[2] == 0, LanguageGuesser.tie(t), t);
    }
  }

  /** The counting as first written: each short word lower-cased as a string and looked up. */
  private static long[] referenceVotes(String text) {
    long vi = 0;
    long en = 0;
    long ru = 0;
    long plain = 0;
    int i = 0;
    while (i < text.length()) {
      if (!Chars.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean diacritic = false;
      boolean cyrillic = false;
      while (i < text.length() && Chars.isLetter(text.charAt(i))) {
        diacritic |= Chars.isLatinBeyondAscii(text.charAt(i));
        cyrillic |= !Chars.isLatinBeyondAscii(text.charAt(i)) && Chars.isCyrillic(text.charAt(i));
        i++;
      }
      String w = text.substring(start, i).toLowerCase(Locale.ROOT);
      if (cyrillic) {
        ru += i - start <= 5 && Lexicon.FUNCTION_WORDS_RU.contains(w) ? 2 : 1;
      } else if (diacritic) {
        vi++;
      } else if (i - start <= 5 && Lexicon.FUNCTION_WORDS_EN.contains(w)) {
        en++;
      } else if (i - start <= 5 && Lexicon.FUNCTION_WORDS_VI.contains(w)) {
        vi++;
      } else if (text.substring(start, i).chars().allMatch(c -> c < 0x80)) {
        plain++;
      }
    }
    return new long[] {vi, en, ru, plain};
  }
}
