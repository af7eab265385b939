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

  @CommandLine.Option(
      names = "--verbose",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an error (with eval: also every difference).")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(
        java.nio.charset.Charset.class,
        name -> {
          try {
            return java.nio.charset.Charset.forName(name);
          } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(
                "unknown character set '" + name + "'; use a name such as UTF-8 or windows-1258");
          }
        });
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("vnru: " + Errors.plain(ex.getMessage()));
          ex.getCommandLine()
              .getErr()
              .println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return 2;
        });
    cli.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          c.getErr().println("vnru: " + Errors.oneLine(Errors.describe(ex)));
          if (verbose(c.getCommandSpec())) {
            ex.printStackTrace(c.getErr());
          }
          return 1;
        });
    return cli.execute(args);
  }

  /** Whether {@code --verbose} was given, before or after the command's name. */
  static boolean verbose(CommandLine.Model.CommandSpec spec) {
    Object root = spec.root().userObject();
    return root instanceof Main && ((Main) root).verbose;
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
