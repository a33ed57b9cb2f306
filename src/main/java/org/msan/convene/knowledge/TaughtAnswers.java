package org.msan.convene.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Answers staff teach, as Markdown files in {@code knowledge/answers/} that they can read, edit and
 * back up like any other document: front matter ({@code title} = the question, {@code source},
 * {@code updated}, {@code category: faq}) and the answer as the text. Teaching the same question
 * again updates its file; a different question whose name would collide gets a file of its own.
 */
public final class TaughtAnswers {

  public static final String FOLDER = "answers";
  private static final int MAX_SLUG = 60;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private final KnowledgeFolder folder;

  public TaughtAnswers(KnowledgeFolder folder) {
    this.folder = folder;
  }

  /**
   * @param path relative to the knowledge folder, e.g. {@code answers/where-is-parking.md}
   * @param bytes what was written
   * @param replaced true when an earlier answer to the same question was updated
   */
  public record Written(String path, byte[] bytes, boolean replaced) {}

  /**
   * Writes the answer (atomically: a reader sees the old file or the new one).
   *
   * @param source a link, or who answered ("answered by Ana in Discord")
   */
  public Written write(String question, String answer, String source, LocalDate updated) {
    String base = slug(question);
    for (int n = 1; ; n++) {
      String path = FOLDER + "/" + (n == 1 ? base : base + "-" + n) + ".md";
      Path file = folder.resolve(path);
      boolean exists = Files.exists(file);
      if (exists && !sameQuestion(path, question)) {
        continue;
      }
      byte[] bytes = markdown(question, answer, source, updated).getBytes(StandardCharsets.UTF_8);
      try {
        KnowledgeFiles.replaceAtomically(file, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
      }
      return new Written(path, bytes, exists);
    }
  }

  private boolean sameQuestion(String path, String question) {
    KnowledgeFolder.ReadResult read = folder.read(path);
    return read.ok() && read.document().title().strip().equalsIgnoreCase(question.strip());
  }

  static String markdown(String question, String answer, String source, LocalDate updated) {
    Map<String, String> front = new LinkedHashMap<>();
    front.put("title", question.strip());
    front.put("source", source);
    front.put("updated", updated.toString());
    front.put("category", "faq");
    try {
      return "---\n" + YAML.writeValueAsString(front) + "---\n\n" + answer.strip() + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("front matter of plain strings always serializes", e);
    }
  }

  /** "Where do we park at the kick-off?" → "where-do-we-park-at-the-kick-off". */
  static String slug(String question) {
    String plain = Normalizer.normalize(question, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (plain.length() > MAX_SLUG) {
      int cut = plain.lastIndexOf('-', MAX_SLUG);
      plain = plain.substring(0, cut > 0 ? cut : MAX_SLUG);
    }
    return plain.isEmpty() ? "answer" : plain;
  }
}
