package org.msan.convene.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code backup --to FILE}: a consistent copy of the database, safe while the bot runs. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Copy the database (RSVPs, questions) to FILE, safely while others write.")
final class BackupCli implements Callable<Integer> {

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;

  @Option(names = "--to", paramLabel = "FILE", required = true, description = "The new backup file.")
  Path target;

  @Override
  public Integer call() throws Exception {
    // The database only: a backup works when the index, the model or the LLM settings are broken.
    try (Convene convene = global.convene()) {
      convene.useExistingDatabaseOnly();
      convene.database().backupTo(target);
      spec.commandLine().getOut().println("Backed up " + convene.settings().database() + " to " + target + ".");
    }
    return 0;
  }
}
