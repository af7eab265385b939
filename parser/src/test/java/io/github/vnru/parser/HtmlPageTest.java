package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.model.Language;
import io.github.vnru.model.Meeting;
import io.github.vnru.model.PartialDate;
import io.github.vnru.parser.ParseProblem.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML pages (issue 14): the same article as its text form, each field's source, hostile pages. */
final class HtmlPageTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  // ---- a Vietnamese news page and its text form

  static final String VI_URL = "https://nhandan.vn/tong-bi-thu-to-lam-hoi-dam-voi-tong-thong-putin-post815.html";
  static final String VI_TITLE = "Tổng Bí thư Tô Lâm hội đàm với Tổng thống Nga Vladimir Putin";
  static final String VI_LEAD =
      "Chiều 20/6, tại Hà Nội, Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Liên bang Nga Vladimir"
          + " Putin, đang thăm cấp Nhà nước tới Việt Nam.";
  static final List<String> VI_BODY =
      List.of(
          "Tổng Bí thư Tô Lâm nhiệt liệt chào mừng Tổng thống Vladimir Putin thăm cấp Nhà nước tới"
              + " Việt Nam, khẳng định Việt Nam luôn coi trọng quan hệ Đối tác chiến lược toàn diện"
              + " với Liên bang Nga.",
          "Tổng thống Vladimir Putin cảm ơn sự đón tiếp trọng thị, nhấn mạnh Nga coi trọng việc"
              + " phát triển quan hệ với Việt Nam, một đối tác quan trọng ở châu Á - Thái Bình Dương.",
          "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực năng lượng, giáo dục, khoa học và"
              + " công nghệ, và thúc đẩy giao lưu nhân dân giữa hai nước.");

  static String viText() {
    return VI_URL + "\ndate 2024-06-20\n" + VI_TITLE + "\n" + VI_LEAD + "\n\n"
        + String.join("\n\n", VI_BODY) + "\n";
  }

  /** The page as Vietnamese news sites build it. */
  static String viPage(String head, String dateLine) {
    return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\n"
        + "<title>" + VI_TITLE + " | Báo Nhân Dân điện tử</title>\n"
        + head
        + "<script>var a = '<p>Không phải bài báo</p>'; if (a < b) {}</script>\n"
        + "<style>p { color: red } .x::before { content: 'Tin nóng' }</style>\n"
        + "</head><body>\n"
        + "<header class=\"site-header\"><nav class=\"menu\"><ul><li><a href=\"/\">Trang chủ</a></li>"
        + "<li><a href=\"/chinh-tri\">Chính trị</a></li><li><a href=\"/the-gioi\">Thế giới</a></li>"
        + "<li><a href=\"/kinh-te\">Kinh tế</a></li></ul></nav></header>\n"
        + "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> » <a href=\"/chinh-tri\">Chính trị</a></div>\n"
        + "<main class=\"main-content\"><article class=\"article\">\n"
        + "<h1 class=\"article__title\">" + VI_TITLE + "</h1>\n"
        + dateLine
        + "<div class=\"article__sapo\">" + VI_LEAD + "</div>\n"
        + "<div class=\"article__body\" itemprop=\"articleBody\">\n"
        + "<p>" + VI_BODY.get(0) + "</p>\n"
        + "<figure class=\"picture\"><img src=\"a.jpg\" alt=\"\">"
        + "<figcaption>Tổng Bí thư Tô Lâm và Tổng thống Vladimir Putin tại buổi hội đàm. (Ảnh: TTXVN)</figcaption></figure>\n"
        + "<p>" + VI_BODY.get(1) + "</p>\n"
        + "<div class=\"box-tinlienquan\"><h3>Tin liên quan</h3><ul>"
        + "<li><a href=\"/a\">Thủ tướng tiếp Đại sứ Nga tại Việt Nam nhân dịp kết thúc nhiệm kỳ</a></li>"
        + "<li><a href=\"/b\">Việt Nam và Nga ký kết nhiều văn kiện hợp tác quan trọng trong năm</a></li>"
        + "</ul></div>\n"
        + "<p>" + VI_BODY.get(2) + "</p>\n"
        + "</div>\n"
        + "<div class=\"article__author\">Minh Anh</div>\n"
        + "<div class=\"social-share\"><a href=\"#\">Chia sẻ</a> <a href=\"#\">Facebook</a></div>\n"
        + "</article>\n"
        + "<section class=\"comments\"><h3>Bình luận</h3><div class=\"comment\"><p>Bài viết rất hay,"
        + " cảm ơn tác giả đã chia sẻ những thông tin bổ ích về chuyến thăm của Tổng thống Putin.</p>"
        + "</div></section>\n"
        + "</main>\n"
        + "<footer class=\"footer\"><p>Báo Nhân Dân - Cơ quan Trung ương của Đảng Cộng sản Việt Nam."
        + " Tổng Biên tập: Lê Quốc Minh. Giấy phép số 11/GP-BTTTT.</p></footer>\n"
        + "</body></html>\n";
  }

  static final String VI_META =
      "<meta property=\"og:title\" content=\"" + VI_TITLE + "\">\n"
          + "<meta property=\"og:site_name\" content=\"Báo Nhân Dân điện tử\">\n"
          + "<meta property=\"og:url\" content=\"" + VI_URL + "\">\n"
          + "<link rel=\"canonical\" href=\"" + VI_URL + "\">\n"
          + "<meta property=\"article:published_time\" content=\"2024-06-20T15:30:00+07:00\">\n"
          + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
          + "\"@type\":\"NewsArticle\",\"headline\":\"" + VI_TITLE + "\","
          + "\"datePublished\":\"2024-06-20T15:30:00+07:00\"}</script>\n";

  static Article html(String page) throws ArticleParseException {
    return PARSER.parse("page", page.getBytes(UTF_8));
  }

  static List<String> meetings(Article a) {
    return a.meetings().stream()
        .map(m -> m.kind() + " " + m.date() + " " + m.place() + " " + m.participants())
        .collect(Collectors.toList());
  }

  @Test
  void vietnamesePage_sameAsTextForm() throws Exception {
    Article text = PARSER.parse("text", viText());
    Article page = html(viPage(VI_META, ""));
    assertFalse(text.meetings().isEmpty(), "the text form has a meeting");
    assertEquals(meetings(text), meetings(page));
    assertEquals(text.title(), page.title());
    assertEquals(text.url(), page.url());
    assertEquals(text.publisher(), page.publisher());
    assertEquals(text.publishedDate(), page.publishedDate());
    assertEquals(text.lead(), page.lead());
    assertEquals(text.paragraphs(), page.paragraphs());
    assertEquals(Language.VIETNAMESE, page.language());
    // nothing lost: navigation, related links, share, comments and footer are boilerplate
    String junk = String.join("\n", page.boilerplate());
    for (String s : List.of("Trang chủ", "Tin liên quan", "Thủ tướng tiếp Đại sứ Nga", "Chia sẻ",
        "Bài viết rất hay", "Giấy phép số")) {
      assertTrue(junk.contains(s), s + " in " + junk);
    }
    assertTrue(page.captions().get(0).startsWith("Tổng Bí thư Tô Lâm và Tổng thống"), page.captions().toString());
    assertEquals(List.of("Minh Anh"), page.credits());
    assertFalse(String.join(" ", page.paragraphs()).contains("Không phải bài báo"), "no script text");
    assertFalse(String.join(" ", page.boilerplate()).contains("color"), "no style text");
  }

  @Test
  void spansPointIntoTheNormalisedText() throws Exception {
    Article page = html(viPage(VI_META, ""));
    Article text = PARSER.parse("text", viText());
    // the page's text form starts as the text file does, so evidence offsets agree
    for (int i = 0; i < text.meetings().size(); i++) {
      Meeting a = text.meetings().get(i);
      Meeting b = page.meetings().get(i);
      assertEquals(a.evidence(), b.evidence());
    }
  }

  // ---- an English page

  static final String EN_TITLE = "Vietnamese Party chief holds talks with Russian President Putin";
  static final String EN_BODY1 =
      "Hanoi (VNA) - General Secretary To Lam held talks with Russian President Vladimir Putin in"
          + " Hanoi on June 20, 2024, during the Russian leader's state visit to Vietnam.";
  static final String EN_BODY2 =
      "The two leaders agreed to deepen the comprehensive strategic partnership between the two"
          + " countries, with a focus on energy, education and science.";

  static String enPage(String head, String dateLine) {
    return "<!doctype html><html lang=\"en-US\"><head><meta charset=\"UTF-8\">"
        + "<title>" + EN_TITLE + " - Vietnam News Agency</title>" + head + "</head><body>"
        + "<nav id=\"navbar\"><a href=\"/\">Home</a> <a href=\"/politics\">Politics</a>"
        + " <a href=\"/world\">World</a></nav>"
        + "<div id=\"content\"><div class=\"post\"><h1>" + EN_TITLE + "</h1>" + dateLine
        + "<div class=\"entry-content\"><p>" + EN_BODY1 + "</p>"
        + "<div class=\"wp-caption\"><img src=\"x.jpg\"><p class=\"wp-caption-text\">"
        + "General Secretary To Lam (R) and President Vladimir Putin. Photo: VNA</p></div>"
        + "<p>" + EN_BODY2 + "</p></div>"
        + "<div class=\"related-posts\"><h4>Related news</h4><ul><li><a href=\"/1\">Vietnam,"
        + " Russia sign energy deals</a></li><li><a href=\"/2\">Russian Deputy PM visits Hanoi"
        + "</a></li></ul></div></div>"
        + "<div id=\"comments\"><p>Great news for both countries, I hope the cooperation keeps"
        + " growing.</p></div></div>"
        + "<div id=\"sidebar\"><h3>Most read</h3><a href=\"/3\">Weather: heavy rain in the North"
        + "</a></div><div id=\"footer\">© Vietnam News Agency</div></body></html>";
  }

  @Test
  void englishPage_sameAsTextForm() throws Exception {
    String url = "https://en.vietnamplus.vn/party-chief-holds-talks-with-putin-post1.vnp";
    Article text =
        PARSER.parse("text", url + "\ndate 2024-06-20\n" + EN_TITLE + "\n\n" + EN_BODY1 + "\n\n"
            + EN_BODY2 + "\n");
    Article page =
        html(enPage("<link rel=\"canonical\" href=\"" + url + "\">"
            + "<meta name=\"pubdate\" content=\"2024-06-20\">", ""));
    assertFalse(text.meetings().isEmpty());
    assertEquals(meetings(text), meetings(page));
    assertEquals(Optional.of(EN_TITLE), page.title());
    assertEquals(text.url(), page.url());
    assertEquals(text.publishedDate(), page.publishedDate());
    assertEquals(text.dateline(), page.dateline());
    assertEquals(List.of(EN_BODY1, EN_BODY2), page.paragraphs());
    assertEquals(Language.ENGLISH, page.language());
    assertTrue(page.captions().get(0).startsWith("General Secretary To Lam (R)"));
    String junk = String.join("\n", page.boilerplate());
    assertTrue(junk.contains("Russian Deputy PM visits Hanoi") && junk.contains("Great news")
        && junk.contains("Most read") && junk.contains("Home"), junk);
  }

  // ---- one test per field source

  @Test
  void title_fromOgTitle() throws Exception {
    Article a = html(enPage("<meta property=\"og:title\" content=\"Talks in Hanoi\">", ""));
    assertEquals(Optional.of("Talks in Hanoi"), a.title());
  }

  @Test
  void title_fromH1_whenNoOgTitle() throws Exception {
    assertEquals(Optional.of(EN_TITLE), html(enPage("", "")).title());
  }

  @Test
  void title_fromTitleTag_withoutSiteName() throws Exception {
    String page = enPage("", "").replace("<h1>" + EN_TITLE + "</h1>", "");
    assertEquals(Optional.of(EN_TITLE), html(page).title());
    String vi = viPage("", "").replace("<h1 class=\"article__title\">" + VI_TITLE + "</h1>", "");
    assertEquals(Optional.of(VI_TITLE), html(vi).title());
  }

  @Test
  void url_fromCanonical_thenOgUrl() throws Exception {
    Article a = html(enPage("<link rel=\"canonical\" href=\"https://a.example.com/x\">"
        + "<meta property=\"og:url\" content=\"https://b.example.com/y\">", ""));
    assertEquals(Optional.of("https://a.example.com/x"), a.url());
    assertEquals(Optional.of("a.example.com"), a.publisher());
    Article b = html(enPage("<meta property=\"og:url\" content=\"https://www.b.example.com/y\">", ""));
    assertEquals(Optional.of("https://www.b.example.com/y"), b.url());
    assertEquals(Optional.of("b.example.com"), b.publisher());
  }

  @Test
  void date_fromArticlePublishedTime() throws Exception {
    Article a = html(enPage("<meta property=\"article:published_time\" content=\"2024-06-19T22:00:00Z\">", ""));
    assertEquals(Optional.of(PartialDate.of(2024, 6, 19)), a.publishedDate());
  }

  @Test
  void date_fromJsonLd() throws Exception {
    Article a = html(enPage("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"datePublished\": \"2024-06-18T08:00:00+07:00\"}</script>", ""));
    assertEquals(Optional.of(PartialDate.of(2024, 6, 18)), a.publishedDate());
  }

  @Test
  void date_fromTimeElement() throws Exception {
    Article a = html(enPage("", "<time datetime=\"2024-06-17T10:00:00+07:00\">June 17</time>"));
    assertEquals(Optional.of(PartialDate.of(2024, 6, 17)), a.publishedDate());
  }

  @Test
  void date_fromVisibleDateLine() throws Exception {
    Article a = html(viPage("", "<div class=\"article__date\">Thứ Năm, 20/06/2024 15:30</div>"));
    assertEquals(Optional.of(PartialDate.of(2024, 6, 20)), a.publishedDate());
  }

  @Test
  void language_declared_checkedAgainstText() throws Exception {
    // an English page that declares Vietnamese reads as English: the text decides
    Article a = html(enPage("", "").replace("lang=\"en-US\"", "lang=\"vi\""));
    assertEquals(Language.ENGLISH, a.language());
    // a page whose text does not decide takes its declared language
    Article b = html("<html lang=\"en\"><body><h1>Hanoi 2024</h1><p>Putin, Hanoi, 20/6/2024: 2024.</p></body></html>");
    assertEquals(Language.ENGLISH, b.language());
  }

  @Test
  void captionsAndCredits_fromClasses() throws Exception {
    Article a = html(viPage(VI_META, "<div class=\"author\">Theo TTXVN</div>"));
    assertTrue(a.credits().contains("Theo TTXVN"), a.credits().toString());
    assertEquals(1, a.captions().size());
  }

  // ---- files, names and detection

  @Test
  void files_anyCaseHtmlHtmGzAndByContent(@TempDir Path dir) throws Exception {
    String page = viPage(VI_META, "");
    Files.writeString(dir.resolve("a.HTML"), page);
    Files.writeString(dir.resolve("b.htm"), page);
    Files.write(dir.resolve("c.html.gz"), gzip(page.getBytes(UTF_8)));
    Files.writeString(dir.resolve("d.txt"), page); // HTML by its content
    Files.writeString(dir.resolve("e.json"), "{}"); // not an article file: skipped in a folder
    ParseReport r = PARSER.parseAll(List.of(dir), 1);
    assertEquals(List.of(), r.failures());
    assertEquals(List.of("a", "b", "c", "d"),
        r.articles().stream().map(Article::id).collect(Collectors.toList()));
    for (Article a : r.articles()) {
      assertEquals(Optional.of(VI_TITLE), a.title());
      assertFalse(a.meetings().isEmpty());
    }
  }

  // ---- hostile pages: a typed error or a bounded, linear parse

  @Test
  void hostile_deepNesting() {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(200_000)).append("<p>").append(EN_BODY1).append("</p>");
    // generous limits: the machine is shared; a quadratic walk would take hours, not seconds
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      Article a = html(sb.toString());
      assertEquals(List.of(EN_BODY1), a.paragraphs());
    });
  }

  @Test
  void hostile_tenMegabytePage() {
    StringBuilder sb = new StringBuilder("<html><body><h1>" + EN_TITLE + "</h1>");
    while (sb.length() < 10_000_000) {
      sb.append("<div class=\"c\"><p>").append(EN_BODY2).append("</p><a href=\"/x\">link</a></div>\n");
    }
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      Article a = html(sb.toString());
      assertTrue(a.paragraphs().size() > 1000);
    });
  }

  @Test
  void hostile_brokenMarkup() throws Exception {
    Article a = html("<html><body><div><p>" + EN_BODY1 + "<p>" + EN_BODY2
        + "</span></div></div><b><i>unclosed <td>cell <<>> </tr></table><p attr=\"x");
    assertEquals(EN_BODY1, a.paragraphs().get(0));
    assertEquals(EN_BODY2, a.paragraphs().get(1));
  }

  @Test
  void hostile_scriptsAndStylesNeverText() throws Exception {
    String script = "<script>" + "document.write('<p>injected text</p>');".repeat(1000) + "</script>";
    Article a = html("<html><head><style>body{}</style></head><body>" + script
        + "<p>" + EN_BODY1 + "</p><noscript><p>Enable JavaScript</p></noscript>"
        + "<style>.a{}</style></body></html>");
    assertEquals(List.of(EN_BODY1), a.paragraphs());
    String all = String.join(" ", a.boilerplate());
    assertFalse(all.contains("injected") || all.contains("Enable JavaScript") || all.contains("{"));
  }

  @Test
  void hostile_entityBomb() {
    // HTML has no entity definitions: a DOCTYPE that declares them expands nothing
    String lol = "<!DOCTYPE html [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
    String page = lol + "<html><body><p>" + EN_BODY1 + " &lol3; " + "&amp;".repeat(200_000)
        + "</p></body></html>";
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      Article a = PARSER.parse("bomb", page.getBytes(UTF_8));
      String text = String.join(" ", a.paragraphs());
      assertTrue(text.contains("&lol3;"), "not expanded");
      assertTrue(text.length() < 300_000, "bounded");
    });
  }

  @Test
  void charset_metaHonoured() throws Exception {
    Charset cp1252 = Charset.forName("windows-1252");
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        + "</head><body><p>Café à Hanoï, déjà vu.</p></body></html>";
    Article a = PARSER.parse("p", page.getBytes(cp1252));
    assertEquals(List.of("Café à Hanoï, déjà vu."), a.paragraphs());
  }

  @Test
  void charset_bomWinsOverMeta() throws Exception {
    byte[] body = ("<html><head><meta charset=\"windows-1252\"></head><body><p>Hà Nội, ngày 20/6.</p>"
        + "</body></html>").getBytes(UTF_8);
    byte[] bom = new byte[body.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bom, 3, body.length);
    assertEquals(List.of("Hà Nội, ngày 20/6."), PARSER.parse("p", bom).paragraphs());
  }

  @Test
  void charset_wrongDeclaration_isStrictError() {
    byte[] latin = ("<html><head><meta charset=\"utf-8\"></head><body><p>Café à Hanoï</p></body></html>")
        .getBytes(Charset.forName("windows-1252"));
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> PARSER.parse("p", latin));
    assertEquals(Reason.NOT_UTF8, e.problem().reason());
    assertTrue(e.problem().byteOffset().isPresent());
  }

  @Test
  void charset_unknown_isTypedError() {
    byte[] page = "<html><head><meta charset=\"klingon-8\"></head><body><p>x</p></body></html>".getBytes(UTF_8);
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> PARSER.parse("p", page));
    assertEquals(Reason.UNKNOWN_CHARSET, e.problem().reason());
  }

  @Test
  void hostile_gzipBomb_stopsAtTheLimit() throws Exception {
    ArticleParser small = ArticleParser.builder().maxBytes(1 << 20).build();
    byte[] zeros = new byte[1 << 20];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write("<html><body><p>".getBytes(UTF_8));
      for (int i = 0; i < 64; i++) {
        gz.write(zeros); // 64 MiB of zeros from about 64 KiB
      }
    }
    ArticleParseException e =
        assertThrows(ArticleParseException.class, () -> small.parse("bomb", out.toByteArray()));
    assertEquals(Reason.TOO_LARGE, e.problem().reason());
  }

  @Test
  void hostile_corruptGzip_isUnreadable() {
    byte[] bad = {0x1F, (byte) 0x8B, 8, 0, 1, 2, 3, 4, 5, 6, 7};
    ArticleParseException e = assertThrows(ArticleParseException.class, () -> PARSER.parse("z", bad));
    assertEquals(Reason.UNREADABLE, e.problem().reason());
  }

  @Test
  void hostile_noVisibleText_isNoText() {
    ArticleParseException e = assertThrows(ArticleParseException.class,
        () -> html("<html><head><title></title></head><body><script>x()</script></body></html>"));
    assertEquals(Reason.NO_TEXT, e.problem().reason());
  }

  static byte[] gzip(byte[] b) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }
}
