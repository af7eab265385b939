package io.github.vnru.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.vnru.model.Article;
import io.github.vnru.model.json.VnruJson;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores parsed articles against gold answers exactly as the reference scorer {@code score.py}
 * does, so that both give the same figures for the same output.
 *
 * <ul>
 *   <li>Article fields: {@code language}, {@code url}, {@code publisher}, {@code publishedDate},
 *       and {@code title} unless gold's title is {@code null} (the source had no headline).
 *       Strings compare after Unicode NFC and collapsing white space.
 *   <li>Meetings: letters are not scored. A gold meeting matches an unused predicted meeting with
 *       the same set of participants (of several, the one that agrees on more of kind and date);
 *       then its {@code kind}, {@code date}, {@code country} and {@code parties} are scored as
 *       fields. A predicted year or month where gold has no date is not wrong.
 *   <li>Mentions: the article's {@code persons} and {@code parties} as sets.
 *   <li>Letters, which {@code score.py} does not score, are counted apart: a gold letter matches
 *       an unused predicted letter with the same set of participants.
 * </ul>
 *
 * <p>An article is read through its JSON form ({@link #json(Article)}), the very output of
 * {@code vnru parse}, field names looked up as {@code score.py} looks them up. A gold article with
 * no parsed article is scored as an empty one; a parsed article with no gold is listed in {@link
 * Score#unscored()} and not scored.
 */
public final class Scorer {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final String[][] ARTICLE_FIELDS = {
    {"language", "language", "lang"},
    {"url", "url", "sourceUrl"},
    {"publisher", "publisher", "host", "site"},
    {"publishedDate", "publishedDate", "published", "date"},
    {"title", "title", "headline"},
  };

  private Scorer() {}

  /**
   * The JSON tree of {@code article} exactly as {@code vnru parse} writes it. This is the only
   * place the scorer reads an {@link Article}.
   */
  public static JsonNode json(Article article) {
    checkNotNull(article, "article");
    try {
      return JSON.readTree(VnruJson.write(article));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("vnru wrote JSON it cannot read back", e);
    }
  }

  /**
   * Scores parsed {@code articles} against {@code gold}.
   *
   * @param formats the raw format of each input file, by article id (those absent are {@link
   *     RawFormat#UNKNOWN})
   */
  public static Score score(
      List<GoldArticle> gold, List<Article> articles, Map<String, RawFormat> formats) {
    checkNotNull(articles, "articles");
    List<JsonNode> trees = new ArrayList<>();
    articles.forEach(a -> trees.add(json(a)));
    return scoreJson(gold, trees, formats);
  }

  /**
   * Scores articles given as JSON objects (lines of {@code vnru parse} output, or any tool's output
   * with the field names {@code score.py} accepts) against {@code gold}. Of several objects with
   * the same id, the last counts.
   *
   * @param formats the raw format of each input file, by article id (those absent are {@link
   *     RawFormat#UNKNOWN})
   */
  public static Score scoreJson(
      List<GoldArticle> gold, List<JsonNode> predicted, Map<String, RawFormat> formats) {
    checkNotNull(gold, "gold");
    checkNotNull(predicted, "predicted");
    checkNotNull(formats, "formats");
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    for (JsonNode p : predicted) {
      byId.put(Py.str(Py.value(Py.get(p, "id"))), p);
    }
    Set<String> goldIds = new HashSet<>();
    List<ArticleScore> scores = new ArrayList<>();
    for (GoldArticle g : gold) {
      goldIds.add(g.id());
      JsonNode p = byId.get(g.id());
      RawFormat format = formats.getOrDefault(g.id(), RawFormat.UNKNOWN);
      scores.add(scoreOne(g, p, format));
    }
    Set<String> unscored = new TreeSet<>(byId.keySet());
    unscored.removeAll(goldIds);
    return new Score(scores, byId.size(), new ArrayList<>(unscored));
  }

  /** One gold article against its prediction ({@code null} when none was parsed). */
  static ArticleScore scoreOne(GoldArticle gold, JsonNode predicted, RawFormat format) {
    JsonNode g = gold.json();
    JsonNode p = predicted == null ? JSON.createObjectNode() : predicted;
    List<String> bad = new ArrayList<>();
    int fieldsOk = 0;
    int fieldsN = 0;
    for (String[] field : ARTICLE_FIELDS) {
      String k = field[0];
      String[] keys = java.util.Arrays.copyOfRange(field, 1, field.length);
      JsonNode raw = Py.get(p, keys);
      Object pv = k.equals("publishedDate") ? Py.dateStr(raw) : Py.value(raw);
      if (k.equals("language")) {
        if (raw != null && raw.isObject()) {
          pv = Py.value(raw.get("code"));
        }
        if (pv instanceof String) {
          pv = language((String) pv);
        }
      }
      Object gv = Py.value(g.get(k));
      if (k.equals("title") && gv == null) {
        continue; // the source had no headline: not scored
      }
      fieldsN++;
      if (Py.eq(Py.norm(pv), Py.norm(gv))) {
        fieldsOk++;
      } else {
        bad.add(k + ": got " + Py.repr(Py.head(Py.str(pv), 80)) + " want "
            + Py.repr(Py.head(Py.str(gv), 80)));
      }
    }

    List<JsonNode> pm = new ArrayList<>();
    List<Set<Object>> pLetters = new ArrayList<>();
    JsonNode pMeetings = Py.get(p, "meetings");
    if (Py.truthy(pMeetings) && pMeetings.isArray()) {
      for (JsonNode x : pMeetings) {
        if (x.isObject() && scored(x)) {
          pm.add(x);
        } else if (x.isObject()) {
          pLetters.add(Py.ids(Py.get(x, "participants")));
        }
      }
    }
    List<JsonNode> gms = new ArrayList<>();
    int lettersGold = 0;
    int lettersMatched = 0;
    for (JsonNode m : g.get("meetings")) {
      if (scored(m)) {
        gms.add(m);
      } else {
        // a letter matches an unused predicted letter with the same participants
        lettersGold++;
        lettersMatched += pLetters.remove(Py.strings(m.get("participants"))) ? 1 : 0;
      }
    }
    int lettersPredicted = pLetters.size() + lettersMatched;
    Set<Integer> used = new HashSet<>();
    int tp = 0;
    int mmOk = 0;
    int mmN = 0;
    for (JsonNode gm : gms) {
      Set<Object> gset = Py.strings(gm.get("participants"));
      Object gKind = Py.value(gm.get("kind"));
      Object gDate = Py.value(gm.get("date"));
      int hit = -1;
      int best = -1;
      for (int i = 0; i < pm.size(); i++) {
        JsonNode x = pm.get(i);
        if (used.contains(i) || !Py.ids(Py.get(x, "participants")).equals(gset)) {
          continue;
        }
        int agree = (Py.eq(Py.value(Py.get(x, "kind", "type")), gKind) ? 1 : 0)
            + (Py.eq(Py.dateStr(Py.get(x, "date")), gDate) ? 1 : 0);
        if (agree > best) {
          hit = i;
          best = agree;
        }
      }
      String who = Py.reprSorted(gset);
      if (hit < 0) {
        bad.add("meeting " + who + " not found");
        continue;
      }
      used.add(hit);
      tp++;
      JsonNode x = pm.get(hit);
      Object kind = Py.value(Py.get(x, "kind", "type"));
      JsonNode loc = Py.get(x, "location", "place");
      Object country;
      if (x.has("country")) {
        country = Py.value(x.get("country"));
        if (x.get("country").isObject()) {
          country = Py.value(x.get("country").get("code"));
        }
      } else if (Py.truthy(loc) && loc.isObject()) {
        JsonNode c = Py.none(loc.get("country"));
        country = c != null && c.isObject() ? Py.value(c.get("code")) : Py.value(c);
      } else {
        country = null;
      }
      Object date = Py.dateStr(Py.get(x, "date"));
      Object[][] checks = {
        {"kind", kind, gKind},
        {"date", date, gDate},
        {"country", country, Py.value(gm.get("country"))},
        {"parties", Py.ids(Py.get(x, "parties")), Py.strings(gm.get("parties"))},
      };
      for (Object[] c : checks) {
        Object pv = c[1];
        Object gv = c[2];
        if (c[0].equals("date") && gv == null && Py.isYearOrMonth(pv)) {
          pv = null; // gold records day-precise dates only; a year or month is not wrong
        }
        mmN++;
        if (Py.eq(pv, gv)) {
          mmOk++;
        } else {
          bad.add("meeting " + who + " " + c[0] + ": got " + Py.repr(pv) + " want " + Py.repr(gv));
        }
      }
    }
    if (pm.size() > used.size()) {
      bad.add((pm.size() - used.size()) + " extra meeting(s)");
    }

    int[] persons = mentions("persons", p, g, bad);
    int[] parties = mentions("parties", p, g, bad);
    Counts counts = new Counts(fieldsOk, fieldsN, mmOk, mmN, tp, pm.size(), gms.size(),
        persons[0], persons[1], persons[2], parties[0], parties[1], parties[2], lettersMatched,
        lettersPredicted, lettersGold);
    return new ArticleScore(gold.id(), gold.language(), format, predicted != null, counts, bad);
  }

  private static int[] mentions(String k, JsonNode p, JsonNode g, List<String> bad) {
    Set<Object> ps = Py.ids(Py.get(p, k));
    Set<Object> gs = Py.strings(g.get(k));
    Set<Object> both = new HashSet<>(ps);
    both.retainAll(gs);
    if (!ps.equals(gs)) {
      Set<Object> extra = new HashSet<>(ps);
      extra.removeAll(gs);
      Set<Object> missing = new HashSet<>(gs);
      missing.removeAll(ps);
      bad.add(k + ": extra " + Py.reprSorted(extra) + " missing " + Py.reprSorted(missing));
    }
    return new int[] {both.size(), ps.size(), gs.size()};
  }

  /** Letters (messages, telegrams) are in the model but not scored. */
  private static boolean scored(JsonNode m) {
    JsonNode kind = Py.get(m, "kind", "type");
    String s = Py.truthy(kind) ? Py.str(Py.value(kind)) : "";
    return !s.toUpperCase(Locale.ROOT).equals("LETTER");
  }

  private static Object language(String pv) {
    String lower = pv.toLowerCase(Locale.ROOT);
    if (pv.codePointCount(0, pv.length()) <= 3) {
      return Py.head(lower, 2);
    }
    return lower.equals("vietnamese") ? "vi" : lower.equals("english") ? "en" : pv;
  }
}
