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

  private final Runnable sendQueued;

  public ReminderScheduler(ReminderService reminders, DirectMessenger messenger, long periodSeconds) {
    this.sendQueued = logged(() -> reminders.sendQueued(messenger));
    timer.scheduleWithFixedDelay(logged(() -> reminders.sendDue(messenger)), 0, periodSeconds, TimeUnit.SECONDS);
  }

  private static Runnable logged(java.util.function.IntSupplier send) {
    return () -> {
      try {
        int sent = send.getAsInt();
        if (sent > 0) {
          LOG.info("sent {} direct messages", sent);
        }
      } catch (RuntimeException e) {
        LOG.warn("sending reminders and messages failed: {}", e.getMessage());
      }
    };
  }

  /**
   * Sends what the outbox holds now, on the same thread as the scheduled rounds: after a member's
   * action that may have queued messages (a promotion, an answer taught), they go out at once
   * rather than at the next period. Reminders are still looked for only once a period.
   */
  public void nudge() {
    try {
      timer.execute(sendQueued);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // shutting down: the next start sends what waits
    }
  }

  @Override
  public void close() throws InterruptedException {
    timer.shutdown();
    timer.awaitTermination(10, TimeUnit.SECONDS);
  }
}
