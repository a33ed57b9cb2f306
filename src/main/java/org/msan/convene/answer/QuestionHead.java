package org.msan.convene.answer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The thing a "which …", "what …" or "who is the …" question asks for, as its form says: "which
 * hotel is …" asks for a hotel, "what language do the webinars use" for a language, "what kind of
 * group is …" for a group, "who is the executive director" for an executive director. A passage that never names that thing does not answer the question, however close the
 * rest of it is (TREC QA's answer type, read from the question's own noun rather than a class list).
 */
final class QuestionHead {

  private static final String AUXILIARY = "(?:is|are|was|were|do|does|did|will|would|can|could|should|has|have|had)";
  /** "what kind of group is", "which type of support do": the noun after "kind of". */
  private static final Pattern KIND_OF = Pattern.compile(
      "^\\s*(?:which|what)\\s+(?:kinds?|types?|sorts?)\\s+of\\s+(\\p{L}+)\\b", Pattern.CASE_INSENSITIVE);
  /** "which hotel is", "what language do", "which school districts are": the words before the verb. */
  private static final Pattern NOUN_THEN_VERB = Pattern.compile(
      "^\\s*(?:which|what)\\s+((?:\\p{L}+\\s+)?\\p{L}+)\\s+" + AUXILIARY + "\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "who is the executive director of …", "who's the keynote speaker at …": the role after the
   * article, one or two words, up to a preposition. "Who is on …", "who's behind …" name no role.
   */
  private static final Pattern WHO_IS_THE = Pattern.compile(
      "^\\s*who(?:\\s+(?:is|are|was|were|will be)|['’]s)\\s+(?:(?:the\\s+)?[\\p{L}.]+['’]s|the|a|an|our|your|their)\\s+"
          + "(\\p{L}+(?:\\s+(?!(?:of|for|at|in|on|to|with|from|this|that|these|next|last|now|today|year|then)\\b)\\p{L}+)?)",
      Pattern.CASE_INSENSITIVE);

  /**
   * "what is Dr. Begay's email address", "what's the alliance's operating budget": the last one or
   * two words, after the owner's "'s".
   */
  private static final Pattern POSSESSED = Pattern.compile(
      "^\\s*what(?:['’]s|\\s+(?:is|are|was|were))\\s+[^?]*?['’]s\\s+(?:\\p{L}+\\s+)*?((?:\\p{L}+\\s+)?\\p{L}+)"
          + "(?:\\s+(?:as|for|at|in|on|of|with|from|to|during|this|last|next)\\b[^?]*)?\\s*[?.!]*\\s*$",
      Pattern.CASE_INSENSITIVE);

  /** "is there a late fee if …", "are there any parking spots at …": the one or two words after the article. */
  private static final Pattern IS_THERE = Pattern.compile(
      "^\\s*(?:is|are)\\s+there\\s+(?:a|an|any)\\s+(?!(?:way|thing|one|body|place|where|time)\\b)"
          + "(\\p{L}+(?:\\s+(?!(?:for|at|in|on|to|with|from|if|when|that|of|about|after|before)\\b)\\p{L}+)?)",
      Pattern.CASE_INSENSITIVE);

  private QuestionHead() {}

  /**
   * @return the words that name what the question asks for ("research area"), as written, and
   *     how a passage must name them ({@link Named}); empty when its form names nothing ("what is …")
   */
  static Optional<Head> of(String question) {
    Matcher kind = KIND_OF.matcher(question);
    if (kind.find()) {
      return Optional.of(new Head(kind.group(1), Named.BY_INSTANCE));
    }
    Matcher role = WHO_IS_THE.matcher(question);
    if (role.find()) {
      return Optional.of(new Head(role.group(1), Named.ROLE));
    }
    Matcher isThere = IS_THERE.matcher(question);
    if (isThere.find()) {
      return Optional.of(new Head(isThere.group(1), Named.BY_A_WORD));
    }
    Matcher possessed = POSSESSED.matcher(question);
    if (possessed.find()) {
      return Optional.of(new Head(possessed.group(1), Named.BY_A_WORD));
    }
    Matcher noun = NOUN_THEN_VERB.matcher(question);
    if (noun.find() && !noun.group(1).matches("(?i)(?:\\p{L}+\\s+)?" + AUXILIARY)) {
      return Optional.of(new Head(noun.group(1), Named.BY_A_WORD));
    }
    return Optional.empty();
  }

  /** How a passage must name the head to answer the question. */
  enum Named {
    /** By one of its words: "which hotel", "which school districts". */
    BY_A_WORD,
    /**
     * A role ("executive director"): by one of its words, unless one is a word no document has
     * at all, where "directors" alone names other people and "executive" is nowhere.
     */
    ROLE,
    /**
     * A kind ("what kind of organization") may be named by an instance ("a coalition"): only a
     * word no document has at all rules a passage out.
     */
    BY_INSTANCE
  }

  /**
   * @param words the noun and its modifier, as written
   * @param named how a passage names it
   */
  record Head(String words, Named named) {}
}
