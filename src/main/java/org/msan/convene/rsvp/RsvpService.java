package org.msan.convene.rsvp;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.msan.convene.database.Database;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.CalendarService;
import org.msan.convene.outbox.Outbox;

/**
 * The RSVP rules: statuses, guests and notes within bounds, deadline and close/reopen enforced, and
 * a capacity (people, guests included) beyond which "going" waits on a list that moves up, first
 * come first served, when a place frees. Each change is one transaction with its history row.
 */
public final class RsvpService {

  public static final int MAX_GUESTS = 10;
  public static final int MAX_NOTE = 200;

  private final Database database;
  private final CalendarService calendars;
  private final Clock clock;
  private final Clock today;
  private final RsvpStore store = new RsvpStore();
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

  /** One clock for both when an RSVP is written and what day deadlines count from (tests with a fixed clock). */
  public RsvpService(Database database, CalendarService calendars, Clock clock) {
    this(database, calendars, clock, clock);
  }

  /**
   * @param clock the wall clock: when an RSVP, a close or an open is recorded
   * @param today what day it is for deadlines and whether an event is over ({@code --today})
   */
  public RsvpService(Database database, CalendarService calendars, Clock clock, Clock today) {
    this.database = database;
    this.calendars = calendars;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.today = Objects.requireNonNull(today, "today");
  }

  /** Called with the event's id after every committed RSVP change (announcement cards follow it). */
  public void onChange(Consumer<String> listener) {
    listeners.add(listener);
  }

  /** People (guests included) going to the event, the waitlist left out. */
  public int peopleGoing(String eventId) {
    return countsOf(List.of(eventId)).getOrDefault(eventId, RsvpCounts.NONE).goingPeople();
  }

  /** The event, if the calendar has it. */
  public Optional<CalendarEvent> calendarEvent(String eventId) {
    return calendars.current().byIdOrTitle(eventId.strip(), LocalDate.now(today));
  }

  /** The event, or a refusal that names the ids close to it and points to /events. */
  public CalendarEvent event(String eventId) {
    return calendarEvent(eventId).orElseThrow(() ->
        new RsvpException(calendars.current().noSuchEvent(eventId, "See /events for the list.")));
  }

  /**
   * Answers or changes the member's RSVP.
   *
   * @param newGuests null keeps the guests of an earlier RSVP (0 for a first one); "can't go" has
   *     none, whatever is given, so a later "going" starts from none
   * @param newNote null keeps the note of an earlier RSVP
   */
  public RsvpChange rsvp(Member member, String eventId, RsvpStatus status, Integer newGuests, String newNote) {
    CalendarEvent event = event(eventId);
    if (newGuests != null && (newGuests < 0 || newGuests > MAX_GUESTS)) {
      throw new RsvpException("Guests must be between 0 and " + MAX_GUESTS + ".");
    }
    if (newNote != null && newNote.strip().length() > MAX_NOTE) {
      throw new RsvpException("The note is " + newNote.strip().length() + " characters; keep it to " + MAX_NOTE + ".");
    }
    if (event.cancelled()) {
      throw new RsvpException(event.title() + " " + CalendarEvent.on(event.when(clock.getZone()))
          + " has been cancelled.");
    }
    LocalDate day = LocalDate.now(today);
    if (event.rsvpDeadline() != null && day.isAfter(event.rsvpDeadline())) {
      throw new RsvpException("RSVPs for " + event.title() + " closed on " + CalendarEvent.day(event.rsvpDeadline()) + ".");
    }
    if (!event.isUpcoming(day)) {
      throw new RsvpException(event.title() + " is already over.");
    }
    Instant now = clock.instant();
    RsvpChange change = database.inTransaction(connection -> {
      if (store.isClosed(connection, event.id())) {
        throw new RsvpException("RSVPs for " + event.title() + " are closed. Please ask a coordinator.");
      }
      Rsvp previous = store.find(connection, event.id(), member.id()).orElse(null);
      // A member who can't go brings no one: their guests would count in nobody's place.
      int guests = status == RsvpStatus.NOT_GOING ? 0 : newGuests != null ? newGuests : previous == null ? 0 : previous.guests();
      String note = newNote != null ? newNote.strip() : previous == null ? "" : previous.note();
      Instant waitlistedAt = null;
      if (status == RsvpStatus.GOING && event.capacity() != null) {
        int taken = confirmedPeople(connection, event.id(), member.id());
        boolean confirmed = previous != null && previous.status() == RsvpStatus.GOING && !previous.waitlisted();
        boolean over = taken + 1 + guests > event.capacity();
        if (confirmed) {
          // A member with a place keeps it: more guests than fit is refused, never a move to the back.
          if (over && guests > previous.guests()) {
            int most = Math.max(previous.guests(), event.capacity() - taken - 1);
            throw new RsvpException(event.title() + " is full: you can bring up to " + most
                + (most == 1 ? " guest" : " guests") + ". Your RSVP is unchanged.");
          }
        } else if (over) {
          // A place free now is one no waiting party fits (promotion hands out every place that
          // fits someone waiting), so a member whose party fits takes it.
          waitlistedAt = store.waitlistedAt(connection, event.id(), member.id()).map(Instant::parse).orElse(now);
        }
      }
      Rsvp rsvp = new Rsvp(event.id(), member.id(), member.displayName(), status, guests, note,
          waitlistedAt != null, now);
      store.save(connection, rsvp, waitlistedAt, previous == null ? "created" : "changed");
      List<Rsvp> promoted = event.capacity() == null ? List.of() : promote(connection, event, now);
      return new RsvpChange(rsvp, previous, promoted);
    });
    listeners.forEach(listener -> listener.accept(event.id()));
    return change;
  }

  private int confirmedPeople(Connection connection, String eventId, String exceptUser) throws SQLException {
    return store.forEvent(connection, eventId).stream()
        .filter(r -> r.status() == RsvpStatus.GOING && !r.waitlisted() && !r.userId().equals(exceptUser))
        .mapToInt(Rsvp::people).sum();
  }

  /**
   * Moves waitlisted members up in order: each waiting member whose party fits the places left is
   * promoted, a larger party ahead of them keeping its turn for when more places free up.
   */
  private List<Rsvp> promote(Connection connection, CalendarEvent event, Instant now) throws SQLException {
    List<Rsvp> promoted = new ArrayList<>();
    int free = event.capacity() - confirmedPeople(connection, event.id(), "");
    for (Rsvp waiting : store.forEvent(connection, event.id())) {
      if (!waiting.waitlisted() || waiting.status() != RsvpStatus.GOING) {
        continue;
      }
      if (waiting.people() > free) {
        continue;
      }
      Rsvp confirmed = new Rsvp(waiting.eventId(), waiting.userId(), waiting.displayName(), waiting.status(),
          waiting.guests(), waiting.note(), false, now);
      store.save(connection, confirmed, null, "promoted");
      // Told through the outbox, in this transaction: the message exists exactly when the promotion does.
      Outbox.enqueue(connection, "promotion:" + event.id() + ":" + confirmed.userId() + ":" + now, confirmed.userId(),
          promotionText(event, confirmed), now);
      promoted.add(confirmed);
      free -= waiting.people();
    }
    return promoted;
  }

  static String promotionText(CalendarEvent event, Rsvp promoted) {
    return "Good news: a place freed up and you're now going to **" + event.title() + "**"
        + (promoted.guests() == 1 ? " with 1 guest" : promoted.guests() > 1 ? " with " + promoted.guests() + " guests" : "")
        + ". If you can't come after all, /rsvp event:" + event.id() + " status:not_going gives the place to the next"
        + " person waiting.";
  }

  /** Since when the member has been coming to the event (going with a place, or maybe); empty when not. */
  public Optional<Instant> comingSince(String eventId, String userId) {
    return database.read(connection -> store.comingSince(connection, eventId, userId));
  }

  public List<Rsvp> roster(String eventId) {
    CalendarEvent event = event(eventId);
    return database.read(connection -> store.forEvent(connection, event.id()));
  }

  public List<Rsvp> mine(String userId) {
    return database.read(connection -> store.forUser(connection, userId));
  }

  public RsvpCounts counts(String eventId) {
    return tally(database.read(connection -> store.forEvent(connection, eventId)));
  }

  /** Counts for many events in one read. */
  public Map<String, RsvpCounts> countsOf(List<String> eventIds) {
    return database.read(connection -> {
      Map<String, RsvpCounts> counts = new HashMap<>();
      for (String id : eventIds) {
        counts.put(id, tally(store.forEvent(connection, id)));
      }
      return counts;
    });
  }

  static RsvpCounts tally(List<Rsvp> rsvps) {
    Map<RsvpStatus, List<Rsvp>> by = rsvps.stream().filter(r -> !r.waitlisted())
        .collect(Collectors.groupingBy(Rsvp::status));
    List<Rsvp> going = by.getOrDefault(RsvpStatus.GOING, List.of());
    return new RsvpCounts(going.size(), going.stream().mapToInt(Rsvp::people).sum(),
        by.getOrDefault(RsvpStatus.MAYBE, List.of()).size(), by.getOrDefault(RsvpStatus.NOT_GOING, List.of()).size(),
        (int) rsvps.stream().filter(Rsvp::waitlisted).count());
  }

  /** @return false when RSVPs were already in that state */
  public boolean setClosed(String eventId, boolean closed, Member by) {
    CalendarEvent event = event(eventId);
    return database.inTransaction(connection -> store.setClosed(connection, event.id(), closed, by.id(), clock.instant()));
  }

  public boolean isClosed(String eventId) {
    return database.read(connection -> store.isClosed(connection, eventId));
  }

  public int historyCount(String eventId) {
    return database.read(connection -> store.historyCount(connection, eventId));
  }
}
