package org.msan.convene.cli;

import java.util.concurrent.CountDownLatch;
import org.msan.convene.Convene;

/**
 * How {@code serve} and {@code web} run: start what the command needs, then wait until the process
 * is stopped (Ctrl-C, SIGTERM) and close the root cleanly, whatever it built. A start that fails
 * closes what it had built before the one-line error.
 */
final class UntilStopped {

  /** What a long-running command starts; it may fail with anything a start can throw. */
  @FunctionalInterface
  interface Start {
    void start() throws Exception;
  }

  private UntilStopped() {}

  static int run(Convene convene, String threadName, Start start) throws Exception {
    try {
      start.start();
    } catch (Exception e) {
      try {
        convene.close();
      } catch (Exception closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        convene.close();
      } catch (Exception e) {
        // the process is ending; nothing more can be done
      } finally {
        stopped.countDown();
      }
    }, threadName));
    stopped.await();
    return 0;
  }
}
