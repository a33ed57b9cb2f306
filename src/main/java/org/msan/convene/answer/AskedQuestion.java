package org.msan.convene.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.msan.convene.knowledge.Slots;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * A question as the evidence is weighed against it, read once.
 *
 * @param slots its terms by position, each word with its synonyms, and a word no document has
 *     with their words nearest in meaning ({@code PassageIndex#nearTerms})
 * @param ownSlots its terms by position as it words them: each word with its synonyms only
 * @param weights how much each term says (inverse document frequency)
 * @param type the kind of answer its form asks for, if it says
 * @param typeWords the terms that only say which kind of answer is wanted ("year", "pay"; {@link
 *     AnswerType#headWords}); empty without a type
 * @param headingWords its words as headings are compared ({@code TextAnalysis#headingWords})
 * @param head the thing a "which …"/"what …" question asks for, if its form names one
 * @param headSlots the head's words as slots, each with its synonyms; empty without a head
 * @param headPhrase a head of two words or more as a phrase to find ({@link QuestionHead#phrase})
 * @param countedSlots what "how many …" counts ("fellowship sessions"), as slots of words some
 *     document has; empty for other questions and for things no document names
 * @param numbers the whole numbers it gives that are no year ({@link NumberRanges#numbers}): "320"
 *     and "2000" in "a district with 2000 students"
 * @param asksForList whether it asks for several things ({@link ExtractiveComposer#asksForList})
 * @param relativeYear the school year it names from today ("next year's dues"), if it does
 */
record AskedQuestion(List<Set<String>> slots, List<Set<String>> ownSlots, Map<String, Double> weights, Optional<AnswerType> type,
    Set<String> typeWords, Set<String> headingWords, Optional<QuestionHead.Head> head, List<Set<String>> headSlots,
    Optional<Pattern> headPhrase, List<Set<String>> countedSlots, List<Long> numbers, boolean asksForList,
    Optional<RelativeYear> relativeYear) {

  /**
   * Whether the text gives the kind of answer asked for; a date, a place or a person only when it
   * is not labelled as something else's: "When paid: within 30 days of the Institute" does not
   * say when the Institute is, "Dates: June 22–24" does. False without a type.
   */
  boolean answeredBy(String text, TextAnalysis analysis) {
    if (type.isEmpty()) {
      return false;
    }
    if (!type.get().saidOfSomething()) {
      return type.get().answeredBy(text);
    }
    if (type.get() == AnswerType.DEFINITION && spellsOutAcronym(text, analysis)) {
      return true;
    }
    return type.get().labelsOfAnswers(text, true).stream().anyMatch(label -> labelSays(label, true, analysis));
  }

  /**
   * Whether the text writes a documents' acronym of the question beside the name it stands for:
   * "What does BRIC stand for?" and "Bluestem Regional Induction Consortium (BRIC)".
   */
  private boolean spellsOutAcronym(String text, TextAnalysis analysis) {
    List<String> said = analysis.terms(text);
    return ownSlots.stream().filter(slot -> slot.stream().anyMatch(term -> analysis.isAcronym(term) && said.contains(term)))
        .anyMatch(slot -> slot.stream().map(Slots::terms).filter(terms -> terms.size() > 1).anyMatch(said::containsAll));
  }

  /**
   * Whether the text gives the kind of answer asked for under a label that names what is asked
   * ("Dates: June 22–24" for "when is the institute"), as a table's row does without repeating the
   * question's words.
   */
  boolean answeredUnderLabel(String text, TextAnalysis analysis) {
    return type.isPresent() && type.get().labelsOfAnswers(text).stream()
        .anyMatch(label -> labelSays(label, false, analysis));
  }

  /**
   * A label says what is asked when one of its words is the question's or names the kind of answer
   * ("Dates"); one with no words of its own ("From:", or no label at all) when {@code noneSays}.
   */
  private boolean labelSays(String label, boolean noneSays, TextAnalysis analysis) {
    return labelSays(label, noneSays, typeWords, slots, analysis);
  }

  /**
   * Whether a label names the kind of answer ({@code typeWords}) or one of the asked words
   * ({@code slots}); a label with no words of its own, or none at all, when {@code noneSays}.
   */
  static boolean labelSays(String label, boolean noneSays, Set<String> typeWords, List<Set<String>> slots,
      TextAnalysis analysis) {
    if (label.isEmpty()) {
      return noneSays;
    }
    Set<String> words = Set.copyOf(analysis.terms(label));
    return words.isEmpty() ? noneSays : words.stream().anyMatch(typeWords::contains)
        || slots.stream().anyMatch(slot -> Slots.said(slot, words));
  }
}
