package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.vnru.parser.ArticleParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The layout of a raw article file, told from its first non-blank line. Scores are broken down by
 * it, because each layout exercises a different part of the header reader.
 */
public enum RawFormat {
  /** (a) The title line comes first. */
  TITLE_FIRST("a", "title line first"),
  /** (b) A {@code " date YYYY-MM-DD "} header comes first. */
  DATE_HEADER("b", "date header first"),
  /** (c) The URL line comes first, then the title. */
  URL_FIRST("c", "URL line first"),
  /**
   * An HTML page: a file the parser reads as a page, by its name ({@code .html}, {@code .htm},
   * {@code .html.gz}, any case) or its content ({@code <!DOCTYPE html>}, {@code <html>}, ...).
   */
  HTML("html", "HTML page"),
  /** Not known: the article came from JSON Lines, or its file could not be read. */
  UNKNOWN("?", "unknown");

  private static final Pattern DATE_HEADER_LINE = Pattern.compile("^ ?date \\d{4}-\\d{2}-\\d{2}\\b.*");
  private static final int MAX_HEAD = 64 * 1024;

  private final String code;
  private final String description;

  RawFormat(String code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The short label: {@code a}, {@code b}, {@code c}, {@code html} or {@code ?}. */
  public String code() {
    return code;
  }

  /** A few words saying what the layout is. */
  public String description() {
    return description;
  }

  /**
   * The layout of the raw file {@code file} as the parser reads it ({@link
   * ArticleParser#readsAsHtml}): gzip data is inflated first, and a page by its name or content is
   * {@link #HTML}; {@link #UNKNOWN} when it cannot be read. Only the first 64 KiB are read.
   */
  public static RawFormat of(Path file) {
    byte[] head;
    try {
      head = head(file);
    } catch (IOException e) {
      return UNKNOWN;
    }
    Path name = file.getFileName();
    if (ArticleParser.readsAsHtml(name == null ? "" : name.toString(), head)) {
      return HTML;
    }
    return ofText(new String(head, UTF_8));
  }

  /** The file's first 64 KiB, inflated if it is gzip data (as the parser inflates it). */
  private static byte[] head(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(MAX_HEAD);
    }
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while (out.size() < MAX_HEAD && (n = in.read(buf)) > 0) {
          out.write(buf, 0, n);
        }
        return out.toByteArray();
      }
    }
    return head;
  }

  /**
   * The layout of raw text whose beginning is {@code head}: {@link #HTML} if it starts like a page
   * (as the parser tells a page by its content), else by its first non-blank line.
   */
  public static RawFormat ofText(String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    if (ArticleParser.readsAsHtml("", text.getBytes(UTF_8))) {
      return HTML;
    }
    for (String line : text.split("\r\n|\r|\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      if (DATE_HEADER_LINE.matcher(line).matches()) {
        return DATE_HEADER;
      }
      String t = line.strip().toLowerCase(Locale.ROOT);
      if (t.startsWith("http://") || t.startsWith("https://")) {
        return URL_FIRST;
      }
      return TITLE_FIRST;
    }
    return UNKNOWN;
  }

  @Override
  public String toString() {
    return code;
  }
}
