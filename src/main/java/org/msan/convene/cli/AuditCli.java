package org.msan.convene.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.bot.AuditCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audit}: the changes staff made to the knowledge folder from Discord or chat, newest first. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"List changes staff made to the knowledge folder from Discord or chat, newest first.",
        "Each is a teach, an add, a replace or a remove, with who, when and the content hash."})
final class AuditCli implements Callable<Integer> {

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new UsageException("--limit must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    // Only the database: no index, no model, no LLM settings are needed to read the log.
    try (Convene convene = global.convene()) {
      convene.useExistingDatabaseOnly();
      var entries = convene.audit().latest(limit);
      if (entries.isEmpty()) {
        out.println("No changes have been made from Discord or chat yet.");
      }
      entries.forEach(entry -> out.println(AuditCommand.line(entry, convene.settings().timeZone()).replace("`", "")));
    }
    return 0;
  }
}
