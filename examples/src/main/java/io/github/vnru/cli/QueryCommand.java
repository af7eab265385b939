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
      "Print the meetings that match every filter, oldest first.",
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

  @Option(names = "--from", paramLabel = "D", description = "First day, YYYY-MM-DD (inclusive).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "D", description = "Last day, YYYY-MM-DD (inclusive).")
  LocalDate to;

  @Option(names = "--lang", paramLabel = "L", description = "Article language: vi, en or ru.")
  String lang;

  @Option(names = "--json", description = "Print JSON Lines: one meeting per line, with its article id.")
  boolean json;

  @Mixin CorpusOptions input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
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
      if (from != null || to != null) {
        q = q.between(from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to);
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
