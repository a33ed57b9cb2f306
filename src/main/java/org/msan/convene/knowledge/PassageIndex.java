package org.msan.convene.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.WordBreakSpellChecker;
import org.apache.lucene.search.spell.WordBreakSpellChecker.BreakSuggestionSortMethod;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.SleepingLockWrapper;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of passages under {@code data/index}: refreshed from the knowledge folder file by
 * file, searched with BM25 over the text, the document title and the passage's own heading (boosted)
 * fused with a nearest-neighbour search of the passages' vectors. Searches go through a
 * {@link SearcherManager}, so a question never sees a half-written index.
 */
public final class PassageIndex implements Closeable {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PassageIndex.class);

  private static final Map<String, Float> FIELD_BOOSTS = Map.of(
      PassageFields.TEXT, 1.0f, PassageFields.TITLE, 0.5f, PassageFields.HEADING, 2.0f);

  /** How many candidates each of BM25 and the vector search contributes to the fusion. */
  private static final int CANDIDATES_PER_RANKER = 20;
  /** The usual constant of reciprocal rank fusion: ranks matter, raw scores of either side do not. */
  private static final int RRF_K = 60;
  private static final float PHRASE_BOOST = 1.5f;
  /**
   * How long a refresh waits for another process's write lock (a second chat, the bot refreshing the
   * same index), in ms: a refresh of the whole folder takes seconds, of one file well under one.
   */
  private static final long WRITE_LOCK_WAIT_MILLIS = 60_000;
  private static final long WRITE_LOCK_POLL_MILLIS = 100;

  private final Directory directory;
  private final TextAnalysis analysis;
  private final PassageEmbedder embedder;
  /** The files of the last reader {@link #fileShare} read, counted once for that reader. */
  private volatile FileCount fileCount;
  private final ExecutorService embeddingThread = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "question-embedding");
    thread.setDaemon(true);
    return thread;
  });
  private final Chunker chunker = new Chunker();
  private SearcherManager searchers;
  /** The documents' words with their vectors, for the index version they were read from; built on first need. */
  private volatile VersionedNeighbours neighbours;
  /** Not the index's own lock: a question must not wait for a whole refresh to read the words. */
  private final Object neighboursLock = new Object();
  /**
   * At most this many of the documents' words stand in for one word they don't have: swept on every
   * dev file (3 and 6 answered within two questions of each other; 6 the more).
   */
  private static final int MAX_NEIGHBOURS = 6;
  private static final Pattern SPELLED_WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_CORRECTED_LENGTH = 5;
  /**
   * A shorter word is one edit from too many others to be guessed at, unless the slip only dropped
   * or swapped a letter, and the documents' word keeps all the typed letters: "chek" in "check".
   */
  private static final int MIN_SLIP_LENGTH = 4;
  /** The letters a longer word adds at least to what a member clipped from it ("supe" → "superintendents"). */
  private static final int MIN_CLIPPING_ADDS = 3;
  /** Suggestions weighed per misspelt word: enough to hold every word as near, in a small vocabulary. */
  private static final int NEAREST_WORDS = 5;
  /** Configured once and never changed after, so they are safe to share between threads. */
  private final DirectSpellChecker oneEdit = spellChecker(1);
  private final DirectSpellChecker twoEdits = spellChecker(2);
  /** Parts shorter than this ("a", "is") would split almost any unknown word. */
  private static final int MIN_BREAK_LENGTH = 3;
  private final WordBreakSpellChecker wordBreaks = wordBreakChecker();

  public PassageIndex(Path indexDir, TextAnalysis analysis, PassageEmbedder embedder) {
    this.analysis = analysis;
    this.embedder = embedder;
    try {
      Files.createDirectories(indexDir);
      // Lucene's javadoc calls waiting for a lock "not a good idea"; here the holder is another
      // Convene process whose refresh ends by itself, and failing at once would fail a member's /reload.
      this.directory = new SleepingLockWrapper(FSDirectory.open(indexDir), WRITE_LOCK_WAIT_MILLIS, WRITE_LOCK_POLL_MILLIS);
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
  public IndexReport refresh(KnowledgeFolder folder) {
    return refresh(folder, Progress.NONE);
  }

  /** As {@link #refresh(KnowledgeFolder)}, telling {@code progress} after each file. */
  public synchronized IndexReport refresh(KnowledgeFolder folder, Progress progress) {
    long started = System.nanoTime();
    PassageEmbedder.EmbeddingCounts counts = new PassageEmbedder.EmbeddingCounts();
    Map<String, IndexManifest.FileState> next = new LinkedHashMap<>();
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    List<Problem> skipped = new ArrayList<>();
    // The staff's synonyms are re-read with the folder: questions use them at once, nothing is re-indexed.
    List<Problem> synonyms = Synonyms.apply(folder, analysis);
    try (IndexWriter writer = openWriter()) {
      // Read what the index holds only once its lock is ours: another process may just have refreshed it.
      IndexManifest old = readManifest();
      boolean dirty = old == null;
      if (old == null) {
        writer.deleteAll();
      }
      Map<String, IndexManifest.FileState> previous = old == null ? Map.of() : old.files();
      List<String> files = folder.documentFiles();
      for (String path : files) {
        IndexManifest.FileState before = previous.get(path);
        IndexManifest.FileState after = update(writer, folder, path, before, counts);
        next.put(path, after);
        progress.fileDone(next.size(), files.size(), next.values().stream().mapToInt(IndexManifest.FileState::passages).sum(),
            (System.nanoTime() - started) / 1e9);
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
        writer.setLiveCommitData(new IndexManifest(next).toCommitData(embedder.modelId()).entrySet());
        writer.commit();
      }
      IndexManifest updated = new IndexManifest(next);
      analysis.useAcronyms(updated.acronyms(), updated.acronymWords());
    } catch (IOException e) {
      throw new KnowledgeFolderException("cannot write the index: " + e.getMessage(), e);
    }
    refreshSearchers();
    embedVocabulary();
    int documents = (int) next.values().stream().filter(s -> s.problem() == null).count();
    int passages = next.values().stream().mapToInt(IndexManifest.FileState::passages).sum();
    return new IndexReport(documents, passages, added, changed, removed, skipped, synonyms, counts.embedded(), counts.cached(),
        (System.nanoTime() - started) / 1e9);
  }

  /** Told after each file of a refresh, for a progress bar. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total, passages, seconds) -> { };

    void fileDone(int done, int total, int passages, double seconds);
  }

  /** Another process (a second chat, the bot) may be refreshing the same index: the directory waits for its lock. */
  private IndexWriter openWriter() throws IOException {
    try {
      return new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (LockObtainFailedException e) {
      throw new KnowledgeFolderException("another process has been updating the index for a minute; try again", e);
    }
  }

  private IndexManifest.FileState update(
      IndexWriter writer, KnowledgeFolder folder, String path, IndexManifest.FileState before,
      PassageEmbedder.EmbeddingCounts counts) throws IOException {
    Path file = folder.resolve(path);
    FileFingerprint now = FileFingerprint.of(file);
    if (before != null && before.size() == now.size() && before.modified() == now.modified()) {
      return before;
    }
    String sha256 = FileFingerprint.sha256(file);
    if (before != null && before.sha256().equals(sha256)) {
      return new IndexManifest.FileState(now.size(), now.modified(), sha256, before.passages(), before.problem(),
          before.acronyms(), before.acronymWords());
    }
    writer.deleteDocuments(new Term(PassageFields.PATH, path));
    KnowledgeFolder.ReadResult read = folder.read(path);
    if (!read.ok()) {
      return new IndexManifest.FileState(now.size(), now.modified(), sha256, 0, read.problem(), Map.of(), Set.of());
    }
    List<Passage> passages = chunker.passages(read.document());
    List<PassageEmbedder.PassageVectors> vectors = embedder.embed(passages, counts);
    for (int i = 0; i < passages.size(); i++) {
      writer.addDocument(PassageFields.toDocument(passages.get(i), i, vectors.get(i), analysis));
    }
    Map<String, String> acronyms = Acronyms.in(passages.stream().map(PassageFields::allText).toList());
    return new IndexManifest.FileState(now.size(), now.modified(), sha256, passages.size(), null, acronyms,
        analysis.acronymWords(acronyms.keySet()));
  }

  /** Files the last refresh skipped, with their reasons (known without re-reading them). */
  public List<Problem> skipped() {
    IndexManifest manifest = readManifest();
    return manifest == null ? List.of() : manifest.files().values().stream()
        .map(IndexManifest.FileState::problem).filter(p -> p != null).toList();
  }

  /**
   * The question with its misspelt words corrected against the words of the documents (Lucene's
   * {@link DirectSpellChecker}): a word of five letters or more that no passage has, and that is
   * neither a stop word nor an English word ("lunch" stays lunch, "snows" stays snows), becomes the
   * most frequent passage word within one edit (two for eight letters or more) that starts with the
   * same letter; one of four letters only if it keeps all its letters ("chek" is "check").
   * "whats the mision of msan" reads "whats the mission of msan".
   *
   * @return the corrected question, or empty when nothing was corrected
   */
  public Optional<String> correctSpelling(String question) {
    return correctSpelling(question, analysis::isEnglishWord);
  }

  /**
   * As {@link #correctSpelling(String)}, with the words that stand as written said by {@code
   * isWord}: in a question in another language an English-looking word ("personas") is no English
   * word, and is read as the documents' word nearest it.
   */
  public Optional<String> correctSpelling(String question, Predicate<String> isWord) {
    if (searchers == null && !openSearchers()) {
      return Optional.empty();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        IndexReader reader = searcher.getIndexReader();
        Matcher word = SPELLED_WORD.matcher(question);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        while (word.find()) {
          String lower = word.group().toLowerCase(Locale.ROOT);
          String replacement = word.group();
          // A form of a document's word ("meetings") is no misspelling, but only an English word
          // is taken for one by its stem: "directer" stems to "direct", and means "director". The
          // English word list is read only for a word no document has, so a start seldom reads it.
          if (lower.length() >= MIN_SLIP_LENGTH && !analysis.isStopWord(lower)
              && reader.docFreq(new Term(PassageFields.WORDS, lower)) == 0 && !isWord.test(lower)
              && !beginsLongerWord(reader, lower)) {
            Optional<String> suggested = lower.length() < MIN_CORRECTED_LENGTH
                ? similar(reader, lower).filter(candidate -> keepsLetters(lower, candidate))
                : wordBreak(searcher, lower).or(() -> withoutAccents(reader, lower)).or(() -> similar(reader, lower));
            if (suggested.isPresent()) {
              replacement = suggested.get();
              changed = true;
            }
          }
          word.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        word.appendTail(corrected);
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("spell check failed", e);
    }
  }

  /**
   * The share of the question's words (0 to 1) that read as English here: a stop word of the
   * analyzer's English list or a word the documents have, in any of its forms. Names the documents
   * use ("MSAN") count, so "¿Dónde tiene su sede MSAN?" is 1 in 5. A question with no words, or
   * with no index yet, is 1.
   */
  public double englishWordShare(String question) {
    Matcher word = SPELLED_WORD.matcher(question);
    int words = 0;
    int english = 0;
    if (searchers == null && !openSearchers()) {
      return 1;
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        IndexReader reader = searcher.getIndexReader();
        while (word.find()) {
          String lower = word.group().toLowerCase(Locale.ROOT);
          words++;
          if (analysis.isStopWord(lower) || documentWord(reader, lower)) {
            english++;
          }
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index's words failed", e);
    }
    return words == 0 ? 1 : (double) english / words;
  }

  /**
   * The share of the folder's files, 0 to 1, with a passage that has the term, an analysed term
   * as {@link TextAnalysis#terms} gives it: the network's own name is in most of them. 0 before
   * there is an index.
   */
  public double fileShare(String term) {
    if (searchers == null && !openSearchers()) {
      return 0;
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        IndexReader reader = searcher.getIndexReader();
        FileCount count = fileCount;
        if (count == null || count.reader() != reader) {
          Set<BytesRef> files = new HashSet<>();
          for (LeafReaderContext leaf : reader.leaves()) {
            addPaths(leaf, null, files);
          }
          count = new FileCount(reader, files.size());
          fileCount = count;
        }
        Set<BytesRef> filesWithTerm = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
          PostingsEnum postings = leaf.reader().postings(new Term(PassageFields.ALL, term), PostingsEnum.NONE);
          if (postings != null) {
            addPaths(leaf, postings, filesWithTerm);
          }
        }
        return count.files() == 0 ? 0 : (double) filesWithTerm.size() / count.files();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index's files failed", e);
    }
  }

  /** How many files the passages of one reader (one version of the index) come from. */
  private record FileCount(IndexReader reader, int files) {}

  /** The paths of the leaf's live passages, of those {@code docs} gives when it is not null. */
  private static void addPaths(LeafReaderContext leaf, DocIdSetIterator docs, Set<BytesRef> paths) throws IOException {
    SortedSetDocValues pathValues = DocValues.getSortedSet(leaf.reader(), PassageFields.PATH);
    Bits live = leaf.reader().getLiveDocs();
    DocIdSetIterator each = docs == null ? DocIdSetIterator.all(leaf.reader().maxDoc()) : docs;
    for (int doc = each.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = each.nextDoc()) {
      if ((live == null || live.get(doc)) && pathValues.advanceExact(doc)) {
        paths.add(BytesRef.deepCopyOf(pathValues.lookupOrd(pathValues.nextOrd())));
      }
    }
  }

  /**
   * Whether a passage has the word as written or in another form of it ("dues" where they say
   * "due"); false before there is an index.
   */
  public boolean hasWord(String word) {
    if (searchers == null && !openSearchers()) {
      return false;
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return documentWord(searcher.getIndexReader(), word.toLowerCase(Locale.ROOT));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index's words failed", e);
    }
  }

  /**
   * Whether a passage has the word as written, or another form of it ("drives" where the documents
   * say "drive"): such a word is neither a typo nor foreign.
   */
  private boolean documentWord(IndexReader reader, String word) throws IOException {
    if (reader.docFreq(new Term(PassageFields.WORDS, word)) > 0) {
      return true;
    }
    for (String stem : analysis.terms(word)) {
      if (reader.docFreq(new Term(PassageFields.ALL, stem)) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The word written apart as the documents write it ("wellbeing" → "well being" where they say
   * "well-being"): two words of {@value #MIN_BREAK_LENGTH} letters or more that a passage has side
   * by side. Two words that merely occur ("keynote" → "key", "note") are not the word.
   */
  private Optional<String> wordBreak(IndexSearcher searcher, String word) {
    try {
      SuggestWord[][] breaks = wordBreaks.suggestWordBreaks(new Term(PassageFields.WORDS, word), 1, searcher.getIndexReader(),
          SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, BreakSuggestionSortMethod.NUM_CHANGES_THEN_MAX_FREQUENCY);
      if (breaks.length == 0) {
        return Optional.empty();
      }
      String apart = Arrays.stream(breaks[0]).map(part -> part.string).collect(Collectors.joining(" "));
      List<String> terms = analysis.terms(apart);
      if (terms.size() != breaks[0].length) {
        return Optional.empty();
      }
      PhraseQuery together = new PhraseQuery(PassageFields.ALL, terms.toArray(String[]::new));
      return searcher.count(together) > 0 ? Optional.of(apart) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("spell check failed", e);
    }
  }

  /**
   * The word without its accents, or the documents' word one edit from that: "misión" is
   * "mission", as a member who writes Spanish means it.
   */
  private Optional<String> withoutAccents(IndexReader reader, String word) {
    String plain = TextNormalizer.withoutAccents(word);
    if (plain.equals(word)) {
      return Optional.empty();
    }
    try {
      return documentWord(reader, plain) ? Optional.of(plain) : similarWords(reader, plain).stream().findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException("spell check failed", e);
    }
  }

  /**
   * Whether the word, or the word without a plural "s", begins a longer word of the documents
   * ("supes": superintendents): a member's clipping, which the answer reads out from the passages,
   * not a misspelling of a near word ("sure").
   */
  private static boolean beginsLongerWord(IndexReader reader, String word) throws IOException {
    String stem = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    Terms words = MultiTerms.getTerms(reader, PassageFields.WORDS);
    if (words == null) {
      return false;
    }
    TermsEnum terms = words.iterator();
    if (terms.seekCeil(new BytesRef(stem)) == TermsEnum.SeekStatus.END) {
      return false;
    }
    String next = terms.term().utf8ToString();
    return next.startsWith(stem) && next.length() >= stem.length() + MIN_CLIPPING_ADDS;
  }

  /**
   * The documents' word one edit from {@code word} (two from eight letters), or failing that the
   * English word one edit from its stem that they have in another form. Of words as near, one that
   * keeps every letter typed comes first: a swapped or a dropped letter is a typing slip that keeps
   * them all ("grnat" is "grant", not "great"; "amout" is "amount", which the documents write
   * "amounts", not "about"), where a wrong letter loses one.
   */
  private Optional<String> similar(IndexReader reader, String word) {
    List<String> nearest = similarWords(reader, word).stream().filter(candidate -> !endsShort(word, candidate)).toList();
    Optional<String> keeping = nearest.stream().filter(candidate -> keepsLetters(word, candidate)).findFirst();
    if (keeping.isPresent()) {
      return keeping;
    }
    Optional<String> byStem = similarStem(reader, word).filter(candidate -> !endsShort(word, candidate));
    Optional<String> stemKeeping = byStem.filter(candidate -> keepsLetters(word, candidate));
    if (stemKeeping.isPresent()) {
      return stemKeeping;
    }
    return nearest.stream().findFirst().or(() -> byStem);
  }

  /**
   * Whether {@code candidate} is {@code typed} without an ending of two letters or more: "begin"
   * for "beginner" is another word, derived, not the one meant; a slip adds one letter at most.
   */
  static boolean endsShort(String typed, String candidate) {
    return typed.startsWith(candidate) && typed.length() - candidate.length() >= 2;
  }

  /** The documents' words nearest {@code word}, all equally near, the most frequent first. */
  private List<String> similarWords(IndexReader reader, String word) {
    DirectSpellChecker checker = word.length() >= 8 ? twoEdits : oneEdit;
    try {
      SuggestWord[] suggestions = checker.suggestSimilar(new Term(PassageFields.WORDS, word), NEAREST_WORDS, reader,
          SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return Arrays.stream(suggestions).filter(suggestion -> suggestion.score == suggestions[0].score)
          .map(suggestion -> suggestion.string).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("spell check failed", e);
    }
  }

  /** Whether {@code candidate} has every letter of {@code typed}, as often as it was typed. */
  static boolean keepsLetters(String typed, String candidate) {
    StringBuilder left = new StringBuilder(candidate);
    for (char letter : typed.toCharArray()) {
      int at = left.indexOf(String.valueOf(letter));
      if (at < 0) {
        return false;
      }
      left.deleteCharAt(at);
    }
    return true;
  }

  /**
   * A word near a stem the documents have, where no written form is near ("ammend": the documents
   * say "amending" and "amendment", whose stem "amend" is one edit away), when that stem is itself
   * an English word to show ("Showing results for … amend").
   */
  private Optional<String> similarStem(IndexReader reader, String word) {
    List<String> stems = analysis.terms(word);
    if (stems.size() != 1) {
      return Optional.empty();
    }
    String stem = stems.get(0);
    DirectSpellChecker checker = stem.length() >= 8 ? twoEdits : oneEdit;
    try {
      SuggestWord[] suggestions = checker.suggestSimilar(new Term(PassageFields.ALL, stem), 1, reader,
          SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      return suggestions.length == 1 && analysis.isEnglishWord(suggestions[0].string)
          ? Optional.of(suggestions[0].string) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("spell check failed", e);
    }
  }

  private static WordBreakSpellChecker wordBreakChecker() {
    WordBreakSpellChecker checker = new WordBreakSpellChecker();
    checker.setMaxChanges(1);
    checker.setMinBreakWordLength(MIN_BREAK_LENGTH);
    return checker;
  }

  private static DirectSpellChecker spellChecker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMinPrefix(1);
    return checker;
  }

  /**
   * Hybrid search: BM25 over the analyzed question and nearest neighbours of its vector, fused by
   * reciprocal rank. The question is embedded once.
   */
  public SearchResult search(String question, int limit) {
    return search(question, false, limit);
  }

  /**
   * As {@link #search(String, int)}, each word no document has also searched as the documents'
   * words nearest to it in meaning ({@link #nearTerms}), which the result gives.
   *
   * @throws UncheckedIOException when the index cannot be read
   */
  public SearchResult searchWithNeighbours(String question, int limit) {
    return search(question, true, limit);
  }

  private SearchResult search(String question, boolean withNeighbours, int limit) {
    List<String> terms = new ArrayList<>(analysis.questionTerms(question));
    if (question.isBlank() || searchers == null && !openSearchers()) {
      return new SearchResult(terms, List.of(), Map.of(), Set.of(), Map.of());
    }
    // The question is embedded while its words are searched: on two cores that hides most of either.
    CompletableFuture<float[]> embedding =
        CompletableFuture.supplyAsync(() -> embedder.embedQuestion(question), embeddingThread);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        // The question's own unknown words are embedded meanwhile, on this thread.
        Map<String, Set<String>> near = withNeighbours ? neighboursOrNone(searcher.getIndexReader(), question) : Map.of();
        List<String> nearOnly = near.values().stream().flatMap(Set::stream).filter(term -> !terms.contains(term))
            .distinct().toList();
        List<String> searched = new ArrayList<>(terms);
        searched.addAll(nearOnly);
        Set<String> unknown = new HashSet<>();
        Map<String, Double> weights = termWeights(searcher, searched, unknown);
        Map<Integer, Double> bm25 = new HashMap<>();
        Map<Integer, Double> fused = new HashMap<>();
        if (!terms.isEmpty()) {
          ScoreDoc[] lexical = searcher.search(query(terms, nearOnly, analysis.questionPhrases(question)), CANDIDATES_PER_RANKER)
              .scoreDocs;
          for (int rank = 0; rank < lexical.length; rank++) {
            bm25.put(lexical[rank].doc, (double) lexical[rank].score);
            fused.merge(lexical[rank].doc, 1.0 / (RRF_K + rank + 1), Double::sum);
          }
        }
        float[] questionVector = questionVector(embedding);
        ScoreDoc[] dense = searcher.search(
            new KnnFloatVectorQuery(PassageFields.VECTOR, questionVector, CANDIDATES_PER_RANKER), CANDIDATES_PER_RANKER)
            .scoreDocs;
        for (int rank = 0; rank < dense.length; rank++) {
          fused.merge(dense[rank].doc, 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        List<Hit> hits = new ArrayList<>();
        // Stored fields are read (and decompressed) only for the passages that will be weighed.
        List<Map.Entry<Integer, Double>> best = fused.entrySet().stream()
            .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()).limit(limit).toList();
        // One reader for all of them: a block it has decompressed serves the next passage in it.
        StoredFields stored = searcher.storedFields();
        for (Map.Entry<Integer, Double> entry : best) {
          Document doc = stored.document(entry.getKey());
          double similarity = cosine(questionVector, vector(searcher, entry.getKey()));
          hits.add(new Hit(PassageFields.fromDocument(doc), bm25.getOrDefault(entry.getKey(), 0.0), similarity,
              sentenceSimilarities(searcher, entry.getKey(), questionVector), PassageFields.terms(doc, PassageFields.TERMS),
              PassageFields.terms(doc, PassageFields.HEADING_TERMS), PassageFields.terms(doc, PassageFields.HEADING_WORDS)));
        }
        return new SearchResult(searched, hits, weights, unknown, near);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /**
   * The passages BM25 ranks first for the question, by its words alone (no vector, so cheap enough
   * to run before the search proper), best first; empty before there is an index.
   *
   * @param limit how many passages at most
   */
  public List<Passage> lexicalSearch(String question, int limit) {
    List<String> terms = analysis.questionTerms(question);
    if (terms.isEmpty() || searchers == null && !openSearchers()) {
      return List.of();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        List<Passage> passages = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc found : searcher.search(query(terms, List.of(), analysis.questionPhrases(question)), limit).scoreDocs) {
          passages.add(PassageFields.fromDocument(stored.document(found.doc)));
        }
        return passages;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /**
   * For each word of the question that no document has in any form ("kids", "meditation"), the
   * documents' words closest to it in meaning ({@link WordNeighbours}) as index terms: "kid" →
   * {child, childhood}. Words the staff's synonyms or the documents' acronyms give another word
   * for are left to them, as are stop words, words of fewer than three letters and words that name
   * one thing (months, days, names capitalised inside the question).
   *
   * @return by the word's term, its neighbours' terms; empty before there is an index
   */
  Map<String, Set<String>> nearTerms(String question) {
    if (searchers == null && !openSearchers()) {
      return Map.of();
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return nearTerms(searcher.getIndexReader(), question);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the index's words failed", e);
    }
  }

  /**
   * {@link #nearTerms(IndexReader, String)}, or none when the words cannot be had: a question is
   * still answered on its own words when the cache or the model fails.
   */
  private Map<String, Set<String>> neighboursOrNone(IndexReader reader, String question) {
    try {
      return nearTerms(reader, question);
    } catch (IOException | RuntimeException e) {
      LOG.warn("the question's words were searched as written, without their neighbours in meaning: {}", e.toString());
      return Map.of();
    }
  }

  private Map<String, Set<String>> nearTerms(IndexReader reader, String question) throws IOException {
    // The question's slots as the search read them: a term in a slot of several has its synonyms.
    Set<String> withSynonyms = analysis.questionSlots(question).stream().filter(slot -> slot.size() > 1)
        .flatMap(Set::stream).collect(Collectors.toSet());
    Map<String, String> asked = new LinkedHashMap<>();
    Matcher word = SPELLED_WORD.matcher(question);
    while (word.find()) {
      String lower = word.group().toLowerCase(Locale.ROOT);
      List<String> term = analysis.terms(lower);
      if (lower.length() >= WordNeighbours.MIN_LETTERS && term.size() == 1 && !withSynonyms.contains(term.get(0))
          && !WordNeighbours.namesOne(word.group(), word.start()) && !documentWord(reader, lower)) {
        asked.putIfAbsent(lower, term.get(0));
      }
    }
    if (asked.isEmpty()) {
      return Map.of();
    }
    WordNeighbours neighbours = neighbours(reader);
    if (neighbours.size() == 0) {
      return Map.of();
    }
    List<String> askedWords = List.copyOf(asked.keySet());
    List<float[]> vectors = embedder.embedAsked(askedWords);
    double bound = embedder.bounds().sameWord();
    Map<String, Set<String>> near = new LinkedHashMap<>();
    for (int i = 0; i < askedWords.size(); i++) {
      // Each neighbour as the one term it indexes as ("children's" and "children" are one), the closest first.
      Set<String> terms = neighbours.nearest(vectors.get(i), bound).stream().map(neighbour -> analysis.terms(neighbour).get(0))
          .distinct().limit(MAX_NEIGHBOURS).collect(Collectors.toCollection(LinkedHashSet::new));
      if (!terms.isEmpty()) {
        near.computeIfAbsent(asked.get(askedWords.get(i)), key -> new LinkedHashSet<>()).addAll(terms);
      }
    }
    return near;
  }

  /** The documents' words are embedded with the index, so no member's question waits for them. */
  private void embedVocabulary() {
    if (searchers == null) {
      return;
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        neighbours(searcher.getIndexReader());
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException | RuntimeException e) {
      // The index is written: questions still work, and the first that needs the words tries again.
      LOG.warn("the documents' words could not be embedded with the index: {}", e.toString());
    }
  }

  /** The documents' words of this version of the index (or a newer one), read and embedded (or taken from the cache) once. */
  private WordNeighbours neighbours(IndexReader reader) throws IOException {
    long version = reader instanceof DirectoryReader directoryReader ? directoryReader.getVersion() : -1;
    VersionedNeighbours current = neighbours;
    // A question still on an older reader takes the newer words rather than build the old ones again.
    if (current != null && current.version() >= version) {
      return current.words();
    }
    synchronized (neighboursLock) {
      if (neighbours == null || neighbours.version() < version) {
        // Only words that index as one term can stand in for one (no stop words, no "well-being").
        List<String> words = WordNeighbours.vocabulary(reader, word -> analysis.terms(word).size() == 1);
        neighbours = new VersionedNeighbours(version, WordNeighbours.of(words, embedder.embedWords(words)));
      }
      return neighbours.words();
    }
  }

  private record VersionedNeighbours(long version, WordNeighbours words) {}

  private static float[] questionVector(CompletableFuture<float[]> embedding) {
    try {
      return embedding.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** A passage's vector from the vector index itself, which is cheaper than a stored copy. */
  private static float[] vector(IndexSearcher searcher, int doc) throws IOException {
    LeafReaderContext leaf = leaf(searcher, doc);
    FloatVectorValues values = leaf.reader().getFloatVectorValues(PassageFields.VECTOR);
    int local = doc - leaf.docBase;
    if (values == null || values.advance(local) != local) {
      throw new IllegalStateException("passage " + doc + " has no vector");
    }
    return values.vectorValue();
  }

  private static LeafReaderContext leaf(IndexSearcher searcher, int doc) {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }

  /** Each sentence's similarity to the question, in the order of {@link Sentences#of} the passage's text. */
  private static List<Double> sentenceSimilarities(IndexSearcher searcher, int doc, float[] questionVector)
      throws IOException {
    LeafReaderContext leaf = leaf(searcher, doc);
    BinaryDocValues values = leaf.reader().getBinaryDocValues(PassageFields.SENTENCE_VECTORS);
    int local = doc - leaf.docBase;
    if (values == null || !values.advanceExact(local)) {
      return List.of();
    }
    return SentenceVectors.similarities(values.binaryValue(), questionVector);
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }

  /**
   * Any term in any field (the question's own, then {@code nearTerms}), each field with its boost,
   * plus each pair of neighbouring question words found together in the text ("Opportunity Youth"
   * over "opportunities for youth") and each synonym of several words as a phrase. The terms are
   * already analyzed.
   */
  private static Query query(List<String> terms, List<String> nearTerms, List<List<String>> synonymPhrases) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    // A neighbour in meaning of a word no document has is searched as a word; it is no half of a phrase.
    List<String> searched = new ArrayList<>(terms);
    searched.addAll(nearTerms);
    for (String term : searched) {
      FIELD_BOOSTS.forEach((field, boost) ->
          query.add(new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD));
    }
    for (int i = 0; i + 1 < terms.size(); i++) {
      PhraseQuery pair = new PhraseQuery(1, PassageFields.TEXT, terms.get(i), terms.get(i + 1));
      query.add(new BoostQuery(pair, PHRASE_BOOST), BooleanClause.Occur.SHOULD);
    }
    // A synonym of several words is said only as a phrase: "high school student", not "high" anywhere.
    for (List<String> phrase : synonymPhrases) {
      query.add(new BoostQuery(new PhraseQuery(1, PassageFields.TEXT, phrase.toArray(String[]::new)), PHRASE_BOOST),
          BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /**
   * Each term's IDF as BM25 computes it, from the same collection statistics (Lucene's
   * {@code IndexSearcher.collectionStatistics}: documents not yet merged away count on both sides),
   * so abstention and ranking never disagree after an edit.
   *
   * @param unknown receives the terms no passage has
   */
  private static Map<String, Double> termWeights(IndexSearcher searcher, List<String> terms, Set<String> unknown)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    CollectionStatistics collection = searcher.collectionStatistics(PassageFields.ALL);
    long n = Math.max(1, collection == null ? reader.maxDoc() : collection.docCount());
    Map<String, Double> weights = new HashMap<>();
    for (String term : terms) {
      int df = reader.docFreq(new Term(PassageFields.ALL, term));
      if (df == 0) {
        unknown.add(term);
      }
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

  /**
   * Gives the analysis the acronyms of the index kept in {@code indexDir}, read from its last
   * commit without opening it for search (milliseconds): a question the calendar answers before
   * any search is read with the documents' acronyms ("TRYLN") as every later one is. Nothing when
   * there is no index of this format yet.
   */
  public static void readAcronyms(Path indexDir, TextAnalysis analysis) {
    if (!Files.isDirectory(indexDir)) {
      return;
    }
    try (Directory stored = FSDirectory.open(indexDir)) {
      IndexManifest manifest = IndexManifest.ofFormat(SegmentInfos.readLatestCommit(stored).getUserData());
      if (manifest != null) {
        analysis.useAcronyms(manifest.acronyms(), manifest.acronymWords());
      }
    } catch (IOException e) {
      // No index yet, or one being written: the first search reads them.
    }
  }

  private IndexManifest readManifest() {
    try {
      return IndexManifest.fromCommitData(SegmentInfos.readLatestCommit(directory).getUserData(), embedder.modelId());
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
      IndexManifest manifest = readManifest();
      if (manifest != null) {
        analysis.useAcronyms(manifest.acronyms(), manifest.acronymWords());
      }
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
    embeddingThread.shutdownNow();
    if (searchers != null) {
      searchers.close();
    }
    directory.close();
  }
}
