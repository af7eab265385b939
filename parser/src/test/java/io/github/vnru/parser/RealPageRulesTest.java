package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.model.Place;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.Mention;
import io.github.vnru.model.MentionKind;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PersonId;
import io.github.vnru.model.Warning;
import io.github.vnru.model.WarningKind;
import io.github.vnru.model.json.VnruJson;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules for real pages (issue 10), each on a small text written for the test: headers, date
 * lines and datelines in the shapes real pages carry, glued text, wire credits, weekdays, and input
 * that is not a plain UTF-8 article.
 */
final class RealPageRulesTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final String BODY = "The two sides discussed trade and energy cooperation.";

  private static Article parse(String text) throws ArticleParseException {
    return PARSER.parse("t", text);
  }

  /**
   * Asserts that {@code page} parses with the title {@code headline} and, as its page junk,
   * exactly {@code junk}.
   */
  private static void assertHeadlineUnderJunk(String page, String headline, String... junk)
      throws ArticleParseException {
    Article a = parse(page);
    assertEquals(Optional.of(headline), a.title());
    assertEquals(List.of(junk), a.boilerplate());
  }

  /** Asserts that {@code page} parses with the published date {@code date}. */
  private static void assertPublished(String date, String page) {
    try {
      assertEquals(Optional.of(PartialDate.parse(date)), parse(page).publishedDate(), page);
    } catch (ArticleParseException e) {
      throw new AssertionError(page, e);
    }
  }

  private static List<WarningKind> kinds(Article a) {
    return a.warnings().stream().map(Warning::kind).toList();
  }

  // --- only unreadable input is an error; the title is optional ---

  @Test
  void parse_fullSentenceFirst_hasNoTitleButKeepsTheText() throws Exception {
    Article a = parse(" date 2020-05-06 The envoys met in the capital on Monday.\n\n" + BODY);
    assertEquals(Optional.empty(), a.title());
    assertEquals(List.of("The envoys met in the capital on Monday.", BODY), a.paragraphs());
    assertEquals(List.of(WarningKind.NO_TITLE), kinds(a));
    assertTrue(a.warnings().get(0).message().contains("full sentence"));
  }

  @Test
  void parse_cookieNoticeOnTheDateLine_isPageJunkAndTheHeadlineBelowIsTheTitle() throws Exception {
    String notice = "На сайте используются cookies. Продолжая использовать сайт, вы принимаете условия";
    Article a = parse(" date 2025-09-28 " + notice + "\nВолодин прилетел во Вьетнам\n\n" + BODY);
    assertEquals(Optional.of("Володин прилетел во Вьетнам"), a.title());
    assertEquals(List.of(notice), a.boilerplate());
  }

  @Test
  void parse_aForumMembersRegistrationLine_isPageJunkAndDatesNoPage() throws Exception {
    Article a = parse("https://example.org/forum/viewtopic.php?t=812\nКонференция посольства\n\n"
        + "ozes\nЗарегистрирован: 15 мар 2017 14:33\n\n" + BODY);
    assertEquals(Optional.empty(), a.publishedDate());
    assertTrue(a.boilerplate().contains("Зарегистрирован: 15 мар 2017 14:33"), a::toString);
  }

  @Test
  void parse_aSitesMenuOneLabelToALine_isPageJunk() throws Exception {
    Article a = parse("https://example.org/news/812\nBỏ qua nội dung chính\n\nTrang chủ\nTra cứu\n"
        + "Tài Liệu Số\nThư viện Koha\nVăn bản\nYoutube\n\nEnvoys hold talks on trade in Hanoi\n\n"
        + BODY);
    assertEquals(Optional.of("Envoys hold talks on trade in Hanoi"), a.title());
    assertTrue(a.boilerplate().containsAll(List.of("Bỏ qua nội dung chính", "Tra cứu", "Youtube")),
        a::toString);
    // a short headline alone is no menu
    assertEquals(Optional.of("Envoys meet"),
        parse("https://example.org/news/812\nEnvoys meet\n\n" + BODY).title());
  }

  @Test
  void parse_aPathOfShortLabelsOrASitesNameWithItsAgeMark_isPageJunk() throws Exception {
    assertHeadlineUnderJunk("Thư viện Tỉnh Đồng Nai > trangtin\n\nEnvoys hold talks on trade\n\n"
        + BODY, "Envoys hold talks on trade", "Thư viện Tỉnh Đồng Nai > trangtin");
    assertHeadlineUnderJunk("Аргументы Недели → В мире 13+\n\nEnvoys hold talks on trade\n\n"
        + BODY, "Envoys hold talks on trade", "Аргументы Недели → В мире 13+");
    assertHeadlineUnderJunk("Аргументы Недели 16+\n\nEnvoys hold talks on trade\n\n"
        + BODY, "Envoys hold talks on trade", "Аргументы Недели 16+");
    // a section's name above the breadcrumb it ends
    assertHeadlineUnderJunk("https://example.org/news/812\nQuốc tế\nTrang chủ  >  Tin tức  >"
        + "  Quốc tế\nEnvoys hold talks on trade\n\n" + BODY, "Envoys hold talks on trade",
        "Quốc tế", "Trang chủ  >  Tin tức  >  Quốc tế");
  }

  @Test
  void parse_anAppStoresBadgeAboveTheHeadline_isPageJunk() throws Exception {
    Article a = parse("https://example.org/story/812\nExample.news\nDownload on the App Store\n"
        + "Get it on Google Play\n\nEnvoys hold talks on trade in Hanoi\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks on trade in Hanoi"), a.title());
    assertTrue(a.boilerplate().containsAll(
        List.of("Download on the App Store", "Get it on Google Play")), a::toString);
  }

  @Test
  void parse_labelsAndAMenuRowAboveTheLineThePageStampStandsUnder_areJunk() throws Exception {
    Article a = parse("Home   Sitemap   Feedback   Contacts   RUS\nPress centre News\n\n\n"
        + "Envoys hold talks on trade in Hanoi\n\n25.03.2014 11:49  |   Communications Department"
        + "\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks on trade in Hanoi"), a.title());
    assertEquals(Optional.of(PartialDate.of(2014, 3, 25)), a.publishedDate());
    assertTrue(a.boilerplate().containsAll(
        List.of("Home   Sitemap   Feedback   Contacts   RUS", "Press centre News")), a::toString);
  }

  @Test
  void parse_aContactLineWithTheDayGluedToIt_isTheSitesBannerNotThePagesDate() throws Exception {
    String banner = "Đường dây nóng: 0983449277 - 0913303903Thứ bảy, 27/07/2024 09:16 GMT+7";
    String page = banner + "\n\nEnvoys hold talks on trade\n\n" + BODY;
    assertHeadlineUnderJunk(page, "Envoys hold talks on trade", banner);
    assertEquals(Optional.empty(), parse(page).publishedDate());
  }

  @Test
  void parse_aNoticeThatTheSiteIsBeingRebuilt_isPageJunk() throws Exception {
    String notice = "The website is under renovation. Temporary interruptions are possible.";
    assertHeadlineUnderJunk(notice + "\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", notice);
  }

  @Test
  void parse_aVideoPlayersNoticeAboveTheHeadline_isPageJunk() throws Exception {
    String notice = "Ваш браузер не поддерживает элементы с видео.";
    assertHeadlineUnderJunk(notice + "\nСтороны обсудили сотрудничество\n\n" + BODY,
        "Стороны обсудили сотрудничество", notice);
  }

  @Test
  void parse_pictureLabelGluedBetweenHeadlineAndCaption_separatesThemAndIsPageJunk()
      throws Exception {
    Article a = parse("https://en.example.vn/envoys-hold-talks/1.vnp\nEnvoys hold talks on trade"
        + " hinh anh 1The envoys at the talks (Photo: VNA)\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks on trade"), a.title());
    assertEquals(List.of("hinh anh 1"), a.boilerplate());
    assertTrue(a.captions().contains("The envoys at the talks (Photo: VNA)"), a.captions().toString());
  }

  @Test
  void parse_pageAddressPrintedAgainBesideTheDate_isPageJunkAboveTheTitle() throws Exception {
    String url = "https://news.example.ru/20250822/envoys-2037016175.html";
    Article a = parse(url + "\n date 2025-08-22 " + url + "\n\nEnvoys hold talks on trade\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks on trade"), a.title());
    assertEquals(List.of(url), a.boilerplate());
  }

  @Test
  void parse_printSectionAndSlashPathAboveTheHeadline_arePageJunk() throws Exception {
    Article a = parse(" date 2026-01-24 Газета\nГлавная / Политика /\n\n"
        + "Посол провел переговоры в Москве\n\n" + BODY);
    assertEquals(Optional.of("Посол провел переговоры в Москве"), a.title());
    assertEquals(List.of("Газета", "Главная / Политика /"), a.boilerplate());
  }

  @Test
  void parse_siteEditorsCreditAndPhotoCopyright_areNoParagraphsBeforeTheDateline()
      throws Exception {
    String caption = "Посол Иван Петров © Анна Смирнова/ ТАСС";
    Article a = parse("Посол провел переговоры\n\nПосол рад возможности встретиться с министром."
        + "\n\nРедакция сайта ТАСС\n\n" + caption + "\n\nМОСКВА, 10 октября. /ТАСС/. " + BODY);
    assertEquals(Optional.of("МОСКВА"), a.dateline());
    assertEquals(List.of("Редакция сайта ТАСС"), a.credits());
    assertTrue(a.captions().contains(caption), a.captions().toString());
  }

  @Test
  void parse_feedLabelsCalendarAndPollAboveTheHeadline_arePageJunk() throws Exception {
    Article a = parse("ПРИШЛИТЕ СВОЮ НОВОСТЬ!\nЛента новостей\nВыбрать категорию:\n02 декабря\n"
        + "01 декабря\n15:56\n30 ноября\nЭНЦИКЛОПЕДИЯ ДОБРА\nГОЛОСОВАНИЕ\n"
        + "Нужна ли астрономия в школе?\n\nПосол провел переговоры в Москве\n\n14 марта, 19:41\n\n"
        + BODY);
    assertEquals(Optional.of("Посол провел переговоры в Москве"), a.title());
    assertTrue(a.boilerplate().containsAll(List.of("Лента новостей", "02 декабря", "15:56",
        "30 ноября", "ГОЛОСОВАНИЕ", "Нужна ли астрономия в школе?")), a.boilerplate().toString());
    assertEquals(List.of(BODY), a.paragraphs());
  }

  @Test
  void parse_aBrowserNoticeALinkRowAndAPathPointingBack_arePageJunk() throws Exception {
    Article a = parse("Для корректной и безопасной работы сайта используйте браузеры с поддержкой"
        + " российских сертификатов\nКарта сайта RSS Youtube Rutube VKontakte Odnoklassniki"
        + " Telegram\nГлавная < Образование < Новости < Подробнее\n\nСостоялись переговоры"
        + " начальников штабов\n\n" + BODY);
    assertEquals(Optional.of("Состоялись переговоры начальников штабов"), a.title());
    assertEquals(3, a.boilerplate().size(), a.boilerplate().toString());
  }

  @Test
  void parse_aPromptToFollowTheSite_isPageJunk() throws Exception {
    Article a = parse("Hai nước thúc đẩy hợp tác\n\nTheo dõi Báo Gia Lai trên Google News\n\n"
        + BODY);
    assertEquals(List.of("Theo dõi Báo Gia Lai trên Google News"), a.boilerplate());
    assertEquals(List.of(BODY), a.paragraphs());
    // a sentence that opens so is text: "Theo dõi tình hình trên biển, …"
    Article b = parse("Hai nước thúc đẩy hợp tác\n\nTheo dõi tình hình trên biển, hai bên trao đổi"
        + " thường xuyên.\n\n" + BODY);
    assertEquals(List.of(), b.boilerplate());
  }

  @Test
  void parse_linksToSkipTheSitesMenus_arePageJunkAboveTheHeadline() throws Exception {
    assertHeadlineUnderJunk("Skip Ribbon Commands\nSkip to main content\nSign In\n\n"
            + "Completing negotiations of the labour agreement\n\n" + BODY,
        "Completing negotiations of the labour agreement", "Skip Ribbon Commands",
        "Skip to main content", "Sign In");
  }

  @Test
  void parse_theLabelOfABreadcrumb_isPageJunkAboveTheHeadline() throws Exception {
    assertHeadlineUnderJunk("You are here\n\nEnvoys hold talks on space\n\n" + BODY,
        "Envoys hold talks on space", "You are here");
  }

  @Test
  void parse_aLinkBackToTheHomePage_isPageJunkAboveTheHeadline() throws Exception {
    assertHeadlineUnderJunk(" date 2017-10-15 Back to Main page\nEnvoys hold talks on space\n\n"
        + BODY, "Envoys hold talks on space", "Back to Main page");
    assertHeadlineUnderJunk("На главную\n\nСостоялись переговоры начальников штабов\n\n" + BODY,
        "Состоялись переговоры начальников штабов", "На главную");
  }

  @Test
  void parse_aSitesViewSettingsAndBanner_arePageJunkAboveTheHeadline() throws Exception {
    assertHeadlineUnderJunk("View settings\n\nFont size:\nSite colours:\n\n\n"
            + "Official website of the President of Russia\n\n"
            + "Envoys hold talks on space\n\n" + BODY,
        "Envoys hold talks on space", "View settings", "Font size:", "Site colours:",
        "Official website of the President of Russia");
  }

  @Test
  void parse_aSitesMenuRow_isPageJunkAboveTheHeadline() throws Exception {
    String menu = "Trang chủ     Đăng ký nhận tin    Ý kiến bạn đọc   Liên kết website English";
    assertHeadlineUnderJunk(menu + "\n\nHai nước thúc đẩy hợp tác\n\n" + BODY,
        "Hai nước thúc đẩy hợp tác", menu);
  }

  @Test
  void parse_oneWordAboveTheHeadline_isASectionLabel() throws Exception {
    Article a = parse("Ханой\n\nВыставка российских книг в Национальной библиотеке\n\n" + BODY);
    assertEquals(Optional.of("Выставка российских книг в Национальной библиотеке"), a.title());
    assertEquals(List.of("Ханой"), a.boilerplate());
    // a one-word line above body text is no headline either
    Article b = parse("News\n\n" + BODY);
    assertEquals(Optional.empty(), b.title());
    assertEquals(List.of("News"), b.boilerplate());
  }

  @Test
  void parse_headlineOnTheDateLine_isTheTitle() throws Exception {
    Article a = parse(" date 2020-05-06 Envoys hold talks on trade\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks on trade"), a.title());
    assertEquals(List.of(), a.warnings());
  }

  @Test
  void parse_headlinesJoinedBySlashes_areLinksToOtherArticles() throws Exception {
    String links = "President congratulates the winner of the election"
        + " / Party chief congratulates the winner of the vote";
    Article a = parse(" date 2018-12 " + links + "\n\n" + BODY);
    assertEquals(Optional.empty(), a.title());
    assertEquals(List.of(links), a.boilerplate());
    // a breadcrumb's labels are short: its last part is the headline, the path page junk (as
    // with "Home > News > …"); a path of slashes with a one-word last label is all path
    Article crumbs = parse("Home / News / Envoys hold talks on trade\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks on trade"), crumbs.title());
    assertEquals(List.of("Home / News /"), crumbs.boilerplate());
    Article path = parse("Главная / Новости / Политика\nEnvoys hold talks on trade\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks on trade"), path.title());
  }

  @Test
  void parse_pathWithoutSeparatorsAndShortenedHeadline_arePageJunkAboveTheTitle()
      throws Exception {
    assertHeadlineUnderJunk(
        "Home page News\nChurch building discussed at …\n\n"
            + "Church building discussed at a meeting in Moscow\n\n" + BODY,
        "Church building discussed at a meeting in Moscow",
        "Home page News", "Church building discussed at …");
    // below the first line, or with a lower-case word, it is text
    assertEquals(Optional.of("Home Ministry officials meet"),
        parse("Home Ministry officials meet\n\n" + BODY).title());
  }

  @Test
  void parse_pathAboveTheSluggedHeadline_isPageJunkHoweverLong() throws Exception {
    assertHeadlineUnderJunk(
        "https://example.com/envoys-hold-talks-on-trade-203167.html\n"
            + "Trang chủ Chuyện ngoại giao Đời sống đối ngoại\n07:27 | 06/08/2024 GMT+7\n\n"
            + "Envoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade",
        "Trang chủ Chuyện ngoại giao Đời sống đối ngoại", "07:27 | 06/08/2024 GMT+7");
  }

  @Test
  void parse_breadcrumbWithWideSpacesAndATrailingSeparator_isPageJunk() throws Exception {
    assertHeadlineUnderJunk("Home   >  News & Events  >   News  >  \n"
            + "Envoys hold talks on trade\n" + BODY,
        "Envoys hold talks on trade", "Home   >  News & Events  >   News  >");
  }

  @Test
  void parse_sectionLabelAboveAHeadlineTheSlugSpellsAfterThePagesNumbers_isPageJunk()
      throws Exception {
    assertHeadlineUnderJunk(
        "https://example.com/196-824-5-phi-hanh-gia-tham-viet-nam-ylt626678.html\n"
            + "Đời sống\n\nPhi hành gia thăm Việt Nam\n\n" + BODY,
        "Phi hành gia thăm Việt Nam", "Đời sống");
  }

  @Test
  void parse_theAccessibilityMenusLinkInEnglish_isPageJunk() throws Exception {
    assertHeadlineUnderJunk("Regular version of the site\n\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", "Regular version of the site");
  }

  @Test
  void parse_firstLineTheHeadlineGluedToTheText_isAPreviewAndTheHeadlineBelowTheTitle()
      throws Exception {
    String preview = "Envoys hold talks on trade " + BODY;
    assertHeadlineUnderJunk(preview + "\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", preview);
  }

  @Test
  void parse_theSitesNameSpeltByItsInitials_isJunk() throws Exception {
    assertHeadlineUnderJunk("https://en.vass.gov.vn/news/1\nVietnam Academy Of Social Sciences\n\n"
        + "Envoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", "Vietnam Academy Of Social Sciences");
    assertHeadlineUnderJunk("Войти в почту\n\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", "Войти в почту");
  }

  @Test
  void parse_aRowOfPageButtons_isJunk() throws Exception {
    assertHeadlineUnderJunk("Вернуться назад Распечатать\n\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", "Вернуться назад Распечатать");
    assertHeadlineUnderJunk("Logo\nВерсия для печати\n\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", "Logo", "Версия для печати");
    // a news section's name alone on its line
    assertHeadlineUnderJunk("Политика\n\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", "Политика");
  }

  @Test
  void parse_pathGluedBeforeTheHeadlineAboveIt_isABreadcrumb() throws Exception {
    assertHeadlineUnderJunk(
        " / Главная / Все новости / Envoys hold talks on trade\n\nEnvoys hold talks on trade"
            + "\n\n" + BODY,
        "Envoys hold talks on trade", "/ Главная / Все новости / Envoys hold talks on trade");
    assertHeadlineUnderJunk(
        "Домой Экономика Envoys hold talks on trade\n\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", "Домой Экономика Envoys hold talks on trade");
    // a speaker before the headline is no path
    assertEquals(List.of(), parse("Olga Petrova: Envoys hold talks on trade\n\nEnvoys hold talks"
        + " on trade\n\n" + BODY).boilerplate());
  }

  @Test
  void parse_sectionMarkerGluedToTheHeadline_cutsOffTheOtherNews() throws Exception {
    // the section's short link lines end at the first paragraph of the text
    String paragraph = (BODY + " ").repeat(4).strip();
    assertHeadlineUnderJunk(
        "Envoys hold talks on tradeTin khácFloods hit the central provinces\n\n" + paragraph,
        "Envoys hold talks on trade", "Tin khác", "Floods hit the central provinces");
  }

  @Test
  void parse_trailingHeadlinesEachWithItsDate_areLinksToOtherNews() throws Exception {
    String links = "Patriarch sends condolences\n27.04.2025\nPrimates meet the President\n23.04.2025\n";
    Article a = parse("Envoys hold talks on trade\n\n" + BODY + "\n\n" + links);
    assertEquals(List.of(BODY), a.paragraphs());
    assertEquals(List.of("Patriarch sends condolences", "27.04.2025", "Primates meet the President",
        "23.04.2025"), a.boilerplate());
    // one headline with a date is not yet a list
    Article one = parse("Envoys hold talks on trade\n\n" + BODY + "\n\nTalks went on\n27.04.2025\n");
    assertTrue(one.paragraphs().contains("Talks went on"));
    // the date in brackets at the headline's end
    String inline =
        "Patriarch sends condolences (27/04/2025)\nPrimates meet the President (23/04/2025)";
    Article b = parse("Envoys hold talks on trade\n\n" + BODY + "\n\n" + inline + "\n");
    assertEquals(List.of(BODY), b.paragraphs());
    assertEquals(List.of(inline.split("\n")), b.boilerplate());
    // a sentence ending before its bracketed date is the text's own
    String own = "The minister spoke first. (27/04/2025)";
    Article c =
        parse("Envoys hold talks on trade\n\n" + BODY + "\n\n" + own + "\n" + own + "\n");
    assertTrue(c.paragraphs().contains(own), c.paragraphs().toString());
  }

  @Test
  void parse_captionPointingAtPeople_isNeverTheTitle() throws Exception {
    Article a = parse(" date 2020-05-06 Minister Lan (L) and envoy Petrov (Photo: VNA)\n\n" + BODY);
    assertEquals(Optional.empty(), a.title());
    assertEquals(List.of("Minister Lan (L) and envoy Petrov (Photo: VNA)"), a.captions());
    assertTrue(a.warnings().get(0).message().contains("photo caption"));
  }

  @Test
  void parse_captionWhoseTextIsASentence_isNotTheTitle() throws Exception {
    Article a = parse("Hai bộ trưởng tại buổi gặp. Ảnh: Minh Anh\n\n" + BODY);
    assertEquals(Optional.empty(), a.title());
    assertEquals(List.of(WarningKind.NO_TITLE), kinds(a));
  }

  // --- a one-line article, and blocks glued together ---

  @Test
  void parse_oneLineArticle_splitsCaptionDatelineSentencesAndEndMark() throws Exception {
    Article a =
        parse(
            " date 2021-09-28 Officials at the meeting in the capital. — VNA/VNS Photo Lan Anh"
                + " HÀ NỘI — The two ministers discussed trade. They agreed to meet again on"
                + " Friday. The talks were… Read full this story");
    assertEquals(Optional.empty(), a.title());
    assertEquals(
        List.of("Officials at the meeting in the capital. — VNA/VNS Photo Lan Anh"), a.captions());
    assertEquals(Optional.of("HÀ NỘI"), a.dateline());
    assertEquals(
        List.of(
            "HÀ NỘI — The two ministers discussed trade. They agreed to meet again on Friday."
                + " The talks were…"),
        a.paragraphs());
    assertEquals(List.of("Read full this story"), a.boilerplate());
    assertEquals(Optional.of(PartialDate.of(2021, 9, 28)), a.publishedDate());
  }

  @Test
  void parse_captionGluedToDatelineParagraph_isCutAfterTheCredit() throws Exception {
    Article a =
        parse("Envoys hold talks\nMinister Lan and envoy Petrov (Photo: VNA)Hanoi (VNA) – " + BODY);
    assertEquals(List.of("Minister Lan and envoy Petrov (Photo: VNA)"), a.captions());
    assertEquals(List.of("Hanoi (VNA) – " + BODY), a.paragraphs());
    assertEquals(Optional.of("Hanoi"), a.dateline());
  }

  // --- headers and date lines ---

  @Test
  void parse_monthOnlyDateHeader_givesAPartialPublishedDate() throws Exception {
    Article a = parse(" date 2017-03 Envoys hold talks\n\n" + BODY);
    assertEquals(Optional.of(PartialDate.ofYearMonth(2017, 3)), a.publishedDate());
    assertEquals(Optional.of("Envoys hold talks"), a.title());
  }

  @Test
  void parse_timestampGluedToTitle_isCutOffAndGivesTheDate() throws Exception {
    Article a = parse("Hai bên thảo luận về hợp tác 14/03/2019 09:15\n\n" + BODY);
    assertEquals(Optional.of("Hai bên thảo luận về hợp tác"), a.title());
    assertEquals(Optional.of(PartialDate.of(2019, 3, 14)), a.publishedDate());
    assertEquals(List.of("14/03/2019 09:15"), a.boilerplate());
  }

  @Test
  void parse_timestampLinesNearTheTop_giveTheDate() throws Exception {
    for (String stamp :
        List.of(
            "09:15, 14/03/2019",
            "Thứ Năm, 14/03/2019 09:15:00",
            "Thứ Năm 14/03/2019 , 09:15 (GMT+7)",
            "Thời sựThứ Năm, 14/03/2019",
            "Новости 14 марта 2019 г. 09:15 обновлено 14 марта 2019 г. 14:15")) {
      Article a = parse("Hai bên thảo luận về hợp tác\n\n" + stamp + "\n\n" + BODY);
      assertEquals(Optional.of(PartialDate.of(2019, 3, 14)), a.publishedDate(), stamp);
      assertEquals(List.of(stamp), a.boilerplate(), stamp);
      assertEquals(List.of(BODY), a.paragraphs(), stamp);
    }
  }

  @Test
  void parse_aTimestampAfterManyMenuLines_stillDatesThePage_butNotOneAfterTheText()
      throws Exception {
    String menu = "Главная\nНовости\nАнонс\nАрхив\n«Журнал»\n№ 1 (71) 2024\nКонтакты\n";
    String stamp = "июл 24, 2020\n"; // month first, as English formats print Russian months
    assertPublished("2020-07-24", "Встреча в Смольном\n" + menu + stamp + BODY);
    String paragraph = (BODY + " ").repeat(5);
    Article late = parse("Встреча в Смольном\n" + menu + paragraph + "\n" + stamp + BODY);
    assertEquals(Optional.empty(), late.publishedDate());
  }

  @Test
  void parse_aStampUnderTheStandfirst_datesThePage_butNotOneUnderTheLastParagraph()
      throws Exception {
    String head = "Forkagro Pixel\nVietnam expressed interest in Russian wheat\nCereals\nWheat\n"
        + "agricultural products\n\nVietnam expressed interest in Russian wheat\n\n";
    String standfirst = (BODY + " ").repeat(5).strip() + "\n\n";
    String stamp = "16 July 2023 16 July 2023\n\n";
    String paragraph = (BODY + " ").repeat(5).strip() + "\n";
    assertPublished("2023-07-16", head + standfirst + stamp + paragraph);
    Article tail = parse(head + paragraph + "\nTags:\nMid-market rates: 2024-11-25 22:58 UTC\n");
    assertEquals(Optional.empty(), tail.publishedDate());
  }

  @Test
  void parse_siteDateAboveTitle_yieldsToThePagesOwnDate() throws Exception {
    String site = "March 20, 2019 | 08:00 GMT +7\n";
    Article own = parse(site + "Envoys hold talks\nThứ Năm 14/03/2019 , 09:15\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2019, 3, 14)), own.publishedDate());
    assertEquals(Optional.of("Envoys hold talks"), own.title());
    Article only = parse(site + "Envoys hold talks\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2019, 3, 20)), only.publishedDate());
  }

  @Test
  void parse_twoDatesUnderTheTitle_theOneWithATimeIsThePages() throws Exception {
    String title = "Envoys hold talks\n";
    Article a = parse(title + "Chủ Nhật, 22/9/2024\nThứ Ba, 23/2/2010 16:30'(GMT+7)\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2010, 2, 23)), a.publishedDate());
    Article b = parse(title + "Thứ Ba, 23/2/2010 16:30\nChủ Nhật, 22/9/2024\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2010, 2, 23)), b.publishedDate());
    Article c = parse(title + "Chủ Nhật, 22/9/2024\nThứ Ba, 23/2/2010\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2024, 9, 22)), c.publishedDate(), "no time: the first");
  }

  @Test
  void parse_sectionMarkerAboveTheText_endsAtTheFirstParagraph() throws Exception {
    String paragraph = (BODY + " ").repeat(5).strip();
    Article a = parse("Envoys hold talks\nXem thêm:\nAnother headline\n" + paragraph + "\n"
        + BODY + "\nXem thêm:\nA related headline\n" + paragraph);
    assertEquals(List.of(paragraph, BODY), a.paragraphs());
    assertEquals(List.of("Xem thêm:", "Another headline", "Xem thêm:", "A related headline",
        paragraph), a.boilerplate());
  }

  @Test
  void parse_sectionMarkerAboveAHardWrappedOrShortParagraphText_endsWhereTheTextStarts()
      throws Exception {
    // a hard-wrapped dump: no line is a paragraph long, but its lines run on into each other
    Article a = parse("https://example.com/news/1\nTin mới nhất\n"
        + "The two countries have agreed to enhance coordination between\n"
        + "their two legislatures to further develop the comprehensive strategic\n"
        + "partnership, for the benefit of the two peoples and business communities\n"
        + "in various fields.\n" + BODY);
    assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
    assertEquals(List.of("Tin mới nhất"), a.boilerplate());
    // short paragraphs, one sentence a line, right under the marker: running text, not links
    String first = "Both sides praised the fine development in bilateral ties and cooperation"
        + " between the two national broadcasters.";
    String second = "They agreed to hold a joint performance to celebrate the anniversary of the"
        + " founding of the two stations.";
    Article b = parse("https://example.com/news/2\nLatest news\nMenu\n" + first + "\n" + second);
    assertEquals(List.of(first, second), b.paragraphs());
    // a list of link titles under the marker stays junk
    Article c = parse("Envoys hold talks\nTin mới nhất\nAnother headline of the day\n"
        + "A related headline on trade\n\n" + (BODY + " ").repeat(5).strip());
    assertEquals(List.of("Tin mới nhất", "Another headline of the day",
        "A related headline on trade"), c.boilerplate());
  }

  @Test
  void parse_sectionMarkerAboveTheHeadline_isAMenuItem() throws Exception {
    // "Latest news" in the page's menu, above the headline: no list of links follows it
    Article a = parse("https://example.com/news/3\nMenu\nLatest news\nEnvoys hold talks in the"
        + " capital\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks in the capital"), a.title());
    assertEquals(List.of(BODY), a.paragraphs());
    assertEquals(List.of("Menu", "Latest news"), a.boilerplate());
  }

  @Test
  void parse_menuRowBetweenBarsAndLoginButtons_arePageJunk_aHeadlineWithItsSiteIsNot()
      throws Exception {
    assertHeadlineUnderJunk("https://example.vn/a.html\nTrang chủ | Thời sự | Thế giới | Kinh tế\n"
        + "Đăng nhập Đăng ký\nEnvoys hold talks in the capital\n\n" + BODY,
        "Envoys hold talks in the capital", "Trang chủ | Thời sự | Thế giới | Kinh tế",
        "Đăng nhập Đăng ký");
    Article b = parse("https://example.vn/b.html\nEnvoys hold talks in the capital | World | VOV\n\n"
        + BODY);
    assertEquals(List.of(), b.boilerplate());
  }

  @Test
  void parse_relatedBoxInsideTheText_endsWhereASentenceGoesOnAfterABlankLine() throws Exception {
    String paragraph = (BODY + " ").repeat(5).strip();
    String resumed = "While hosting the delegation in Hanoi on March 14, the minister praised the"
        + " group's projects in the country.";
    Article a = parse("Envoys hold talks\n" + paragraph + "\nTIN LIÊN QUAN\n"
        + "A related headline Another related headline\n\n" + resumed + "\n\n" + BODY);
    assertEquals(List.of(paragraph, resumed, BODY), a.paragraphs());
    assertEquals(List.of("TIN LIÊN QUAN", "A related headline Another related headline"),
        a.boilerplate());
    // a related headline with its lead on the next line, and a template's placeholder, stay out
    String lead = "On March 8 in the capital, the youth delegation held talks with its hosts on"
        + " the plans of the two organisations for the year.";
    Article b = parse("Envoys hold talks\n" + paragraph + "\n\nTin liên quan\n\n"
        + "Youth events of the year\n" + lead + "\n\nLorem ipsum, dolor sit amet"
        + " consectetur adipisicing elit. Fugit quisquam eum eius est architecto.");
    assertEquals(List.of(paragraph), b.paragraphs());
  }

  @Test
  void parse_menuThenBreadcrumbEndingInTheHeadline_titleIsTheHeadlineDatedByItsUpdateStamp()
      throws Exception {
    // "Skip to content" in Vietnamese, the site's calendar, a menu, a breadcrumb whose last item
    // is the headline, the headline, and the only stamp of the page: when it was updated
    Article a = parse("Chuyển đến nội dung\nThứ 5, ngày 05/06/2025\n|\n  • Trang chủ\n"
        + "  • Tin tức, sự kiện\n  • /\n  • Envoys hold talks in the capital\n\n"
        + "Envoys hold talks in the capital\n\nCập nhật: 19/11/2021\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks in the capital"), a.title());
    assertEquals(Optional.of(PartialDate.of(2021, 11, 19)), a.publishedDate());
    assertEquals(List.of(BODY), a.paragraphs());
  }

  @Test
  void parse_oneWordAboveTheStamp_isALabel_theHeadlineIsUnderTheStamp() throws Exception {
    Article a = parse("https://example.org/en/news/1\nTo the list\n\n    News\n\n    1\n"
        + "    December\n    2018\n\n    The delegation of the youth union took part in the"
        + " youth forum\n\n    " + BODY + "\n");
    assertEquals(Optional.of("The delegation of the youth union took part in the youth forum"),
        a.title());
    assertEquals(Optional.of(PartialDate.of(2018, 12, 1)), a.publishedDate());
    assertEquals(List.of("To the list", "News", "1", "December", "2018"), a.boilerplate());
  }

  @Test
  void parse_sectionMarkerAboveTheText_endsAtTheFirstSentenceSetApartByABlankLine()
      throws Exception {
    // the page's "Latest News:" box holds its headlines; the text's first sentence, shorter than
    // a paragraph is taken to be, ends it
    String first = "MOSCOW, July 30 (Xinhua) -- The president on Monday wrapped up a five-day"
        + " visit, which is set to push forward cooperation in various fields.";
    Article a = parse("Latest News:\nBeijing   Heavy rain    27 / 23 C  City Forecast\n\n" + first
        + "\n\n" + BODY);
    assertEquals(List.of(first, BODY), a.paragraphs());
  }

  @Test
  void parse_oneMeetingToldByACaptionAboveTheLead_isDatedByTheLeadThatSaysWhenAndWhere()
      throws Exception {
    // the caption above the text is not its lead: the lead says when and where the news happened
    Article a = parse("https://example.org/x\nDeputy Prime Minister Trinh Dinh Dung (L) and his"
        + " Russian counterpart Maksim Akimov at the meeting. (Photo: VNA)\n\nMoscow (VNA) –"
        + " Vietnam and Russia reached consensus on trade during the 21st session of the committee"
        + " in Moscow on October 29.\n\n" + BODY);
    assertEquals(1, a.meetings().size());
    assertEquals(Optional.of(PartialDate.parse("--10-29")), a.meetings().get(0).date());
  }

  @Test
  void parse_sidesThatDiscussedDuringAPhoneTalk_heldTheCallOnly() throws Exception {
    // "discussed" says only that the two met, and the call the sentence names is how
    Article a = parse("https://example.org/x\n date 2022-03-15 Foreign ministers hold phone talks\n"
        + "Foreign Minister Bui Thanh Son (left) and his Russian counterpart Sergey Lavrov had a"
        + " phone talk on March 15. (Photo: VNA)Hanoi (VNA) – Foreign Minister Bui Thanh Son and"
        + " his Russian counterpart Sergey Lavrov discussed the conflict in Ukraine in a candid"
        + " manner during a phone talk on March 15.\n" + BODY);
    assertEquals(List.of(MeetingKind.PHONE_CALL),
        a.meetings().stream().map(Meeting::kind).toList());
  }

  @Test
  void parse_sourceNameWithTheDateGluedOn_isThePagesStamp() throws Exception {
    // two spans of a page run together: the source's name (twice, as printed) and its date
    Article a = parse("https://example.org/en/envoys\nExample.org - News of the world\n\n"
        + "Envoys hold talks in the capital\n\nNews AgencyNews Agency09/05/2025\n\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2025, 5, 9)), a.publishedDate());
    assertEquals(List.of(BODY), a.paragraphs());
    // a site's name with the date glued on is its stamp, not only its junk
    assertPublished("2025-04-20", "Envoys hold talks in the capital\n\nExampleExample20/04/2025"
        + "\n\n" + BODY);
    // a source's name of four words, printed twice: seven words as the line reads, four once
    assertPublished("2025-05-12", "Envoys hold talks in the capital\n\nBáo điện tử VOVBáo điện"
        + " tử VOV12/05/2025\n\n" + BODY);
    // prose ending in a date with a space before it is no stamp
    Article b = parse("Envoys hold talks in the capital\n\nThe two sides met in the capital"
        + " on 09/05/2025\n\n" + BODY);
    assertEquals(Optional.empty(), b.publishedDate());
  }

  @Test
  void parse_shortHeadlineOpeningWithAQuestion_isTheTitle() throws Exception {
    Article a = parse("https://example.org/news/2\nEnvoys in Hanoi? Ministers sign a trade pact\n\n"
        + BODY);
    assertEquals(Optional.of("Envoys in Hanoi? Ministers sign a trade pact"), a.title());
    // a long line of a question and its answer is body text
    Article b = parse("https://example.org/news/3\nWho met in Hanoi? The two ministers met there on"
        + " Monday and talked about trade, energy and the new pact for a long time\n\n" + BODY);
    assertEquals(Optional.empty(), b.title());
  }

  @Test
  void parse_headlineClosedByABar_keepsTheBarAsPageJunk() throws Exception {
    // the site's name the bar led to was left out of the copy
    Article a = parse("https://example.org/news/1\nEnvoys hold talks in the capital |\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks in the capital"), a.title());
    assertTrue(a.boilerplate().contains("|"), a.boilerplate().toString());
  }

  @Test
  void parse_stampsWithUnpaddedIsoDatesOrFurnitureWords_dateThePage() throws Exception {
    assertPublished("2023-03-02", "Envoys hold talks\n2023-3-2 17:14 |\n" + BODY);
    assertPublished("2019-12-09",
        "Envoys hold talks\n15:49 - Thứ Hai, 09/12/2019 Lượt xem: 5393 In bài viết\n" + BODY);
    // a photo credit after the stamp is the picture's: its words are none of the stamp line's
    assertPublished("2024-04-18", "Забайкалье и Вьетнам\nЭкономика,  18.04.2024 19:44."
        + " Фото:Пресс-служба правительства Забайкалья\n" + BODY);
    // without a time, a line of that many words is text, not a stamp
    Article a = parse("Envoys hold talks\nThứ Hai, 09/12/2019 Lượt xem nhiều bài viết về hợp tác\n"
        + BODY);
    assertEquals(Optional.empty(), a.publishedDate());
  }

  @Test
  void parse_dateBlocksAndSlashAgencies_dateThePage() throws Exception {
    // day, month and year each on a line of their own, above the text
    assertPublished("2021-10-27", "Envoys hold talks\n    27\n    октября\n    2021\n" + BODY);
    // a paragraph opening with a full date, a full stop and the agency between slashes
    Article a = parse("Посол прибыл в Курск\n23 марта 2021. /46ТВ/. Сегодня в Курск прибыл посол.");
    assertEquals(Optional.of(PartialDate.of(2021, 3, 23)), a.publishedDate());
  }

  @Test
  void parse_theSitesNameAndPageButtons_areNoTitle() throws Exception {
    Article a = parse("https://www.apnnews.com/russian-prez-in-vietnam/\nAPN News\n"
        + "Russian Prez in Vietnam, nuclear deal in the offing\n" + BODY);
    assertEquals(Optional.of("Russian Prez in Vietnam, nuclear deal in the offing"), a.title());
    assertEquals(List.of("APN News"), a.boilerplate());
    assertEquals(Optional.of("Envoys hold talks"),
        parse("Print article\nEnvoys hold talks\n" + BODY).title());
    // on another site the same line is a headline
    assertEquals(Optional.of("APN News"), parse("https://example.org/a\nAPN News\n" + BODY).title());
  }

  /**
   * A news feed's region tag and date before the report's own dateline ({@code VIETNAM, January
   * 23 - HÀ NỘI —}, as a press-release feed reprints a wire report): the date is the feed's, so the
   * report's meetings are not the city's of that day; the city's own date makes them so.
   */
  @Test
  void parse_feedTagDateBeforeAnUndatedDateline_datesNoMeetingThere() throws Exception {
    String body = " Deputy Prime Minister Dmitry Chernyshenko held talks with Party official"
        + " Le Hoai Trung on the relations between the two countries.";
    Article feed = parse("Talks\nVIETNAM, January 23 - HÀ NỘI —" + body);
    assertEquals(Optional.of("HÀ NỘI"), feed.dateline());
    assertEquals(1, feed.meetings().size(), feed.meetings().toString());
    assertEquals(Optional.empty(), feed.meetings().get(0).place());
    Article dated = parse("Talks\nHÀ NỘI, January 23 —" + body);
    assertEquals("Hanoi", dated.meetings().get(0).place().orElseThrow().city().orElseThrow());
  }

  /** A path of a site's sections that ends with its separator is no headline. */
  @Test
  void parse_breadcrumbEndingWithItsSeparator_isNoHeadline() throws Exception {
    Article a = parse("https://example.ru/gas/news/1.htm\nпартнеры:\n"
        + "PRO-GAS » Сжиженный газ » Новости Газовой промышленности »\n\n"
        + "«Газпром» планирует поставлять СПГ во Вьетнам\n\n22.08.2014 |\n\n"
        + "Глава «Газпрома» Алексей Миллер обсудил с послом Вьетнама проекты сотрудничества.");
    assertEquals(Optional.of("«Газпром» планирует поставлять СПГ во Вьетнам"), a.title());
  }

  @Test
  void parse_placeWithAgencyAndDateInBrackets_isADatedDateline() throws Exception {
    Article a = parse("Talks\nMOSCOW (UrduPoint News / Sputnik - 06th February, 2020) " + BODY);
    assertEquals(Optional.of(PartialDate.of(2020, 2, 6)), a.publishedDate());
    assertEquals(Optional.of("MOSCOW"), a.dateline());
  }

  @Test
  void parse_placeNotInCapitalsBeforeAgencyAndDateInBrackets_isADatedDateline() throws Exception {
    Article a = parse("Talks\nHà Nội (TTXVN 17/3/2024) " + BODY);
    assertEquals(Optional.of(PartialDate.of(2024, 3, 17)), a.publishedDate());
    assertEquals(Optional.of("Hà Nội"), a.dateline());
    // without a known agency in the brackets, a place not in capitals opens no dateline
    assertEquals(Optional.empty(), parse("Talks\nHà Nội (Ghi 17/3/2024) " + BODY).dateline());
  }

  @Test
  void parse_placeWithCountryDateAndAgencyInBrackets_isADatedDateline_ofACityNamedAfterAPerson()
      throws Exception {
    Article a = parse("Talks\nHo Chi Minh (Vietnam), July 6 (EFE). Today Russian Foreign Minister"
        + " Sergei Lavrov praised the relationship between his country and Vietnam.");
    assertEquals(Optional.of("Ho Chi Minh"), a.dateline());
    assertEquals(List.of("sergey-lavrov"), a.persons().stream().map(p -> p.value()).toList());
  }

  @Test
  void parse_agencyAndDateAloneInBrackets_givesTheDay() throws Exception {
    Article a = parse("https://example.org/tin-tuc/2002/10/a\nJoint statement\n(TTXVN 13/10/2002)\n"
        + BODY);
    assertEquals(Optional.of(PartialDate.of(2002, 10, 13)), a.publishedDate());
  }

  @Test
  void parse_agencyDatelineWithDate_givesThePublishedDateAndNoPlace() throws Exception {
    Article a = parse("Envoys hold talks\nORIENT-WIRE. March 4, 2015. " + BODY);
    assertEquals(Optional.of(PartialDate.of(2015, 3, 4)), a.publishedDate());
    assertEquals(Optional.empty(), a.dateline());
  }

  @Test
  void parse_wireDatelineWithoutYear_takesNoYearFromNowhere() throws Exception {
    Article a = parse("Envoys hold talks\nHANOI, March 3 (Reuters) - " + BODY);
    assertEquals(Optional.of("HANOI"), a.dateline());
    assertEquals(Optional.empty(), a.publishedDate());
  }

  @Test
  void parse_datelineUnderCaptionsAndCredits_isFoundBeforeTheTextsFirstParagraph()
      throws Exception {
    Article a = parse("Envoy meets leader in Hanoi\n"
        + "Envoy meets the leader of Vietnam in Hanoi\n"
        + "© Agency / Ivan Petrov | Go to the photo bankThe envoy of the President during the"
        + " talks in the capital\n"
        + "© Agency / Ivan Petrov\n"
        + "The envoy of the President, Ivan Petrov.\n"
        + "Archive photo\n"
        + "HANOI, September 16 (VNA) – " + BODY);
    assertEquals(Optional.of("HANOI"), a.dateline());
    // a copyright alone on its line is the picture's credit, not a paragraph
    assertTrue(a.credits().contains("© Agency / Ivan Petrov"), a.credits().toString());
    // past the text's first paragraph, a line opening so is no dateline
    Article b = parse("Envoy meets leader\n\n" + BODY + " " + BODY + " " + BODY + " " + BODY
        + "\nShort line one.\nShort line two.\nShort line three.\n"
        + "HANOI, September 16 (VNA) – " + BODY);
    assertEquals(Optional.empty(), b.dateline());
  }

  @Test
  void parse_datelineShapes_giveTheCity() throws Exception {
    assertEquals(Optional.of("Hanoi"), parse("Talks\nHanoi (VNA) – " + BODY).dateline());
    // a short abbreviation in capitals may open a name in Title case
    assertEquals(Optional.of("HCM City"), parse("Talks\nHCM City (VNA) – " + BODY).dateline());
    assertEquals(Optional.of("MOSCOW"), parse("Talks\nMOSCOW, May 9. /TASS/. " + BODY).dateline());
    // a place abroad with its country between slashes; the country places the meeting
    Article abroad = parse("Переговоры\nБОАО /Китай/, 3 декабря. /ТАСС/. Генеральный директор ТАСС"
        + " Андрей Кондрашов провел переговоры с гендиректором ВИА Ву Вьет Чанг.");
    assertEquals(Optional.of("БОАО /Китай/"), abroad.dateline());
    assertEquals(Optional.of("CN"),
        abroad.meetings().get(0).place().map(p -> p.country()));
    // or in brackets, and after a photo caption; the city before it is read first; a report filed
    // that day abroad places the meeting there, not where a visit the text recalls went
    Article summit = parse("Путин рассказал об отношениях\nПрезидент Путин и премьер-министр Фам Минь"
        + " Чинь во время встречи\nТЯНЬЦЗИНЬ (Китай), 1 сен - РИА Новости. Все задачи, которые мы"
        + " ставили в ходе моего визита во Вьетнам, выполняются, - сказал Путин на встрече."
        + " Премьер-министр Вьетнама Фам Минь Чинь поблагодарил Путина за беседу.");
    assertEquals(Optional.of("ТЯНЬЦЗИНЬ (Китай)"), summit.dateline());
    assertEquals(Optional.of(Place.of("Tianjin", "CN")), summit.meetings().get(0).place());
    assertEquals(
        Optional.of("MOSCOW"), parse("Talks\nRUSSIA, June 2 - MOSCOW — " + BODY).dateline());
    assertEquals(Optional.of("HÀ NỘI"), parse("Talks\nHÀ NỘI — " + BODY).dateline());
    // the agency between slashes may name its correspondent; the dated dateline dates the page
    Article a = parse("Talks\nHANOI, March 1, 2001. /RIA Novosti special correspondent/ - " + BODY);
    assertEquals(Optional.of("HANOI"), a.dateline());
    assertEquals(Optional.of(PartialDate.of(2001, 3, 1)), a.publishedDate());
    // a place in Title case, a date with its time, a dash and a known agency
    Article b = parse("Talks\nМосква, 21 октября, 2024, 14:44 — ИА Регнум. " + BODY);
    assertEquals(Optional.of("Москва"), b.dateline());
    assertEquals(Optional.of(PartialDate.of(2024, 10, 21)), b.publishedDate());
    // and without it, as a press release opens; not before a copula, which makes it a sentence
    assertEquals(Optional.of("Москва"),
        parse("Talks\nМосква, 2 июня – заместитель министра провёл встречу. " + BODY).dateline());
    assertEquals(Optional.empty(), parse("Talks\nМосква, 21 октября — это день встречи. " + BODY)
        .dateline());
    // a place in words of any case, a date with its year and a full stop
    Article c = parse("Talks\nРостовская область, 20 февраля 2023. DON24.RU. " + BODY);
    assertEquals(Optional.of("Ростовская область"), c.dateline());
    assertEquals(Optional.of(PartialDate.of(2023, 2, 20)), c.publishedDate());
    // the date in digits, the full stop after it
    Article d = parse("Talks\nРостовская область, 20.02.2023. DON24.RU. " + BODY);
    assertEquals(Optional.of("Ростовская область"), d.dateline());
    assertEquals(Optional.of(PartialDate.of(2023, 2, 20)), d.publishedDate());
    // not without the year, nor when the sentence goes on after the date
    assertEquals(Optional.empty(), parse("Talks\nРостовская область, 20 февраля. " + BODY)
        .dateline());
    assertEquals(Optional.empty(),
        parse("Talks\nMoscow, on 20 February 2023 the talks ended. " + BODY).dateline());
  }

  @Test
  void parse_datelineFirst_isNeverTheTitle() throws Exception {
    for (String dateline :
        List.of("HÀ NỘI — ", "MOSCOW, May 9. /TASS/. ", "RUSSIA, June 2 - MOSCOW — ",
            "HANOI, March 3 (Reuters) - ")) {
      Article a = parse(dateline + BODY + "\n" + BODY);
      assertEquals(Optional.empty(), a.title(), dateline);
      assertEquals(WarningKind.NO_TITLE, a.warnings().get(0).kind(), dateline);
    }
  }

  // --- wire bylines and end credits ---

  @Test
  void parse_wireBylinesAndEndCredits_goToCreditsOrBoilerplate() throws Exception {
    Article a =
        parse(
            "Envoys hold talks\n"
                + BODY + " (Reporting by Jane Roe; Editing by John Doe)\n"
                + "(Writing by Ann Lee)\n"
                + "They agreed to meet again.-VNA\n"
                + "Read full this story");
    assertEquals(
        List.of("(Reporting by Jane Roe; Editing by John Doe)", "(Writing by Ann Lee)", "-VNA"),
        a.credits());
    assertEquals(List.of(BODY, "They agreed to meet again."), a.paragraphs());
    assertEquals(List.of("Read full this story"), a.boilerplate());
  }

  // --- weekdays ---

  @Test
  void parse_weekdayWithoutPublishedDate_isNeverStampedWithTheDatelineDay() throws Exception {
    Article a =
        parse(
            "Vietnam, Russia hold talks\n"
                + "HANOI, March 3 (Reuters) - Vietnamese Prime Minister Nguyen Xuan Phuc held talks"
                + " with Russian Prime Minister Dmitry Medvedev on Tuesday, the government said.\n"
                + "Phuc later received Russian President Vladimir Putin.");
    assertFalse(a.meetings().isEmpty());
    for (Meeting m : a.meetings()) {
      assertEquals(Optional.empty(), m.date(), m.toString());
    }
    assertTrue(kinds(a).contains(WarningKind.EVENT_DATE_UNKNOWN), a.warnings().toString());
  }

  @Test
  void parse_aDayInTheWordsOfAMeetingANameOwns_isThatMeetingsAlone() throws Exception {
    // the welcome is the reception of October 16; October 15 is the day of Volodin's talks
    Article a = parse("https://example.org/x\n date 2023-10-17 Duma chief in Hanoi\n\n"
        + "President Vo Van Thuong received State Duma Chairman Vyacheslav Volodin in Hanoi on"
        + " October 16.\n\nWelcoming Volodin and the Russian delegation, the host leader applauded"
        + " the outcomes of Volodin's talks with National Assembly Chairman Vuong Dinh Hue on"
        + " October 15.\n\n" + BODY);
    assertEquals(List.of("vo-van-thuong vyacheslav-volodin 2023-10-16",
            "vuong-dinh-hue vyacheslav-volodin 2023-10-15"),
        a.meetings().stream().map(m -> m.participants().stream()
            .map(p -> p.person().value()).sorted().collect(Collectors.joining(" "))
            + " " + m.date().map(PartialDate::toString).orElse("-")).sorted().toList());
  }

  @Test
  void parse_aCounterpartsNameMisspelled_isTheHolderOfTheSameOfficeThatYear() throws Exception {
    // a Russian page's spelling put into English: Lavrov's counterpart in 2021 was Bùi Thanh Sơn
    Article a = parse(" date 2021-09-28 Russian Foreign Minister Sergey Lavrov met his Vietnamese"
        + " counterpart, Boy Thanh Son, in Moscow.\n\n" + BODY);
    assertEquals(List.of(PersonId.of("bui-thanh-son"), PersonId.of("sergey-lavrov")),
        a.persons().stream().sorted().toList());
    // a name of its own is someone else's, unlisted
    Article other = parse(" date 2021-09-28 Russian Foreign Minister Sergey Lavrov met his"
        + " Vietnamese counterpart, Tran Van Khoa, in Moscow.\n\n" + BODY);
    assertFalse(other.persons().contains(PersonId.of("bui-thanh-son")), other.persons().toString());
  }

  @Test
  void parse_aMeetingNamingNoDay_isOnTheDayTheLeadToldWhatItsSideSaid() throws Exception {
    // the lead sums up what was said at the meeting the next sentence reports
    String meeting = "\n\nReceiving Russian Minister of Emergency Situations Alexander Kurenkov in"
        + " Hanoi, Chinh said that Vietnam attaches great importance to the partnership.\n\n"
        + BODY;
    Article a = parse(" date 2023-11-10 Hanoi (VNA) – Prime Minister Pham Minh Chinh on November 9"
        + " affirmed that Vietnam always treasures its relations with Russia." + meeting);
    assertEquals(List.of(Optional.of(PartialDate.of(2023, 11, 9))),
        a.meetings().stream().map(Meeting::date).toList());
    // a day inside what was said is another event's
    Article other = parse(" date 2023-11-10 Hanoi (VNA) – Prime Minister Pham Minh Chinh condemned"
        + " the attack that took place on November 9 and affirmed that Vietnam treasures its"
        + " relations with Russia." + meeting);
    assertEquals(List.of(Optional.empty()), other.meetings().stream().map(Meeting::date).toList());
  }

  @Test
  void parse_aNewsFeedsOrPaywallsLinkAboveTheHeadline_isJunk() throws Exception {
    for (String link : List.of("Все новости", "All news", "Tin tức mới", "Sport", "Press Review",
        "Выбрать цветовую схему", "Become a member")) {
      assertHeadlineUnderJunk("https://example.org/a\n" + link + "\nVietnam’s president to attend"
          + " V-Day celebrations in Moscow\n\n" + BODY,
          "Vietnam’s president to attend V-Day celebrations in Moscow", link);
    }
  }

  @Test
  void parse_weekdayWithFullPublishedDate_isTheMostRecentSuchDay() throws Exception {
    Article a =
        parse(
            " date 2021-03-01 Vietnamese Prime Minister Nguyen Xuan Phuc held talks with Russian"
                + " Prime Minister Dmitry Medvedev on Tuesday.\n\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2021, 2, 23)), a.meetings().get(0).date());
  }

  @Test
  void parse_headlineGluedBetweenALabelAndTheText_isCutWhereTheSlugSpellsIt() throws Exception {
    String lead = "Nhằm tiếp tục thúc đẩy hợp tác song phương với các đối tác Liên bang Nga, từ ngày 25"
        + " đến 29/6/2024, Đoàn công tác tỉnh do đồng chí Nguyễn Văn Lâm dẫn đầu đã thăm và làm việc"
        + " tại Liên bang Nga.";
    Article a = parse("https://baonghean.vn/doan-cong-tac-tinh-nghe-an-tham-lien-bang-nga-10274820.html\n"
        + "Xây dựng Đảng Đoàn công tác tỉnh Nghệ An thăm Liên bang Nga " + lead + "\n");
    assertEquals(Optional.of("Đoàn công tác tỉnh Nghệ An thăm Liên bang Nga"), a.title());
    assertEquals(List.of("Xây dựng Đảng"), a.boilerplate());
    assertEquals(List.of(lead), a.paragraphs());
    // a slug cut short only begins a headline that stands alone: no cut
    Article alone = parse("https://baonga.vn/doan-dai-bieu-hoi-huu-nghi-nga-viet-tham.html\n"
        + "Đoàn đại biểu Hội Hữu nghị Nga - Việt thăm, làm việc tại Việt Nam\n\n" + lead + "\n");
    assertEquals(Optional.of("Đoàn đại biểu Hội Hữu nghị Nga - Việt thăm, làm việc tại Việt Nam"),
        alone.title());
  }

  @Test
  void parse_shortLinesAboveTheHeadlineTheSlugSpells_areSectionLabels() throws Exception {
    assertHeadlineUnderJunk(
        "https://example.vn/chinh-tri/dac-phai-vien-hoi-kien-tong-thong-nga-d123456.htm\n"
            + "Chính trị\n\n• Click to copy\n\nĐặc phái viên hội kiến Tổng thống Nga\n\n" + BODY,
        "Đặc phái viên hội kiến Tổng thống Nga", "Chính trị", "• Click to copy");
    // the site's name however long, a contact line's words numbers aside, and a masthead above
    // a button
    assertHeadlineUnderJunk(
        "https://www.baovidu.com.vn/the-gioi/dac-phai-vien-hoi-kien-tong-thong-nga-2047798\n"
            + "Báo Vi Du điện tử\nHotline: 0915.73.44.73 Quảng cáo: 0912174545 - 0786463979\nEn\n\n"
            + "Đặc phái viên hội kiến Tổng thống Nga\n\n" + BODY,
        "Đặc phái viên hội kiến Tổng thống Nga", "Báo Vi Du điện tử",
        "Hotline: 0915.73.44.73 Quảng cáo: 0912174545 - 0786463979", "En");
    assertHeadlineUnderJunk(
        "https://example.vn/dac-phai-vien-hoi-kien-tong-thong-nga-a55570.html\n"
            + "Cơ quan Trung ương của Hiệp hội Bảo vệ thương hiệu Việt Nam\n  • Click để copy\n\n"
            + "Đặc phái viên hội kiến Tổng thống Nga\n\n" + BODY,
        "Đặc phái viên hội kiến Tổng thống Nga",
        "Cơ quan Trung ương của Hiệp hội Bảo vệ thương hiệu Việt Nam", "• Click để copy");
    // a headline right above the subheading the slug was made from stays the headline
    Article kicker = parse("https://example.ru/news/gubernator-i-konsul-obsudili-sotrudnichestvo\n"
        + "Сотрудничество области и Вьетнама укрепляется\n\n"
        + "Губернатор и консул обсудили сотрудничество.\n\n" + BODY);
    assertEquals(Optional.of("Сотрудничество области и Вьетнама укрепляется"), kicker.title());
    // a path to the page, then the headline the slug spells, under the site's motto
    assertHeadlineUnderJunk("https://example.com/news/envoys-hold-talks-on-trade-in-hanoi-463683\n"
            + "World meat industry news\n\nAll news / Envoys hold talks on trade in Hanoi\n\n"
            + BODY,
        "Envoys hold talks on trade in Hanoi", "World meat industry news", "All news /");
    // the headline's first words alone above it, a shorter copy of it
    assertHeadlineUnderJunk("https://example.vn/nga-vua-trao-viet-nam-bau-vat-chien-luoc-a5337.html"
            + "\nNga vừa trao Việt Nam\n\nNga vừa trao Việt Nam \"báu vật\" chiến lược\n\n" + BODY,
        "Nga vừa trao Việt Nam \"báu vật\" chiến lược", "Nga vừa trao Việt Nam");
    // a site's menus, many short lines of them, above the headline
    assertHeadlineUnderJunk("https://example.com/envoys-hold-talks-on-trade-in-hanoi/\n"
            + "Featured\nWar Analysis Business Culture Company News\nMore\nAbout Join the Team\n"
            + "Newsletters\nAll Newsletters Arrow right\nPodcasts\nAll Podcasts Arrow right\n"
            + "Edit post\n\nEnvoys hold talks on trade in Hanoi\n\n" + BODY,
        "Envoys hold talks on trade in Hanoi", "Featured",
        "War Analysis Business Culture Company News", "More", "About Join the Team", "Newsletters",
        "All Newsletters Arrow right", "Podcasts", "All Podcasts Arrow right", "Edit post");
    // without the slug's headline below it, a short first line is the headline
    Article plain = parse("https://example.vn/tin-tuc/bai-viet-khac-hoan-toan.htm\n"
        + "Hội đàm Việt - Nga\n\n" + BODY);
    assertEquals(Optional.of("Hội đàm Việt - Nga"), plain.title());
  }

  @Test
  void parse_aBylineWithADateAndTime_datesThePage() throws Exception {
    Article a = parse("Envoys hold talks on trade\n\nBy TASS, VnExpress International   May 16, 2016"
        + " | 07:10 pm PT\n\n" + BODY);
    assertEquals(Optional.of(PartialDate.of(2016, 5, 16)), a.publishedDate());
    // the day before the month, so no comma in the line: still a stamp, not a bare byline
    Article b = parse("Envoys hold talks on trade\n\nBy Viet Tuan   3 August 2021 | 11:15 pm PT\n\n"
        + BODY);
    assertEquals(Optional.of(PartialDate.of(2021, 8, 3)), b.publishedDate());
  }

  @Test
  void parse_aTagLabelAndItsValue_areJunk() throws Exception {
    assertHeadlineUnderJunk("Тема:\n\nВизит Медведева во Вьетнам 13 лет назад\n\nEnvoys hold"
        + " talks on trade\n\n" + BODY + "\nTags:\nVietNam-Russia\n", "Envoys hold talks on trade",
        "Тема:", "Визит Медведева во Вьетнам 13 лет назад", "Tags:", "VietNam-Russia");
  }

  @Test
  void parse_aLoadingIndicatorAboveTheHeadline_isJunk() throws Exception {
    assertHeadlineUnderJunk("Chờ...\n\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", "Chờ...");
  }

  @Test
  void parse_contactLinesAboveTheHeadline_areJunk() throws Exception {
    assertHeadlineUnderJunk(
        "+84 974 265 162\n\ntours@example.com\n\nEnvoys hold talks on trade\n\n" + BODY,
        "Envoys hold talks on trade", "+84 974 265 162", "tours@example.com");
  }

  // --- names ---

  @Test
  void parse_academicDegreeBeforeAName_namesThePerson() throws Exception {
    Article a =
        parse(
            " date 2025-05-19 Ngày 13/5/2025, Giám đốc ĐHQGHN GS. Nguyễn Văn Lâm và Giám đốc MSU"
                + " GS.VS. Ivan Antonovich Petrovsky đã ký kết văn bản thỏa thuận hợp tác.\n\n"
                + "Đoàn có TSKH. Marina A. Petrova và PGS.TS. Hồ Văn Lan.");
    assertEquals(1, a.meetings().size());
    assertEquals(Set.of("nguyen-van-lam", "ivan-petrovsky"),
        a.meetings().get(0).participantIds().stream().map(PersonId::value).collect(toSet()));
    Set<String> persons = a.mentions().stream().filter(m -> m.kind() == MentionKind.PERSON)
        .map(Mention::id).collect(toSet());
    assertTrue(persons.containsAll(Set.of("marina-petrova", "ho-van-lan")), persons.toString());
  }

  // --- input that is not a plain UTF-8 article ---

  @Test
  void parseAll_jsonLinesFromVnruParse_areReadBackByContentWhateverTheName(@TempDir Path dir)
      throws Exception {
    Article one = parse("Envoys hold talks\n" + BODY);
    Article two = PARSER.parse("u", " date 2017-03 HÀ NỘI — " + BODY);
    String jsonl = VnruJson.write(one) + "\n" + VnruJson.write(two) + "\n";
    for (String name : List.of("out.jsonl", "OUT.JSONL", "out.txt", "out")) {
      Path f = dir.resolve(name);
      Files.writeString(f, jsonl, UTF_8);
      ParseReport report = PARSER.parseAll(List.of(f));
      assertEquals(List.of(one, two), report.articles(), name);
      assertEquals(List.of(one, two), PARSER.parseFile(f), name);
    }
    Path single = dir.resolve("single.Jsonl");
    Files.writeString(single, VnruJson.write(two) + "\n", UTF_8);
    assertEquals(two, PARSER.parse(single));
    assertEquals(
        ParseProblem.Reason.MANY_ARTICLES,
        assertThrows(ArticleParseException.class, () -> PARSER.parse(dir.resolve("out.jsonl")))
            .reason());
  }

  @Test
  void parseFile_badJsonLine_isAProblemNamingTheLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(
        f, VnruJson.write(parse("Envoys hold talks\n" + BODY)) + "\n{\"id\":\"x\"}\n", UTF_8);
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> PARSER.parseFile(f));
    assertEquals(ParseProblem.Reason.BAD_JSON_LINE, e.reason());
    assertTrue(e.getMessage().startsWith(f + ":2:1: "), e.getMessage());
  }

  @Test
  void parse_utf16WithByteOrderMark_isDecoded() throws Exception {
    String text = "Hai bên thảo luận về hợp tác\n" + BODY;
    Article expected = PARSER.parse("t", text.getBytes(UTF_8));
    for (Charset cs : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
      byte[] body = text.getBytes(cs);
      byte[] bytes = new byte[body.length + 2];
      bytes[0] = (byte) (cs == StandardCharsets.UTF_16BE ? 0xFE : 0xFF);
      bytes[1] = (byte) (cs == StandardCharsets.UTF_16BE ? 0xFF : 0xFE);
      System.arraycopy(body, 0, bytes, 2, body.length);
      assertEquals(expected, PARSER.parse("t", bytes), cs.name());
    }
  }

  @Test
  void parse_legacyVietnameseEncoding_errorNamesTheOption_andTheCharsetReadsIt() throws Exception {
    Charset cp1258 = Charset.forName("windows-1258");
    String text = "Hai bên bàn về hợp tác tại thủ đô\n" + BODY;
    byte[] bytes = windows1258(text, cp1258);
    ArticleParseException e =
        assertThrows(ArticleParseException.class, () -> PARSER.parse("old.txt", bytes));
    assertEquals(ParseProblem.Reason.NOT_UTF8, e.reason());
    assertTrue(e.getMessage().contains("--encoding windows-1258"), e.getMessage());
    Article a = ArticleParser.builder().charset(cp1258).build().parse("old.txt", bytes);
    assertEquals(Optional.of("Hai bên bàn về hợp tác tại thủ đô"), a.title());
    assertEquals(List.of(BODY), a.paragraphs());
  }

  /** Windows-1258 writes a tone as a combining mark after a base letter it has (ê, ơ, â). */
  private static byte[] windows1258(String text, Charset cs) {
    CharsetEncoder enc = cs.newEncoder();
    String d = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (sb.length() > 0) {
        String pair = Normalizer.normalize("" + sb.charAt(sb.length() - 1) + c, Normalizer.Form.NFC);
        if (pair.length() == 1 && enc.canEncode(pair)) {
          sb.setCharAt(sb.length() - 1, pair.charAt(0));
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString().getBytes(cs);
  }

  // --- date lines and URL dates of older pages ---

  @Test
  void parse_lineOpeningWithAFullDate_givesThePublishedDate() throws Exception {
    Article a = parse("Envoys hold talks on trade\n\nApril 3, 2009, Hanoi\n\n" + BODY);
    assertEquals(Optional.of(PartialDate.parse("2009-04-03")), a.publishedDate());
    assertEquals(List.of(BODY), a.paragraphs());
  }

  @Test
  void parse_dayMonthYearWithALowerCaseMonth_isADate() throws Exception {
    Article a = parse("Envoys hold talks on trade\n\n14 march 2011\n\n" + BODY);
    assertEquals(Optional.of(PartialDate.parse("2011-03-14")), a.publishedDate());
  }

  @Test
  void parse_urlPathWithADay_givesThePublishedDateWhenThePageStatesNone() throws Exception {
    Article a = parse("https://news.example.org/2014/05/09/envoys-talk\nEnvoys hold talks on trade\n"
        + BODY);
    assertEquals(Optional.of(PartialDate.parse("2014-05-09")), a.publishedDate());
    Article stamp = parse("https://news.example.org/world/envoys-talk-20140509101500.htm\n"
        + "Envoys hold talks on trade\n" + BODY);
    assertEquals(Optional.of(PartialDate.parse("2014-05-09")), stamp.publishedDate());
  }

  @Test
  void parse_urlPathWithAMonthAndAnAmbiguousDayMonth_givesOnlyTheMonth() throws Exception {
    Article a = parse("https://news.example.org/2014/05/envoys-talk-05-09-2014.html\n"
        + "Envoys hold talks on trade\n" + BODY);
    assertEquals(Optional.of(PartialDate.parse("2014-05")), a.publishedDate());
    Article none = parse("https://news.example.org/world/envoys-talk-05-09-2014.html\n"
        + "Envoys hold talks on trade\n" + BODY);
    assertEquals(Optional.empty(), none.publishedDate());
  }

  @Test
  void parse_urlDatesWhoseOrderIsCertain_giveThePublishedDate() throws Exception {
    Map<String, String> cases = Map.of(
        "https://news.example.org/a/envoys-talk-11-22-2011-134315403/912456.html", "2011-11-22",
        "https://news.example.org/news/22-11-2011/envoys-talk", "2011-11-22",
        "https://news.example.org/news/11-11-2013/envoys-talk", "2013-11-11",
        "https://news.example.org/2002/WORLD/asia/03/27/envoys.talk/index.html", "2002-03-27",
        "https://news.example.org/world/story/2007/09/070911_envoys.shtml", "2007-09-11",
        "https://news.example.org/world/story/2007/09/061231_envoys.shtml", "2007-09",
        "http://news.example.org/english/2018-01/23/c_136918643.htm", "2018-01-23",
        "https://news.example.org/news/fl-xpm-2001-03-02-0103011476-story.html", "2001-03-02");
    cases.forEach(
        (url, date) -> assertPublished(date, url + "\nEnvoys hold talks on trade\n" + BODY));
  }

  @Test
  void parse_urlItemNumbersOpeningWithTheDate_giveThePublishedDate() throws Exception {
    // an item number that opens with the date and runs on with a time and a count
    assertPublished("2016-05-16", "https://news.example.org/politics/201605161039693857-envoys/\n"
        + "Envoys hold talks on trade\n" + BODY);
    assertPublished("2023-10-16", "https://news.example.org/envoys-20231016172050148.htm\n"
        + "Envoys hold talks on trade\n" + BODY);
    Article number = parse("https://news.example.org/politics/2016051610396938571234-envoys/\n"
        + "Envoys hold talks on trade\n" + BODY);
    assertEquals(Optional.empty(), number.publishedDate());
  }

  @Test
  void parse_aClockWhoseZoneRunsIntoTheDay_isThePagesClock_notTheTitle() throws Exception {
    Article a = parse("02:08 GMT +320 September 2019\nListen Live\n"
        + "Envoys hold talks on trade\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks on trade"), a.title());
    assertEquals(List.of("02:08 GMT +320 September 2019", "Listen Live"), a.boilerplate());
  }

  @Test
  void parse_pageTimestampsOfUsAndPrintSites_giveThePublishedDate() throws Exception {
    Map<String, String> cases = Map.of(
        "Mon, 11/19/2018 - 10:51", "2018-11-19",
        "Update: December, 17/2009 - 09:40", "2009-12-17",
        "N°187, 10 октября 2002 |", "2002-10-10");
    cases.forEach(
        (stamp, date) -> assertPublished(date, "Envoys hold talks on trade\n" + stamp + "\n" + BODY));
    // day first stays the reading wherever it makes a date
    Article dayFirst = parse("Envoys hold talks on trade\nMon, 05/11/2018 - 10:51\n" + BODY);
    assertEquals(Optional.of(PartialDate.parse("2018-11-05")), dayFirst.publishedDate());
  }

  @Test
  void parse_datelineWithAnAgencyThenTheDate_givesThePublishedDate() throws Exception {
    Article a = parse("Envoys hold talks on trade\nMoscow (AFP) Oct 29, 2010 " + BODY);
    assertEquals(Optional.of(PartialDate.parse("2010-10-29")), a.publishedDate());
  }

  @Test
  void parse_datelineMonthDay_completesTheUrlsYearAndMonth() throws Exception {
    Article a = parse("https://news.example.org/news/2001/02/envoys-talk\n"
        + "Envoys hold talks on trade\nHa Noi, Feb. 26 (VNA) -- " + BODY);
    assertEquals(Optional.of(PartialDate.parse("2001-02-26")), a.publishedDate());
    Article other = parse("https://news.example.org/news/2001/03/envoys-talk\n"
        + "Envoys hold talks on trade\nHa Noi, Feb. 26 (VNA) -- " + BODY);
    assertEquals(Optional.of(PartialDate.parse("2001-03")), other.publishedDate());
  }

  @Test
  void parse_dateLineNamingAPlace_isTheDateline_andPlacesTheReportedMeeting() throws Exception {
    Article a = parse("Meeting with the President of Vietnam Tran Duc Luong\n\nMarch 1, 2001, Hanoi\n\n"
        + "Vladimir Putin held talks with President Tran Duc Luong.\n");
    assertEquals(Optional.of(PartialDate.parse("2001-03-01")), a.publishedDate());
    assertEquals(Optional.of("Hanoi"), a.dateline());
    assertEquals("VN", a.meetings().get(0).place().orElseThrow().country());
  }

  @Test
  void parse_datedDatelineWithAPlace_datesTheReportedMeetings() throws Exception {
    Article wire = parse("Leaders hold talks\n\nСОЧИ, 19 мая. /ТАСС/. Владимир Путин провел переговоры"
        + " с премьер-министром Вьетнама Нгуен Суан Фуком.\n");
    assertEquals(Optional.of("СОЧИ"), wire.dateline());
    assertEquals(Optional.of(PartialDate.parse("--05-19")), wire.meetings().get(0).date());
    Article page = parse("Meeting with the President of Vietnam Tran Duc Luong\n\nMarch 1, 2001, Hanoi\n\n"
        + "Vladimir Putin held talks with President Tran Duc Luong.\n");
    assertEquals(Optional.of(PartialDate.parse("2001-03-01")), page.meetings().get(0).date());
    // an agency's stamp without a place dates the page, not the call it reports
    Article stamp = parse("Putin had a telephone conversation with Nguyen Tan Dung\n\n"
        + "OREANDA-NEWS. October 28, 2009. Vladimir Putin had a telephone conversation with Prime"
        + " Minister of Vietnam Nguyen Tan Dung.\n");
    assertEquals(Optional.of(PartialDate.parse("2009-10-28")), stamp.publishedDate());
    assertEquals(Optional.empty(), stamp.meetings().get(0).date());
  }

  @Test
  void parse_aPlaceADayAndAnAgencyBetweenFullStops_isADatedDateline() throws Exception {
    Article a = parse("Главы МИД обсудили взаимодействие\n\nМосква. 24 февраля. INTERFAX.RU -"
        + " Глава МИД России Сергей Лавров на встрече с министром иностранных дел Вьетнама Ле Хоай"
        + " Чунгом предложил обсудить взаимодействие.\n");
    assertEquals(Optional.of("Москва"), a.dateline());
    assertEquals(Optional.of(PartialDate.parse("--02-24")), a.meetings().get(0).date());
    assertEquals("RU", a.meetings().get(0).place().orElseThrow().country());
  }

  @Test
  void parse_anUndatedDatelineOrARegionTag_placesNoMeeting_aDatedDatelineDoes() throws Exception {
    String talks = " Vladimir Putin held talks with President Tran Duc Luong.\n";
    // where the report was written (corpus/README.md, "A dateline")
    Article undated = parse("Leaders hold talks\n\nMOSCOW —" + talks);
    assertEquals(Optional.of("MOSCOW"), undated.dateline());
    assertEquals(Optional.empty(), undated.meetings().get(0).place());
    // a news feed's region tag: a country's name alone
    Article tag = parse("Leaders hold talks\n\nVIETNAM, April 6 -" + talks);
    assertEquals(Optional.empty(), tag.meetings().get(0).place());
    assertEquals(Optional.empty(), tag.meetings().get(0).date());
    // a weekday no year places leaves the day open, not the place
    Article wire = parse("Leaders hold talks\n\nMOSCOW, May 22. /TASS/. Vladimir Putin held talks"
        + " on Monday with President Tran Duc Luong.\n");
    assertEquals("RU", wire.meetings().get(0).place().orElseThrow().country());
  }

  @Test
  void parse_datedDatelinesCity_outranksAVisitNamedInPassing() throws Exception {
    Article a = parse("Leaders meet at the summit\n\nTIANJIN, September 1. /TASS/. Vladimir Putin met with"
        + " Vietnamese Prime Minister Pham Minh Chinh. \"Our plans, set during my visit to Vietnam,"
        + " are being carried out,\" Putin said.\n");
    assertEquals("Tianjin", a.meetings().get(0).place().orElseThrow().city().orElseThrow());
    Article desk = parse("Leaders hold talks\n\nHanoi (VNA) - Prime Minister Pham Minh Chinh held talks"
        + " with Russian Prime Minister Mikhail Mishustin during his official visit to Russia.\n");
    assertEquals("RU", desk.meetings().get(0).place().orElseThrow().country());
  }

  @Test
  void parse_eventPageOfAnOfficialSite_isDatedByItsDateLine() throws Exception {
    String page = "\nPrime Minister Dmitry Medvedev meets with President of Vietnam Truong Tan Sang\n\n"
        + "26 july 2012\n\nDmitry Medvedev met with President of Vietnam Truong Tan Sang.\n";
    Article official = parse("http://archive.government.ru/eng/docs/19809/" + page);
    assertEquals(Optional.of(PartialDate.parse("2012-07-26")), official.meetings().get(0).date());
    Article news = parse("http://news.example.org/eng/docs/19809/" + page);
    assertEquals(Optional.of(PartialDate.parse("2012-07-26")), news.publishedDate());
    assertEquals(Optional.empty(), news.meetings().get(0).date());
  }

  @Test
  void parse_aStampsWeekday_settlesWhichNumberIsTheDay() {
    // 6 April 2015 was a Monday, 4 June a Thursday
    assertPublished("2015-04-06", "http://news.example.org/a\nID :\nMon, 04/06/2015 - 16:19\n\n"
        + "Envoys hold talks on trade\n\n" + BODY);
    assertPublished("2015-06-04", "http://news.example.org/a\nID :\nThu, 04/06/2015 - 16:19\n\n"
        + "Envoys hold talks on trade\n\n" + BODY);
    // the weekday counts where it stands as a word, after the same letters inside another word
    assertPublished("2015-04-06", "http://news.example.org/a\nID :\nMonitor Mon, 04/06/2015 - 16:19"
        + "\n\nEnvoys hold talks on trade\n\n" + BODY);
  }

  @Test
  void parse_urlYearMonthSegmentAndTwoDigitYearDates_giveThePublishedDate() throws Exception {
    assertPublished("2013-10", "http://news.example.org/channel/201310/tiep-doi-tac-123.html\n"
        + "Envoys hold talks on trade\n" + BODY);
    assertPublished("2010-10-31", "https://news.example.org/a/vietnam-russia-10-31-10-106404238/1.html\n"
        + "Envoys hold talks on trade\n" + BODY);
    // both orders possible: no date
    Article a = parse("https://news.example.org/a/top-10-12-15-things/1.html\nEnvoys hold talks on trade\n"
        + BODY);
    assertEquals(Optional.empty(), a.publishedDate());
  }

  @Test
  void parse_hostWithATrailingDot_isThePublisherWithoutIt() throws Exception {
    Article a = parse("https://www.news.example.org./a/b\nEnvoys hold talks on trade\n" + BODY);
    assertEquals(Optional.of("news.example.org"), a.publisher());
  }

  @Test
  void parse_aLineEndingWithTheSitesNameAfterADash_isALinkTitle_notBody() throws Exception {
    Article a = parse("Envoys hold talks\nThủ tướng Ivan Petrov đã hội kiến Chủ tịch nước Trần Đại Quang - Sputnik"
        + " Việt Nam\n" + BODY);
    assertTrue(a.boilerplate().stream().anyMatch(b -> b.endsWith("Sputnik Việt Nam")), a.toString());
    assertTrue(a.paragraphs().stream().noneMatch(p -> p.contains("Sputnik Việt Nam")));
    // the name alone, or without the dash, is text
    assertTrue(parse("Envoys hold talks\nBáo Sputnik Việt Nam\n" + BODY).paragraphs().stream()
        .anyMatch(p -> p.contains("Sputnik Việt Nam")));
  }

  @Test
  void parse_aShortFirstSentenceEndedByAFullStop_isAHeadline_aLongOneIsBody() throws Exception {
    assertEquals(Optional.of("Переговоры между Путиным и вьетнамским лидером длились 3,5 часа."),
        parse("Переговоры между Путиным и вьетнамским лидером длились 3,5 часа.\n\n" + BODY).title());
    assertEquals(Optional.of("Интервью с премьер-министром СРВ."),
        parse("Интервью с премьер-министром СРВ.\n" + BODY).title());
    // eleven words or more with no blank line under them, or two sentences: body text
    assertEquals(Optional.empty(), parse("Президент Владимир Путин провёл в Кремле переговоры с"
        + " Генеральным секретарём ЦК КПВ То Ламом.\n" + BODY).title());
    assertEquals(Optional.empty(), parse("Встреча прошла в Кремле. Стороны обсудили торговлю.\n\n"
        + BODY).title());
    // English and Vietnamese headlines take no full stop: such a line is body text
    assertEquals(Optional.empty(), parse("The envoys met in the capital.\n\n" + BODY).title());
  }

  @Test
  void parse_metHere_isTheDatelinesPlace_notTheVisitorsCountry() throws Exception {
    assertEquals(Optional.of("Hanoi"), onlyMeeting("Talks\nHANOI, March 30 (Xinhua) -- President"
        + " Truong Tan Sang met here on Friday with visiting General Director of Russian State"
        + " Corporation Rosatom Sergei Kiriyenko.\n").place().flatMap(p -> p.city()));
  }

  @Test
  void parse_aPlaceAfterAPrepositionRightBeforeATitle_isWhereItHappened() throws Exception {
    assertEquals(Optional.of("Hanoi"), onlyMeeting("Визит\n15 января в Ханое заместитель министра"
        + " иностранных дел Вьетнама Ле Тхи Тху Ханг приняла посла России Сергея Морозкина.\n")
        .place().flatMap(p -> p.city()));
  }

  @Test
  void parse_aTimestampInBracketsEndingTheHeadline_datesThePage() throws Exception {
    Article a = parse("Phó Chủ tịch UBND TP Hà Nội tiếp đoàn đại biểu Moscow (15:10 29/11/2019)\n" + BODY);
    assertEquals(Optional.of("Phó Chủ tịch UBND TP Hà Nội tiếp đoàn đại biểu Moscow"), a.title());
    assertEquals(Optional.of(PartialDate.of(2019, 11, 29)), a.publishedDate());
  }

  @Test
  void parse_aSeatNamedWithAnotherCountry_isThatCountrys() throws Exception {
    assertEquals(Optional.of("RU"), onlyMeeting("Làm việc\nChiều 1/12, tại Trụ sở Chính phủ Nga,"
        + " Phó Thủ tướng Lê Văn Thành đã có cuộc làm việc với Phó Thủ tướng Nga Dmitry"
        + " Chernyshenko.\n").place().map(p -> p.country()));
  }

  @Test
  void parse_aMeetingDuringATourOfSeveralCountries_isInTheRussianOrVietnameseLeg()
      throws Exception {
    assertEquals(Optional.of("RU"), onlyMeeting("Làm việc\nTrong chuyến thăm Kazakhstan, Belarus"
        + " và Liên bang Nga, ngày 8/5, Thứ trưởng Nguyễn Văn Lâm đã làm việc với Bộ trưởng Nga"
        + " Ivan Petrovsky.\n").place().map(p -> p.country()));
  }

  @Test
  void parse_aBracketedDatelineAfterAdSlotsAndAnAgeRating_datesAndPlacesTheMeeting()
      throws Exception {
    String title = "Хабаровск расширит сотрудничество с Вьетнамом";
    Article a = parse(title + "\nnews_header_top_970_100\n16+\n" + title + "\n"
        + "(Хабаровск, 24 мая, «Татар-информ», Иван Петров). Сегодня в мэрии состоялась встреча"
        + " мэра города Олега Смирнова и посла Вьетнама Нгуен Ван Тханя.\n");
    assertEquals(Optional.of(title), a.title());
    assertEquals(List.of("news_header_top_970_100", "16+"), a.boilerplate());
    assertEquals(Optional.of("Хабаровск"), a.dateline());
    io.github.vnru.model.Meeting m = a.meetings().get(0);
    assertEquals(Optional.of(PartialDate.parse("--05-24")), m.date()); // "today" is the dateline's day
    assertEquals(Optional.of("Khabarovsk"), m.place().flatMap(p -> p.city()));
  }

  @Test
  void parse_anAbbreviatedRank_isATitle() throws Exception {
    assertEquals(List.of("hoang-van-lam", "sergei-shoigu"), onlyMeeting("Visit\nGen. Hoang Van Lam"
        + " made a courtesy visit to Defence Minister Sergei Shoigu.\n").participants().stream()
        .map(p -> p.person().value()).sorted().toList());
  }

  @Test
  void parse_firstLinePointingAtPeopleInAPicture_isNoTitle() throws Exception {
    assertEquals(Optional.empty(), parse("https://example.org/a\nMinister Nguyen Van Binh (R)"
        + " welcomes Ambassador Ivan Petrov (Source: VNA)\n\n" + BODY).title());
  }

  @Test
  void parse_initialsWithALetterWrittenAsTwo_nameARussian() throws Exception {
    // "Kh." is one Russian letter's initial (Х): the sentence goes on, and an initial with a
    // Russian surname ending is a Russian's name
    assertEquals(List.of("r-petrov", "trinh-dinh-dung"), onlyMeeting("Visit\nDeputy Prime"
        + " Minister Trinh Dinh Dung received Prime Minister R.Kh. Petrov in Hanoi.\n")
        .participants().stream().map(p -> p.person().value()).sorted().toList());
  }

  @Test
  void parse_aPronounAfterAnOfficeNamedAlone_isNotASideOfTheMeetingBefore() throws Exception {
    // "he" is the minister just named by his office: his talks, and where he is, are not the
    // meeting's, which the dated dateline places
    Article a = parse("Ties a priority\n\nMOSCOW, March 16 (Itar-Tass) - Deputy Prime Minister"
        + " Alexander Zhukov said ties matter, at a meeting with his Vietnamese counterpart Nguyen"
        + " Thien Nhan.\n\nAt present, the Russian Minister of Industry and Trade is on a visit to"
        + " Vietnam.\n\nHe is holding talks with his colleague from the commission.\n");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Optional.of(Place.of("Moscow", "RU")), a.meetings().get(0).place());
  }

  @Test
  void parse_aMeetingNamingNoPlace_isNotWhereTheTextDatesAnotherOccasion() throws Exception {
    String meeting = "\n\nHiệu trưởng Nguyễn Văn Lâm và Hiệu trưởng Ivan Petrovsky đồng điều hành"
        + " Diễn đàn.\n";
    Article before = parse("Diễn đàn Hiệu trưởng lần thứ hai\n20/04/2024\nTiếp nối Diễn đàn lần"
        + " thứ nhất tổ chức tại Việt Nam tháng 5/2019, hai Bộ tổ chức Diễn đàn lần thứ hai."
        + meeting);
    assertEquals(Optional.empty(), before.meetings().get(0).place());
    Article now = parse("Diễn đàn Hiệu trưởng lần thứ hai\n20/04/2024\nNgày 18/4, Diễn đàn lần"
        + " thứ hai tổ chức tại Việt Nam." + meeting);
    assertEquals("VN", now.meetings().get(0).place().orElseThrow().country());
  }

  /** The one meeting of a page of {@code text} and a body sentence. */
  private static io.github.vnru.model.Meeting onlyMeeting(String text)
      throws ArticleParseException {
    Article a = parse(text + BODY);
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    return a.meetings().get(0);
  }

  @Test
  void parse_theSameDay_isTheLastDayNamed_andWhereThatDaysMeetingWas() throws Exception {
    Article a = parse("Duma delegation in Hanoi\n\n"
        + "Vice Chairman Nguyen Duc Kien received Deputy Leonid Simanovsky in Hanoi on Nov. 16.\n\n"
        + "Kien recalled that relations grew after a visit to Russia in April 2009.\n\n"
        + "The same day, the Russian lawmakers held talks with Chairman Dang Vu Minh.");
    Meeting m = a.meetings().stream()
        .filter(x -> x.participantIds().contains(PersonId.of("dang-vu-minh"))).findFirst()
        .orElseThrow(() -> new AssertionError(a.meetings().toString()));
    assertEquals("--11-16", m.date().orElseThrow().toString());
    assertEquals("VN", m.place().orElseThrow().country());
  }

  @Test
  void parse_aFullDateAloneInBracketsOpeningTheText_datesThePage() {
    assertPublished("2019-05-24", "https://news.example.org/?p=5220\n"
        + "(24 мая 2019) Вьетнам и Россия должны укреплять сотрудничество, заявил премьер-министр.");
  }

  @Test
  void parse_aDayWithoutItsYear_takesTheYearTheArticleGivesThatDay() throws Exception {
    Article a = parse("Supreme courts promote cooperation\n\n"
        + "On June 19, Chief Justice Nguyen Hoa Binh held talks with Chief Justice Vyacheslav"
        + " Lebedev in Hanoi.\n\n"
        + "Chief Justice Nguyen Hoa Binh and Chief Justice Vyacheslav Lebedev in Hanoi, on June 19,"
        + " 2023.");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Optional.of(PartialDate.of(2023, 6, 19)), a.meetings().get(0).date());
  }

  @Test
  void parse_aDayWithoutItsYear_takesTheYearTheArticleGivesThatMonth() throws Exception {
    Article a = parse("Tiếp Thư ký Hội đồng An ninh Nga\n\n"
        + "Chiều 16/9, Chủ tịch nước Lương Cường tiếp Thư ký Hội đồng An ninh Nga Sergei Shoigu"
        + " trong khuôn khổ chuyến thăm Việt Nam từ ngày 15 – 18/9/2025.\n\n"
        + "Tháng 10/2024, hai bên đã trao đổi đoàn.");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Optional.of(PartialDate.of(2025, 9, 16)), a.meetings().get(0).date());
  }

  @Test
  void parse_aDayWithoutItsYear_takesTheYearAnAnniversaryThatMonthIsKept() throws Exception {
    // "(June 16, 1994-2024)": 1994 is the day counted from, 2024 the year of the visit
    Article a = parse("Presidents hold talks\n\n"
        + "State President To Lam and Russian President Vladimir Putin held talks on June 20.\n\n"
        + "The visit coincides with the 30th anniversary of the Treaty on Principles of Friendly"
        + " Relations between Vietnam and Russia (June 16, 1994-2024).");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Optional.of(PartialDate.of(2024, 6, 20)), a.meetings().get(0).date());
  }

  @Test
  void parse_aDayWithoutItsYear_inAMonthGivenTwoYears_keepsNoYear() throws Exception {
    Article a = parse("Tiếp Thư ký Hội đồng An ninh Nga\n\n"
        + "Chiều 16/9, Chủ tịch nước Lương Cường tiếp Thư ký Hội đồng An ninh Nga Sergei Shoigu.\n\n"
        + "Hai bên nhắc lại các chuyến thăm tháng 9/2024 và tháng 9/2023.");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Optional.of(PartialDate.ofMonthDay(9, 16)), a.meetings().get(0).date());
  }

  @Test
  void parse_russianPlaceNamesInTheirCases_placeTheMeeting() throws Exception {
    Article visit = parse("Ханой и Москва\n\n"
        + "23 мая в рамках официального визита премьер-министра Нгуен Суан Фука в Российскую"
        + " Федерацию мэр Москвы Сергей Собянин провёл рабочую встречу с председателем Нгуен Дык"
        + " Тюнгом.");
    assertEquals("RU", visit.meetings().get(0).place().orElseThrow().country(),
        visit.meetings().toString());
    Article city = parse("Губернатор и консул\n\n"
        + "Губернатор Евгений Куйвашев провёл встречу в Екатеринбурге с генеральным консулом"
        + " Вьетнама Нгуен Май Хыонг.");
    assertEquals(Optional.of("Yekaterinburg"), city.meetings().get(0).place().orElseThrow().city(),
        city.meetings().toString());
  }

  @Test
  void parse_theReceptionTookPlaceOnADay_datesTheReceptionReported() throws Exception {
    Article a = parse("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân tiếp Phó Chủ tịch Duma Quốc gia Nga Olga"
        + " Epifanova\n\nBuổi tiếp diễn ra chiều 26/9, tại Nhà Quốc hội.");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Optional.of(PartialDate.ofMonthDay(9, 26)), a.meetings().get(0).date());
  }

  @Test
  void parse_theClausesCity_refinesTheCountryOfTheVisitTheMeetingWasPartOf() throws Exception {
    Article a = parse("Tiếp Thư ký Hội đồng An ninh Nga\n\n"
        + "Chiều 16/9, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp Thư ký Hội đồng An ninh Nga"
        + " Sergei Shoigu trong khuôn khổ chuyến thăm Việt Nam từ ngày 15 đến 18/9/2025.");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Optional.of("Hanoi"), a.meetings().get(0).place().orElseThrow().city());
  }

  @Test
  void parse_linksToOtherStoriesAfterTheText_areJunk() throws Exception {
    Article a = parse("https://example.org/a\nEnvoys hold talks\n\n" + BODY + "\n\n" + BODY
        + "\n\n>> General Secretary receives the KPRF Chairman\n>> Joint statement signed\n");
    assertEquals(List.of(">> General Secretary receives the KPRF Chairman",
        ">> Joint statement signed"), a.boilerplate());
  }

  @Test
  void parse_dottedDateGluedBeforeTheText_givesThePublishedDate() {
    assertPublished("2024-07-05", "https://example.org/a\nРоссия и Вьетнам подписали меморандум\n"
        + "05.07.2024 Медиаресурс «Большая Азия» Министр спорта России провел встречу.\n\n" + BODY);
    // a slashed date glued to the text's first capital
    assertPublished("2024-12-13", "https://example.org/a\nĐoàn Viện tiếng Nga thăm Trung tâm\n"
        + "13/12/2024Chiều ngày 12 tháng 12 năm 2024, tại Hà Nội, Trung tâm tổ chức buổi làm"
        + " việc.\n\n" + BODY);
  }

  @Test
  void parse_headlineEndingWithAPhotoCreditAfterADash_isTheTitleWithoutIt() throws Exception {
    Article a = parse("https://example.org/a\nPhó Thủ tướng Phạm Bình Minh tiếp Thứ trưởng Ngoại"
        + " giao Nga V. Titov - Ảnh: VGP/Hải Minh\n\n" + BODY);
    assertEquals(Optional.of("Phó Thủ tướng Phạm Bình Minh tiếp Thứ trưởng Ngoại giao Nga V. Titov"),
        a.title());
  }

  @Test
  void parse_meetingInTheVisitedCountry_isInTheDatelinesCity() throws Exception {
    Article a = parse("https://example.org/a\nПатрушев провел переговоры\n\nХАНОЙ, 16 сен - РИА"
        + " Новости. Помощник президента России Николай Патрушев, находящийся с рабочим визитом во"
        + " Вьетнаме, провел переговоры с министром общественной безопасности Вьетнама Лыонг Там"
        + " Куангом.\n");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Optional.of("Hanoi"), a.meetings().get(0).place().orElseThrow().city());
  }

  @Test
  void parse_publishedLabel_givesThePublishedDate() {
    assertPublished("2015-02-10", "https://example.org/a\nEnvoys hold talks\nPublished: February"
        + " 10, 2015\n\n" + BODY);
  }

  @Test
  void parse_publishedByANameOnADate_givesThePublishedDate() {
    assertPublished("2012-09-10", "https://example.org/a\nEnvoys hold talks\nPublished by:"
        + " Carlyle Alan Thayer on Sep 10, 2012\n\n" + BODY);
    assertPublished("2015-03-03", "https://example.org/a\nEnvoys hold talks\nPosted by admin on"
        + " March 3, 2015\n\n" + BODY);
  }

  @Test
  void parse_aStampsTimeBeforeAMonthName_orItsDateYearFirst_givesThePublishedDate() {
    // the minutes of the time are no day ("01 May")
    assertPublished("2013-05-17", "https://example.org/a\nEnvoys hold talks\nPublished:  11:01"
        + " May 17, 2013\n\n" + BODY);
    assertPublished("2016-03-31", "https://example.org/a\nEnvoys hold talks\nBy Tuan Minh 19:39,"
        + " 2016/03/31\n\n" + BODY);
    // a weekday and a dash before the date name one day, no span
    assertPublished("2013-05-17", "https://example.org/a\nEnvoys hold talks\nPublished:  11:01"
        + " Friday - May 17, 2013\n\n" + BODY);
  }

  @Test
  void parse_sectionAndDateUnderTheTitle_givesThePublishedDate() {
    assertPublished("2023-03-24", "https://example.org/a\nEnvoys hold talks\n\nNews, 24 March"
        + " 2023\n\n" + BODY);
    assertPublished("2022-04-12", "https://example.org/a\nEnvoys hold talks\n\nНовости, 12"
        + " апреля 2022\n\n" + BODY);
    assertPublished("2022-10-06", "https://example.org/a\nNumber 38 (4635)\ndated October 6,"
        + " 2022:\n\nEnvoys hold talks\n\n" + BODY);
  }

  @Test
  void parse_menuOfBulletsAboveTheText_isJunkNotTheTitle() throws Exception {
    Article a = parse("https://example.org/a\n• An Giang\n  • Binh Duong\n  • Bac Giang\n\n"
        + "Envoys hold talks\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks"), a.title());
    assertEquals(List.of("• An Giang", "• Binh Duong", "• Bac Giang"),
        a.boilerplate().stream().map(String::strip).toList());
  }

  @Test
  void parse_menuWhoseItemsEachHaveADescriptionLine_isJunkWithThem() throws Exception {
    assertHeadlineUnderJunk("https://example.org/a\n• Vietnamese\n    JOURNAL IN VIETNAMESE\n"
        + "  • English\n    JOURNAL IN ENGLISH\n\nEnvoys hold talks\n\n" + BODY,
        "Envoys hold talks", "• Vietnamese", "JOURNAL IN VIETNAMESE", "• English",
        "JOURNAL IN ENGLISH");
    // items without descriptions: the line after the last is the headline
    assertEquals(Optional.of("Envoys hold talks"), parse("https://example.org/a\n• An Giang\n"
        + "• Bac Giang\nEnvoys hold talks\n\n" + BODY).title());
  }

  @Test
  void parse_aDateHeadersMonth_isCompletedByTheUrlsDayInIt() throws Exception {
    assertPublished("2024-06-19", "https://example.org/2024/06/19/envoys-hold-talks/\n date"
        + " 2024-06 Source: Example News\n\nEnvoys hold talks\n\n" + BODY);
    // a URL of another month leaves the header's month as it is
    assertPublished("2024-06", "https://example.org/2024/07/19/envoys-hold-talks/\n date"
        + " 2024-06 Source: Example News\n\nEnvoys hold talks\n\n" + BODY);
  }

  @Test
  void parse_aStampAboveTheTitleInTheUrlsMonth_isThePagesDate() throws Exception {
    assertPublished("2013-03-05", "https://example.vn/politics/201303/envoys-hold-talks-123\n"
        + "11:03, 05/03/2013\n\nEnvoys hold talks\n\n" + BODY);
    // in another month, it is the site's date when the page was saved: the URL's month stands
    assertPublished("2013-03", "https://example.vn/politics/201303/envoys-hold-talks-123\n"
        + "11:03, 05/09/2024\n\nEnvoys hold talks\n\n" + BODY);
  }

  @Test
  void parse_theSitesBannerAndAFeedLink_areJunkNotTheTitleOrTheDate() throws Exception {
    assertHeadlineUnderJunk("https://example.vn/a\nExample.vn - Nền tảng quảng bá Việt Nam\n\n"
        + "Envoys hold talks\n\n" + BODY, "Envoys hold talks",
        "Example.vn - Nền tảng quảng bá Việt Nam");
    Article feed = parse("https://example.vn/a\nRSS Feed for Envoys hold talks | Tạp chí Example"
        + " Thứ năm 28/03/2024 19:45\n\nEnvoys hold talks\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks"), feed.title());
    assertEquals(Optional.empty(), feed.publishedDate());
  }

  @Test
  void parse_labelsAboveTheHeadlineAPercentEncodedSlugSpells_areJunk() throws Exception {
    // the slug is "стороны-обсудили-сотрудничество-в-ханое", percent-encoded
    assertHeadlineUnderJunk("https://example.vn/russian/%D1%81%D1%82%D0%BE%D1%80%D0%BE%D0%BD%D1%8B"
        + "-%D0%BE%D0%B1%D1%81%D1%83%D0%B4%D0%B8%D0%BB%D0%B8-%D1%81%D0%BE%D1%82%D1%80%D1%83%D0%B4"
        + "%D0%BD%D0%B8%D1%87%D0%B5%D1%81%D1%82%D0%B2%D0%BE-%D0%B2-%D1%85%D0%B0%D0%BD%D0%BE%D0%B5"
        + "-%D1%81%D0%B5%D0%B3%D0%BE%D0%B4%D0%BD%D1%8F/123.html\nМир и политика\n\n"
        + "Стороны обсудили сотрудничество в Ханое сегодня\n\n" + BODY,
        "Стороны обсудили сотрудничество в Ханое сегодня", "Мир и политика");
    // a banner in capitals above it, however long
    assertHeadlineUnderJunk("https://example.vn/tin/hai-ben-ban-ve-hop-tac-nang-luong.html\n"
        + "TRANG THÔNG TIN ĐIỆN TỬ CỦA TẠP CHÍ NĂNG LƯỢNG VIỆT NAM\n\n"
        + "Hai bên bàn về hợp tác năng lượng\n\n" + BODY, "Hai bên bàn về hợp tác năng lượng",
        "TRANG THÔNG TIN ĐIỆN TỬ CỦA TẠP CHÍ NĂNG LƯỢNG VIỆT NAM");
  }

  @Test
  void parse_labelsAboveTheHeadlineATransliteratedSlugSpells_areJunk() throws Exception {
    // a Russian site's slug in Latin letters, by a scheme of its own (я as ia, й as j, ь dropped)
    assertHeadlineUnderJunk("https://example.ru/2024/09/10/storony-vyrazili-soboleznovaniia-v"
        + "-sviazi-s-tajfunom-vo-vetname.html\nВласть\n\n"
        + "Стороны выразили соболезнования в связи с тайфуном во Вьетнаме\n\n" + BODY,
        "Стороны выразили соболезнования в связи с тайфуном во Вьетнаме", "Власть");
    // a page's code before the slug's words, the slug cut short inside its last word
    assertHeadlineUnderJunk("https://example.ru/news/tpost/dnm0ndc931-rossiia-i-vetnam-sozdaiut-uslo"
        + "\nновости\n\nРоссия и Вьетнам создают условия\n\n" + BODY,
        "Россия и Вьетнам создают условия", "новости");
    // an English slug drops the apostrophe
    assertHeadlineUnderJunk("https://example.vn/english/russias-region-welcomes-vietnamese-firms/1.html"
        + "\nMaking news\n\nRussia’s region welcomes Vietnamese firms\n\n" + BODY,
        "Russia’s region welcomes Vietnamese firms", "Making news");
    // a slug's words joined by underscores, under a site's name and its telephone lines
    assertHeadlineUnderJunk("https://example.ru/ru/news/kompaniya_pomogaet_prodvizheniyu_russkoy"
        + "_kultury/\n"
        + "Генеральное консульство в городе Хошимине\n+84-28-3-930-39-36 (при звонках из России),\n"
        + "ru\n\nКомпания помогает продвижению русской культуры\n\n" + BODY,
        "Компания помогает продвижению русской культуры", "Генеральное консульство в городе Хошимине",
        "+84-28-3-930-39-36 (при звонках из России),", "ru");
    // a headline of five words or more above the line the slug spells is no label
    Article subheading = parse("https://example.ru/news/gubernator-i-konsul-obsudili-sotrudnichestvo"
        + ".htm\nСотрудничество области и Вьетнама укрепляется\n"
        + "Губернатор и консул обсудили сотрудничество.\n" + BODY);
    assertEquals(Optional.of("Сотрудничество области и Вьетнама укрепляется"), subheading.title());
  }

  @Test
  void parse_readingTimeAndCountAboveTheTitle_areJunk() throws Exception {
    assertHeadlineUnderJunk("https://example.org/a\nПримерное время чтения: 2 минуты\n103\n\n"
        + "Стороны обсудили сотрудничество\n\n" + BODY, "Стороны обсудили сотрудничество",
        "Примерное время чтения: 2 минуты", "103");
    assertEquals(Optional.of("Envoys hold talks"),
        parse("4 min read\nEnvoys hold talks\n" + BODY).title());
    // in seconds, with a tilde for "about"
    assertHeadlineUnderJunk("https://example.org/a\n1 декабря 2021 / 13:14\n1064\n"
        + "Время чтения ~36 секунд\n\nСтороны обсудили сотрудничество\n\n" + BODY,
        "Стороны обсудили сотрудничество", "1 декабря 2021 / 13:14", "1064",
        "Время чтения ~36 секунд");
  }

  @Test
  void parse_imageSourceLine_isACaptionButTextGluedToACreditIsNot() throws Exception {
    Article a = parse("https://example.org/a\nИсточник изображения: example.ru\n" + BODY + "\n"
        + BODY);
    assertEquals(Optional.empty(), a.title());
    assertEquals(List.of("Источник изображения: example.ru"), a.captions());
    String glued = "Фото: example.ru###The two sides discussed trade, energy, education, science,"
        + " culture, tourism, transport, agriculture, health, defence, security and regional"
        + " cooperation at length during their talks in Hanoi on Monday. " + BODY;
    assertEquals(List.of(), parse("Envoys hold talks\n" + glued).captions());
  }

  /** A date opening a sentence that goes on in small letters is the sentence's, not a stamp. */
  @Test
  void parse_dottedDateBeforeASmallLetter_isTheSentencesDate() throws Exception {
    Article a = parse("https://example.org/a\nГубернатор встретился с консулом\n\n26.11.2014 глава"
        + " Свердловской области Евгений Куйвашев встретился с генконсулом Вьетнама.\n\n" + BODY);
    assertEquals(List.of(), a.boilerplate());
    assertTrue(a.paragraphs().get(0).startsWith("26.11.2014 глава"), a.paragraphs().get(0));
  }

  @Test
  void parse_isoStampGluedBeforeTheText_datesThePageAndIsKeptApart() throws Exception {
    Article a = parse("https://example.org/a\n2006-02-17 10:44:21 " + BODY + " " + BODY);
    assertEquals(Optional.of(PartialDate.of(2006, 2, 17)), a.publishedDate());
    assertEquals(List.of("2006-02-17 10:44:21"), a.boilerplate());
    assertEquals(BODY + " " + BODY, a.paragraphs().get(0));
  }

  @Test
  void parse_headlineEndingWithADashAndADate_isDatedByIt() throws Exception {
    Article a = parse("https://example.org/a\nEnvoys hold talks in Hanoi - 25/3/2002\n\n" + BODY);
    assertEquals(Optional.of("Envoys hold talks in Hanoi - 25/3/2002"), a.title());
    assertEquals(Optional.of(PartialDate.of(2002, 3, 25)), a.publishedDate());
    // a range's last day is no such date
    assertEquals(Optional.empty(),
        parse("https://example.org/a\nTalks held 20 - 25/3/2002\n\n" + BODY).publishedDate());
  }

  @Test
  void parse_monthHeadingAndYearOnLinesOfTheirOwn_dateThePageToTheMonth() throws Exception {
    Article a = parse("https://example.org/a\nСтороны обсудили сотрудничество\nСентябрь\n2024\n\n"
        + BODY);
    assertEquals(Optional.of(PartialDate.ofYearMonth(2024, 9)), a.publishedDate());
    assertEquals(List.of("Сентябрь", "2024"), a.boilerplate());
    assertEquals(Optional.of(PartialDate.ofYearMonth(2019, 5)), parse("https://example.org/a\n"
        + "Envoys hold talks\nMay\n2019\n\n" + BODY).publishedDate());
    // in running text the nominative names no date ("Апрель 2024" after a day is a crawl stamp's)
    assertEquals(Optional.empty(),
        parse("https://example.org/a\nTalks\n\nАпрель 2024 прошёл спокойно. " + BODY)
            .publishedDate());
  }

  @Test
  void parse_witnessNamedByTitleThenByName_isNoSideOfTheSigning() throws Exception {
    // the witness's title stands for him, and his name follows it after a form of address
    Article a = parse("Grain deal\n\nUnder the witness of Minister Vu Huy Hoang and Chairman"
        + " of Russia's Rosneft Group, Mr. Igor Sechin, General Director of Zarubezhneft,"
        + " Mr. Alexander Kudasov and General Director of PetroVietnam, Mr. Do Van Hau signed a"
        + " memorandum.\n");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Set.of("alexander-kudasov", "do-van-hau"), a.meetings().get(0).participants()
        .stream().map(p -> p.person().value()).collect(toSet()));
  }

  @Test
  void parse_talksWithinASpanOfDaysInAHostCountry_takeNeitherTheDatelinesDayNorItsCity()
      throws Exception {
    Article a = parse("https://example.com/news/1\nGrain talks\n\nMOSCOW, October 29. Russia's"
        + " watchdog said on Tuesday that, on October 24-25, Vietnam hosted talks between Ivan"
        + " Petrovsky, who heads the branch in the Rostov and Volgograd Regions, with Hoang Trung,"
        + " Director General of the Plant Protection Department.\n");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    Meeting m = a.meetings().get(0);
    assertEquals(Set.of("hoang-trung", "ivan-petrovsky"), m.participants().stream()
        .map(p -> p.person().value()).collect(toSet()));
    assertEquals(Optional.empty(), m.date(), "within the span, on no day the text names");
    assertEquals("VN", m.place().orElseThrow().country(), "the host country");
  }

  @Test
  void parse_meetingsOfATripTheLeadSpansOverDays_takeNeitherTheDatelinesDayNorTheLeads()
      throws Exception {
    Article a = parse("https://example.com/news/2\nParty official visits Russia\n23/01/2024 10:00"
        + "\n\nHANOI, January 23 (VNA) - Secretary Nguyen Van Lam led a delegation to Russia for a"
        + " working trip from January 20-23.\n\nThe delegation held talks with Governor Ivan"
        + " Petrovsky.\n");
    assertEquals(1, a.meetings().size(), a.meetings().toString());
    assertEquals(Optional.empty(), a.meetings().get(0).date(), "some day of the trip");
  }

  @Test
  void parse_aWhollyQuotedLineThatTrailsOff_isAHeadline() throws Exception {
    assertEquals(Optional.of("«70 лет славному пути…»"),
        parse("https://example.ru/?p=5037\n«70 лет славному пути…»\n\n" + BODY).title());
    // a line of body text that trails off is none
    Article cut = parse("https://example.ru/?p=5038\nГубернатор сказал, что переговоры идут…\n\n"
        + BODY);
    assertEquals(Optional.empty(), cut.title());
  }

  @Test
  void parse_aGovernmentSitesAccessibilityMenuAndADateBlock_areJunkAboveTheHeadline()
      throws Exception {
    Article a = parse("https://example.ru/news/21959/\nВерсия для слабовидящих Вернуться на обычную"
        + " версию\nРазмер шрифта:\nЦвет:\n    к списку\n\n    21\n    августа\n    2017\n\n"
        + "    Губернатор встретился с послом Вьетнама\n\n    Поделиться:\n    Распечатать\n\n"
        + BODY);
    assertEquals(Optional.of("Губернатор встретился с послом Вьетнама"), a.title());
    assertEquals(Optional.of(PartialDate.of(2017, 8, 21)), a.publishedDate());
    assertEquals(List.of("Версия для слабовидящих Вернуться на обычную версию", "Размер шрифта:",
        "Цвет:", "к списку", "21", "августа", "2017", "Поделиться:", "Распечатать"),
        a.boilerplate());
  }

  @Test
  void parse_aFirstLineTheSlugSpells_isTheTitleWhateverItsStops() throws Exception {
    String url = "https://example.com/news/russia-and-vietnam-to-strengthen-military-cooperation\n";
    assertHeadlineUnderJunk(url + "Breaking news\nRussia and Vietnam to strengthen military"
            + " cooperation.\n" + BODY, "Russia and Vietnam to strengthen military cooperation.",
        "Breaking news");
    // two sentences in quotes
    assertEquals(Optional.of("«Духовное наследие Хо Ши Мина. 50 лет спустя»"),
        parse("https://example.ru/duhovnoe-nasledie-ho-shi-mina-50-let-spustya\n«Духовное наследие"
            + " Хо Ши Мина. 50 лет спустя»\n\n" + BODY).title());
    // without the slug, an English line ended by a full stop is body text
    assertEquals(Optional.empty(), parse("https://example.com/news/1\nRussia and Vietnam to"
        + " strengthen military cooperation.\n" + BODY).title());
  }

  @Test
  void parse_aBreadcrumbBeforeTheHeadline_isJunk() throws Exception {
    assertHeadlineUnderJunk("https://example.ru/news/1\nГлавная > Daily news > Vietnam’s new consul"
        + " to arrive in Yekaterinburg in March\n\n" + BODY,
        "Vietnam’s new consul to arrive in Yekaterinburg in March", "Главная > Daily news >");
    // a path alone, its last label a section's
    assertHeadlineUnderJunk("https://example.ru/news/2\nHome » News » Politics\n\nEnvoys hold talks"
        + " on trade\n\n" + BODY, "Envoys hold talks on trade", "Home » News » Politics");
  }

  @Test
  void parse_aNameAloneAboveThePageStamp_isTheByline() throws Exception {
    Article a = parse("https://example.vn/a\nHàng viện trợ khẩn cấp từ Nga đến Huế\n\nChu Minh Khôi"
        + "\n\n30/10/2025, 13:08\n\n" + BODY);
    assertEquals(List.of("Chu Minh Khôi"), a.credits());
    assertEquals(Optional.of(PartialDate.of(2025, 10, 30)), a.publishedDate());
    // a name over a line of text is no byline
    assertEquals(List.of(), parse("https://example.vn/a\nHàng viện trợ khẩn cấp từ Nga đến Huế\n\n"
        + "Chu Minh Khôi\n\n" + BODY).credits());
  }

  @Test
  void parse_aSectionNameJoinedByAnAmpersand_isJunk() throws Exception {
    assertHeadlineUnderJunk("https://example.com/society/1\n date 2019-05-22 Russian Politics &"
        + " Diplomacy\nRussian, Vietnamese PMs open Vietnam’s Year in Russia\n\n" + BODY,
        "Russian, Vietnamese PMs open Vietnam’s Year in Russia", "Russian Politics & Diplomacy");
    // a headline has its verb in lower case
    assertEquals(Optional.of("Russia & Vietnam sign deal"),
        parse("https://example.com/a\nRussia & Vietnam sign deal\n\n" + BODY).title());
  }

  @Test
  void parse_aSectionLabelAndSeparatorBeforeTheHeadline_isJunk() throws Exception {
    assertHeadlineUnderJunk("https://example.org/news-events/a\nNews & events > Cross Year Russia"
        + " and Viet Nam launched in Moscow\n\n" + BODY,
        "Cross Year Russia and Viet Nam launched in Moscow", "News & events >");
  }

  @Test
  void parse_aBreadcrumbWithArrowsAsWords_isJunk() throws Exception {
    // the alt text of the arrows' pictures stands between the labels
    assertHeadlineUnderJunk("https://example.vn/news/1\nHome arrow Ngành xây dựng arrow Tin tức arrow"
        + " Thành phố Mátxcơva sẽ giúp quy hoạch Hà Nội mở rộng\n\n" + BODY,
        "Thành phố Mátxcơva sẽ giúp quy hoạch Hà Nội mở rộng",
        "Home arrow Ngành xây dựng arrow Tin tức arrow");
  }

  @Test
  void parse_aFewWordsInCapitalsRightAboveTheHeadline_areTheSitesBanner() throws Exception {
    assertHeadlineUnderJunk("https://example.ru/news/20251210164-bqD6e.html\nМЕДИАГРУППА «ЗВЕЗДА»\n"
        + "Шойгу встретился с министром обороны Вьетнама\n\n" + BODY,
        "Шойгу встретился с министром обороны Вьетнама", "МЕДИАГРУППА «ЗВЕЗДА»");
    // a headline in capitals over its lead stays the headline
    assertEquals(Optional.of("HỘI ĐÀM VIỆT NGA"),
        parse("https://example.vn/a\nHỘI ĐÀM VIỆT NGA\n\n" + BODY).title());
  }
}
