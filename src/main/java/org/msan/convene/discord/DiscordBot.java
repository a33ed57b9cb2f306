package org.msan.convene.discord;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.msan.convene.bot.AnnouncementCards;
import org.msan.convene.bot.CommandRegistry;
import org.msan.convene.events.CalendarService;
import org.msan.convene.events.PublishedEvents;
import org.msan.convene.rsvp.AnnouncementStore;
import org.msan.convene.rsvp.RsvpService;

/**
 * The running bot: JDA with the fewest intents that serve commands, mentions and DMs (no privileged
 * intent: mentions and DMs carry their content without Message Content), no mention ever pinged,
 * the registry's commands registered, and a bounded pool for the handlers.
 */
public final class DiscordBot implements AutoCloseable {

  static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
  /** Questions (an LLM call can take its whole timeout), exports and reloads. */
  private static final int SLOW_THREADS = 4;
  /** RSVPs, buttons and listings: short database work. */
  private static final int QUICK_THREADS = 2;
  private static final int QUEUED_HANDLERS = 500;
  private static final long CARD_CHECK_SECONDS = 30;

  private final JDA jda;
  private final InteractionRouter router;
  private final List<ExecutorService> pools;
  private final boolean registered;

  private DiscordBot(JDA jda, InteractionRouter router, List<ExecutorService> pools, boolean registered) {
    this.jda = jda;
    this.router = router;
    this.pools = pools;
    this.registered = registered;
  }

  /** Runs {@code hook} after every handled interaction, e.g. to send the messages it queued at once. */
  public void afterEachInteraction(Runnable hook) {
    router.afterEach(hook);
  }

  /** Connects, waits until Discord says ready, and registers the commands if they changed. */
  public static DiscordBot start(DiscordSettings settings, CommandRegistry registry, Path dataDir,
      Announcements announcements) throws InterruptedException {
    neverPing();
    ExecutorService slow = pool(SLOW_THREADS, "convene-slow");
    ExecutorService handlers = pool(QUICK_THREADS, "convene-quick");
    ScheduledExecutorService acks = Executors.newSingleThreadScheduledExecutor(daemon("convene-ack"));
    // Card redraws read the database: never on the thread that must acknowledge in time.
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("convene-cards"));
    InteractionRouter router = new InteractionRouter(registry, settings.guildId(),
        new Coordinators(settings.coordinatorRole(), settings.staffRole()), handlers, slow, acks);
    JDA jda = JDABuilder.createLight(settings.token(), INTENTS)
        .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
        .setSessionController(new FixedGateway(settings.gatewayUrl()))
        .addEventListeners(router)
        .build();
    jda.awaitReady();
    CardUpdater cards = new CardUpdater(jda, announcements.store(), announcements.cards(), timers);
    router.postCardsWith(cards);
    announcements.rsvps().onChange(cards::changed);
    cards.watch(CARD_CHECK_SECONDS);
    if (settings.publishEvents()) {
      ScheduledEventSync sync = new ScheduledEventSync(jda, settings.guildId(), announcements.published(),
          announcements.zone());
      sync.sync(announcements.calendars().current());
      announcements.calendars().onReload(calendar -> handlers.execute(() -> sync.sync(calendar)));
    }
    boolean registered = CommandRegistrar.register(jda, registry, settings.guildId(),
        dataDir.resolve("discord-commands.sha256"));
    return new DiscordBot(jda, router, List.of(slow, handlers, acks, timers), registered);
  }

  private static ExecutorService pool(int threads, String name) {
    return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_HANDLERS),
        daemon(name));
  }

  /** Allowed mentions: none, for every message, so "@everyone" in a question or document is shown, not sent. */
  static void neverPing() {
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    MessageRequest.setDefaultMentionRepliedUser(false);
  }

  /** Sends DMs (reminders) through this connection. */
  public org.msan.convene.outbox.DirectMessenger messenger() {
    return new DiscordMessenger(jda);
  }

  public boolean registeredCommands() {
    return registered;
  }

  /** Stops taking events, lets running handlers finish (up to 10 s each pool), then disconnects. */
  @Override
  public void close() throws InterruptedException {
    jda.removeEventListener(jda.getRegisteredListeners().toArray());
    pools.forEach(ExecutorService::shutdown);
    for (ExecutorService pool : pools) {
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    jda.shutdown();
    if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
      jda.shutdownNow();
    }
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * What the bot keeps in step besides replies: announcement cards (where recorded, how drawn, whose
   * changes they follow) and, when published, the calendar in Discord's Events tab.
   */
  public record Announcements(AnnouncementStore store, AnnouncementCards cards, RsvpService rsvps,
      CalendarService calendars, PublishedEvents published, ZoneId zone) {}

  /** JDA asks its session controller, not REST, where the gateway is. */
  private static final class FixedGateway extends SessionControllerAdapter {
    private final String gateway;

    FixedGateway(String gateway) {
      this.gateway = gateway;
    }

    @Override
    public String getGateway() {
      return gateway;
    }
  }
}
