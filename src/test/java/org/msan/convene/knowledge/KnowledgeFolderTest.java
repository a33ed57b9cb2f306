package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  @DisplayName("Bad front matter is reported with its line, an unclosed block and a misspelled field too; staff's own fields are ignored")
  void reportsBadFrontMatter() throws Exception {
    TestFiles.write(dir, "bad.md", "---\ntitle: Fine\ncategory: [unclosed\n---\nBody\n");
    TestFiles.write(dir, "open.md", "---\ntitle: Never closed\nBody\n");
    TestFiles.write(dir, "unknown.md", "---\ntitle: X\ncatgory: network\n---\nBody\n");
    TestFiles.write(dir, "own.md", "---\ntitle: Guidelines\nowner: Data Office\nversion: 3.2\n---\nBody\n");
    KnowledgeFolder folder = new KnowledgeFolder(dir);

    Problem bad = folder.read("bad.md").problem();
    Problem open = folder.read("open.md").problem();
    Problem unknown = folder.read("unknown.md").problem();

    assertThat(bad.reason()).startsWith("bad front matter");
    assertThat(bad.line()).isBetween(2, 4);
    assertThat(open.reason()).contains("never ends");
    assertThat(unknown.reason()).contains("unknown field 'catgory' (did you mean 'category'?)");
    assertThat(unknown.line()).isEqualTo(3);
    assertThat(folder.read("own.md").document().title()).isEqualTo("Guidelines");
  }

  @Test
  @DisplayName("An empty Markdown file, or one with front matter and no body, is skipped with its reason; an "
      + "impossible 'updated' date is a warning and the document still serves")
  void emptyMarkdownAndImpossibleDates() throws Exception {
    TestFiles.write(dir, "empty.md", "");
    TestFiles.write(dir, "front-only.md", "---\ntitle: Only a title\n---\n\n");
    TestFiles.write(dir, "dated.md", "---\ntitle: Dated\nupdated: 2026-13-01\n---\nParking is free.\n");
    TestFiles.write(dir, "fine.md", "---\ntitle: Fine\nupdated: 2026-11-23\n---\nLunch is at noon.\n");
    KnowledgeFolder folder = new KnowledgeFolder(dir);

    KnowledgeFolder.ReadResult empty = folder.read("empty.md");
    KnowledgeFolder.ReadResult frontOnly = folder.read("front-only.md");
    KnowledgeFolder.ReadResult dated = folder.read("dated.md");

    assertThat(empty.ok()).isFalse();
    assertThat(empty.problem()).hasToString("empty.md: no text in the file");
    assertThat(frontOnly.problem()).hasToString("front-only.md: no text after the front matter");
    assertThat(dated.ok()).isTrue();
    assertThat(dated.document().sections()).extracting(Section::text).containsExactly("Parking is free.");
    assertThat(dated.warnings()).extracting(Problem::toString).containsExactly("dated.md:3: updated: '2026-13-01' is not"
        + " a real date (write it as YYYY-MM-DD); the file's own date is shown instead");
    assertThat(folder.read("fine.md").warnings()).isEmpty();
  }

  @Test
  @DisplayName("A front matter YAML cannot read is said in plain words, on one line, with the line of the mistake")
  void frontMatterMistakesInPlainWords() throws Exception {
    TestFiles.write(dir, "quote.md", "---\ntitle: \"Unclosed\ncategory: network\nupdated: 2020-01-01\n---\nBody\n");
    TestFiles.write(dir, "colon.md", "---\ntitle: Fine\ncategory: Note: read me\n---\nBody\n");
    TestFiles.write(dir, "apostrophe.md", "---\ntitle: Fine\nsource: 'it's ours'\n---\nBody\n");
    TestFiles.write(dir, "nokey.md", "---\ntitle: Fine\nupdated 2020-01-01\n---\nBody\n");
    TestFiles.write(dir, "at.md", "---\ntitle: @network\n---\nBody\n");
    KnowledgeFolder folder = new KnowledgeFolder(dir);

    Problem quote = folder.read("quote.md").problem();
    Problem colon = folder.read("colon.md").problem();
    Problem apostrophe = folder.read("apostrophe.md").problem();
    Problem noKey = folder.read("nokey.md").problem();
    Problem at = folder.read("at.md").problem();

    assertThat(List.of(quote, colon, apostrophe, noKey, at)).allSatisfy(problem -> assertThat(problem.reason())
        .startsWith("bad front matter: ").doesNotContain("scalar", "scanning", "parsing", "token", "\n"));
    assertThat(quote.reason()).isEqualTo("bad front matter: a quoted value is never closed: end it with the quote it starts with");
    assertThat(quote.line()).as("where the quote opens").isEqualTo(2);
    assertThat(colon.reason()).isEqualTo("bad front matter: a value has ': ' in it: put the whole value in quotes");
    assertThat(colon.line()).isEqualTo(3);
    assertThat(apostrophe.reason()).contains("more text after a quoted value");
    assertThat(apostrophe.line()).isEqualTo(3);
    assertThat(noKey.reason()).isEqualTo("bad front matter: a line has no ':' after its name: write it as 'name: value'");
    assertThat(noKey.line()).isEqualTo(3);
    assertThat(at.reason()).contains("a value starts with '@', which needs quotes");
    assertThat(at.line()).isEqualTo(2);
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
  @DisplayName("An aside inside a page's main content is read; the site's own aside is not")
  void readsAsidesOfTheMainContent() throws Exception {
    TestFiles.write(dir, "institute.html", """
        <html><head><title>Institute</title></head><body>
        <aside>Popular links</aside>
        <main><h1>Institute</h1><p>Three days in June.</p>
        <aside><h3>Also coming up</h3><p>The showcase is on Saturday, April 17.</p></aside></main>
        </body></html>""");
    TestFiles.write(dir, "plain.html", """
        <html><body><h1>Plain</h1><p>Body text.</p><aside>Sidebar ad</aside></body></html>""");
    KnowledgeFolder folder = new KnowledgeFolder(dir);

    String institute = folder.read("institute.html").document().sections().toString();
    assertThat(institute).contains("The showcase is on Saturday, April 17.", "Also coming up").doesNotContain("Popular links");
    assertThat(folder.read("plain.html").document().sections().toString()).contains("Body text.").doesNotContain("Sidebar");
  }

  @Test
  @DisplayName("A page from before HTML5's <main> is read from where its skip link points: no menu, breadcrumb, "
      + "sidebar or footer")
  void readsWhereTheSkipLinkPoints() throws Exception {
    TestFiles.write(dir, "workshops.html", """
        <html><body><a href="#top">Top</a><a href="#main-content" class="element-invisible">Skip to main content</a>
        <div id="header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/about">About Us</a></li></ul></div>
        <div class="breadcrumb"><a href="/">Home</a> » Workshops</div>
        <div id="main-content"><h1>Workshops 2026-27</h1><p>Each workshop day earns 0.6 CEU.</p></div>
        <div id="sidebar"><h3>Also coming up</h3><ul><li><a href="/news">Retreat - save the date</a></li></ul></div>
        <div id="footer"><p>© 2026 The Cooperative · Powered by Drupal</p></div>
        </body></html>""");
    KnowledgeFolder folder = new KnowledgeFolder(dir);

    String page = folder.read("workshops.html").document().sections().toString();
    assertThat(page).contains("Workshops 2026-27", "Each workshop day earns 0.6 CEU.")
        .doesNotContain("About Us", "Skip to", "save the date", "Powered by");
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

  @Test
  @DisplayName("A Word table reaches the index: each row one line, every cell with its column's header")
  void wordTables() throws Exception {
    TestFiles.docxTable(dir, "schedule.docx", "Our convenings this year.", new String[][] {
        {"Convening", "Month", "Host city"}, {"Fall session", "October", "Evanston"}, {"Winter session", "January", "Madison"}});

    String text = new KnowledgeFolder(dir).read("schedule.docx").document().sections().get(0).text();

    assertThat(text).startsWith("Our convenings this year.").contains(
        "\n- Convening: Fall session; Month: October; Host city: Evanston\n",
        "\n- Convening: Winter session; Month: January; Host city: Madison");
  }

  @Test
  @DisplayName("Markdown pipe tables read as Word tables do: each row one line, every cell with its column's header")
  void markdownTables() throws Exception {
    TestFiles.write(dir, "dues.md", """
        # Dues

        | Enrollment | Annual dues |
        | --- | --- |
        | Fewer than 150 students | **$2,500** |
        | 150 to 299 students | $4,000 |
        """);

    String text = new KnowledgeFolder(dir).read("dues.md").document().sections().get(0).text();

    assertThat(text).isEqualTo("- Enrollment: Fewer than 150 students; Annual dues: $2,500\n"
        + "- Enrollment: 150 to 299 students; Annual dues: $4,000");
  }

  @Test
  @DisplayName("A text file wrapped at a fixed width reads as written: lines joined, broken words whole, bullets, short headings and an address kept")
  void wrappedPlainText() throws Exception {
    TestFiles.write(dir, "mentoring.txt", """
        New Teacher Mentoring

        Overview

        The program pairs beginning teach-
        ers with an experienced teacher from a different district, so that
        a new teacher has someone to ask for help even if that partner is
        far away. Pairs meet twice a month.

        Who can be a mentor

        • At least five years of teaching experience, and a recommendation
          from the principal
        • Completion of the mentor training

        Contact

        Rebecca Sandoval, Coordinator
        Phone: (308) 555-0100, ext. 214
        """);

    List<Section> sections = new KnowledgeFolder(dir).read("mentoring.txt").document().sections();

    assertThat(sections).extracting(Section::headings).containsExactly(
        List.of("New Teacher Mentoring", "Overview"), List.of("New Teacher Mentoring", "Who can be a mentor"),
        List.of("New Teacher Mentoring", "Contact"));
    assertThat(sections.get(0).text()).isEqualTo("The program pairs beginning teachers with an experienced teacher "
        + "from a different district, so that a new teacher has someone to ask for help even if that partner is "
        + "far away. Pairs meet twice a month.");
    assertThat(sections.get(1).text()).isEqualTo("- At least five years of teaching experience, and a recommendation "
        + "from the principal\n- Completion of the mentor training");
    assertThat(sections.get(2).text()).isEqualTo("Rebecca Sandoval, Coordinator\nPhone: (308) 555-0100, ext. 214");
  }

  @Test
  @DisplayName("Markdown pasted from a PDF: a word broken at a line's end is joined again, a prefix keeps its hyphen")
  void brokenWordsInMarkdown() throws Exception {
    TestFiles.write(dir, "labs.md", """
        # Learning Labs

        Each district sends a lab team of four teachers and one coach. Partici-
        pants are released from teaching for six lab days, and a non-
        member district pays its own substitutes.
        """);

    String text = new KnowledgeFolder(dir).read("labs.md").document().sections().get(0).text();

    assertThat(text).contains("Participants are released", "a non-member district").doesNotContain("Partici-");
  }

  @Test
  @DisplayName("In wrapped text, two short lines in a row are text, a wrapped first line is no title, and a prefix or a compound keeps its hyphen")
  void shortLinesAndBrokenWords() throws Exception {
    TestFiles.write(dir, "welcome.txt", """
        Welcome to the network where districts learn together and share what works
        for their students across the region and beyond, year after year.

        Registration is free for members

        Important dates

        Non-
        member districts pay a fee. Every new teach-
        er gets a mentor, and lunch is gluten-
        free.
        """);

    SourceDocument document = new KnowledgeFolder(dir).read("welcome.txt").document();

    assertThat(document.title()).isEqualTo("Welcome");
    assertThat(document.sections()).extracting(Section::headings).containsExactly(List.of(), List.of("Important dates"));
    assertThat(document.sections().get(0).text()).startsWith("Welcome to the network where districts learn together "
        + "and share what works for their students").endsWith("\n\nRegistration is free for members");
    assertThat(document.sections().get(1).text()).isEqualTo("Non-member districts pay a fee. Every new teacher gets a mentor, and lunch is gluten-free.");
  }

  @Test
  @DisplayName("An email's header lines, numbered headings head their sections; a numbered list stays a list; a name signing after \"Thanks,\" is no heading, and the header lines, the closing and signature are sections of their own")
  void memoHeadingsAndSignature() throws Exception {
    TestFiles.write(dir, "memo.txt", """
        New Mileage Rules

        From: Ana Ruiz <ana@example.org>
        Subject: Updated mileage rules

        Hello everyone, the council approved new rules this week. They take
        effect at once and replace the rules of the last memo.

        1. MILEAGE

        Mileage is reimbursed at 70 cents per mile for staff who drive their
        own vehicle to a meeting.

        2. How to Claim

        1. Fill in the Form
        2. Send it to your liaison by May 1.

        1. Log in and pay

        Thanks,

        Ana
        """);

    SourceDocument document = new KnowledgeFolder(dir).read("memo.txt").document();

    assertThat(document.sections()).extracting(section -> section.headings().get(section.headings().size() - 1))
        .containsExactly("New Mileage Rules", "New Mileage Rules", "1. MILEAGE", "2. How to Claim", "New Mileage Rules");
    assertThat(document.sections().get(0).text()).isEqualTo("From: Ana Ruiz <ana@example.org>\nSubject: Updated mileage rules");
    assertThat(document.sections().get(1).text()).startsWith("Hello everyone, the council approved new rules");
    assertThat(document.sections().get(2).text()).startsWith("Mileage is reimbursed at 70 cents per mile");
    assertThat(document.sections().get(3).text())
        .isEqualTo("1. Fill in the Form\n2. Send it to your liaison by May 1.\n\n1. Log in and pay");
    assertThat(document.sections().get(4).text()).isEqualTo("Thanks,\nAna");
  }

  @Test
  @DisplayName("Minutes' numbered headings may name a year (\"4. 2028 SUMMER INSTITUTE HOST\"); a line of figures is no heading")
  void numberedHeadingWithAYear() throws Exception {
    TestFiles.write(dir, "minutes.txt", """
        Steering Council Minutes

        3. FUEL SURCHARGE

        Motion to add a fuel surcharge of $0.20 per mile. Moved by Tom Vasquez,
        seconded by Ken Abernathy. Passed 10-1.

        4. 2028 SUMMER INSTITUTE HOST

        Motion to name Lincoln County the host of the 2028 Summer Institute.
        The motion was tabled.

        5. 2026-27 Dues

        Eleven of twelve districts have paid.

        6. NEXT MEETING MARCH 17

        The next meeting is on Zoom.
        """);

    SourceDocument document = new KnowledgeFolder(dir).read("minutes.txt").document();

    List<Section> headed = document.sections().stream().filter(section -> !section.headings().isEmpty()).toList();
    assertThat(headed).extracting(section -> section.headings().get(section.headings().size() - 1))
        .containsExactly("3. FUEL SURCHARGE", "4. 2028 SUMMER INSTITUTE HOST", "5. 2026-27 Dues");
    assertThat(headed.get(0).text()).endsWith("Passed 10-1.");
    assertThat(headed.get(2).text()).contains("6. NEXT MEETING MARCH 17");
  }

  @Test
  @DisplayName("A heading in capitals may name its year (\"SCREENING WINDOWS 2026-27\"); other figures make a line of text")
  void headingInCapitalsWithAYear() throws Exception {
    TestFiles.write(dir, "screening.txt", """
        Dyslexia Screening Overview

        PURPOSE

        The lab helps member districts screen young children.

        SCREENING WINDOWS 2026-27

        Beginning of year: September 8 to 25, 2026. End of year: April 26 to May 14, 2027.

        ROOM 112 AT 9 AM

        Bring a laptop.
        """);

    SourceDocument document = new KnowledgeFolder(dir).read("screening.txt").document();

    assertThat(document.sections()).extracting(section -> section.headings().isEmpty() ? "" : section.headings().get(section.headings().size() - 1))
        .contains("PURPOSE", "SCREENING WINDOWS 2026-27").doesNotContain("ROOM 112 AT 9 AM");
  }

  @Test
  @DisplayName("Run on after a sentence, as a PDF's text comes, a heading in capitals still heads its lines; a table's header row does not")
  void headingInCapitalsRunOn() throws Exception {
    TestFiles.pdfPages(dir, "runon.pdf", List.of(List.of(
        "Screening Overview",
        "",
        "Under a three-year agreement signed in June 2026, the university reading lab",
        "helps member districts screen young children for characteristics of dyslexia.",
        "The partnership trains district reading interventionists to give the screener,",
        "scores every screener at the lab, and returns results",
        "to campuses.",
        "SCREENING WINDOWS 2026-27",
        "Beginning of year (BOY) September 8 - October 2, 2026",
        "End of year (EOY) April 26 - May 14, 2027",
        "",
        "Dues by district size.",
        "DISTRICT | STUDENTS | DUES",
        "Julesburg | 312 | $6,500")));

    SourceDocument document = new KnowledgeFolder(dir).read("runon.pdf").document();

    assertThat(document.sections()).extracting(section -> section.headings().isEmpty() ? "" : section.headings().get(section.headings().size() - 1))
        .contains("SCREENING WINDOWS 2026-27").doesNotContain("DISTRICT | STUDENTS | DUES");
    assertThat(document.sections().stream().filter(section -> section.text().contains("End of year (EOY) April 26")).findFirst()
        .orElseThrow().headings()).contains("SCREENING WINDOWS 2026-27");
  }

  @Test
  @DisplayName("The line a mail program writes above a forwarded message is no title: the message's subject is")
  void forwardedMessage() throws Exception {
    TestFiles.write(dir, "forwarded.txt", """
        ---------- Forwarded message ---------
        From: Dana Whitfield <dana@example.org>
        Sent: Tuesday, November 17, 2026 3:42 PM
        To: Superintendents <supts@example.org>
        Subject: Spring retreat - hotel block

        We have a block of 40 rooms at $129/night.
        """);
    TestFiles.write(dir, "outlook.txt", """
        -----Original Message-----
        From: Ana Ruiz <ana@example.org>
        Subject: Mileage

        Mileage is reimbursed at 70 cents per mile.
        """);
    TestFiles.write(dir, "rule.txt", """
        ----- Schedule -----

        Sessions start at 9.
        """);
    KnowledgeFolder folder = new KnowledgeFolder(dir);

    SourceDocument forwarded = folder.read("forwarded.txt").document();
    assertThat(forwarded.title()).isEqualTo("Spring retreat - hotel block");
    assertThat(forwarded.sections().get(0).text()).startsWith("From: Dana Whitfield");
    assertThat(forwarded.sections().get(1).text()).isEqualTo("We have a block of 40 rooms at $129/night.");
    assertThat(folder.read("outlook.txt").document().title()).isEqualTo("Mileage");
    SourceDocument rule = folder.read("rule.txt").document();
    assertThat(rule.title() + rule.sections().stream().map(section -> section.headings() + section.text()).toList())
        .as("no message follows it: the line stays").contains("----- Schedule -----");
  }

  @Test
  @DisplayName("An email saved as text without a title line is titled by its subject, folded lines joined, its greeting left out (also one that names whom it greets), its transport header lines (Message-ID, Content-Type) in the header; a flyer's \"From:\" and \"To:\" dates are no email's header")
  void emailHeaderLines() throws Exception {
    TestFiles.write(dir, "grants-memo.txt", """
        To: Superintendents, Principals and K-3 Teachers,
          GBELN Member Districts
        From: Lena Okafor, Grants Coordinator
        Date: August 17, 2026
        Subject: Reading Roots grants --
          2026-27 cycle now open

        Hi all,

        The Reading Roots cycle opens September 1. Devices are no longer funded.
        """.replace("\n", "\r\n"));
    TestFiles.write(dir, "memo.txt", "FROM: Ana Ruiz\nRE: Mileage\n\nMileage is paid at 70 cents a mile.\n");
    TestFiles.write(dir, "retreat.txt", """
        From: Luis Carabajal <lcarabajal@example.org>
        Subject: Spring retreat - registration open
        Date: Tue, 3 Feb 2026 08:47:12 -0500
        Message-ID: <20260203134712.4471@example.org>
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Good morning, data coordinators,

        Registration is due February 27.
        """);
    TestFiles.write(dir, "institute.txt", """
        From: June 22, 2026
        To: June 24, 2026

        The Summer Institute meets at Lakeview College.
        """);

    SourceDocument memo = new KnowledgeFolder(dir).read("grants-memo.txt").document();
    SourceDocument shortMemo = new KnowledgeFolder(dir).read("memo.txt").document();
    SourceDocument institute = new KnowledgeFolder(dir).read("institute.txt").document();
    SourceDocument retreat = new KnowledgeFolder(dir).read("retreat.txt").document();

    assertThat(memo.title()).isEqualTo("Reading Roots grants -- 2026-27 cycle now open");
    assertThat(memo.sections()).hasSize(2);
    assertThat(memo.sections().get(0).text()).startsWith("To: Superintendents").contains("GBELN Member Districts")
        .contains("From: Lena Okafor");
    // The greeting says nothing to quote.
    assertThat(memo.sections().get(1).text()).startsWith("The Reading Roots cycle opens").doesNotContain("From:", "Hi all");
    assertThat(shortMemo.title()).isEqualTo("Mileage");
    assertThat(shortMemo.sections()).extracting(Section::text).containsExactly("FROM: Ana Ruiz\nRE: Mileage",
        "Mileage is paid at 70 cents a mile.");
    // The transport's header lines are the header's too, and a greeting may name whom it greets.
    assertThat(retreat.sections()).extracting(Section::text).containsExactly("From: Luis Carabajal <lcarabajal@example.org>\n"
        + "Subject: Spring retreat - registration open\nDate: Tue, 3 Feb 2026 08:47:12 -0500\n"
        + "Message-ID: <20260203134712.4471@example.org>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8",
        "Registration is due February 27.");
    assertThat(institute.sections()).extracting(Section::text).noneMatch(text -> text.equals("From: June 22, 2026\nTo: June 24, 2026"));
    assertThat(institute.sections()).singleElement().satisfies(section -> assertThat(section.text())
        .contains("To: June 24, 2026", "The Summer Institute meets at Lakeview College."));
  }

  @Test
  @DisplayName("A hard-wrapped Markdown paragraph is one paragraph; a short line (a name, a phone) or a labelled one keeps its break")
  void wrappedMarkdown() throws Exception {
    TestFiles.write(dir, "fellows.md", """
        # Stipend

        Fellows receive a stipend of $1,800 for the year. Each fellow also gets a $250
        classroom materials allowance, which must be spent by April 30, 2027.

        Priya Natarajan, Business Manager
        (620) 555-0133

        Location: Penka Building, Garden City Community College, Garden City, KS
        Parking: Lot C, north side of campus
        """);

    String text = new KnowledgeFolder(dir).read("fellows.md").document().sections().get(0).text();

    assertThat(text).isEqualTo("Fellows receive a stipend of $1,800 for the year. Each fellow also gets a $250 classroom "
        + "materials allowance, which must be spent by April 30, 2027.\n\nPriya Natarajan, Business Manager\n(620) 555-0133"
        + "\n\nLocation: Penka Building, Garden City Community College, Garden City, KS\nParking: Lot C, north side of campus");
  }

  @Test
  @DisplayName("A newsletter's sign-off (\"Warm regards,\", name, title, phone) is kept apart from its last paragraph")
  void newsletterSignOff() throws Exception {
    TestFiles.write(dir, "newsletter.txt", """
        November Newsletter

        The substitute pool now has 38 substitutes. The network pays the
        $48 background check fee.

        Warm regards,

        Marisol Ocampo
        Executive Director
        (620) 555-0141
        """);

    List<Section> sections = new KnowledgeFolder(dir).read("newsletter.txt").document().sections();

    assertThat(sections).extracting(Section::text).containsExactly(
        "The substitute pool now has 38 substitutes. The network pays the $48 background check fee.",
        "Warm regards,\nMarisol Ocampo\nExecutive Director (620) 555-0141");

    TestFiles.write(dir, "memo.txt", """
        Bus Routes

        The new routes start Monday. Drivers get their maps on Friday at the
        district office.

        Best regards,
        Dana Whitfield
        Transportation Coordinator
        """);
    assertThat(new KnowledgeFolder(dir).read("memo.txt").document().sections()).extracting(Section::text).last()
        .isEqualTo("Best regards,\nDana Whitfield\nTransportation Coordinator");
  }

  @Test
  @DisplayName("HTML tables keep their header with each row, and a page in its declared charset is read in it")
  void htmlTablesAndCharsets() throws Exception {
    Files.write(dir.resolve("fees.html"), ("<html><head><meta charset=\"windows-1252\"><title>Fees</title></head><body>"
        + "<h1>Fees</h1><table><tr><th>Who</th><th>Fee</th></tr><tr><td>Member districts</td><td>none</td></tr>"
        + "<tr><td>Non-member districts</td><td>$450 per participant</td></tr></table><p>Caf\u00e9 included.</p></body></html>")
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));

    String text = new KnowledgeFolder(dir).read("fees.html").document().sections().get(0).text();

    assertThat(text).contains("- Who: Member districts; Fee: none", "- Who: Non-member districts; Fee: $450 per participant",
        "Café included.");
  }

  @Test
  @DisplayName("Ligatures and invisible characters pasted from a PDF are read as plain letters")
  void normalizesText() throws Exception {
    TestFiles.write(dir, "money.md", "# Financial contribution\n\nThe \uFB01nancial contribution is due in \uFB01fteen days; "
        + "each o\uFB03ce pays\u00A0half. Non\u00ADmember districts pay more.\u200B\n");

    String text = new KnowledgeFolder(dir).read("money.md").document().sections().get(0).text();

    assertThat(text).isEqualTo("The financial contribution is due in fifteen days; each office pays half. "
        + "Nonmember districts pay more.");
  }

  @Test
  @DisplayName("A text file's title line is its title and heading, not glued to the first sentence")
  void titleLines() throws Exception {
    TestFiles.write(dir, "liaisons.txt", "Family liaisons\nEach district names a liaison who meets families monthly.\n");
    TestFiles.pdf(dir, "liaisons.pdf", null, "Family liaisons", "Each district names a liaison.");

    SourceDocument txt = new KnowledgeFolder(dir).read("liaisons.txt").document();
    SourceDocument pdf = new KnowledgeFolder(dir).read("liaisons.pdf").document();

    assertThat(txt.title()).isEqualTo("Family liaisons");
    assertThat(txt.sections().get(0).text()).isEqualTo("Each district names a liaison who meets families monthly.");
    assertThat(pdf.sections().get(0).headings()).containsExactly("Family liaisons");
    assertThat(pdf.sections().get(0).text()).startsWith("Each district names");
  }

  @Test
  @DisplayName("A PDF's numbered headings head their sections though its text runs them together: over a bulleted list, over a contact's lines")
  void numberedHeadingsInPdfText() throws Exception {
    TestFiles.pdf(dir, "grant.pdf", null, "Grant Guidelines",
        "2. AMOUNT",
        "Each district may receive up to $2,500 per school year for student travel to competitions.",
        "3. WHO MAY APPLY",
        "Any member district in good standing may apply. Priority goes to trips for students who qualify.",
        "4. DEADLINES",
        "\u2022 Round 1: applications due October 15, 2026.",
        "\u2022 Round 2: applications due February 1, 2027.",
        "6. CONTACT",
        "Marcus Bellamy, Grants Manager",
        "(509) 555-0177");

    SourceDocument grant = new KnowledgeFolder(dir).read("grant.pdf").document();

    assertThat(grant.sections()).extracting(section -> section.headings().get(section.headings().size() - 1))
        .containsExactly("2. AMOUNT", "3. WHO MAY APPLY", "4. DEADLINES", "6. CONTACT");
    assertThat(grant.sections().get(2).text()).startsWith("- Round 1: applications due October 15, 2026.");
    assertThat(grant.sections().get(3).text()).contains("Marcus Bellamy").doesNotContain("DEADLINES");
  }

  @Test
  @DisplayName("A heading may end with an aside in brackets that holds a date and a place: \"5. STRUCTURED LITERACY LAB (March 25, Milford)\"")
  void headingWithAnAside() throws Exception {
    TestFiles.write(dir, "memo.txt", """
        February update

        4. MILEAGE

        Staff who drive more than 50 miles one way to an in-person convening can
        be reimbursed for mileage at the current IRS rate.

        5. STRUCTURED LITERACY LAB (March 25, Milford)

        Participants should bring a set of the decodable readers they use in class.
        """);

    SourceDocument memo = new KnowledgeFolder(dir).read("memo.txt").document();

    assertThat(memo.sections()).extracting(section -> section.headings().get(section.headings().size() - 1))
        .containsExactly("4. MILEAGE", "5. STRUCTURED LITERACY LAB (March 25, Milford)");
    assertThat(memo.sections().get(0).text()).doesNotContain("LITERACY");
  }

  @Test
  @DisplayName("Numbered headings in sentence case head their sections when they run in order; a numbered list's items stay items")
  void numberedHeadingsInSentenceCase() throws Exception {
    TestFiles.pdf(dir, "lending.pdf", null, "Lending Library Procedure",
        "1. Purpose",
        "The library lets teams try a device with a student before a district buys it.",
        "2. Who may borrow",
        "Licensed staff of member districts may borrow. Parents cannot borrow directly.",
        "3. How to request a device",
        "Search the catalog first. A requester may have no more than 3 items checked out at one time.");
    TestFiles.write(dir, "steps.txt", """
        Registration steps

        Please follow these steps in order.
        1. Register online
        2. Pay the fee
        Registration closes on May 1.

        Before the institute:
        1. Book a room
        - The block closes in May.
        2. Pack a laptop
        - Chargers are not provided.
        """);

    SourceDocument lending = new KnowledgeFolder(dir).read("lending.pdf").document();
    SourceDocument steps = new KnowledgeFolder(dir).read("steps.txt").document();

    assertThat(lending.sections()).extracting(section -> section.headings().get(section.headings().size() - 1))
        .containsExactly("1. Purpose", "2. Who may borrow", "3. How to request a device");
    assertThat(lending.sections().get(2).text()).contains("no more than 3 items").doesNotContain("Parents");
    assertThat(steps.sections()).hasSize(1);
    assertThat(steps.sections().get(0).text()).contains("1. Register online\n2. Pay the fee", "2. Pack a laptop");
  }

  @Test
  @DisplayName("A plain-text FAQ's questions, numbered or after \"Q:\", head their answers; one question in a letter heads nothing")
  void plainTextFaqQuestionsHeadTheirAnswers() throws Exception {
    TestFiles.write(dir, "faq.txt", """
        Member FAQ (2026-27)

        Last revised August 2026 by the consortium office.

        1. Who can use consortium services in the region and in its partner colleges?
        Any student, teacher or counselor in one of the nine member districts.

        2. How often are stipends paid?
        Stipends are paid once a month, on the 20th.
        """);
    TestFiles.write(dir, "qa.txt", """
        Q: Is there a fee?
        A: No. Members pay nothing.

        Q: Who signs the agreement?
        A: The superintendent.
        """);
    TestFiles.write(dir, "letter.txt", """
        Dear colleagues,

        The spring session moves to Hugo this year. Any questions?
        Write to the office by March 1.
        """);

    SourceDocument faq = new KnowledgeFolder(dir).read("faq.txt").document();
    SourceDocument qa = new KnowledgeFolder(dir).read("qa.txt").document();
    SourceDocument letter = new KnowledgeFolder(dir).read("letter.txt").document();

    assertThat(faq.sections()).extracting(section -> section.headings().get(section.headings().size() - 1))
        .containsExactly("Member FAQ (2026-27)", "Who can use consortium services in the region and in its partner colleges?",
            "How often are stipends paid?");
    assertThat(faq.sections().get(1).text()).isEqualTo("Any student, teacher or counselor in one of the nine member districts.");
    assertThat(faq.sections().get(2).text()).isEqualTo("Stipends are paid once a month, on the 20th.");
    assertThat(qa.sections()).extracting(section -> section.headings().get(section.headings().size() - 1))
        .containsExactly("Is there a fee?", "Who signs the agreement?");
    assertThat(qa.sections().get(0).text()).isEqualTo("No. Members pay nothing.");
    assertThat(letter.sections()).hasSize(1);
    assertThat(letter.sections().get(0).text()).contains("Any questions?\nWrite to the office");
  }

  @Test
  @DisplayName("A Markdown FAQ's bold questions head their answers under the heading above; a table after the last is that heading's; "
      + "one bold question in prose heads nothing")
  void markdownBoldQuestionsHeadTheirAnswers() throws Exception {
    TestFiles.write(dir, "faq.md", """
        # Member FAQ

        *Last revised September 2026*

        **Can we join the Cooperative in the middle of the school year, after the fall meeting?**
        Yes. A district can be admitted at any regular Board meeting by a majority vote of the directors.

        **What are the dues?**
        By tier:

        | Tier | Dues |
        |---|---|
        | B | $5,900 |

        **Can we leave the Cooperative?**

        Yes, with written notice by February 1.

        | Tier | Fee |
        |---|---|
        | A | $3,400 |
        """);
    TestFiles.write(dir, "note.md", """
        # Spring note

        **Why does this matter?**
        Because routes change in March.
        """);

    SourceDocument faq = new KnowledgeFolder(dir).read("faq.md").document();
    SourceDocument note = new KnowledgeFolder(dir).read("note.md").document();

    assertThat(faq.sections()).extracting(Section::headings).containsExactly(
        List.of("Member FAQ"),
        List.of("Member FAQ", "Can we join the Cooperative in the middle of the school year, after the fall meeting?"),
        List.of("Member FAQ", "What are the dues?"),
        List.of("Member FAQ", "Can we leave the Cooperative?"),
        List.of("Member FAQ"));
    assertThat(faq.sections().get(1).text())
        .isEqualTo("Yes. A district can be admitted at any regular Board meeting by a majority vote of the directors.");
    assertThat(faq.sections().get(2).text()).contains("By tier:", "Tier: B; Dues: $5,900");
    assertThat(faq.sections().get(3).text()).isEqualTo("Yes, with written notice by February 1.");
    assertThat(faq.sections().get(4).text()).contains("Tier: A; Fee: $3,400");
    assertThat(note.sections()).hasSize(1);
    assertThat(note.sections().get(0).text()).contains("Why does this matter?");
  }

  @Test
  @DisplayName("A PDF whose lines are spaced as paragraphs keeps a sentence wrapped across them whole; a contact's line and a title stay lines")
  void sentenceAcrossSpacedPdfLines() throws Exception {
    TestFiles.pdf(dir, "appeals.pdf", null, "Enrollment Procedure", "",
        "Wellton Education Compact | Procedure 4.1 Shared Enrollment Rules, Effective 2024", "",
        "A family or counselor may appeal a denied request in writing to the Executive", "",
        "Director within ten school days of the decision. The Executive Director, Dr. Marisol", "",
        "Teague, issues a final decision within fifteen school days of the appeal.", "",
        "Maria Lopez, Operations Manager for shared enrollment appeals: enroll@example.org", "",
        "For problems with the request portal, write to the help desk at help@example.org.");

    String text = new KnowledgeFolder(dir).read("appeals.pdf").document().sections().stream()
        .map(section -> section.text()).reduce("", (a, b) -> a + "\n" + b);

    assertThat(text).contains("in writing to the Executive Director within ten school days",
        "Dr. Marisol Teague, issues a final decision", "appeals: enroll@example.org\n",
        "Effective 2024\n");
    // A text file's blank lines are its writer's: its paragraphs stay apart.
    TestFiles.write(dir, "appeals.txt", "Enrollment Procedure\n\n"
        + "A family or counselor may appeal a denied request in writing to the Executive\n\n"
        + "Director within ten school days of the decision. The Executive Director, Dr. Marisol\n");
    String written = new KnowledgeFolder(dir).read("appeals.txt").document().sections().get(0).text();
    assertThat(written).doesNotContain("Executive Director within");
  }

  @Test
  @DisplayName("A placeholder a tool wrote as the PDF's title (\"untitled\", \"Microsoft Word - x.docx\") gives way to its title line")
  void placeholderTitles() throws Exception {
    TestFiles.pdf(dir, "grants.pdf", "untitled", "Student Grant Guidelines",
        "Each school in a member district may apply twice a year, in October and in February.");
    TestFiles.pdf(dir, "handbook.pdf", "Microsoft Word - handbook_v3.docx", "Mentor Handbook",
        "Mentors meet their new teachers every month of the school year, in person or online.");

    assertThat(new KnowledgeFolder(dir).read("grants.pdf").document().title()).isEqualTo("Student Grant Guidelines");
    assertThat(new KnowledgeFolder(dir).read("handbook.pdf").document().title()).isEqualTo("Mentor Handbook");
    assertThat(TextFiles.metaTitle("Strategic Plan 2026")).isEqualTo("Strategic Plan 2026");
    assertThat(TextFiles.metaTitle("Document1")).isNull();
  }

  @Test
  @DisplayName("A first line with a comma inside is still the title (\"Program Guide, 2026-27\"); one ending in a comma is not")
  void titleLineWithAComma() throws Exception {
    TestFiles.pdf(dir, "wbl.pdf", null, "Work-Based Learning Program Guide, 2026-27",
        "Ozark Ridge Pathways Consortium | Prepared by Travis Lindqvist, Coordinator");
    TestFiles.write(dir, "note.txt", "Hi everyone,\nThe tuition drops to $65 per credit hour in spring.\n");

    assertThat(new KnowledgeFolder(dir).read("wbl.pdf").document().title()).isEqualTo("Work-Based Learning Program Guide, 2026-27");
    assertThat(new KnowledgeFolder(dir).read("note.txt").document().title()).isEqualTo("Note");
  }

  @Test
  @DisplayName("A PDF's running header, footer and page numbers are dropped; a heading above its text heads it")
  void pdfPagesAndHeadings() throws Exception {
    String wrapped = "Each fellow completes a 120-hour residency under a mentor principal in a school other";
    TestFiles.pdfPages(dir, "guide.pdf", List.of(
        List.of("Fellowship Program Guide Page 1 of 2", "High Desert Alliance - 1", "", "Fellowship Program Guide", "",
            "Purpose", "The fellowship prepares experienced teachers to become building leaders in rural",
            "schools across the region.", "", "Page 1"),
        List.of("Fellowship Program Guide Page 2 of 2", "High Desert Alliance - 2", "", "Residency", wrapped,
            "than the fellow's own.", "", "Page 2")));

    SourceDocument pdf = new KnowledgeFolder(dir).read("guide.pdf").document();

    String all = pdf.sections().stream().map(section -> section.headings() + " " + section.text())
        .reduce("", String::concat);
    assertThat(all).doesNotContain("Page 1", "Page 2", "High Desert Alliance");
    assertThat(pdf.sections()).anySatisfy(section -> {
      assertThat(section.headings()).last().isEqualTo("Residency");
      assertThat(section.text()).isEqualTo(wrapped + " than the fellow's own.");
    });
    assertThat(pdf.sections()).anySatisfy(section -> assertThat(section.headings()).last().isEqualTo("Purpose"));
  }

  @Test
  @DisplayName("A PDF with a malformed content stream is read or refused with one line, never a stack trace")
  void malformedPdf() throws Exception {
    Path file = TestFiles.pdf(dir, "broken.pdf", "Broken", "Some text here.");
    byte[] bytes = Files.readAllBytes(file);
    String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).replace("stream", "strXam");
    Files.write(file, raw.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.err;
    System.setErr(new java.io.PrintStream(err, true));
    try {
      KnowledgeFolder.ReadResult result = new KnowledgeFolder(dir).read("broken.pdf");
      assertThat(result.document() != null || result.problem() != null).isTrue();
    } finally {
      System.setErr(original);
    }
    assertThat(err.toString()).doesNotContain("\tat org.apache");
  }
}
