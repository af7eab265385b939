package io.github.vnru.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vnru.model.Language;
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
}
