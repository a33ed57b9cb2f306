package org.msan.convene.events;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;

/**
 * A recurring series as iCalendar, for {@link IcsWriter}. In: every occurrence of one series as the
 * calendar holds them (with the start the series gives each, {@link CalendarEvent.Recurrence#original});
 * out: its master VEVENT (DTSTART, RRULE, RDATE for dates the rule doesn't give, EXDATE for sessions
 * the series cancels) and a VEVENT with RECURRENCE-ID for each session changed on its own. Every
 * date of the series is written as its DTSTART is: a day, a time in the same zone, or UTC.
 */
final class IcsSeries {

  private IcsSeries() {}

  /**
   * A series: its master, with the rule, the dates the rule does not give (RDATE) and the
   * occurrences cancelled by the series (EXDATE), and a VEVENT for each occurrence changed on its own.
   */
  static List<VEvent> components(String seriesId, List<CalendarEvent> occurrences) {
    List<CalendarEvent> sorted = occurrences.stream()
        .sorted(Comparator.comparing(e -> instantOf(original(e)))).toList();
    CalendarEvent template = sorted.stream().filter(e -> !e.recurrence().overridden()).findFirst()
        .orElse(sorted.get(0));
    EventTime seriesStart = original(sorted.get(0));
    EventTime seriesEnd = template.end() == null ? null : shifted(seriesStart, between(template.start(), template.end()));

    VEvent master = new VEvent(false);
    master.add(new Uid(IcsWriter.uid(seriesId)));
    IcsWriter.times(master, seriesStart, seriesEnd);
    String rrule = template.recurrence().rrule();
    if (!rrule.isEmpty()) {
      master.add(new RRule<>(rrule));
    }
    IcsWriter.describe(master, template, IcsWriter.mixed(template));
    boolean allCancelled = sorted.stream().allMatch(e -> e.cancelled() && !e.recurrence().overridden());
    if (allCancelled) {
      master.add(new Status(Status.VALUE_CANCELLED));
    }
    Set<String> generated = generated(rrule, seriesStart, original(sorted.get(sorted.size() - 1)));
    List<EventTime> extra = new ArrayList<>();
    List<EventTime> excluded = new ArrayList<>();
    for (CalendarEvent occurrence : sorted) {
      EventTime original = original(occurrence);
      if (!instantOf(original).equals(instantOf(seriesStart)) && !generated.contains(instantOf(original))) {
        extra.add(original);
      }
      if (occurrence.cancelled() && !occurrence.recurrence().overridden() && !allCancelled) {
        excluded.add(original);
      }
    }
    if (!extra.isEmpty()) {
      master.add(dateList(seriesStart, extra, true));
    }
    if (!excluded.isEmpty()) {
      master.add(dateList(seriesStart, excluded, false));
    }
    List<VEvent> components = new ArrayList<>();
    components.add(master);
    for (CalendarEvent occurrence : sorted) {
      if (!occurrence.recurrence().overridden()) {
        continue;
      }
      VEvent changed = new VEvent(false);
      changed.add(new Uid(IcsWriter.uid(seriesId)));
      changed.add(new RecurrenceId<>(temporal(original(occurrence), seriesStart)));
      IcsWriter.times(changed, occurrence.start(), occurrence.end());
      IcsWriter.describe(changed, occurrence, IcsWriter.mixed(occurrence));
      if (occurrence.cancelled()) {
        changed.add(new Status(Status.VALUE_CANCELLED));
      }
      components.add(changed);
    }
    return components;
  }

  private static EventTime original(CalendarEvent occurrence) {
    EventTime original = occurrence.recurrence().original();
    return original != null ? original : occurrence.start();
  }

  /** The starts the rule gives from the series' start up to its last known occurrence, as instants or days. */
  private static Set<String> generated(String rrule, EventTime start, EventTime last) {
    Set<String> starts = new LinkedHashSet<>();
    if (rrule.isEmpty()) {
      return starts;
    }
    Recur<Temporal> recur = new Recur<>(rrule);
    List<Temporal> dates;
    if (start instanceof EventTime.Moment moment) {
      ZonedDateTime seed = moment.at();
      ZonedDateTime until = last instanceof EventTime.Moment end ? end.at().withZoneSameInstant(seed.getZone())
          .plusSeconds(1) : last.lastDay().plusDays(1).atStartOfDay(seed.getZone());
      dates = recur.getDates(seed, seed, until, Integer.MAX_VALUE);
      dates.forEach(date -> starts.add(ZonedDateTime.from(date).toInstant().toString()));
    } else {
      LocalDate seed = start.firstDay();
      dates = recur.getDates(seed, seed, last.firstDay().plusDays(1), Integer.MAX_VALUE);
      dates.forEach(date -> starts.add(LocalDate.from(date).toString()));
    }
    return starts;
  }

  /** RDATE or EXDATE: the same kind of value as DTSTART, in its zone (RFC 5545 §3.8.5.1-2). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Property dateList(EventTime seriesStart, List<EventTime> times, boolean rdate) {
    List<Temporal> values = times.stream().map(t -> temporal(t, seriesStart)).toList();
    DateList list = new DateList(values);
    ParameterList parameters = new ParameterList();
    if (values.get(0) instanceof ZonedDateTime zoned) {
      parameters = new ParameterList(List.of(new TzId(zoned.getZone().getId())));
    } else if (values.get(0) instanceof LocalDate) {
      parameters = new ParameterList(List.of(Value.DATE));
    }
    return rdate ? new RDate(parameters, list) : new ExDate(parameters, list);
  }

  /** A time written as the series' start is: a day, a time in its zone, or UTC. */
  private static Temporal temporal(EventTime time, EventTime like) {
    if (like instanceof EventTime.Moment pattern && time instanceof EventTime.Moment moment) {
      Temporal shape = IcsWriter.temporal(pattern.at());
      return shape instanceof ZonedDateTime zoned ? moment.at().withZoneSameInstant(zoned.getZone())
          : moment.at().toInstant();
    }
    return time.firstDay();
  }

  private static String instantOf(EventTime time) {
    return time instanceof EventTime.Moment moment ? moment.at().toInstant().toString() : time.firstDay().toString();
  }

  private static Duration between(EventTime start, EventTime end) {
    if (start instanceof EventTime.Moment from && end instanceof EventTime.Moment to) {
      return Duration.between(from.at(), to.at());
    }
    return Duration.ofDays(end.lastDay().toEpochDay() - start.firstDay().toEpochDay());
  }

  private static EventTime shifted(EventTime start, Duration length) {
    if (start instanceof EventTime.Moment moment) {
      return new EventTime.Moment(moment.at().plus(length));
    }
    return new EventTime.Day(start.firstDay().plusDays(length.toDays()));
  }
}
