package io.github.vnru.examples;

import io.github.vnru.model.Person;
import io.github.vnru.model.PersonId;
import io.github.vnru.query.Corpus;
import io.github.vnru.query.Edge;
import java.io.PrintStream;

/**
 * Prints the who-met-whom graph of the embedded seed corpus: each pair, how often they met, and
 * the first and last known dates.
 *
 * <pre>java -cp examples/target/vnru.jar io.github.vnru.examples.WhoMetWhom</pre>
 */
public final class WhoMetWhom {
  private WhoMetWhom() {}

  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Corpus corpus = Corpus.seeds();
    for (Edge e : corpus.meetings().graph().edges()) {
      out.printf(
          "%s – %s: %d meeting(s), first %s, last %s%n",
          name(corpus, e.one()),
          name(corpus, e.other()),
          e.count(),
          e.first().map(Object::toString).orElse("?"),
          e.last().map(Object::toString).orElse("?"));
    }
  }

  private static String name(Corpus corpus, PersonId id) {
    return corpus.persons().get(id).map(Person::name).orElse(id.value());
  }
}
