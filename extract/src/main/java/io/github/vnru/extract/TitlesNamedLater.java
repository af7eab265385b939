package io.github.vnru.extract;

import io.github.vnru.extract.MentionFinder.Item;
import io.github.vnru.extract.MentionFinder.Scanned;
import io.github.vnru.extract.internal.Chars;
import io.github.vnru.extract.internal.Term.TermKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 9: a title that stands alone for someone the next sentences name with the same title
 * ("… hosted a reception for Governor of Rostov region." then "Governor of Rostov region Vasily
 * Golubev"; "Губернатор и генеральный консул обсудили …" then "Губернатор … Евгений Куйвашев и
 * генеральный консул … Нгуен Май Хыонг"): the title stands for that person. {@link
 * TitleResolver} only looks back, for holders already named or listed in the registry.
 */
final class TitlesNamedLater {
  /** How many sentences after a lone title its holder may be named. */
  private static final int REACH_SENTENCES = 3;

  private TitlesNamedLater() {}

  static void resolve(List<Scanned> sentences) {
    for (int si = 0; si < sentences.size(); si++) {
      Scanned s = sentences.get(si);
      List<Item> standIns = new ArrayList<>();
      for (int k = 0; k < s.items.size(); k++) {
        Item t = s.items.get(k);
        if (t.kind != TermKind.TITLE || t.attached || t.term.titleEntry().honorific()
            || BareParties.capitalisedWordAfter(s.text(), t.qualifiedEnd) || stackedBefore(s, k)
            || inApposition(s, k)) {
          continue;
        }
        Item holder = holderNamedLater(sentences, si, t);
        if (holder != null) {
          Item p = new Item(TermKind.PERSON, holder.id, t.start, t.qualifiedEnd, t.term);
          p.title = s.text().substring(t.start, t.qualifiedEnd);
          standIns.add(p);
          t.attached = true;
        }
      }
      if (!standIns.isEmpty()) {
        s.items.addAll(standIns);
        MentionFinder.sortByStart(s.items);
      }
    }
  }

  /**
   * The person the next {@link #REACH_SENTENCES} sentences name first with a title of the same
   * role as {@code t} and, if {@code t} names one, the same organisation ("Губернатор" is the
   * later "Губернатор Свердловской области"), or null. Not its own sentence: a lone title there is
   * another person than the one titled later ("Deputy Minister held talks with the Deputy
   * Minister of Education Nguyen Van Phuc").
   */
  private static Item holderNamedLater(List<Scanned> sentences, int si, Item t) {
    for (int sj = si + 1; sj < Math.min(sentences.size(), si + 1 + REACH_SENTENCES); sj++) {
      Scanned s = sentences.get(sj);
      for (int j = 0; j < s.items.size(); j++) {
        Item u = s.items.get(j);
        if (u.kind == TermKind.TITLE && u.attached && u.term.id().equals(t.term.id())
            && (t.org == null || t.org.equals(u.org)) && !rightAfterATitle(s, u)
            // "Tổng thống" is no "Chủ tịch nước": a title that never names one country's holder
            && !(u.org != null && u.org.equals(t.term.titleEntry().notOf().orElse(null)))) {
          Item holder = holderOf(s, u);
          if (holder != null) {
            return holder;
          }
        }
      }
    }
    return null;
  }

  /**
   * Whether another title ends right before {@code u} ({@code секретарь Министра Нгуен Ван Кы}):
   * {@code u} tells whose office that one is, and the name after them holds that one, not {@code
   * u}.
   */
  private static boolean rightAfterATitle(Scanned s, Item u) {
    for (Item i : s.items) {
      if (i.kind == TermKind.TITLE && i != u && i.end <= u.start
          && Chars.isWhitespaceOnly(s.text(), i.end, u.start)) {
        return true;
      }
    }
    return false;
  }

  /** The person a title is attached to: named after the title's phrase, or right before it. */
  private static Item holderOf(Scanned s, Item u) {
    Item before = null;
    for (Item p : s.items) {
      if (p.kind != TermKind.PERSON || p.id == null || !p.emitted) {
        continue;
      }
      if (p.phraseStart <= u.start && p.start >= u.end) {
        return p;
      }
      if (p.end <= u.start && s.text().substring(p.end, u.start).strip().equals(",")) {
        before = p;
      }
    }
    return before;
  }

  /**
   * Whether the title is one of a list of titles set off by commas or dashes after a name
   * ({@code anh Bùi Quang Huy, Ủy viên …, Bí thư thứ nhất T.Ư Đoàn,}; {@code Bùi Thế Đồi – Phó
   * Hiệu trưởng}): that person's office, standing for no one else.
   */
  private static boolean inApposition(Scanned s, int k) {
    Item t = s.items.get(k);
    Item person = null;
    for (int j = k - 1; j >= 0 && person == null; j--) {
      Item p = s.items.get(j);
      if (p.kind == TermKind.PERSON && p.end <= t.start) {
        person = p;
      }
    }
    if (person == null) {
      return false;
    }
    String text = s.text();
    int at = person.end;
    while (at < t.start) {
      int comma = nextSeparator(text, at);
      if (comma < 0 || comma >= t.start || !text.substring(at, comma).isBlank() && !titleAt(s, at)) {
        return false;
      }
      at = comma + 1;
      while (at < t.start && text.charAt(at) == ' ') {
        at++;
      }
    }
    return at == t.start;
  }

  /** The first comma or dash ("Bùi Thế Đồi – Phó Hiệu trưởng") at or after {@code from}, or -1. */
  private static int nextSeparator(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '–' || c == '—' || c == '-' && i > 0 && text.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return -1;
  }

  /** Whether a title starts at {@code at}, after spaces. */
  private static boolean titleAt(Scanned s, int at) {
    while (at < s.text().length() && s.text().charAt(at) == ' ') {
      at++;
    }
    for (Item i : s.items) {
      if (i.kind == TermKind.TITLE && i.start == at) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the title at {@code k} is one of stacked titles of one name ("Party General Secretary
   * and State President To Lam"): another title, attached to a name, follows it one word on.
   */
  private static boolean stackedBefore(Scanned s, int k) {
    Item t = s.items.get(k);
    return k + 1 < s.items.size() && s.items.get(k + 1).kind == TermKind.TITLE
        && s.items.get(k + 1).attached
        && Chars.atMostWords(s.text(), t.qualifiedEnd, s.items.get(k + 1).start, 1);
  }
}
