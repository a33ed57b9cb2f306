package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SynonymsTest {

  @TempDir Path dir;

  @Test
  @DisplayName("The folder's synonyms.txt applies to questions, is not a document, and a change applies at once")
  void staffSynonyms() throws Exception {
    TestFiles.write(dir, "guide.md", "# Fees\n\nThe fee is $10.\n");
    TestFiles.write(dir, Synonyms.FILE, "# comment\ncost, fee, price tag\n");
    KnowledgeFolder folder = new KnowledgeFolder(dir);
    TextAnalysis analysis = new TextAnalysis();

    assertThat(Synonyms.apply(folder, analysis)).isEmpty();
    assertThat(folder.documentFiles()).containsExactly("guide.md");
    // A synonym of several words is one alternative of the slot, said only as a whole.
    assertThat(analysis.questionSlots("what's the price tag")).containsExactly(java.util.Set.of("price tag", "cost", "fee"));
    assertThat(analysis.questionPhrases("how much is the fee")).containsExactly(java.util.List.of("price", "tag"));
    assertThat(Slots.said(analysis.questionSlots("fee").get(0), java.util.List.of("price"))).isFalse();
    assertThat(Slots.said(analysis.questionSlots("fee").get(0), java.util.List.of("tag", "price"))).isTrue();
    assertThat(analysis.terms("The fee is $10.")).doesNotContain("cost");

    TestFiles.write(dir, Synonyms.FILE, "pupils, students\n");
    Synonyms.apply(folder, analysis);
    assertThat(analysis.questionTerms("how many pupils")).contains("student");
    assertThat(analysis.questionTerms("what's the price tag")).doesNotContain("cost");
  }

  @Test
  @DisplayName("A line that cannot be read is left out and reported with its line; the other lines still apply")
  void badLine() throws Exception {
    TestFiles.write(dir, Synonyms.FILE, "cost, fee\ncost, price,, \npupils, students\nprice => \n=> bar\n"
        + "# a comment, with a comma at the end,\ncost, price,,");
    TextAnalysis analysis = new TextAnalysis();

    List<Problem> problems = Synonyms.apply(new KnowledgeFolder(dir), analysis);

    assertThat(problems).extracting(Problem::path, Problem::line).containsExactly(
        tuple(Synonyms.FILE, 2), tuple(Synonyms.FILE, 4), tuple(Synonyms.FILE, 5), tuple(Synonyms.FILE, 7));
    assertThat(problems.get(1).reason()).startsWith("cannot read this group of synonyms (nothing after =>)");
    assertThat(problems.get(2).reason()).startsWith("cannot read this group of synonyms (nothing before =>)");
    assertThat(problems.get(3).reason()).as("Lucene skips an empty last word without a word")
        .isEqualTo(problems.get(0).reason());
    assertThat(problems.get(0).reason()).isEqualTo("cannot read this group of synonyms (an empty word: two commas in"
        + " a row, or a comma at the end?); it is left out, the other lines still apply");
    assertThat(analysis.questionTerms("what's the cost")).contains("cost", "fee").doesNotContain("price");
    assertThat(analysis.questionTerms("how many pupils")).contains("student");
  }
}
