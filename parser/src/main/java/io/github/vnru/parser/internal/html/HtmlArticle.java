package io.github.vnru.parser.internal.html;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.vnru.extract.DateMention;
import io.github.vnru.extract.ExtractionInput;
import io.github.vnru.extract.ExtractionResult;
import io.github.vnru.model.Language;
import io.github.vnru.model.PartialDate;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ParseProblem;
import io.github.vnru.parser.ParseProblem.Reason;
import io.github.vnru.parser.internal.ArticleAssembler;
import io.github.vnru.parser.internal.DateFinder;
import io.github.vnru.parser.internal.Piece;
import io.github.vnru.parser.internal.TextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Internal: an HTML page to an article. The page is decoded (byte-order mark, else its {@code
 * <meta charset>}, else the parser's charset; strictly), read by {@link HtmlReader}, and rendered
 * as vnru's text form, which becomes the article's <em>normalised text</em>:
 *
 * <pre>
 * URL line                 (canonical or og:url)
 * date YYYY-MM-DD          (meta, JSON-LD, &lt;time&gt; or a visible date line)
 * title
 * lead                     (a sapo / lead / summary block, if any)
 *
 * body paragraphs, one per line, blank lines between
 *
 * captions, credits, boilerplate and the &lt;h1&gt;, one per line, in page order
 * </pre>
 *
 * <p>Everything before the last part goes through the same headers, segmentation, sentences,
 * dates and extraction as a text file; the last part keeps the roles the markup gave it. So an
 * article saved as HTML and as text gives the same title, dates and meetings, and every span
 * points into this text.
 */
public final class HtmlArticle {
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern SLASH_DATE = Pattern.compile("^(\\d{4})/(\\d{1,2})/(\\d{1,2})");

  private HtmlArticle() {}

  /** Whether {@code bytes} start with the gzip magic number. */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
  }

  /**
   * The bytes of a gzip stream, at most {@code maxBytes} of them: a gzip bomb stops at the limit.
   *
   * @throws ArticleParseException if the data is not valid gzip, or inflates past the limit
   */
  public static byte[] gunzip(String source, byte[] bytes, long maxBytes)
      throws ArticleParseException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(bytes.length * 4, 1 << 20));
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 64 * 1024)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxBytes) {
          throw new ArticleParseException(
              ParseProblem.of(
                  source,
                  Reason.TOO_LARGE,
                  "gzip data inflates past the size limit ("
                      + maxBytes
                      + " bytes) from "
                      + bytes.length
                      + " compressed bytes"));
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw new ArticleParseException(
          ParseProblem.of(source, Reason.UNREADABLE, "corrupt gzip data (" + e.getMessage() + ")"));
    }
    return out.toByteArray();
  }

  /**
   * Decodes a page: a byte-order mark decides; else the charset its {@code <meta>} declares; else
   * {@code fallback}. Strict: a byte not in that charset is an error naming its offset.
   *
   * @throws ArticleParseException if the page declares a charset Java does not know, or its bytes
   *     are not in the charset, empty or binary
   */
  public static String decode(String source, byte[] bytes, Charset fallback)
      throws ArticleParseException {
    Charset cs = fallback;
    Optional<String> declared = HtmlReader.declaredCharset(bytes);
    if (declared.isPresent()) {
      cs = charsetNamed(source, declared.get());
    }
    return TextNormalizer.decode(source, bytes, cs);
  }

  /** A declared charset, with the WHATWG label rules browsers follow. */
  static Charset charsetNamed(String source, String label) throws ArticleParseException {
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "iso-8859-1":
      case "latin1":
      case "l1":
      case "ascii":
      case "us-ascii":
      case "iso8859-1":
      case "cp1252":
        // browsers read these labels as windows-1252
        return Charset.forName("windows-1252");
      case "utf-16":
      case "utf-16le":
      case "utf-16be":
      case "unicode":
        // a <meta> readable as ASCII cannot be UTF-16: browsers take UTF-8
        return UTF_8;
      case "utf8":
        return UTF_8;
      default:
        break;
    }
    try {
      return Charset.forName(l);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ArticleParseException(
          ParseProblem.of(
              source,
              Reason.UNKNOWN_CHARSET,
              "the page declares charset '"
                  + label
                  + "', which is not a known encoding; "
                  + TextNormalizer.ENCODING_HINT));
    }
  }

  /**
   * Parses a decoded page.
   *
   * @throws ArticleParseException if the page holds no article text
   */
  public static ArticleAssembler.Parsed assemble(
      String source,
      String id,
      String html,
      Function<ExtractionInput, ExtractionResult> extraction)
      throws ArticleParseException {
    String nfc =
        Normalizer.isNormalized(html, Normalizer.Form.NFC)
            ? html
            : Normalizer.normalize(html, Normalizer.Form.NFC);
    HtmlPage page = HtmlReader.read(nfc);
    StringBuilder text = new StringBuilder(html.length() / 4 + 64);
    page.url().ifPresent(u -> text.append(u).append('\n'));
    publishedDate(page).ifPresent(d -> text.append("date ").append(d).append('\n'));
    int titleAt = -1;
    if (page.title().isPresent()) {
      titleAt = text.length();
      text.append(oneLine(page.title().get())).append('\n');
    }
    List<HtmlPage.Block> blocks = page.blocks();
    int firstBody = -1;
    for (int i = 0; i < blocks.size() && firstBody < 0; i++) {
      if (blocks.get(i).role() == HtmlPage.Role.BODY || blocks.get(i).role() == HtmlPage.Role.LEAD) {
        firstBody = i;
      }
    }
    boolean leadWritten = false;
    if (firstBody >= 0 && blocks.get(firstBody).role() == HtmlPage.Role.LEAD && titleAt >= 0) {
      text.append(oneLine(blocks.get(firstBody).text())).append('\n');
      leadWritten = true;
    }
    text.append('\n');
    for (int i = 0; i < blocks.size(); i++) {
      HtmlPage.Block b = blocks.get(i);
      if ((b.role() == HtmlPage.Role.BODY || b.role() == HtmlPage.Role.LEAD)
          && !(leadWritten && i == firstBody)) {
        text.append(oneLine(b.text())).append("\n\n");
      }
    }
    int contentEnd = text.length();
    List<int[]> extraAt = new ArrayList<>();
    List<HtmlPage.Block> extraBlocks = new ArrayList<>();
    for (HtmlPage.Block b : blocks) {
      if (b.role() == HtmlPage.Role.BODY || b.role() == HtmlPage.Role.LEAD) {
        continue;
      }
      extraAt.add(new int[] {text.length()});
      extraBlocks.add(b);
      text.append(oneLine(b.text())).append('\n');
    }
    String raw = text.toString();
    if (raw.isBlank()) {
      throw new ArticleParseException(
          ParseProblem.of(source, Reason.NO_TEXT, "no article text: the page has no visible text"));
    }
    // the page was NFC before reading and every line is trimmed, so the text pipeline's own
    // normalisation changes nothing; if it ever does (a block starting with a combining mark),
    // the roles from the markup are dropped rather than let offsets drift
    String normalised = TextNormalizer.normalize(source, raw);
    if (!normalised.equals(raw)) {
      return ArticleAssembler.assemble(source, id, normalised, extraction);
    }
    String title = page.title().map(HtmlArticle::oneLine).orElse("");
    List<Piece> extras = new ArrayList<>(extraBlocks.size());
    for (int i = 0; i < extraBlocks.size(); i++) {
      HtmlPage.Block b = extraBlocks.get(i);
      int at = extraAt.get(i)[0];
      String t = oneLine(b.text());
      Piece.Role role;
      switch (b.role()) {
        case HEADLINE:
          role = t.equals(title) ? Piece.Role.TITLE_REPEAT : Piece.Role.BOILERPLATE;
          break;
        case CAPTION:
          role = Piece.Role.CAPTION;
          break;
        case CREDIT:
          role = Piece.Role.CREDIT;
          break;
        default:
          role = Piece.Role.BOILERPLATE;
      }
      extras.add(new Piece(role, at, t));
    }
    Optional<Language> declared = page.lang().flatMap(HtmlArticle::language);
    return ArticleAssembler.assemble(
        source,
        id,
        normalised,
        new ArticleAssembler.Page(contentEnd, extras, titleAt, declared),
        extraction);
  }

  /** One line: collapsed white space, no line breaks, no control characters. */
  static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B || c == '\u2028'
          || c == '\u2029' || c == '\u0085') {
        sb.append(' ');
      } else if (c < 0x20 || c == 0x7F || c == '\uFEFF') {
        continue;
      } else {
        sb.append(c);
      }
    }
    return ContentExtractor.collapse(sb);
  }

  /** {@code YYYY-MM-DD} (or {@code YYYY-MM}) of the page's published date, if it reads as one. */
  static Optional<String> publishedDate(HtmlPage page) {
    if (page.published().isEmpty()) {
      return Optional.empty();
    }
    String p = page.published().get().strip();
    Matcher m = ISO_DATE.matcher(p);
    if (m.find()) {
      return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    m = SLASH_DATE.matcher(p);
    if (m.find()) {
      return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
    }
    // a visible date line: the first full date the text's own date reader finds in it
    String line = oneLine(p);
    for (DateMention d : DateFinder.find(line, 0, Optional.empty(), 0).dates()) {
      PartialDate date = d.date();
      if (date.year().isPresent() && date.toLocalDate().isPresent()) {
        return Optional.of(date.toLocalDate().get().toString());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> valid(int y, int mo, int d) {
    try {
      return Optional.of(java.time.LocalDate.of(y, mo, d).toString());
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The language a {@code lang} value names, if vnru reads it. */
  static Optional<Language> language(String lang) {
    String l = lang.toLowerCase(Locale.ROOT);
    int dash = l.indexOf('-');
    String code = dash > 0 ? l.substring(0, dash) : l;
    for (Language x : Language.values()) {
      if (x.code().equals(code)) {
        return Optional.of(x);
      }
    }
    return Optional.empty();
  }
}
