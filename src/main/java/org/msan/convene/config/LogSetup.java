package org.msan.convene.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Logging, set up in code: one line per event on stderr, at {@code CONVENE_LOG_LEVEL} (default
 * WARN). Logback finds it through {@code META-INF/services} before it would look for a
 * {@code logback.xml}; reading an XML file costs half a second of start-up (its parser and Joran),
 * which every command would pay. An operator's own file still wins
 * ({@code -Dlogback.configurationFile=FILE}), and so does a {@code logback-test.xml}, as logback
 * itself prefers it: the tests' quiet set-up.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";
  /** Libraries that log what Convene reports itself, or more than an operator can use. */
  static final Map<String, Level> QUIETER = Map.of(
      // PDFBox reports every damaged stream with a stack trace; the parser says what it could not read.
      "org.apache.pdfbox", Level.OFF,
      "org.apache.fontbox", Level.OFF,
      "org.apache.poi", Level.ERROR,
      "ai.djl", Level.ERROR);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null
        || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(System.getenv("CONVENE_LOG_LEVEL"), Level.WARN));
    root.addAppender(stderr);
    QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
