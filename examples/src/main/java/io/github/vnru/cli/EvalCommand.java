package io.github.vnru.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.vnru.eval.ArticleScore;
import io.github.vnru.eval.Counts;
import io.github.vnru.eval.GoldArticle;
import io.github.vnru.eval.RawFormat;
import io.github.vnru.eval.Score;
import io.github.vnru.eval.Scorer;
import io.github.vnru.parser.ParseProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vnru eval}: parse annotated articles and score them against their gold files, as the
 * corpus test and {@code score.py} do.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Parse articles and score them against hand-checked gold files (DIR/<id>.json): field"
          + " accuracy, meeting precision/recall/F1 (participants as the key) and person and"
          + " party mention precision/recall/F1, overall, per language and per raw format.",
      "A gold file without a parsed article counts as all wrong; a parsed article without a"
          + " gold file is listed, not scored.",
      "Exit status: 0, or 1 when a figure is below its --min-* threshold, 2 for a usage error"
          + " or a gold folder that cannot be read."
    })
final class EvalCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "Folder of gold files, one <id>.json per article.")
  Path gold;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Raw article files and folders, read as 'vnru parse' reads them (the same"
          + " files and article ids), or *.jsonl output of vnru parse or another tool.")
  List<Path> paths;

  @Option(names = "--json", description = "Print the score as one JSON object.")
  boolean json;

  @Option(names = "--min-field-accuracy", paramLabel = "X",
      description = "Exit 1 if field accuracy is below X (0 to 1).")
  Double minFieldAccuracy;

  @Option(names = "--min-meeting-f1", paramLabel = "X",
      description = "Exit 1 if meeting F1 is below X (0 to 1).")
  Double minMeetingF1;

  @Option(names = "--min-mention-f1", paramLabel = "X",
      description = "Exit 1 if person and party mention F1 is below X (0 to 1).")
  Double minMentionF1;

  @Mixin CommonOptions common;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    check("--min-field-accuracy", minFieldAccuracy);
    check("--min-meeting-f1", minMeetingF1);
    check("--min-mention-f1", minMentionF1);
    if (!Files.isDirectory(gold)) {
      throw new ParameterException(spec.commandLine(), "--gold " + gold + ": no such folder");
    }
    List<GoldArticle> golds;
    try {
      golds = GoldArticle.loadAll(gold);
    } catch (IllegalArgumentException | IOException e) {
      err.println("vnru: " + e.getMessage());
      return 2;
    }
    if (golds.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--gold " + gold + ": no *.json files");
    }

    List<io.github.vnru.parser.InputFiles.Input> raw = new ArrayList<>();
    List<JsonNode> predicted = new ArrayList<>();
    Map<String, RawFormat> formats = new HashMap<>();
    int[] missing = {0};
    for (io.github.vnru.parser.InputFiles.Input input : Inputs.expand(paths, err, missing)) {
      Path file = input.file();
      if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
        readJsonLines(file, predicted, err);
      } else {
        raw.add(input);
        formats.put(input.id(), RawFormat.of(file));
      }
    }
    io.github.vnru.parser.ArticleParser parser = common.parser();
    List<Object> results =
        raw.parallelStream()
            .map(
                input -> {
                  try {
                    return (Object) parser.parseFile(input);
                  } catch (io.github.vnru.parser.ArticleParseException e) {
                    return e.problem();
                  }
                })
            .collect(java.util.stream.Collectors.toList());
    for (Object r : results) {
      if (r instanceof ParseProblem) {
        err.println("vnru: " + r);
      } else {
        for (Object a : (List<?>) r) {
          predicted.add(Scorer.json((io.github.vnru.model.Article) a));
        }
      }
    }
    Score score = Scorer.scoreJson(golds, predicted, formats);

    List<String> failed = thresholds(score.total());
    if (json) {
      ObjectNode o = (ObjectNode) score.toJson();
      o.put("passed", failed.isEmpty());
      var f = o.putArray("belowThreshold");
      failed.forEach(f::add);
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    } else {
      printText(score, out);
    }
    out.flush();
    failed.forEach(f -> err.println("vnru eval: " + f));
    return failed.isEmpty() ? 0 : 1;
  }

  private void printText(Score score, PrintWriter out) {
    Table articles = new Table("ARTICLE", "LANG", "FORMAT", "FIELDS", "MEETINGS", "PERSONS",
        "PARTIES", "RESULT");
    for (ArticleScore a : score.articles()) {
      Counts c = a.counts();
      articles.add(a.id(), a.language(), a.format().code(),
          (c.fieldsCorrect() + c.meetingFieldsCorrect()) + "/" + (c.fields() + c.meetingFields()),
          c.meetingsMatched() + "/" + c.meetingsPredicted() + "/" + c.meetingsGold(),
          c.personsMatched() + "/" + c.personsPredicted() + "/" + c.personsGold(),
          c.partiesMatched() + "/" + c.partiesPredicted() + "/" + c.partiesGold(),
          !a.parsed() ? "not parsed"
              : a.ok() ? "ok"
              : a.differences().size() + (a.differences().size() == 1 ? " difference"
                  : " differences"));
    }
    articles.print(out);
    out.println("(FIELDS correct/scored; MEETINGS, PERSONS, PARTIES matched/predicted/gold)");
    if (Main.verbose(spec)) {
      out.println();
      score.articles().stream().filter(a -> !a.ok()).forEach(a -> out.println(a.line()));
    }
    out.println();
    Table sums = new Table("SET", "ARTICLES", "FIELD-ACC", "MEETING-P", "MEETING-R",
        "MEETING-F1", "MENTION-P", "MENTION-R", "MENTION-F1", "LETTER-F1");
    sums.add(row("all", score.articles(), score.total()));
    score.byLanguage().forEach((l, c) -> sums.add(row("language " + l, score.inLanguage(l), c)));
    score.byFormat().forEach((f, c) -> sums.add(row("format " + f.code(), score.inFormat(f), c)));
    sums.print(out);
    out.println("(formats: a title line first, b date header first, c URL line first; letters are"
        + " not in score.py's figures)");
    out.println();
    if (!score.unscored().isEmpty()) {
      out.println("not scored (no gold file): " + String.join(", ", score.unscored()));
    }
    if (!score.missingLine().isEmpty()) {
      out.println(score.missingLine());
    }
    out.println(score.summaryLine());
  }

  private static String[] row(String label, List<ArticleScore> group, Counts c) {
    long parsed = group.stream().filter(ArticleScore::parsed).count();
    return new String[] {label, parsed + "/" + group.size(), f3(c.fieldAccuracy()),
        f3(c.meetingPrecision()), f3(c.meetingRecall()), f3(c.meetingF1()),
        f3(c.mentionPrecision()), f3(c.mentionRecall()), f3(c.mentionF1()), f3(c.letterF1())};
  }

  private static String f3(double x) {
    return new java.math.BigDecimal(x).setScale(3, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private List<String> thresholds(Counts c) {
    List<String> failed = new ArrayList<>();
    below(failed, "field accuracy", c.fieldAccuracy(), "--min-field-accuracy", minFieldAccuracy);
    below(failed, "meeting F1", c.meetingF1(), "--min-meeting-f1", minMeetingF1);
    below(failed, "mention F1", c.mentionF1(), "--min-mention-f1", minMentionF1);
    return failed;
  }

  private static void below(List<String> failed, String what, double value, String option,
      Double min) {
    if (min != null && value < min) {
      failed.add(String.format(Locale.ROOT, "%s %s is below %s %s", what, f3(value), option,
          min));
    }
  }

  private void check(String option, Double value) {
    if (value != null && !(value >= 0 && value <= 1)) {
      throw new ParameterException(spec.commandLine(),
          option + " must be between 0 and 1, not " + value);
    }
  }

  private static void readJsonLines(Path file, List<JsonNode> into, PrintWriter err)
      throws IOException {
    int n = 0;
    for (String line : Files.readAllLines(file, UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        into.add(JSON.readTree(line));
      } catch (JsonProcessingException e) {
        err.println("vnru: " + file + ":" + n + ": unparseable output line: "
            + e.getOriginalMessage());
      }
    }
  }

}
