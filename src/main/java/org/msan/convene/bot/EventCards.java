package org.msan.convene.bot;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.rsvp.RsvpCounts;
import org.msan.convene.rsvp.RsvpStatus;

/**
 * How an event is shown: its card (when, kind, where, places left) and its Going / Maybe / Can't go
 * and Add to calendar buttons.
 */
final class EventCards {

  private EventCards() {}

  static Reply.Embed card(CalendarEvent event, RsvpCounts counts, boolean closed, ZoneId zone) {
    List<Reply.Embed.Field> fields = new ArrayList<>();
    if (event.cancelled()) {
      fields.add(new Reply.Embed.Field("Status", "Cancelled"));
    }
    fields.add(new Reply.Embed.Field("When", event.when(zone)));
    if (event.recurrence() != null && !event.recurrence().rule().isEmpty()) {
      fields.add(new Reply.Embed.Field("Repeats", event.recurrence().rule()));
    }
    if (!event.kind().isEmpty()) {
      fields.add(new Reply.Embed.Field("Kind", event.kind()));
    }
    if (!event.location().isEmpty()) {
      fields.add(new Reply.Embed.Field("Where", event.location()));
    }
    if (!event.audience().isEmpty()) {
      fields.add(new Reply.Embed.Field("For", event.audience()));
    }
    String rsvps = counts.summary();
    if (event.capacity() != null) {
      rsvps += " · " + Math.max(0, event.capacity() - counts.goingPeople()) + " of " + event.capacity() + " places left";
    }
    if (closed) {
      rsvps += " · RSVPs closed";
    } else if (event.rsvpDeadline() != null) {
      rsvps += " · RSVP by " + CalendarEvent.day(event.rsvpDeadline());
    }
    fields.add(new Reply.Embed.Field("RSVPs", rsvps));
    return new Reply.Embed(event.title(), event.description(), "", fields, "id: " + event.id());
  }

  /**
   * Going / Maybe / Can't go and Add to calendar; a cancelled event has no RSVP buttons (nobody can
   * RSVP to it), only the file that takes it out of a calendar.
   */
  static List<Reply.ReplyButton> buttons(CalendarEvent event) {
    if (event.cancelled()) {
      return List.of(AddToCalendarButton.button(event));
    }
    return List.of(
        button(event, RsvpStatus.GOING, Reply.ReplyButton.Style.SUCCESS),
        button(event, RsvpStatus.MAYBE, Reply.ReplyButton.Style.PRIMARY),
        button(event, RsvpStatus.NOT_GOING, Reply.ReplyButton.Style.SECONDARY),
        AddToCalendarButton.button(event));
  }

  private static Reply.ReplyButton button(CalendarEvent event, RsvpStatus status, Reply.ReplyButton.Style style) {
    return new Reply.ReplyButton(ButtonId.of(RsvpButton.PREFIX, event.id(), status.code()).encode(), status.label(), style);
  }

  /** One line of the calendar: title, when, where, counts. */
  static String line(CalendarEvent event, RsvpCounts counts, ZoneId zone) {
    if (event.cancelled()) {
      return "~~" + event.title() + "~~ — " + event.when(zone) + " · cancelled · `" + event.id() + "`";
    }
    String repeats = event.recurrence() == null || event.recurrence().rule().isEmpty() ? ""
        : " (" + event.recurrence().rule() + ")";
    String where = event.location().isEmpty() ? "" : " · " + event.location();
    // A row of zeros on every line of a listing reads as noise; the card keeps the counts by its buttons.
    String rsvps = counts.equals(RsvpCounts.NONE) ? "no RSVPs" : counts.summary();
    return "**" + event.title() + "** — " + event.when(zone) + repeats + where + " · " + rsvps + " · `" + event.id() + "`";
  }
}
