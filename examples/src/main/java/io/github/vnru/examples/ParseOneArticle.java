package io.github.vnru.examples;

import io.github.vnru.model.Article;
import io.github.vnru.model.Meeting;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.Seeds;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Parses one raw article and prints its record.
 *
 * <pre>java -cp examples/target/vnru.jar io.github.vnru.examples.ParseOneArticle [FILE]</pre>
 *
 * <p>Without FILE it parses the embedded seed {@code 001_878f7d2422501cef}.
 */
public final class ParseOneArticle {
  private ParseOneArticle() {}

  public static void main(String[] args) throws ArticleParseException {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) throws ArticleParseException {
    ArticleParser parser = ArticleParser.create();
    String seed = "001_878f7d2422501cef";
    Article a =
        args.length > 0 ? parser.parse(Path.of(args[0])) : parser.parse(seed, Seeds.bytes(seed));
    out.println("id:        " + a.id());
    out.println("title:     " + a.title().orElse("(none)"));
    out.println("language:  " + a.language().code());
    out.println("published: " + a.publishedDate().map(Object::toString).orElse("(not stated)"));
    out.println("persons:   " + a.persons());
    a.warnings().forEach(w -> out.println("warning:   " + w.kind() + ": " + w.message()));
    out.println("parties:   " + a.parties());
    for (Meeting m : a.meetings()) {
      out.println(
          "meeting:   " + m.kind() + " " + m.date().map(Object::toString).orElse("(undated)") + " "
              + m.participantIds() + " " + m.parties());
      out.println("evidence:  " + m.evidence().sentence());
    }
  }
}
