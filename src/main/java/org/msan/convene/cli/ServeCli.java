package org.msan.convene.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.msan.convene.Convene;
import org.msan.convene.bot.AnnouncementCards;
import org.msan.convene.discord.DiscordBot;
import org.msan.convene.rsvp.AnnouncementStore;
import org.msan.convene.discord.DiscordSettings;
import org.msan.convene.events.PublishedEvents;
import org.msan.convene.knowledge.IndexReport;
import org.msan.convene.reminders.ReminderScheduler;
import org.msan.convene.web.WebServer;
import org.msan.convene.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: runs the bot on Discord until stopped (Ctrl-C or SIGTERM stop it cleanly). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Run the bot on Discord. Settings from the environment: DISCORD_TOKEN and CONVENE_GUILD_ID",
        "(required), CONVENE_COORDINATOR_ROLE, CONVENE_STAFF_ROLE, CONVENE_REMINDERS, CONVENE_REMINDER_HOUR,",
        "CONVENE_PUBLISH_EVENTS, CONVENE_DISCORD_API, CONVENE_DISCORD_GATEWAY; with CONVENE_HTTP_PORT, also the",
        "events page and the calendar feed (see the web command)."})
final class ServeCli implements Callable<Integer> {

  /** How often due reminders are queued and the outbox drained: a promoted member hears within this. */
  private static final long REMINDER_PERIOD_SECONDS = 20;

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
    Convene convene = Convene.open(global.settings());
    IndexReport report = convene.refreshIndex();
    var watcher = convene.watchFolder();
    // Before Discord: a port already taken stops the start before the bot goes online.
    WebServer web = webSettings.isPresent() ? convene.startWeb(webSettings.get()) : null;
    DiscordBot bot = DiscordBot.start(discord, convene.registry(), global.settings().data(),
        new DiscordBot.Announcements(new AnnouncementStore(convene.database(), global.settings().clock()),
            new AnnouncementCards(convene.rsvps(), global.settings().clock()), convene.rsvps(), convene.calendars(),
            new PublishedEvents(convene.database(), global.settings().clock()), global.settings().timeZone()));
    ReminderScheduler reminders = new ReminderScheduler(convene.reminders(), bot.messenger(), REMINDER_PERIOD_SECONDS);
    bot.afterEachInteraction(reminders::nudge);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        if (web != null) {
          web.close();
        }
        reminders.close();
        bot.close();
        watcher.close();
        convene.close();
      } catch (Exception e) {
        // the process is ending; nothing more can be done
      } finally {
        stopped.countDown();
      }
    }, "convene-shutdown"));
    out.printf("Convene is ready: %d documents, %d passages, %d events; commands %s (%s)%s.%n",
        report.documents(), report.passages(), convene.calendars().current().all().size(),
        "on server " + discord.guildId(),
        bot.registeredCommands() ? "registered" : "unchanged",
        web == null ? "" : "; the events page on " + WebCli.url(web.address()));
    out.flush();
    stopped.await();
    return 0;
  }
}
