package org.msan.convene.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A test-only stand-in of Discord on 127.0.0.1: the REST calls JDA makes (REST API v10) and a
 * gateway that says HELLO, answers IDENTIFY with READY and GUILD_CREATE, and delivers the
 * interactions and messages a test sends. It records every request JDA makes.
 */
final class DiscordStandIn implements AutoCloseable {

  static final String BOT_ID = "900000000000000001";
  static final String GUILD_ID = "100000000000000001";
  static final String CHANNEL_ID = "300000000000000001";
  static final String MEMBER_ID = "200000000000000001";
  static final String COORDINATOR_ROLE_ID = "500000000000000001";
  static final String BOT_ROLE_ID = "500000000000000002";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One request JDA sent, with the time it arrived. */
  record Request(String method, String path, String body, long atMillis) {}

  final List<Request> requests = new CopyOnWriteArrayList<>();
  final CountDownLatch identified = new CountDownLatch(1);
  private final HttpServer http;
  private final Gateway gateway;
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicLong ids = new AtomicLong(700000000000000000L);

  DiscordStandIn() throws Exception {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.createContext("/", this::rest);
    http.createContext("/attachments/", this::attachment);
    http.setExecutor(Executors.newFixedThreadPool(8));
    http.start();
    gateway = new Gateway(new InetSocketAddress("127.0.0.1", 0));
    gateway.setReuseAddr(true);
    gateway.start();
    for (int i = 0; i < 100 && gateway.getPort() == 0; i++) {
      Thread.sleep(20);
    }
  }

  String apiUrl() {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
  }

  String gatewayUrl() {
    return "ws://127.0.0.1:" + gateway.getPort() + "/";
  }

  String snowflake() {
    return String.valueOf(ids.incrementAndGet());
  }

  List<Request> requests(String method, String pathPart) {
    return requests.stream().filter(r -> r.method().equals(method) && r.path().contains(pathPart)).toList();
  }

  // ---- REST ----

  private void rest(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    requests.add(new Request(method, path, body, System.currentTimeMillis()));
    String route = path.replaceFirst("^/api/v10/", "");
    Object reply;
    if (route.equals("users/@me") || route.equals("users/%40me")) {
      reply = botUser();
    } else if (route.equals("gateway/bot") || route.equals("gateway")) {
      reply = JSON.createObjectNode().put("url", gatewayUrl()).put("shards", 1);
    } else if (route.matches("applications/\\d+/(guilds/\\d+/)?commands") && method.equals("PUT")) {
      ArrayNode commands = (ArrayNode) JSON.readTree(body);
      for (JsonNode command : commands) {
        ((ObjectNode) command).put("id", snowflake()).put("application_id", BOT_ID).put("version", snowflake())
            .put("type", 1);
      }
      reply = commands;
    } else if (route.matches("interactions/\\d+/[^/]+/callback")) {
      JsonNode callback = JSON.readTree(body.isEmpty() ? "{}" : jsonPart(body));
      ObjectNode response = JSON.createObjectNode();
      response.putObject("interaction").put("id", route.split("/")[1]).put("type", 2);
      response.putObject("resource").put("type", callback.path("type").asInt()).set("message", message(""));
      reply = response;
    } else if (route.matches("webhooks/\\d+/[^/]+(/messages/.*)?") || route.matches("channels/\\d+/messages(/\\d+)?")) {
      reply = message("");
    } else if (route.matches("users/\\d+")) {
      reply = member().get("user");
    } else if (route.matches("guilds/\\d+/scheduled-events(/\\d+)?")) {
      reply = scheduledEvent(method, route, body);
    } else if (route.equals("users/@me/channels") || route.equals("users/%40me/channels")) {
      ObjectNode dm = JSON.createObjectNode().put("id", snowflake()).put("type", 1);
      dm.putArray("recipients").add(member().get("user"));
      reply = dm;
    } else {
      reply = JSON.createObjectNode();
    }
    byte[] bytes = JSON.writeValueAsBytes(reply);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  final java.util.Map<String, ObjectNode> scheduledEvents = new java.util.concurrent.ConcurrentHashMap<>();

  /** Guild scheduled events: created, read and changed as Discord does. */
  private ObjectNode scheduledEvent(String method, String route, String body) throws IOException {
    String[] parts = route.split("/");
    if (method.equals("POST")) {
      ObjectNode event = (ObjectNode) JSON.readTree(body);
      event.put("id", snowflake()).put("guild_id", GUILD_ID).putNull("channel_id").put("creator_id", BOT_ID)
          .put("status", 1).putNull("entity_id").put("user_count", 0).putNull("image");
      scheduledEvents.put(event.path("id").asText(), event);
      return event;
    }
    ObjectNode event = scheduledEvents.get(parts[parts.length - 1]);
    if (event != null && method.equals("PATCH")) {
      event.setAll((ObjectNode) JSON.readTree(body));
    }
    return event == null ? JSON.createObjectNode() : event;
  }

  /** Multipart bodies (attachments) carry the JSON in their payload_json part. */
  static String jsonPart(String body) {
    if (body.startsWith("{") || body.startsWith("[")) {
      return body;
    }
    int start = body.indexOf('{');
    int end = body.indexOf("\r\n--", start);
    return start < 0 ? "{}" : body.substring(start, end < 0 ? body.length() : end);
  }

  static ObjectNode botUser() {
    return JSON.createObjectNode().put("id", BOT_ID).put("username", "convene").put("discriminator", "0000")
        .put("bot", true).putNull("avatar").put("flags", 0).put("verified", true).put("mfa_enabled", false)
        .putNull("global_name");
  }

  /** The member who acts: a coordinator (has the Coordinators role) when {@link #coordinator} is set. */
  volatile boolean coordinator;

  private ObjectNode member() {
    ObjectNode member = JSON.createObjectNode();
    member.putObject("user").put("id", MEMBER_ID).put("username", "ana").put("discriminator", "0")
        .put("global_name", "Ana").putNull("avatar");
    ArrayNode roles = member.putArray("roles");
    if (coordinator) {
      roles.add(COORDINATOR_ROLE_ID);
    }
    member.put("joined_at", "2020-01-01T00:00:00.000000+00:00").put("deaf", false).put("mute", false)
        .put("flags", 0).put("pending", false).putNull("nick").putNull("avatar").putNull("premium_since")
        .put("permissions", "1071698660929");
    return member;
  }

  private ObjectNode message(String content) {
    ObjectNode message = JSON.createObjectNode().put("id", snowflake()).put("channel_id", CHANNEL_ID)
        .put("type", 0).put("content", content).put("timestamp", "2026-01-01T00:00:00.000000+00:00")
        .putNull("edited_timestamp").put("tts", false).put("mention_everyone", false).put("pinned", false)
        .put("flags", 0);
    message.set("author", botUser());
    message.putArray("mentions");
    message.putArray("mention_roles");
    message.putArray("attachments");
    message.putArray("embeds");
    message.putArray("components");
    return message;
  }

  private static ObjectNode channel() {
    ObjectNode channel = JSON.createObjectNode().put("id", CHANNEL_ID).put("type", 0).put("guild_id", GUILD_ID)
        .put("name", "general").put("position", 0).put("nsfw", false).putNull("parent_id").putNull("topic")
        .putNull("last_message_id").put("rate_limit_per_user", 0).put("flags", 0);
    channel.putArray("permission_overwrites");
    return channel;
  }

  // ---- gateway ----

  private ObjectNode dispatch(String type, JsonNode data) {
    ObjectNode payload = JSON.createObjectNode().put("op", 0).put("t", type).put("s", sequence.incrementAndGet());
    payload.set("d", data);
    return payload;
  }

  private ObjectNode ready() {
    ObjectNode ready = JSON.createObjectNode().put("v", 10).put("session_id", "session-1")
        .put("resume_gateway_url", gatewayUrl());
    ready.set("user", botUser());
    ready.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
    ready.putObject("application").put("id", BOT_ID).put("flags", 0);
    ready.putArray("private_channels");
    ready.putArray("relationships");
    ready.putArray("presences");
    ready.putArray("shard").add(0).add(1);
    return ready;
  }

  private ObjectNode guild() {
    ObjectNode guild = JSON.createObjectNode().put("id", GUILD_ID).put("name", "Network").putNull("icon")
        .put("owner_id", MEMBER_ID).putNull("afk_channel_id").put("afk_timeout", 300).put("verification_level", 0)
        .put("default_message_notifications", 0).put("explicit_content_filter", 0).put("mfa_level", 0)
        .putNull("system_channel_id").put("member_count", 2).put("large", false).put("unavailable", false)
        .put("joined_at", "2020-01-01T00:00:00.000000+00:00").put("premium_tier", 0)
        .put("preferred_locale", "en-US").put("nsfw_level", 0).putNull("description").putNull("banner")
        .putNull("splash").putNull("vanity_url_code").put("premium_subscription_count", 0);
    ArrayNode roles = guild.putArray("roles");
    roles.addObject().put("id", GUILD_ID).put("name", "@everyone").put("permissions", "1071698660929")
        .put("position", 0).put("color", 0).put("hoist", false).put("managed", false).put("mentionable", false)
        .put("flags", 0);
    roles.addObject().put("id", COORDINATOR_ROLE_ID).put("name", "Coordinators").put("permissions", "0")
        .put("position", 1).put("color", 0).put("hoist", false).put("managed", false).put("mentionable", false)
        .put("flags", 0);
    // The bot's own role may manage events, as the invite asks when events are published.
    roles.addObject().put("id", BOT_ROLE_ID).put("name", "Convene").put("permissions", String.valueOf(1L << 33))
        .put("position", 2).put("color", 0).put("hoist", false).put("managed", false).put("mentionable", false)
        .put("flags", 0);
    ArrayNode members = guild.putArray("members");
    ObjectNode bot = members.addObject();
    bot.set("user", botUser());
    bot.putArray("roles").add(BOT_ROLE_ID);
    bot.put("joined_at", "2020-01-01T00:00:00.000000+00:00").put("deaf", false).put("mute", false).put("flags", 0);
    members.add(member().without("permissions"));
    guild.putArray("channels").add(channel());
    for (String empty : List.of("emojis", "stickers", "features", "voice_states", "presences", "threads",
        "stage_instances", "guild_scheduled_events", "soundboard_sounds")) {
      guild.putArray(empty);
    }
    return guild;
  }

  /** A slash command from the member; {@code options} are name/value pairs of strings. */
  String slash(String command, String... options) {
    String id = snowflake();
    ObjectNode interaction = interactionBase(id, 2);
    ObjectNode data = interaction.putObject("data").put("id", snowflake()).put("name", command).put("type", 1);
    ArrayNode list = data.putArray("options");
    for (int i = 0; i + 1 < options.length; i += 2) {
      list.addObject().put("name", options[i]).put("type", 3).put("value", options[i + 1]);
    }
    gateway.broadcast(dispatch("INTERACTION_CREATE", interaction).toString());
    return id;
  }

  /** Files members attached, served as Discord's CDN serves them: by {@code /attachments/<id>/<name>}. */
  private final java.util.Map<String, byte[]> attachments = new java.util.concurrent.ConcurrentHashMap<>();

  private void attachment(HttpExchange exchange) throws IOException {
    byte[] bytes = attachments.get(exchange.getRequestURI().getPath());
    exchange.sendResponseHeaders(bytes == null ? 404 : 200, bytes == null ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (bytes != null) {
        out.write(bytes);
      }
    }
  }

  /** A slash command with one file attached as option {@code option}, and text options as name/value pairs. */
  String slashWithFile(String command, String option, String fileName, byte[] content, String... options) {
    String id = snowflake();
    String attachmentId = snowflake();
    String path = "/attachments/" + attachmentId + "/" + fileName;
    attachments.put(path, content);
    String url = "http://127.0.0.1:" + http.getAddress().getPort() + path;
    ObjectNode interaction = interactionBase(id, 2);
    ObjectNode data = interaction.putObject("data").put("id", snowflake()).put("name", command).put("type", 1);
    ArrayNode list = data.putArray("options");
    list.addObject().put("name", option).put("type", 11).put("value", attachmentId);
    for (int i = 0; i + 1 < options.length; i += 2) {
      list.addObject().put("name", options[i]).put("type", 3).put("value", options[i + 1]);
    }
    data.putObject("resolved").putObject("attachments").putObject(attachmentId).put("id", attachmentId)
        .put("filename", fileName).put("size", content.length).put("url", url).put("proxy_url", url)
        .put("content_type", "text/markdown");
    gateway.broadcast(dispatch("INTERACTION_CREATE", interaction).toString());
    return id;
  }

  /** A form (modal) the member filled in: each field as a label holding its text input, as Discord sends it. */
  String submitForm(String customId, String... fields) {
    String id = snowflake();
    ObjectNode interaction = interactionBase(id, 5);
    ObjectNode data = interaction.putObject("data").put("custom_id", customId);
    ArrayNode components = data.putArray("components");
    for (int i = 0; i + 1 < fields.length; i += 2) {
      ObjectNode label = components.addObject().put("type", 18).put("id", i + 1);
      label.putObject("component").put("type", 4).put("id", i + 2).put("custom_id", fields[i]).put("value", fields[i + 1]);
    }
    gateway.broadcast(dispatch("INTERACTION_CREATE", interaction).toString());
    return id;
  }

  /** A press of a button on one of the bot's messages. */
  String press(String customId) {
    String id = snowflake();
    ObjectNode interaction = interactionBase(id, 3);
    interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
    interaction.set("message", message("card"));
    gateway.broadcast(dispatch("INTERACTION_CREATE", interaction).toString());
    return id;
  }

  /** A message in the channel that mentions the bot. */
  void mention(String text) {
    ObjectNode message = message("<@" + BOT_ID + "> " + text).put("guild_id", GUILD_ID);
    message.set("author", member().get("user"));
    message.set("member", member().without("user"));
    message.putArray("mentions").add(botUser());
    gateway.broadcast(dispatch("MESSAGE_CREATE", message).toString());
  }

  private ObjectNode interactionBase(String id, int type) {
    ObjectNode interaction = JSON.createObjectNode().put("id", id).put("application_id", BOT_ID).put("type", type)
        .put("token", "token-" + id).put("version", 1).put("guild_id", GUILD_ID).put("channel_id", CHANNEL_ID)
        .put("locale", "en-US").put("guild_locale", "en-US").put("app_permissions", "1071698660929")
        .put("context", 0);
    interaction.putObject("guild").put("id", GUILD_ID).put("locale", "en-US").putArray("features");
    interaction.set("channel", channel());
    interaction.set("member", member());
    interaction.putArray("entitlements");
    interaction.putObject("authorizing_integration_owners").put("0", GUILD_ID);
    return interaction;
  }

  private final class Gateway extends WebSocketServer {
    Gateway(InetSocketAddress address) {
      super(address);
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
      socket.send("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}");
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
      try {
        JsonNode payload = JSON.readTree(text);
        switch (payload.path("op").asInt()) {
          case 1 -> socket.send("{\"op\":11}");
          case 2 -> {
            socket.send(dispatch("READY", ready()).toString());
            socket.send(dispatch("GUILD_CREATE", guild()).toString());
            identified.countDown();
          }
          default -> { }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket socket, Exception e) {}

    @Override
    public void onStart() {}
  }

  @Override
  public void close() throws Exception {
    gateway.stop(1000);
    http.stop(0);
  }
}
