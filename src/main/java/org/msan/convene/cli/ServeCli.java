package org.msan.convene.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.discord.DiscordBot;
import org.msan.convene.discord.DiscordSettings;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.knowledge.IndexReport;
import org.msan.convene.web.WebServer;
import org.msan.convene.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: runs the bot on Discord until stopped (Ctrl-C or SIGTERM stop it cleanly). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run the bot on Discord.",
        "Settings from the environment: DISCORD_TOKEN and CONVENE_GUILD_ID (required), "
        + "CONVENE_COORDINATOR_ROLE, CONVENE_STAFF_ROLE, CONVENE_REMINDERS, CONVENE_REMINDER_HOUR, "
        + "CONVENE_PUBLISH_EVENTS, CONVENE_DISCORD_API, CONVENE_DISCORD_GATEWAY; with "
        + "CONVENE_HTTP_PORT, also the events page and the calendar feed (see the web command)."})
final class ServeCli implements Callable<Integer> {

  private final CommonOptions global = new CommonOptions(() -> this.spec);
  @Spec CommandSpec spec;
  @ParentCommand Main main;

  @Override
  public Integer call() throws Exception {
    DiscordSettings discord;
    try {
      discord = DiscordSettings.fromEnvironment(main.env());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Optional<WebSettings> webSettings = WebCli.webSettings(main);
    PrintWriter out = spec.commandLine().getOut();
    Convene convene = global.convene();
    return UntilStopped.run(convene, "convene-shutdown", () -> {
      // The LLM's settings and prompts, if any, are checked before the index is touched.
      convene.answers();
      IndexReport report = convene.refreshIndex();
      convene.watchFolder();
      // Before Discord: a port already taken stops the start before the bot goes online.
      WebServer web = webSettings.isPresent() ? convene.startWeb(webSettings.get()) : null;
      DiscordBot bot = convene.startBot(discord);
      EventCalendar calendar = convene.calendars().current();
      out.printf("Convene is ready: %s, %s, %s; commands %s (%s)%s%s.%n",
          Counts.of(report.documents(), "document"), Counts.of(report.passages(), "passage"),
          Counts.of(calendar.all().size(), "event"),
          "on server " + discord.guildId(),
          bot.registeredCommands() ? "registered" : "unchanged",
          web == null ? "" : "; the events page on " + WebCli.url(web.address()),
          ReadyProblems.of(report.problems(), calendar));
      out.flush();
    });
  }
}
