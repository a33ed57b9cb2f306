package org.msan.convene.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The staff's synonyms: {@code synonyms.txt} at the top of the knowledge folder, in Solr's format
 * (each line a group of words or phrases that mean the same, {@code #} for comments). It is read
 * for questions only and is not a document. A line Lucene's parser refuses is left out and
 * reported with its number; the other lines still apply.
 */
public final class Synonyms {

  public static final String FILE = "synonyms.txt";
  private static final String ARROW = "=>";
  private static final String EMPTY_WORD = " (an empty word: two commas in a row, or a comma at the end?)";
  /** Solr's format escapes a comma inside a word as {@code \,}. */
  private static final Pattern UNESCAPED_COMMA = Pattern.compile("(?<!\\\\),");

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
      // Lucene's parser refuses some of these with a reason staff can't act on, and skips others
      // ("cost, price,,") without a word, though staff meant something there.
      String line = lines[i];
      Optional<String> slip = emptySide(line).map(side -> " (nothing " + side + " =>)")
          .or(() -> hasEmptyWord(line) ? Optional.of(EMPTY_WORD) : Optional.empty());
      if (slip.isPresent()) {
        problems.add(leftOut(i + 1, slip.get()));
        lines[i] = "";
        continue;
      }
      try {
        analysis.checkSynonyms(lines[i]);
      } catch (ParseException e) {
        problems.add(leftOut(i + 1, why(e)));
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

  /** "before" or "after" when that side of a line's {@code =>} is blank; empty for a line without one or a comment. */
  private static Optional<String> emptySide(String line) {
    String group = withoutComment(line);
    int arrow = group.indexOf(ARROW);
    if (arrow < 0) {
      return Optional.empty();
    }
    if (group.substring(0, arrow).isBlank()) {
      return Optional.of("before");
    }
    return group.substring(arrow + ARROW.length()).isBlank() ? Optional.of("after") : Optional.empty();
  }

  /** Whether a word of the line's group, between its unescaped commas, is blank. */
  private static boolean hasEmptyWord(String line) {
    String group = withoutComment(line);
    if (group.isBlank()) {
      return false;
    }
    return Arrays.stream(group.split(ARROW)).flatMap(side -> Arrays.stream(UNESCAPED_COMMA.split(side, -1)))
        .anyMatch(String::isBlank);
  }

  /** The line as Solr's format reads it: a line whose first character is {@code #} is a comment. */
  private static String withoutComment(String line) {
    return line.startsWith("#") ? "" : line;
  }

  private static Problem leftOut(int line, String why) {
    return new Problem(FILE, line,
        "cannot read this group of synonyms" + why + "; it is left out, the other lines still apply");
  }

  /** Lucene's reason in staff's words, where it is one they can act on. */
  private static String why(ParseException e) {
    String cause = e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage());
    // "", or only punctuation: Lucene's words for it are "completely eliminated" and "zero-length token".
    if (cause.contains("completely eliminated") || cause.contains("zero-length")) {
      return EMPTY_WORD;
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
