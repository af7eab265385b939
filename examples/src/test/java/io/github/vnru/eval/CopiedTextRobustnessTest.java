package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every corpus article parsed again as a page copies it: no-break spaces for some of its spaces,
 * zero-width spaces after others, soft hyphens inside long words. The page shows the same text,
 * so the article must keep the same meetings.
 */
final class CopiedTextRobustnessTest {
  @Test
  void corpus_copiedWithInvisibleChars_keepsItsMeetings() throws IOException {
    ArticleParser parser = ArticleParser.create();
    List<String> changed = new ArrayList<>();
    for (Article before : TestCorpora.corpus().articles()) {
      Path file = TestCorpora.CORPUS_RAW.resolve(before.id() + ".txt");
      try {
        Article after = parser.parse(before.id(), copied(Files.readString(file, UTF_8)));
        if (!TestCorpora.meetingKeys(before).equals(TestCorpora.meetingKeys(after))) {
          changed.add(before.id() + ": " + TestCorpora.meetingKeys(before) + " -> "
              + TestCorpora.meetingKeys(after));
        }
      } catch (ArticleParseException e) {
        changed.add(before.id() + ": " + e.getMessage());
      }
    }
    assertTrue(changed.isEmpty(),
        changed.size() + " articles changed their meetings:\n" + String.join("\n", changed));
  }

  /**
   * {@code text} below its first line (the URL a saved page keeps first, which no page shows with
   * such chars): every third space no-break, a zero-width space after every fifth, a soft hyphen
   * after the fourth letter of every seventh word of eight letters or more.
   */
  private static String copied(String text) {
    int firstLine = text.indexOf('\n') + 1;
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    out.append(text, 0, firstLine);
    int spaces = 0;
    int longWords = 0;
    int letters = 0;
    for (int i = firstLine; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        spaces++;
        out.append(spaces % 3 == 0 ? '\u00a0' : ' ');
        if (spaces % 5 == 0) {
          out.append('\u200b');
        }
        letters = 0;
        continue;
      }
      letters = Character.isLetter(c) ? letters + 1 : 0;
      if (letters == 5 && wordLength(text, i - 4) >= 8 && ++longWords % 7 == 0) {
        out.append('\u00ad');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static int wordLength(String text, int start) {
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end - start;
  }
}
