package org.msan.convene.reminders;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.msan.convene.database.Database;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.CalendarService;
import org.msan.convene.events.EventTime;
import org.msan.convene.rsvp.Rsvp;
import org.msan.convene.rsvp.RsvpService;
import org.msan.convene.rsvp.RsvpStatus;

/**
 * Reminders to members who said going or maybe, some time before an event with a known day (and
 * on the first of the month for an event known only by its month). What was sent is recorded, so a
 * restart neither sends one twice nor skips one that fell due meanwhile: that one goes out late,
 * once, if the event has not started; of several missed, only the nearest is sent.
 */
public final class ReminderService {

  static final String MONTH_LEAD = "month";

  private final Database database;
  private final CalendarService calendars;
  private final RsvpService rsvps;
  private final List<Duration> leads;
  private final Clock clock;
  private final ZoneId zone;

  public ReminderService(Database database, CalendarService calendars, RsvpService rsvps, List<Duration> leads,
      Clock clock) {
    this.database = database;
    this.calendars = calendars;
    this.rsvps = rsvps;
    this.leads = List.copyOf(leads);
    this.clock = clock;
    this.zone = clock.getZone();
  }

  /** A reminder that is due now: to whom, for which event, and at which lead. */
  public record Due(CalendarEvent event, Rsvp rsvp, String lead, List<String> skipped) {}

  /** Sends every reminder due now; returns how many were delivered. */
  public int sendDue(DirectMessenger messenger) {
    int delivered = 0;
    for (Due due : due()) {
      DirectMessenger.Delivery delivery = messenger.send(due.rsvp().userId(), text(due));
      if (delivery == DirectMessenger.Delivery.FAILED) {
        continue;
      }
      record(due, delivery == DirectMessenger.Delivery.SENT ? "sent" : "refused");
      delivered += delivery == DirectMessenger.Delivery.SENT ? 1 : 0;
    }
    return delivered;
  }

  List<Due> due() {
    Instant now = clock.instant();
    List<Due> due = new ArrayList<>();
    for (CalendarEvent event : calendars.current().upcoming(now.atZone(zone).toLocalDate())) {
      if (event.cancelled()) {
        continue;
      }
      Instant start = startOf(event);
      if (!now.isBefore(start) && event.start().precision() > 0) {
        continue;
      }
      List<String> dueLeads = dueLeads(event, start, now);
      if (dueLeads.isEmpty()) {
        continue;
      }
      for (Rsvp rsvp : rsvps.roster(event.id())) {
        if (rsvp.waitlisted() || rsvp.status() == RsvpStatus.NOT_GOING || optedOut(rsvp.userId())) {
          continue;
        }
        List<String> pending = dueLeads.stream().filter(lead -> !recorded(event.id(), rsvp.userId(), lead)).toList();
        if (!pending.isEmpty()) {
          // The nearest lead due is the one worth sending; older missed ones are only marked.
          String nearest = pending.get(pending.size() - 1);
          due.add(new Due(event, rsvp, nearest, pending.subList(0, pending.size() - 1)));
        }
      }
    }
    return due;
  }

  /** The leads whose time has come, longest first; one "month" lead for an event known only by its month. */
  private List<String> dueLeads(CalendarEvent event, Instant start, Instant now) {
    if (event.start() instanceof EventTime.Month) {
      return now.isBefore(start) ? List.of() : List.of(MONTH_LEAD);
    }
    List<String> due = new ArrayList<>();
    for (Duration lead : leads) {
      if (!now.isBefore(start.minus(lead))) {
        due.add(ReminderLeads.label(lead));
      }
    }
    return due;
  }

  private Instant startOf(CalendarEvent event) {
    return event.start() instanceof EventTime.Moment moment ? moment.at().toInstant()
        : event.start().firstDay().atStartOfDay(zone).toInstant();
  }

  private String text(Due due) {
    CalendarEvent event = due.event();
    String said = due.rsvp().status() == RsvpStatus.GOING ? "going" : "a maybe";
    return "Reminder: **" + event.title() + "** is " + event.when(zone) + ". You said you're " + said
        + ". See /event " + event.id() + " for details; /reminders off stops these.";
  }

  private void record(Due due, String outcome) {
    database.inTransaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT OR IGNORE INTO reminder_sent (event_id, user_id, lead, outcome, sent_at) VALUES (?, ?, ?, ?, ?)")) {
        for (String lead : due.skipped()) {
          bind(insert, due, lead, "skipped");
        }
        bind(insert, due, due.lead(), outcome);
        return insert.executeBatch();
      }
    });
  }

  private void bind(PreparedStatement insert, Due due, String lead, String outcome) throws SQLException {
    insert.setString(1, due.event().id());
    insert.setString(2, due.rsvp().userId());
    insert.setString(3, lead);
    insert.setString(4, outcome);
    insert.setString(5, clock.instant().toString());
    insert.addBatch();
  }

  private boolean recorded(String eventId, String userId, String lead) {
    return database.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT 1 FROM reminder_sent WHERE event_id = ? AND user_id = ? AND lead = ?")) {
        select.setString(1, eventId);
        select.setString(2, userId);
        select.setString(3, lead);
        try (ResultSet row = select.executeQuery()) {
          return row.next();
        }
      }
    });
  }

  private boolean optedOut(String userId) {
    return database.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM reminder_optout WHERE user_id = ?")) {
        select.setString(1, userId);
        try (ResultSet row = select.executeQuery()) {
          return row.next();
        }
      }
    });
  }

  /** Turns a member's reminders on or off. */
  public void setEnabled(String userId, boolean enabled) {
    database.inTransaction(connection -> {
      String sql = enabled ? "DELETE FROM reminder_optout WHERE user_id = ?"
          : "INSERT OR REPLACE INTO reminder_optout (user_id, changed_at) VALUES (?, ?)";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, userId);
        if (!enabled) {
          statement.setString(2, clock.instant().toString());
        }
        return statement.executeUpdate();
      }
    });
  }
}
