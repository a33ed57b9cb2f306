package org.msan.convene.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The optional language model that writes answers, from the environment. Null {@code provider}
 * means none: answers are extractive. The API key is never part of {@link #toString()}.
 *
 * @param provider "openai" or "ollama", or null
 */
public record LlmSettings(String provider, String baseUrl, String apiKey, String model, Duration timeout) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(8);
  public static final LlmSettings NONE = new LlmSettings(null, null, null, null, DEFAULT_TIMEOUT);

  /** @throws IllegalArgumentException one line naming the setting that is missing or wrong */
  public static LlmSettings fromEnvironment(Map<String, String> env) {
    String provider = value(env, "CONVENE_LLM");
    if (provider == null || provider.equalsIgnoreCase("none")) {
      return NONE;
    }
    provider = provider.toLowerCase(Locale.ROOT);
    Duration timeout = DEFAULT_TIMEOUT;
    String seconds = value(env, "CONVENE_LLM_TIMEOUT");
    if (seconds != null) {
      try {
        timeout = Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("CONVENE_LLM_TIMEOUT must be a number of seconds, e.g. 8");
      }
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("CONVENE_LLM_TIMEOUT must be more than 0 seconds");
      }
    }
    String model = value(env, "CONVENE_LLM_MODEL");
    return switch (provider) {
      case "openai" -> new LlmSettings(provider, required(env, "OPENAI_BASE_URL"), required(env, "OPENAI_API_KEY"),
          model == null ? required(env, "CONVENE_LLM_MODEL") : model, timeout);
      case "ollama" -> new LlmSettings(provider, required(env, "OLLAMA_BASE_URL"), null,
          model == null ? required(env, "CONVENE_LLM_MODEL") : model, timeout);
      default -> throw new IllegalArgumentException("CONVENE_LLM must be openai or ollama (or unset for extractive answers)");
    };
  }

  public boolean enabled() {
    return provider != null;
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String required(Map<String, String> env, String name) {
    String value = value(env, name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is required with CONVENE_LLM=" + env.get("CONVENE_LLM").strip());
    }
    return value;
  }

  @Override
  public String toString() {
    return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", timeout=" + timeout + "]";
  }
}
