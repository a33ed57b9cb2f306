package org.msan.convene.reminders;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.msan.convene.database.Database;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.CalendarService;
import org.msan.convene.events.EventTime;
import org.msan.convene.outbox.DirectMessenger;
import org.msan.convene.outbox.Outbox;
import org.msan.convene.rsvp.Rsvp;
import org.msan.convene.rsvp.RsvpService;
import org.msan.convene.rsvp.RsvpStatus;

/**
 * Reminders to members who said going or maybe, some time before an event with a known day (and
 * on the first of the month for an event known only by its month). A day-long or month-only event
 * is reminded at the schedule's hour of the network's day, and a lead of whole days counts
 * calendar days there, so a reminder keeps its hour across a daylight-saving change. A reminder
 * that falls due goes into the outbox, once (its key names event, member and lead), whichever
 * process notices it first; one missed while nothing ran goes out late, once, if the event has not
 * started; of several missed, only the nearest is sent; a lead that had already passed when the
 * member said they were coming is skipped.
 */
public final class ReminderService {

  static final String MONTH_LEAD = "month";

  private final Database database;
  private final CalendarService calendars;
  private final RsvpService rsvps;
  private final ReminderSchedule schedule;
  private final Outbox outbox;
  private final Clock clock;
  private final ZoneId zone;

  public ReminderService(Database database, CalendarService calendars, RsvpService rsvps, ReminderSchedule schedule,
      Outbox outbox, Clock clock) {
    this.database = database;
    this.calendars = calendars;
    this.rsvps = rsvps;
    this.schedule = schedule;
    this.outbox = outbox;
    this.clock = clock;
    this.zone = clock.getZone();
  }

  /** A reminder that is due now: to whom, for which event, and at which lead. */
  public record Due(CalendarEvent event, Rsvp rsvp, String lead, List<String> skipped) {}

  /** A lead and the moment it falls due. */
  private record Lead(String label, Instant at) {}

  /** Queues every reminder due now and sends what the outbox holds; returns how many were delivered. */
  public int sendDue(DirectMessenger messenger) {
    RuntimeException queueing = null;
    try {
      queueDue();
    } catch (RuntimeException e) {
      queueing = e;
    }
    // Promotions and answers queued elsewhere go out even when this round's reminders could not be read.
    int delivered = sendQueued(messenger);
    if (queueing != null) {
      throw queueing;
    }
    return delivered;
  }

  /** Sends what the outbox holds, without looking for reminders; returns how many were delivered. */
  public int sendQueued(DirectMessenger messenger) {
    return outbox.drain(messenger);
  }

  /** Puts every reminder due now into the outbox; returns how many were added. */
  public int queueDue() {
    int queued = 0;
    for (Due due : due()) {
      queued += queue(due) ? 1 : 0;
    }
    return queued;
  }

  List<Due> due() {
    Instant now = clock.instant();
    List<Due> due = new ArrayList<>();
    for (CalendarEvent event : calendars.current().upcoming(now.atZone(zone).toLocalDate())) {
      if (event.cancelled()) {
        continue;
      }
      if (!(event.start() instanceof EventTime.Month) && !now.isBefore(remindedStart(event))) {
        continue;
      }
      List<Lead> dueLeads = leads(event).stream().filter(lead -> !now.isBefore(lead.at())).toList();
      if (dueLeads.isEmpty()) {
        continue;
      }
      for (Rsvp rsvp : rsvps.roster(event.id())) {
        if (rsvp.waitlisted() || rsvp.status() == RsvpStatus.NOT_GOING || optedOut(rsvp.userId())) {
          continue;
        }
        Instant since = rsvps.comingSince(event.id(), rsvp.userId()).orElse(Instant.MIN);
        List<String> pending = dueLeads.stream()
            .filter(lead -> !lead.at().isBefore(since))
            .map(Lead::label)
            .filter(lead -> !recorded(event.id(), rsvp.userId(), lead))
            .toList();
        if (!pending.isEmpty()) {
          // The nearest lead due is the one worth sending; older missed ones are only marked.
          String nearest = pending.get(pending.size() - 1);
          due.add(new Due(event, rsvp, nearest, pending.subList(0, pending.size() - 1)));
        }
      }
    }
    return due;
  }

  /** The leads of an event, longest first; one "month" lead for an event known only by its month. */
  private List<Lead> leads(CalendarEvent event) {
    if (event.start() instanceof EventTime.Month) {
      return List.of(new Lead(MONTH_LEAD, event.start().firstDay().atTime(schedule.sendAt()).atZone(zone).toInstant()));
    }
    ZonedDateTime start = remindedStart(event).atZone(zone);
    List<Lead> leads = new ArrayList<>();
    for (Duration lead : schedule.leads()) {
      boolean wholeDays = lead.toMinutes() % (24 * 60) == 0;
      ZonedDateTime at = wholeDays ? start.minusDays(lead.toDays()) : start.minus(lead);
      leads.add(new Lead(ReminderLeads.label(lead), at.toInstant()));
    }
    return leads;
  }

  /** When the event starts, for its reminders: a day-long event at the send hour of its first day. */
  private Instant remindedStart(CalendarEvent event) {
    return event.start() instanceof EventTime.Moment moment ? moment.at().toInstant()
        : event.start().firstDay().atTime(schedule.sendAt()).atZone(zone).toInstant();
  }

  private String text(Due due) {
    CalendarEvent event = due.event();
    String said = due.rsvp().status() == RsvpStatus.GOING ? "going" : "a maybe";
    return "Reminder: **" + event.title() + "** is " + event.when(zone) + ". You said you're " + said
        + ". See /event " + event.id() + " for details; /notifications off stops these.";
  }

  static String key(String eventId, String userId, String lead) {
    return "reminder:" + eventId + ":" + userId + ":" + lead;
  }

  /** One transaction: the reminder into the outbox (unless another process queued it) and the skipped leads marked. */
  private boolean queue(Due due) {
    return database.inTransaction(connection -> {
      String userId = due.rsvp().userId();
      if (!Outbox.enqueue(connection, key(due.event().id(), userId, due.lead()), userId, text(due), clock.instant())) {
        return false;
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT OR IGNORE INTO reminder_sent (event_id, user_id, lead, outcome, sent_at) VALUES (?, ?, ?, 'skipped', ?)")) {
        for (String lead : due.skipped()) {
          insert.setString(1, due.event().id());
          insert.setString(2, userId);
          insert.setString(3, lead);
          insert.setString(4, clock.instant().toString());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return true;
    });
  }

  /** Queued once (the outbox), or marked skipped or sent before the outbox existed (reminder_sent). */
  private boolean recorded(String eventId, String userId, String lead) {
    return database.read(connection -> {
      if (Outbox.contains(connection, key(eventId, userId, lead))) {
        return true;
      }
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

  /** Whether the member turned their notifications (reminders, answers to their questions) off. */
  public boolean optedOut(String userId) {
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
