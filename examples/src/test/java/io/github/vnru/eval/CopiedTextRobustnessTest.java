package io.github.vnru.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every corpus article parsed again as another paper or page would write it: its dates in other
 * forms ("7 June 2024" for "June 7, 2024", "ngày 7 tháng 6 năm 2024" for "ngày 7/6/2024", "sáng
 * 7-6" for "sáng 7/6", "07.06.2024" for "7 июня 2024 года"), and as a page copies it: no-break
 * spaces for some of its spaces, zero-width spaces after others, soft hyphens inside long words,
 * character references left undecoded ({@code &nbsp;}, {@code &#8217;}), and its paragraphs set
 * with runs of spaces, as justified text is.
 * The text says the same, so the article must keep the same meetings.
 */
final class CopiedTextRobustnessTest {
  @Test
  void corpus_writtenAndCopiedOtherwise_keepsItsMeetings() throws IOException {
    List<String> changed =
        TestCorpora.meetingChanges(
            (article, text) -> copied(datesWrittenOtherwise(justified(article, text))));
    assertTrue(changed.isEmpty(),
        changed.size() + " articles changed their meetings:\n" + String.join("\n", changed));
  }

  /**
   * {@code text} with every fifth space of each of the article's paragraphs doubled and every
   * thirteenth tripled, as justified text pads its lines (the page's other lines, its menus and
   * links, are not justified).
   */
  private static String justified(Article article, String text) {
    StringBuilder out = new StringBuilder(text);
    int from = 0;
    for (String p : article.paragraphs()) {
      int at = out.indexOf(p, from);
      if (at < 0) {
        continue;
      }
      StringBuilder padded = new StringBuilder(p.length() + p.length() / 8);
      int spaces = 0;
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        padded.append(c);
        if (c == ' ') {
          spaces++;
          padded.append(spaces % 13 == 0 ? "  " : spaces % 5 == 0 ? " " : "");
        }
      }
      out.replace(at, at + p.length(), padded.toString());
      from = at + padded.length();
    }
    return out.toString();
  }

  private static final Pattern EN_MONTH_DAY_YEAR = Pattern.compile(
      "\\b(January|February|March|April|May|June|July|August|September|October|November"
          + "|December) (\\d{1,2}), (\\d{4})\\b");
  private static final Pattern VI_FULL_DATE =
      Pattern.compile("\\bngày (\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  private static final Pattern VI_DAY_MONTH = Pattern.compile(
      "\\b(ngày|Ngày|sáng|Sáng|chiều|Chiều|tối|Tối|trưa|Trưa) (\\d{1,2})/(\\d{1,2})(?!/)\\b");
  private static final List<String> RU_MONTHS = List.of("января", "февраля", "марта", "апреля",
      "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");
  private static final Pattern RU_DATE = Pattern.compile(
      "\\b(\\d{1,2}) (" + String.join("|", RU_MONTHS) + ") (\\d{4})( года| г\\.)?");

  /** {@code text} below its first line with its dates in the other forms papers use. */
  private static String datesWrittenOtherwise(String text) {
    int firstLine = text.indexOf('\n') + 1;
    String t = text.substring(firstLine);
    t = EN_MONTH_DAY_YEAR.matcher(t).replaceAll("$2 $1 $3");
    t = VI_FULL_DATE.matcher(t).replaceAll("ngày $1 tháng $2 năm $3");
    t = VI_DAY_MONTH.matcher(t).replaceAll("$1 $2-$3");
    t = RU_DATE.matcher(t).replaceAll(m -> String.format(Locale.ROOT, "%02d.%02d.%s",
        Integer.parseInt(m.group(1)), RU_MONTHS.indexOf(m.group(2)) + 1, m.group(3)));
    return text.substring(0, firstLine) + t;
  }

  /**
   * {@code text} below its first line (the URL a saved page keeps first, which no page shows with
   * such chars): every seventh space as the reference {@code &nbsp;} (a scraper that strips tags
   * only leaves them), every third other one no-break, a zero-width space after every fifth,
   * {@code ’} as {@code &#8217;}, a soft hyphen after the fourth letter of every seventh word of
   * eight letters or more.
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
        out.append(spaces % 7 == 0 ? "&nbsp;" : spaces % 3 == 0 ? "\u00a0" : " ");
        if (spaces % 5 == 0) {
          out.append('\u200b');
        }
        letters = 0;
        continue;
      }
      if (c == '’') {
        out.append("&#8217;");
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
