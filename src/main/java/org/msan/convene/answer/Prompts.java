package org.msan.convene.answer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LLM's prompt templates ({@code prompts/system.txt}, {@code prompts/answer.txt}), plain text
 * with {@code {{placeholders}}}, read once at start-up; a missing or broken one stops the start
 * with a message naming the file.
 */
public final class Prompts {

  static final String SYSTEM = "system.txt";
  static final String ANSWER = "answer.txt";
  /** Optional: without it, a question in another language is searched as asked. */
  static final String TRANSLATE = "translate.txt";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      SYSTEM, Set.of("today"),
      ANSWER, Set.of("question", "passages", "count", "today", "language"),
      TRANSLATE, Set.of("question", "language"));

  private final String system;
  private final String answer;
  private final String translate;

  private Prompts(String system, String answer, String translate) {
    this.system = system;
    this.answer = answer;
    this.translate = translate;
  }

  /** @throws IllegalArgumentException naming the file and what is wrong with it */
  public static Prompts load(Path dir) {
    String translate = Files.exists(dir.resolve(TRANSLATE)) ? read(dir, TRANSLATE) : null;
    return new Prompts(read(dir, SYSTEM), read(dir, ANSWER), translate);
  }

  private static String read(Path dir, String name) {
    Path file = dir.resolve(name);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("prompt template " + file + " is missing or unreadable");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("prompt template " + file + " is empty");
    }
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      if (!ALLOWED.get(name).contains(placeholder.group(1))) {
        throw new IllegalArgumentException("prompt template " + file + " uses unknown {{" + placeholder.group(1)
            + "}} (allowed: " + String.join(", ", ALLOWED.get(name).stream().sorted().toList()) + ")");
      }
    }
    String rest = placeholder.replaceAll("");
    if (rest.contains("{{") || rest.contains("}}")) {
      throw new IllegalArgumentException("prompt template " + file + " has an unclosed {{placeholder}}");
    }
    if (name.equals(ANSWER) && !text.matches("(?s).*\\{\\{\\s*passages\\s*}}.*")) {
      throw new IllegalArgumentException("prompt template " + file + " must contain {{passages}}");
    }
    return text;
  }

  String system(Map<String, String> values) {
    return fill(system, values);
  }

  String answer(Map<String, String> values) {
    return fill(answer, values);
  }

  boolean translates() {
    return translate != null;
  }

  String translate(Map<String, String> values) {
    return fill(translate, values);
  }

  /** Values are inserted once, as data: a value that looks like a placeholder stays text. */
  private static String fill(String template, Map<String, String> values) {
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      placeholder.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(placeholder.group(1), "")));
    }
    placeholder.appendTail(out);
    return out.toString();
  }
}
