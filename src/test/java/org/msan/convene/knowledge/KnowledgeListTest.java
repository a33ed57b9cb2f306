package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msan.convene.bot.BotCommand;
import org.msan.convene.bot.CommandRequest;
import org.msan.convene.bot.KnowledgeCommands;
import org.msan.convene.database.Database;

/**
 * {@code /knowledge-list} shows the date a document's front matter gives as its last update, else
 * its file's, and a file the index skips with the reason.
 */
final class KnowledgeListTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  /** Late on February 3 in Chicago, already February 4 in UTC. */
  private static final Instant FILE_TIME = Instant.parse("2020-02-04T03:00:00Z");

  @TempDir Path dir;

  @Test
  @DisplayName("A document's 'updated:' date is its last update; without one, or with one that is not a date, "
      + "the file's time in the network's zone")
  void frontMatterDateWins() throws Exception {
    Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
    write(knowledge.resolve("dated.md"), "---\ntitle: Dated\nupdated: 2019-10-01\n---\n# Dated\n\nThe fee is $20,000.\n");
    write(knowledge.resolve("timed.md"), "---\ntitle: Timed\nupdated: 2021-05-06T10:00\n---\n# Timed\n\nIt meets in May.\n");
    write(knowledge.resolve("undated.md"), "# Undated\n\nLunch is at noon.\n");
    write(knowledge.resolve("vague.md"), "---\ntitle: Vague\nupdated: last spring\n---\n# Vague\n\nParking is free.\n");
    write(knowledge.resolve("notes.txt"), "Notes\n\nBring a laptop.\n");
    Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), CHICAGO);

    try (Database database = Database.open(dir.resolve("data/convene.db"));
        EmbeddingCache cache = TestEmbedders.cache(dir.resolve("data"));
        PassageIndex index = new PassageIndex(dir.resolve("data/index"), new TextAnalysis(),
            TestEmbedders.embedder(cache))) {
      KnowledgeFiles files = new KnowledgeFiles(new KnowledgeFolder(knowledge), index,
          new KnowledgeAudit(database, clock), dir.resolve("data/trash"), clock, path -> { });

      List<KnowledgeFiles.Listed> listed = files.list(null);
      BotCommand list = KnowledgeCommands.commands(files).stream()
          .filter(command -> command.name().equals("knowledge-list")).findFirst().orElseThrow();
      String reply = list.handle(new CommandRequest("s1", "Sam", false, true, true, Map.of())).text();

      assertThat(listed).extracting(KnowledgeFiles.Listed::path, KnowledgeFiles.Listed::updated).containsExactly(
          tuple("dated.md", LocalDate.of(2019, 10, 1)),
          tuple("notes.txt", LocalDate.of(2020, 2, 3)),
          tuple("timed.md", LocalDate.of(2021, 5, 6)),
          tuple("undated.md", LocalDate.of(2020, 2, 3)),
          tuple("vague.md", LocalDate.of(2020, 2, 3)));
      assertThat(reply).contains("• `dated.md` — 1 passage, updated Oct 1, 2019",
          "• `undated.md` — 1 passage, updated Feb 3, 2020");
    }
  }

  @Test
  @DisplayName("A file the index skips is listed as skipped with check's reason, and the counts are index's")
  void skippedFilesListedWithTheirReason() throws Exception {
    Path knowledge = Files.createDirectories(dir.resolve("knowledge"));
    write(knowledge.resolve("good.md"), "# Good\n\nThe fee is $20,000.\n");
    write(knowledge.resolve("broken-front.md"), "---\ntitle: [unclosed\n---\nBody text.\n");
    write(knowledge.resolve("typo.md"), "---\ntitel: Hello\n---\nBody text.\n");
    write(knowledge.resolve("unclosed.md"), "---\ntitle: Hi\nBody never closed.\n");
    write(knowledge.resolve("empty.md"), "");
    Files.write(knowledge.resolve("renamed.pdf"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
    Files.write(knowledge.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7, 8});
    Clock clock = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), CHICAGO);

    try (Database database = Database.open(dir.resolve("data/convene.db"));
        EmbeddingCache cache = TestEmbedders.cache(dir.resolve("data"));
        PassageIndex index = new PassageIndex(dir.resolve("data/index"), new TextAnalysis(),
            TestEmbedders.embedder(cache))) {
      KnowledgeFolder folder = new KnowledgeFolder(knowledge);
      KnowledgeFiles files = new KnowledgeFiles(folder, index, new KnowledgeAudit(database, clock),
          dir.resolve("data/trash"), clock, path -> { });
      IndexReport indexed = index.refresh(folder);

      List<KnowledgeFiles.Listed> listed = files.list(null);
      String reply = KnowledgeCommands.commands(files).stream()
          .filter(command -> command.name().equals("knowledge-list")).findFirst().orElseThrow()
          .handle(new CommandRequest("s1", "Sam", false, true, true, Map.of())).text();

      assertThat(listed.stream().filter(file -> !file.isSkipped()).count()).isEqualTo(indexed.documents()).isEqualTo(1);
      assertThat(listed.stream().filter(KnowledgeFiles.Listed::isSkipped).map(KnowledgeFiles.Listed::skipped))
          .containsExactlyElementsOf(indexed.skipped());
      Problem typo = indexed.skipped().stream().filter(p -> p.path().equals("typo.md")).findFirst().orElseThrow();
      assertThat(reply).startsWith("1 document and 6 skipped files:").contains(
          "• `good.md` — 1 passage, updated Feb 3, 2020",
          "• `typo.md` — skipped, line 2: " + typo.reason(),
          "• `empty.md` — skipped: no text in the file",
          "• `binary.txt` — skipped: binary content, not a text file",
          "• `unclosed.md` — skipped, line 1: front matter starts with --- but never ends with ---",
          "• `renamed.pdf` — skipped: not a readable PDF")
          .contains("• `broken-front.md` — skipped, line 2: bad front matter")
          .doesNotContain("0 passages");
    }
  }

  private static void write(Path file, String text) throws Exception {
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(FILE_TIME));
  }
}
