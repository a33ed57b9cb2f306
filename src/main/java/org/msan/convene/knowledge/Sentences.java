package org.msan.convene.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A passage's text as answers quote it: each list item whole, other lines sentence by sentence
 * ({@link Chunker#sentences}). The index embeds each of these sentences, in this order: a change
 * to how a text is split must come with a new {@link IndexManifest} format, so that every index is
 * built again.
 */
public final class Sentences {

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;)\"”’]\\s*$");
  /** "- ", "2. ", and a policy's lettered or numbered clauses: "(a) ", "B) ", "(iv) ", "(II) ", "3) ". */
  private static final Pattern LIST_ITEM = Pattern.compile("^(- |\\d+\\. |\\(?(?:[a-zA-Z]|[ivx]{1,4}|[IVX]{1,4}|\\d{1,2})\\) )");

  public record Sentence(String text, boolean listItem) {

    /**
     * Whether this is a line that labels the one after it: neither a list item nor ended as a
     * sentence is (a name over its contact details, a label over its value).
     */
    public boolean labelsNext() {
      return !listItem && !endsSentence(text);
    }
  }

  private Sentences() {}

  public static List<Sentence> of(String text) {
    List<Sentence> sentences = new ArrayList<>();
    for (String line : text.split("\n")) {
      boolean item = isListItem(line.strip());
      for (String piece : item ? List.of(line) : Chunker.sentences(line)) {
        if (!piece.isBlank()) {
          sentences.add(new Sentence(piece.strip(), item));
        }
      }
    }
    return sentences;
  }

  /**
   * Whether the text ends as a sentence does (a full stop, a question mark, a colon, a closing
   * bracket or quote); a line without such an end is a label's line, a name over contact details
   * or a table's row.
   */
  public static boolean endsSentence(String text) {
    return SENTENCE_END.matcher(text).find();
  }

  public static boolean isListItem(String text) {
    return LIST_ITEM.matcher(text).find();
  }

  /** A list item quoted on its own reads as a sentence, without its "- " or "2. ". */
  public static String withoutListMarker(String text) {
    return LIST_ITEM.matcher(text).replaceFirst("");
  }
}
