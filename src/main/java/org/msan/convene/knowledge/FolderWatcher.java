package org.msan.convene.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the knowledge folder (and its subfolders) and runs a refresh once the files have been
 * quiet for a moment: editors often write a file several times in a row, and one refresh is enough.
 */
public final class FolderWatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

  private final Path root;
  private final Runnable refresh;
  private final long quietMillis;
  private final WatchService watcher;
  private final ScheduledExecutorService scheduler;
  private final Thread loop;
  private ScheduledFuture<?> pending;

  private FolderWatcher(Path root, Runnable refresh, long quietMillis) throws IOException {
    this.root = root;
    this.refresh = refresh;
    this.quietMillis = quietMillis;
    this.watcher = FileSystems.getDefault().newWatchService();
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "convene-refresh");
      thread.setDaemon(true);
      return thread;
    });
    registerTree(root);
    this.loop = new Thread(this::watch, "convene-watcher");
    loop.setDaemon(true);
  }

  /** Starts watching; {@code refresh} runs on one background thread, never two at once. */
  public static FolderWatcher start(Path root, Runnable refresh, long quietMillis) throws IOException {
    FolderWatcher watcher = new FolderWatcher(root, refresh, quietMillis);
    watcher.loop.start();
    return watcher;
  }

  private void registerTree(Path dir) throws IOException {
    try (Stream<Path> dirs = Files.walk(dir)) {
      for (Path each : dirs.filter(Files::isDirectory).toList()) {
        if (!KnowledgeFolder.isIgnored(root.relativize(each).toString().replace('\\', '/')) || each.equals(root)) {
          each.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
        }
      }
    }
  }

  /**
   * Runs until closed. A failure on one event (a folder renamed or removed right after it was
   * created) is logged and the watching goes on; after an overflow (events were lost) the whole
   * tree is registered again, so a subfolder made meanwhile is not missed.
   */
  private void watch() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          try {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
              relevant = true;
              registerTree(root);
              continue;
            }
            Path changed = dir.resolve((Path) event.context());
            String relative = root.relativize(changed).toString().replace('\\', '/');
            if (KnowledgeFolder.isIgnored(relative)) {
              continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
              registerTree(changed);
            }
          } catch (IOException | UncheckedIOException e) {
            LOG.warn("could not watch a change in {}: {}; still watching the rest", dir, e.getMessage());
          }
        }
        key.reset();
        if (relevant) {
          schedule();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void schedule() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = scheduler.schedule(this::runRefresh, quietMillis, TimeUnit.MILLISECONDS);
  }

  private void runRefresh() {
    try {
      refresh.run();
    } catch (RuntimeException e) {
      LOG.warn("refreshing after a change in {} failed: {}", root, e.getMessage());
    }
  }

  @Override
  public void close() throws IOException {
    loop.interrupt();
    watcher.close();
    scheduler.shutdown();
  }
}
