package org.msan.convene.answer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question as the evidence is weighed against it, read once.
 *
 * @param slots its terms by position, each word with its synonyms
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
 */
record AskedQuestion(List<Set<String>> slots, Map<String, Double> weights, Optional<AnswerType> type,
    Set<String> typeWords, Set<String> headingWords, Optional<QuestionHead.Head> head, List<Set<String>> headSlots,
    Optional<Pattern> headPhrase, List<Set<String>> countedSlots) {}
