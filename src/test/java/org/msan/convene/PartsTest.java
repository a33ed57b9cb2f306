package org.msan.convene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class PartsTest {

  private final List<String> closed = new ArrayList<>();

  private AutoCloseable part(String name) {
    return () -> closed.add(name);
  }

  @Test
  @DisplayName("A part is built once, when first asked for; one never asked for is never built")
  void builtOnceOnFirstUse() {
    Parts parts = new Parts();
    AtomicInteger builds = new AtomicInteger();
    Parts.Lazy<String> asked = parts.lazy(() -> "built " + builds.incrementAndGet());
    Parts.Lazy<String> never = parts.lazy(() -> {
      throw new AssertionError("never asked for");
    });

    assertThat(asked.isBuilt()).isFalse();
    assertThat(asked.get()).isEqualTo("built 1");
    assertThat(asked.get()).isEqualTo("built 1");
    assertThat(never.isBuilt()).isFalse();
    never.ifBuilt(value -> {
      throw new AssertionError("not built");
    });
  }

  @Test
  @DisplayName("Two parts are built at once on two threads; a third waiting for one of them gets it, built once")
  void independentPartsBuildTogether() throws Exception {
    Parts parts = new Parts();
    CountDownLatch slowStarted = new CountDownLatch(1);
    CompletableFuture<Void> release = new CompletableFuture<>();
    AtomicInteger slowBuilds = new AtomicInteger();
    Parts.Lazy<String> slow = parts.lazy(() -> {
      slowBuilds.incrementAndGet();
      slowStarted.countDown();
      release.join();
      return "database";
    });
    Parts.Lazy<String> quick = parts.lazy(() -> "model");
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = threads.submit(slow::get);
      slowStarted.await();
      Future<String> second = threads.submit(slow::get);

      assertThat(quick.get()).as("not held up by the slow build").isEqualTo("model");
      release.complete(null);
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("database");
      assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("database");
      assertThat(slowBuilds).hasValue(1);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  @DisplayName("Closing closes what was built, the last built first, and goes on past a part that fails to close")
  void closesInReverse() throws Exception {
    Parts parts = new Parts();
    Parts.Lazy<AutoCloseable> database = parts.lazyClosed(() -> part("database"));
    Parts.Lazy<AutoCloseable> unused = parts.lazyClosed(() -> part("unused"));
    database.get();
    parts.closing(() -> {
      throw new IllegalStateException("scheduler would not stop");
    });
    parts.closing(part("bot"));

    assertThatThrownBy(parts::close).hasMessage("scheduler would not stop");
    assertThat(closed).containsExactly("bot", "database");
    assertThat(unused.isBuilt()).isFalse();
    assertThatThrownBy(() -> parts.closing(part("late"))).isInstanceOf(IllegalStateException.class);
    assertThat(closed).as("built after the close, closed at once").endsWith("late");
  }
}
