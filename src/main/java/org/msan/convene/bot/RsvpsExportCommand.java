package org.msan.convene.bot;

import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.RosterExport;
import org.msan.convene.rsvp.RsvpService;

/** {@code /rsvps-export event} (coordinators): the roster as a CSV attachment, only to them. */
public final class RsvpsExportCommand extends CoordinatorEventCommand {

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
