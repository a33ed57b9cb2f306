package org.msan.convene.answer;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.msan.convene.config.LlmSettings;
import org.msan.convene.knowledge.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has a language model write the answer from the retrieved passages only, and checks what comes
 * back: it must cite, and cite only passages it was given. Any failure (an error, a timeout, a bad
 * or missing citation, an empty reply) gives an empty result and the reason is logged; the caller
 * then sends the extractive answer.
 */
public final class LlmComposer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LlmComposer.class);
  private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
  static final String NOT_IN_DOCUMENTS = "NOT IN THE DOCUMENTS";

  private final ChatModel model;
  private final Prompts prompts;
  private final Duration timeout;
  private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "convene-llm");
    thread.setDaemon(true);
    return thread;
  });

  public LlmComposer(ChatModel model, Prompts prompts, Duration timeout) {
    this.model = model;
    this.prompts = prompts;
    this.timeout = timeout;
  }

  /** The chat model the settings name, through LangChain4j's clients; no retries, the timeout bounds the call. */
  public static LlmComposer create(LlmSettings settings, Prompts prompts) {
    ChatModel model = switch (settings.provider()) {
      case "openai" -> OpenAiChatModel.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey())
          .modelName(settings.model()).timeout(settings.timeout()).maxRetries(0).build();
      case "ollama" -> OllamaChatModel.builder().baseUrl(settings.baseUrl()).modelName(settings.model())
          .timeout(settings.timeout()).maxRetries(0).build();
      default -> throw new IllegalArgumentException("unknown LLM provider " + settings.provider());
    };
    return new LlmComposer(model, prompts, settings.timeout());
  }

  /** @param language the language the answer is written in (the member's) */
  Optional<String> compose(String question, List<Passage> passages, LocalDate today, Locale language) {
    String system = prompts.system(Map.of("today", today.toString()));
    String user = prompts.answer(Map.of("question", question, "passages", numbered(passages),
        "count", String.valueOf(passages.size()), "today", today.toString(),
        "language", language.getDisplayLanguage(Locale.ENGLISH)));
    Optional<String> reply = call(system, user, "answer", "sending the extractive answer");
    if (reply.isEmpty()) {
      return Optional.empty();
    }
    String problem = check(reply.get(), passages.size());
    if (problem != null) {
      LOG.warn("LLM answer refused: {}; sending the extractive answer", problem);
      return Optional.empty();
    }
    return Optional.of(reply.get().strip());
  }

  /**
   * The question in English, for retrieval, with the {@code translate.txt} template; empty when
   * there is no such template or the call fails (the question is then searched as asked).
   */
  Optional<String> translate(String question, Locale language) {
    if (!prompts.translates()) {
      return Optional.empty();
    }
    String user = prompts.translate(Map.of("question", question, "language", language.getDisplayLanguage(Locale.ENGLISH)));
    // The answering rules (system.txt) are not for a translation: the template alone is sent.
    return call(null, user, "translation", "searching the question as asked")
        .map(String::strip).filter(english -> !english.isEmpty() && !english.contains(NOT_IN_DOCUMENTS));
  }

  /**
   * One chat call bounded by the timeout; a failure is logged with what happens instead.
   *
   * @param system the system message, or null for none
   */
  private Optional<String> call(String system, String user, String what, String instead) {
    Future<String> call = calls.submit(() -> (system == null ? model.chat(UserMessage.from(user))
        : model.chat(SystemMessage.from(system), UserMessage.from(user))).aiMessage().text());
    try {
      return Optional.ofNullable(call.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      call.cancel(true);
      LOG.warn("LLM {} refused: no reply within {} ms; {}", what, timeout.toMillis(), instead);
    } catch (ExecutionException e) {
      LOG.warn("LLM {} refused: the call failed ({}); {}", what, safeMessage(e.getCause()), instead);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Optional.empty();
  }

  /** @return why the reply cannot be sent, or null when it can */
  static String check(String reply, int passages) {
    if (reply == null || reply.isBlank()) {
      return "the reply was empty";
    }
    if (reply.contains(NOT_IN_DOCUMENTS)) {
      return "the model found no answer in the passages";
    }
    Matcher citation = CITATION.matcher(reply);
    boolean cited = false;
    while (citation.find()) {
      cited = true;
      int n = Integer.parseInt(citation.group(1));
      if (n < 1 || n > passages) {
        return "it cites [" + n + "] but was given " + passages + " passages";
      }
    }
    return cited ? null : "it cites no passage";
  }

  /** Passages as quoted data, each in its own tags, numbered as the sources are. */
  static String numbered(List<Passage> passages) {
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      Passage passage = passages.get(i);
      String where = passage.section().isEmpty() ? passage.title() : passage.title() + " › " + passage.section();
      blocks.add("<passage number=\"" + (i + 1) + "\" source=\"" + where.replace("\"", "'") + "\">\n"
          + passage.text().replace("</passage>", "</ passage>") + "\n</passage>");
    }
    return String.join("\n\n", blocks);
  }

  /** Error messages of HTTP clients can echo request headers; keep only the first line, without keys. */
  private static String safeMessage(Throwable e) {
    String message = e == null || e.getMessage() == null ? "unknown error" : e.getMessage().lines().findFirst().orElse("");
    return message.replaceAll("(?i)(bearer|api[_-]?key)\\s*[:=]?\\s*\\S+", "$1 ***");
  }

  @Override
  public void close() {
    calls.shutdownNow();
  }
}
