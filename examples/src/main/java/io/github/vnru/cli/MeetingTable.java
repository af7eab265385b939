package io.github.vnru.cli;

import io.github.vnru.model.Meeting;
import io.github.vnru.model.Participant;
import io.github.vnru.model.PartialDate;
import io.github.vnru.model.PartyId;
import io.github.vnru.model.Person;
import io.github.vnru.query.Corpus;
import io.github.vnru.query.MeetingRecord;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** Prints meetings as an aligned table: date, kind, participants, place, parties, article. */
final class MeetingTable {
  private MeetingTable() {}

  static void print(Corpus corpus, List<MeetingRecord> records, PrintWriter out) {
    Table t = new Table("DATE", "KIND", "PARTICIPANTS", "PLACE", "PARTIES", "ARTICLE");
    for (MeetingRecord r : records) {
      Meeting m = r.meeting();
      t.add(
          m.date().map(PartialDate::toString).orElse("(undated)"),
          m.kind().name(),
          m.participants().stream().map(p -> describe(corpus, p)).collect(Collectors.joining("; ")),
          m.place().map(p -> p.city().map(c -> c + ", ").orElse("") + p.country()).orElse("-"),
          m.parties().isEmpty()
              ? "-"
              : m.parties().stream().map(PartyId::value).collect(Collectors.joining(", ")),
          r.articleId());
    }
    t.print(out);
  }

  static String describe(Corpus corpus, Participant p) {
    String name = corpus.persons().get(p.person()).map(Person::name).orElse(p.person().value());
    return p.title().map(title -> title + " " + name).orElse(name);
  }
}
