package org.msan.convene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.LongAdder;
import org.msan.convene.answer.AnswerService;
import org.msan.convene.answer.LlmComposer;
import org.msan.convene.answer.Prompts;
import org.msan.convene.answer.QuestionLog;
import org.msan.convene.answer.TeachService;
import org.msan.convene.bot.AddToCalendarButton;
import org.msan.convene.bot.AnnounceCommand;
import org.msan.convene.bot.AnnouncementCards;
import org.msan.convene.bot.AskCommand;
import org.msan.convene.bot.AuditCommand;
import org.msan.convene.bot.BotCommand;
import org.msan.convene.bot.ButtonAction;
import org.msan.convene.bot.CommandRegistry;
import org.msan.convene.bot.EventCommand;
import org.msan.convene.bot.EventSuggestions;
import org.msan.convene.bot.EventsCommand;
import org.msan.convene.bot.FeedbackButton;
import org.msan.convene.bot.GapsCommand;
import org.msan.convene.bot.KnowledgeCommands;
import org.msan.convene.bot.MyRsvpsCommand;
import org.msan.convene.bot.NotificationsCommand;
import org.msan.convene.bot.ReloadCommand;
import org.msan.convene.bot.RsvpButton;
import org.msan.convene.bot.RsvpCommand;
import org.msan.convene.bot.RsvpLockCommand;
import org.msan.convene.bot.RsvpsCommand;
import org.msan.convene.bot.RsvpsExportCommand;
import org.msan.convene.bot.TeachCommand;
import org.msan.convene.config.Settings;
import org.msan.convene.database.Database;
import org.msan.convene.discord.DiscordBot;
import org.msan.convene.discord.DiscordSettings;
import org.msan.convene.events.CalendarExport;
import org.msan.convene.events.CalendarLoader;
import org.msan.convene.events.CalendarService;
import org.msan.convene.events.PublishedEvents;
import org.msan.convene.knowledge.EmbeddingCache;
import org.msan.convene.knowledge.FolderWatcher;
import org.msan.convene.knowledge.InProcessEmbedding;
import org.msan.convene.knowledge.IndexReport;
import org.msan.convene.knowledge.KnowledgeAudit;
import org.msan.convene.knowledge.KnowledgeFiles;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.PassageEmbedder;
import org.msan.convene.knowledge.PassageIndex;
import org.msan.convene.knowledge.ProblemLog;
import org.msan.convene.knowledge.Synonyms;
import org.msan.convene.knowledge.TextAnalysis;
import org.msan.convene.outbox.Outbox;
import org.msan.convene.reminders.ReminderSchedule;
import org.msan.convene.reminders.ReminderScheduler;
import org.msan.convene.reminders.ReminderService;
import org.msan.convene.rsvp.AnnouncementStore;
import org.msan.convene.rsvp.RsvpService;
import org.msan.convene.web.EventsPage;
import org.msan.convene.web.WebServer;
import org.msan.convene.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: every service, command and adapter part is built here, through
 * constructors, from the settings read once — and only when a command first asks for it. A
 * {@code backup} builds the database and nothing else; an answer builds the index only when a
 * question needs the documents, the embedding model only when it needs vectors, and the language
 * model (checking its settings and the prompts) only when answers are written with one. Closing
 * the root closes what was built, the last built first.
 */
public final class Convene implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(Convene.class);
  private static final long WATCH_QUIET_MILLIS = 500;
  /** How often due reminders are queued and the outbox drained: a promoted member hears within this. */
  private static final long REMINDER_PERIOD_SECONDS = 20;

  private final Settings settings;
  /** The wall clock: when things happen, as written to the database, the logs and taught files. */
  private final Clock clock;
  /** What day it is for schedule answers, RSVP deadlines and "upcoming": {@code --today} when given. */
  private final Clock today;
  private final Parts parts = new Parts();
  /** The synonyms' problems: {@code check} and {@code index} report them, the log has each once at INFO. */
  private final ProblemLog problemLog = new ProblemLog(Convene.class);
  private final LongAdder readying = new LongAdder();
  /** Whether the index and the embedding model have been made ready for searching once. */
  private volatile boolean searchReady;

  private final Parts.Lazy<KnowledgeFolder> folder;
  private final Parts.Lazy<TextAnalysis> analysis;
  private final Parts.Lazy<CalendarService> calendars;
  private final Parts.Lazy<Database> database;
  private volatile boolean existingDatabaseOnly;
  private final Parts.Lazy<RsvpService> rsvps;
  private final Parts.Lazy<QuestionLog> questionLog;
  private final Parts.Lazy<KnowledgeAudit> audit;
  private final Parts.Lazy<Outbox> outbox;
  private final Parts.Lazy<ReminderService> reminders;
  private final Parts.Lazy<CalendarExport> calendarExport;
  private final Parts.Lazy<InProcessEmbedding> embedding;
  private final Parts.Lazy<PassageIndex> index;
  private final Parts.Lazy<PassageIndex> currentIndex;
  private final Parts.Lazy<ExecutorService> background;
  private final Parts.Lazy<Optional<LlmComposer>> llm;
  private final Parts.Lazy<AnswerService> answers;
  private final Parts.Lazy<CommandRegistry> registry;

  public Convene(Settings settings) {
    this(settings, Clock.system(settings.timeZone()));
  }

  /**
   * @param clock the wall clock, in the settings' time zone; {@code --today} moves only the
   *     schedule's day ({@link Settings#scheduleClock}), never this
   */
  public Convene(Settings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.today = settings.scheduleClock(clock);
    folder = parts.lazy(() -> new KnowledgeFolder(settings.knowledge()));
    analysis = parts.lazy(() -> {
      TextAnalysis built = new TextAnalysis();
      problemLog.log(Synonyms.apply(folder(), built));
      PassageIndex.readAcronyms(settings.indexDir(), built);
      return built;
    });
    calendars = parts.lazy(() -> new CalendarService(folder(), new CalendarLoader(settings.timeZone(), today)));
    database = parts.lazyClosed(() -> {
      if (existingDatabaseOnly && !Files.isRegularFile(settings.database())) {
        throw new IllegalStateException("no database at " + settings.database()
            + ": nothing has been recorded there yet (is --data right?)");
      }
      return Database.open(settings.database());
    });
    rsvps = parts.lazy(() -> new RsvpService(database(), calendars(), clock, today));
    // Each part checks its own setting first, before opening anything: a wrong one stops only the commands using it.
    questionLog = parts.lazy(() -> {
      Duration retention = settings.questionRetention().value();
      return new QuestionLog(database(), analysis(), clock, retention);
    });
    audit = parts.lazy(() -> new KnowledgeAudit(database(), clock));
    outbox = parts.lazy(() -> new Outbox(database(), clock));
    reminders = parts.lazy(() -> {
      ReminderSchedule schedule = settings.reminders().value();
      return new ReminderService(database(), calendars(), rsvps(), schedule, outbox(), clock);
    });
    calendarExport = parts.lazy(() -> new CalendarExport(calendars(), database(), clock, today));
    // The model inside loads on its first vector, not here.
    embedding = parts.lazyClosed(() -> InProcessEmbedding.named(settings.embeddingModel().value(),
        settings.data().resolve("models")));
    index = parts.lazyClosed(() -> new PassageIndex(settings.indexDir(), analysis(), new PassageEmbedder(embedding.get(),
        parts.closing(new EmbeddingCache(settings.data().resolve("embeddings.db"))))));
    currentIndex = parts.lazy(() -> {
      if (!index.get().isCurrent(folder())) {
        index.get().refresh(folder());
      }
      return index.get();
    });
    // Two: the embedding model and the database may each be opened while a question is answered.
    background = parts.lazyThreads("convene-background", 2);
    // Settings and templates are checked here, before the first answer: a broken one stops the command cleanly.
    llm = parts.lazy(() -> settings.llm().requested()
        ? Optional.of(LlmComposer.create(settings.llm().settings(), Prompts.load(settings.prompts()), analysis()))
        : Optional.empty());
    answers = parts.lazy(() -> new AnswerService(this::searchedIndex, calendars(), analysis(), today,
        eventId -> rsvps().peopleGoing(eventId), llm.get().orElse(null), embedding.get().bounds()));
    registry = parts.lazy(this::newRegistry);
  }

  /** Every command and button of the bot, once; Discord and {@code chat} both run these. */
  private CommandRegistry newRegistry() {
    PassageIndex searched = currentIndex.get();
    ZoneId zone = clock.getZone();
    KnowledgeFiles files = new KnowledgeFiles(folder(), searched, audit(), settings.data().resolve("trash"), clock,
        questionLog()::reopen);
    TeachCommand teach = new TeachCommand(new TeachService(folder(), searched, answers(), questionLog(), audit(),
        userId -> reminders().optedOut(userId), clock));
    GapsCommand gaps = new GapsCommand(questionLog(), clock);
    List<BotCommand> commands = new ArrayList<>(List.of(
        new AskCommand(answers(), questionLog(), settings.llm().requested()),
        new EventsCommand(calendars(), rsvps(), today),
        new EventCommand(rsvps(), today),
        new RsvpCommand(rsvps()),
        new MyRsvpsCommand(rsvps(), calendars(), zone),
        new RsvpsCommand(rsvps()),
        new RsvpsExportCommand(rsvps()),
        RsvpLockCommand.close(rsvps()),
        RsvpLockCommand.open(rsvps()),
        new ReloadCommand(folder(), searched, calendars()),
        NotificationsCommand.notifications(reminders()),
        NotificationsCommand.reminders(reminders()),
        new AnnounceCommand(new AnnouncementCards(rsvps(), today)),
        gaps,
        teach,
        new AuditCommand(audit(), zone)));
    commands.addAll(KnowledgeCommands.commands(files));
    List<ButtonAction> buttons = List.of(new RsvpButton(rsvps()), new FeedbackButton(questionLog()), gaps,
        KnowledgeCommands.confirmRemoval(files), new AddToCalendarButton(calendarExport(), zone));
    return new CommandRegistry(commands, buttons, List.of(teach), new EventSuggestions(calendars(), today));
  }

  /**
   * The index, for a question that needs the documents: such a question needs its vector too, so
   * the embedding model starts loading in the background while the index is checked, opened and
   * searched by its words (half a second saved on the first answer). The first such question waits
   * here for the index, and that wait is counted in {@link #readyingNanos()}; later ones find it ready.
   */
  private PassageIndex searchedIndex() {
    folder().requireFolder();
    if (searchReady) {
      return currentIndex.get();
    }
    long started = System.nanoTime();
    embedding.get().loadInBackground(background.get());
    PassageIndex searched = currentIndex.get();
    // Counting the passages opens the index's searchers, which the first search would otherwise
    // open. The model goes on loading meanwhile and through the first search by words, which
    // hides most of it (0.2 s of start-up): what is left of that wait stays in the first answer's time.
    searched.passageCount();
    readying.add(System.nanoTime() - started);
    searchReady = true;
    return searched;
  }

  /**
   * How long questions have waited, in all, for the documents' index to be ready — opened and
   * brought up to date — since this root was built: the first document question's wait. An answer's time less what this grew by meanwhile is the time
   * answering took (exact when one question is answered at a time, as {@code ask} does).
   *
   * @return nanoseconds
   */
  public long readyingNanos() {
    return readying.sum();
  }

  public Settings settings() {
    return settings;
  }

  public KnowledgeFolder folder() {
    return folder.get();
  }

  /** The analyzer of questions and passages, with the staff's synonyms. */
  public TextAnalysis analysis() {
    return analysis.get();
  }

  public CalendarService calendars() {
    return calendars.get();
  }

  /** Today in the network's zone, or the day {@code --today} sets. */
  public LocalDate today() {
    return LocalDate.now(today);
  }

  /** The database, opened (and migrated) on first use. */
  public Database database() {
    return database.get();
  }

  /**
   * For a command that only reads the database (backup, audit, gaps, rsvps export): from now on, a
   * data folder without one is an error when the database is first needed, not a new empty one, as
   * a mistyped {@code --data} would otherwise back up or list nothing as if all were well. Settings
   * the command needs are still checked first.
   */
  public void useExistingDatabaseOnly() {
    if (database.isBuilt()) {
      throw new IllegalStateException("the database is already open: ask for an existing one before using it");
    }
    existingDatabaseOnly = true;
  }

  public RsvpService rsvps() {
    return rsvps.get();
  }

  public QuestionLog questionLog() {
    return questionLog.get();
  }

  /**
   * Starts opening the question log (and its database) in the background, for a command that
   * records each question after answering it: the database then opens while the first question is
   * answered instead of before it. A failure there is met again, and reported, when the log is used.
   *
   * @throws org.msan.convene.config.SettingException when {@code CONVENE_QUESTION_RETENTION_DAYS} is wrong
   */
  public void prepareQuestionLog() {
    // A wrong retention setting stops the command now, before it answers anything it could not record.
    settings.questionRetention().value();
    background.get().execute(() -> {
      try {
        questionLog.get();
      } catch (RuntimeException e) {
        // questionLog() builds it again where it is needed, and says what is wrong
      }
    });
  }

  /** Changes staff made to the knowledge folder from Discord or chat. */
  public KnowledgeAudit audit() {
    return audit.get();
  }

  /** Direct messages waiting to be sent (reminders, promotions), shared by whatever queues or sends them. */
  public Outbox outbox() {
    return outbox.get();
  }

  public ReminderService reminders() {
    return reminders.get();
  }

  /** The calendar as .ics files and as a feed, for "Add to calendar" and the web part. */
  public CalendarExport calendarExport() {
    return calendarExport.get();
  }

  /** The passage index as it is on disk, for {@code index}, which refreshes it itself. */
  public PassageIndex index() {
    return index.get();
  }

  /** Brings the index up to date with the folder, re-reading only what changed. */
  public IndexReport refreshIndex() {
    return index.get().refresh(folder());
  }

  /**
   * Question in, answer out. Building it checks the language model's settings and prompts when one
   * is asked for; the index is opened (and brought up to date) by the first question that needs
   * the documents, so schedule questions never open it.
   */
  public AnswerService answers() {
    return answers.get();
  }

  /** Every bot command, for the console and Discord adapters. */
  public CommandRegistry registry() {
    return registry.get();
  }

  /**
   * Keeps what this process has built in step with the folder while it runs: the calendar, and the
   * index and the synonyms if they are open. A save is picked up after the folder has been quiet for
   * half a second; the watcher stops when the root is closed.
   */
  public FolderWatcher watchFolder() throws IOException {
    folder().requireFolder();
    return parts.closing(FolderWatcher.start(settings.knowledge(), this::folderChanged, WATCH_QUIET_MILLIS));
  }

  private void folderChanged() {
    // Each on its own: a document that breaks the index refresh must not keep the calendar stale.
    calendars.ifBuilt(calendar -> {
      try {
        calendar.reload();
      } catch (RuntimeException e) {
        LOG.warn("reloading the calendar after a change failed: {}", e.getMessage());
      }
    });
    if (index.isBuilt()) {
      IndexReport report = refreshIndex();
      if (report.changedAnything()) {
        LOG.info("knowledge folder changed: {}", report.summary());
      }
    } else {
      analysis.ifBuilt(words -> problemLog.log(Synonyms.apply(folder(), words)));
    }
  }

  /** The events page and the calendar feed on HTTP, from this process's calendar and RSVPs; stops with the root. */
  public WebServer startWeb(WebSettings web) throws IOException {
    EventsPage page = new EventsPage(calendars(), rsvps(), today, web.networkName());
    return parts.closing(WebServer.start(web, calendarExport(), page));
  }

  /**
   * Connects the bot to Discord with every command, keeps announcement cards and published events
   * current, and sends reminders and queued messages until the root is closed.
   */
  public DiscordBot startBot(DiscordSettings discord) throws InterruptedException {
    DiscordBot bot = parts.closing(DiscordBot.start(discord, registry(), settings.data(),
        new DiscordBot.Announcements(new AnnouncementStore(database(), clock), new AnnouncementCards(rsvps(), today),
            rsvps(), calendars(), new PublishedEvents(database(), clock), settings.timeZone())));
    ReminderScheduler scheduler = parts.closing(new ReminderScheduler(reminders(), bot.messenger(),
        REMINDER_PERIOD_SECONDS));
    bot.afterEachInteraction(scheduler::nudge);
    return bot;
  }

  @Override
  public void close() throws IOException {
    parts.close();
  }
}
