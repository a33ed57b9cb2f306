package org.msan.convene.events;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.knowledge.KnowledgeFolder;
import org.slf4j.LoggerFactory;

final class CalendarServiceTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @TempDir Path dir;
  private final Logger logger = (Logger) LoggerFactory.getLogger(CalendarService.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private Level levelBefore;

  @BeforeEach
  void listen() {
    levelBefore = logger.getLevel();
    logger.setLevel(Level.DEBUG);
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(logged);
    logger.setLevel(levelBefore);
  }

  @Test
  @DisplayName("A broken events.yaml is logged once per process and below WARN: check reports it, and ask and chat "
      + "print no log line for it on the terminal")
  void brokenCalendarLoggedOnceBelowWarn() throws Exception {
    Files.writeString(dir.resolve("events.yaml"), "events:\n  - id: a\n    title: [oops\n");
    CalendarService calendars = new CalendarService(new KnowledgeFolder(dir),
        new CalendarLoader(CHICAGO, Clock.fixed(Instant.parse("2020-01-01T12:00:00Z"), CHICAGO)));

    EventCalendar first = calendars.current();
    calendars.reload();
    calendars.reload();

    assertThat(first.problems()).extracting(problem -> problem.path() + ":" + problem.line()).containsExactly("events.yaml:3");
    assertThat(logged.list).hasSize(1);
    assertThat(logged.list.get(0).getLevel()).isEqualTo(Level.INFO);
    assertThat(logged.list.get(0).getFormattedMessage()).startsWith("events.yaml:3: not valid YAML");
  }
}
