package org.msan.convene.answer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in on 127.0.0.1 for an OpenAI-compatible server ({@code POST /v1/chat/completions}) and
 * for Ollama ({@code POST /api/chat}): it records each request and answers as the test sets it.
 */
final class LlmStandIn implements AutoCloseable {

  enum Behaviour { REPLY, FAIL_500, HANG }

  final List<String> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private volatile Behaviour behaviour = Behaviour.REPLY;
  private volatile String reply = "";
  private final java.util.Queue<String> queued = new java.util.concurrent.ConcurrentLinkedQueue<>();

  LlmStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  String openAiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  String ollamaUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  void answer(String text) {
    behaviour = Behaviour.REPLY;
    reply = text;
  }

  /** Replies with each text in turn, then with the last one. */
  void answerInTurn(String... texts) {
    behaviour = Behaviour.REPLY;
    queued.clear();
    queued.addAll(List.of(texts));
    reply = texts[texts.length - 1];
  }

  void behave(Behaviour next) {
    behaviour = next;
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    if (behaviour == Behaviour.HANG) {
      try {
        Thread.sleep(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String path = exchange.getRequestURI().getPath();
    String next = queued.poll();
    String content = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.textNode(next == null ? reply : next)
        .toString();
    String body = path.endsWith("/api/chat")
        ? "{\"model\":\"m\",\"created_at\":\"2024-01-01T00:00:00Z\",\"message\":{\"role\":\"assistant\",\"content\":"
            + content + "},\"done\":true,\"done_reason\":\"stop\",\"prompt_eval_count\":1,\"eval_count\":1}"
        : "{\"id\":\"c1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\",\"choices\":[{\"index\":0,"
            + "\"message\":{\"role\":\"assistant\",\"content\":" + content + "},\"finish_reason\":\"stop\"}],"
            + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
    byte[] bytes = (behaviour == Behaviour.FAIL_500 ? "{\"error\":{\"message\":\"boom\"}}" : body)
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(behaviour == Behaviour.FAIL_500 ? 500 : 200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
