package org.msan.convene.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.bot.CommandRequest;
import org.msan.convene.console.ChatSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code chat}: the bot's commands in a terminal, one line at a time, as one member. */
@Command(name = "chat", mixinStandardHelpOptions = true,
    description = {"Run the bot's Discord commands in a terminal, one line of stdin at a time.",
        "A line is a slash command as typed in Discord (/rsvp event:mdn-kickoff status:going "
        + "guests:1 note:vegetarian), !press <button id>, !submit <form id> field:value, or a "
        + "question."})
final class ChatCli implements Callable<Integer> {

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Option(names = "--user", paramLabel = "ID", defaultValue = "console", description = "Your member id (default: ${DEFAULT-VALUE}).")
  String user;

  @Option(names = "--name", paramLabel = "NAME", description = "Your display name (default: the id).")
  String name;

  @Option(names = "--coordinator", description = "Act as a coordinator (coordinator commands are refused otherwise).")
  boolean coordinator;

  @Option(names = "--staff", description = "Act as staff: /gaps, /teach and the knowledge commands (coordinators are staff too).")
  boolean staff;

  @Override
  public Integer call() throws Exception {
    if (user.isBlank()) {
      throw new UsageException("--user cannot be empty");
    }
    try (Convene convene = global.convene()) {
      convene.watchFolder();
      CommandRequest member = new CommandRequest(user.strip(), name == null ? user.strip() : name.strip(), coordinator,
          staff, true, Map.of());
      if (System.console() != null) {
        spec.commandLine().getErr().println("Ask a question or type a /command as in Discord; !quit (or Ctrl-D) leaves.");
      }
      new ChatSession(convene.registry(), member, convene.outbox(), spec.commandLine().getOut())
          .run(new BufferedReader(new InputStreamReader(main.in(), StandardCharsets.UTF_8)));
    }
    return 0;
  }
}
