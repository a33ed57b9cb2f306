package org.msan.convene.knowledge;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Common English words: the whole words of BERT's uncased WordPiece vocabulary (about 22,000 of
 * its 30,522 entries; the rest are word pieces, characters and markers), which LangChain4j ships
 * in its jar as {@code bert-tokenizer.json}. A word there is a real word, so the spell checkers do
 * not "correct" it into a document's word ("lunch" is not "launch"); a misspelling ("mision",
 * "netwrk") is not there. Read on first use; without the file no word is known, and spelling is
 * corrected as before.
 */
final class EnglishWords {

  static final String RESOURCE = "bert-tokenizer.json";
  /**
   * The words of the vocabulary shipped in the jar, read once however many readers ask: the
   * analysis (spelling, acronyms) and the plain-text reader (words broken across lines) share it.
   */
  static final EnglishWords SHIPPED = new EnglishWords(RESOURCE);
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EnglishWords.class);
  private static final Pattern WORD = Pattern.compile("\\p{Ll}{2,}");
  /** The endings of a regular inflection: plurals and third persons, past tenses, present participles. */
  private static final Pattern INFLECTED = Pattern.compile("(?:s|ed|ing)$");
  /** The whole word, read back to its base form by KStem. */
  private static final Analyzer BASE_FORMS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      KeywordTokenizer word = new KeywordTokenizer();
      return new TokenStreamComponents(word, new KStemFilter(word));
    }
  };

  private final String resource;
  private volatile Vocabulary vocabulary;

  /**
   * @param ids each word's id in the vocabulary, which WordPiece numbers from the most frequent words on
   * @param firstWordId the id of its first whole word ("the")
   */
  private record Vocabulary(Map<String, Integer> ids, int firstWordId) {
    static final Vocabulary NONE = new Vocabulary(Map.of(), 0);
  }

  EnglishWords(String resource) {
    this.resource = resource;
  }

  /**
   * Whether the word is in the vocabulary, or is a regular inflection of one there: the
   * vocabulary keeps few inflected forms ("snow" but not "snows", "snowed", "snowing"), which
   * Lucene's KStem reads back to the word (Krovetz 1993). Derived words ("directer", "directers" →
   * "direct") are not read back: they are as often a misspelling of another word ("director").
   *
   * @param word lower case
   */
  boolean contains(String word) {
    Map<String, Integer> ids = loaded().ids();
    if (ids.containsKey(word)) {
      return true;
    }
    if (!INFLECTED.matcher(word).find()) {
      return false;
    }
    String base = uninflected(word);
    return ids.containsKey(base) && inflects(word, base);
  }

  /**
   * Whether {@code word} is {@code base} with only an inflection's ending: "snows", "snowed",
   * "making" (a final e dropped), "studies" (y as i), "running" (the consonant doubled); KStem
   * also strips derivations ("directers" to "direct"), which are no inflection.
   */
  static boolean inflects(String word, String base) {
    for (String ending : List.of("s", "es", "d", "ed", "ing")) {
      if (word.equals(base + ending)) {
        return true;
      }
    }
    int last = base.length() - 1;
    if (last < 1) {
      return false;
    }
    String stem = base.substring(0, last);
    char end = base.charAt(last);
    return end == 'e' && word.equals(stem + "ing")
        || end == 'y' && (word.equals(stem + "ies") || word.equals(stem + "ied"))
        || word.equals(base + end + "ed") || word.equals(base + end + "ing");
  }

  /**
   * The word without an inflection's ending ("campuses" → "campus", "substitutes" →
   * "substitute"); the word itself when it has none, or when KStem's base form derives it
   * ("referrals" stays "referrals": "refer" is a derivation's base, no inflection's).
   */
  static String withoutInflection(String word) {
    String base = uninflected(word);
    return inflects(word, base) ? base : word;
  }

  /** The word as KStem reads it back to its base form: "snows" → "snow". */
  private static String uninflected(String word) {
    try (TokenStream stream = BASE_FORMS.tokenStream("word", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String base = stream.incrementToken() ? term.toString() : word;
      stream.end();
      return base;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a word's base form", e);
    }
  }

  /**
   * Whether the word is among the most common English words: its id is within the first {@code
   * ids} ids from the vocabulary's first whole word ("the"), which WordPiece numbers from the most
   * frequent on (the first 1,000 ids hold about 870 words: "go", "see", "off"). False without the file.
   *
   * @param word lower case
   */
  boolean isCommon(String word, int ids) {
    Vocabulary known = loaded();
    Integer id = known.ids().get(word);
    return id != null && id < known.firstWordId() + ids;
  }

  private Vocabulary loaded() {
    Vocabulary known = vocabulary;
    return known == null ? load() : known;
  }

  private synchronized Vocabulary load() {
    if (vocabulary == null) {
      vocabulary = read();
    }
    return vocabulary;
  }

  /** The keys of the tokenizer's {@code model.vocab} object that are words, with their ids. */
  private Vocabulary read() {
    Map<String, Integer> found = new HashMap<>();
    try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Vocabulary.NONE;
      }
      try (JsonParser parser = new JsonFactory().createParser(in)) {
        if (!seekVocabulary(parser)) {
          return Vocabulary.NONE;
        }
        int first = Integer.MAX_VALUE;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String entry = parser.currentName();
          parser.nextToken();
          if (WORD.matcher(entry).matches()) {
            int id = parser.getIntValue();
            found.put(entry, id);
            first = Math.min(first, id);
          }
        }
        return new Vocabulary(Map.copyOf(found), first);
      }
    } catch (IOException e) {
      LOG.warn("cannot read the English words of {}; spelling is corrected without them: {}", resource, e.getMessage());
      return Vocabulary.NONE;
    }
  }

  /** Moves the parser to the start of {@code model.vocab}; false when the file has none. */
  private static boolean seekVocabulary(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return false;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("model") && value == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String inner = parser.currentName();
          JsonToken innerValue = parser.nextToken();
          if (inner.equals("vocab") && innerValue == JsonToken.START_OBJECT) {
            return true;
          }
          parser.skipChildren();
        }
        return false;
      }
      parser.skipChildren();
    }
    return false;
  }
}
