package org.msan.convene.knowledge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reading a question's slots ({@link TextAnalysis#questionSlots}): a slot is one word of the
 * question with its synonyms, and an alternative of several words ("high school student" for "high
 * schoolers") is written with spaces between its terms. An alternative is said by a passage only
 * when every one of its terms is: "high" alone does not say "high school student".
 */
public final class Slots {

  private Slots() {}

  /** The terms of one alternative. */
  public static List<String> terms(String alternative) {
    return Arrays.asList(alternative.split(" "));
  }

  /** Whether some alternative of the slot has all its terms among {@code present}. */
  public static boolean said(Set<String> slot, Collection<String> present) {
    return slot.stream().anyMatch(alternative -> present.containsAll(terms(alternative)));
  }

  /**
   * The slots with more alternatives: each slot holding a term of {@code more} also holds that
   * term's extra terms ({@code PassageIndex#nearTerms}: "kid" → {child, childhood}).
   */
  public static List<Set<String>> widened(List<Set<String>> slots, Map<String, Set<String>> more) {
    if (more.isEmpty()) {
      return slots;
    }
    List<Set<String>> widened = new ArrayList<>(slots.size());
    for (Set<String> slot : slots) {
      Set<String> alternatives = new LinkedHashSet<>(slot);
      slot.stream().map(more::get).filter(Objects::nonNull).forEach(alternatives::addAll);
      widened.add(Collections.unmodifiableSet(alternatives));
    }
    return List.copyOf(widened);
  }

  /** Whether no alternative of the slot can be said at all: each has a term no passage has. */
  public static boolean unknown(Set<String> slot, Set<String> unknownTerms) {
    return slot.stream().allMatch(alternative -> terms(alternative).stream().anyMatch(unknownTerms::contains));
  }

  /**
   * What saying the slot is worth: its most common alternative's weight, an alternative weighing
   * what its rarest term weighs, so a slot counts once however many synonyms it has.
   *
   * @param weights each term's inverse document frequency
   */
  public static double weight(Set<String> slot, Map<String, Double> weights) {
    return slot.stream().mapToDouble(alternative -> terms(alternative).stream()
        .mapToDouble(t -> weights.getOrDefault(t, 0.0)).max().orElse(0)).min().orElse(0);
  }
}
