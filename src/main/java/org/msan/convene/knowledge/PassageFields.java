package org.msan.convene.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;

/** How a passage is laid out in the Lucene index, both ways. */
final class PassageFields {

  static final String ID = "id";
  static final String PATH = "path";
  static final String TITLE = "title";
  static final String HEADINGS = "headings";
  /** The passage's own (deepest) heading, or the title for a document's introduction. */
  static final String HEADING = "heading";
  static final String TEXT = "text";
  /** Title, headings and text together: what "does the passage mention this term" is asked of. */
  static final String ALL = "all";
  static final String CATEGORY = "category";
  static final String SOURCE = "source";
  static final String ORDINAL = "ordinal";
  static final String PART = "part";
  static final String VECTOR = "vector";
  static final String SENTENCE_VECTORS = "sentence_vectors";
  static final String TERMS = "terms";
  static final String HEADING_TERMS = "heading_terms";
  static final String HEADING_WORDS = "heading_words";
  /** Every word as written, lower case, unstemmed: what a misspelt question word is corrected to. */
  static final String WORDS = "words";

  /** Only which words occur: no positions, frequencies or norms, as the spell checker needs no more. */
  private static final org.apache.lucene.document.FieldType WORDS_TYPE = wordsType();

  private static org.apache.lucene.document.FieldType wordsType() {
    org.apache.lucene.document.FieldType type = new org.apache.lucene.document.FieldType();
    type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static final String HEADING_SEPARATOR = "\u001F";

  private PassageFields() {}

  static Document toDocument(Passage passage, int ordinal, PassageEmbedder.PassageVectors vectors,
      TextAnalysis analysis) {
    Document doc = new Document();
    doc.add(new KeywordField(ID, passage.id(), Field.Store.YES));
    doc.add(new KeywordField(PATH, passage.path(), Field.Store.YES));
    doc.add(new TextField(TITLE, passage.title(), Field.Store.YES));
    doc.add(new TextField(HEADINGS, String.join(HEADING_SEPARATOR, passage.headings()), Field.Store.YES));
    doc.add(new TextField(HEADING, passage.ownHeading(), Field.Store.NO));
    doc.add(new TextField(TEXT, passage.text(), Field.Store.YES));
    doc.add(new TextField(ALL, allText(passage), Field.Store.NO));
    doc.add(new Field(WORDS, allText(passage), WORDS_TYPE));
    doc.add(new StoredField(CATEGORY, passage.category()));
    doc.add(new StoredField(SOURCE, passage.source()));
    doc.add(new StoredField(ORDINAL, ordinal));
    doc.add(new StoredField(PART, passage.part()));
    doc.add(new StoredField(TERMS, String.join(" ", analysis.terms(allText(passage)))));
    doc.add(new StoredField(HEADING_TERMS, String.join(" ", analysis.terms(passage.ownHeading()))));
    doc.add(new StoredField(HEADING_WORDS, String.join(" ", analysis.headingWords(passage.ownHeading()))));
    doc.add(new KnnFloatVectorField(VECTOR, vectors.passage(), VectorSimilarityFunction.COSINE));
    doc.add(new BinaryDocValuesField(SENTENCE_VECTORS, SentenceVectors.encode(vectors.sentences())));
    return doc;
  }

  static String allText(Passage passage) {
    return passage.title() + "\n" + String.join("\n", passage.headings()) + "\n" + passage.text();
  }

  static Set<String> terms(Document doc, String field) {
    String terms = doc.get(field);
    return terms == null || terms.isEmpty() ? Set.of() : Set.of(terms.split(" "));
  }

  static Passage fromDocument(Document doc) {
    String headings = doc.get(HEADINGS);
    List<String> path = headings == null || headings.isEmpty() ? List.of()
        : Arrays.asList(headings.split(HEADING_SEPARATOR));
    return new Passage(doc.get(ID), doc.get(PATH), doc.get(TITLE), doc.get(CATEGORY), doc.get(SOURCE), path,
        doc.getField(PART).numericValue().intValue(), doc.get(TEXT));
  }
}
