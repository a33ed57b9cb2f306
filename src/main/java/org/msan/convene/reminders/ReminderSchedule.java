package org.msan.convene.reminders;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * When reminders go out: how long before an event ({@code CONVENE_REMINDERS}) and, for an event
 * known only by its day or month, at what hour of the network's day ({@code CONVENE_REMINDER_HOUR}):
 * a reminder "1 day before" a day-long event goes out the day before at that hour, not at midnight.
 *
 * @param leads longest first
 */
public record ReminderSchedule(List<Duration> leads, LocalTime sendAt) {

  public static final ReminderSchedule DEFAULT = new ReminderSchedule(ReminderLeads.parse(ReminderLeads.DEFAULT),
      LocalTime.of(9, 0));

  public ReminderSchedule {
    leads = List.copyOf(leads);
    Objects.requireNonNull(sendAt, "sendAt");
  }

  /**
   * @param leads as {@code CONVENE_REMINDERS} writes them, or null for 7d,1d
   * @param hour the hour 0–23, or null for 9
   * @throws IllegalArgumentException one line saying what to write
   */
  public static ReminderSchedule parse(String leads, String hour) {
    LocalTime sendAt = DEFAULT.sendAt();
    if (hour != null && !hour.isBlank()) {
      try {
        sendAt = LocalTime.of(Integer.parseInt(hour.strip()), 0);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("CONVENE_REMINDER_HOUR must be an hour from 0 to 23, like 9");
      }
    }
    return new ReminderSchedule(leads == null ? DEFAULT.leads() : ReminderLeads.parse(leads), sendAt);
  }
}
