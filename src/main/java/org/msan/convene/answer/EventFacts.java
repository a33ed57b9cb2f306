package org.msan.convene.answer;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.msan.convene.events.Attendance;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.EventTime;

/**
 * Says what the calendar gives about one event, field by field, in the past tense once it is
 * over; a field the calendar lacks is said to be missing, naming the event, and never guessed.
 */
final class EventFacts {

  /** @param answered false when a field asked for is not in the calendar */
  record Said(String text, boolean answered) {}

  /** Words this short ("of", "and", "the") stay lower case in a title. */
  private static final int SHORT_WORD = 3;

  private final ZoneId networkZone;
  private final Attendance attendance;

  EventFacts(ZoneId networkZone, Attendance attendance) {
    this.networkZone = networkZone;
    this.attendance = attendance;
  }

  /**
   * @param asked the fields asked; a yes/no question ("is there a huddle on the 26th?", "is it online?")
   *     is answered yes or no first
   * @param shownZone the zone a member asked the time in, or null for the event's own
   * @param rule how its series repeats, or empty for a single event
   */
  Said answer(CalendarEvent event, EventField.Asked asked, ZoneId shownZone, LocalDate today, String rule,
      List<CalendarEvent> series) {
    Set<EventField> fields = asked.fields();
    boolean yesNo = asked.yesNo();
    boolean past = !event.isUpcoming(today);
    String name = event.title();
    String when = shownZone == null ? event.when(networkZone) : event.whenIn(shownZone);
    List<String> sentences = new ArrayList<>();
    boolean answered = true;
    if (event.cancelled()) {
      String answer = !fields.contains(EventField.STATUS) && !yesNo ? "" : asked.asksCalledOff() ? "Yes, " : "No, ";
      sentences.add(answer + name + " " + CalendarEvent.on(when) + " has been cancelled.");
      // "Are there office hours on the 23rd?": the series goes on; its next meeting after the one called off.
      series.stream().filter(e -> !e.cancelled() && e.start().firstDay().isAfter(event.lastDay())
              && !e.start().firstDay().isBefore(today)).findFirst()
          .ifPresent(next -> sentences.add("The next one is " + next.when(networkZone) + "."));
      return new Said(String.join(" ", sentences), true);
    }
    if (fields.contains(EventField.STATUS)) {
      sentences.add(!past ? (asked.asksCalledOff() ? "No, it hasn't been cancelled: " : "Yes, it's still on: ") + name
              + " is " + when + "."
          : rule.isEmpty() ? name + " already took place, " + CalendarEvent.on(when) + "."
          : "No, " + name + " has ended: the last one was " + when + ".");
    }
    String is = past ? "was" : "is";
    for (EventField field : fields) {
      switch (field) {
        case WHEN -> {
          // "What time does it start": the time's sentence says the date too, though not where the
          // event is held or how it repeats, which the date's sentence would.
          boolean saidWithTime = fields.contains(EventField.TIME) && event.startTime(networkZone).isPresent()
              && rule.isEmpty() && !fields.contains(EventField.WHERE);
          if (!fields.contains(EventField.DAY) && !saidWithTime) {
            sentences.add(whenSentence(event, name, is, when, rule, past));
          }
        }
        case DAY -> {
          if (event.start().precision() > 0 || !rule.isEmpty()) {
            sentences.add(whenSentence(event, name, is, when, rule, past));
          } else {
            sentences.add(name + " " + is + " in " + EventTime.monthName(YearMonth.from(event.start().firstDay()))
                + "; the calendar doesn't give the day.");
            answered = false;
          }
        }
        case TIME -> {
          if (event.startTime(networkZone).isPresent()) {
            String time = event.startTime(networkZone).get();
            String shown = shownZone == null ? time : event.startTimeIn(shownZone).orElseThrow();
            if (!time.equals(shown)) {
              time += ", which is " + shown + " " + shownZone.getDisplayName(java.time.format.TextStyle.FULL, Locale.US);
            }
            sentences.add(name + (past ? " started at " : " starts at ") + time + " (" + when + ").");
          } else if (!fields.contains(EventField.WHEN) && !fields.contains(EventField.DAY)) {
            sentences.add("The calendar gives no time for " + name + ", only the "
                + (event.start().precision() > 0 ? "date" : "month") + ": " + when + ".");
            answered = false;
          }
          // "When does winter break start?" of an event without a time asks its date, said below.
        }
        case END -> {
          if (event.endTime(networkZone).isPresent()) {
            sentences.add(name + (past ? " ended at " : " ends at ") + event.endTime(networkZone).get() + " (" + when + ").");
          } else if (event.end() != null && event.end().precision() > 0) {
            sentences.add(name + (past ? " ran until " : " runs until ") + CalendarEvent.day(event.lastDay()) + ".");
          } else {
            sentences.add("The calendar gives no end time for " + name + " (" + when + ").");
            answered = false;
          }
        }
        case DURATION -> {
          Said length = length(event, when, past);
          sentences.add(length.text());
          answered &= length.answered();
        }
        case WHERE -> {
          boolean saidWithWhen = rule.isEmpty() && !place(event).isEmpty() && (fields.contains(EventField.WHEN)
              || fields.contains(EventField.DAY) && event.start().precision() > 0);
          if (saidWithWhen) {
            // "When and where is the summit?": the date's sentence says where already.
            continue;
          }
          if (!event.location().isEmpty()) {
            sentences.add(event.isOnline() && !event.isInPerson()
                ? name + " " + is + " " + online(event) + ", " + when + "."
                : name + " " + is + " at " + event.location() + ", " + when + ".");
          } else if (event.isOnline()) {
            sentences.add(name + " " + is + " online, " + when + "; the calendar gives no link.");
          } else {
            sentences.add("The calendar doesn't say where " + name + " " + (past ? "was" : "will be") + " held ("
                + when + ").");
            answered = false;
          }
        }
        case AUDIENCE -> {
          if (!event.audience().isEmpty()) {
            sentences.add(name + " " + is + " for " + lowerFirst(event.audience()) + ".");
          } else {
            sentences.add("The calendar doesn't say who " + name + " " + is + " for (" + when + ").");
            answered = false;
          }
        }
        case ABOUT -> {
          if (!event.description().isEmpty()) {
            sentences.add(name + " (" + when + "): " + event.description());
          } else {
            sentences.add("The calendar gives no description of " + name + " (" + when + ").");
            answered = false;
          }
        }
        case FORMAT -> {
          if (event.isOnline() || event.isInPerson() || !event.kind().isEmpty()) {
            String answer = "";
            if (asked.formatWord() != null && (event.isOnline() || event.isInPerson())) {
              boolean askedInPerson = asked.formatWord().equals(EventField.IN_PERSON_FORMAT);
              answer = askedInPerson == (event.isInPerson() && !event.isOnline()) ? "Yes, " : "No, ";
            }
            sentences.add(answer + name + " " + is + " " + format(event) + ", " + when + ".");
          } else {
            sentences.add("The calendar doesn't say whether " + name + " " + is + " online or in person (" + when + ").");
            answered = false;
          }
        }
        case COUNT -> {
          // "How often"/"how many" of a single event is about something else (the documents may say).
          sentences.add(count(event, series, rule));
          answered &= series.stream().filter(e -> !e.cancelled()).count() > 1;
        }
        case TITLE -> sentences.add("Its full title is “" + name + "” (" + when + ").");
        // A deadline or a capacity the calendar doesn't give is not one: said as the calendar's
        // silence, and left for gaps.
        case DEADLINE -> {
          if (event.rsvpDeadline() == null) {
            sentences.add("The calendar gives no RSVP deadline for " + name + " (" + when + ").");
            answered = false;
          } else {
            sentences.add("RSVPs for " + name + (today.isAfter(event.rsvpDeadline()) ? " closed on " : " close on ")
                + CalendarEvent.day(event.rsvpDeadline()) + ".");
          }
        }
        case CAPACITY, PLACES_LEFT -> {
          if (field == EventField.CAPACITY && fields.contains(EventField.PLACES_LEFT)) {
            // "How many spots are left": the places left say the capacity too.
            continue;
          }
          if (event.capacity() == null) {
            sentences.add("The calendar gives no capacity for " + name + " (" + when + ").");
            answered = false;
          } else {
            sentences.add(field == EventField.CAPACITY ? name + " has room for " + event.capacity() + " people, guests included."
                : placesLeft(event));
          }
        }
        case GOING -> {
          // Counts only: who is going is for coordinators (/rsvps), never in an answer.
          int going = attendance.peopleGoing(event.id());
          String people = going == 0 ? "Nobody" : going == 1 ? "1 person" : going + " people";
          sentences.add(past
              ? people + " said they were going to " + name + " (" + when + ")."
              : people + (going == 1 || going == 0 ? " has" : " have") + " said they're going to " + name
                  + " (" + when + ")" + (event.capacity() == null ? "." : ", of " + event.capacity() + " places."));
        }
        default -> { }
      }
    }
    if (sentences.isEmpty()) {
      sentences.add(describe(event, when, past, rule));
    }
    return new Said(String.join(" ", sentences), answered);
  }

  /** Everything the calendar says about the event, for "tell me about …" and listings of one. */
  String describe(CalendarEvent event, String when, boolean past, String rule) {
    if (event.cancelled()) {
      return event.title() + " " + CalendarEvent.on(when) + " has been cancelled.";
    }
    StringBuilder text = new StringBuilder(event.title()).append(past ? " was " : " is ").append(when)
        .append(place(event));
    if (!rule.isEmpty()) {
      text.append(" (it meets ").append(rule).append(")");
    }
    text.append('.');
    if (!event.audience().isEmpty()) {
      text.append(" For ").append(lowerFirst(event.audience())).append('.');
    }
    if (!event.description().isEmpty()) {
      text.append(' ').append(event.description());
    }
    return text.toString();
  }

  /** "Governing Board Meeting, Thursday, January 21, 2027, 10:00 AM–12:00 PM Eastern Time, at Shaker Heights, OH." */
  String summary(CalendarEvent event, ZoneId zone, LocalDate today) {
    String rule = event.recurrence() == null ? "" : " (it meets " + event.recurrence().rule() + ")";
    return event.title() + ", " + event.when(zone) + place(event) + rule + (event.cancelled() ? " (cancelled)" : "") + ".";
  }

  /** "Data Office Hours meets 21 times, weekly on Tuesdays, from … to … (not on December 22)." */
  private String count(CalendarEvent event, List<CalendarEvent> series, String rule) {
    List<CalendarEvent> held = series.stream().filter(e -> !e.cancelled()).toList();
    if (held.size() <= 1) {
      return event.title() + " takes place once: " + event.when(networkZone) + ".";
    }
    DateTimeFormatter day = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    List<String> skipped = series.stream().filter(CalendarEvent::cancelled)
        .map(e -> DateTimeFormatter.ofPattern("MMMM d", Locale.US).format(e.start().firstDay())).toList();
    return event.title() + " meets " + held.size() + " times" + (rule.isEmpty() ? "" : ", " + rule) + ", from "
        + day.format(held.get(0).start().firstDay()) + " to " + day.format(held.get(held.size() - 1).start().firstDay())
        + (skipped.isEmpty() ? "" : " (not on " + String.join(", ", skipped) + ")") + ".";
  }

  private Said length(CalendarEvent event, String when, boolean past) {
    String lasts = past ? " lasted " : " lasts ";
    if (event.duration().isPresent()) {
      return new Said(event.title() + lasts + hours(event.duration().get()) + " (" + when + ").", true);
    }
    if (event.days().isPresent()) {
      int days = event.days().get();
      return new Said(event.title() + lasts + (days == 1 ? "one day" : days + " days") + " (" + when + ").", true);
    }
    return new Said("The calendar doesn't say how long " + event.title() + " " + (past ? "was" : "is") + " (" + when + ").",
        false);
  }

  private String placesLeft(CalendarEvent event) {
    int left = Math.max(0, event.capacity() - attendance.peopleGoing(event.id()));
    return left == 0
        ? event.title() + " is full: all " + event.capacity() + " places are taken, and further RSVPs join the waitlist."
        : left + " of " + event.capacity() + " places are left for " + event.title() + ".";
  }

  private static String place(CalendarEvent event) {
    if (event.location().isEmpty()) {
      return event.isOnline() ? ", online" : "";
    }
    return event.isOnline() && !event.isInPerson() ? ", " + online(event) : ", at " + event.location();
  }

  /**
   * "online (Zoom)"; a location that already says so ("Online (link sent on registration)") as
   * written; one with brackets of its own ("Zoom (link sent to directors)") after a comma, not in
   * brackets within brackets.
   */
  private static String online(CalendarEvent event) {
    String location = event.location();
    if (location.toLowerCase(Locale.ROOT).startsWith("online")) {
      return location;
    }
    return location.contains("(") ? "online, " + location : "online (" + location + ")";
  }

  private static String format(CalendarEvent event) {
    if (event.isOnline() && !event.isInPerson()) {
      return event.location().isEmpty() ? "online" : online(event);
    }
    if (event.isInPerson()) {
      return event.location().isEmpty() ? "in person" : "in person, at " + event.location();
    }
    return "a " + event.kind() + " event";
  }

  /** "2 hours", "1 hour 30 minutes", "45 minutes". */
  static String hours(Duration duration) {
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    List<String> parts = new ArrayList<>();
    if (hours > 0) {
      parts.add(hours + (hours == 1 ? " hour" : " hours"));
    }
    if (minutes > 0 || hours == 0) {
      parts.add(minutes + (minutes == 1 ? " minute" : " minutes"));
    }
    return String.join(" ", parts);
  }

  /**
   * "High school students" reads "for high school students", "New Bridges mentors" "for new Bridges
   * mentors"; an acronym ("RPC members") and a name in title case ("Board of Directors; open to the
   * public": every word of the first phrase but the short ones capitalized) keep their case.
   */
  private static String lowerFirst(String text) {
    // Of its first phrase: "Board of Directors; open to the public" is a name, then a note.
    String[] words = text.strip().split("[;,(]")[0].strip().split("\\s+");
    boolean titleCase = words.length > 1 && Arrays.stream(words).filter(word -> word.length() > SHORT_WORD)
        .allMatch(word -> Character.isUpperCase(word.charAt(0)));
    if (!titleCase && text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }

  /** "X is Tuesday, May 5, 2026, at …" or, for a series, how it repeats and its next (or last) meeting. */
  private String whenSentence(CalendarEvent event, String name, String is, String when, String rule, boolean past) {
    return rule.isEmpty() ? name + " " + is + " " + when + place(event) + "."
        : name + " meets " + rule + "; " + (past ? "the last one was " : "the next one is ") + when + ".";
  }
}
