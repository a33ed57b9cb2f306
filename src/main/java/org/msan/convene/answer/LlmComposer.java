package org.msan.convene.answer;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.msan.convene.config.LlmSettings;
import org.msan.convene.knowledge.Passage;
import org.msan.convene.knowledge.TextAnalysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has a language model write the answer from the retrieved passages only, and checks what comes
 * back ({@link ReplyCheck}): it must cite, cite only passages it was given, link only to addresses
 * they give, and each cited sentence must share a word with its passage. Any failure (an error, a
 * timeout, a refused reply) gives an empty result and the reason is logged at WARN; the caller then
 * sends the extractive answer. The model's own timeout ({@code CONVENE_LLM_TIMEOUT}, LangChain4j's
 * {@code timeout}) bounds each call, with no retries.
 *
 * <p>The question and the passages reach the model as quoted data, each in its own tags, with
 * {@code &}, {@code <} and {@code >} written as {@code &amp;}, {@code &lt;} and {@code &gt;} (and
 * {@code "} as {@code &quot;} in attributes), XML's escaping, so nothing inside can open or close a
 * tag. A reply that echoes those entities gets its characters back.
 */
public final class LlmComposer {

  private static final Logger LOG = LoggerFactory.getLogger(LlmComposer.class);
  static final String NOT_IN_DOCUMENTS = ReplyCheck.NOT_IN_DOCUMENTS;

  private final ChatModel model;
  private final Prompts prompts;
  private final ReplyCheck check;

  /**
   * @param model a chat model whose calls end by themselves, within its timeout
   * @param analysis the index's analyzer, which compares a reply's sentences with the passages they cite
   */
  public LlmComposer(ChatModel model, Prompts prompts, TextAnalysis analysis) {
    this.model = Objects.requireNonNull(model, "model");
    this.prompts = Objects.requireNonNull(prompts, "prompts");
    this.check = new ReplyCheck(Objects.requireNonNull(analysis, "analysis"));
  }

  /** The chat model the settings name, through LangChain4j's clients; no retries, the timeout bounds the call. */
  public static LlmComposer create(LlmSettings settings, Prompts prompts, TextAnalysis analysis) {
    ChatModel model = switch (settings.provider()) {
      case "openai" -> OpenAiChatModel.builder().baseUrl(settings.baseUrl()).apiKey(settings.apiKey())
          .modelName(settings.model()).timeout(settings.timeout()).maxRetries(0).build();
      case "ollama" -> OllamaChatModel.builder().baseUrl(settings.baseUrl()).modelName(settings.model())
          .timeout(settings.timeout()).maxRetries(0).build();
      default -> throw new IllegalArgumentException("unknown LLM provider " + settings.provider());
    };
    return new LlmComposer(model, prompts, analysis);
  }

  /** @param language the language the answer is written in (the member's) */
  Optional<String> compose(String question, List<Passage> passages, LocalDate today, Locale language) {
    String system = prompts.system(Map.of("today", today.toString()));
    String user = prompts.answer(Map.of("question", quoted(question), "passages", numbered(passages),
        "count", String.valueOf(passages.size()), "today", today.toString(),
        "language", language.getDisplayLanguage(Locale.ENGLISH)));
    Optional<String> reply = call(system, user, "answer", "sending the extractive answer").map(LlmComposer::unquoted);
    if (reply.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> problem = check.problem(reply.get(), passages, language);
    if (problem.isPresent()) {
      LOG.warn("LLM answer refused: {}; sending the extractive answer", problem.get());
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
    String user = prompts.translate(Map.of("question", quoted(question), "language", language.getDisplayLanguage(Locale.ENGLISH)));
    // The answering rules (system.txt) are not for a translation: the template alone is sent.
    return call(null, user, "translation", "searching the question as asked")
        .map(LlmComposer::unquoted).map(String::strip).filter(english -> !english.isEmpty() && !english.contains(NOT_IN_DOCUMENTS));
  }

  /**
   * One chat call, bounded by the model's timeout; a failure is logged with what happens instead.
   *
   * @param system the system message, or null for none
   */
  private Optional<String> call(String system, String user, String what, String instead) {
    try {
      return Optional.ofNullable((system == null ? model.chat(UserMessage.from(user))
          : model.chat(SystemMessage.from(system), UserMessage.from(user))).aiMessage().text());
    } catch (TimeoutException e) {
      LOG.warn("LLM {} refused: no reply within the timeout (CONVENE_LLM_TIMEOUT); {}", what, instead);
    } catch (RuntimeException e) {
      LOG.warn("LLM {} refused: the call failed ({}); {}", what, safeMessage(e), instead);
    }
    return Optional.empty();
  }

  /** Passages as quoted data, each in its own tags, numbered as the sources are. */
  static String numbered(List<Passage> passages) {
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < passages.size(); i++) {
      Passage passage = passages.get(i);
      String where = passage.section().isEmpty() ? passage.title() : passage.title() + " › " + passage.section();
      blocks.add("<passage number=\"" + (i + 1) + "\" source=\"" + quoted(where).replace("\"", "&quot;") + "\">\n"
          + quoted(passage.text()) + "\n</passage>");
    }
    return String.join("\n\n", blocks);
  }

  /** Text as tagged data: {@code &}, {@code <} and {@code >} as XML entities, so it cannot open or close a tag. */
  static String quoted(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A reply that echoes the entities of {@link #quoted} reads as the member wrote it ({@code &amp;} last). */
  static String unquoted(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
  }

  /** Error messages of HTTP clients can echo request headers; keep only the first line, without keys. */
  private static String safeMessage(Throwable e) {
    String message = e == null || e.getMessage() == null ? "unknown error" : e.getMessage().lines().findFirst().orElse("");
    return message.replaceAll("(?i)(bearer|api[_-]?key)\\s*[:=]?\\s*\\S+", "$1 ***");
  }
}
