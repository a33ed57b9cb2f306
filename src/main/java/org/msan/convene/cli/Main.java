package org.msan.convene.cli;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.msan.convene.config.Settings;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code convene} command line: one jar, one subcommand per job. Each subcommand is a picocli
 * class named {@code …Cli} ({@code AskCli} is {@code convene ask}); the bot's commands, which Discord
 * and {@code chat} run, are the {@code bot} package's {@code …Command} classes.
 */
@Command(
    name = "convene",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Answers members' questions from the network's documents and keeps the convening calendar.",
    subcommands = {AskCli.class, ChatCli.class, IndexCli.class, CheckCli.class, EvalCli.class,
        ServeCli.class, WebCli.class, RsvpsCli.class, GapsCli.class, AuditCli.class, BackupCli.class,
        BenchCli.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  @CommandLine.Mixin GlobalOptions global;

  private final InputStream in;
  private final Map<String, String> env;

  private Settings settings;

  private Main(InputStream in, Map<String, String> env) {
    this.in = in;
    this.env = env;
  }

  public static void main(String[] args) {
    System.exit(execute(args, System.in, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given streams and returns its exit status. */
  public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    return execute(args, in, out, err, System.getenv());
  }

  /** As above, with the environment the settings are read from (secrets come only from there). */
  public static int execute(String[] args, InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return commandLine(in, out, err, env).execute(args);
  }

  /** The whole command line, every subcommand with its options, ready to parse or execute. */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine commandLine = new CommandLine(new Main(in, env));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new OneLineErrors());
    commandLine.setParameterExceptionHandler(Main::usageError);
    commandLine.registerConverter(LocalDate.class, Main::date);
    commandLine.registerConverter(ZoneId.class, Main::zone);
    return commandLine;
  }

  /** Bad usage: one line saying what is wrong and where help is, exit 2. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String message = e.getMessage().lines().findFirst().orElse("bad usage");
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !command.getSubcommands().isEmpty()
        && unmatched.getUnmatched().size() > 0 && !unmatched.getUnmatched().get(0).startsWith("-")) {
      message = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
    }
    String help = "'" + command.getCommandSpec().qualifiedName() + " --help'";
    command.getErr().println("convene: " + message + (message.contains(help) ? "" : " (see " + help + ")"));
    return CommandLine.ExitCode.USAGE;
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write YYYY-MM-DD");
    }
  }

  private static ZoneId zone(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a time zone; write e.g. America/Chicago");
    }
  }

  /** The settings, read once from the common options and the environment, the first time a command asks. */
  synchronized Settings settings() {
    if (settings == null) {
      settings = global.settings(env);
    }
    return settings;
  }

  /** The process environment (or a test's): where secrets like DISCORD_TOKEN come from. */
  Map<String, String> env() {
    return env;
  }

  /** Standard input, for commands that read lines from it. */
  InputStream in() {
    return in;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
  }
}
