package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

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
  /** An HTML page ({@code <!DOCTYPE html>} or {@code <html>} first). */
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
   * The layout of the raw file {@code file}; {@link #UNKNOWN} when it cannot be read. Only the
   * file's first 64 KiB are read.
   */
  public static RawFormat of(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return ofText(new String(in.readNBytes(MAX_HEAD), UTF_8));
    } catch (IOException e) {
      return UNKNOWN;
    }
  }

  /** The layout of raw text whose beginning is {@code head}. */
  public static RawFormat ofText(String head) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
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
      if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<?xml")) {
        return HTML;
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
