package org.msan.convene.reminders;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the reminders every minute on one background thread; closing it stops it cleanly. */
public final class ReminderScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderScheduler.class);

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "convene-reminders");
    thread.setDaemon(true);
    return thread;
  });

  public ReminderScheduler(ReminderService reminders, DirectMessenger messenger, long periodSeconds) {
    timer.scheduleWithFixedDelay(() -> {
      try {
        int sent = reminders.sendDue(messenger);
        if (sent > 0) {
          LOG.info("sent {} reminders", sent);
        }
      } catch (RuntimeException e) {
        LOG.warn("sending reminders failed: {}", e.getMessage());
      }
    }, 0, periodSeconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdown();
    timer.awaitTermination(10, TimeUnit.SECONDS);
  }
}
