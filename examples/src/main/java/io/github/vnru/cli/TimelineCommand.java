package io.github.vnru.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code vnru timeline}: every meeting in date order. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "Print the meetings in date order as an aligned table.",
      "Columns: date (partial dates as such, undated ones last), kind, participants with their"
          + " titles, place, parties and article id."
    })
final class TimelineCommand implements Callable<Integer> {
  @Mixin CorpusOptions input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    CorpusOptions.Loaded loaded = input.load(spec.commandLine().getErr());
    MeetingTable.print(loaded.corpus, loaded.corpus.meetings().timeline(), out);
    out.flush();
    return loaded.status();
  }
}
