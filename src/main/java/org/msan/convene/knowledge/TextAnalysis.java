package org.msan.convene.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * How passages and questions are read: Lucene's English chain (possessives, lower case, stop words
 * but the negations, Porter stems), with stop words that also drop the filler of questions ("what", "tell me about"),
 * so a question is matched on what it is about. Questions also get the staff's synonyms
 * ({@code knowledge/synonyms.txt}), so members' words meet the documents'.
 */
public final class TextAnalysis {

  private static final List<String> QUESTION_FILLER = List.of(
      // "whats", "whos": contractions typed without their apostrophe are the same filler
      "what", "whats", "when", "whens", "where", "wheres", "who", "whos", "whom", "whose", "how", "hows", "why",
      "which", "do", "does", "did",
      "i", "me", "my", "we", "our", "us", "you", "your", "can",
      // the asker's contractions: "i'm a mentor", "i've taught" ("im", "ive" are read as these first)
      "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll", "i’ll", "you're", "you’re",
      "we're", "we’re", "we've", "we’ve", "could", "would", "should", "tell", "about",
      "has", "have", "had", "get", "gets", "getting", "any", "anything", "some", "please", "know", "s", "am", "been", "were",
      "its", "from", "so", "up", "out", "than", "too", "very", "just", "also", "all", "each", "more",
      "much", "many", "there", "here", "one", "hey", "hi", "mean", "means", "meant", "explain", "describe",
      "happen", "happens", "happened", "happening", "want", "wants", "wanted", "wanting",
      // "who do I ask", "Frequently Asked Questions": asking is the question's form, not its topic;
      // so is needing: "when do chaperones need their clearances in"
      "ask", "asks", "asked", "asking", "need", "needs", "needed",
      "look", "like", "thing", "things", "kind", "sort", "exactly", "does",
      // function words Lucene's short English list leaves in; they say nothing about the topic
      "under", "over", "during", "within", "without", "between", "among", "across", "around", "toward",
      "towards", "upon", "via", "through", "altogether", "overall", "really", "actually", "anyone",
      "someone", "something", "everything", "way", "ways", "lot", "lots",
      // the present, which every document speaks of: "how many students are enrolled now"
      "now", "currently", "presently", "nowadays",
      // what a chat message adds around its question: greetings, thanks, laughter, asides
      "hello", "hiya", "yo", "thanks", "thank", "thx", "ty", "pls", "plz", "lol", "lmao", "haha", "hehe",
      "btw", "fyi", "tbh", "idk", "imo", "ok", "okay", "um", "uh", "guys", "yall", "folks", "wondering");

  /**
   * Question forms whose words would otherwise count as the topic ("how long", "stand for"); a
   * request that opens with "list" or "name" and an article ("list the staff") asks for the rest,
   * not for a list ("name badges" is a topic).
   */
  private static final Pattern QUESTION_FORMS = Pattern.compile(
      "\\b(how long|how big|how large|stand for|stands for|what is meant by|is there|are there)\\b"
          // "how long does scoring take", "how long does the institute last": the verb of the form
          + "|(?<=\\bhow long\\s(?:do|does|did|will|would|should|can)\\b[^?]{0,60}?)"
          + "\\b(?:take|takes|last|lasts)\\b(?=\\s*(?:[?.!,]|$))"
          // "where is it being held": the passive's "being", where "well-being" is a word of its own
          + "|\\bbeing(?=\\s+(?:\\p{L}+(?:ed|en)|held|run|taught|made|done|shown|kept|paid|sent|built|set|put|brought|chosen|led|met|offered)\\b)"
          + "|^\\s*(?:please\\s+)?(?:list|name)(?=\\s+(?:the|all|every|each|our|your|their|some|any)\\b)",
      Pattern.CASE_INSENSITIVE);

  /**
   * Words that never tell one heading from another: articles, pronouns, modals, prepositions and
   * forms of "be". "Who Should Apply" is then {who, apply}, which "Who can apply?" says too.
   */
  private static final List<String> HEADING_FILLER = List.of(
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "as", "into",
      "about", "through", "from", "over", "under", "within", "without", "between", "across", "upon", "via",
      "i", "me", "my", "we", "our", "us", "you", "your", "they", "their", "them", "it", "its", "he", "she",
      "this", "that", "these", "those", "there", "then", "if", "so", "each", "every", "all",
      "can", "could", "would", "should", "shall", "will", "may", "might", "must",
      "am", "is", "are", "was", "were", "be", "been", "being");

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TextAnalysis.class);
  private static final int COMMON_WORD_IDS = 1000;
  private static final List<String> ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.stream()
      .map(word -> new String((char[]) word)).sorted().toList();
  /**
   * The stop words that negate, kept as terms: "no" and "not" change what is said ("a $25 no-show
   * fee" is not "the table shows a fee"; "does not attend"), so they are evidence, not filler.
   */
  private static final Set<String> NEGATIONS = Set.of("no", "not");

  private final Analyzer indexing;
  private final Analyzer headingWords;
  private final Analyzer surfaceWords;
  private final CharArraySet stopWords;
  private final EnglishWords englishWords = EnglishWords.SHIPPED;
  /** Questions' chain: the indexing chain with the staff's synonyms, swapped whole when the file changes. */
  private volatile Analyzer questions;
  private volatile LastSlots lastSlots;
  private String synonymsText = "";
  private String acronymsText = "";
  /** The documents' acronyms as terms ("msan"), of the last {@link #useAcronyms}. */
  private volatile Set<String> acronymTerms = Set.of();

  /** An analysis without synonyms until {@link #useSynonyms} gives some. */
  public TextAnalysis() {
    CharArraySet stopWords = new CharArraySet(ENGLISH_STOP_WORDS.stream().filter(word -> !NEGATIONS.contains(word)).toList(), true);
    stopWords.addAll(QUESTION_FILLER);
    this.stopWords = stopWords;
    this.surfaceWords = surfaceWordsAnalyzer();
    this.indexing = chain();
    this.questions = synonymGraph(null);
    CharArraySet headingFiller = new CharArraySet(HEADING_FILLER, true);
    this.headingWords = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)), headingFiller);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
      }
    };
  }

  /** Lucene's English chain (possessives, lower case, stop words, Porter stems). */
  private Analyzer chain() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)), stopWords);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
      }
    };
  }

  /**
   * A question's words with the synonyms as a graph (Lucene's {@link SynonymGraphFilter}), before
   * stop words and stems, so "face to face" and "sign up" match whole. Stop words and stems are
   * applied per path ({@link #questionSlots}): removing tokens inside a graph would break it.
   */
  private Analyzer synonymGraph(SynonymMap synonyms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(source));
        return new TokenStreamComponents(source, synonyms == null ? stream : new SynonymGraphFilter(stream, synonyms, true));
      }
    };
  }

  /**
   * Applies the synonyms to questions from now on (documents are indexed without them, so a
   * change needs no re-indexing).
   *
   * @param solrText groups of equivalent words, one group per line (Solr format: "cost, price, fee")
   * @throws ParseException when a group cannot be read
   */
  public synchronized void useSynonyms(String solrText) throws ParseException {
    if (solrText.equals(synonymsText)) {
      return;
    }
    questions = questionChain(solrText, acronymsText);
    synonymsText = solrText;
  }

  /**
   * Reads the documents' acronyms as synonyms of what they stand for, besides the staff's groups.
   *
   * @param acronyms each acronym, lower case, with its words ("nep" → "national equity project")
   * @param words those acronyms that are also words ({@link #acronymWords}), read one way only
   */
  public synchronized void useAcronyms(Map<String, String> acronyms, Set<String> words) {
    acronymTerms = acronyms.keySet().stream().flatMap(acronym -> terms(acronym).stream()).collect(Collectors.toUnmodifiableSet());
    String text = Acronyms.asSynonyms(acronyms, words::contains);
    if (text.equals(acronymsText)) {
      return;
    }
    try {
      questions = questionChain(synonymsText, text);
      acronymsText = text;
    } catch (ParseException e) {
      // Each group is a word and a name the documents wrote: one the parser refuses is left out.
      LOG.warn("cannot read the documents' acronyms as synonyms: {}", e.getMessage());
    }
  }

  /** Whether the term ({@link #terms}) is one of the documents' acronyms ("msan" for "MSAN"). */
  public boolean isAcronym(String term) {
    return acronymTerms.contains(term);
  }

  /**
   * Reads one line of synonyms as {@link #useSynonyms} would, without applying it.
   *
   * @throws ParseException when Lucene's parser refuses it; its cause says why
   */
  public void checkSynonyms(String line) throws ParseException {
    try {
      new SolrSynonymParser(true, true, surfaceWords).parse(new StringReader(line));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw (ParseException) new ParseException(e.getMessage(), 0).initCause(e);
    }
  }

  private Analyzer questionChain(String staffSynonyms, String acronymSynonyms) throws ParseException {
    try {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, surfaceWords);
      parser.parse(new StringReader(staffSynonyms));
      parser.parse(new StringReader(acronymSynonyms));
      SynonymMap map = parser.build();
      return synonymGraph(map.fst == null ? null : map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw new ParseException(e.getMessage(), 0);
    }
  }

  private static Analyzer surfaceWordsAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(source));
      }
    };
  }

  /**
   * The analyzer the index is written with: the English chain without synonyms, and for {@link PassageFields#WORDS} the
   * words as written (lower case, not stemmed), which the spell checker suggests from.
   */
  Analyzer indexAnalyzer() {
    return new PerFieldAnalyzerWrapper(indexing, Map.of(PassageFields.WORDS, surfaceWords));
  }

  /** A stop word or a question's filler ("what", "tell me"), which is never a misspelling of a topic. */
  public boolean isStopWord(String word) {
    return stopWords.contains(word);
  }

  /**
   * Lucene's English stop words ("there", "their", "with"), each of which a member may mistype
   * ("ther", "wiht"): in lower case, alphabetical.
   */
  public List<String> englishStopWords() {
    return ENGLISH_STOP_WORDS;
  }

  /**
   * The acronyms that are also words a question means as themselves ("sold", "it"): stop words
   * and common English words. Decided when a file is indexed, not each time the index is opened.
   */
  Set<String> acronymWords(Collection<String> acronyms) {
    return acronyms.stream().filter(acronym -> isStopWord(acronym) || isEnglishWord(acronym)).collect(Collectors.toSet());
  }

  /**
   * A common English word as it stands ("lunch", "parking"; lower case), which a spell checker
   * must not read as a misspelling of a word the documents or the calendar have.
   */
  public boolean isEnglishWord(String word) {
    return englishWords.contains(word);
  }

  /**
   * The word without an inflection's ending, by Lucene's KStem (Krovetz 1993): "campuses" →
   * "campus"; a derived word stays as it is ("referral", not "refer").
   *
   * @param word lower case
   */
  public static String withoutInflection(String word) {
    return EnglishWords.withoutInflection(word);
  }

  /**
   * Whether the word is one of the most common English words (the first {@value #COMMON_WORD_IDS}
   * ids of the vocabulary, about 870 words: "go", "see", "off"), a word in its own right that a
   * member never clips from a longer one ("sub", "para" are not).
   */
  public boolean isCommonWord(String word) {
    return englishWords.isCommon(word, COMMON_WORD_IDS);
  }

  /** The terms a question is about: its analyzed terms without the question's own phrasing. */
  public List<String> questionTerms(String question) {
    Set<String> terms = new LinkedHashSet<>();
    questionSlots(question).forEach(slot -> slot.forEach(alternative -> terms.addAll(Slots.terms(alternative))));
    return new ArrayList<>(terms);
  }

  /** The alternatives of several words the synonyms give a question ("high school student"), each as its terms. */
  public List<List<String>> questionPhrases(String question) {
    List<List<String>> phrases = new ArrayList<>();
    for (Set<String> slot : questionSlots(question)) {
      slot.stream().filter(alternative -> alternative.contains(" ")).map(Slots::terms).forEach(phrases::add);
    }
    return phrases;
  }

  /**
   * The question's terms by position: each slot holds a word and its synonyms, so "students"
   * (with pupils, kids, children) counts once when asking how much of a question a passage covers.
   * A synonym of several words ("high school students" for "high schoolers") is one alternative of
   * the slot, its terms joined by spaces ({@link Slots}), read from the synonym graph (Lucene's
   * {@link GraphTokenStreamFiniteStrings}, as its {@code QueryBuilder} reads it).
   */
  public List<Set<String>> questionSlots(String question) {
    // One question is read three times in a row (search, phrases, evidence): the last one is kept.
    Analyzer graphAnalyzer = questions;
    LastSlots last = lastSlots;
    if (last != null && last.analyzer() == graphAnalyzer && last.question().equals(question)) {
      return last.slots();
    }
    List<Set<String>> slots = readSlots(question, graphAnalyzer);
    lastSlots = new LastSlots(question, graphAnalyzer, slots);
    return slots;
  }

  /** The slots of the question last read, with the analyzer they were read with (synonyms change it). */
  private record LastSlots(String question, Analyzer analyzer, List<Set<String>> slots) {}

  private List<Set<String>> readSlots(String question, Analyzer graphAnalyzer) {
    List<Set<String>> slots = new ArrayList<>();
    String asked = QUESTION_FORMS.matcher(question).replaceAll(" ");
    if (analyze(surfaceWords, asked).isEmpty()) {
      return slots; // A graph of no words has no states to read.
    }
    try (TokenStream stream = graphAnalyzer.tokenStream(PassageFields.TEXT, asked)) {
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(stream);
      int[] points = graph.articulationPoints();
      int start = 0;
      for (int i = 0; i <= points.length; i++) {
        int end = i < points.length ? points[i] : -1;
        Set<String> slot = new LinkedHashSet<>();
        if (graph.hasSidePath(start)) {
          Iterator<TokenStream> paths = graph.getFiniteStrings(start, end);
          while (paths.hasNext()) {
            String alternative = String.join(" ", stems(termsOf(paths.next())));
            if (!alternative.isEmpty()) {
              slot.add(alternative);
            }
          }
        } else {
          for (Term term : graph.getTerms(PassageFields.TEXT, start)) {
            slot.addAll(stems(List.of(term.text())));
          }
        }
        if (!slot.isEmpty()) {
          slots.add(slot);
        }
        start = end;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // A word asked twice, or a synonym group met twice, is one slot.
    List<Set<String>> distinct = new ArrayList<>();
    for (Set<String> slot : slots) {
      if (distinct.stream().noneMatch(seen -> seen.containsAll(slot))) {
        distinct.add(java.util.Collections.unmodifiableSet(slot));
      }
    }
    return List.copyOf(distinct);
  }

  /** The words as the index has them: stop words out, Porter stems. */
  private List<String> stems(List<String> words) {
    List<String> stems = new ArrayList<>();
    for (String word : words) {
      if (!stopWords.contains(word)) {
        stems.addAll(analyze(indexing, word));
      }
    }
    return stems;
  }

  private static List<String> termsOf(TokenStream path) throws IOException {
    List<String> terms = new ArrayList<>();
    CharTermAttribute term = path.addAttribute(CharTermAttribute.class);
    path.reset();
    while (path.incrementToken()) {
      terms.add(term.toString());
    }
    path.end();
    path.close();
    return terms;
  }

  /**
   * The words of a heading or question that can tell headings apart, question words included
   * ("What We Do" is {what, do}), so a question that restates a heading can be told from one that
   * only shares its topic. "Does" stays apart from "do": in "what does MSAN stand for" it only helps.
   */
  public Set<String> headingWords(String text) {
    return analyze(headingWords, text);
  }

  /** The distinct terms of a text as the index sees them, in order of first appearance. */
  public List<String> terms(String text) {
    return new ArrayList<>(analyze(indexing, text));
  }

  private static Set<String> analyze(Analyzer analyzer, String text) {
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
    return terms;
  }
}
