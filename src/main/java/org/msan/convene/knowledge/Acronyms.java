package org.msan.convene.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms a folder's documents use, with what they stand for, learned from the documents
 * themselves: a definition in parentheses ("Research Practitioner Council (RPC)", after Schwartz
 * &amp; Hearst, 2003), or an acronym in capitals ("NEP’s framework") whose letters are the initials of
 * exactly one capitalized name the documents write out ("National Equity Project"). A member who
 * writes the name then finds the passages that only use the acronym.
 */
final class Acronyms {

  /** Short words a name may contain without giving a letter: "Leading for Equity" is LFE, "Plan of Action" is PA or POA. */
  private static final Set<String> MINOR_WORDS = Set.of("of", "and", "the", "for", "in", "on", "to", "a", "an", "&");
  private static final Pattern DEFINED = Pattern.compile("\\(([A-Z][A-Za-z]{1,9})\\)");
  private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z]{2,6}\\b");
  /** A name: capitalized words, minor words allowed between them. */
  private static final Pattern NAME = Pattern.compile(
      "\\b[A-Z][\\p{L}'’-]*(?:\\s+(?:(?:of|and|the|for|in|on|to|&)\\s+)?[A-Z][\\p{L}'’-]*)+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}&][\\p{L}'’-]*");
  private static final int MIN_LETTERS_PAST_A_WORD = 3;

  private Acronyms() {}

  /**
   * @param texts the documents' text (titles, headings and passages)
   * @return each acronym, lower case, with the words it stands for, lower case; sorted
   */
  static Map<String, String> in(List<String> texts) {
    Map<String, String> found = new TreeMap<>();
    for (String text : texts) {
      Matcher defined = DEFINED.matcher(text);
      while (defined.find()) {
        String acronym = defined.group(1);
        String longForm = longForm(acronym, text.substring(0, defined.start()));
        if (longForm != null) {
          found.putIfAbsent(acronym.toLowerCase(Locale.ROOT), longForm.toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, List<String>> namesByInitials = new HashMap<>();
    for (String text : texts) {
      Matcher name = NAME.matcher(text);
      while (name.find()) {
        String words = name.group().replaceAll("[’']s\\b", "").replaceAll("\\s+", " ")
            .replaceFirst("^(?i)(the|a|an) ", "");
        List<String> byInitials = namesByInitials.computeIfAbsent(initials(words), k -> new ArrayList<>());
        if (!byInitials.contains(words.toLowerCase(Locale.ROOT))) {
          byInitials.add(words.toLowerCase(Locale.ROOT));
        }
      }
    }
    Map<String, String> written = new LinkedHashMap<>();
    for (String text : texts) {
      Matcher capitals = CAPITALS.matcher(text);
      while (capitals.find()) {
        String acronym = capitals.group();
        List<String> names = namesByInitials.getOrDefault(acronym, List.of());
        if (names.size() == 1) {
          written.putIfAbsent(acronym.toLowerCase(Locale.ROOT), names.get(0));
        }
      }
    }
    written.forEach(found::putIfAbsent);
    return found;
  }

  /**
   * The synonym rules, in Solr's format, both ways ("national equity project, nep"): a question that
   * writes the name out also finds the acronym, and one that writes the acronym ("how does mmsd
   * define …") finds the document that only spells the name out. The name stays a phrase (a
   * multi-word synonym is searched and counted as one), so its words one by one ("learning",
   * "development" for SOLD) do not stand for it. An acronym that is also a word ("SOLD", "sold
   * out") is read as the name only where the question writes the name: one way.
   *
   * @param isWord true for an ordinary word, which a question means as itself
   */
  static String asSynonyms(Map<String, String> acronyms, Predicate<String> isWord) {
    StringBuilder lines = new StringBuilder();
    acronyms.forEach((acronym, longForm) -> lines.append(isWord.test(acronym)
        ? longForm + " => " + longForm + ", " + acronym : longForm + ", " + acronym).append('\n'));
    return lines.toString();
  }

  /**
   * The words before a parenthesis that the acronym's letters begin, last letter to last word; a
   * minor word may be passed over. A name's last word may stand outside its letters, as a kind of
   * thing often does ("New Teacher Induction &amp; Mentoring Program (NTIM)"), for an acronym of
   * {@value #MIN_LETTERS_PAST_A_WORD} letters or more, which seldom spells earlier words by chance.
   * Null when they don't spell it.
   */
  private static String longForm(String acronym, String before) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(before);
    while (word.find()) {
      words.add(word.group());
    }
    String spelled = spelledBefore(acronym, words, words.size());
    if (spelled == null && acronym.length() >= MIN_LETTERS_PAST_A_WORD && words.size() > acronym.length()) {
      spelled = spelledBefore(acronym, words, words.size() - 1);
    }
    return spelled;
  }

  /** The words before {@code end} that the acronym's letters begin, minor words passed over; null when they don't. */
  private static String spelledBefore(String acronym, List<String> words, int end) {
    String letters = acronym.toUpperCase(Locale.ROOT);
    int letter = letters.length() - 1;
    int first = end;
    int maxWords = letters.length() * 2;
    for (int i = end - 1; i >= 0 && letter >= 0 && end - i <= maxWords; i--) {
      String candidate = words.get(i);
      if (Character.toUpperCase(candidate.charAt(0)) == letters.charAt(letter)) {
        letter--;
        first = i;
      } else if (!MINOR_WORDS.contains(candidate.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    return letter < 0 ? String.join(" ", words.subList(first, end)) : null;
  }

  private static String initials(String name) {
    StringBuilder initials = new StringBuilder();
    for (String word : name.split(" ")) {
      if (!MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        initials.append(Character.toUpperCase(word.charAt(0)));
      }
    }
    return initials.toString();
  }
}
