package org.msan.convene;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the composition root has built: each part once, the first time a command asks for it, and
 * whatever needs closing closed with the root, the last built first (a scheduler before the
 * database it writes to). A part never asked for is never built, nor loaded.
 */
final class Parts implements Closeable {

  /** How long closing waits for background work to stop: copying the embedding model takes seconds at most. */
  private static final long BACKGROUND_WAIT_SECONDS = 30;

  private final Deque<AutoCloseable> built = new ArrayDeque<>();
  private boolean closed;

  /** A part {@code build} makes the first time it is asked for; its parts are built inside. */
  <T> Lazy<T> lazy(Supplier<T> build) {
    return new Lazy<>(build);
  }

  /** As {@link #lazy}, and closed with the root once built. */
  <T extends AutoCloseable> Lazy<T> lazyClosed(Supplier<T> build) {
    return lazy(() -> closing(build.get()));
  }

  /** Daemon threads for work in the background, stopped with the root once their work has stopped. */
  Lazy<ExecutorService> lazyThreads(String name, int threads) {
    return lazy(() -> {
      ExecutorService executor = Executors.newFixedThreadPool(threads, runnable -> {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
      });
      // A task still writing (the model's files being copied into the data folder) finishes before
      // the root is closed, so nothing writes into a folder its owner is about to remove.
      closing(() -> {
        executor.shutdownNow();
        executor.awaitTermination(BACKGROUND_WAIT_SECONDS, TimeUnit.SECONDS);
      });
      return executor;
    });
  }

  /** Closes {@code part} with the root; for parts a command starts itself (a watcher, a server). */
  synchronized <T extends AutoCloseable> T closing(T part) {
    Objects.requireNonNull(part, "part");
    if (closed) {
      // Built while the root was closing (a shutdown during start-up): it goes at once.
      try {
        part.close();
      } catch (Exception e) {
        // already failing below
      }
      throw new IllegalStateException("already closed");
    }
    built.push(part);
    return part;
  }

  @Override
  public void close() throws IOException {
    Exception failed = null;
    while (true) {
      AutoCloseable part;
      synchronized (this) {
        closed = true;
        part = built.poll();
      }
      if (part == null) {
        break;
      }
      try {
        part.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failed = first(failed, e);
      } catch (Exception e) {
        failed = first(failed, e);
      }
    }
    if (failed instanceof IOException io) {
      throw io;
    }
    if (failed instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failed != null) {
      throw new IOException("closing failed: " + failed.getMessage(), failed);
    }
  }

  private static Exception first(Exception failed, Exception next) {
    if (failed == null) {
      return next;
    }
    failed.addSuppressed(next);
    return failed;
  }

  /**
   * One part, built on first use, once. Reading a built part takes no lock; building takes this
   * part's own lock, so two threads may build two parts at once (the database while the model
   * loads). A part's build takes the locks of the parts it needs, and parts never need each other
   * both ways, so no two builds wait on each other.
   */
  static final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> build;
    private volatile T value;

    private Lazy(Supplier<T> build) {
      this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public T get() {
      T part = value;
      if (part != null) {
        return part;
      }
      synchronized (this) {
        if (value == null) {
          value = Objects.requireNonNull(build.get(), "a part was built as null");
        }
        return value;
      }
    }

    boolean isBuilt() {
      return value != null;
    }

    /** Runs {@code use} on the part only if something has built it: what was never built needs no care. */
    void ifBuilt(Consumer<T> use) {
      T part = value;
      if (part != null) {
        use.accept(part);
      }
    }
  }
}
