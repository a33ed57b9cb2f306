package org.msan.convene.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PassageIndexTest {

  @TempDir Path knowledge;
  @TempDir Path data;
  private PassageIndex index;
  private KnowledgeFolder folder;
  private EmbeddingCache cache;
  private final TextAnalysis analysis = new TextAnalysis();

  @BeforeEach
  void setUp() throws Exception {
    TestFiles.write(knowledge, "cost.md", """
        ---
        title: Network Cost
        ---
        # Cost

        The fee is $20,000 per district team, per year.

        # Schedule

        The kick-off is a two day meeting in October.
        """);
    TestFiles.write(knowledge, "values.md", """
        # Core Values

        - Students' voices must be centered
        - Research and collaboration drive innovation
        """);
    folder = new KnowledgeFolder(knowledge);
    cache = TestEmbedders.cache(data);
    index = new PassageIndex(data.resolve("index"), analysis, TestEmbedders.embedder(cache));
  }

  @AfterEach
  void tearDown() throws Exception {
    index.close();
    cache.close();
  }

  @Test
  @DisplayName("A question finds the passage of the right section first, with its heading path")
  void ranksTheRightSection() {
    index.refresh(folder);

    List<Hit> hits = index.search("How much is the fee per team?", 5).hits();

    assertThat(hits.get(0).passage().section()).isEqualTo("Cost");
    assertThat(hits.get(0).passage().text()).contains("$20,000");
    assertThat(index.search("What drives innovation?", 5).hits().get(0).passage().path()).isEqualTo("values.md");
    assertThat(index.search("", 5).hits()).isEmpty();
  }

  @Test
  @DisplayName("The share of the folder's files with a term counts files, not passages, and follows the folder")
  void fileShareOfATerm() throws Exception {
    assertThat(index.fileShare("fee")).as("before there is an index").isZero();
    index.refresh(folder);

    assertThat(index.fileShare("fee")).as("two passages of one of two files").isEqualTo(0.5);
    assertThat(index.fileShare("research")).isEqualTo(0.5);
    assertThat(index.fileShare("kayak")).isZero();

    TestFiles.write(knowledge, "faq.md", "# FAQ\n\nThe fee is due in September.\n");
    TestFiles.write(knowledge, "travel.md", "# Travel\n\nMileage is paid at the federal rate.\n");
    index.refresh(folder);
    assertThat(index.fileShare("fee")).isEqualTo(0.5);
    Files.delete(knowledge.resolve("values.md"));
    index.refresh(folder);
    assertThat(index.fileShare("fee")).as("a removed file counts no more").isEqualTo(2.0 / 3);
  }

  @Test
  @DisplayName("Each sentence of a passage is weighed against the question: the one that answers it is the closest")
  void sentenceSimilarities() throws Exception {
    TestFiles.write(knowledge, "apply.md", """
        # Who Should Apply

        Teams of four to eight leaders from one district, diverse by role and background. Members commit to \
        every convening of the year.

        - Applications are reviewed in the spring by the network's staff.
        - Secondary students are also welcome to join a team.
        """);
    index.refresh(folder);

    Hit hit = index.search("can kids be part of our team", 5).hits().stream()
        .filter(h -> h.passage().path().equals("apply.md")).findFirst().orElseThrow();

    assertThat(hit.sentenceSimilarities()).hasSize(Sentences.of(hit.passage().text()).size()).hasSize(4);
    assertThat(hit.closestSentence()).contains("- Secondary students are also welcome to join a team.");
  }

  @Test
  @DisplayName("A question's word no document has is read as their words nearest in meaning, from the folder as it is now")
  void nearTermsOfUnknownWords() throws Exception {
    index.refresh(folder);
    assertThat(index.nearTerms("is there meditation for staff")).doesNotContainKey("medit");

    TestFiles.write(knowledge, "wellness.md", """
        # Staff Well-Being

        Mindfulness sessions for staff run every Tuesday after school. Children of staff may join the summer camp.
        """);
    index.refresh(folder);
    var near = index.nearTerms("is there meditation for staff, and can our kids come to the camp");

    assertThat(near).containsOnlyKeys("medit", "kid");
    assertThat(near.get("medit")).contains("mind");
    assertThat(near.get("kid")).contains("children");
    assertThat(index.nearTerms("when do the mindfulness sessions run")).as("the documents' own words").isEmpty();
    assertThat(index.nearTerms("is Meditation on Tuesday or in April")).as("names and months name one thing").isEmpty();
    SearchResult result = index.searchWithNeighbours("is there meditation for staff", 5);
    assertThat(result.nearTerms()).containsOnlyKeys("medit");
    assertThat(result.terms()).contains("medit", "mind");
    assertThat(result.hits().get(0).passage().path()).isEqualTo("wellness.md");
    assertThat(index.search("is there meditation for staff", 5).nearTerms()).isEmpty();
  }

  @Test
  @DisplayName("A question's words are embedded, never written to the cache: only the documents' words are kept")
  void questionWordsAreNotCached() throws Exception {
    index.refresh(folder);
    long before = cachedVectors();

    index.searchWithNeighbours("can our kids do meditation with the grown-ups", 5);

    assertThat(cachedVectors()).isEqualTo(before);
  }

  private long cachedVectors() throws Exception {
    try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + data.resolve("embeddings.db"));
        var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM vectors")) {
      return rows.getLong(1);
    }
  }

  @Test
  @DisplayName("Acronyms learned at indexing work both ways, but one that is also a word stays that word in questions")
  void acronymsFromTheIndex() throws Exception {
    TestFiles.write(knowledge, "learning.md", """
        # Research

        The Science of Learning and Development (SOLD) and the Youth Writing Project (YWP) guide our work.
        """);
    index.refresh(folder);

    assertThat(analysis.questionSlots("what does ywp do")).contains(java.util.Set.of("ywp", "youth write project"));
    assertThat(analysis.questionSlots("are tickets sold out")).noneMatch(slot -> slot.size() > 1);
    assertThat(analysis.questionSlots("what is the science of learning and development"))
        .anyMatch(slot -> slot.contains("sold"));
  }

  @Test
  @DisplayName("The acronyms of a kept index are read into a new analysis without opening it for search")
  void acronymsReadBeforeTheFirstSearch() throws Exception {
    TestFiles.write(knowledge, "about.md", "# About\n\nThe Youth Writing Project (YWP) meets monthly.\n");
    index.refresh(folder);
    TextAnalysis restarted = new TextAnalysis();

    assertThat(restarted.questionSlots("what does ywp do")).noneMatch(slot -> slot.size() > 1);
    PassageIndex.readAcronyms(data.resolve("index"), restarted);
    assertThat(restarted.questionSlots("what does ywp do")).contains(java.util.Set.of("ywp", "youth write project"));
    TextAnalysis fresh = new TextAnalysis();
    PassageIndex.readAcronyms(data.resolve("no-index-here"), fresh);
    assertThat(fresh.questionSlots("what does ywp do")).noneMatch(slot -> slot.size() > 1);
  }

  @Test
  @DisplayName("A misspelt word is corrected to the documents' word; a common English word is left as it is")
  void englishWordsAreNotMisspellings() {
    index.refresh(folder);

    assertThat(index.correctSpelling("is anything meetng")).contains("is anything meeting");
    // "melting" is one edit from the documents' "meeting", and a word of its own.
    assertThat(index.correctSpelling("is anything melting")).isEmpty();
  }

  @Test
  @DisplayName("A refresh waits while another writer holds the index's lock, and goes on once it is released")
  void waitsForTheWriteLock() throws Exception {
    index.refresh(folder);
    TestFiles.write(knowledge, "retreat.md", "# Retreat\n\nThe retreat is in June.\n");
    CompletableFuture<IndexReport> refresh;

    try (Directory other = FSDirectory.open(data.resolve("index"));
        IndexWriter holder = new IndexWriter(other, new IndexWriterConfig().setCommitOnClose(false))) {
      refresh = CompletableFuture.supplyAsync(() -> index.refresh(folder));
      Thread.sleep(500);
      assertThat(refresh).isNotDone();
    }

    assertThat(refresh.get(30, TimeUnit.SECONDS).added()).containsExactly("retreat.md");
  }

  @Test
  @DisplayName("The first refresh adds every file; a second one with no change re-reads nothing")
  void refreshIsIncremental() {
    IndexReport first = index.refresh(folder);
    IndexReport second = index.refresh(folder);

    assertThat(first.added()).containsExactly("cost.md", "values.md");
    assertThat(first.documents()).isEqualTo(2);
    assertThat(first.passages()).isEqualTo(3);
    assertThat(second.changedAnything()).isFalse();
    assertThat(second.passages()).isEqualTo(3);
    assertThat(index.isCurrent(folder)).isTrue();
  }

  @Test
  @DisplayName("A changed file replaces its passages, a removed one loses them, a touched one is not re-read")
  void changedAndRemovedFiles() throws Exception {
    index.refresh(folder);
    Path values = knowledge.resolve("values.md");
    Files.setLastModifiedTime(values, FileTime.fromMillis(Files.getLastModifiedTime(values).toMillis() + 5000));
    assertThat(index.isCurrent(folder)).isFalse();
    assertThat(index.refresh(folder).changedAnything()).isFalse();

    TestFiles.write(knowledge, "cost.md", "# Cost\n\nThe fee is now waived for every team.\n");
    Files.delete(values);
    IndexReport report = index.refresh(folder);

    assertThat(report.changed()).containsExactly("cost.md");
    assertThat(report.removed()).containsExactly("values.md");
    assertThat(index.passageCount()).isEqualTo(1);
    assertThat(index.search("fee waived", 5).hits().get(0).passage().text()).contains("waived");
    assertThat(index.search("innovation", 5).hits()).extracting(h -> h.passage().path()).containsOnly("cost.md");
  }

  @Test
  @DisplayName("A broken file is skipped with its reason and the rest is still searchable")
  void brokenFilesAreSkipped() throws Exception {
    Files.write(knowledge.resolve("broken.pdf"), "not a pdf".getBytes());

    IndexReport report = index.refresh(folder);

    assertThat(report.skipped()).extracting(Problem::path).containsExactly("broken.pdf");
    assertThat(report.documents()).isEqualTo(2);
    assertThat(index.skipped()).hasSize(1);
    assertThat(index.search("fee", 5).hits()).isNotEmpty();
  }

  @Test
  @DisplayName("A new process opens the existing index and sees it current without rebuilding")
  void reopensExistingIndex() throws Exception {
    index.refresh(folder);
    index.close();

    index = new PassageIndex(data.resolve("index"), analysis, TestEmbedders.embedder(cache));

    assertThat(index.isCurrent(folder)).isTrue();
    assertThat(index.passageCount()).isEqualTo(3);
  }

  @Test
  @DisplayName("Misspelt words are corrected to the documents' words; stop words, known and short words are left alone")
  void correctsSpellingAgainstTheDocuments() {
    index.refresh(folder);

    assertThat(index.correctSpelling("how much is the distrcit fee")).contains("how much is the district fee");
    assertThat(index.correctSpelling("wich reserch drives inovation")).contains("wich research drives innovation");
    assertThat(index.correctSpelling("what is the fee per team")).isEmpty();
    assertThat(index.correctSpelling("whats on the schedle")).contains("whats on the schedule");
  }

  @Test
  @DisplayName("A slip near no written word but near a stem the documents have is read as that stem, when it is English")
  void correctsTowardsAStem() throws Exception {
    TestFiles.write(knowledge, "bylaws.md", "# Bylaws\n\nAmending the bylaws needs 30 days of notice of the amendment.\n");
    index.refresh(folder);

    assertThat(index.correctSpelling("how do we ammend the bylaws")).contains("how do we amend the bylaws");
  }

  @Test
  @DisplayName("A word that begins a longer word of the documents is a member's clipping, not a misspelling")
  void leavesClippingsAlone() throws Exception {
    TestFiles.write(knowledge, "board.md", "# Board\n\nThe superintendents meet monthly. We are sure of the date.\n");
    index.refresh(folder);

    assertThat(index.correctSpelling("is there a group for supes")).isEmpty();
    assertThat(index.correctSpelling("when do the superintendnts meet")).contains("when do the superintendents meet");
  }

  @Test
  @DisplayName("Of words as near as each other, the one that keeps every letter typed is meant: a swap or a dropped letter")
  void prefersTheWordThatKeepsTheTypedLetters() throws Exception {
    TestFiles.write(knowledge, "grants.md", """
        # Great Plains Grants

        A team grant pays up to $9,000. Award amounts are set about a month before the grant round.
        """);
    index.refresh(folder);

    assertThat(index.correctSpelling("max for a team grnat")).contains("max for a team grant");
    assertThat(index.correctSpelling("max amout for a team")).contains("max amount for a team");
    assertThat(PassageIndex.keepsLetters("grnat", "grant")).isTrue();
    assertThat(PassageIndex.keepsLetters("grnat", "great")).isFalse();
  }

  @Test
  @DisplayName("A word written as one is read apart only where the documents write its parts side by side")
  void breaksAWordTheDocumentsWriteApart() throws Exception {
    TestFiles.write(knowledge, "wellness.md", """
        # Staff Well-Being

        Staff well-being matters. Take note: the key is rest.
        """);
    index.refresh(folder);

    assertThat(index.correctSpelling("anything for staff wellbeing")).contains("anything for staff well being");
    assertThat(index.correctSpelling("who is the keynote")).isEmpty();
  }

  @Test
  @DisplayName("A word with accents is read without them, or as the documents' word one edit from that")
  void accentsAreReadAsTheDocumentsWrite() throws Exception {
    TestFiles.write(knowledge, "mission.md", """
        # Our Mission

        The mission is to learn together. The cafeteria opens at noon.
        """);
    index.refresh(folder);

    assertThat(index.correctSpelling("¿cuál es la misión?")).contains("¿cuál es la mission?");
    assertThat(index.correctSpelling("when does the cafetería open")).contains("when does the cafeteria open");
  }

  @Test
  @DisplayName("A misspelling whose stem is a document's stem is still corrected; a form of a document's word is not")
  void misspellingsThatStemToAWord() throws Exception {
    TestFiles.write(knowledge, "staff.md", """
        # Staff

        Our research director reports directly to the board.
        """);
    index.refresh(folder);

    assertThat(index.correctSpelling("who is the research directer")).contains("who is the research director");
    assertThat(index.correctSpelling("who reports to the boards")).isEmpty();
  }

  @Test
  @DisplayName("A word of four letters that dropped one is corrected; an inflected English word, or one the documents' word begins, is not")
  void shortSlipsAndRealWords() throws Exception {
    TestFiles.write(knowledge, "library.md", """
        # Lending library

        You may check out three items. Borrowing hours begin at 8:00. The shows are free.
        """);
    index.refresh(folder);

    assertThat(index.correctSpelling("how many can i chek out")).contains("how many can i check out");
    assertThat(index.correctSpelling("what if it snows")).isEmpty();
    assertThat(index.correctSpelling("when do the beginner classes start")).isEmpty();
    // In another language no word stands as English: it is read as the documents' nearest word.
    assertThat(index.correctSpelling("what if it snows", word -> false)).contains("what if it shows");
  }
}
