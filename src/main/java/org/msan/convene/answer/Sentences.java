package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.msan.convene.knowledge.Chunker;

/** A passage's text as answers quote it: each list item whole, other lines sentence by sentence. */
final class Sentences {

  private static final Pattern LIST_ITEM = Pattern.compile("^(- |\\d+\\. )");

  record Sentence(String text, boolean listItem) {}

  private Sentences() {}

  static List<Sentence> of(String text) {
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

  static boolean isListItem(String text) {
    return LIST_ITEM.matcher(text).find();
  }

  /** A list item quoted on its own reads as a sentence, without its "- " or "2. ". */
  static String withoutListMarker(String text) {
    return LIST_ITEM.matcher(text).replaceFirst("");
  }
}
