package org.msan.convene.knowledge;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits sections into passages. A passage never leaves its section; a long section is cut at
 * sentence (or list item) boundaries into passages of about {@link #TARGET_CHARS}. Short sections
 * stay whole: on these documents a section is usually exactly the answer.
 */
public final class Chunker {

  /**
   * About 170 words, and a section up to half as long again stays whole. Measured on
   * eval/questions.jsonl: at 700 a lever's lead sentence and a list were cut off from the rest of
   * their section (accuracy fell by 3 points); the composer picks sentences, so whole sections cost little.
   */
  static final int TARGET_CHARS = 1000;

  public List<Passage> passages(SourceDocument document) {
    List<Passage> passages = new ArrayList<>();
    for (Section section : document.sections()) {
      List<String> headings = withoutTitle(section.headings(), document.title());
      List<String> pieces = split(section.text());
      for (int part = 0; part < pieces.size(); part++) {
        String id = document.path() + "#" + passages.size();
        passages.add(new Passage(id, document.path(), document.title(), document.category(),
            document.source(), headings, part, pieces.get(part)));
      }
    }
    return passages;
  }

  /** A top heading that repeats the document's title adds nothing to the heading path. */
  private static List<String> withoutTitle(List<String> headings, String title) {
    if (!headings.isEmpty() && title.toLowerCase(Locale.ROOT).startsWith(headings.get(0).toLowerCase(Locale.ROOT))) {
      return headings.subList(1, headings.size());
    }
    return headings;
  }

  static List<String> split(String text) {
    if (text.length() <= TARGET_CHARS * 3 / 2) {
      return List.of(text);
    }
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String unit : units(text)) {
      if (current.length() > 0 && current.length() + unit.length() > TARGET_CHARS) {
        pieces.add(current.toString().strip());
        current.setLength(0);
      }
      current.append(unit);
    }
    if (current.length() > 0) {
      pieces.add(current.toString().strip());
    }
    return pieces;
  }

  /** Sentences, with line breaks kept so list items stay one unit each. */
  static List<String> units(String text) {
    List<String> units = new ArrayList<>();
    for (String line : text.split("(?<=\n)")) {
      if (line.length() <= TARGET_CHARS) {
        units.add(line);
        continue;
      }
      units.addAll(sentences(line));
    }
    return units;
  }

  /**
   * Sentences of a text in order, each with its trailing space (JDK BreakIterator). The JDK's
   * rules end a sentence at any period before a capital, where a title or an initial is not an
   * end ("Contact Dr. Aisha Benning", "John F. Kennedy", "the U.S. Department"): no break after
   * one of the titles that CLDR's English sentence-break suppressions list, or after a single
   * capital, as ICU's suppression does ("Yes. Members pay nothing." stays two sentences).
   */
  public static List<String> sentences(String text) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    iterator.setText(text);
    List<String> sentences = new ArrayList<>();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
      if (end < text.length() && TITLE_OR_INITIAL.matcher(text.substring(start, end).stripTrailing()).find()) {
        continue;
      }
      sentences.add(text.substring(start, end));
      start = end;
    }
    return sentences;
  }

  private static final Pattern TITLE_OR_INITIAL = Pattern.compile(
      "(?<!\\p{L})(?:\\p{Lu}|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Hon|St|Jr|Sr|Gen|Gov|Sen|Rep|Capt|Lt|Col|Sgt)\\.$");
}
