package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TaughtAnswersTest {

  @TempDir Path knowledge;

  @Test
  @DisplayName("A taught answer is a readable document; the same question updates it, another with the same name gets its own")
  void writesUpdatesAndNeverOverwritesAnotherQuestion() throws Exception {
    TaughtAnswers answers = new TaughtAnswers(new KnowledgeFolder(knowledge));
    LocalDate day = LocalDate.of(2026, 11, 30);

    TaughtAnswers.Written first = answers.write("Where do we park?", "Lot B, free.", "answered by Sam in Discord", day);
    TaughtAnswers.Written again = answers.write("  where do we PARK?", "Lot C now.", "https://example.org/parking", day);
    TaughtAnswers.Written other = answers.write("Where do we park!", "Somewhere else.", "answered by Sam in Discord", day);

    assertThat(first.path()).isEqualTo("answers/where-do-we-park.md");
    assertThat(first.replaced()).isFalse();
    assertThat(again.path()).isEqualTo(first.path());
    assertThat(again.replaced()).isTrue();
    assertThat(other.path()).isEqualTo("answers/where-do-we-park-2.md");
    var read = new KnowledgeFolder(knowledge).read(first.path());
    assertThat(read.ok()).isTrue();
    assertThat(read.document().title()).isEqualTo("where do we PARK?");
    assertThat(Files.readString(knowledge.resolve(first.path()))).contains("source: https://example.org/parking",
        "updated: 2026-11-30", "Lot C now.").doesNotContain("Lot B");
  }

  @Test
  @DisplayName("File names keep to letters, digits and dashes, whatever the question holds")
  void slugs() {
    assertThat(TaughtAnswers.slug("¿Dónde está ../../etc/passwd?")).isEqualTo("donde-esta-etc-passwd");
    assertThat(TaughtAnswers.slug("???")).isEqualTo("answer");
    assertThat(TaughtAnswers.slug("a ".repeat(80))).hasSizeLessThanOrEqualTo(60);
  }
}
