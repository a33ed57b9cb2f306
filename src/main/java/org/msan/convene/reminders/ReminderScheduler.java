package org.msan.convene.reminders;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.msan.convene.outbox.DirectMessenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every period, on one background thread: queues the reminders that fell due and sends what the
 * outbox holds (reminders and waitlist promotions, also those queued by another process); closing
 * it stops it cleanly.
 */
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
          LOG.info("sent {} direct messages", sent);
        }
      } catch (RuntimeException e) {
        LOG.warn("sending reminders and messages failed: {}", e.getMessage());
      }
    }, 0, periodSeconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdown();
    timer.awaitTermination(10, TimeUnit.SECONDS);
  }
}
