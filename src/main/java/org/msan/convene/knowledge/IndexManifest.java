package org.msan.convene.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the index was built from: one entry per file of the folder, kept in the Lucene commit's user
 * data so it changes atomically with the passages it describes.
 */
record IndexManifest(Map<String, FileState> files) {

  /**
   * Bump when the passage layout or the analyzer changes, or what a refresh computes beside the
   * passages (39: the vocabulary's vectors): an older index is then rebuilt.
   */
  static final String FORMAT = "convene-index-58";
  static final String FORMAT_KEY = "convene.format";
  static final String FILES_KEY = "convene.files";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param problem why the file was skipped, or null when it was indexed
   * @param acronyms the acronyms the file uses, with what they stand for ({@link Acronyms})
   * @param acronymWords those of them that are also words ("sold"), decided when the file was
   *     indexed ({@link TextAnalysis#acronymWords}), so that opening the index reads no word list
   */
  record FileState(long size, long modified, String sha256, int passages, Problem problem,
      Map<String, String> acronyms, Set<String> acronymWords) {

    FileState {
      acronyms = acronyms == null ? Map.of() : Map.copyOf(acronyms);
      acronymWords = acronymWords == null ? Set.of() : Set.copyOf(acronymWords);
    }
  }

  /** Every file's acronyms; where two files spell one differently, the first file's in path order. */
  Map<String, String> acronyms() {
    Map<String, String> all = new TreeMap<>();
    new TreeMap<>(files).values().forEach(state -> state.acronyms().forEach(all::putIfAbsent));
    return all;
  }

  /** Every file's acronyms that are also words. */
  Set<String> acronymWords() {
    Set<String> all = new TreeSet<>();
    files.values().forEach(state -> all.addAll(state.acronymWords()));
    return all;
  }

  IndexManifest {
    files = Map.copyOf(files);
  }

  static final String MODEL_KEY = "convene.model";

  /** Null when the index was written by another format or another embedding model: rebuild it. */
  static IndexManifest fromCommitData(Map<String, String> data, String modelId) {
    if (!FORMAT.equals(data.get(FORMAT_KEY)) || !modelId.equals(data.get(MODEL_KEY)) || data.get(FILES_KEY) == null) {
      return null;
    }
    try {
      return new IndexManifest(JSON.readValue(data.get(FILES_KEY), new TypeReference<Map<String, FileState>>() {}));
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** The manifest of an index of this format, whatever its embedding model; null otherwise. */
  static IndexManifest ofFormat(Map<String, String> data) {
    return data.get(MODEL_KEY) == null ? null : fromCommitData(data, data.get(MODEL_KEY));
  }

  Map<String, String> toCommitData(String modelId) {
    try {
      return Map.of(FORMAT_KEY, FORMAT, MODEL_KEY, modelId, FILES_KEY, JSON.writeValueAsString(new TreeMap<>(files)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the index manifest", e);
    }
  }
}
