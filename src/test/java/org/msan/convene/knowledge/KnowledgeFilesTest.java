package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class KnowledgeFilesTest {

  @Test
  @DisplayName("Uploaded names never leave the folder, hide or pass for temporaries; only the readers' formats are taken")
  void safeNames() {
    assertThat(KnowledgeFiles.safeName("../../etc/x.md")).isEqualTo("x.md");
    assertThat(KnowledgeFiles.safeName("..\\\\..\\\\Annual Report é.PDF")).isEqualTo("Annual-Report-e.PDF");
    assertThat(KnowledgeFiles.safeName(".hidden.md")).isEqualTo("hidden.md");
    assertThatThrownBy(() -> KnowledgeFiles.safeName("notes.md~")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KnowledgeFiles.safeName("draft.md.tmp")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KnowledgeFiles.safeName("tool.exe")).hasMessageContaining(".md, .txt, .html, .pdf or .docx");
    assertThatThrownBy(() -> KnowledgeFiles.safeFolder("../etc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KnowledgeFiles.relative("answers/../../x.md")).isInstanceOf(IllegalArgumentException.class);
    assertThat(KnowledgeFiles.relative("knowledge/answers/x.md")).isEqualTo("answers/x.md");
  }
}
