package org.msan.convene.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of passages under {@code data/index}: refreshed from the knowledge folder file by
 * file, searched with BM25 over the text, the document title and the passage's own heading (boosted). Searches go through a
 * {@link SearcherManager}, so a question never sees a half-written index.
 */
public final class PassageIndex implements Closeable {

  private static final Map<String, Float> FIELD_BOOSTS = Map.of(
      PassageFields.TEXT, 1.0f, PassageFields.TITLE, 0.5f, PassageFields.HEADING, 2.0f);

  private final Directory directory;
  private final TextAnalysis analysis;
  private final Chunker chunker = new Chunker();
  private SearcherManager searchers;

  public PassageIndex(Path indexDir, TextAnalysis analysis) {
    this.analysis = analysis;
    try {
      Files.createDirectories(indexDir);
      this.directory = FSDirectory.open(indexDir);
    } catch (IOException e) {
      throw new KnowledgeFolderException("cannot open the index folder " + indexDir + ": " + e.getMessage(), e);
    }
  }

  /** True when every file of the folder matches what the index was built from (size and time). */
  public boolean isCurrent(KnowledgeFolder folder) {
    IndexManifest manifest = readManifest();
    if (manifest == null) {
      return false;
    }
    List<String> files = folder.documentFiles();
    if (files.size() != manifest.files().size()) {
      return false;
    }
    for (String path : files) {
      IndexManifest.FileState state = manifest.files().get(path);
      try {
        FileFingerprint now = FileFingerprint.of(folder.resolve(path));
        if (state == null || state.size() != now.size() || state.modified() != now.modified()) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  /** Brings the index in line with the folder, re-reading only files whose content changed. */
  public synchronized IndexReport refresh(KnowledgeFolder folder) {
    long started = System.nanoTime();
    IndexManifest old = readManifest();
    boolean rebuild = old == null;
    Map<String, IndexManifest.FileState> previous = rebuild ? Map.of() : old.files();
    Map<String, IndexManifest.FileState> next = new LinkedHashMap<>();
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<Problem> skipped = new ArrayList<>();
    IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer())
        .setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      boolean dirty = rebuild;
      for (String path : folder.documentFiles()) {
        IndexManifest.FileState before = previous.get(path);
        IndexManifest.FileState after = update(writer, folder, path, before);
        next.put(path, after);
        if (after.problem() != null) {
          skipped.add(after.problem());
        }
        if (before == null) {
          added.add(path);
        } else if (!before.sha256().equals(after.sha256())) {
          changed.add(path);
        }
        dirty |= !after.equals(before);
      }
      for (String path : previous.keySet()) {
        if (!next.containsKey(path)) {
          writer.deleteDocuments(new Term(PassageFields.PATH, path));
          removed.add(path);
          dirty = true;
        }
      }
      if (dirty) {
        writer.setLiveCommitData(new IndexManifest(next).toCommitData().entrySet());
        writer.commit();
      }
    } catch (IOException e) {
      throw new KnowledgeFolderException("cannot write the index: " + e.getMessage(), e);
    }
    refreshSearchers();
    int documents = (int) next.values().stream().filter(s -> s.problem() == null).count();
    int passages = next.values().stream().mapToInt(IndexManifest.FileState::passages).sum();
    return new IndexReport(documents, passages, added, changed, removed, skipped,
        (System.nanoTime() - started) / 1e9);
  }

  private IndexManifest.FileState update(
      IndexWriter writer, KnowledgeFolder folder, String path, IndexManifest.FileState before) throws IOException {
    Path file = folder.resolve(path);
    FileFingerprint now = FileFingerprint.of(file);
    if (before != null && before.size() == now.size() && before.modified() == now.modified()) {
      return before;
    }
    String sha256 = FileFingerprint.sha256(file);
    if (before != null && before.sha256().equals(sha256)) {
      return new IndexManifest.FileState(now.size(), now.modified(), sha256, before.passages(), before.problem());
    }
    writer.deleteDocuments(new Term(PassageFields.PATH, path));
    KnowledgeFolder.ReadResult read = folder.read(path);
    if (!read.ok()) {
      return new IndexManifest.FileState(now.size(), now.modified(), sha256, 0, read.problem());
    }
    List<Passage> passages = chunker.passages(read.document());
    for (int i = 0; i < passages.size(); i++) {
      writer.addDocument(PassageFields.toDocument(passages.get(i), i));
    }
    return new IndexManifest.FileState(now.size(), now.modified(), sha256, passages.size(), null);
  }

  /** Files the last refresh skipped, with their reasons (known without re-reading them). */
  public List<Problem> skipped() {
    IndexManifest manifest = readManifest();
    return manifest == null ? List.of() : manifest.files().values().stream()
        .map(IndexManifest.FileState::problem).filter(p -> p != null).toList();
  }

  public SearchResult search(String question, int limit) {
    List<String> terms = analysis.questionTerms(question);
    if (terms.isEmpty() || searchers == null && !openSearchers()) {
      return new SearchResult(List.of(), Map.of());
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Map<String, Double> weights = termWeights(searcher.getIndexReader(), terms);
        Query query = query(terms);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc doc : searcher.search(query, limit).scoreDocs) {
          hits.add(new Hit(PassageFields.fromDocument(searcher.storedFields().document(doc.doc)), doc.score));
        }
        return new SearchResult(hits, weights);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /** Any term in any field, each field with its boost; the terms are already analyzed. */
  private static Query query(List<String> terms) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String term : terms) {
      FIELD_BOOSTS.forEach((field, boost) ->
          query.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD));
    }
    return query.build();
  }

  private static Map<String, Double> termWeights(IndexReader reader, List<String> terms) throws IOException {
    int n = Math.max(1, reader.numDocs());
    Map<String, Double> weights = new HashMap<>();
    for (String term : terms) {
      int df = reader.docFreq(new Term(PassageFields.ALL, term));
      weights.put(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
    }
    return weights;
  }

  public int passageCount() {
    if (searchers == null && !openSearchers()) {
      return 0;
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IndexManifest readManifest() {
    try {
      return IndexManifest.fromCommitData(SegmentInfos.readLatestCommit(directory).getUserData());
    } catch (IndexNotFoundException e) {
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private synchronized boolean openSearchers() {
    if (searchers != null) {
      return true;
    }
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      searchers = new SearcherManager(directory, null);
      return true;
    } catch (IOException e) {
      throw new KnowledgeFolderException("cannot open the index: " + e.getMessage(), e);
    }
  }

  private void refreshSearchers() {
    try {
      if (searchers != null) {
        searchers.maybeRefreshBlocking();
      } else {
        openSearchers();
      }
    } catch (IOException e) {
      throw new KnowledgeFolderException("cannot reopen the index: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (searchers != null) {
      searchers.close();
    }
    directory.close();
  }
}
