package org.msan.convene.discord;

import java.util.ArrayList;
import java.util.List;

/** Discord's length limits, met by cutting at a line or sentence end, never inside a word. */
final class TextLimits {

  static final int MESSAGE = 2000;
  static final int EMBED_DESCRIPTION = 4096;
  static final int EMBED_TITLE = 256;
  static final int FIELD_NAME = 256;
  static final int FIELD_VALUE = 1024;

  private TextLimits() {}

  /** Pieces of at most {@code max} characters, each ending at a line, sentence or word boundary. */
  static List<String> split(String text, int max) {
    List<String> pieces = new ArrayList<>();
    String rest = text.strip();
    while (rest.length() > max) {
      int cut = cutPoint(rest, max);
      pieces.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty() || pieces.isEmpty()) {
      pieces.add(rest);
    }
    return pieces;
  }

  /** The text, or its start up to a sentence end with "…" when it is too long. */
  static String trim(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, cutPoint(text, max - 1)).strip() + "…";
  }

  private static int cutPoint(String text, int max) {
    String head = text.substring(0, max);
    int line = head.lastIndexOf('\n');
    if (line > max / 2) {
      return line + 1;
    }
    int sentence = Math.max(head.lastIndexOf(". "), Math.max(head.lastIndexOf("? "), head.lastIndexOf("! ")));
    if (sentence > max / 2) {
      return sentence + 2;
    }
    int space = head.lastIndexOf(' ');
    return space > 0 ? space + 1 : max;
  }
}
