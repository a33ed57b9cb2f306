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

  private final Runnable round;

  public ReminderScheduler(ReminderService reminders, DirectMessenger messenger, long periodSeconds) {
    this.round = () -> {
      try {
        int sent = reminders.sendDue(messenger);
        if (sent > 0) {
          LOG.info("sent {} direct messages", sent);
        }
      } catch (RuntimeException e) {
        LOG.warn("sending reminders and messages failed: {}", e.getMessage());
      }
    };
    timer.scheduleWithFixedDelay(round, 0, periodSeconds, TimeUnit.SECONDS);
  }

  /**
   * Runs a round now, on the same thread as the scheduled ones: after a member's action that may
   * have queued messages (a promotion, an answer taught), they go out at once rather than at the
   * next period.
   */
  public void nudge() {
    if (!timer.isShutdown()) {
      timer.execute(round);
    }
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdown();
    timer.awaitTermination(10, TimeUnit.SECONDS);
  }
}
