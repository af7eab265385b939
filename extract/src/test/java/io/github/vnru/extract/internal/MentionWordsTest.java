package io.github.vnru.extract.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Language;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class MentionWordsTest {
  private static final MentionWords VI = MentionWords.of(Language.VIETNAMESE);
  private static final MentionWords EN = MentionWords.of(Language.ENGLISH);

  @Test
  void surnames_areComparedFolded_inEveryLanguage() {
    // the list the Java code held before the words moved to mentions.tsv
    Set<String> before = Set.of(
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
        "do", "ho", "ngo", "duong", "ly", "to", "vuong", "dinh", "luong", "truong", "mai",
        "dao", "ha", "trinh", "doan", "lam", "chu", "nong", "kieu", "tong", "thai", "quach");
    for (String s : before) {
      assertTrue(VI.isSurname(s), s);
      assertTrue(EN.isSurname(s), s);
    }
    assertFalse(VI.isSurname("ivanov"));
  }

  @Test
  void surnamesAsWritten_keepTheirDiacritics_whenTheWordHasAny() {
    assertTrue(EN.isSurnameAsWritten("Truong"));
    assertTrue(VI.isSurnameAsWritten("Trương"));
    assertTrue(VI.isSurnameAsWritten("Uông"));
    assertFalse(VI.isSurnameAsWritten("Trưởng")); // "head of", not the family name
    assertFalse(VI.isSurnameAsWritten("Tổng"));
  }

  @Test
  void officePlaceWords_areTheLanguagesOwn_andOrganisationWordsEveryLanguages() {
    assertTrue(VI.isOfficePlaceWord("tại"));
    assertTrue(EN.isOfficePlaceWord("to"));
    assertFalse(EN.isOfficePlaceWord("tại"));
    assertTrue(MentionWords.of(Language.RUSSIAN).isOfficePlaceWord("во"));
    assertTrue(VI.isOrganisationWord("Agency"));
    assertFalse(EN.isOrganisationWord("agency")); // case as written
  }

  @Test
  void honorifics_ignoreDiacriticsCaseAndSpaces() {
    for (String h : new String[] {"Đồng chí", "ông", " Ngài ", "Mr.", "Mrs", "Ms.", "Comrade"}) {
      assertTrue(VI.isHonorific(h), h);
      assertTrue(EN.isHonorific(h), h);
    }
    assertFalse(EN.isHonorific("President"));
  }

  @Test
  void bareParty_namesItsPartyOnTheSideEachLanguageWritesNames() {
    assertEquals(2, VI.bareParties().size());
    for (MentionWords.BareParty bare : VI.bareParties()) {
      assertEquals("CPV", bare.party(), bare.word());
      assertFalse(bare.nameBefore(), bare.word()); // Đảng Dân chủ Mỹ
    }
    assertEquals("Đảng Cộng sản", VI.bareParties().get(1).word());
    assertEquals(1, EN.bareParties().size());
    assertEquals("Party", EN.bareParties().get(0).word());
    assertTrue(EN.bareParties().get(0).nameBefore()); // the Democratic Party
  }

  @Test
  void pluralMarker_rightBeforeTheBareWord() {
    assertTrue(VI.pluralBeforeParty("quan hệ giữa hai Đảng", "quan hệ giữa hai ".length()));
    assertTrue(VI.pluralBeforeParty("Các Đảng", 4));
    assertFalse(VI.pluralBeforeParty("Ban Chấp hành Trung ương Đảng", 25));
    assertFalse(EN.pluralBeforeParty("the two Đảng", 8));
  }

  @Test
  void mayHoldNationalParty_onlyWhereAPhraseIsWritten() {
    assertFalse(EN.mayHoldNationalParty("the ruling party of Russian voters"));
    assertTrue(EN.mayHoldNationalParty("ties with the Vietnamese Party"));
    assertFalse(VI.mayHoldNationalParty("the Russian party"));
  }

  @Test
  void nationalParty_firstLetterOfLowerCaseWordsEitherCase() {
    String text = "talks with The Russian Party and the Cuban party, not the russian party";
    assertTrue(EN.mayHoldNationalParty(text));
    Matcher m = EN.nationalParty().matcher(text);
    assertTrue(m.find());
    assertEquals("The Russian Party", m.group());
    assertEquals("RU", EN.nationalPartyCountry(m.group()));
    assertTrue(m.find());
    assertEquals("CU", EN.nationalPartyCountry(m.group()));
    assertFalse(m.find());
    assertFalse(VI.nationalParty().matcher(text).find());
  }

  @Test
  void credits_institutionsAndOfGaps_applyInEveryLanguage() {
    for (MentionWords w : new MentionWords[] {VI, EN}) {
      assertTrue(w.credit().matcher("x (Ảnh: TTXVN) y").find());
      assertTrue(w.credit().matcher("x (photo : Reuters)").find());
      Matcher before = w.institutionBefore().matcher("tại Học viện ");
      assertTrue(before.find());
      assertEquals("Học viện", before.group(1));
      Matcher tp = w.institutionBefore().matcher("ở TP. ");
      assertTrue(tp.find());
      assertEquals("TP.", tp.group(1));
      assertTrue(w.institutionAfter().matcher(" University of").lookingAt());
      assertFalse(w.institutionAfter().matcher(" Universe").lookingAt());
      assertTrue(w.isOfGap(" của "));
      assertTrue(w.isOfGap(" of the "));
      assertFalse(w.isOfGap(" and "));
      assertTrue(w.isPartyTitle("Party Chairman"));
      assertFalse(w.isPartyTitle("Chairman"));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "bad-list    | lang/bad-list/mentions.tsv:3: unknown list 'surnames'; expected one of",
      "bad-country | lang/bad-country/mentions.tsv:1: list 'national-party' needs a two-letter",
      "bad-twice   | lang/bad-twice/mentions.tsv:3: 'Ảnh' is listed twice in 'credit'",
      "bad-columns | lang/bad-columns/mentions.tsv:1: expected 2 or 3 columns separated by TAB",
      "bad-value   | lang/bad-value/mentions.tsv:1: list 'of-gap' takes no third column",
      "no-such     | lang/no-such/mentions.tsv: missing from the language pack",
  })
  void read_badFile_namesFileAndLine(String code, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> MentionWords.read(code));
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void placePrepositionBefore_theWordRightBeforeInAnyCase() {
    String en = "In Malaysia, met in Beijing his Chinese counterpart";
    assertTrue(EN.placePrepositionBefore(en, en.indexOf("Malaysia")));
    assertTrue(EN.placePrepositionBefore(en, en.indexOf("Beijing")));
    assertFalse(EN.placePrepositionBefore(en, en.indexOf("Chinese")));
    assertFalse(EN.placePrepositionBefore(en, 0));
    String vi = "hội đàm tại Malaysia";
    assertTrue(VI.placePrepositionBefore(vi, vi.indexOf("Malaysia")));
    String ru = "состоялась в Малайзии";
    assertTrue(
        MentionWords.of(Language.RUSSIAN).placePrepositionBefore(ru, ru.indexOf("Малайзии")));
  }
}
