package org.msan.convene.knowledge;

import java.io.IOException;
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

  private void watch() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            relevant = true;
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
        }
        key.reset();
        if (relevant) {
          schedule();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.warn("stopped watching {}: {}", root, e.getMessage());
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
