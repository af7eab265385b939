package io.github.vnru.cli;

import io.github.vnru.extract.RelevanceGate;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParseException;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.InputFiles;
import io.github.vnru.parser.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vnru parse}: raw articles to JSON Lines, one article per line, in input order. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse raw articles and print one JSON object per article (JSON Lines) on stdout.",
      "Each file that cannot be parsed gives one line 'vnru: FILE: reason' on stderr; the other"
          + " files still come out. Exit status 1 if any file failed, else 0."
    })
final class ParseCommand implements Callable<Integer> {
  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description =
          "Files, or folders (walked recursively for *.txt, *.jsonl, *.html, *.htm and"
              + " *.html.gz, any case, in path order). A JSON Lines file from 'vnru parse'"
              + " (recognised by content) is read back, not parsed as text. Default: the"
              + " embedded seed corpus.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parse with N threads (default: all cores). Output order is stable.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--explain",
      description = "Instead of JSON, print for each file why it has the meetings it has: per"
          + " sentence the meeting words and whether each took place, each person named and"
          + " whether they are a side of a meeting, and the meetings made.")
  boolean explain;

  @Option(
      names = "--relevant-only",
      description =
          "Parse only the files the relevance gate lets through (they name a Vietnamese or"
              + " Russian person, party or place); skip the others silently.")
  boolean relevantOnly;

  @Mixin CommonOptions common;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleParser parser = common.parser();
    if (paths.isEmpty()) {
      return seeds(parser, out);
    }
    int[] missing = {0};
    List<InputFiles.Input> files = Inputs.expand(paths, err, missing);
    if (explain) {
      return Math.max(explain(parser, files, out, err), missing[0] == 0 ? 0 : 1);
    }
    RelevanceGate gate = relevantOnly ? RelevanceGate.of(parser.registry()) : null;
    Progress progress = Progress.start(err, files.size());
    int failed = missing[0];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // A bounded window of futures keeps output in input order and memory flat.
      Deque<Future<Object>> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * 4) {
          InputFiles.Input file = files.get(next++);
          window.add(pool.submit(() -> relevant(gate, parser, file) ? parseOne(parser, file) : SKIPPED));
        }
        Object result = get(window.poll());
        if (result == SKIPPED) {
          // dropped by the relevance gate
        } else if (result instanceof List) {
          for (Object a : (List<?>) result) {
            out.println(VnruJson.write(a));
          }
        } else {
          failed++;
          err.println("vnru: " + ((ArticleParseException) result).getMessage());
          if (Main.verbose(spec)) {
            ((Exception) result).printStackTrace(err);
          }
        }
        progress.step();
        if (out.checkError()) {
          // the reader went away (vnru parse ... | head -1): stop quietly, as cat or grep do
          return failed == 0 ? 0 : 1;
        }
      }
    } finally {
      pool.shutdownNow();
      progress.done();
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  /** The embedded seed corpus, as JSON Lines; with --explain, why each has its meetings. */
  private int seeds(ArticleParser parser, PrintWriter out) throws Exception {
    if (explain) {
      for (String id : Seeds.ids()) {
        Path tmp = Files.createTempDirectory("vnru-seed").resolve(id + ".txt");
        try {
          Files.write(tmp, Seeds.bytes(id));
          out.println("== " + id);
          out.println(parser.explain(tmp));
        } finally {
          Files.deleteIfExists(tmp);
          Files.deleteIfExists(tmp.getParent());
        }
      }
    } else {
      for (Object a : Seeds.parse(parser)) {
        out.println(VnruJson.write(a));
      }
    }
    out.flush();
    return 0;
  }

  private static int explain(
      ArticleParser parser, List<InputFiles.Input> inputs, PrintWriter out, PrintWriter err) {
    int failed = 0;
    for (InputFiles.Input input : inputs) {
      Path file = input.file();
      try {
        out.println("== " + file);
        out.println(parser.explain(file));
      } catch (ArticleParseException e) {
        failed++;
        err.println("vnru: " + e.getMessage());
      } catch (java.io.IOException e) {
        failed++;
        err.println("vnru: " + file + ": cannot be read; check that it exists and that you may"
            + " read it");
      }
    }
    out.flush();
    return failed == 0 ? 0 : 1;
  }

  private static final Object SKIPPED = new Object();

  /** Whether the gate (if any) lets {@code file} through; an unreadable or too large file is the parser's. */
  private static boolean relevant(RelevanceGate gate, ArticleParser parser, InputFiles.Input input) {
    if (gate == null) {
      return true;
    }
    Path file = input.file();
    try {
      if (Files.size(file) > parser.maxBytes()) {
        return true;
      }
      byte[] bytes;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(parser.maxBytes(), Integer.MAX_VALUE - 16) + 1);
      }
      // past the limit: the parser refuses it, with its reason
      return bytes.length > parser.maxBytes() || parser.mayBeRelevant(gate, bytes);
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  private static Object parseOne(ArticleParser parser, InputFiles.Input file) {
    try {
      return parser.parseFile(file);
    } catch (ArticleParseException e) {
      return e;
    }
  }

  private static Object get(Future<Object> f) throws Exception {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
    }
  }
}
