package org.msan.convene.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
      "^\\s*(?:which|what)\\s+(?!of\\b)((?:(?!" + AUXILIARY + "\\b)\\p{L}+\\s+){0,2}(?!" + AUXILIARY + "\\b)\\p{L}+)\\s+"
          + AUXILIARY + "\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "who is the executive director of …", "who's the keynote speaker at …": the role after the
   * article, one or two words, up to a preposition. "Who is on …", "who's behind …" name no role.
   */
  private static final Pattern WHO_IS_THE = Pattern.compile(
      "^\\s*who(?:\\s+(?:is|are|was|were|will be)|['’]s)\\s+(?:(?:the\\s+)?[\\p{L}.]+['’]s|the|a|an|our|your|their)\\s+"
          + "(\\p{L}+(?:\\s+(?!(?:of|for|at|in|on|to|with|from|this|that|these|next|last|now|today|year|then)\\b)\\p{L}+)?)",
      Pattern.CASE_INSENSITIVE);

  /** Words that end what is owned: "her phone number if I need …", "his salary as director". */
  private static final String NOT_A_HEAD_WORD = "(?:as|for|at|in|on|of|with|from|to|during|this|last|next|if|when|so|and|or"
      + "|because|that|which|who|i|we|you|they|he|she|it|my|our|your|their)";
  /**
   * "what is Dr. Lee's email address", "what's the alliance's operating budget": up to four words
   * after the owner's "'s", before a function word, of which {@link #of} keeps the last two; a
   * pronoun's contraction ("if it's late") owns nothing.
   */
  private static final Pattern POSSESSED = Pattern.compile(
      "^\\s*what(?:['’]s|\\s+(?:is|are|was|were))\\s+[^?]*?(?<!\\b(?:it|that|there|he|she|who|what|here|let))['’]s\\s+"
          + "((?:(?!" + NOT_A_HEAD_WORD + "\\b)\\p{L}+\\s+){0,3}(?!" + NOT_A_HEAD_WORD + "\\b)\\p{L}+)",
      Pattern.CASE_INSENSITIVE);
  /** A person named by what they deal with: "money person", "data contact", "grants guy". */
  private static final Pattern PERSON_FOR_TOPIC = Pattern.compile(
      "(?i)(\\p{L}+)\\s+(?:person|people|contact|guy|gal|lady|go-to|folks?)");
  /** Words that say which of something, not what: a "name" or "title" is given by the thing itself. */
  private static final Pattern META_HEAD = Pattern.compile("(?i)names?|titles?|roles?|jobs?");

  /**
   * "is there a late fee if …", "are there any parking spots at …", "is there free parking": the
   * one or two words after the article, if any; "is there still …", "is there anything …" name nothing.
   */
  private static final Pattern IS_THERE = Pattern.compile(
      "^\\s*(?:is|are)\\s+there\\s+(?:(?:a|an|any)\\s+)?"
          + "(?!(?:way|thing|one|body|place|where|time|lot|bit|couple|number|need|chance|reason|options?|possibility"
          + "|a|an|any|some|no|still|also|really|actually|even|ever|anything|something|nothing|anyone|someone|enough|much"
          + "|more|less|other|another|many|lots|plenty|several|few|going|gonna|supposed|usually|currently|normally"
          + "|typically|generally|probably|possibly|definitely|certainly|already|always|sometimes|often)\\b)"
          // Nor a number ("2 sessions").
          + "(?!\\d)"
          + "(\\p{L}+(?:\\s+(?!(?:for|at|in|on|to|with|from|if|when|that|of|about|after|before)\\b)\\p{L}+)?)",
      Pattern.CASE_INSENSITIVE);

  /** "how much does parking cost at …", "how much will the hotel cost": what costs, one or two words. */
  private static final Pattern COSTS = Pattern.compile(
      "^\\s*how\\s+much\\s+(?:does|do|did|will|would|should)\\s+(?:the\\s+|a\\s+|an\\s+)?"
          + "(?!(?:it|this|that|they|these|those|we|i|you|he|she|everything|anything|something)\\b)"
          + "((?:\\p{L}+\\s+)?\\p{L}+)\\s+cost\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * "is childcare provided at …", "will lunch be served", "are meals included": what is provided,
   * one or two words; "is it included" names nothing.
   */
  private static final Pattern PROVIDED = Pattern.compile(
      "^\\s*(?:is|are|will|would)\\s+(?:the\\s+|a\\s+|an\\s+|any\\s+)?"
          + "(?!(?:it|this|that|they|these|those|there|we|i|you|he|she|everything|anything|something|everyone|anyone"
          + "|someone|everybody|anybody|somebody)\\b)"
          + "((?:\\p{L}+\\s+)?(?!be\\b)\\p{L}+)\\s+(?:be\\s+)?(?:provided|included|available|offered|served|covered)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * "does the alliance offer a retirement plan for …", "does orpc reimburse airfare if …", "does
   * the program pay for dental cleanings": what is provided, one or two words before a preposition
   * or a clause; "does it cover that" names nothing.
   */
  private static final Pattern PROVIDES = Pattern.compile(
      "^\\s*(?:does|do|will|would)\\s+(?:\\p{L}+\\s+){1,4}?(?:provide|offer|cover|include|reimburse|pay\\s+for)\\s+"
          + "(?:(?:the|a|an|any|some)\\s+)?"
          + "(?!(?:it|this|that|these|those|them|us|me|you|him|her|anything|something|everything|anyone|someone"
          + "|everyone|anybody|somebody|everybody)\\b)"
          + "((?:\\p{L}+\\s+){0,2}(?!(?:for|if|when|to|at|in|on|of|or|and|during|while|after|before)\\b)\\p{L}+)"
          + "(?=\\s*(?:$|[?.!,]|\\s(?:for|if|when|to|at|in|on|of|or|and|during|while|after|before)\\b))",
      Pattern.CASE_INSENSITIVE);

  private QuestionHead() {}

  /**
   * @return the words that name what the question asks for ("research area"), as written, and
   *     how a passage must name them ({@link Named}); empty when its form names nothing ("what is …")
   */
  static Optional<Head> of(String question) {
    for (Form form : FORMS) {
      Matcher head = form.pattern().matcher(question);
      if (head.find()) {
        // "… operating budget": the last two words of what is owned.
        String[] words = head.group(1).strip().split("\\s+");
        String named = form.named() == Named.BY_A_WORD && words.length > 2
            ? words[words.length - 2] + " " + words[words.length - 1] : head.group(1);
        if (META_HEAD.matcher(named).matches()) {
          return Optional.empty();
        }
        // "Who's the money person": no role's title, but the person for money.
        Matcher topic = PERSON_FOR_TOPIC.matcher(named);
        return Optional.of(form.named() == Named.ROLE && topic.matches() ? new Head(topic.group(1), Named.BY_TOPIC)
            : new Head(named, form.named()));
      }
    }
    Matcher noun = NOUN_THEN_VERB.matcher(question);
    if (noun.find()) {
      return Optional.of(new Head(noun.group(1), Named.BY_A_WORD));
    }
    return Optional.empty();
  }

  /**
   * A head of two words or more as a phrase a passage may write ("finance manager", "Finance
   * Managers"), or empty for one word, which any passage with the word says.
   */
  static Optional<Pattern> phrase(Head head) {
    String[] words = head.words().strip().split("\\s+");
    if (words.length < 2) {
      return Optional.empty();
    }
    return Optional.of(Pattern.compile("\\b" + Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+"))
        + "(s|es)?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** A question form whose first group is the head, and how a passage must name it. */
  private record Form(Pattern pattern, Named named) {}

  /** The forms in the order they are tried: the first that matches says the head. */
  private static final List<Form> FORMS = List.of(new Form(KIND_OF, Named.BY_INSTANCE), new Form(WHO_IS_THE, Named.ROLE),
      new Form(IS_THERE, Named.BY_A_WORD), new Form(POSSESSED, Named.BY_A_WORD), new Form(COSTS, Named.BY_A_WORD),
      new Form(PROVIDED, Named.BY_A_WORD), new Form(PROVIDES, Named.BY_A_WORD));

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
     * A person named by their topic ("the money person"): by one of its words or, for a word no
     * document has, by the documents' words nearest in meaning ("finance").
     */
    BY_TOPIC,
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
