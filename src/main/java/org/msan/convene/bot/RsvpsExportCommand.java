package org.msan.convene.bot;

import java.util.List;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.RosterExport;
import org.msan.convene.rsvp.RsvpService;

/** {@code /rsvps-export event} (coordinators): the roster as a CSV attachment, only to them. */
public final class RsvpsExportCommand implements BotCommand {

  public static final String EVENT = "event";

  private final RsvpService rsvps;

  public RsvpsExportCommand(RsvpService rsvps) {
    this.rsvps = rsvps;
  }

  @Override
  public String name() {
    return "rsvps-export";
  }

  @Override
  public String description() {
    return "The roster of an event as a spreadsheet (coordinators)";
  }

  @Override
  public boolean repliesPrivately() {
    return true;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(OptionSpec.event(EVENT, "The event"));
  }

  @Override
  public Permission permission() {
    return Permission.COORDINATOR;
  }

  @Override
  public boolean slow() {
    return true;
  }

  @Override
  public Reply handle(CommandRequest request) {
    CalendarEvent event = rsvps.event(request.get(EVENT));
    var roster = rsvps.roster(event.id());
    return Reply.privately("Roster of **" + event.title() + "**: " + roster.size() + " RSVPs.")
        .withAttachment(new Reply.Attachment("rsvps-" + event.id() + ".csv", RosterExport.csv(roster)));
  }
}
