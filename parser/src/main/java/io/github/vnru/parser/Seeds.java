package io.github.vnru.parser;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.vnru.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded seed corpus: five raw articles packaged in the jar under {@code
 * io/github/vnru/seeds/}, listed by that folder's {@code index.txt} (one file name a line), so
 * they load the same from a shaded jar as from a folder; and the same five already parsed
 * ({@link #articles()}), for a quick start.
 */
public final class Seeds {
  private static final String FOLDER = "io/github/vnru/seeds/";
  /** Written by the build: {@code io.github.vnru.parser.internal.SeedCorpusWriter}. */
  private static final String PARSED = "seeds.jsonl";

  private Seeds() {}

  /** The seed ids, sorted ({@code 000_5d566a5fd76334e6}, ...). */
  public static List<String> ids() {
    String index = new String(resource("index.txt"), UTF_8);
    List<String> ids = new ArrayList<>();
    for (String line : index.split("\n", -1)) {
      String name = line.trim();
      if (!name.isEmpty() && !name.startsWith("#")) {
        ids.add(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name);
      }
    }
    ids.sort(String::compareTo);
    return List.copyOf(ids);
  }

  /**
   * The raw bytes of seed {@code id}, exactly as in {@code seeds/}.
   *
   * @throws IllegalArgumentException if there is no such seed
   */
  public static byte[] bytes(String id) {
    checkNotNull(id, "id");
    checkArgument(ids().contains(id), "unknown seed '%s'; seeds are %s", id, ids());
    return resource(id + ".txt");
  }

  /**
   * Every seed parsed with {@code parser}, in id order.
   *
   * @throws IllegalStateException if a seed does not parse (a bug in the parser)
   */
  public static List<Article> parse(ArticleParser parser) {
    checkNotNull(parser, "parser");
    List<Article> out = new ArrayList<>();
    for (String id : ids()) {
      try {
        out.add(parser.parse(id, bytes(id)));
      } catch (ArticleParseException e) {
        throw new IllegalStateException("seed " + id + " does not parse: " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The seed articles exactly as {@code parse(ArticleParser.create())} gives them, in id order,
   * read from their JSON form ({@code seeds.jsonl} in the same folder). The build writes that
   * file with the parser and registry packaged beside it, and a test checks that it equals a
   * fresh parse; reading it takes a fraction of the time, since no extractor is built. Where the
   * file is missing (classes compiled outside the Maven build), the seeds are parsed.
   *
   * @throws IllegalStateException if the file is not valid (a packaging bug)
   */
  public static List<Article> articles() {
    byte[] jsonLines;
    try (InputStream in = Seeds.class.getResourceAsStream("/" + FOLDER + PARSED)) {
      if (in == null) {
        return parse(ArticleParser.create());
      }
      jsonLines = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + FOLDER + PARSED, e);
    }
    try {
      return List.copyOf(JsonLines.read(FOLDER + PARSED, jsonLines));
    } catch (ArticleParseException e) {
      throw new IllegalStateException("resource " + FOLDER + PARSED + ": " + e.getMessage(), e);
    }
  }

  private static byte[] resource(String name) {
    // Class (not ClassLoader) look-up: in a named module the folder is an encapsulated package,
    // readable by the module's own classes only.
    try (InputStream in = Seeds.class.getResourceAsStream("/" + FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + FOLDER + name, e);
    }
  }
}
