package io.github.vnru.examples;

import io.github.vnru.model.Person;
import io.github.vnru.query.Corpus;
import io.github.vnru.query.MeetingRecord;
import java.io.PrintStream;
import java.util.stream.Collectors;

/**
 * Prints the meetings of the embedded seed corpus in date order, undated ones last.
 *
 * <pre>java -cp examples/target/vnru.jar io.github.vnru.examples.Timeline</pre>
 */
public final class Timeline {
  private Timeline() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Corpus corpus = Corpus.seeds();
    for (MeetingRecord r : corpus.meetings().timeline()) {
      String who =
          r.meeting().participantIds().stream()
              .map(id -> corpus.persons().get(id).map(Person::name).orElse(id.value()))
              .collect(Collectors.joining(" and "));
      out.printf(
          "%-10s  %-10s  %s  (%s)%n",
          r.meeting().date().map(Object::toString).orElse("undated"),
          r.meeting().kind(),
          who,
          r.articleId());
    }
  }
}
