package io.github.vnru.cli;

import io.github.vnru.model.Meeting;
import io.github.vnru.model.Membership;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.query.Corpus;
import io.github.vnru.report.HtmlReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vnru report}: one self-contained HTML page with a timeline, a network and a table. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write one self-contained HTML page of the corpus.",
      "It holds an SVG timeline of meetings by year and kind, a who-met-whom network coloured by"
          + " party, and a table in which each meeting links to its evidence sentence. It needs no"
          + " network to view."
    })
final class ReportCommand implements Callable<Integer> {
  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.html", description = "Where to write the page.")
  Path output;

  @Mixin CorpusOptions input;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path folder = output.toAbsolutePath().getParent();
    if (Files.isDirectory(output)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "-o " + output + " is a folder; give a file name such as "
              + output.resolve("report.html"));
    }
    if (folder != null && !Files.isDirectory(folder)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "cannot write " + output + ": the folder " + output.getParent()
              + " does not exist; create it first (mkdir -p " + output.getParent()
              + ") or choose another -o");
    }
    CorpusOptions.Loaded loaded = input.load(spec.commandLine().getErr());
    Corpus corpus = loaded.corpus;
    Map<PersonId, PartyId> parties = partiesAtTheirMeetings(corpus);
    HtmlReport report =
        HtmlReport.of(
            id -> corpus.persons().get(id).map(Person::name).orElse(id.value()),
            id -> Optional.ofNullable(parties.get(id)));
    String html = report.render("vnru: who met whom", corpus.articleList());
    Files.writeString(output, html, StandardCharsets.UTF_8);
    out.println("vnru: wrote " + output + " (" + corpus.meetingCount() + " meetings)");
    out.flush();
    return loaded.status();
  }

  /**
   * Each person's party as their meetings record it: of the parties a meeting lists, the one the
   * person belonged to, most often first. A person of no party at their meetings (a president
   * outside party politics) gets none, not a party they left decades ago.
   */
  private static Map<PersonId, PartyId> partiesAtTheirMeetings(Corpus corpus) {
    Map<PersonId, Map<PartyId, Integer>> counts = new HashMap<>();
    for (Meeting m : corpus.meetings().list()) {
      for (PersonId id : m.participantIds()) {
        corpus.persons().get(id).ifPresent(
            p -> p.memberships().stream()
                .map(Membership::party)
                .filter(m.parties()::contains)
                .forEach(party -> counts.computeIfAbsent(id, k -> new HashMap<>())
                    .merge(party, 1, Integer::sum)));
      }
    }
    Map<PersonId, PartyId> out = new HashMap<>();
    counts.forEach(
        (id, c) -> out.put(id, Collections.max(c.entrySet(), Map.Entry.comparingByValue()).getKey()));
    return out;
  }
}
