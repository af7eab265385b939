package io.github.vnru.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.extract.internal.NameKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names as the press prints them, one rule per test, on sentences written for the tests. Unlisted
 * persons are made up (Pavel Zlobin, Ivan Zabolotsky), never real leaders.
 */
final class NamesTest {
  private static final Extractor EXTRACTOR = Extractor.of(Registry.defaults());

  @TempDir Path dir;

  private static Set<String> persons(ExtractionResult r) {
    Set<String> s = new TreeSet<>();
    r.persons().forEach(p -> s.add(p.value()));
    return s;
  }

  private static Set<String> vi(String text) {
    return persons(EXTRACTOR.extract(TestArticles.vi(text)));
  }

  private static Set<String> en(String text) {
    return persons(EXTRACTOR.extract(TestArticles.en(text)));
  }

  private static Set<String> ru(String text) {
    return persons(EXTRACTOR.extract(
        TestArticles.input(io.github.vnru.model.Language.RUSSIAN, null, null, text)));
  }

  @Test
  void vietnameseTrAndCh_misprintedForEachOther_areOneName() {
    // northern Vietnamese says tr and ch alike: "Trinh" for Chính
    assertEquals(Set.of("pham-minh-chinh", "sergey-kudryashov"),
        en("News\n\"A symbol of close interaction,\" Pham Minh Trinh said at a meeting with"
            + " Sergey Kudryashov."));
  }

  @Test
  void caseEndings_keyAsTheStem_soDeclinedNamesFindTheRegisteredPerson() {
    NameKeys k = NameKeys.defaults();
    for (String form : new String[] {"Путин", "Путина", "Путину", "Путиным", "Путине"}) {
      assertEquals(k.nameKey("Путин"), k.nameKey(form), form);
    }
    assertEquals(k.nameKey("Нгуен Фу Чонг"), k.nameKey("Нгуена Фу Чонгом"));
    assertEquals(k.nameKey("Сергей Шойгу"), k.nameKey("Сергеем Шойгу"));
    assertEquals(k.nameKey("Дмитрий Медведев"), k.nameKey("Дмитрием Медведевым"));
    assertEquals(k.nameKey("Валентина Матвиенко"), k.nameKey("Валентиной Матвиенко"));
    // a patronymic, declined too, is left out
    assertEquals(k.nameKey("Владимир Путин"), k.nameKey("Владимиром Владимировичем Путиным"));
    // no ending leaves fewer than three letters: Ле stays Ле
    assertEquals("le hoa chung", k.nameKey("Ле Хоай Чунгом")); // then in Latin letters
    // a two-letter word that ends in a consonant declines too: Ан, Аном; Хоа is not Хо declined
    assertEquals(k.nameKey("Нгуен Ван Ан"), k.nameKey("Нгуен Ван Аном"));
    assertNotEquals(k.nameKey("Нгуен Хо"), k.nameKey("Нгуен Хоа"));
    assertEquals(
        Set.of("nguyen-van-an", "sergey-mironov"),
        ru("Сергей Миронов встретился с Председателем Национального Собрания Нгуен Ван Аном."));
    assertEquals(
        Set.of("nguyen-phu-trong", "vladimir-putin"),
        ru("Владимир Путин провёл телефонный разговор с Нгуен Фу Чонгом."));
    assertEquals(
        Set.of("pham-minh-chinh", "vyacheslav-volodin"),
        ru("Вячеслав Володин встретился с премьер-министром Фам Минь Чинем."));
  }

  @Test
  void russianSpellings_generatedFromTheVietnameseName_findLeadersTheRegistryGivesNoRussianName() {
    // neither has names.ru; the transcription of lang/ru/vietnamese-names.tsv spells them
    assertEquals(
        Set.of("nguyen-hoa-binh", "vladimir-putin"),
        ru("Вице-премьер Нгуен Хоа Бинь встретился с Владимиром Путиным."));
    assertEquals(
        Set.of("luong-tam-quang", "sergei-shoigu"),
        ru("Министр Лыонг Там Куанг провёл переговоры с Сергеем Шойгу."));
    // the variant with ư as у, as some papers write it
    assertEquals(
        Set.of("luong-tam-quang", "sergei-shoigu"),
        ru("Сергей Шойгу провёл переговоры с министром Луонг Там Куангом."));
    // declined, as Russian declines names: the key drops the case ending
    assertEquals(
        Set.of("nguyen-hoa-binh", "vladimir-putin"),
        ru("Владимир Путин провёл телефонный разговор с Нгуен Хоа Бинем."));
    assertEquals(
        Set.of("nguyen-phu-trong", "vladimir-putin"),
        ru("Владимир Путин встретился с Нгуен Фу Чонгом."));
    // a generated short form after a title, declined, once the full name is in the article
    assertEquals(
        Set.of("pham-binh-minh", "sergey-lavrov"),
        ru("Министр иностранных дел Фам Бинь Минь прибыл в Москву. Сергей Лавров встретился с"
            + " министром Бинь Минем."));
    // a Russian short form's key does not match Latin words: Bin Min (key as Бинь Минь) is
    // someone else here, an official the registry does not list
    assertEquals(
        Set.of("bin-min", "pham-binh-minh"),
        en("Foreign Minister Pham Binh Minh arrived. Minister Bin Min spoke."));
  }

  @Test
  void keys_ofACyrillicNameAndItsEnglishTransliteration_agree() {
    NameKeys k = NameKeys.defaults();
    assertEquals(k.nameKey("Чан Дык Лыонг"), k.nameKey("Chan Dyk Lyong"));
    assertEquals(k.nameKey("Лавров"), k.nameKey("Lavrov"));
    assertEquals(Set.of("tran-duc-luong"),
        en("Press\nJoint press conference with Vietnamese President Chan Dyk Lyong."));
  }

  @Test
  void keys_ignoreSpacingOfInitialsAndHyphensBetweenSyllables() {
    NameKeys k = NameKeys.defaults();
    assertEquals(k.nameKey("V.V. Putin"), k.nameKey("V. V. Putin"));
    assertEquals(k.nameKey("V.I. Lenin"), k.nameKey("V. I . Lenin"));
    assertEquals(k.nameKey("Putin"), k.nameKey("Pu-tin"));
    assertEquals(k.nameKey("Zyuganov"), k.nameKey("Ziuganov"));
    assertEquals(k.nameKey("Matviyenko"), k.nameKey("Matvienko"));
    assertEquals(k.nameKey("Dmitriy"), k.nameKey("Dmitry"));
    assertEquals(k.nameKey("Stroyev"), k.nameKey("Stroev"));
    // ё written io: Likhachiov, Piotr
    assertEquals(k.nameKey("Likhachiov"), k.nameKey("Likhachev"));
    assertEquals(k.nameKey("Piotr"), k.nameKey("Pyotr"));
    assertEquals(k.nameKey("Zhirinovskiy"), k.nameKey("Zhirinovsky"));
    assertEquals(k.nameKey("Mikhail Mishustin"), k.nameKey("Mikhail Vladimirovich Mishustin"));
  }

  @Test
  void keys_generateVietnameseSyllabicSpellings() {
    NameKeys k = NameKeys.defaults();
    assertEquals(k.nameKey("Mi-su-xtin"), k.vietnamese(k.nameKey("Mishustin")));
    assertEquals(k.nameKey("Vô-lô-đin"), k.vietnamese(k.nameKey("Volodin")));
    assertEquals(k.nameKey("La-vrốp"), k.vietnamese(k.nameKey("Lavrov")));
    assertEquals(k.nameKey("Xlút-xki"), k.vietnamese(k.nameKey("Slutsky")));
  }

  @Test
  void initials_anySpacing_findTheRegisteredPerson() {
    assertEquals(Set.of("vladimir-lenin"), vi("Lễ\nĐoàn tưởng niệm V. I . Lenin tại quảng trường."));
    assertEquals(Set.of("gennady-zyuganov"), en("Visit\nG.A.Zyuganov spoke warmly of the guests."));
    assertEquals(Set.of("vladimir-putin"), vi("Điện\nTổng thống V. V. Pu-tin gửi điện chúc mừng."));
  }

  @Test
  void romanisationVariants_findTheRegisteredPerson() {
    assertEquals(Set.of("gennady-zyuganov"), vi("Gặp\nÔng Ziuganov tiếp đoàn đại biểu."));
    assertEquals(
        Set.of("valentina-matviyenko"), en("Talks\nValentina Matvienko welcomed the delegation."));
    assertEquals(Set.of("sergey-lavrov"), en("Call\nSergej Lavrov answered questions."));
    assertEquals(Set.of("dmitry-medvedev"), en("Talks\nDmitriy Medvedev opened the session."));
    // Romanian spelling: -enco for -enko, h for kh, c for k
    NameKeys k = NameKeys.defaults();
    assertEquals(k.nameKey("Viktor Khristenko"), k.nameKey("Victor Hristenco"));
    assertEquals(Set.of("viktor-khristenko"),
        en("Talks\nRussian Deputy Prime Minister Victor Hristenco arrived in Hanoi."));
  }

  @Test
  void vietnameseTransliterations_asPapersSpellThem() {
    assertEquals(
        Set.of("mikhail-mishustin"), vi("Đón\nThủ tướng Nga Mi-khai-in Mi-su-xtin tới Hà Nội."));
    assertEquals(Set.of("vyacheslav-volodin"), vi("Họp\nChủ tịch Duma Vô-lô-đin phát biểu."));
    assertEquals(Set.of("sergey-lavrov"), vi("Gặp\nNgoại trưởng Xéc-gây La-vrốp đã tới."));
    // "Láp-rốp" is not listed: the surname is one edit away and the title agrees
    assertEquals(
        Set.of("sergey-lavrov"), vi("Gặp\nBộ trưởng Ngoại giao Nga Xéc-gây Láp-rốp đã tới."));
  }

  @Test
  void editDistance_onlyWhenTitleOrCountryAgrees() {
    assertEquals(
        Set.of("mikhail-mishustin"),
        en("Visit\nRussian Prime Minister Mikhail Michoustine arrived on Monday."));
    // an honorific names no office, and no country is given: no guess
    assertFalse(vi("Gặp\nÔng Mi-su-xtinh phát biểu.").contains("mikhail-mishustin"));
    // a misprint keeps the surname's first letter: Lukyanov is not the registry's Buyanov
    assertFalse(vi("Gặp\nPhó Thư ký Hội đồng An ninh Quốc gia Liên bang Nga Lukyanov phát biểu.")
        .contains("vladimir-buyanov"));
  }

  @Test
  void patronymics_areDropped_andAloneNameNoOne() {
    assertEquals(
        Set.of("mikhail-mishustin"),
        en("Visit\nPrime Minister Mikhail Vladimirovich Mishustin left Hanoi."));
    assertEquals(
        Set.of("nikolai-patrushev"),
        vi("Gặp\nThư ký Hội đồng An ninh Nikolai Platonovich Patrushev tới Hà Nội."));
    assertEquals(Set.of(), en("Remarks\nMinister Pavel Sergeyevich said the talks went well."));
  }

  @Test
  void unlistedOfficial_titleBeforeName() {
    assertEquals(
        Set.of("pavel-zlobin"),
        en("Talks\nFirst Deputy Chairman of the State Duma Pavel Zlobin met the delegation."));
    assertEquals(
        Set.of("pavel-zlobin"),
        vi("Gặp\nPhó Chủ tịch Hội đồng Liên bang Nga Pavel Zlobin tiếp đoàn."));
    assertEquals(
        Set.of("pavel-zlobin"), en("Talks\nDeputy Speaker Pavel Zlobin met the delegation."));
  }

  @Test
  void russianGivenNameAndSurname_nameAPersonWithoutATitle_butNotInAPhotoCredit() {
    assertEquals(Set.of("vladislav-shapkin"),
        ru("Визит\nПоездку во Вьетнам Владислав Шапкин назвал успешной."));
    assertEquals(Set.of("vladislav-shapkin"),
        ru("Визит\nВстреча с Владиславом Валерьевичем Шапкиным прошла в Ханое."));
    assertEquals(Set.of("vladislav-shapkin"),
        en("Visit\nThe trip went well, Vladislav Shapkin said."));
    assertEquals(Set.of(), en("Visit\nThe trip went well, Vladislav Goshta said.")); // no ending
    assertEquals(Set.of(), ru("Визит\nПоездка прошла успешно. Григорий Сысоев/РИА Новости"));
    assertEquals(Set.of(), ru("Визит\n(Хабаровск, 24 мая, «Татар-информ», Алексей Минов)."));
    assertEquals(Set.of(), en("Visit\nThe trip went well. © Sputnik / Mikhail Klimov / Photo"));
  }

  @Test
  void latinPatronymicBetweenCapitalisedWords_namesARussianWhateverTheGivenNamePrints() {
    // "Piotr" misprinted "Piot" is no given name the lists hold; the patronymic and the
    // surname's ending say the name is Russian
    assertEquals(Set.of("piot-shapkin"),
        en("Visit\nThe trip went well, Piot Valeryevich Shapkin said."));
    assertEquals(Set.of(), en("Visit\nThe trip went well, Piot Shapkin said."));
    // the surname must end as a Russian one does
    assertEquals(Set.of(), en("Visit\nThe trip went well, Piot Valeryevich Goshta said."));
  }

  @Test
  void titleBeforeALoneRussianSurname_namesARussian_theOneTheArticleNamesInFull() {
    assertEquals(Set.of("shapkin"), en("Visit\nDeputy Minister Shapkin stressed the plan."));
    assertEquals(Set.of("ivan-shapkin"), en("Visit\nDeputy Minister Ivan Shapkin arrived."
        + " Deputy Minister Shapkin stressed the plan."));
    assertEquals(Set.of("ivan-shapkin"), en("Visit\nDeputy Minister Shapkin stressed the plan."
        + " Later, Deputy Minister Ivan Shapkin met the press."));
    // a form of address is no title here, nor is a surname with no Russian ending one
    assertEquals(Set.of(), en("Visit\nDr. Shapkin stressed the plan."));
    assertEquals(Set.of(), en("Visit\nDeputy Minister Goshta stressed the plan."));
    // a ship's name: after a word for a ship, or in quotes
    assertEquals(Set.of(), en("Visit\nThe ships Admiral Shapkin and Tributs docked."));
    assertEquals(Set.of(), en("Visit\nThe ship \"Academician Shapkin\" docked in Hai Phong."));
    assertEquals(Set.of("vuong-dinh-hue"), vi("Thăm\nTàu \"Viện sĩ Shapkin\" cập cảng Hải Phòng."
        + " Chủ tịch Quốc hội Vương Đình Huệ dự lễ."));
  }

  @Test
  void russianNameInLatin_takesTheUsualEnglishEnding() {
    assertEquals(Set.of("valery-petrovsky"),
        en("Visit\nDeputy Minister Valeryi Petrovskiy met the delegation."));
    assertEquals(Set.of("valery-petrovsky"),
        en("Visit\nDeputy Minister Valerii Petrovskyi met the delegation."));
  }

  @Test
  void unlistedOfficial_nameBeforeTitle() {
    assertEquals(
        Set.of("pavel-zlobin"),
        en("Talks\nThe relations are close, said Pavel Zlobin, Deputy Speaker of the Federation"
            + " Council of the Federal Assembly of Russia."));
    assertEquals(
        Set.of("pavel-zlobin"),
        vi("Gặp\nÔng Pavel Zlobin, Phó Chủ tịch Hội đồng Liên bang Nga, tiếp đoàn."));
  }

  /** The country of unlisted person {@code id} found in {@code r}, or "-" when it has none. */
  private static String unlistedCountry(ExtractionResult r, String id) {
    return r.unlistedPersons().stream().filter(p -> p.id().value().equals(id)).findFirst()
        .orElseThrow().country().orElse("-");
  }

  @Test
  void unlistedOfficial_withAPatronymic_isRussian_unlessTheSentenceNamesAnotherCountry() {
    assertEquals("RU", unlistedCountry(EXTRACTOR.extract(TestArticles.en(
        "Talks\nPrime Minister Pham Minh Chinh received Pavel Sergeyevich Zlobin, General"
            + " Director of a gas company.")), "pavel-zlobin"));
    assertEquals("RU", unlistedCountry(EXTRACTOR.extract(TestArticles.vi(
        "Gặp\nThủ tướng tiếp ông Pavel Sergeyevich Zlobin, Tổng Giám đốc công ty.")),
        "pavel-zlobin"));
    // Belarusians have patronymics too: a third country in the sentence leaves it open
    assertEquals("-", unlistedCountry(EXTRACTOR.extract(TestArticles.en(
        "Talks\nDuring the tour of Belarus, she met Prime Minister Pavel Sergeyevich Zlobin.")),
        "pavel-zlobin"));
    // no patronymic: a Russian given name and a Russian surname's ending, else no country
    assertEquals("RU", unlistedCountry(EXTRACTOR.extract(TestArticles.en(
        "Talks\nPrime Minister Pham Minh Chinh received Pavel Zlobin, General Director of a gas"
            + " company.")), "pavel-zlobin"));
    assertEquals("-", unlistedCountry(EXTRACTOR.extract(TestArticles.en(
        "Talks\nPrime Minister Pham Minh Chinh received Pavel Halik, General Director of a gas"
            + " company.")), "pavel-halik"));
  }

  @Test
  void unlistedOfficial_aRussianGivenNameAfterTheTitle_isRussianWhereTheSentenceIsInRussia() {
    assertEquals("RU", unlistedCountry(EXTRACTOR.extract(TestArticles.en(
        "Talks\nIn Kazan, the consul met Minister of Tourism Timur Halik.")), "timur-halik"));
    assertEquals("-", unlistedCountry(EXTRACTOR.extract(TestArticles.en(
        "Talks\nThe consul met Minister of Tourism Timur Halik.")), "timur-halik"));
    assertEquals("-", unlistedCountry(EXTRACTOR.extract(TestArticles.en(
        "Talks\nIn Kazan and Minsk, the consul met Minister of Tourism Timur Halik.")),
        "timur-halik"));
  }

  @Test
  void unlistedOfficial_officePlace_isWhereTheOfficeIs_notWhoseItIs() {
    assertEquals("RU", unlistedCountry(EXTRACTOR.extract(TestArticles.vi(
        "Gặp\nĐại sứ Đặc mệnh toàn quyền Liên bang Nga tại Việt Nam Pavel Zlobin đến chào.")),
        "pavel-zlobin"));
    assertEquals("RU", unlistedCountry(EXTRACTOR.extract(TestArticles.en(
        "Talks\nRussian Ambassador to Vietnam Pavel Zlobin left Hanoi.")), "pavel-zlobin"));
    assertEquals("RU", unlistedCountry(EXTRACTOR.extract(TestArticles.en(
        "Talks\nThe Ambassador of Russia in Vietnam Pavel Zlobin left Hanoi.")), "pavel-zlobin"));
  }

  @Test
  void unlistedOfficial_afterATitleAndAnOrganisationsName() {
    // the group's name has lower-case syllables and linking words, and names Vietnam as its
    // partner; the person's country is the title's
    assertEquals("RU", unlistedCountry(EXTRACTOR.extract(TestArticles.vi(
        "Gặp\nPhó Chủ tịch Hội đồng Liên bang Nga, Chủ tịch Nhóm Hợp tác với Việt Nam của Hội"
            + " đồng Liên bang Pavel Zlobin tới Hà Nội.")), "pavel-zlobin"));
    // the sentence going on after a group's name is no part of the title: the name after it is
    // a person named, not the chairman
    ExtractionResult r = EXTRACTOR.extract(TestArticles.vi("Gặp\nChủ tịch Hội Hữu nghị Việt - Nga"
        + " phát biểu tại buổi gặp Pavel Zlobin."));
    assertEquals(List.of(), r.unlistedPersons().stream()
        .filter(p -> p.id().value().equals("pavel-zlobin")).findFirst().orElseThrow().positions());
  }

  @Test
  void unlistedOfficial_ledByAVietnameseSurname_thatFoldsLikeATitleWord() {
    // "Truong" folds like "trưởng" (head), a title word; leading capitalised words it is a name
    assertEquals(Set.of("truong-hoai-phong"),
        en("Talks\nVietnamese Deputy Defence Minister Truong Hoai Phong met the delegation."));
    // not when the words after it are title words too
    assertEquals(Set.of(), en("Talks\nThe Deputy Minister Tong Bi thu said."));
  }

  @Test
  void unlistedOfficial_initialAndSurname_afterAPortfolioList() {
    // the portfolio's last word ends the title, after a list with a comma in it
    assertEquals(Set.of("p-zlobin"), en("Talks\nThe delegation, led by Russian Deputy Minister of"
        + " Digital Development, Communications and Mass Media P.Zlobin, arrived."));
  }

  @Test
  void unlistedOfficial_initialsAndSurname_afterAnOrganisationsName() {
    ExtractionResult r = EXTRACTOR.extract(TestArticles.en(
        "Talks\nDeputy Director of the Russian Federal Agency on Military Cooperation P.S. Zlobin"
            + " met the delegation."));
    // the id rule: the given name's initial and the surname
    assertEquals(Set.of("p-zlobin"), persons(r));
    assertEquals("RU", unlistedCountry(r, "p-zlobin"));
    // an organisation's name is no person's
    assertEquals(Set.of(), en("Talks\nDeputy Director of the Federal Agency spoke."));
    // initials of a person named in full before are that person
    assertEquals(Set.of("pavel-zlobin"), vi("Gặp\nÔng Pavel Sergeyevich Zlobin, Phó Chủ tịch Hội"
        + " đồng Liên bang Nga, tới Hà Nội. Ông P.S. Zlobin cảm ơn."));
  }

  @Test
  void aVietnameseNameWithOneWordNoSyllable_isTheTitlesHolderMisprinted() {
    assertEquals(Set.of("pham-minh-chinh"),
        en("Talks\nVietnamese Prime Minister Pham Ming Chinh met the delegation."));
    // every word a syllable: another person, however close
    assertFalse(en("Talks\nVietnamese Prime Minister Pham Minh Chanh met the delegation.")
        .contains("pham-minh-chinh"));
  }

  @Test
  void aRussianNameALetterOrTwoOffAListedRussians_isThatNameMisprinted() {
    assertEquals(Set.of("luong-cuong", "vladislav-shapsha"), vi("Gặp\nChủ tịch nước Lương Cường"
        + " tiếp ngài Vladislav Valerievich Shappha, Thống đốc tỉnh Kaluga."));
    assertEquals(Set.of("gennady-krasnikov"), en("Talks\nAcademician Gennedy Kraniskov,"
        + " President of the Russian Academy of Sciences, spoke."));
    // a surname of six letters two off a listed one is another surname
    assertFalse(en("Talks\nGovernor Sergey Lavrin spoke.").contains("sergey-lavrov"));
  }

  @Test
  void titleCaseHeadlineWords_afterATitle_nameNoOne() {
    assertEquals(Set.of(), en("Rosatom Chief Speaks With Vietnam Prime Minister Over Nuclear Plans"
        + "\nThe two sides discussed cooperation."));
  }

  @Test
  void aWordWithNoVowel_inARegisteredName_isThatNameMisprinted() {
    // an encoding lost the letter ị: "Lch" cannot be a word
    assertEquals(Set.of("ngo-xuan-lich"),
        en("Talks\nDefence Minister General Ngô Xuân Lch met the delegation."));
    // a real letter of difference is another person: Anh is not An
    assertFalse(en("Talks\nGeneral Nguyen Van Anh met the delegation.").contains("nguyen-van-an"));
  }

  @Test
  void nationalParty_ofACountryWithOneRegisteredParty_needsNoEarlierMention() {
    Set<String> parties = new TreeSet<>();
    EXTRACTOR.extract(TestArticles.en("Talks\nThe Vietnamese Party, State and people value the"
        + " ties.")).parties().forEach(p -> parties.add(p.value()));
    assertEquals(Set.of("CPV"), parties);
    // Russia has several: "the Russian Party" is the one named before, and none was
    assertEquals(Set.of(), EXTRACTOR.extract(TestArticles.en("Talks\nThe Russian Party, State"
        + " and people value the ties.")).parties());
  }

  @Test
  void piecesOfTitlesAndGroupNames_areNoPersons() {
    assertEquals(
        Set.of(),
        en("Talks\nThe Deputy Speaker of the Federation Council of the Federal Assembly spoke."));
    assertEquals(Set.of(), vi("Gặp\nChủ tịch Hội Hữu Nghị Việt - Nga phát biểu."));
    assertEquals(Set.of(), vi("Gặp\nPhó Chủ tịch Hội đồng Liên bang Nga phát biểu."));
    // a conference or a summit is a body, as a council is
    assertEquals(Set.of(), en("Talks\nThey met the General Secretary of the Hague Conference."));
  }

  @Test
  void registry_findPersons_byAnyRomanisation() {
    Registry r = Registry.defaults();
    assertEquals("gennady-zyuganov", r.findPersons("Ziuganov").get(0).id().value());
    assertEquals("valentina-matviyenko", r.findPersons("matvienko").get(0).id().value());
    assertEquals("vladimir-lenin", r.findPersons("V. I . Lenin").get(0).id().value());
  }

  @Test
  void generatedTransliteration_ofAUserRegistryPerson() throws IOException {
    Path f = dir.resolve("mine.json");
    Files.writeString(
        f,
        "{\"persons\": [{\"id\": \"ivan-zabolotsky\", \"name\": \"Ivan Zabolotsky\","
            + " \"names\": {\"en\": \"Ivan Zabolotsky\", \"ru\": \"Иван Заболоцкий\"},"
            + " \"country\": \"RU\", \"positions\": [{\"role\": \"minister\", \"of\": \"RU\"}]}]}",
        StandardCharsets.UTF_8);
    Extractor x = Extractor.of(Registry.builder().addDefaults().add(f).build());
    // no Vietnamese spelling is listed: it is generated from the English name
    assertEquals(
        Set.of("ivan-zabolotsky"),
        persons(x.extract(TestArticles.vi("Gặp\nÔng I-van Đa-bô-lốt-xki tới Hà Nội."))));
    // another paper's spelling, one edit off, with a title that agrees
    assertEquals(
        Set.of("ivan-zabolotsky"),
        persons(x.extract(TestArticles.vi("Gặp\nBộ trưởng Nga I-van Đa-bô-lốt-ski tới."))));
  }

  @Test
  void wordsRunTogether_aCapitalAfterASmallLetterStartsAName_onlyInATextThatRunsWordsTogether() {
    // a page that lost its line breaks: "ofRussia" shows it, "SergeyLavrov" is two words there
    assertEquals(Set.of("pham-binh-minh", "sergey-lavrov"),
        en("Talks\nMinister Pham Binh Minh held talks with Russian Foreign Minister SergeyLavrov"
            + " on the ties ofRussia and Vietnam."));
    assertEquals(Set.of("nguyen-phu-trong", "pavel-zlobin"),
        en("Visit\nGovernor of Ulyanovsk PavelZlobin recalled the visit ofGeneral Secretary"
            + " Nguyen PhuTrong."));
    // a company's name written as one word is no one's name: "PetroVietnam" is not "Petro"
    // and "Vietnam" where nothing else runs words together
    assertEquals(Set.of("phung-dinh-thuc"),
        ru("Подписание\nДокумент подписал председатель совета директоров PetroVietnam Фунг Динь"
            + " Тхык."));
    assertTrue(NameKeys.runsWordsTogether("growth ofRussia".toCharArray()));
    assertFalse(NameKeys.runsWordsTogether("PetroVietnam, YouTube, iPhone, McCain".toCharArray()));
  }

  @Test
  void wordsRunTogether_shownByThreeDifferentGluedCapitalisedWords() {
    // a page that glued capitalised words only: three different ones show it
    assertEquals(Set.of("nguyen-phu-trong", "sergey-lavrov"),
        en("Talks\nThe HigherEducation forum opened. Party chief Nguyen Phu Trong met Foreign"
            + " Minister SergeyLavrov at the UnknownSoldier tomb."));
    // a company's name, however often printed, is one word: no sign of it
    assertEquals(Set.of("nguyen-phu-trong"),
        en("Talks\nPetroVietnam staff met PetroVietnam chairman Nguyen Phu Trong at PetroVietnam"
            + " Tower."));
    // there a glued name is read word by word, named with a title after it or with none
    assertEquals(Set.of("nguyen-kim-son", "ivan-petrovsky"),
        en("Talks\nThe HigherEducation forum opened in SoutheastAsia. Minister Nguyen Kim Son met"
            + " Ivan SergeyevichPetrovsky, General Director of the Agency."));
    assertEquals(Set.of("nguyen-kim-son", "ivan-petrovsky"),
        en("Talks\nThe HigherEducation forum opened in SoutheastAsia. Minister Nguyen Kim Son met"
            + " Ivan SergeyevichPetrovsky in Moscow."));
    Set<String> glued = new HashSet<>();
    NameKeys.gluedCapitalisedWords("AndreyTurchak, PetroVietnam, iPhone, McCain".toCharArray(),
        glued);
    assertEquals(Set.of("AndreyTurchak", "PetroVietnam"), glued);
  }

  @Test
  void aDashWrittenAsAHyphen_endsTheNameBeforeATitle() {
    // "Hoa- Tư lệnh": a hyphen before a space is a dash
    assertEquals(Set.of("tran-van-khoa"),
        vi("Đón đoàn\nTrung tướng Trần Văn Khoa- Tư lệnh Bộ đội Biên phòng tiếp đoàn."));
    // "Khoa-Phó Tổng giám đốc", "Zlobin-phó ban": a hyphen before a title word
    assertEquals(Set.of("tran-van-khoa", "pavel-zlobin"),
        vi("Hội đàm\nVề phía Đài có ông Trần Văn Khoa-Phó Tổng giám đốc Đài, ông Pavel Zlobin-phó"
            + " ban Dự án quốc tế."));
  }

  @Test
  void aListedVietnamesesNameWithOneMoreSyllable_isSomeoneElsesLongerName() {
    // "Le Quan Son" is not the listed Le Quan
    assertEquals(Set.of("ivan-petrovsky", "le-quan-son"),
        en("Signing\nThe documents were signed by Rector Ivan Petrovsky and Vice-Rector"
            + " Le Quan Son."));
    // a headline in title case goes on with capitalised words: the name is the listed one's
    assertTrue(en("Le Quan To Visit Russia\nThe rector will go to Moscow.").contains("le-quan"));
  }

  @Test
  void aMeetingPhraseWrittenWithACapital_endsTheNameBeforeIt() {
    assertEquals(Set.of("ivan-petrovsky", "tran-van-khoa"),
        vi("Thư\nÔng Ivan Petrovsky đã gửi tới Chủ tịch Hội Hữu nghị Việt-Nga Trần Văn Khoa Thư"
            + " chúc mừng 75 năm Quốc khánh Việt Nam."));
  }

  @Test
  void theReportsAuthorNamedAfterABylineWord_isNoPerson() {
    assertEquals(Set.of("vladimir-putin"),
        ru("Переговоры\nПрезидент России Владимир Путин проводит переговоры в Пекине. Об этом"
            + " сообщили корреспонденты URA.RU Мария Зябликова и Олег Зябликов с места событий."));
  }

  @Test
  void romanianSpelling_ghForG_keysAsTheRegistrysName() {
    assertEquals(Set.of("gennady-zyuganov", "konstantin-mogilevsky"),
        en("Talks\nGhennady Ziuganov and Konstantin Moghilevski met students."));
  }
}
