package io.github.vnru.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The score of a set of parsed articles against their gold: one {@link ArticleScore} per gold
 * file, the articles that had no gold, and the totals overall, per language and per raw format.
 *
 * @param articles one score per gold file, in gold file-name order
 * @param predicted how many distinct articles were parsed, with or without gold
 * @param unscored ids of parsed articles that have no gold file, sorted; reported, not scored
 */
public record Score(List<ArticleScore> articles, int predicted, List<String> unscored) {

  /** Checks for nulls and copies the lists. */
  public Score {
    articles = List.copyOf(articles);
    unscored = List.copyOf(unscored);
  }

  /** The tallies summed over every gold article. */
  public Counts total() {
    return sum(articles);
  }

  /** The totals per gold language, by language code. */
  public SortedMap<String, Counts> byLanguage() {
    return new TreeMap<>(group(ArticleScore::language));
  }

  /** The totals per raw format, in the order of {@link RawFormat}. */
  public Map<RawFormat, Counts> byFormat() {
    return new EnumMap<>(group(ArticleScore::format));
  }

  /** The article scores of one language. */
  public List<ArticleScore> inLanguage(String language) {
    return articles.stream().filter(a -> a.language().equals(language)).collect(Collectors.toList());
  }

  /** The article scores of one raw format. */
  public List<ArticleScore> inFormat(RawFormat format) {
    return articles.stream().filter(a -> a.format() == format).collect(Collectors.toList());
  }

  /** Ids of gold articles that no parsed article matched, in gold order. */
  public List<String> missing() {
    return articles.stream().filter(a -> !a.parsed()).map(ArticleScore::id)
        .collect(Collectors.toList());
  }

  /** {@code articles 22/25 field-accuracy 0.926 meeting-F1 0.643 mention-F1 0.883}: score.py's. */
  public String summaryLine() {
    return "articles " + predicted + "/" + articles.size() + " " + total().figures();
  }

  /** {@code articles missing from output: ['id', ...]}, as score.py prints it, or empty. */
  public String missingLine() {
    List<String> missing = missing();
    return missing.isEmpty() ? "" : "articles missing from output: "
        + missing.stream().map(Py::repr).collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * The summary lines: overall (as {@link #summaryLine()}), then one per language and one per raw
   * format, each {@code LABEL: articles P/G figures} where P counts the gold articles of the group
   * that were parsed.
   */
  public List<String> breakdownLines() {
    List<String> out = new ArrayList<>();
    out.add(summaryLine());
    byLanguage().forEach((lang, c) -> out.add(groupLine("language " + lang, inLanguage(lang), c)));
    byFormat().forEach((f, c) -> out.add(groupLine("format " + f.code(), inFormat(f), c)));
    return out;
  }

  private static String groupLine(String label, List<ArticleScore> group, Counts c) {
    long parsed = group.stream().filter(ArticleScore::parsed).count();
    return label + ": articles " + parsed + "/" + group.size() + " " + c.figures();
  }

  private <K> Map<K, Counts> group(Function<ArticleScore, K> key) {
    return articles.stream()
        .collect(Collectors.groupingBy(key, Collectors.reducing(Counts.ZERO,
            ArticleScore::counts, Counts::plus)));
  }

  private static Counts sum(List<ArticleScore> scores) {
    Counts c = Counts.ZERO;
    for (ArticleScore s : scores) {
      c = c.plus(s.counts());
    }
    return c;
  }

  /**
   * The whole score as one JSON object: {@code summary} (the overall figures), {@code
   * byLanguage}, {@code byFormat}, {@code articles} (per article: tallies and differences),
   * {@code missing} and {@code unscored}. Figures are unrounded numbers between 0 and 1.
   */
  public JsonNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode summary = figures(total());
    summary.put("articlesParsed", predicted);
    summary.put("articlesGold", articles.size());
    summary.put("line", summaryLine());
    root.set("summary", summary);
    ObjectNode lang = root.putObject("byLanguage");
    byLanguage().forEach((k, c) -> lang.set(k, figures(c).put("articles", inLanguage(k).size())));
    ObjectNode format = root.putObject("byFormat");
    byFormat().forEach((k, c) -> format.set(k.code(),
        figures(c).put("articles", inFormat(k).size()).put("format", k.description())));
    var list = root.putArray("articles");
    for (ArticleScore a : articles) {
      ObjectNode o = list.addObject();
      o.put("id", a.id());
      o.put("language", a.language());
      o.put("format", a.format().code());
      o.put("parsed", a.parsed());
      o.set("counts", counts(a.counts()));
      var d = o.putArray("differences");
      a.differences().forEach(d::add);
    }
    var missing = root.putArray("missing");
    missing().forEach(missing::add);
    var unscoredIds = root.putArray("unscored");
    unscored.forEach(unscoredIds::add);
    return root;
  }

  private static ObjectNode figures(Counts c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("fieldAccuracy", c.fieldAccuracy());
    o.put("meetingPrecision", c.meetingPrecision());
    o.put("meetingRecall", c.meetingRecall());
    o.put("meetingF1", c.meetingF1());
    o.put("mentionPrecision", c.mentionPrecision());
    o.put("mentionRecall", c.mentionRecall());
    o.put("mentionF1", c.mentionF1());
    o.put("personF1", c.personF1());
    o.put("partyF1", c.partyF1());
    o.put("letterPrecision", c.letterPrecision());
    o.put("letterRecall", c.letterRecall());
    o.put("letterF1", c.letterF1());
    o.set("counts", counts(c));
    return o;
  }

  private static ObjectNode counts(Counts c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("fieldsCorrect", c.fieldsCorrect());
    o.put("fields", c.fields());
    o.put("meetingFieldsCorrect", c.meetingFieldsCorrect());
    o.put("meetingFields", c.meetingFields());
    o.put("meetingsMatched", c.meetingsMatched());
    o.put("meetingsPredicted", c.meetingsPredicted());
    o.put("meetingsGold", c.meetingsGold());
    o.put("personsMatched", c.personsMatched());
    o.put("personsPredicted", c.personsPredicted());
    o.put("personsGold", c.personsGold());
    o.put("partiesMatched", c.partiesMatched());
    o.put("partiesPredicted", c.partiesPredicted());
    o.put("partiesGold", c.partiesGold());
    o.put("lettersMatched", c.lettersMatched());
    o.put("lettersPredicted", c.lettersPredicted());
    o.put("lettersGold", c.lettersGold());
    return o;
  }
}
