package io.github.vnru.cli;

import io.github.vnru.model.Language;
import io.github.vnru.model.MeetingKind;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.query.MeetingQuery;
import io.github.vnru.query.MeetingRecord;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vnru query}: the meetings that match every given filter. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Print the meetings that match every filter, oldest first (undated ones last).",
      "An aligned table, or JSON Lines with --json. Names match any alias, ignoring case and"
          + " diacritics; an unknown name is an error that suggests the closest known ones."
    })
final class QueryCommand implements Callable<Integer> {
  @Option(names = "--person", paramLabel = "P", description = "A participant (any alias).")
  String person;

  @Option(names = "--with", paramLabel = "P2", description = "A second participant of the same meeting.")
  String with;

  @Option(names = "--party", paramLabel = "X", description = "A participant's party (id or name).")
  String party;

  @Option(names = "--kind", paramLabel = "K", description = "MEETING, PHONE_CALL, VIDEO_CALL or LETTER.")
  MeetingKind kind;

  @Option(
      names = "--from",
      paramLabel = "D",
      description = "From this day on: YYYY-MM-DD, or YYYY-MM or YYYY for its first day.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "D",
      description = "Up to this day: YYYY-MM-DD, or YYYY-MM or YYYY for its last day.")
  String to;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "Only this year: the same as --from YYYY --to YYYY.")
  Integer year;

  @Option(names = "--lang", paramLabel = "L", description = "Article language: vi, en or ru.")
  String lang;

  @Option(names = "--json", description = "Print JSON Lines: one meeting per line, with its article id.")
  boolean json;

  @Mixin CorpusOptions input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** A day from YYYY-MM-DD, YYYY-MM or YYYY: the first day of a month or year, or the last. */
  private LocalDate day(String option, String text, boolean last) {
    if (text == null) {
      return null;
    }
    try {
      if (text.matches("\\d{4}")) {
        int y = Integer.parseInt(text);
        return last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (text.matches("\\d{4}-\\d{2}")) {
        java.time.YearMonth ym = java.time.YearMonth.parse(text);
        return last ? ym.atEndOfMonth() : ym.atDay(1);
      }
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(text);
      }
    } catch (java.time.DateTimeException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), option + " '" + text + "' is not a real date; check the month and day");
    }
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        option + " '" + text + "' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2021-06)");
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (year != null && (from != null || to != null)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give either --year or --from/--to, not both");
    }
    if (year != null && (year < 0 || year > 9999)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--year " + year + " is not a year; write YYYY (e.g. 2021)");
    }
    LocalDate first = year != null ? LocalDate.of(year, 1, 1) : day("--from", from, false);
    LocalDate last = year != null ? LocalDate.of(year, 12, 31) : day("--to", to, true);
    if (first != null && last != null && first.isAfter(last)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--from " + from + " is after --to " + to + "; swap them");
    }
    CorpusOptions.Loaded loaded = input.load(spec.commandLine().getErr());
    MeetingQuery q = loaded.corpus.meetings();
    try {
      if (person != null) {
        q = q.involving(person);
      }
      if (with != null) {
        q = q.with(with);
      }
      if (party != null) {
        q = q.ofParty(party);
      }
      if (kind != null) {
        q = q.ofKind(kind);
      }
      if (first != null || last != null) {
        q = q.between(first == null ? LocalDate.MIN : first, last == null ? LocalDate.MAX : last);
      }
      if (lang != null) {
        q = q.inLanguage(Language.of(lang));
      }
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<MeetingRecord> records = q.oldestFirst().records();
    if (json) {
      for (MeetingRecord r : records) {
        out.println(
            "{\"article\":" + VnruJson.write(r.articleId()) + ",\"meeting\":" + VnruJson.write(r.meeting()) + "}");
      }
    } else {
      MeetingTable.print(loaded.corpus, records, out);
    }
    out.flush();
    return loaded.status();
  }
}
