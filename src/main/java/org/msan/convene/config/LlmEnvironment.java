package org.msan.convene.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The language model's variables as the environment had them, read with the other settings and
 * checked only when a command answers with the model ({@link #settings()}). A command that never
 * answers ({@code backup}, {@code gaps}, {@code check}, {@code rsvps export}) never checks them, so
 * a half-set LLM environment cannot stop it. Values never appear in {@link #toString()}.
 */
public record LlmEnvironment(Map<String, String> variables) {

  /** Every variable {@link LlmSettings#fromEnvironment} reads. */
  static final List<String> NAMES = List.of("CONVENE_LLM", "CONVENE_LLM_TIMEOUT", "CONVENE_LLM_MODEL",
      "OPENAI_BASE_URL", "OPENAI_API_KEY", "OLLAMA_BASE_URL");

  /** No model: answers are extractive. */
  public static final LlmEnvironment NONE = new LlmEnvironment(Map.of());

  public LlmEnvironment {
    variables = Map.copyOf(variables);
  }

  /** The LLM's variables of {@code env}, nothing else (no other secret is kept). */
  public static LlmEnvironment of(Map<String, String> env) {
    Map<String, String> kept = new HashMap<>();
    for (String name : NAMES) {
      if (env.get(name) != null) {
        kept.put(name, env.get(name));
      }
    }
    return new LlmEnvironment(kept);
  }

  /** Whether {@code CONVENE_LLM} asks for a model (set, and not {@code none}); says nothing about the rest. */
  public boolean requested() {
    String provider = variables.get("CONVENE_LLM");
    return provider != null && !provider.isBlank() && !provider.strip().equalsIgnoreCase("none");
  }

  /**
   * The model's settings, checked now.
   *
   * @throws SettingException one line naming every setting that is missing or wrong
   */
  public LlmSettings settings() {
    try {
      return LlmSettings.fromEnvironment(variables);
    } catch (IllegalArgumentException e) {
      throw new SettingException(e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "LlmEnvironment" + variables.keySet().stream().sorted().toList();
  }
}
