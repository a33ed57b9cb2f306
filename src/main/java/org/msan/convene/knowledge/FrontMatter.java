package org.msan.convene.knowledge;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * The YAML block between two {@code ---} lines at the top of a Markdown file, and the body after it.
 * Fields other than {@link #KNOWN_FIELDS} are ignored, unless one is a misspelling of a known one.
 *
 * @param bodyFirstLine 1-based line of the file where the body starts
 * @param yaml the YAML between the two {@code ---} lines, empty without front matter
 */
record FrontMatter(Map<String, String> fields, String body, int bodyFirstLine, String yaml) {

  static final Set<String> KNOWN_FIELDS = Set.of("title", "category", "source", "updated", "tags");

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  String get(String field) {
    return fields.getOrDefault(field, "");
  }

  /** The 1-based line of the file where {@code field} is written (the front matter's first line when it isn't). */
  int lineOf(String field) {
    return lineOf(yaml, field);
  }

  static FrontMatter split(String text) throws UnreadableFileException {
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return new FrontMatter(Map.of(), text, 1, "");
    }
    int end = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new UnreadableFileException("front matter starts with --- but never ends with ---", 1);
    }
    String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, end));
    String body = String.join("\n", Arrays.copyOfRange(lines, end + 1, lines.length));
    return new FrontMatter(parseFields(yaml), body, end + 2, yaml);
  }

  private static Map<String, String> parseFields(String yaml) throws UnreadableFileException {
    JsonNode node;
    try {
      node = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      YamlMistakes.Mistake mistake = YamlMistakes.of(e);
      // The YAML starts on the file's second line, after the opening ---.
      throw new UnreadableFileException("bad front matter: " + mistake.plain(), mistake.line() + 1);
    }
    if (node == null || node.isMissingNode() || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new UnreadableFileException("bad front matter: expected 'key: value' lines", 2);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    var names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      JsonNode value = node.get(name);
      if (!KNOWN_FIELDS.contains(name)) {
        Optional<String> meant = misspelled(name);
        if (meant.isPresent()) {
          throw new UnreadableFileException("bad front matter: unknown field '" + name + "' (did you mean '"
              + meant.get() + "'?)", lineOf(yaml, name));
        }
        // Staff's own metadata ("owner", "version", a site generator's "layout"): not Convene's to read.
        continue;
      }
      if (value.isContainerNode() && !name.equals("tags")) {
        throw new UnreadableFileException("bad front matter: '" + name + "' must be a single value", lineOf(yaml, name));
      }
      fields.put(name, value.isContainerNode() ? value.toString() : value.asText());
    }
    return Map.copyOf(fields);
  }

  /**
   * The known field {@code name} is one edit away from (a swap counting one: "titel", "update"),
   * decided by Lucene's Levenshtein automata; such a field is a typo that would lose its value.
   */
  private static Optional<String> misspelled(String name) {
    Automaton near = new LevenshteinAutomata(name.toLowerCase(Locale.ROOT), true).toAutomaton(1);
    return KNOWN_FIELDS.stream().sorted().filter(known -> Operations.run(near, known)).findFirst();
  }

  private static int lineOf(String yaml, String field) {
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(field + ":")) {
        return i + 2;
      }
    }
    return 2;
  }
}
