package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.Convene;
import org.msan.convene.config.Settings;

final class FolderWatcherTest {

  @TempDir Path knowledge;
  @TempDir Path data;

  private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
  }

  @Test
  @DisplayName("Several quick writes lead to one refresh; editor temporaries lead to none")
  void debouncesWrites() throws Exception {
    AtomicInteger refreshes = new AtomicInteger();
    try (FolderWatcher watcher = FolderWatcher.start(knowledge, refreshes::incrementAndGet, 300)) {
      Files.writeString(knowledge.resolve(".notes.md.swp"), "x");
      Thread.sleep(800);
      assertThat(refreshes).hasValue(0);

      for (int i = 0; i < 5; i++) {
        Files.writeString(knowledge.resolve("a.md"), "# A\n\nVersion " + i + "\n");
        Thread.sleep(30);
      }
      await(() -> refreshes.get() > 0);
      Thread.sleep(600);

      assertThat(refreshes).hasValue(1);
    }
  }

  @Test
  @DisplayName("While watching, a saved change reaches the answers without a restart, re-embedding only that file")
  void liveReindex() throws Exception {
    TestFiles.write(knowledge, "cost.md", "# Cost\n\nThe fee is $20,000 per district team.\n");
    TestFiles.write(knowledge, "values.md", "# Core Values\n\n- Students' voices must be centered\n");
    try (Convene convene = new Convene(new Settings(knowledge, data, null, Settings.DEFAULT_TIME_ZONE))) {
      convene.watchFolder();
      assertThat(convene.answers().answer("How much is the fee?", 3).text()).contains("$20,000");

      TestFiles.write(knowledge, "cost.md", "# Cost\n\nThe fee is now $15,000 per district team.\n");
      await(() -> convene.answers().answer("How much is the fee?", 3).text().contains("$15,000"));

      assertThat(convene.answers().answer("How much is the fee?", 3).text()).contains("$15,000");
      IndexReport again = convene.refreshIndex();
      assertThat(again.changedAnything()).isFalse();
    }
  }

  @Test
  @DisplayName("Folders made and removed at once (a rename right after creation) do not stop the watching")
  void survivesVanishingFolders() throws Exception {
    AtomicInteger refreshes = new AtomicInteger();
    try (FolderWatcher watcher = FolderWatcher.start(knowledge, refreshes::incrementAndGet, 200)) {
      for (int i = 0; i < 30; i++) {
        Path folder = Files.createDirectories(knowledge.resolve("new-" + i + "/inner"));
        Files.delete(folder);
        Files.delete(folder.getParent());
      }
      await(() -> refreshes.get() > 0);
      Thread.sleep(400);
      int before = refreshes.get();

      Files.createDirectories(knowledge.resolve("kept"));
      Thread.sleep(300);
      Files.writeString(knowledge.resolve("kept/b.md"), "# B\n\nStill watched.\n");
      await(() -> refreshes.get() > before + 1);

      assertThat(refreshes.get()).isGreaterThan(before + 1);
    }
  }
}
