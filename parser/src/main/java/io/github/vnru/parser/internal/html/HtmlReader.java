package io.github.vnru.parser.internal.html;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import io.github.vnru.extract.internal.Chars;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Internal: a decoded HTML page to an {@link HtmlPage}: metadata from the head, the article from
 * the body (see {@link ContentExtractor}). jsoup parses the page as browsers do (WHATWG), so
 * broken markup gives a tree, never an error; it expands only HTML's own named entities, so an
 * entity bomb has nothing to expand.
 */
public final class HtmlReader {
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]{0,300}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern JSON_LD_DATE =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,40})\"");
  private static final Pattern JSON_LD_URL =
      Pattern.compile("\"(?:url|@id)\"\\s*:\\s*\"(https?://[^\"\\s]{4,500})\"");
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+(?:\\||-|–|—|::|»|·|/)\\s+|\\s*\\|\\s*");
  private static final Pattern DATE_CLASS =
      Pattern.compile("date|time|publish|posted|ngay|thoigian|thoi-gian", Pattern.CASE_INSENSITIVE);

  /** The tags whose content is never text. */
  private static final String NOT_TEXT =
      "script, style, noscript, template, svg, math, canvas, iframe, object, embed, video, audio,"
          + " button, input, select, textarea, link, meta, head, [hidden],"
          + " [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

  private HtmlReader() {}

  /**
   * Whether {@code bytes} (not compressed) look like an HTML page: after a byte-order mark and
   * white space they start with {@code <!doctype html}, {@code <html}, {@code <head}, {@code
   * <meta}, {@code <body}, or a comment or XML declaration that a {@code <html} tag follows within
   * the first 2 KiB.
   */
  public static boolean looksLike(byte[] bytes) {
    int i = 0;
    int n = Math.min(bytes.length, 2048);
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < n && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'
        || bytes[i] == '\f')) {
      i++;
    }
    if (i >= n || bytes[i] != '<') {
      return false;
    }
    String head = new String(bytes, i, n - i, ISO_8859_1).toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")
        || head.startsWith("<head") || head.startsWith("<meta") || head.startsWith("<body")) {
      return true;
    }
    return (head.startsWith("<!--") || head.startsWith("<?xml") || head.startsWith("<!doctype"))
        && (head.contains("<html") || head.contains("<head") || head.contains("<body"));
  }

  /** Whether already-decoded {@code text} looks like an HTML page (see {@link #looksLike(byte[])}). */
  public static boolean looksLike(String text) {
    int n = Math.min(text.length(), 2048);
    byte[] head = new byte[n];
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      head[i] = c < 0x80 ? (byte) c : (byte) '?';
    }
    int from = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    return looksLike(java.util.Arrays.copyOfRange(head, from, n));
  }

  /**
   * The charset a page declares in its first 4 KiB ({@code <meta charset>} or {@code <meta
   * http-equiv=Content-Type content="...; charset=...">}), as written.
   */
  public static Optional<String> declaredCharset(byte[] bytes) {
    int n = Math.min(bytes.length, 4096);
    Matcher m = META_CHARSET.matcher(new String(bytes, 0, n, ISO_8859_1));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Reads a decoded page. */
  public static HtmlPage read(String html) {
    Document doc = Parser.htmlParser().parseInput(html, "");
    Element head = doc.head();
    Element root = doc.selectFirst("html");

    Optional<String> lang =
        root == null ? Optional.empty() : nonBlank(root.attr("lang"));
    if (lang.isEmpty() && root != null) {
      lang = nonBlank(root.attr("xml:lang"));
    }
    lang = lang.map(l -> l.strip().toLowerCase(Locale.ROOT));

    // metadata before the scripts go
    Optional<String> ogTitle = meta(doc, "og:title", "twitter:title");
    Optional<String> siteName = meta(doc, "og:site_name", "application-name");
    Optional<String> url =
        absolute(doc.select("link[rel~=(?i)^canonical$]").attr("href"))
            .or(() -> absolute(meta(doc, "og:url", "twitter:url").orElse("")));
    Optional<String> published =
        meta(
            doc,
            "article:published_time",
            "og:article:published_time",
            "article:published",
            "datePublished",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "published_time",
            "parsely-pub-date",
            "sailthru.date",
            "dc.date.issued",
            "dcterms.issued",
            "dc.date",
            "dcterms.created",
            "date",
            "article.published");
    String jsonLd = "";
    for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
      jsonLd += s.data() + "\n";
    }
    if (published.isEmpty() && !jsonLd.isEmpty()) {
      Matcher m = JSON_LD_DATE.matcher(jsonLd);
      if (m.find()) {
        published = Optional.of(m.group(1));
      }
    }
    if (url.isEmpty() && !jsonLd.isEmpty()) {
      Matcher m = JSON_LD_URL.matcher(jsonLd);
      if (m.find()) {
        url = Optional.of(m.group(1));
      }
    }
    if (published.isEmpty()) {
      Element time = doc.selectFirst("time[itemprop~=(?i)datePublished][datetime], time[pubdate]");
      if (time == null) {
        time = doc.selectFirst("time[datetime]");
      }
      if (time != null) {
        published = nonBlank(time.attr("datetime"));
      }
    }
    String titleTag = head == null ? "" : text(head.selectFirst("title"));
    Element body = doc.body();
    Element h1 = body == null ? null : body.selectFirst("h1");
    String h1Text = text(h1);

    // a visible date line: a short element with a date class and digits, or a <time>'s text
    Optional<String> visibleDate = Optional.empty();
    if (published.isEmpty() && body != null) {
      for (Element e : body.select("time, [class~=(?i)date|time|publish|posted|ngay], [id~=(?i)date]")) {
        String t = e.text();
        if (t.length() >= 6 && t.length() <= 100 && t.chars().anyMatch(Character::isDigit)
            && (e.normalName().equals("time") || DATE_CLASS.matcher(e.className() + e.id()).find())) {
          visibleDate = Optional.of(t);
          break;
        }
      }
    }

    if (body != null) {
      body.select(NOT_TEXT).remove();
    }
    List<HtmlPage.Block> blocks =
        body == null ? List.of() : ContentExtractor.extract(body);

    Optional<String> title = ogTitle.filter(t -> !t.isBlank());
    if (title.isPresent() && siteName.isPresent() && title.get().equalsIgnoreCase(siteName.get())) {
      title = Optional.empty();
    }
    if (title.isEmpty() && !h1Text.isEmpty()) {
      title = Optional.of(h1Text);
    }
    if (title.isEmpty() && !titleTag.isEmpty()) {
      title = Optional.of(titleTag);
    }
    Optional<String> site = siteName;
    title = title.map(t -> withoutSiteName(ContentExtractor.collapse(t), site, h1Text));
    if (published.isEmpty()) {
      published = visibleDate;
    }
    return new HtmlPage(
        title.filter(t -> !t.isEmpty()),
        url,
        published.map(String::strip),
        lang,
        blocks);
  }

  /**
   * {@code title} without a site-name suffix or prefix: the site's name when the page states it,
   * else the last part after {@code |}, {@code -}, {@code –} or {@code —} when it is shorter than
   * the rest (a site name, not half a headline). When the page's {@code <h1>} is what is left, that
   * is the title.
   */
  static String withoutSiteName(String title, Optional<String> siteName, String h1) {
    String t = title.strip();
    if (!h1.isEmpty() && t.startsWith(h1) && t.length() > h1.length()) {
      String rest = t.substring(h1.length()).strip();
      if (!rest.isEmpty() && TITLE_SEPARATOR.matcher(" " + rest).lookingAt()) {
        return h1;
      }
    }
    if (siteName.isPresent()) {
      String site = siteName.get().strip().toLowerCase(Locale.ROOT);
      Matcher m = TITLE_SEPARATOR.matcher(t);
      int lastStart = -1;
      int lastEnd = -1;
      int firstStart = -1;
      int firstEnd = -1;
      while (m.find()) {
        if (firstStart < 0) {
          firstStart = m.start();
          firstEnd = m.end();
        }
        lastStart = m.start();
        lastEnd = m.end();
      }
      if (lastStart > 0 && t.substring(lastEnd).strip().toLowerCase(Locale.ROOT).equals(site)) {
        return t.substring(0, lastStart).strip();
      }
      if (firstStart > 0 && t.substring(0, firstStart).strip().toLowerCase(Locale.ROOT).equals(site)) {
        return t.substring(firstEnd).strip();
      }
    }
    Matcher m = TITLE_SEPARATOR.matcher(t);
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart > 0) {
      String head = t.substring(0, lastStart).strip();
      String tail = t.substring(lastEnd).strip();
      if (!tail.isEmpty() && tail.length() < head.length() && Chars.words(tail) <= 6
          && Chars.words(head) >= 2) {
        return head;
      }
    }
    return t;
  }

  private static Optional<String> meta(Document doc, String... names) {
    for (String name : names) {
      for (Element m : doc.select("meta")) {
        String key = m.hasAttr("property") ? m.attr("property")
            : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
        if (key.equalsIgnoreCase(name)) {
          String content = m.attr("content").strip();
          if (!content.isEmpty()) {
            return Optional.of(content);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> absolute(String href) {
    String h = href.strip();
    String lower = h.toLowerCase(Locale.ROOT);
    if (h.isEmpty() || !(lower.startsWith("http://") || lower.startsWith("https://"))) {
      return Optional.empty();
    }
    for (int i = 0; i < h.length(); i++) {
      if (Character.isWhitespace(h.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(h);
  }

  private static String text(Element e) {
    return e == null ? "" : ContentExtractor.collapse(e.text());
  }

  private static Optional<String> nonBlank(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
  }
}
