package org.msan.convene.bot;

import java.time.ZoneId;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.CalendarExport;

/**
 * "Add to calendar" on an event card: {@code cal:<eventId>}. In: the event's id; out: a private
 * reply with the event's {@code .ics} file (a whole series for an occurrence), or, for an event
 * known only by its month, a reply saying there is no day to put it on yet, with no file.
 */
public final class AddToCalendarButton implements ButtonAction {

  public static final String PREFIX = "cal";
  /** Discord's longest button label. */
  static final int MAX_LABEL = 80;

  private final CalendarExport export;
  private final ZoneId zone;

  public AddToCalendarButton(CalendarExport export, ZoneId zone) {
    this.export = export;
    this.zone = zone;
  }

  @Override
  public String prefix() {
    return PREFIX;
  }

  /** The network's calendar is public: members of other servers may add it too. */
  @Override
  public boolean forAnyServer() {
    return true;
  }

  /** The button for an event's card: "Remove from calendar" when it is cancelled, since that is what its file does. */
  static Reply.ReplyButton button(CalendarEvent event) {
    return button(event, event.cancelled() ? "Remove from calendar" : "Add to calendar");
  }

  /** A button with its own label, e.g. the event's title in a list of events. */
  static Reply.ReplyButton button(CalendarEvent event, String label) {
    String shown = label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
    return new Reply.ReplyButton(ButtonId.of(PREFIX, event.id()).encode(), shown, Reply.ReplyButton.Style.SECONDARY);
  }

  @Override
  public Reply press(ButtonId id, CommandRequest request) {
    CalendarExport.EventFile file = export.event(id.arg(0)).orElseThrow(() -> new IllegalArgumentException(
        "That event is no longer in the calendar. See /events for what is."));
    CalendarEvent event = file.event();
    if (file instanceof CalendarExport.NoDay && event.start().precision() == 0) {
      return Reply.privately("**" + event.title() + "** is planned for " + event.when(zone).replace("some time in ", "")
          + ", but no day is set yet, so there's nothing to add to a calendar. Try again once the day is announced.");
    }
    if (file instanceof CalendarExport.NoDay) {
      return Reply.privately("**" + event.title() + "** starts " + event.start().describe(zone)
          + ", but its last day isn't set yet, so it can't go in a calendar. Try again once it is.");
    }
    CalendarExport.Ready ready = (CalendarExport.Ready) file;
    String text;
    if (event.cancelled()) {
      text = "**" + event.title() + "** is cancelled. Open the file to take it out of your calendar.";
    } else if (event.recurrence() != null) {
      String rule = event.recurrence().rule().isEmpty() ? "" : " (" + event.recurrence().rule() + ")";
      text = "**" + event.title() + "**, every session" + rule + ". Open the file to add the series to your calendar.";
    } else {
      text = "**" + event.title() + "** — " + event.when(zone) + ". Open the file to add it to your calendar.";
    }
    return Reply.privately(text).withAttachment(new Reply.Attachment(ready.fileName(), ready.content()));
  }
}
