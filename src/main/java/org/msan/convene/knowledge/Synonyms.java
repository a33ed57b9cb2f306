package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff's synonyms: {@code synonyms.txt} at the top of the knowledge folder, in Solr's format
 * (each line a group of words or phrases that mean the same, {@code #} for comments). It is read
 * for questions only and is not a document. A line Lucene's parser refuses is left out and
 * reported with its number; the other lines still apply.
 */
public final class Synonyms {

  public static final String FILE = "synonyms.txt";

  private Synonyms() {}

  /**
   * Applies the folder's synonyms to the analysis.
   *
   * @return the problems: each line left out, or the file when it cannot be read at all
   */
  public static List<Problem> apply(KnowledgeFolder folder, TextAnalysis analysis) {
    Path file = folder.resolve(FILE);
    String text;
    try {
      text = Files.isRegularFile(file) ? TextFiles.readUtf8(file) : "";
    } catch (IOException | UnreadableFileException e) {
      useNone(analysis);
      return List.of(new Problem(FILE, 0, "cannot read the synonyms: " + e.getMessage()));
    }
    // Solr's parser stops at the first line it refuses and keeps none: each line is tried on its own
    // first, so one slip costs its own group only. The lines are independent in Solr's format.
    List<Problem> problems = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      try {
        analysis.checkSynonyms(lines[i]);
      } catch (ParseException e) {
        problems.add(new Problem(FILE, i + 1, "cannot read this group of synonyms" + why(e)
            + "; it is left out, the other lines still apply"));
        lines[i] = "";
      }
    }
    try {
      analysis.useSynonyms(String.join("\n", lines));
    } catch (ParseException e) {
      // Every line read alone: together they should too. Should they not, no synonyms rather than no answers.
      useNone(analysis);
      problems.add(new Problem(FILE, 0, "cannot read the synonyms (" + e.getMessage()
          + "); questions are read without them until it is fixed"));
    }
    return List.copyOf(problems);
  }

  /** Lucene's reason in staff's words, where it is one they can act on. */
  private static String why(ParseException e) {
    String cause = e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage());
    // "", or only punctuation: Lucene's words for it are "completely eliminated" and "zero-length token".
    if (cause.contains("completely eliminated") || cause.contains("zero-length")) {
      return " (an empty word: two commas in a row, or a comma at the end?)";
    }
    if (cause.contains("more than one explicit mapping")) {
      return " (more than one =>)";
    }
    return "";
  }

  private static void useNone(TextAnalysis analysis) {
    try {
      analysis.useSynonyms("");
    } catch (ParseException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
