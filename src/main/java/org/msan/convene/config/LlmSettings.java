package org.msan.convene.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The optional language model that writes answers, from the environment. Null {@code provider}
 * means none: answers are extractive. The API key is never part of {@link #toString()}.
 *
 * @param provider "openai" or "ollama", or null
 * @param apiKey the key sent to an OpenAI-compatible server; {@link #LOCAL_SERVER_KEY} for a server
 *     on this machine given none; null for Ollama
 */
public record LlmSettings(String provider, String baseUrl, String apiKey, String model, Duration timeout) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(8);
  public static final LlmSettings NONE = new LlmSettings(null, null, null, null, DEFAULT_TIMEOUT);
  /**
   * Sent as the key to an OpenAI-compatible server on this machine when {@code OPENAI_API_KEY} is
   * unset. Such servers (llama.cpp, vLLM, LM Studio, Ollama's /v1) usually check no key, but some
   * expect the {@code Authorization} header every OpenAI client sends, so one is sent anyway.
   */
  public static final String LOCAL_SERVER_KEY = "no-key-needed";
  /** 127.0.0.0/8: every address of this machine's IPv4 loopback. */
  private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

  /**
   * The model's settings from the environment's variables.
   *
   * @param env the environment, or just its LLM variables
   * @return {@link #NONE} when {@code CONVENE_LLM} is unset or {@code none}
   * @throws IllegalArgumentException one line naming every setting that is missing or wrong, e.g.
   *     "CONVENE_LLM=openai needs OPENAI_BASE_URL and CONVENE_LLM_MODEL"
   */
  public static LlmSettings fromEnvironment(Map<String, String> env) {
    String provider = value(env, "CONVENE_LLM");
    if (provider == null || provider.equalsIgnoreCase("none")) {
      return NONE;
    }
    provider = provider.toLowerCase(Locale.ROOT);
    List<String> problems = new ArrayList<>();
    String baseVariable = provider.equals("openai") ? "OPENAI_BASE_URL" : "OLLAMA_BASE_URL";
    String baseUrl = value(env, baseVariable);
    String apiKey = provider.equals("openai") ? value(env, "OPENAI_API_KEY") : null;
    String model = value(env, "CONVENE_LLM_MODEL");
    if (!provider.equals("openai") && !provider.equals("ollama")) {
      problems.add("CONVENE_LLM must be openai or ollama (or unset for extractive answers)");
    } else {
      List<String> missing = new ArrayList<>();
      if (baseUrl == null) {
        missing.add(baseVariable);
      }
      // A server on this machine (llama.cpp, vLLM, LM Studio) usually takes no key; any other host needs one.
      boolean needsKey = provider.equals("openai") && (baseUrl == null || !onThisMachine(baseUrl));
      if (needsKey && apiKey == null) {
        missing.add("OPENAI_API_KEY");
      }
      if (model == null) {
        missing.add("CONVENE_LLM_MODEL");
      }
      if (!missing.isEmpty()) {
        problems.add("CONVENE_LLM=" + provider + " needs " + inWords(missing)
            + (missing.contains("OPENAI_API_KEY") ? " (a server on localhost needs no key)" : ""));
      }
      if (baseUrl != null && !isWebAddress(baseUrl)) {
        problems.add(baseVariable + " must be an http:// or https:// address, like "
            + (provider.equals("openai") ? "https://api.openai.com/v1" : "http://localhost:11434"));
      }
    }
    Duration timeout = timeout(value(env, "CONVENE_LLM_TIMEOUT"), problems);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    if (provider.equals("openai") && apiKey == null) {
      apiKey = LOCAL_SERVER_KEY;
    }
    return new LlmSettings(provider, baseUrl, apiKey, model, timeout);
  }

  /**
   * Whether {@code baseUrl}'s host is this machine by name or loopback address ({@code localhost},
   * {@code 127.0.0.1}, {@code ::1}), read from the text alone: nothing is looked up.
   */
  static boolean onThisMachine(String baseUrl) {
    String host = host(baseUrl);
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.equals("localhost") || host.equals("::1") || host.equals("0:0:0:0:0:0:0:1")
        || LOOPBACK_IPV4.matcher(host).matches();
  }

  public boolean enabled() {
    return provider != null;
  }

  private static Duration timeout(String seconds, List<String> problems) {
    if (seconds == null) {
      return DEFAULT_TIMEOUT;
    }
    Duration timeout;
    try {
      timeout = Duration.ofMillis(Math.round(Double.parseDouble(seconds) * 1000));
    } catch (NumberFormatException e) {
      problems.add("CONVENE_LLM_TIMEOUT must be a number of seconds, e.g. 8");
      return DEFAULT_TIMEOUT;
    }
    if (timeout.isNegative() || timeout.isZero()) {
      problems.add("CONVENE_LLM_TIMEOUT must be more than 0 seconds");
      return DEFAULT_TIMEOUT;
    }
    return timeout;
  }

  private static boolean isWebAddress(String url) {
    try {
      URI uri = new URI(url);
      // The authority, not the host: a host name with "_" (a Docker service) has no host for java.net.URI.
      return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
          && uri.getRawAuthority() != null && !uri.getRawAuthority().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String host(String url) {
    try {
      String host = new URI(url).getHost();
      return host == null || host.isEmpty() ? null : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** "A", "A and B", "A, B and C". */
  private static String inWords(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", timeout=" + timeout + "]";
  }
}
