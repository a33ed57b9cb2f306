package org.msan.convene.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.msan.convene.Convene;
import org.msan.convene.events.EventCalendar;
import org.msan.convene.rsvp.RosterExport;
import org.msan.convene.rsvp.Rsvp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rsvps export --event ID [--format csv|json]}: the roster of one event on stdout. */
@Command(name = "rsvps", mixinStandardHelpOptions = true, description = "Export the RSVP roster of an event.",
    subcommands = RsvpsCli.Export.class)
final class RsvpsCli implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: export");
  }

  enum Format { csv, json }

  /** Where the command line lists events: chat runs /events (there is no events subcommand). */
  static final String EVENTS_LISTED = "List the events with: echo /events | convene chat";

  @Command(name = "export", mixinStandardHelpOptions = true, description = "Print the roster of one event (CSV or JSON).")
  static final class Export implements Callable<Integer> {

    private final CommonOptions global = new CommonOptions(() -> this.spec);
    @Spec CommandSpec spec;

    @Option(names = "--event", paramLabel = "ID", required = true, description = "The event id.")
    String event;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
      try (Convene convene = global.convene()) {
        EventCalendar calendar = convene.calendars().current();
        // An id or the words of a title, as /event takes them.
        String id = calendar.byIdOrTitle(event.strip(), convene.today()).map(found -> found.id()).orElseThrow(() ->
            new UsageException(calendar.noSuchEvent(event, EVENTS_LISTED)));
        convene.useExistingDatabaseOnly();
        List<Rsvp> roster = convene.rsvps().roster(id);
        byte[] bytes = format == Format.csv ? RosterExport.csv(roster) : RosterExport.json(roster);
        var out = spec.commandLine().getOut();
        out.print(new String(bytes, StandardCharsets.UTF_8));
        if (format == Format.json) {
          out.println();
        }
        out.flush();
      }
      return 0;
    }
  }
}
