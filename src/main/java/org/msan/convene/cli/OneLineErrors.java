package org.msan.convene.cli;

import org.msan.convene.config.SettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A failure while a command runs becomes one line on stderr and exit status 1; the trace goes to the
 * log. Bad usage found late (a missing setting, a file that is not there) is exit status 2.
 */
final class OneLineErrors implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
    if (e instanceof UsageException || e instanceof SettingException) {
      commandLine.getErr().println("convene: " + e.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    // The logger is asked for only now: a command that logs nothing never starts the logging.
    Logger log = LoggerFactory.getLogger(OneLineErrors.class);
    log.debug("command failed", e);
    String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    commandLine.getErr().println("convene: " + message.lines().findFirst().orElse(message));
    return CommandLine.ExitCode.SOFTWARE;
  }
}
