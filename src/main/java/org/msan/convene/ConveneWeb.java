package org.msan.convene;

import java.io.Closeable;
import java.io.IOException;
import org.msan.convene.config.Settings;
import org.msan.convene.database.Database;
import org.msan.convene.events.CalendarExport;
import org.msan.convene.events.CalendarLoader;
import org.msan.convene.events.CalendarService;
import org.msan.convene.knowledge.FolderWatcher;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.msan.convene.rsvp.RsvpService;
import org.msan.convene.web.EventsPage;
import org.msan.convene.web.WebServer;
import org.msan.convene.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of {@code web}, the events page and calendar feed without the bot. In: the
 * settings; out: a started web server on the calendar, the database and the RSVP counts, which
 * follows the calendar files until closed. It builds only those: the passage index and the
 * embedding model that {@link Convene} opens for answers (a few hundred MB, seconds to load) are
 * never used by the page.
 */
public final class ConveneWeb implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(ConveneWeb.class);
  private static final long WATCH_QUIET_MILLIS = 500;

  private final Database database;
  private final CalendarService calendars;
  private final WebServer server;
  private final FolderWatcher watcher;

  private ConveneWeb(Database database, CalendarService calendars, WebServer server, FolderWatcher watcher) {
    this.database = database;
    this.calendars = calendars;
    this.server = server;
    this.watcher = watcher;
  }

  public static ConveneWeb start(Settings settings, WebSettings web) throws IOException {
    CalendarService calendars = new CalendarService(new KnowledgeFolder(settings.knowledge()),
        new CalendarLoader(settings.timeZone(), settings.clock()));
    Database database = Database.open(settings.database());
    WebServer server = null;
    try {
      RsvpService rsvps = new RsvpService(database, calendars, settings.clock());
      calendars.current();
      server = WebServer.start(web, new CalendarExport(calendars, database, settings.clock()),
          new EventsPage(calendars, rsvps, settings.clock(), web.networkName()));
      FolderWatcher watcher = FolderWatcher.start(settings.knowledge(), () -> {
        try {
          calendars.reload();
        } catch (RuntimeException e) {
          LOG.warn("reloading the calendar after a change failed: {}", e.getMessage());
        }
      }, WATCH_QUIET_MILLIS);
      return new ConveneWeb(database, calendars, server, watcher);
    } catch (IOException | RuntimeException e) {
      if (server != null) {
        server.close();
      }
      database.close();
      throw e;
    }
  }

  public WebServer server() {
    return server;
  }

  public CalendarService calendars() {
    return calendars;
  }

  @Override
  public void close() throws IOException {
    try {
      watcher.close();
    } finally {
      server.close();
      database.close();
    }
  }
}
