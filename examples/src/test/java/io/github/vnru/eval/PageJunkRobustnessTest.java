package io.github.vnru.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vnru.model.Article;
import io.github.vnru.model.Language;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every corpus article parsed again with the page junk of a site wrapped around its text (menu,
 * breadcrumb, a "latest news" label above it; sharing buttons, tags, a copyright line below):
 * junk the rules were not written from must not cost the article or change its meetings.
 */
final class PageJunkRobustnessTest {
  private static final List<String> ABOVE = List.of(
      "Trang chủ | Thời sự | Thế giới | Kinh tế", "Home > World > Asia",
      "Главная / Новости / Политика", "Đăng nhập Đăng ký", "Search", "Menu", "Tin mới nhất",
      "Latest news");
  private static final List<String> BELOW = List.of(
      "Chia sẻ: Facebook Zalo", "Share this article", "Tags: Nga, Việt Nam, hợp tác",
      "Related articles", "Читайте также", "Bình luận (0)",
      "Copyright © 2024. All rights reserved.", "Подписывайтесь на наш Telegram-канал");
  /** Articles whose meetings may change: a page whose own lines read like its junk. */
  private static final int MAX_CHANGED = 5;

  @Test
  void corpus_wrappedInPageJunk_keepsItsMeetings() throws IOException {
    TestCorpora.Parsed corpus = TestCorpora.corpus();
    Map<String, Article> plain = new HashMap<>();
    corpus.articles().forEach(a -> plain.put(a.id(), a));
    ArticleParser parser = ArticleParser.create();
    List<String> refused = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    int k = 0;
    for (Path file : corpus.files()) {
      String id = TestCorpora.idOf(file);
      Article before = plain.get(id);
      if (before == null) {
        continue;
      }
      String wrapped = wrap(Files.readString(file, UTF_8), k++);
      try {
        Article after = parser.parse(id, wrapped);
        if (!TestCorpora.meetingKeys(before).equals(TestCorpora.meetingKeys(after))) {
          changed.add(id + ": " + TestCorpora.meetingKeys(before) + " -> "
              + TestCorpora.meetingKeys(after));
        }
      } catch (ArticleParseException e) {
        refused.add(id + ": " + e.getMessage());
      }
    }
    assertTrue(refused.isEmpty(), "refused once wrapped in junk: " + refused);
    assertTrue(changed.size() <= MAX_CHANGED,
        changed.size() + " articles changed their meetings:\n" + String.join("\n", changed));
  }

  /**
   * A box of related headlines below the text, in the article's language, under its heading: the
   * headlines report meetings of their own, which are other articles', not this one's.
   */
  private static final Map<Language, String> RELATED = Map.of(
      Language.VIETNAMESE, "Tin liên quan\nThủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga"
          + " Mikhail Mishustin\nChủ tịch nước Lương Cường tiếp Đại sứ Nga Gennady Bezdetko",
      Language.ENGLISH, "Related news\nPM Pham Minh Chinh holds talks with Russian PM Mikhail"
          + " Mishustin\nPresident Luong Cuong receives Russian Ambassador Gennady Bezdetko",
      Language.RUSSIAN, "Читайте также\nПутин провел переговоры с То Ламом\n"
          + "Лавров встретился с Буй Тхань Шоном");

  @Test
  void corpus_followedByRelatedHeadlines_gainsNoMeeting() throws IOException {
    List<String> changed = TestCorpora.meetingChanges((article, text) -> text.stripTrailing()
        + "\n\n" + RELATED.get(article.language()) + "\n");
    assertTrue(changed.isEmpty(),
        changed.size() + " articles changed their meetings:\n" + String.join("\n", changed));
  }

  /**
   * {@code text} with three junk lines above its own (below the URL line and the store's date
   * marker, which a saved page keeps first) and three below, chosen by {@code k}.
   */
  private static String wrap(String text, int k) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    List<String> head = new ArrayList<>();
    if (!lines.isEmpty() && lines.get(0).startsWith("http")) {
      head.add(lines.remove(0));
    }
    List<String> above = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      above.add(ABOVE.get((k + 3 * i) % ABOVE.size()));
    }
    if (!lines.isEmpty() && lines.get(0).startsWith(" date ")) {
      // " date 2024-06-20 <first line>": the marker stays on the first line, before the junk
      String[] marker = lines.remove(0).split(" ", 4);
      head.add(" date " + marker[2] + " " + above.remove(0));
      lines.add(0, marker.length > 3 ? marker[3] : "");
    }
    List<String> out = new ArrayList<>(head);
    out.addAll(above);
    out.addAll(lines);
    for (int i = 0; i < 3; i++) {
      out.add(BELOW.get((k + 3 * i) % BELOW.size()));
    }
    return String.join("\n", out);
  }
}
