package org.msan.convene.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The language model's settings from the environment: every problem at once, a key only where one is needed. */
final class LlmSettingsTest {

  private static final String SECRET = "sk-test-secret-123";

  @Test
  @DisplayName("Every missing setting is named in one line, with the timeout's problem after it")
  void everyProblemAtOnce() {
    assertThatThrownBy(() -> LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "openai")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CONVENE_LLM=openai needs OPENAI_BASE_URL, OPENAI_API_KEY and CONVENE_LLM_MODEL "
            + "(a server on localhost needs no key)");
    assertThatThrownBy(() -> LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "ollama", "CONVENE_LLM_TIMEOUT", "soon")))
        .hasMessage("CONVENE_LLM=ollama needs OLLAMA_BASE_URL and CONVENE_LLM_MODEL; "
            + "CONVENE_LLM_TIMEOUT must be a number of seconds, e.g. 8");
    assertThatThrownBy(() -> LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "gpt", "CONVENE_LLM_TIMEOUT", "0")))
        .hasMessage("CONVENE_LLM must be openai or ollama (or unset for extractive answers); "
            + "CONVENE_LLM_TIMEOUT must be more than 0 seconds");
    assertThatThrownBy(() -> LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "openai", "OPENAI_BASE_URL",
        "api.example.org/v1", "OPENAI_API_KEY", SECRET)))
        .hasMessage("CONVENE_LLM=openai needs CONVENE_LLM_MODEL; "
            + "OPENAI_BASE_URL must be an http:// or https:// address, like https://api.openai.com/v1")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  @DisplayName("A server on localhost, 127.0.0.1 or ::1 needs no OPENAI_API_KEY and gets a placeholder; any other host needs one")
  void keyOnlyForOtherHosts() {
    for (String local : new String[] {"http://localhost:8080/v1", "http://127.0.0.1:1234/v1", "http://[::1]:8000/v1",
        "HTTP://LOCALHOST/v1"}) {
      LlmSettings settings = LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "openai", "OPENAI_BASE_URL", local,
          "CONVENE_LLM_MODEL", "llama"));

      assertThat(settings.apiKey()).as(local).isEqualTo(LlmSettings.LOCAL_SERVER_KEY);
      assertThat(settings.baseUrl()).isEqualTo(local);
    }
    assertThat(LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "openai", "OPENAI_BASE_URL", "http://localhost:8080/v1",
        "OPENAI_API_KEY", SECRET, "CONVENE_LLM_MODEL", "llama")).apiKey()).as("a key given is used").isEqualTo(SECRET);
    for (String remote : new String[] {"https://api.openai.com/v1", "http://localhost.example.org/v1",
        "http://10.0.0.5:8080/v1", "http://127.0.0.1.example.org/v1"}) {
      assertThatThrownBy(() -> LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "openai", "OPENAI_BASE_URL", remote,
          "CONVENE_LLM_MODEL", "gpt-4o-mini"))).as(remote)
          .hasMessage("CONVENE_LLM=openai needs OPENAI_API_KEY (a server on localhost needs no key)");
    }
  }

  @Test
  @DisplayName("Complete settings are read as written; the key never shows in toString")
  void completeSettings() {
    LlmSettings settings = LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "OpenAI", "OPENAI_BASE_URL",
        "https://api.openai.com/v1", "OPENAI_API_KEY", SECRET, "CONVENE_LLM_MODEL", "gpt-4o-mini",
        "CONVENE_LLM_TIMEOUT", "2.5"));

    assertThat(settings.provider()).isEqualTo("openai");
    assertThat(settings.apiKey()).isEqualTo(SECRET);
    assertThat(settings.timeout()).isEqualTo(Duration.ofMillis(2500));
    assertThat(settings.toString()).doesNotContain(SECRET);
    assertThat(LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "none"))).isEqualTo(LlmSettings.NONE);
    assertThat(LlmSettings.fromEnvironment(Map.of("CONVENE_LLM", "ollama", "OLLAMA_BASE_URL", "http://ollama_host:11434",
        "CONVENE_LLM_MODEL", "llama3.1")).apiKey()).as("a Docker service name with '_' is an address").isNull();
  }

  @Test
  @DisplayName("LlmEnvironment reports the same line as a setting problem, for exit status 2")
  void environmentReportsSettingProblem() {
    assertThatThrownBy(() -> LlmEnvironment.of(Map.of("CONVENE_LLM", "openai", "PATH", "/bin")).settings())
        .isInstanceOf(SettingException.class)
        .hasMessageStartingWith("CONVENE_LLM=openai needs OPENAI_BASE_URL, OPENAI_API_KEY and CONVENE_LLM_MODEL");
  }
}
