package org.msan.convene.bot;

import java.util.List;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.Member;
import org.msan.convene.rsvp.RsvpChange;
import org.msan.convene.rsvp.RsvpService;
import org.msan.convene.rsvp.RsvpStatus;

/**
 * {@code /rsvp event status [guests] [note]}: answer or change an RSVP (one per member and event);
 * guests and note left out keep what the member said before.
 */
public final class RsvpCommand implements BotCommand {

  public static final String EVENT = "event";
  public static final String STATUS = "status";
  public static final String GUESTS = "guests";
  public static final String NOTE = "note";

  private final RsvpService rsvps;

  public RsvpCommand(RsvpService rsvps) {
    this.rsvps = rsvps;
  }

  @Override
  public String name() {
    return "rsvp";
  }

  @Override
  public String description() {
    return "Say whether you're going to an event";
  }

  @Override
  public boolean repliesPrivately() {
    return true;
  }

  @Override
  public List<OptionSpec> options() {
    return List.of(
        OptionSpec.event(EVENT, "The event"),
        OptionSpec.choice(STATUS, "Going, maybe or not going", true,
            List.of(RsvpStatus.GOING.code(), RsvpStatus.MAYBE.code(), RsvpStatus.NOT_GOING.code())),
        OptionSpec.integer(GUESTS, "Guests you bring (0-10)", 0, RsvpService.MAX_GUESTS),
        OptionSpec.text(NOTE, "A note for the coordinators (dietary needs, access...)", false)
            .maxLength(RsvpService.MAX_NOTE));
  }

  @Override
  public Reply handle(CommandRequest request) {
    CalendarEvent event = rsvps.event(request.get(EVENT));
    RsvpStatus status = RsvpStatus.parse(request.get(STATUS)).orElseThrow();
    RsvpChange change = rsvps.rsvp(new Member(request.userId(), request.displayName()), event.id(), status,
        request.find(GUESTS).map(Integer::valueOf).orElse(null), request.find(NOTE).orElse(null));
    return RsvpReplies.confirmation(event, change);
  }
}
