package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KnowledgeFolderTest {

  @TempDir Path dir;

  @Test
  @DisplayName("Markdown front matter gives the metadata and headings give the sections with their path")
  void readsMarkdownWithFrontMatter() throws Exception {
    TestFiles.write(dir, "guide.md", """
        ---
        title: Network Guide
        category: network
        source: https://example.org/guide
        updated: 2024-05-01
        ---
        # Network Guide

        Welcome text.

        ## Cost

        It costs $10.

        ### Discounts

        - Early bird
        - Group
        """);

    SourceDocument doc = new KnowledgeFolder(dir).read("guide.md").document();

    assertThat(doc.title()).isEqualTo("Network Guide");
    assertThat(doc.category()).isEqualTo("network");
    assertThat(doc.source()).isEqualTo("https://example.org/guide");
    assertThat(doc.sections()).extracting(Section::headings).containsExactly(
        java.util.List.of("Network Guide"),
        java.util.List.of("Network Guide", "Cost"),
        java.util.List.of("Network Guide", "Cost", "Discounts"));
    assertThat(doc.sections().get(2).text()).isEqualTo("- Early bird\n- Group");
  }

  @Test
  @DisplayName("Bad front matter is reported with its line, an unclosed block too")
  void reportsBadFrontMatter() throws Exception {
    TestFiles.write(dir, "bad.md", "---\ntitle: Fine\ncategory: [unclosed\n---\nBody\n");
    TestFiles.write(dir, "open.md", "---\ntitle: Never closed\nBody\n");
    TestFiles.write(dir, "unknown.md", "---\ntitle: X\ncolour: blue\n---\nBody\n");
    KnowledgeFolder folder = new KnowledgeFolder(dir);

    Problem bad = folder.read("bad.md").problem();
    Problem open = folder.read("open.md").problem();
    Problem unknown = folder.read("unknown.md").problem();

    assertThat(bad.reason()).startsWith("bad front matter");
    assertThat(bad.line()).isBetween(2, 4);
    assertThat(open.reason()).contains("never ends");
    assertThat(unknown.reason()).contains("unknown field 'colour'");
    assertThat(unknown.line()).isEqualTo(3);
  }

  @Test
  @DisplayName("Text, HTML, PDF and Word files are read; broken ones are skipped with a reason")
  void readsEveryFormatAndSkipsBrokenFiles() throws Exception {
    TestFiles.write(dir, "notes.txt", "The kick-off is in October.");
    TestFiles.write(dir, "page.html", """
        <html><head><title>Equity Page</title></head><body>
        <nav>Skip to main content</nav>
        <main><h1>Equity</h1><p>Intro paragraph.</p><h2>Goals</h2><ul><li>First goal</li><li>Second goal</li></ul></main>
        <footer>Copyright</footer></body></html>""");
    TestFiles.pdf(dir, "plan.pdf", "Strategic Plan", "Four drivers of success were identified.");
    TestFiles.docx(dir, "memo.docx", "# Schedule", "Webinars are held monthly.");
    Files.write(dir.resolve("broken.pdf"), "%PDF-1.7 this is not really a pdf".getBytes());
    Files.write(dir.resolve("broken.docx"), new byte[] {1, 2, 3, 4});
    Files.write(dir.resolve("junk.txt"), new byte[] {0, 1, 2, (byte) 0xff});
    Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
    KnowledgeFolder folder = new KnowledgeFolder(dir);

    assertThat(folder.read("notes.txt").document().sections().get(0).text()).isEqualTo("The kick-off is in October.");
    SourceDocument page = folder.read("page.html").document();
    assertThat(page.title()).isEqualTo("Equity Page");
    assertThat(page.sections()).extracting(Section::text).containsExactly("Intro paragraph.", "- First goal\n- Second goal");
    assertThat(page.sections().get(1).headings()).containsExactly("Equity", "Goals");
    assertThat(page.sections().toString()).doesNotContain("Skip to main content", "Copyright");
    SourceDocument pdf = folder.read("plan.pdf").document();
    assertThat(pdf.title()).isEqualTo("Strategic Plan");
    assertThat(pdf.sections().get(0).text()).contains("Four drivers of success");
    SourceDocument docx = folder.read("memo.docx").document();
    assertThat(docx.sections().get(0).headings()).containsExactly("Schedule");
    assertThat(docx.sections().get(0).text()).isEqualTo("Webinars are held monthly.");
    assertThat(folder.read("broken.pdf").problem().reason()).startsWith("not a readable PDF");
    assertThat(folder.read("broken.docx").problem().reason()).startsWith("not a readable Word document");
    assertThat(folder.read("junk.txt").problem().reason()).contains("binary");
    assertThat(folder.read("latin1.txt").problem().reason()).contains("UTF-8");
  }

  @Test
  @DisplayName("Subfolders are read; hidden files, editor temporaries and the calendar are not documents")
  void listsDocumentFiles() throws Exception {
    TestFiles.write(dir, "a.md", "A");
    TestFiles.write(dir, "team/b.md", "B");
    TestFiles.write(dir, ".hidden.md", "H");
    TestFiles.write(dir, ".git/config.md", "G");
    TestFiles.write(dir, "a.md~", "T");
    TestFiles.write(dir, ".#a.md", "L");
    TestFiles.write(dir, "a.md.swp", "S");
    TestFiles.write(dir, "events.yaml", "events: []");
    TestFiles.write(dir, "extra.ics", "BEGIN:VCALENDAR");

    KnowledgeFolder folder = new KnowledgeFolder(dir);

    assertThat(folder.documentFiles()).containsExactly("a.md", "team/b.md");
    assertThat(folder.calendarFiles()).containsExactly("events.yaml", "extra.ics");
  }
}
