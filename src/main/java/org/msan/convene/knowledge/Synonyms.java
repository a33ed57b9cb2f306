package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Optional;

/**
 * The staff's synonyms: {@code synonyms.txt} at the top of the knowledge folder, in Solr's format
 * (each line a group of words or phrases that mean the same, {@code #} for comments). It is read
 * for questions only and is not a document; a file that cannot be read is reported with its line
 * and questions go on without synonyms.
 */
public final class Synonyms {

  public static final String FILE = "synonyms.txt";

  private Synonyms() {}

  /** Applies the folder's synonyms to the analysis; the problem of a file that cannot be read, if any. */
  public static Optional<Problem> apply(KnowledgeFolder folder, TextAnalysis analysis) {
    Path file = folder.resolve(FILE);
    try {
      analysis.useSynonyms(Files.isRegularFile(file) ? TextFiles.readUtf8(file) : "");
      return Optional.empty();
    } catch (ParseException e) {
      Optional<Problem> problem = Optional.of(new Problem(FILE, firstBadLine(file), "cannot read this group of synonyms; "
          + "questions are read without synonyms until it is fixed"));
      useNone(analysis);
      return problem;
    } catch (IOException | UnreadableFileException e) {
      useNone(analysis);
      return Optional.of(new Problem(FILE, 0, "cannot read the synonyms: " + e.getMessage()));
    }
  }

  private static void useNone(TextAnalysis analysis) {
    try {
      analysis.useSynonyms("");
    } catch (ParseException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** The line Lucene's parser refused: each line is tried on its own. */
  private static int firstBadLine(Path file) {
    try {
      var lines = Files.readAllLines(file);
      TextAnalysis probe = new TextAnalysis();
      for (int i = 0; i < lines.size(); i++) {
        try {
          probe.useSynonyms(lines.get(i));
        } catch (ParseException e) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }
}
