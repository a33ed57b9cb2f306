package org.msan.convene.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analyzer used to index passages and to read questions: Lucene's English analyzer
 * (possessives, stop words, Porter stems) whose stop words also drop the filler of questions
 * ("what", "tell me about"), so a question is matched on what it is about.
 */
public final class TextAnalysis {

  private static final List<String> QUESTION_FILLER = List.of(
      "what", "whats", "when", "where", "who", "whom", "whose", "how", "why", "which", "do", "does", "did",
      "i", "me", "my", "we", "our", "us", "you", "your", "can", "could", "would", "should", "tell", "about",
      "has", "have", "had", "get", "any", "anything", "some", "please", "know", "s", "am", "been", "were",
      "its", "from", "so", "up", "out", "than", "too", "very", "just", "also", "all", "each", "more",
      "much", "many", "there", "here", "one", "hey", "hi", "mean", "means", "meant", "explain", "describe",
      "happen", "happens", "happening", "look", "like", "thing", "things", "kind", "sort", "exactly", "does");

  /** Question forms whose words would otherwise count as the topic ("how long", "stand for"). */
  private static final java.util.regex.Pattern QUESTION_FORMS = java.util.regex.Pattern.compile(
      "\\b(how long|stand for|stands for|what is meant by|is there|are there)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE);

  private final Analyzer analyzer;

  public TextAnalysis() {
    CharArraySet stopWords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    stopWords.addAll(QUESTION_FILLER);
    this.analyzer = new EnglishAnalyzer(stopWords);
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /** The terms a question is about: its analyzed terms without the question's own phrasing. */
  public List<String> questionTerms(String question) {
    return terms(QUESTION_FORMS.matcher(question).replaceAll(" "));
  }

  /** The distinct terms of a text as the index sees them, in order of first appearance. */
  public List<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(PassageFields.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ArrayList<>(terms);
  }
}
