package org.msan.convene.reminders;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How long before an event reminders go out: {@code CONVENE_REMINDERS}, e.g. {@code 7d,1d} or {@code 2h}. */
public final class ReminderLeads {

  public static final String DEFAULT = "7d,1d";
  private static final Pattern LEAD = Pattern.compile("(\\d+)\\s*([dhm])");

  private ReminderLeads() {}

  /** Longest first. @throws IllegalArgumentException one line saying what to write */
  public static List<Duration> parse(String text) {
    List<Duration> leads = new ArrayList<>();
    for (String part : text.split(",")) {
      Matcher lead = LEAD.matcher(part.strip().toLowerCase(Locale.ROOT));
      if (!lead.matches()) {
        throw new IllegalArgumentException("CONVENE_REMINDERS must be a list like 7d,1d (d days, h hours, m minutes)");
      }
      long amount = Long.parseLong(lead.group(1));
      leads.add(switch (lead.group(2)) {
        case "d" -> Duration.ofDays(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofMinutes(amount);
      });
    }
    leads.sort(Comparator.reverseOrder());
    return List.copyOf(leads);
  }

  /** "7d", "1d", "2h": how a lead is recorded and shown. */
  static String label(Duration lead) {
    if (lead.toMinutes() % (24 * 60) == 0) {
      return lead.toDays() + "d";
    }
    return lead.toMinutes() % 60 == 0 ? lead.toHours() + "h" : lead.toMinutes() + "m";
  }
}
