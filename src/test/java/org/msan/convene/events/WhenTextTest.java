package org.msan.convene.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class WhenTextTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static EventTime.Moment at(String time, ZoneId zone) {
    return new EventTime.Moment(ZonedDateTime.of(java.time.LocalDateTime.parse(time), zone));
  }

  @Test
  @DisplayName("A time in another zone is given on the network's clocks too, with the day when that differs there")
  void anotherZoneOnTheNetworksClocks() {
    assertThat(WhenText.describe(at("2027-02-17T14:00", NEW_YORK), at("2027-02-17T15:00", NEW_YORK), DENVER))
        .isEqualTo("Wednesday, February 17, 2027, 2:00–3:00 PM Eastern Time / 12:00–1:00 PM Mountain Time");
    assertThat(WhenText.describe(at("2027-02-18T01:00", NEW_YORK), null, DENVER))
        .isEqualTo("Thursday, February 18, 2027, 1:00 AM Eastern Time / Wednesday, February 17, 2027, 11:00 PM Mountain Time");
  }

  @Test
  @DisplayName("A time in the network's zone names no zone")
  void networkZone() {
    assertThat(WhenText.describe(at("2027-02-17T14:00", DENVER), at("2027-02-17T15:30", DENVER), DENVER))
        .isEqualTo("Wednesday, February 17, 2027, 2:00–3:30 PM");
  }
}
