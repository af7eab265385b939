package io.github.vnru.parser;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ParseProblem.Reason;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines of articles as {@code vnru parse} writes them, recognised by content: the first
 * non-blank line (after an optional byte-order mark) is a JSON object with an {@code "id"}
 * field. No news text starts that way.
 */
final class JsonLines {
  private JsonLines() {}

  /** Whether {@code bytes} look like JSON Lines of articles. */
  static boolean looksLike(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n'
        || bytes[i] == '\r')) {
      i++;
    }
    if (i >= bytes.length || bytes[i] != '{') {
      return false;
    }
    int j = i + 1;
    while (j < bytes.length && (bytes[j] == ' ' || bytes[j] == '\t')) {
      j++;
    }
    return j + 4 <= bytes.length
        && bytes[j] == '"'
        && bytes[j + 1] == 'i'
        && bytes[j + 2] == 'd'
        && bytes[j + 3] == '"';
  }

  /**
   * The articles, one per non-blank line.
   *
   * @throws ArticleParseException naming the line if one is not an article
   */
  static List<Article> read(String source, byte[] bytes) throws ArticleParseException {
    String text = new String(bytes, UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Article> out = new ArrayList<>();
    int line = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      line++;
      String l = text.substring(start, end).strip();
      if (!l.isEmpty()) {
        try {
          out.add(VnruJson.read(l, Article.class));
        } catch (IllegalArgumentException e) {
          throw new ArticleParseException(
              ParseProblem.at(
                  source,
                  Reason.BAD_JSON_LINE,
                  line,
                  1,
                  "not an article as 'vnru parse' writes it: " + e.getMessage()));
        }
      }
      start = end + 1;
    }
    return out;
  }
}
