package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a question that asks two things ("When is the kick-off and how much does it cost to
 * join?") into its parts, each a question of its own; a part that refers back ("it", "they") keeps
 * the words of the part before it.
 */
final class QuestionParts {

  /**
   * "… and how …", "…? What …", "…; where …": a new question word or auxiliary starts a part, as
   * does a question word after its preposition with words of its own ("… and by what date …", "…
   * and in which city …"; "… and by when?" asks nothing new).
   */
  private static final String QUESTION_WORDS = "what|what's|whats|when|where|who|whom|whose|which|why|how";
  private static final String AUXILIARIES = "is|are|was|were|do|does|did|can|could|will|would|should";
  private static final String PREPOSITIONS = "by|in|on|at|for|from|to|until|with|about";
  private static final Pattern BOUNDARY = Pattern.compile(
      "(?:,?\\s+(?:and|also|plus)\\s+|\\?\\s+|;\\s*)(?=(?:" + PREPOSITIONS + ")\\s+(?:" + QUESTION_WORDS + ")\\s+\\p{L}"
          + "|(?:" + QUESTION_WORDS + "|" + AUXILIARIES + ")\\b)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REFERS_BACK = Pattern.compile(
      "\\b(it|its|they|their|them|this|that|there|he|him|his|she|her|hers)\\b", Pattern.CASE_INSENSITIVE);
  /** The words that ask, at the start of a part: "when is", "how much does", "what are", "in which". */
  private static final Pattern ASKING = Pattern.compile(
      "^\\s*(?:(?:" + PREPOSITIONS + ")\\s+(?=(?:" + QUESTION_WORDS + ")\\b))?"
          + "(?:(?:how\\s+(?:much|many|long|often|far)|" + QUESTION_WORDS + ")\\s+)?(?:(?:" + AUXILIARIES + ")\\s+)?",
      Pattern.CASE_INSENSITIVE);
  /** A part shorter than this many characters is not a question of its own ("and who?"); "where is it" is. */
  private static final int MIN_PART = 8;

  private QuestionParts() {}

  /** The parts as asked, in order; one part when the question asks one thing. */
  static List<String> split(String question) {
    List<String> parts = new ArrayList<>();
    Matcher boundary = BOUNDARY.matcher(question);
    int start = 0;
    while (boundary.find()) {
      String part = question.substring(start, boundary.start()).strip();
      if (part.length() >= MIN_PART) {
        parts.add(part);
        start = boundary.end();
      }
    }
    String last = question.substring(start).strip();
    if (last.length() < MIN_PART && !parts.isEmpty()) {
      return List.of(question.strip());
    }
    parts.add(last);
    return parts;
  }

  /** The part without the words that refer back: "how do I reach her" asks "how do I reach". */
  static String withoutReferences(String part) {
    return REFERS_BACK.matcher(part).replaceAll(" ");
  }

  /**
   * The part as searched: one that refers back to the part before it carries what that part is
   * about, without what it asked ("how much does it cost? (the kick-off)", not "(when is the
   * kick-off)", which would ask for a date again).
   */
  static String searched(String part, String previous) {
    if (previous == null || !REFERS_BACK.matcher(part).find()) {
      return part;
    }
    return withTopicOf(part, previous);
  }

  /**
   * The part with what the part before it is about, for a part that leaves its subject to be
   * understood: "what degree do the teachers need", asked after "when are rosters due for
   * high-school-taught dual credit sections", means those sections' teachers.
   */
  static String withTopicOf(String part, String previous) {
    String topic = ASKING.matcher(previous).replaceFirst("").replaceAll("[?.!]+$", "").strip();
    return topic.isEmpty() ? part : part + " (" + topic + ")";
  }
}
