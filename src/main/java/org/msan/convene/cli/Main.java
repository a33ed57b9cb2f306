package org.msan.convene.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code convene} command line: one jar, one subcommand per job. */
@Command(
    name = "convene",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Answers members' questions from the network's documents and keeps the convening calendar.",
    subcommands = {AskCommand.class, IndexCommand.class, CheckCommand.class, EvalCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given output streams and returns its exit status. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(new OneLineErrors());
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'convene --help'.");
  }
}
