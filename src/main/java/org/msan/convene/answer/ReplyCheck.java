package org.msan.convene.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msan.convene.knowledge.Passage;
import org.msan.convene.knowledge.Sentences;
import org.msan.convene.knowledge.TextAnalysis;

/**
 * Decides whether a model's reply may be sent: it must cite, cite only the passages it was given,
 * link only to addresses those passages give, and each cited sentence must share a content word
 * with a passage it cites. Anything else is the model adding what the documents don't say.
 */
final class ReplyCheck {

  static final String NOT_IN_DOCUMENTS = "NOT IN THE DOCUMENTS";
  private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
  /** Citations after a full stop ("It is free. [1] It ...") belong to the sentence the stop ends. */
  private static final Pattern CITATIONS_AFTER_STOP = Pattern.compile("([.!?])((?:\\s*\\[\\d+])+)");
  /** http(s) links and bare www. addresses, up to a space or a character that ends a link in prose. */
  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>()\\[\\]{}\"'`]+");

  private final TextAnalysis analysis;

  ReplyCheck(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * @param language the language the reply is written in; the content-word check runs on English
   *     replies only, because the analyzer is English and a reply in another language shares few
   *     words with English passages even when it is faithful
   * @return why the reply cannot be sent, or empty when it can
   */
  Optional<String> problem(String reply, List<Passage> passages, Locale language) {
    if (reply == null || reply.isBlank()) {
      return Optional.of("the reply was empty");
    }
    if (reply.contains(NOT_IN_DOCUMENTS)) {
      return Optional.of("the model found no answer in the passages");
    }
    Matcher citation = CITATION.matcher(reply);
    boolean cited = false;
    while (citation.find()) {
      cited = true;
      int n = number(citation.group(1));
      if (n < 1 || n > passages.size()) {
        return Optional.of("it cites [" + citation.group(1) + "] but was given " + passages.size() + " passages");
      }
    }
    if (!cited) {
      return Optional.of("it cites no passage");
    }
    Optional<String> link = unknownLink(reply, passages);
    if (link.isPresent()) {
      return Optional.of("it links to " + link.get() + ", which no passage gives");
    }
    return language.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? ungrounded(reply, passages) : Optional.empty();
  }

  /**
   * A link in the reply that no passage's text or source contains. Compared without scheme,
   * {@code www.}, case and trailing slash or punctuation, so {@code https://www.msan.org/join/}
   * matches a passage saying {@code msan.org/join}; a shorter address of a given one (its site) is
   * allowed, a longer or different one is not.
   */
  static Optional<String> unknownLink(String reply, List<Passage> passages) {
    List<String> given = new ArrayList<>();
    for (Passage passage : passages) {
      given.add(passage.text().toLowerCase(Locale.ROOT));
      given.add(passage.source() == null ? "" : passage.source().toLowerCase(Locale.ROOT));
    }
    Matcher url = URL.matcher(reply);
    while (url.find()) {
      String address = core(url.group());
      if (!address.isEmpty() && given.stream().noneMatch(text -> containsAtBoundary(text, address))) {
        return Optional.of(url.group().replaceAll("[.,;:!?]+$", ""));
      }
    }
    return Optional.empty();
  }

  /** The address without scheme, {@code www.}, trailing slashes and the punctuation of the sentence around it. */
  private static String core(String url) {
    String address = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    return address.replaceAll("[/.,;:!?]+$", "");
  }

  /**
   * {@code address} occurs in {@code text} not glued to a longer host name ("x.org" is not in
   * "notx.org"), a {@code www.} before it aside.
   */
  private static boolean containsAtBoundary(String text, String address) {
    for (int at = text.indexOf(address); at >= 0; at = text.indexOf(address, at + 1)) {
      int start = at >= 4 && text.startsWith("www.", at - 4) ? at - 4 : at;
      char before = start == 0 ? ' ' : text.charAt(start - 1);
      if (!Character.isLetterOrDigit(before) && before != '-' && before != '.' && before != '_') {
        return true;
      }
    }
    return false;
  }

  /**
   * The first sentence that cites passages none of which shares a content word with it (the
   * analyzer's terms: stop words dropped, stems compared). A passage's words include its title and
   * heading path, which the prompt shows with it. A sentence with no content word of its own ("Yes
   * [1].") claims nothing to check.
   */
  private Optional<String> ungrounded(String reply, List<Passage> passages) {
    List<Set<String>> passageTerms = new ArrayList<>();
    for (Passage passage : passages) {
      passageTerms.add(new HashSet<>(analysis.terms(passage.withHeadings())));
    }
    for (CitedSentence sentence : citedSentences(reply)) {
      List<String> words = analysis.terms(CITATION.matcher(sentence.text()).replaceAll(" "));
      if (words.isEmpty() || sentence.cites().isEmpty()) {
        continue;
      }
      boolean shares = sentence.cites().stream().anyMatch(n -> words.stream().anyMatch(passageTerms.get(n - 1)::contains));
      if (!shares) {
        return Optional.of("the sentence \"" + sentence.text().strip() + "\" shares no word with passage"
            + (sentence.cites().size() == 1 ? " " : "s ") + sentence.cites());
      }
    }
    return Optional.empty();
  }

  /** A sentence of the reply with the passage numbers it cites. */
  record CitedSentence(String text, Set<Integer> cites) {}

  /**
   * The reply's sentences (lines, then the JDK's sentence breaks, as passages are split), each with
   * its citations. Citations written after a full stop are moved before it first, so the break
   * falls after them and they stay with their sentence.
   */
  static List<CitedSentence> citedSentences(String reply) {
    String placed = CITATIONS_AFTER_STOP.matcher(reply).replaceAll(stop -> Matcher.quoteReplacement(" "
        + stop.group(2).strip() + stop.group(1)));
    List<CitedSentence> sentences = new ArrayList<>();
    for (Sentences.Sentence sentence : Sentences.of(placed)) {
      sentences.add(new CitedSentence(sentence.text(), numbers(sentence.text())));
    }
    return sentences;
  }

  private static Set<Integer> numbers(String text) {
    Set<Integer> numbers = new LinkedHashSet<>();
    Matcher citation = CITATION.matcher(text);
    while (citation.find()) {
      numbers.add(number(citation.group(1)));
    }
    return numbers;
  }

  /** A citation's number; one too long for an int is out of range all the same. */
  private static int number(String digits) {
    return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }
}
