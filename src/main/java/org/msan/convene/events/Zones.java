package org.msan.convene.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.transform.compliance.TzHelper;

/**
 * Time zone names as calendars write them: IANA ids ("America/Chicago") and the Windows names
 * Outlook and Exchange export ("Eastern Standard Time"), mapped through ical4j's table of them.
 */
public final class Zones {

  private Zones() {}

  /**
   * The zone a TZID names, preferring the network's own zone when the two keep the same clocks
   * (Outlook's "Central Standard Time" maps to Winnipeg, whose clocks are Chicago's).
   *
   * @return empty when the name is neither an IANA id nor a known Windows name
   */
  public static Optional<ZoneId> resolve(String tzid, ZoneId networkZone) {
    String name = tzid.strip().replaceAll("^\"|\"$", "");
    Optional<ZoneId> zone = parse(name).or(() -> parse(windowsName(name)));
    return zone.map(z -> sameClocks(z, networkZone) ? networkZone : z);
  }

  /** The IANA id of a Windows zone name, or null: ical4j's table throws for a name in neither. */
  private static String windowsName(String name) {
    try {
      return TzHelper.getCorrectedTimeZoneIdFrom(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Optional<ZoneId> parse(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * True when two zones show the same clock time through the years around now (same offsets in
   * winter and summer, same display name), so naming the other zone would add nothing.
   */
  static boolean sameClocks(ZoneId a, ZoneId b) {
    if (a.equals(b)) {
      return true;
    }
    if (!a.getDisplayName(TextStyle.FULL, Locale.US).equals(b.getDisplayName(TextStyle.FULL, Locale.US))) {
      return false;
    }
    for (int year = 2015; year <= 2035; year++) {
      for (int month : new int[] {1, 4, 7, 11}) {
        Instant probe = LocalDateTime.of(year, month, 15, 12, 0).toInstant(ZoneOffset.UTC);
        if (!a.getRules().getOffset(probe).equals(b.getRules().getOffset(probe))) {
          return false;
        }
      }
    }
    return true;
  }
}
