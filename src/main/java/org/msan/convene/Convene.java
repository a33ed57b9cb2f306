package org.msan.convene;

import java.io.Closeable;
import java.io.IOException;
import org.msan.convene.answer.AnswerService;
import org.msan.convene.answer.LlmComposer;
import org.msan.convene.answer.Prompts;
import org.msan.convene.answer.QuestionLog;
import org.msan.convene.answer.TeachService;
import org.msan.convene.bot.BotCommands;
import org.msan.convene.bot.CommandRegistry;
import org.msan.convene.config.Settings;
import org.msan.convene.database.Database;
import org.msan.convene.events.CalendarExport;
import org.msan.convene.events.CalendarLoader;
import org.msan.convene.events.CalendarService;
import org.msan.convene.knowledge.EmbeddingCache;
import org.msan.convene.knowledge.FolderWatcher;
import org.msan.convene.knowledge.InProcessEmbedding;
import org.msan.convene.knowledge.IndexReport;
import org.msan.convene.knowledge.KnowledgeAudit;
import org.msan.convene.knowledge.KnowledgeFiles;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.knowledge.PassageEmbedder;
import org.msan.convene.knowledge.PassageIndex;
import org.msan.convene.knowledge.Synonyms;
import org.msan.convene.knowledge.TextAnalysis;
import org.msan.convene.outbox.Outbox;
import org.msan.convene.reminders.ReminderService;
import org.msan.convene.rsvp.RsvpService;
import org.msan.convene.web.EventsPage;
import org.msan.convene.web.WebServer;
import org.msan.convene.web.WebSettings;

/**
 * The composition root: builds every service from the settings, through constructors, once per
 * process. Adapters (CLI, console, Discord) get what they need from here.
 */
public final class Convene implements Closeable {

  private final Settings settings;
  private final KnowledgeFolder folder;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Convene.class);
  private static final long WATCH_QUIET_MILLIS = 500;

  private final EmbeddingCache embeddings;
  private final PassageIndex index;
  private final CalendarService calendars;
  private final AnswerService answers;
  private final TextAnalysis analysis;
  private final LlmComposer llm;
  private Database database;
  private RsvpService rsvps;
  private QuestionLog questionLog;
  private ReminderService reminders;
  private Outbox outbox;
  private KnowledgeAudit audit;
  private CalendarExport calendarExport;
  private CommandRegistry registry;

  private Convene(Settings settings) {
    this.settings = settings;
    this.analysis = new TextAnalysis();
    // Templates are checked before anything is opened: a broken one stops the start cleanly.
    this.llm = settings.llm().enabled()
        ? LlmComposer.create(settings.llm(), Prompts.load(settings.prompts()), analysis) : null;
    this.folder = new KnowledgeFolder(settings.knowledge());
    Synonyms.apply(folder, analysis).ifPresent(problem -> LOG.warn("{}", problem));
    this.embeddings = new EmbeddingCache(settings.data().resolve("embeddings.db"));
    InProcessEmbedding model = InProcessEmbedding.named(settings.embeddingModel());
    PassageEmbedder embedder = new PassageEmbedder(model, embeddings);
    this.index = new PassageIndex(settings.indexDir(), analysis, embedder);
    this.calendars = new CalendarService(folder, new CalendarLoader(settings.timeZone(), settings.clock()));
    this.answers = new AnswerService(index, calendars, analysis, settings.clock(), eventId -> rsvps().peopleGoing(eventId),
        llm,
        model.minConfidence());
  }

  /** Opens the services without touching the index. */
  public static Convene open(Settings settings) {
    return new Convene(settings);
  }

  /** Opens the services and brings the index up to date with the folder first, if it is not. */
  public static Convene openReady(Settings settings) {
    Convene convene = new Convene(settings);
    try {
      if (!convene.index.isCurrent(convene.folder)) {
        convene.refreshIndex();
      }
      return convene;
    } catch (RuntimeException e) {
      try {
        convene.close();
      } catch (IOException | RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** The database, opened (and migrated) on first use. */
  public synchronized Database database() {
    if (database == null) {
      database = Database.open(settings.database());
    }
    return database;
  }

  public synchronized RsvpService rsvps() {
    if (rsvps == null) {
      rsvps = new RsvpService(database(), calendars, settings.clock());
    }
    return rsvps;
  }

  public synchronized QuestionLog questionLog() {
    if (questionLog == null) {
      questionLog = new QuestionLog(database(), analysis, settings.clock(), settings.questionRetention());
    }
    return questionLog;
  }

  /** Changes staff made to the knowledge folder from Discord or chat. */
  public synchronized KnowledgeAudit audit() {
    if (audit == null) {
      audit = new KnowledgeAudit(database(), settings.clock());
    }
    return audit;
  }

  /** Direct messages waiting to be sent (reminders, promotions), shared by whatever queues or sends them. */
  public synchronized Outbox outbox() {
    if (outbox == null) {
      outbox = new Outbox(database(), settings.clock());
    }
    return outbox;
  }

  public synchronized ReminderService reminders() {
    if (reminders == null) {
      reminders = new ReminderService(database(), calendars, rsvps(), settings.reminders(), outbox(), settings.clock());
    }
    return reminders;
  }

  /** The calendar as .ics files and as a feed, for "Add to calendar" and the web part. */
  public synchronized CalendarExport calendarExport() {
    if (calendarExport == null) {
      calendarExport = new CalendarExport(calendars, database(), settings.clock());
    }
    return calendarExport;
  }

  /** The events page and the calendar feed on HTTP, from this process's calendar and RSVPs (for {@code serve}). */
  public WebServer startWeb(WebSettings web) throws IOException {
    return WebServer.start(web, calendarExport(), new EventsPage(calendars, rsvps(), settings.clock(), web.networkName()));
  }

  /** Every bot command, for the console and Discord adapters. */
  public synchronized CommandRegistry registry() {
    if (registry == null) {
      TeachService teaching = new TeachService(folder, index, answers, questionLog(), audit(),
          userId -> reminders().optedOut(userId), settings.clock());
      registry = BotCommands.registry(answers, questionLog(), llm != null, calendars, rsvps(), reminders(), folder, index,
          teaching, audit(), new KnowledgeFiles(folder, index, audit(), settings.data().resolve("trash"), settings.clock(),
              questionLog()::reopen),
          calendarExport(), settings.clock());
    }
    return registry;
  }

  /**
   * Keeps the index and the calendar in step with the folder while the bot or a chat runs: a save
   * is picked up after the folder has been quiet for half a second.
   */
  public FolderWatcher watchFolder() throws IOException {
    return FolderWatcher.start(settings.knowledge(), () -> {
      // Each on its own: a document that breaks the index refresh must not keep the calendar stale.
      try {
        calendars.reload();
      } catch (RuntimeException e) {
        LOG.warn("reloading the calendar after a change failed: {}", e.getMessage());
      }
      IndexReport report = refreshIndex();
      if (report.changedAnything()) {
        LOG.info("knowledge folder changed: {}", report.summary());
      }
    }, WATCH_QUIET_MILLIS);
  }

  public IndexReport refreshIndex() {
    return index.refresh(folder);
  }

  public Settings settings() {
    return settings;
  }

  public KnowledgeFolder folder() {
    return folder;
  }

  public PassageIndex index() {
    return index;
  }

  public CalendarService calendars() {
    return calendars;
  }

  public AnswerService answers() {
    return answers;
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      embeddings.close();
      synchronized (this) {
        if (database != null) {
          database.close();
        }
      }
    }
  }
}
