package org.msan.convene.bot;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.msan.convene.events.CalendarEvent;
import org.msan.convene.events.CalendarService;

/** What Discord offers while an event option is typed: upcoming events first, matching the id or the title. */
public final class EventSuggestions implements Function<String, List<Suggestion>> {

  private static final int MAX_SUGGESTIONS = 25;

  private final CalendarService calendars;
  private final Clock clock;

  public EventSuggestions(CalendarService calendars, Clock clock) {
    this.calendars = calendars;
    this.clock = clock;
  }

  @Override
  public List<Suggestion> apply(String typed) {
    String needle = typed.strip().toLowerCase(Locale.ROOT);
    LocalDate today = LocalDate.now(clock);
    var calendar = calendars.current();
    return Stream.concat(calendar.upcoming(today).stream(), calendar.past(today).stream())
        .filter(e -> e.id().contains(needle) || e.title().toLowerCase(Locale.ROOT).contains(needle))
        .limit(MAX_SUGGESTIONS)
        .map(e -> new Suggestion(label(e), e.id()))
        .toList();
  }

  private String label(CalendarEvent event) {
    String label = event.title() + " — " + event.when(clock.getZone()).replace("some time in ", "");
    return label.length() <= 100 ? label : label.substring(0, 99) + "…";
  }
}
