package io.github.vnru.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code vnru} command: parse raw articles, query and chart the meetings they report.
 *
 * <p>Exit status: 0 on success, 1 when some input could not be read or parsed, 2 for a usage
 * error.
 */
@Command(
    name = "vnru",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Vietnam–Russia party and leader diplomacy: who met whom, when, where, for which"
        + " parties, and which sentence says so.",
    subcommands = {
      ParseCommand.class,
      TimelineCommand.class,
      QueryCommand.class,
      ReportCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("vnru: " + ex.getMessage());
          ex.getCommandLine()
              .getErr()
              .println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          c.getErr().println("vnru: " + ex.getMessage());
          return 1;
        });
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"vnru " + (v == null ? "development build" : v)};
    }
  }
}
